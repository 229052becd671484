"""Hội nghị: start the app, or run a headless command.

    python main.py [--db PATH|URL] [--lang vi|en]          the app (the chair's window)
    python main.py --db postgresql+psycopg://… --station "Tổ 2"   a teller station
    python main.py tally MEETING.json --json RESULT.json [--pdf RESULT.pdf]
    python main.py [--db PATH|URL] import MEETING.json     prints the new meeting's id
    python main.py [--db PATH|URL] import MEETING.json --into ID   its rounds into meeting ID
    python main.py [--db PATH|URL] export ID OUT.json
    python main.py [--db PATH|URL] result ID --json RESULT.json [--pdf RESULT.pdf]
    python main.py [--db PATH|URL] documents ID OUTDIR   every document, as the app prints it
    python main.py [--db PATH|URL] ballot ID ROUND OUT.pdf        the round's blank ballot paper
    python main.py [--db PATH|URL] scan ID ROUND FILE... --json OUT.json   ballots read from scans
    python main.py [--db PATH|URL] verify                 exit 0 when the audit log holds
    python main.py [--db PATH|URL] verify --fingerprint 1C4B-826E-1A40   which round printed it

Each subcommand lives in its own module; this file only parses the command line and dispatches.
"""

from __future__ import annotations

import argparse
import sys


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hoinghi",
        description="Hội nghị kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên",
    )
    parser.add_argument("--db", help="database file or SQLAlchemy URL (default: the embedded file)")
    parser.add_argument("--lang", choices=["vi", "en"], help="language of the window")
    parser.add_argument("--station", help="join the meeting at --db as the teller station NAME "
                        "(e.g. \"Tổ 2\"); without it, the chair's window")
    sub = parser.add_subparsers(dest="command")

    from cli.commands import add_commands

    add_commands(sub)

    from cli.verify import add_verify_command

    add_verify_command(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from ui.app import run_app

        return run_app(db_target=args.db, language=args.lang, station=args.station)
    return int(args.handler(args))


if __name__ == "__main__":
    sys.exit(main())
