"""Ballot paper, attendance list, minutes, comments digest, .docx and the tally PDF."""

from __future__ import annotations

import datetime as dt
import io
import unicodedata
from dataclasses import replace
from pathlib import Path

import docx
import pytest
from sqlalchemy import select

from models.enums import AttendanceStatus, BodyKind, CommentKind, Handling, Level, SubjectKind
from models.meeting import Attendance, Meeting
from models.review import IndividualReview
from models.roster import Member
from services.common.text import BLANK, name_sort_key
from services.documents.attendance_list import (
    build_attendance_list_data,
    render_attendance_list,
)
from services.documents.ballot_layout import ballot_key
from services.documents.ballot_paper import (
    INSTRUCTION,
    BallotPaperData,
    BallotSubject,
    build_ballot_paper_data,
    render_ballot_paper,
)
from services.documents.comments_digest import (
    build_comments_digest_data,
    render_comments_digest,
)
from services.documents.docx_export import write_minutes_docx, write_result_sheet_docx
from services.documents.marks import DRAFT_MARK
from services.documents.meeting_info import DocumentHeader
from services.documents.minutes import build_minutes_data, closing_line, render_minutes
from services.documents.result_sheet import ResultSheetData
from services.documents.reviews import ReviewRecord
from services.documents.tally import render_tally_pdf
from services.meeting_file.tally import tally_meeting
from services.proceedings.opening_closing import MinutesAdoption
from services.review.drafts.digest import DigestComment
from tests.helpers.documents import (
    SEED_SENTENCES,
    Seed,
    flat,
    locked,
    pdf_fonts,
    pdf_pages,
    pdf_text,
    record_reviews,
    seed_meeting_file,
)


def test_ballot_paper_lists_every_rated_member_and_nothing_identifying(seed: Seed,
                                                                       tmp_path: Path):
    with seed.db.session() as session:
        data = build_ballot_paper_data(session, seed.meeting_id, SubjectKind.member)
    # The round's subjects in the round's order (the order the tellers key the ballots in).
    assert len(data.subjects) == 67  # 65 official + 2 probationary, all rated
    names = [s.name for s in data.subjects]
    members = seed.rounds[0]
    assert names == [members.name(s.subject_id) for s in members.result.subjects]
    assert names[0] == "Nguyễn Công Việt"  # m01, first in the meeting file's round
    first, second = tmp_path / "1.pdf", tmp_path / "2.pdf"
    render_ballot_paper(data, first)
    render_ballot_paper(data, second)
    assert first.read_bytes() == second.read_bytes()  # every copy identical
    text = flat(pdf_text(first))
    assert "PHIẾU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN NĂM 2021" in text
    assert INSTRUCTION in text and "ĐẢNG CỘNG SẢN VIỆT NAM" in text
    drawn = flat(pdf_text(first, raw=True))
    assert "Hoàn thành xuất sắc nhiệm vụ" in drawn and "Không hoàn thành nhiệm vụ" in drawn
    for name in names:
        assert name in text
    assert DRAFT_MARK not in text and "Số " not in text and "ngày" not in text
    assert "mã đối chiếu" not in text
    assert all(embedded == "yes" for _, embedded in pdf_fonts(first))


def test_ballot_paper_before_any_round_lists_the_roster_in_vietnamese_order(seed: Seed):
    with seed.db.session("test") as session, session.begin():
        meeting = session.get_one(Meeting, seed.meeting_id)
        meeting.rounds.clear()
    with seed.db.session() as session:
        data = build_ballot_paper_data(session, seed.meeting_id, SubjectKind.member)
    names = [s.name for s in data.subjects]
    assert len(names) == 67 and names == sorted(names, key=name_sort_key)


def test_ballot_paper_for_cells(seed: Seed, tmp_path: Path):
    with seed.db.session() as session:
        data = build_ballot_paper_data(session, seed.meeting_id, SubjectKind.organisation)
    render_ballot_paper(data, tmp_path / "cb.pdf")
    text = flat(pdf_text(tmp_path / "cb.pdf"))
    assert "PHIẾU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG TỔ CHỨC ĐẢNG NĂM 2021" in text
    assert "Chi bộ Đội Quản lý thị trường cơ động" in text


def test_text_is_printed_nfc_and_escaped(tmp_path: Path):
    decomposed = unicodedata.normalize("NFD", "Nguyễn Thị Thu Hà")
    header = DocumentHeader("Đảng bộ A & B", "Chi bộ <Văn phòng>", BodyKind.chi_bo, "Huế", None)
    data = BallotPaperData(header, "năm 2024", "Chi bộ <Văn phòng>", SubjectKind.member,
                           (BallotSubject("m1", decomposed, "Tổ 1 & 2"),),
                           ballot_key(1, "Chi bộ <Văn phòng>", 2024, "dang-vien", 1, ["m1"]))
    render_ballot_paper(data, tmp_path / "b.pdf")
    text = flat(pdf_text(tmp_path / "b.pdf"))
    assert "Nguyễn Thị Thu Hà" in text  # composed, as stored and as typed
    assert "CHI BỘ <VĂN PHÒNG>" in text and "ĐẢNG BỘ A & B" in text and "Tổ 1 & 2" in text


