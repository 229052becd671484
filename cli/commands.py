"""The headless commands `tally`, `import` and `export` (shared/spec/meeting-file.md).

Exit 0 when done; exit 2 when the input is refused, with one message per problem on stderr and
no output file created or overwritten (outputs are written to temporary files and renamed only
once everything has been computed). Never a traceback for bad input.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from services.meeting_file.format import (
    json_bytes,
    load_meeting_file,
    result_json,
    write_atomic,
    write_json_atomic,
)
from services.meeting_file.tally import tally_meeting
from services.rules.types import RefusedError

if TYPE_CHECKING:
    from models.database import Database

EXIT_OK = 0
EXIT_FAILED = 1  # the input was fine but the output could not be written
EXIT_REFUSED = 2


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `tally`, `import` and `export` on main.py's subparsers."""
    tally = sub.add_parser("tally", help="tính kết quả từ một tệp hội nghị (compute a meeting "
                           "file's results)")
    tally.add_argument("meeting", type=Path, help="MEETING.json")
    tally.add_argument("--json", type=Path, dest="json_out", help="RESULT.json (default: stdout)")
    tally.add_argument("--pdf", type=Path, dest="pdf_out",
                       help="RESULT.pdf: tellers' report and result sheet")
    tally.set_defaults(handler=run_tally)

    importer = sub.add_parser("import", help="nhập tệp hội nghị vào cơ sở dữ liệu (import)")
    importer.add_argument("meeting", type=Path, help="MEETING.json")
    importer.add_argument("--into", type=int, metavar="ID",
                          help="bring the file's rounds into existing meeting ID instead")
    importer.set_defaults(handler=run_import)
    _accept_db_after_command(importer)

    exporter = sub.add_parser("export", help="xuất một hội nghị ra tệp (export)")
    exporter.add_argument("id", type=int, help="meeting id")
    exporter.add_argument("out", type=Path, help="OUT.json")
    exporter.set_defaults(handler=run_export)
    _accept_db_after_command(exporter)


def _accept_db_after_command(parser: argparse.ArgumentParser) -> None:
    """`import --db X FILE` works as well as `--db X import FILE`."""
    parser.add_argument("--db", default=argparse.SUPPRESS,
                        help="database file or SQLAlchemy URL (as before the command)")


def refused(error: RefusedError) -> int:
    print("Tệp bị từ chối (refused):", file=sys.stderr)
    for problem in error.problems:
        print(f"  {problem}", file=sys.stderr)
    return EXIT_REFUSED


def failed(error: OSError, path: Path) -> int:
    print(f"Không ghi được {path}: {error.strerror or error} (cannot write)", file=sys.stderr)
    return EXIT_FAILED


def run_tally(args: argparse.Namespace) -> int:
    try:
        meeting_file = load_meeting_file(args.meeting)
        results = tally_meeting(meeting_file)
    except RefusedError as error:
        return refused(error)
    for result in results:
        for warning in result.warnings:
            print(f"Cảnh báo (warning) {result.round.round_id}: [{warning.code}] "
                  f"{warning.message}", file=sys.stderr)
    payload = json_bytes(result_json(results))
    outputs: list[tuple[Path, Callable[[Path], object]]] = []
    if args.pdf_out is not None:
        from services.documents.tally import render_tally_pdf

        outputs.append((args.pdf_out, lambda temp: render_tally_pdf(meeting_file, results, temp)))
    if args.json_out is not None:
        outputs.append((args.json_out, lambda temp: temp.write_bytes(payload)))
    else:
        sys.stdout.buffer.write(payload)
    for path, write in outputs:
        try:
            write_atomic(path, write)
        except OSError as error:
            return failed(error, path)
    return EXIT_OK


def with_database(args: argparse.Namespace, work: Callable[[Database], int],
                  writes: bool = False) -> int:
    """Run `work` on the database named by `--db`; a refusal is reported, never raised. A command
    that `writes` takes the instance lock as the app does: it is refused while a window has the
    file open (the window would not see the change), never run beside it."""
    from models.database import open_database, resolve_url, sqlite_file
    from models.instance_lock import DatabaseInUse, InstanceLock

    lock = None
    try:
        file = sqlite_file(resolve_url(args.db)) if writes else None
        if file is not None:
            lock = InstanceLock(file)
            lock.acquire()
        db = open_database(args.db)
    except DatabaseInUse as busy:
        print(str(busy), file=sys.stderr)
        return EXIT_FAILED
    except Exception as error:  # noqa: BLE001 - a database that cannot open is reported, not raised
        print(f"Không mở được cơ sở dữ liệu (cannot open the database): {error}",
              file=sys.stderr)
        if lock is not None:
            lock.release()
        return EXIT_FAILED
    try:
        return work(db)
    except RefusedError as error:
        return refused(error)
    finally:
        db.dispose()
        if lock is not None:
            lock.release()


def run_import(args: argparse.Namespace) -> int:
    from services.meeting_file.store import import_meeting, import_rounds

    def work(db: Database) -> int:
        if args.into is not None:
            codes = import_rounds(db, args.into, args.meeting, actor="import")
            print(f"Đã nhập các vòng (rounds imported): {', '.join(codes)}", file=sys.stderr)
            print(args.into)
        else:
            print(import_meeting(db, args.meeting, actor="import"))
        return EXIT_OK

    return with_database(args, work, writes=True)


def run_export(args: argparse.Namespace) -> int:
    from services.meeting_file.store import export_meeting

    def work(db: Database) -> int:
        data = export_meeting(db, args.id)
        try:
            write_json_atomic(args.out, data)
        except OSError as error:
            return failed(error, args.out)
        return EXIT_OK

    return with_database(args, work)
