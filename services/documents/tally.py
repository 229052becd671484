"""The PDF of `main.py tally MEETING.json --pdf OUT.pdf`: the tellers' report and the result
sheet, one after the other in one file, each numbered on its own, straight from the meeting
file and the rules engine's results (no database). A meeting file's rounds are not locked, so
every page carries the draft mark. `main.py result ID --pdf` prints the same for a stored
meeting's rounds."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from services.ballot.reported import ReportedRound, SubjectName
from services.documents.meeting_info import MeetingInfo, meeting_info_from_file
from services.documents.page import Progress, build_pdf, join_documents
from services.documents.result_sheet import ResultSheetData, result_sheet_story
from services.documents.tellers_report import TellersReportData, tellers_report_story
from services.meeting.setup import detail_words
from services.meeting_file.format import MeetingFile
from services.rules.types import RoundResult


def render_tally_pdf(meeting_file: MeetingFile, results: Sequence[RoundResult],
                     target: Path | BinaryIO, progress: Progress | None = None) -> None:
    """`meeting_file`: as `load_meeting_file` checked it; `results`: its rounds computed, in
    order (`services.meeting_file.tally.tally_meeting`)."""
    render_report_and_sheet(meeting_info_from_file(meeting_file),
                            reported_rounds_from_file(meeting_file, results), target, progress)


def render_report_and_sheet(info: MeetingInfo, rounds: Sequence[ReportedRound],
                            target: Path | BinaryIO, progress: Progress | None = None) -> None:
    """The tellers' report and the result sheet of `rounds`, one after the other (also what
    `main.py result --pdf` prints for a stored meeting)."""
    report = TellersReportData(info, tuple(rounds))
    sheet = ResultSheetData(info, tuple(rounds))
    build_pdf(target, join_documents(tellers_report_story(report), result_sheet_story(sheet)),
              title=f"Biên bản kiểm phiếu và {sheet.title[0].lower()}{sheet.title[1:]}",
              marks=report.marks, progress=progress)


def reported_rounds_from_file(meeting_file: MeetingFile,
                              results: Sequence[RoundResult]) -> tuple[ReportedRound, ...]:
    """The same from a checked meeting file; a file's rounds are never locked (the documents
    are drafts)."""
    cells = {o.code: o.name for o in meeting_file.organisations}
    names = {code: SubjectName(name) for code, name in cells.items()}
    for m in meeting_file.members:
        detail = detail_words(m.position, cells.get(m.organisation or "", ""))
        names[m.code] = SubjectName(m.name, detail)
    return tuple(ReportedRound(result, names) for result in results)