def test_attendance_list_has_the_committee_a_signature_column_and_absences(seed: Seed,
                                                                          tmp_path: Path):
    with seed.db.session("test") as session, session.begin():
        member = session.scalars(select(Member).where(Member.code == "m08")).one()
        session.add(Attendance(meeting_id=seed.meeting_id, member=member, reason="đi công tác",
                               status=AttendanceStatus.absent_excused))
    with seed.db.session() as session:
        data = build_attendance_list_data(session, seed.meeting_id)
    assert [r.name for r in data.rows] == sorted((r.name for r in data.rows), key=name_sort_key)
    assert len(data.rows) == 10
    render_attendance_list(data, tmp_path / "ds.pdf")
    text = flat(pdf_text(tmp_path / "ds.pdf"))
    assert "DANH SÁCH ĐẢNG VIÊN DỰ HỘI NGHỊ" in text and "Ký tên" in text
    assert "Thái Thanh Yến" in text and "Phó Bí thư Đảng ủy" in text
    assert "Vắng có lý do: đi công tác" in text


def test_minutes_print_what_is_stored_and_dotted_lines_for_the_rest(seed: Seed, tmp_path: Path):
    with seed.db.session() as session:
        data = build_minutes_data(session, seed.meeting_id)
    render_minutes(data, tmp_path / "bb.pdf")
    text = flat(pdf_text(tmp_path / "bb.pdf"))
    for expected in ["BIÊN BẢN HỘI NGHỊ", "Số -BB/ĐU",
                     "số đảng viên được triệu tập 10; số có quyền biểu quyết có mặt 10.",
                     "Chủ trì hội nghị: đồng chí Nguyễn Công Việt",
                     "Thư ký hội nghị: đồng chí Bùi Văn Toàn", "Kiểm điểm tập thể",
                     "Kết luận của chủ trì hội nghị", "CHỦ TRÌ HỘI NGHỊ", *SEED_SENTENCES]:
        assert expected in text, expected
    assert "......................" in text  # the reviews and conclusions, to be written in
    assert DRAFT_MARK in text


def test_minutes_with_reviews_and_comments(seed: Seed, tmp_path: Path):
    with seed.db.session() as session:
        data = replace(build_minutes_data(session, seed.meeting_id), rounds=locked(seed.rounds))
    comment = DigestComment(1, "Lê Thanh Hải", CommentKind.amend, "Đoạn 3 nêu thiếu số vụ.", "",
                            "đã kiểm tra 1.730 vụ", Handling.accepted, "")
    data = replace(
        data,
        collective_review=ReviewRecord("Báo cáo kiểm điểm của tập thể Đảng ủy",
                                       self_score="27/30 + 62/70 = 89/100",
                                       self_rating=Level.HTTNV, comments=(comment,)),
        individual_reviews=(ReviewRecord("Đồng chí Nguyễn Công Việt, Bí thư Đảng ủy",
                                         self_score="92 điểm", self_rating=Level.HTXSNV),),
        conclusions="Hội nghị thống nhất kết quả.", opened_at=dt.time(7, 30),
        closed_at=dt.time(11, 5),
    )
    render_minutes(data, tmp_path / "bb.pdf")
    text = flat(pdf_text(tmp_path / "bb.pdf"))
    assert ("Đồng chí Lê Thanh Hải – đề nghị sửa: Đoạn 3 nêu thiếu số vụ. Đề nghị sửa thành: "
            "“đã kiểm tra 1.730 vụ”. – Tiếp thu.") in text
    assert "Tự chấm điểm: 27/30 + 62/70 = 89/100; tự xếp loại: Hoàn thành tốt nhiệm vụ" in text
    assert "2.1. Đồng chí Nguyễn Công Việt, Bí thư Đảng ủy" in text
    assert "bắt đầu hồi 07 giờ 30" in text and "kết thúc hồi 11 giờ 05" in text
    assert "Hội nghị thống nhất kết quả." in text and DRAFT_MARK not in text


