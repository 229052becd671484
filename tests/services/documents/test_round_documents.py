"""The tellers' report and the result sheet of the seed meeting, read back with poppler."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path
from types import MappingProxyType

from models.ballot import RoundState
from models.enums import Level
from models.meeting import Meeting
from services.ballot.fingerprint import round_fingerprint
from services.common.text import name_sort_key
from services.documents.marks import DRAFT_MARK
from services.documents.meeting_info import meeting_info_from_file
from services.documents.result_sheet import (
    ResultSheetData,
    build_result_sheet_data,
    render_result_sheet,
)
from services.documents.tally import reported_rounds_from_file
from services.documents.tellers_report import (
    TellersReportData,
    build_tellers_report_data,
    render_tellers_report,
)
from services.rules.engine import compute_round
from tests.helpers.documents import (
    SEED_SENTENCES,
    Seed,
    flat,
    locked,
    pdf_fonts,
    pdf_pages,
    pdf_text,
    seed_meeting_file,
)


def test_level_sentences(seed: Seed):
    members, cells = seed.rounds
    assert members.level_sentence(members.result.subjects[0].level) \
        == "52 đảng viên Hoàn thành tốt nhiệm vụ (chiếm 52/67 đảng viên được xếp loại = 77,6%)"
    assert cells.level_sentence(None) == ("0 chi bộ chưa đủ quá bán"
                                          " (chiếm 0/8 chi bộ được xếp loại = 0%)")


def test_tellers_report_holds_the_vietnamese_text_exactly(seed: Seed, tmp_path: Path):
    target = tmp_path / "bbkp.pdf"
    render_tellers_report(TellersReportData(seed.info, seed.rounds), target)
    text = flat(pdf_text(target))
    for expected in ["ĐẢNG CỘNG SẢN VIỆT NAM", "BIÊN BẢN KIỂM PHIẾU",
                     "ĐẢNG ỦY CỤC QUẢN LÝ THỊ TRƯỜNG TỈNH TIỀN GIANG",
                     "Tiền Giang, ngày 07 tháng 01 năm 2022", "Số -BB/ĐU",
                     "Đồng chí Võ Văn An – Trưởng ban", "Trần Thị Kim Phượng", "Nguyễn Công Việt",
                     "20% × 65 đảng viên HTXSNV và HTTNV = 13,0 → tối đa 13",
                     "T/M BAN KIỂM PHIẾU TRƯỞNG BAN",
                     "Số phiếu phát ra: 10; số phiếu thu vào: 10; số phiếu hợp lệ: 10",
                     *SEED_SENTENCES]:
        assert expected in text, expected


def test_every_font_is_embedded(seed: Seed, tmp_path: Path):
    target = tmp_path / "bbkp.pdf"
    render_tellers_report(TellersReportData(seed.info, seed.rounds), target)
    fonts = pdf_fonts(target)
    assert fonts, "no font found"
    assert all(embedded == "yes" for _, embedded in fonts), fonts
    assert {name.split("+")[-1] for name, _ in fonts} <= {
        "LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic"}


def test_pages_are_numbered_n_of_total(seed: Seed, tmp_path: Path):
    target = tmp_path / "bbkp.pdf"
    render_tellers_report(TellersReportData(seed.info, seed.rounds), target)
    pages = pdf_pages(target)
    assert len(pages) > 2
    for number, page in enumerate(pages, start=1):
        assert f"Trang {number}/{len(pages)}" in page


def test_table_header_repeats_on_every_page_of_the_votes(seed: Seed, tmp_path: Path):
    target = tmp_path / "bbkp.pdf"
    render_tellers_report(TellersReportData(seed.info, seed.rounds), target)
    pages = pdf_pages(target)
    with_rows = [p for p in pages if "Tự xếp loại" in flat(p)]
    assert len(with_rows) >= 3  # 67 members and 8 cells span several pages, each with its header


def test_draft_mark_until_every_round_is_locked(seed: Seed, tmp_path: Path):
    draft, partly, final = tmp_path / "d.pdf", tmp_path / "p.pdf", tmp_path / "f.pdf"
    members, cells = seed.rounds
    render_tellers_report(TellersReportData(seed.info, seed.rounds), draft)
    one_locked = (members, replace(cells, locked_revision=1))
    render_tellers_report(TellersReportData(seed.info, one_locked), partly)
    render_tellers_report(TellersReportData(seed.info, locked(seed.rounds)), final)
    assert all(DRAFT_MARK in page for page in pdf_pages(draft))
    assert all(DRAFT_MARK in page for page in pdf_pages(partly))
    assert "mã đối chiếu" not in pdf_text(draft)
    final_pages = pdf_pages(final)
    assert not any(DRAFT_MARK in page for page in final_pages)
    for reported in seed.rounds:
        line = (f"{reported.label}: đã khóa, bản 1, "
                f"mã đối chiếu {round_fingerprint(reported.result.round)}")
        assert all(line in flat(page) for page in final_pages), line


def test_result_sheet_sentences_and_names_in_vietnamese_order(seed: Seed, tmp_path: Path):
    target = tmp_path / "kq.pdf"
    render_result_sheet(ResultSheetData(seed.info, seed.rounds), target)
    text = flat(pdf_text(target))
    assert "KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG TỔ CHỨC ĐẢNG VÀ ĐẢNG VIÊN NĂM 2021" in text
    for sentence in SEED_SENTENCES:
        assert sentence in text, sentence
    members = seed.rounds[0]
    excellent = [members.name(i) for i in members.ids_at(members.result.subjects[11].level)]
    assert len(excellent) == 13
    assert excellent == sorted(excellent, key=name_sort_key)
    section = text[text.index(SEED_SENTENCES[0]):text.index(SEED_SENTENCES[1])]
    positions = [section.index(name) for name in excellent]
    assert positions == sorted(positions)
    assert "Đảng bộ Cục Quản lý thị trường tỉnh Tiền Giang" in text
    # HD 36: the committee's result sheet is signed for the committee by its bí thư
    signed = flat(pdf_pages(target)[-1])
    assert "T/M ĐẢNG ỦY" in signed and "BÍ THƯ" in signed and "Nguyễn Công Việt" in signed
    assert "THƯ KÝ" not in signed


def test_same_data_gives_the_same_bytes(seed: Seed, tmp_path: Path):
    first, second = tmp_path / "1.pdf", tmp_path / "2.pdf"
    data = ResultSheetData(seed.info, seed.rounds)
    render_result_sheet(data, first)
    render_result_sheet(data, second)
    assert first.read_bytes() == second.read_bytes()


def test_progress_reports_each_page(seed: Seed, tmp_path: Path):
    pages: list[int] = []
    render_tellers_report(TellersReportData(seed.info, seed.rounds), tmp_path / "p.pdf",
                          progress=pages.append)
    assert pages == list(range(1, len(pdf_pages(tmp_path / "p.pdf")) + 1))


def test_documents_from_stored_rounds_carry_lock_fingerprint_and_decisions(seed: Seed,
                                                                            tmp_path: Path):
    with seed.db.session("test") as session, session.begin():
        meeting = session.get_one(Meeting, seed.meeting_id)
        for stored in meeting.rounds:
            stored.state = RoundState.locked
            stored.locked_at = dt.datetime(2022, 1, 7, 10, 30)
            stored.locked_by = "Võ Văn An"
        cells = next(r for r in meeting.rounds if r.code == "chi-bo")
        first = next(s for s in cells.subjects if s.code == "cb1")
        first.decision_level = Level.HTTNV
        first.decision_reason = "cấp ủy cấp trên đã có chỉ tiêu"
    with seed.db.session() as session:
        report = build_tellers_report_data(session, seed.meeting_id)
        sheet = build_result_sheet_data(session, seed.meeting_id)
    assert not report.marks.draft and len(report.marks.locks) == 2
    render_tellers_report(report, tmp_path / "bbkp.pdf")
    render_result_sheet(sheet, tmp_path / "kq.pdf")
    for target in (tmp_path / "bbkp.pdf", tmp_path / "kq.pdf"):
        text = flat(pdf_text(target))
        assert DRAFT_MARK not in text
        assert (f"mã đối chiếu {round_fingerprint(seed.rounds[0].result.round)}") in text
        assert ("Chủ trì hội nghị quyết định: Chi bộ Văn phòng – Hoàn thành tốt nhiệm vụ "
                "(lý do: cấp ủy cấp trên đã có chỉ tiêu).") in text
    # imported with their counts, nobody keyed them: nothing is said about double entry
    assert "nhập độc lập" not in flat(pdf_text(tmp_path / "bbkp.pdf"))


def test_an_undecided_subject_and_a_meeting_without_roles(tmp_path: Path):
    meeting_file = seed_meeting_file()
    members = meeting_file.rounds[0]
    # m01 (Nguyễn Công Việt): 2 + 2 + 1 marks and 5 invalid rows: no level reaches > 5 of 10.
    first = replace(members.subjects[0], invalid_rows=5, votes=MappingProxyType(
        {Level.HTXSNV: 2, Level.HTTNV: 2, Level.HTNV: 1, Level.KHTNV: 0}))
    changed = replace(members, subjects=(first, *members.subjects[1:]))
    result = compute_round(changed, meeting_file.rules)
    rounds = reported_rounds_from_file(meeting_file, [result])
    info = replace(meeting_info_from_file(meeting_file), chair="", secretary="", tellers=())
    render_tellers_report(TellersReportData(info, rounds), tmp_path / "bbkp.pdf")
    render_result_sheet(ResultSheetData(info, rounds), tmp_path / "kq.pdf")
    report = flat(pdf_text(tmp_path / "bbkp.pdf", raw=True))
    assert "Chưa đủ quá bán" in report
    assert "1 đảng viên chưa đủ quá bán (chiếm 1/67 đảng viên được xếp loại = 1,5%)" in report
    assert "2. Đồng chí ………… – Thành viên" in report  # names to write in
    assert "T/M BAN KIỂM PHIẾU TRƯỞNG BAN …………" in report
    sheet = flat(pdf_text(tmp_path / "kq.pdf", raw=True))
    assert ("5. 1 đảng viên chưa đủ quá bán (chiếm 1/67 đảng viên được xếp loại = 1,5%): "
            "TT Họ và tên Chức vụ, đơn vị 1 Nguyễn Công Việt") in sheet
