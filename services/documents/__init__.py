"""The printed documents (reportlab PDF; python-docx for the minutes and result sheet), Qt-free.

Each document renders from a plain, typed data record (`TellersReportData`, `MinutesData`, ...)
built by a small collector from the database (`build_*_data`, `reported_rounds`) or from a
meeting file (`render_tally_pdf`), so it can be tested and rendered off the GUI thread; every
`render_*` takes a path or binary stream and an optional progress callback (page numbers).
"""

from services.documents.attendance_list import (
    AttendanceListData,
    build_attendance_list_data,
    render_attendance_list,
)
from services.documents.ballot_paper import (
    BallotPaperData,
    build_ballot_paper_data,
    render_ballot_paper,
)
from services.documents.comments_digest import (
    CommentsDigestData,
    build_comments_digest_data,
    render_comments_digest,
)
from services.documents.meeting_info import MeetingInfo, meeting_info
from services.documents.minutes import MinutesData, build_minutes_data, render_minutes
from services.documents.page import PageMarks, Progress, RoundLock
from services.documents.result_sheet import ResultSheetData, render_result_sheet
from services.documents.reviews import ReviewRecord
from services.documents.rounds import ReportedRound, reported_rounds
from services.documents.tally import render_tally_pdf
from services.documents.tellers_report import TellersReportData, render_tellers_report

__all__ = [
    "AttendanceListData", "BallotPaperData", "CommentsDigestData", "MeetingInfo",
    "MinutesData", "PageMarks", "Progress", "ReportedRound",
    "ResultSheetData", "ReviewRecord", "RoundLock", "TellersReportData",
    "build_attendance_list_data", "build_ballot_paper_data", "build_comments_digest_data",
    "build_minutes_data", "meeting_info",
    "render_attendance_list", "render_ballot_paper", "render_comments_digest", "render_minutes",
    "render_result_sheet", "render_tally_pdf", "render_tellers_report", "reported_rounds",
]