def test_minutes_tell_the_reviews_and_comments_recorded_in_the_drafts_tables(seed: Seed,
                                                                             tmp_path: Path):
    reviewed = record_reviews(seed.db, seed.meeting_id)
    with seed.db.session() as session:
        data = build_minutes_data(session, seed.meeting_id)
    # Locked, so that the draft mark does not cut into the extracted text.
    render_minutes(replace(data, rounds=locked(data.rounds)), tmp_path / "bb.pdf")
    text = flat(pdf_text(tmp_path / "bb.pdf"))
    collective = text.index("1. Kiểm điểm tập thể")
    individual = text.index("2. Kiểm điểm cá nhân")
    results = text.index("3. Kết quả biểu quyết")
    assert text.index("Dự thảo báo cáo kiểm điểm tập thể (phiên bản 1)") > collective
    assert ("Tự chấm điểm: 27/30 + 62/70 = 89/100; đề xuất xếp loại: Hoàn thành tốt nhiệm vụ."
            in text)
    assert "Hội nghị góp ý 5 ý kiến: tiếp thu 1, tiếp thu một phần 1, ghi nhận 1, chưa xử lý 2." \
        in text
    for texts in reviewed.comments.values():
        for comment in texts:
            assert collective < text.index(comment) < individual, comment
    assert ("Đồng chí Lê Thanh Hải – đề nghị sửa về “4,2 tỷ”: Số thu nộp ghi chưa đúng. Đề nghị "
            "sửa thành: “4,25 tỷ”. – Tiếp thu một phần: sửa thành 4,25 tỷ đồng.") in text
    assert "Đồng chí Trần Văn Khách (khách mời) – câu hỏi:" in text
    assert "Cấp ủy (Nguyễn Công Việt) – bổ sung: Nêu rõ hạn chế" in text
    positions = [text.index(f"2.{n}. Đồng chí {name}")
                 for n, name in enumerate(reviewed.reviewed, start=1)]
    assert individual < positions[0] < positions[1] < positions[2] < results
    assert "Bí thư Đảng ủy" in text[positions[0]:positions[1]]
    assert "Tự chấm điểm: 92 điểm; tự xếp loại: Hoàn thành xuất sắc nhiệm vụ." in text
    second = text[positions[1]:positions[2]]
    assert "Bản tự kiểm điểm của đồng chí Thái Thanh Yến (phiên bản 1)." in second
    assert "Đồng chí Nguyễn Công Việt – không tán thành: Tự xếp loại cao" in second
    assert "(Chưa kiểm điểm xong tại hội nghị.)" in text[positions[2]:results]
    assert text.count("Chưa kiểm điểm xong") == 1
    # Step 9's seams are still empty: lines to write in, no invented times.
    assert f"bắt đầu hồi {BLANK} giờ {BLANK}" in text and "Khách mời" not in text


def test_building_the_minutes_adds_nothing_to_the_meeting(seed: Seed):
    """The review pages create the collective draft and the members' turns on first use; the
    documents only read."""
    with seed.db.session() as session:
        data = build_minutes_data(session, seed.meeting_id)
        assert not session.new and not session.dirty
    assert data.collective_review is None and data.individual_reviews == ()
    with seed.db.session() as session:
        assert session.scalars(select(IndividualReview)).first() is None


def test_comments_digest_holds_every_comment_under_its_paragraph(seed: Seed, tmp_path: Path):
    reviewed = record_reviews(seed.db, seed.meeting_id)
    with seed.db.session() as session:
        data = build_comments_digest_data(session, reviewed.collective_draft_id)
    render_comments_digest(data, tmp_path / "th.pdf")
    text = flat(pdf_text(tmp_path / "th.pdf"))
    assert "TỔNG HỢP Ý KIẾN GÓP Ý" in text and "Tổng số ý kiến: 5." in text
    assert "Dự thảo báo cáo kiểm điểm tập thể (phiên bản 1)" in text
    # Each section title (the drafts' wording) is followed by its own comments, in order.
    titles = {number: ("Ý kiến chung về dự thảo" if number == 0
                       else f"Đoạn {number} (phiên bản 1)") for number in reviewed.comments}
    starts = sorted((text.index(title), number) for number, title in titles.items())
    for index, (start, number) in enumerate(starts):
        end = starts[index + 1][0] if index + 1 < len(starts) else len(text)
        for comment in reviewed.comments[number]:
            assert start < text.index(comment) < end, (number, comment)
    assert "Tiếp thu một phần: sửa thành 4,25 tỷ đồng" in text and "Chưa xử lý" in text
    assert "Về: “4,2 tỷ” Số thu nộp ghi chưa đúng." in text
    assert "Trần Văn Khách (khách mời)" in text and "Cấp ủy (Nguyễn Công Việt)" in text


