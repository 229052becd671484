"""The headless commands `tally`, `import`, `export`, `result`, `documents`
(shared/spec/meeting-file.md), `ballot` (a round's blank ballot paper) and `scan` (paper ballots
read from scans, services/scan). None of them loads Qt.

Exit 0 when done; exit 2 when the input is refused, with one message per problem on stderr and
no output file created or overwritten (outputs are written to temporary files and renamed only
once everything has been computed). Never a traceback for bad input.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

# The meeting file's reader and the database layer are imported by the commands that use them:
# starting the window parses this command line too, and must not wait for them.
from services.rules.types import Problem, RefusedError

if TYPE_CHECKING:
    from models.database import Database
    from services.scan.read import ScanResult

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

    results = sub.add_parser("result", help="kết quả của một hội nghị đã lưu, như ứng dụng công "
                             "bố (a stored meeting's results, as announced)")
    results.add_argument("id", type=int, help="meeting id")
    results.add_argument("--json", type=Path, dest="json_out", help="RESULT.json (default: stdout)")
    results.add_argument("--pdf", type=Path, dest="pdf_out",
                         help="RESULT.pdf: tellers' report and result sheet")
    results.set_defaults(handler=run_result)
    _accept_db_after_command(results)

    documents = sub.add_parser("documents", help="in mọi tài liệu của hội nghị ra một thư mục "
                               "(every document, as the app prints it)")
    documents.add_argument("id", type=int, help="meeting id")
    documents.add_argument("outdir", type=Path, help="OUTDIR")
    documents.set_defaults(handler=run_documents)
    _accept_db_after_command(documents)

    ballot = sub.add_parser("ballot", help="in phiếu đánh giá, xếp loại của một vòng (print a "
                            "round's blank ballot paper)")
    ballot.add_argument("id", type=int, help="meeting id")
    ballot.add_argument("round", help="the round's code as in the meeting file (dang-vien)")
    ballot.add_argument("out", type=Path, help="OUT.pdf")
    ballot.set_defaults(handler=run_ballot)
    _accept_db_after_command(ballot)

    scan = sub.add_parser("scan", help="đọc phiếu từ bản quét (read ballots from scans)")
    scan.add_argument("id", type=int, help="meeting id")
    scan.add_argument("round", help="the round's code as in the meeting file (dang-vien)")
    scan.add_argument("files", type=Path, nargs="+", metavar="FILE",
                      help="PDF, PNG, JPEG or TIFF files, or folders of them")
    scan.add_argument("--json", type=Path, dest="json_out", help="OUT.json (default: stdout)")
    scan.set_defaults(handler=run_scan)
    _accept_db_after_command(scan)


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
    from services.meeting_file.format import load_meeting_file, result_json
    from services.meeting_file.tally import tally_meeting

    try:
        meeting_file = load_meeting_file(args.meeting)
        results = tally_meeting(meeting_file)
    except RefusedError as error:
        return refused(error)
    payload = result_json(results)
    print_warnings(payload)
    render = None
    if args.pdf_out is not None:
        from services.documents.tally import render_tally_pdf

        def render(temp: Path) -> None:
            render_tally_pdf(meeting_file, results, temp)

    return write_outputs(args, payload, render)


def print_warnings(payload: dict[str, Any]) -> None:
    for round_ in payload["rounds"]:
        for warning in round_["warnings"]:
            print(f"Cảnh báo (warning) {round_['id']}: [{warning['code']}] "
                  f"{warning['message']}", file=sys.stderr)


def write_outputs(args: argparse.Namespace, payload: dict[str, Any],
                  render_pdf: Callable[[Path], None] | None) -> int:
    """The result file to `--json` (or stdout) and the PDF to `--pdf`, each renamed into place
    only once complete."""
    from services.meeting_file.format import json_bytes, write_atomic

    data = json_bytes(payload)
    outputs: list[tuple[Path, Callable[[Path], object]]] = []
    if render_pdf is not None:
        outputs.append((args.pdf_out, render_pdf))
    if args.json_out is not None:
        outputs.append((args.json_out, lambda temp: temp.write_bytes(data)))
    else:
        sys.stdout.buffer.write(data)
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
    from services.meeting_file.format import write_json_atomic
    from services.meeting_file.store import export_meeting

    def work(db: Database) -> int:
        data = export_meeting(db, args.id)
        try:
            write_json_atomic(args.out, data)
        except OSError as error:
            return failed(error, args.out)
        return EXIT_OK

    return with_database(args, work)


def known_meeting(db: Database, meeting_id: int) -> None:
    """Refuse an id that names no meeting."""
    from models.meeting import Meeting

    with db.session() as session:
        if session.get(Meeting, meeting_id) is None:
            raise RefusedError([Problem("", f"không có hội nghị số {meeting_id} "
                                        f"(no meeting with id {meeting_id})")])


def run_result(args: argparse.Namespace) -> int:
    from services.documents.meeting_info import meeting_info
    from services.meeting_file.format import announced_result_json
    from services.proceedings.announcement import announcements

    def work(db: Database) -> int:
        known_meeting(db, args.id)
        with db.session() as session:
            items = announcements(session, args.id)
            info = meeting_info(session, args.id)
        payload = announced_result_json(items)
        rounds = [item.reported for item in items if item.reported is not None]
        print_warnings(payload)
        render = None
        if args.pdf_out is not None and not rounds:
            print(f"Không in {args.pdf_out}: chưa có vòng nào tính được kết quả "
                  "(no round to print)", file=sys.stderr)
        elif args.pdf_out is not None:
            from services.documents.tally import render_report_and_sheet

            def render(temp: Path) -> None:
                render_report_and_sheet(info, rounds, temp)

        return write_outputs(args, payload, render)

    return with_database(args, work)


def run_documents(args: argparse.Namespace) -> int:
    from services.documents.catalogue import meeting_documents, write_document

    def work(db: Database) -> int:
        known_meeting(db, args.id)
        with db.session() as session:
            specs = meeting_documents(session, args.id)
        try:
            args.outdir.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            return failed(error, args.outdir)
        for spec in specs:
            for suffix in (".pdf", ".docx") if spec.has_docx else (".pdf",):
                target = args.outdir / spec.file_name(suffix)
                try:
                    write_document(db, args.id, spec, target, docx=suffix == ".docx")
                except RefusedError as error:
                    print(f"Chưa in được {target.name} (not printed): {error}", file=sys.stderr)
                    continue
                except OSError as error:
                    return failed(error, target)
                print(target)
        return EXIT_OK

    return with_database(args, work)
def run_ballot(args: argparse.Namespace) -> int:
    """The blank ballot of the round as the documents window prints it."""
    from models.meeting import Meeting
    from services.documents.catalogue import DocumentKind, meeting_documents, write_document

    def work(db: Database) -> int:
        with db.session() as session:
            if session.get(Meeting, args.id) is None:
                raise RefusedError([Problem("", f"không có hội nghị số {args.id}")])
            spec = next((s for s in meeting_documents(session, args.id)
                         if s.kind is DocumentKind.ballot_paper
                         and s.round_code == args.round), None)
        if spec is None:
            raise RefusedError([Problem("", f"hội nghị không có vòng {args.round}")])
        try:
            write_document(db, args.id, spec, args.out)
        except OSError as error:
            return failed(error, args.out)
        return EXIT_OK

    return with_database(args, work)


def run_scan(args: argparse.Namespace) -> int:
    """Read the files as ballots of the round; write the counts (services/scan/read.py)."""
    missing = [str(path) for path in args.files if not path.exists()]
    if missing:
        return refused(RefusedError([Problem(path, "không có tệp này") for path in missing]))

    def work(db: Database) -> int:
        from services.meeting_file.format import json_bytes, write_atomic
        from services.scan.read import scan_json, scan_round

        result = scan_round(db, args.id, args.round, args.files)
        for refusal in result.refused:
            print(f"Trang bị từ chối (refused) {refusal.file} trang {refusal.page}: "
                  f"{refusal.reason}", file=sys.stderr)
        if result.uneven_pages:
            copies = ", ".join(f"trang {n}: {c}" for n, c in result.page_counts.items())
            print(f"Cảnh báo (warning): số tờ của mỗi trang không bằng nhau ({copies})",
                  file=sys.stderr)
        _report_check(db, result)
        payload = json_bytes(scan_json(result))
        if args.json_out is None:
            sys.stdout.buffer.write(payload)
            return EXIT_OK
        try:
            write_atomic(args.json_out, lambda temp: temp.write_bytes(payload))
        except OSError as error:
            return failed(error, args.json_out)
        return EXIT_OK

    return with_database(args, work)


def _report_check(db: Database, result: ScanResult) -> None:
    """On stderr: the subjects whose scanned counts differ from the tellers' entries."""
    from services.scan.check import check_scan

    check = check_scan(db, result)
    if not check.entries:
        return
    unexplained = check.unexplained
    print(f"Đối chiếu với {', '.join(check.entries)} (compared with the keyed entries): "
          f"{len(result.subjects) - len(check.differences)} đối tượng khớp, "
          f"{len(check.differences) - len(unexplained)} chờ xem dòng chưa rõ, "
          f"{len(unexplained)} khác (HTXSNV/HTTNV/HTNV/KHTNV/không hợp lệ)", file=sys.stderr)
    for difference in unexplained:
        subject = difference.subject
        keyed = "; ".join("/".join(map(str, counts)) for counts in difference.keyed)
        print(f"  Khác: {subject.name} ({subject.code}): nhập {keyed}, quét "
              f"{'/'.join(map(str, difference.scanned))}, {difference.doubtful} dòng chưa rõ",
              file=sys.stderr)
