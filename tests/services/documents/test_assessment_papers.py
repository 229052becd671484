"""The QĐ 366 papers, read back as a person reads them (pdftotext, python-docx): the proposal list
with each subject's …/30 + …/70 = …/100, the vote, the cap and the proposed level; the forms
Mẫu 2A / 2B / 2C and Mẫu 01 filled from what was recorded; the period, the legal basis and who
decides (a cell proposes, a committee decides)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import docx
from sqlalchemy import select

from models.database import Database
from models.enums import BodyKind, Level, Period
from models.meeting import Meeting
from models.roster import Member
from services.documents.catalogue import (
    DocumentKind,
    DocumentSpec,
    meeting_documents,
    write_document,
)
from services.meeting_file.store import import_meeting
from services.review.assessment_entry import AssessmentEntry, record_assessment
from services.review.reviews import set_collective_assessment
from tests.helpers import SEED_MEETING
from tests.helpers.documents import flat, pdf_text, proposal_row


def meeting_of_year(db: Database, folder: Path, year: int,
                    body_kind: BodyKind = BodyKind.dang_uy) -> int:
    data = json.loads(SEED_MEETING.read_text(encoding="utf-8"))
    data["meeting"]["review_year"] = year
    data["meeting"]["body_kind"] = body_kind.value
    path = folder / f"hoi-nghi-{year}.meeting.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return import_meeting(db, path)


def member_id(db: Database, meeting_id: int, code: str) -> int:
    with db.session() as s:
        return s.scalars(select(Member.id).where(Member.meeting_id == meeting_id,
                                                 Member.code == code)).one()


def written(db: Database, meeting_id: int, spec: DocumentSpec, folder: Path,
            docx_form: bool = False) -> Path:
    target = folder / spec.file_name(".docx" if docx_form else ".pdf")
    write_document(db, meeting_id, spec, target, docx=docx_form)
    return target


def test_the_proposal_list_shows_score_vote_cap_and_proposal(db: Database,
                                                             tmp_path: Path) -> None:
    meeting_id = meeting_of_year(db, tmp_path, 2025)
    with db.session("secretary") as s, s.begin():
        # Châu Thanh Dung was voted HTXSNV; her score 25 + 55 = 80 allows HTTNV at most.
        record_assessment(s, AssessmentEntry(25, 55, Level.HTXSNV, conditions={}),
                          member_id=member_id(db, meeting_id, "m12"))
    with db.session() as s:
        specs = meeting_documents(s, meeting_id)
    spec = next(x for x in specs if x.kind is DocumentKind.proposal_list
                and x.round_code == "dang-vien")
    text = pdf_text(written(db, meeting_id, spec, tmp_path), raw=True)
    assert "DANH SÁCH ĐỀ NGHỊ XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN" in text
    assert "Năm 2025" in text
    row = proposal_row(text, "Châu Thanh Dung")
    assert re.search(r"25 55 80 HTXSNV HTXSNV \(\d+/\d+\) HTTNV HTTNV", row), row
    assert "Đảng ủy quyết định xếp loại chất lượng đảng viên theo kết quả trên." in flat(text)
    assert re.search(r"Châu Thanh Dung: .*80/100", flat(text))  # the engine's explanation

    document = docx.Document(str(written(db, meeting_id, spec, tmp_path, docx_form=True)))
    cells = [[c.text for c in row.cells] for row in document.tables[1].rows]
    dung = next(r for r in cells if r[1].startswith("Châu Thanh Dung"))
    assert dung[2:6] == ["25", "55", "80", "HTXSNV"] and dung[7:] == ["HTTNV", "HTTNV"]


def test_the_member_forms_are_filled_from_what_was_recorded(db: Database,
                                                            tmp_path: Path) -> None:
    meeting_id = meeting_of_year(db, tmp_path, 2025)
    viet = member_id(db, meeting_id, "m01")
    with db.session("secretary") as s, s.begin():
        record_assessment(s, AssessmentEntry(
            27, 62, Level.HTXSNV, accepted=(26, 60), reason="chưa có sản phẩm vượt trội",
            conditions={"all_tasks_on_time": True, "exceeded_30pct": False}), member_id=viet)
        s.get_one(Meeting, meeting_id).period = Period.Q3
    spec = DocumentSpec(DocumentKind.member_form, member_id=viet)
    text = flat(pdf_text(written(db, meeting_id, spec, tmp_path)))
    assert "Mẫu 2B-HD KĐ.ĐG 2025" in text  # Bí thư Đảng ủy: a leader's form
    assert "BẢN KIỂM ĐIỂM CÁ NHÂN Quý III năm 2025" in text
    assert "(Dùng cho đảng viên giữ chức vụ lãnh đạo, quản lý)" in text
    assert "Họ và tên: Nguyễn Công Việt" in text
    assert "Tổng số điểm 100 89 86" in text
    assert "Hội nghị thống nhất điểm khác điểm tự chấm, lý do: chưa có sản phẩm vượt trội." \
        in text
    assert "Hoàn thành 100% nhiệm vụ, chỉ tiêu đúng tiến độ Có" in text
    assert "Tự nhận mức xếp loại: Hoàn thành xuất sắc nhiệm vụ." in text

    lines = [p.text for p in docx.Document(
        str(written(db, meeting_id, spec, tmp_path, docx_form=True))).paragraphs]
    assert "Mẫu 2B-HD KĐ.ĐG 2025" in lines and "Quý III năm 2025" in lines


def test_the_collective_report_and_a_cells_papers_propose(db: Database,
                                                          tmp_path: Path) -> None:
    meeting_id = meeting_of_year(db, tmp_path, 2025, BodyKind.chi_bo)
    with db.session("secretary") as s, s.begin():
        set_collective_assessment(s, meeting_id, 27, 62, Level.HTTNV)
    text = flat(pdf_text(written(db, meeting_id, DocumentSpec(DocumentKind.collective_form),
                                 tmp_path)))
    assert "Mẫu 01-HD KĐ.ĐG 2025" in text and "BÁO CÁO KIỂM ĐIỂM TẬP THỂ Năm 2025" in text
    assert "Tổng số điểm 100 89 89" in text and "T/M CHI BỘ BÍ THƯ" in text
    report = flat(pdf_text(written(db, meeting_id, DocumentSpec(
        DocumentKind.tellers_report, round_code=None), tmp_path)))
    assert "theo Quy định 366-QĐ/TW ngày 30/8/2025 và Hướng dẫn 43-HD/BTCTW" in report
    assert "Tổng hợp kết quả đề nghị xếp loại:" in report
    assert "Kết quả trên là đề nghị của chi bộ; cấp ủy cấp trên trực tiếp xem xét" in report
    minutes = flat(pdf_text(written(db, meeting_id, DocumentSpec(DocumentKind.minutes),
                                    tmp_path)))
    assert "Căn cứ Quy định 366-QĐ/TW ngày 30/8/2025 và Hướng dẫn 43-HD/BTCTW ngày " \
        "31/10/2025, hội nghị kiểm điểm, đánh giá, xếp loại chất lượng năm 2025." in minutes
    assert "Kết quả biểu quyết đề nghị xếp loại đảng viên" in minutes


def test_an_older_meeting_prints_its_own_basis_and_no_qd366_papers(db: Database,
                                                                   tmp_path: Path) -> None:
    meeting_id = meeting_of_year(db, tmp_path, 2021)
    with db.session() as s:
        kinds = {spec.kind for spec in meeting_documents(s, meeting_id)}
    assert not kinds & {DocumentKind.proposal_list, DocumentKind.member_form,
                        DocumentKind.collective_form}
    minutes = flat(pdf_text(written(db, meeting_id, DocumentSpec(DocumentKind.minutes),
                                    tmp_path)))
    assert "Căn cứ Quy định 132-QĐ/TW ngày 08/3/2018 và Hướng dẫn 21-HD/BTCTW (2019)" in minutes
    assert "Đảng ủy quyết định xếp loại chất lượng đảng viên theo kết quả trên." in minutes
