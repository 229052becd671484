"""`main.py verify [--fingerprint XXXX]`: is the database what the audit log says, and does a
printed fingerprint belong to one of its rounds?

Exit 0 when intact (and, with --fingerprint, when the fingerprint matches a round revision);
1 when something was changed outside the app or the fingerprint matches nothing; 2 when the
database cannot be checked at all (no such file, not a database) or the fingerprint is malformed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

EXIT_INTACT = 0
EXIT_MISMATCH = 1
EXIT_UNCHECKABLE = 2


def add_verify_command(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    verify = sub.add_parser("verify", help="check the audit log and the data against it")
    verify.add_argument("--fingerprint", metavar="XXXX-XXXX-XXXX",
                        help="a locked document's fingerprint (mã đối chiếu) to look up")
    verify.add_argument("--db", default=argparse.SUPPRESS,
                        help="database file or SQLAlchemy URL (as before the command)")
    verify.set_defaults(handler=run_verify)


def _missing_file(target: str | None) -> bool:
    return target is not None and "://" not in target and not Path(target).expanduser().exists()


def run_verify(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from models.database import open_database
    from services.ballot.fingerprint_match import FingerprintFormatError, find_fingerprint
    from services.integrity.audit import verify

    if _missing_file(args.db):
        print(f"Không có cơ sở dữ liệu {args.db} (no such database)", file=sys.stderr)
        return EXIT_UNCHECKABLE
    try:
        db = open_database(args.db)
    except Exception as error:  # noqa: BLE001 - a file that is not a database is reported
        print(f"Không mở được cơ sở dữ liệu (cannot open the database): {error}",
              file=sys.stderr)
        return EXIT_UNCHECKABLE
    try:
        try:
            result = verify(db)
        except SQLAlchemyError as error:  # a file damaged beyond what integrity_check reports
            print(f"Không đọc được cơ sở dữ liệu (cannot read the database): {error}",
                  file=sys.stderr)
            return EXIT_UNCHECKABLE
        if result.intact:
            print(f"Nhật ký nguyên vẹn: {result.events} sự kiện; {result.rows} dòng dữ liệu khớp.")
        else:
            print(f"Dữ liệu đã bị thay đổi ngoài ứng dụng: {result.problem}", file=sys.stderr)
        if args.fingerprint is None:
            return EXIT_INTACT if result.intact else EXIT_MISMATCH
        try:
            matches = find_fingerprint(db, args.fingerprint)
        except FingerprintFormatError as error:
            print(str(error), file=sys.stderr)
            return EXIT_UNCHECKABLE
    finally:
        db.dispose()
    if not matches:
        print(f"Mã đối chiếu {args.fingerprint} không khớp với vòng biểu quyết nào trong cơ sở "
              "dữ liệu (matches no round).", file=sys.stderr)
        return EXIT_MISMATCH
    for match in matches:
        print(f"Mã đối chiếu khớp (matches): {match.describe()}.")
    return EXIT_INTACT if result.intact else EXIT_MISMATCH
