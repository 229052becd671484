"""A committee rating 2,000 members and 120 cells: the long tables break across pages cleanly."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import event, select

from models.database import Database
from models.enums import SubjectKind
from models.roster import Member
from services.common.text import name_sort_key
from services.documents.assessment_data import build_proposal_list
from services.documents.ballot_paper import build_ballot_paper_data
from services.documents.catalogue import DocumentKind, meeting_documents
from services.documents.meeting_info import meeting_info_from_file
from services.documents.result_sheet import ResultSheetData, render_result_sheet
from services.documents.tally import reported_rounds_from_file
from services.meeting_file.format import load_meeting_file
from services.meeting_file.store import import_meeting
from services.meeting_file.tally import tally_meeting
from tests.helpers.documents import flat, generated_file, pdf_pages


def test_result_sheet_of_two_thousand_members(tmp_path: Path):
    meeting_file = load_meeting_file(generated_file(tmp_path))
    rounds = reported_rounds_from_file(meeting_file, tally_meeting(meeting_file))
    target = tmp_path / "kq.pdf"
    render_result_sheet(ResultSheetData(meeting_info_from_file(meeting_file), rounds), target)
    pages = pdf_pages(target)
    assert len(pages) > 50
    for number, page in enumerate(pages, start=1):
        assert f"Trang {number}/{len(pages)}" in page
    members = rounds[0]
    # Every page of the members' lists (up to the quota line, which names the 313 excellent
    # members over more than a page) carries the table's header row.
    quota_page = next(n for n, page in enumerate(pages) if "Tỷ lệ Hoàn thành xuất sắc" in page)
    assert quota_page > 50
    drawn = pdf_pages(target, raw=True)  # the draft mark, drawn apart, splits no line
    for page in drawn[:quota_page]:
        assert "TT Họ và tên Chức vụ, đơn vị" in flat(page)
    # The first level's sentence is on the first page, with its table (not pushed away by it).
    assert ("1. 313 đảng viên Hoàn thành xuất sắc nhiệm vụ"
            " (chiếm 313/2.000 đảng viên được xếp loại = 15,7%):") in flat(pages[0])
    text = flat("\n".join(pages))
    assert "Tổng số đảng viên được đánh giá, xếp loại: 2.000, trong đó:" in text
    last = max((s.subject_id for s in members.result.subjects),
               key=lambda i: (name_sort_key(members.name(i)), i))
    assert members.name(last) in text
    assert "Tôn Nữ Thị Hoàng Phương Khánh Linh Nguyễn Bảo Ngọc Trâm Anh" in text
    assert "Chi bộ Đội Quản lý thị trường số 120 – Kiểm soát hàng hóa lưu thông trên địa bàn " \
           "huyện Cai Lậy" in text


def test_the_round_documents_read_two_thousand_members_in_a_few_queries(db: Database,
                                                                         tmp_path: Path):
    """The ballot paper and the proposal list read the round's members, their cells and their
    scores together, not one by one (2,000 queries made the preview wait seconds)."""
    meeting_id = import_meeting(db, generated_file(tmp_path))
    with db.session() as session:
        specs = meeting_documents(session, meeting_id)
    paper = next(s for s in specs if s.kind is DocumentKind.ballot_paper
                 and s.subject_kind is SubjectKind.member)
    statements: list[str] = []
    event.listen(db.engine, "before_cursor_execute",
                 lambda _conn, _cursor, statement, *_rest: statements.append(statement))
    assert paper.round_code is not None
    with db.session() as session:  # each document reads in a session of its own
        ballot = build_ballot_paper_data(session, meeting_id, SubjectKind.member,
                                         paper.round_code)
    read = len(statements)
    with db.session() as session:
        proposals = build_proposal_list(session, meeting_id, paper.round_code)
    proposal_reads = len(statements) - read
    with db.session() as session:
        people = {m.code: (m.full_name, m.organisation.name if m.organisation else "")
                  for m in session.scalars(select(Member))}
    assert len(ballot.subjects) == 2000 and read < 20
    assert all((s.name, s.detail) == people[s.code] for s in ballot.subjects)
    assert len(proposals.round.result.subjects) == 2000 and proposal_reads < 60
