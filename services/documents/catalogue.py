"""Which documents a meeting has and how to produce one: the list the documents window shows
(the meeting's documents, the round documents for all rounds and per round, a comments digest
per draft commented on) and one call that writes any of them as PDF or .docx.

Qt-free, so that the window can run `write_document` on a worker thread: it opens its own
session, collects the data, closes the session and renders, reporting pages as they are laid out.
The .docx writers (python-docx and lxml, some 15 MB) are imported only when a .docx is saved.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.ballot import BallotRound
from models.database import Database
from models.enums import BodyKind, DraftKind, SubjectKind
from models.meeting import Meeting
from models.review import Comment, Draft, IndividualReview
from services.ballot.reported import ReportedRound, round_label, stored_rounds
from services.ballot.stored import latest_round, stored_round_result
from services.common.errors import Refusal
from services.common.text import fold
from services.documents.assessment_data import (
    build_collective_form,
    build_member_forms,
    build_proposal_list,
    member_form_of,
)
from services.documents.assessment_forms import render_forms
from services.documents.attendance_list import build_attendance_list_data, render_attendance_list
from services.documents.ballot_paper import build_ballot_paper_data, render_ballot_paper
from services.documents.comments_digest import (
    build_comments_digest_data,
    render_comments_digest,
)
from services.documents.entry_log import build_entry_log_data, render_entry_log
from services.documents.kinds import DocumentKind
from services.documents.meeting_info import meeting_info
from services.documents.minutes import build_minutes_data, render_minutes
from services.documents.page import Progress
from services.documents.proposal_list import render_proposal_list
from services.documents.result_sheet import ResultSheetData, render_result_sheet
from services.documents.tellers_report import TellersReportData, render_tellers_report
from services.review.assessment_entry import scored_meeting
from services.review.reviews import reviewed_members

TITLES: dict[DocumentKind, str] = {
    DocumentKind.attendance_list: "Danh sách đảng viên dự hội nghị",
    DocumentKind.ballot_paper: "Phiếu đánh giá, xếp loại",
    DocumentKind.tellers_report: "Biên bản kiểm phiếu",
    DocumentKind.entry_log: "Nhật ký nhập phiếu",
    DocumentKind.result_sheet: "Kết quả xếp loại",
    DocumentKind.minutes: "Biên bản hội nghị",
    DocumentKind.comments_digest: "Tổng hợp ý kiến góp ý",
    DocumentKind.proposal_list: "Danh sách đề nghị xếp loại",
    DocumentKind.collective_form: "Báo cáo kiểm điểm tập thể (Mẫu 01)",
    DocumentKind.member_form: "Bản kiểm điểm cá nhân (Mẫu 2A, 2B, 2C)",
}
FILE_STEMS: dict[DocumentKind, str] = {
    DocumentKind.attendance_list: "danh-sach-du-hoi-nghi",
    DocumentKind.ballot_paper: "phieu-danh-gia-xep-loai",
    DocumentKind.tellers_report: "bien-ban-kiem-phieu",
    DocumentKind.entry_log: "nhat-ky-nhap-phieu",
    DocumentKind.result_sheet: "ket-qua-xep-loai",
    DocumentKind.minutes: "bien-ban-hoi-nghi",
    DocumentKind.comments_digest: "tong-hop-y-kien-gop-y",
    DocumentKind.proposal_list: "danh-sach-de-nghi-xep-loai",
    DocumentKind.collective_form: "bao-cao-kiem-diem-tap-the-mau-01",
    DocumentKind.member_form: "ban-kiem-diem-ca-nhan",
}
DOCX_KINDS = frozenset({DocumentKind.minutes, DocumentKind.result_sheet,
                        DocumentKind.proposal_list, DocumentKind.collective_form,
                        DocumentKind.member_form})
ALL_MEMBERS = "Tất cả đảng viên"
ALL_ROUNDS = "Tất cả các vòng"


@dataclass(frozen=True)
class DocumentSpec:
    """One document of the list. `round_code`: a round document for that round only (None: all
    rounds); `subject_kind`: which ballot paper; `draft_id`: whose comments digest; `detail`:
    what tells it apart in the list."""

    kind: DocumentKind
    detail: str = ""
    round_code: str | None = None
    subject_kind: SubjectKind | None = None
    draft_id: int | None = None
    member_id: int | None = None

    @property
    def title(self) -> str:
        return TITLES[self.kind]

    @property
    def has_docx(self) -> bool:
        return self.kind in DOCX_KINDS

    def file_name(self, suffix: str) -> str:
        """A file name to suggest, from the words of the list, never from an id:
        "bien-ban-kiem-phieu-dang-vien.pdf" for the round "Xếp loại đảng viên" (its title
        without the "Xếp loại" every round's title starts with), in letters, digits and
        dashes; a member's form by the name, a comments digest by its draft's title."""
        named = self.round_code is not None or self.subject_kind is not None
        part = (self.detail if named or self.member_id is not None or self.draft_id is not None
                else "")
        part = re.sub(r"[^a-z0-9]+", "-", fold(part)).strip("-")
        part = part.removeprefix("xep-loai-") or ("vong" if named else "")
        return f"{FILE_STEMS[self.kind]}{'-' + part if part else ''}{suffix}"


def meeting_documents(session: Session, meeting_id: int) -> tuple[DocumentSpec, ...]:
    """The documents of the meeting in the order of the meeting's steps."""
    meeting = session.get_one(Meeting, meeting_id)
    latest = (latest_round(meeting, code) for code in {r.code for r in meeting.rounds})
    rounds = sorted((r for r in latest if r is not None), key=lambda r: (r.sort_order, r.code))
    specs = [DocumentSpec(DocumentKind.attendance_list)]
    if rounds:
        specs += [DocumentSpec(DocumentKind.ballot_paper, round_label(r.subject_kind, r.title),
                               round_code=r.code, subject_kind=r.subject_kind)
                  for r in rounds]
    else:
        kinds = [SubjectKind.member]
        if meeting.body_kind is BodyKind.chi_bo or meeting.organisations:  # step 7
            kinds.append(SubjectKind.organisation)
        specs += [DocumentSpec(DocumentKind.ballot_paper, round_label(kind),
                               subject_kind=kind) for kind in kinds]
    for kind in (DocumentKind.tellers_report, DocumentKind.result_sheet):
        if rounds:
            specs.append(DocumentSpec(kind, ALL_ROUNDS))
        if len(rounds) > 1:
            specs += [DocumentSpec(kind, round_label(r.subject_kind, r.title), round_code=r.code)
                      for r in rounds]
    keyed = {r.code for r in meeting.rounds if r.entry_sheets}
    specs += [DocumentSpec(DocumentKind.entry_log, round_label(r.subject_kind, r.title),
                           round_code=r.code) for r in rounds if r.code in keyed]
    if scored_meeting(meeting):
        specs += _assessment_documents(session, meeting_id, rounds)
    specs.append(DocumentSpec(DocumentKind.minutes))
    drafts = _commented_drafts(session, meeting_id)
    seen = Counter(title for _draft_id, title in drafts)
    numbered = Counter[str]()
    for draft_id, title in drafts:  # two drafts of one title stay two files
        numbered[title] += 1
        detail = f"{title} ({numbered[title]})" if seen[title] > 1 else title
        specs.append(DocumentSpec(DocumentKind.comments_digest, detail, draft_id=draft_id))
    return tuple(specs)


def _assessment_documents(session: Session, meeting_id: int,
                          rounds: list[BallotRound]) -> list[DocumentSpec]:
    """Under QĐ 366: the proposal list of each round, the collective's report (Mẫu 01), and the
    members' self-review forms, all together and each member's (named with the form)."""
    specs = [DocumentSpec(DocumentKind.proposal_list, round_label(r.subject_kind, r.title),
                          round_code=r.code) for r in rounds]
    specs.append(DocumentSpec(DocumentKind.collective_form))
    chosen = {t.member_id: t.form for t in session.scalars(select(IndividualReview).where(
        IndividualReview.meeting_id == meeting_id))}
    members = reviewed_members(session, meeting_id)
    if members:
        specs.append(DocumentSpec(DocumentKind.member_form, ALL_MEMBERS))
    specs += [DocumentSpec(DocumentKind.member_form,
                           f"{m.full_name} (Mẫu {member_form_of(m, chosen.get(m.id))})",
                           member_id=m.id) for m in members]
    return specs


def _commented_drafts(session: Session, meeting_id: int) -> list[tuple[int, str]]:
    """(id, title) of the drafts with comments: the collective report first, then the members'
    self-reviews by title."""
    counted = (select(Draft.id, Draft.title, Draft.kind)
               .join(Comment, Comment.draft_id == Draft.id)
               .where(Draft.meeting_id == meeting_id)
               .group_by(Draft.id).having(func.count(Comment.id) > 0))
    rows = sorted(session.execute(counted).all(),
                  key=lambda row: (row.kind is not DraftKind.collective, row.title, row.id))
    return [(row.id, row.title) for row in rows]


def _rounds(session: Session, meeting_id: int,
            round_code: str | None) -> tuple[ReportedRound, ...]:
    """Every round (RefusedError while one's counts do not add up), or the one asked for."""
    if round_code is None:
        return stored_rounds(session, meeting_id)
    chosen = tuple(r for r in stored_rounds(session, meeting_id, skip_refused=True)
                   if r.result.round.round_id == round_code)
    if not chosen:  # its counts do not add up: say why
        stored = latest_round(session.get_one(Meeting, meeting_id), round_code)
        if stored is None:
            raise Refusal("Vòng biểu quyết này không còn trong hội nghị.", round_code)
        stored_round_result(stored)
    return chosen


Writer = Callable[[Path, Progress | None], None]


def _writer(session: Session, meeting_id: int, spec: DocumentSpec, docx: bool) -> Writer:
    """Collect the document's data now (in the session) and return what writes it."""
    kind = spec.kind
    if kind is DocumentKind.minutes:
        minutes = build_minutes_data(session, meeting_id)
        if docx:
            from services.documents.docx_export import write_minutes_docx

            return lambda target, _progress: write_minutes_docx(minutes, target)
        return lambda target, progress: render_minutes(minutes, target, progress)
    if kind in (DocumentKind.tellers_report, DocumentKind.result_sheet):
        info, rounds = meeting_info(session, meeting_id), _rounds(session, meeting_id,
                                                                   spec.round_code)
        if kind is DocumentKind.tellers_report:
            report = TellersReportData(info, rounds)
            return lambda target, progress: render_tellers_report(report, target, progress)
        sheet = ResultSheetData(info, rounds)
        if docx:
            from services.documents.docx_export import write_result_sheet_docx

            return lambda target, _progress: write_result_sheet_docx(sheet, target)
        return lambda target, progress: render_result_sheet(sheet, target, progress)
    if kind is DocumentKind.entry_log:
        assert spec.round_code is not None
        log = build_entry_log_data(session, meeting_id, spec.round_code)
        return lambda target, progress: render_entry_log(log, target, progress)
    if kind is DocumentKind.proposal_list:
        assert spec.round_code is not None
        _rounds(session, meeting_id, spec.round_code)  # refused counts: say why
        proposals = build_proposal_list(session, meeting_id, spec.round_code)
        if docx:
            from services.documents.assessment_docx import write_proposal_list_docx

            return lambda target, _progress: write_proposal_list_docx(proposals, target)
        return lambda target, progress: render_proposal_list(proposals, target, progress)
    if kind in (DocumentKind.collective_form, DocumentKind.member_form):
        forms = ((build_collective_form(session, meeting_id),)
                 if kind is DocumentKind.collective_form
                 else build_member_forms(session, meeting_id, spec.member_id))
        if docx:
            from services.documents.assessment_docx import write_forms_docx

            return lambda target, _progress: write_forms_docx(forms, target)
        return lambda target, progress: render_forms(forms, target, progress)
    if kind is DocumentKind.attendance_list:
        attendance = build_attendance_list_data(session, meeting_id)
        return lambda target, progress: render_attendance_list(attendance, target, progress)
    if kind is DocumentKind.ballot_paper:
        ballot = build_ballot_paper_data(session, meeting_id,
                                         spec.subject_kind or SubjectKind.member, spec.round_code)
        return lambda target, progress: render_ballot_paper(ballot, target, progress)
    assert spec.draft_id is not None
    digest = build_comments_digest_data(session, spec.draft_id)
    return lambda target, progress: render_comments_digest(digest, target, progress)


def write_document(db: Database, meeting_id: int, spec: DocumentSpec, target: Path, *,
                   docx: bool = False, progress: Progress | None = None) -> None:
    """Write `spec` to `target` as PDF (or .docx for the minutes and the result sheet). The file
    is written beside the target and renamed at the end: a failure never leaves half a file.
    Raises the domain's errors (RefusedError for a round whose counts do not add up)."""
    if docx and not spec.has_docx:
        raise ValueError(f"{spec.title} has no .docx form")
    with db.session() as session:
        write = _writer(session, meeting_id, spec, docx)
    target = Path(target)
    handle, temporary = tempfile.mkstemp(suffix=target.suffix, dir=target.parent)
    os.close(handle)
    try:
        write(Path(temporary), progress)
        os.replace(temporary, target)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
