"""Time to produce each document, for the seed meeting and a generated 2,000-member committee
(40 voters rating 2,000 members and 120 cells), each with 300 comments on the collective draft and
three members' reviews recorded through the drafts services. Prints seconds and pages per
document, and the time `write_document` (what the documents window runs off the GUI thread) takes
for the longest one.

    .venv/bin/python bench/documents.py
"""

from __future__ import annotations

import io
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from models.database import open_database  # noqa: E402
from models.enums import SubjectKind  # noqa: E402
from services.ballot.reported import stored_rounds  # noqa: E402
from services.documents.attendance_list import (  # noqa: E402
    build_attendance_list_data,
    render_attendance_list,
)
from services.documents.ballot_paper import build_ballot_paper_data, render_ballot_paper  # noqa: E402,E501
from services.documents.catalogue import DocumentKind, DocumentSpec, write_document  # noqa: E402
from services.documents.comments_digest import (  # noqa: E402
    build_comments_digest_data,
    render_comments_digest,
)
from services.documents.docx_export import (  # noqa: E402
    write_minutes_docx,
    write_result_sheet_docx,
)
from services.documents.meeting_info import meeting_info  # noqa: E402
from services.documents.minutes import build_minutes_data, render_minutes  # noqa: E402
from services.documents.result_sheet import ResultSheetData, render_result_sheet  # noqa: E402
from services.documents.tally import render_tally_pdf  # noqa: E402
from services.documents.tellers_report import TellersReportData, render_tellers_report  # noqa: E402,E501
from services.meeting_file.format import load_meeting_file  # noqa: E402
from services.meeting_file.store import import_meeting  # noqa: E402
from services.meeting_file.tally import tally_meeting  # noqa: E402
from tests.helpers import SEED_MEETING  # noqa: E402
from tests.helpers.documents import generated_file, record_reviews  # noqa: E402


def pages(path: Path) -> str:
    if path.suffix != ".pdf":
        return "-"
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    return next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:"))


def bench(label: str, key: str, path: Path, out: Path) -> None:
    db = open_database(out / f"{key}.sqlite")
    meeting_id = import_meeting(db, path)
    reviewed = record_reviews(db, meeting_id, extra_comments=295)
    meeting_file = load_meeting_file(path)
    results = tally_meeting(meeting_file)
    with db.session() as session:
        start = time.perf_counter()
        info = meeting_info(session, meeting_id)
        rounds = stored_rounds(session, meeting_id)
        ballot = build_ballot_paper_data(session, meeting_id, SubjectKind.member)
        attendance = build_attendance_list_data(session, meeting_id)
        minutes = build_minutes_data(session, meeting_id)
        digest = build_comments_digest_data(session, reviewed.collective_draft_id)
        collect = time.perf_counter() - start
    report, sheet = TellersReportData(info, rounds), ResultSheetData(info, rounds)
    jobs: list[tuple[str, str, Callable[[Path], None]]] = [
        ("Phiếu đánh giá, xếp loại (đảng viên)", "ballot.pdf",
         lambda p: render_ballot_paper(ballot, p)),
        ("Danh sách dự hội nghị", "attendance.pdf",
         lambda p: render_attendance_list(attendance, p)),
        ("Biên bản kiểm phiếu", "tellers.pdf", lambda p: render_tellers_report(report, p)),
        ("Kết quả xếp loại", "result.pdf", lambda p: render_result_sheet(sheet, p)),
        ("Biên bản hội nghị", "minutes.pdf", lambda p: render_minutes(minutes, p)),
        ("Tổng hợp ý kiến góp ý (300 ý kiến)", "digest.pdf",
         lambda p: render_comments_digest(digest, p)),
        ("Biên bản hội nghị .docx", "minutes.docx", lambda p: write_minutes_docx(minutes, p)),
        ("Kết quả xếp loại .docx", "result.docx", lambda p: write_result_sheet_docx(sheet, p)),
        ("tally --pdf (kiểm phiếu + kết quả)", "tally.pdf",
         lambda p: render_tally_pdf(meeting_file, results, p)),
    ]
    subjects = sum(len(r.subjects) for r in meeting_file.rounds)
    print(f"\n{label}: {len(meeting_file.members)} members, {len(meeting_file.organisations)} "
          f"cells, {subjects} subjects in {len(meeting_file.rounds)} rounds; data collected (with "
          f"the rounds computed) in {collect:.2f} s")
    for name, filename, job in jobs:
        target = out / f"{key}-{filename}"
        start = time.perf_counter()
        job(target)
        elapsed = time.perf_counter() - start
        print(f"  {name:40s} {elapsed:7.2f} s  {pages(target):>4s} pages")
    buffer = io.BytesIO()
    start = time.perf_counter()
    render_tellers_report(report, buffer)
    print(f"  {'Biên bản kiểm phiếu, to memory':40s} {time.perf_counter() - start:7.2f} s")
    start = time.perf_counter()
    write_document(db, meeting_id, DocumentSpec(DocumentKind.tellers_report), out / "w.pdf")
    print(f"  {'write_document: kiểm phiếu (all)':40s} {time.perf_counter() - start:7.2f} s")


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        bench("seed (Tiền Giang 2021)", "seed", SEED_MEETING, out)
        bench("generated committee", "generated", generated_file(out), out)


if __name__ == "__main__":
    main()