def test_docx_minutes_and_result_sheet_read_back(seed: Seed):
    with seed.db.session() as session:
        minutes = build_minutes_data(session, seed.meeting_id)
    for write, data in ((write_minutes_docx, minutes),
                        (write_result_sheet_docx, ResultSheetData(seed.info, seed.rounds))):
        buffer = io.BytesIO()
        write(data, buffer)  # type: ignore[operator]
        buffer.seek(0)
        document = docx.Document(buffer)
        body = "\n".join(p.text for p in document.paragraphs)
        cells = "\n".join(c.text for t in document.tables for row in t.rows for c in row.cells)
        header = "\n".join(p.text for p in document.sections[0].header.paragraphs)
        assert "ĐẢNG CỘNG SẢN VIỆT NAM" in cells
        assert "Tiền Giang, ngày 07 tháng 01 năm 2022" in cells
        assert SEED_SENTENCES[0] in body and ("6 chi bộ Hoàn thành tốt nhiệm vụ"
                                              " (chiếm 6/8 chi bộ được xếp loại = 75%)") in body
        assert DRAFT_MARK in header
        assert "Nguyễn Công Việt" in cells


def test_docx_of_locked_rounds_has_no_draft_mark_and_the_lock_lines(seed: Seed):
    buffer = io.BytesIO()
    write_result_sheet_docx(ResultSheetData(seed.info, locked(seed.rounds)), buffer)
    buffer.seek(0)
    section = docx.Document(buffer).sections[0]
    assert DRAFT_MARK not in "\n".join(p.text for p in section.header.paragraphs)
    assert "đã khóa, bản 1, mã đối chiếu" in "\n".join(p.text for p in section.footer.paragraphs)


@pytest.mark.parametrize("stream", [False, True])
def test_tally_pdf_holds_both_documents_each_numbered_on_its_own(tmp_path: Path, stream: bool):
    meeting_file = seed_meeting_file()
    results = tally_meeting(meeting_file)
    target = tmp_path / "tally.pdf"
    if stream:
        buffer = io.BytesIO()
        render_tally_pdf(meeting_file, results, buffer)
        target.write_bytes(buffer.getvalue())
    else:
        render_tally_pdf(meeting_file, results, target)
    pages = pdf_pages(target)
    starts = [n for n, page in enumerate(pages) if "Trang 1/" in page]
    assert len(starts) == 2
    report, sheet = pages[:starts[1]], pages[starts[1]:]
    assert "BIÊN BẢN KIỂM PHIẾU" in report[0] and "KẾT QUẢ ĐÁNH GIÁ" in flat(sheet[0])
    for part in (report, sheet):
        for number, page in enumerate(part, start=1):
            assert f"Trang {number}/{len(part)}" in page
    assert all(DRAFT_MARK in page for page in pages)
    assert "Đồng chí Võ Văn An – Trưởng ban" in flat(pdf_text(target))


def test_every_document_embeds_only_the_bundled_font(seed: Seed, tmp_path: Path):
    reviewed = record_reviews(seed.db, seed.meeting_id)
    with seed.db.session() as session:
        jobs = {
            "ballot": lambda p: render_ballot_paper(
                build_ballot_paper_data(session, seed.meeting_id, SubjectKind.member), p),
            "attendance": lambda p: render_attendance_list(
                build_attendance_list_data(session, seed.meeting_id), p),
            "minutes": lambda p: render_minutes(build_minutes_data(session, seed.meeting_id), p),
            "digest": lambda p: render_comments_digest(
                build_comments_digest_data(session, reviewed.collective_draft_id), p),
        }
        for name, job in jobs.items():
            target = tmp_path / f"{name}.pdf"
            job(target)
            fonts = pdf_fonts(target)
            assert fonts and all(embedded == "yes" for _, embedded in fonts), (name, fonts)
            assert all("LiberationSerif" in font for font, _ in fonts), (name, fonts)


@pytest.mark.parametrize(
    ("adoption", "expected"),
    [
        (MinutesAdoption(), f"thông qua với {BLANK} đồng chí tán thành, {BLANK} đồng chí không"),
        (MinutesAdoption(10, 0, adopted=True), "nhất trí thông qua (10 đồng chí tán thành)."),
        (MinutesAdoption(8, 2, adopted=True),
         "thông qua với 8 đồng chí tán thành, 2 đồng chí không tán thành."),
    ],
)
def test_the_minutes_close_with_the_show_of_hands_as_recorded(
    seed: Seed, adoption: MinutesAdoption, expected: str
) -> None:
    with seed.db.session() as session:
        data = replace(build_minutes_data(session, seed.meeting_id), adoption=adoption,
                       closed_at=dt.time(16, 30))
    line = closing_line(data)
    assert line.startswith("Hội nghị kết thúc hồi 16 giờ 30 cùng ngày.")
    assert line.endswith(expected) or expected in line
    assert ("nhất trí" in line) == (adoption.adopted and not adoption.votes_against)
