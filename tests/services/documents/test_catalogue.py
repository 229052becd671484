"""The documents window's list and its one call that writes any document."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from models.enums import SubjectKind
from models.meeting import Meeting
from models.review import Draft
from services.common.errors import Refusal
from services.documents import catalogue  # the module, not the package namespace
from services.documents.ballot_paper import build_ballot_paper_data
from services.documents.catalogue import (
    ALL_ROUNDS,
    DocumentKind,
    DocumentSpec,
    meeting_documents,
    write_document,
)
from tests.helpers.documents import Seed, flat, pdf_pages, record_reviews


def test_the_list_has_each_round_document_for_all_rounds_and_per_round(seed: Seed):
    reviewed = record_reviews(seed.db, seed.meeting_id)
    with seed.db.session() as session:
        specs = meeting_documents(session, seed.meeting_id)
    listed = [(s.kind, s.detail) for s in specs]
    assert listed == [
        (DocumentKind.attendance_list, ""),
        (DocumentKind.ballot_paper, "Xếp loại đảng viên"),
        (DocumentKind.ballot_paper, "Xếp loại tổ chức đảng"),
        (DocumentKind.tellers_report, ALL_ROUNDS),
        (DocumentKind.tellers_report, "Xếp loại đảng viên"),
        (DocumentKind.tellers_report, "Xếp loại tổ chức đảng"),
        (DocumentKind.result_sheet, ALL_ROUNDS),
        (DocumentKind.result_sheet, "Xếp loại đảng viên"),
        (DocumentKind.result_sheet, "Xếp loại tổ chức đảng"),
        (DocumentKind.minutes, ""),
        (DocumentKind.comments_digest, "Dự thảo báo cáo kiểm điểm tập thể"),
        (DocumentKind.comments_digest, "Bản tự kiểm điểm của đồng chí Thái Thanh Yến"),
    ]
    digests = [s.draft_id for s in specs if s.kind is DocumentKind.comments_digest]
    assert digests == [reviewed.collective_draft_id, reviewed.member_draft_id]
    assert [s.has_docx for s in specs].count(True) == 4  # minutes + 3 result sheets


def test_a_meeting_without_rounds_lists_ballot_papers_from_the_roster(db):
    from tests.helpers.review import seed_meeting

    meeting_id = seed_meeting(db)
    with db.session() as session:
        specs = meeting_documents(session, meeting_id)
    assert [s.kind for s in specs] == [DocumentKind.attendance_list, DocumentKind.ballot_paper,
                                       DocumentKind.ballot_paper, DocumentKind.minutes]
    # a cell meeting: the members, and the cell itself (step 7) before its round opens
    assert [specs[1].subject_kind, specs[2].subject_kind] == [SubjectKind.member,
                                                              SubjectKind.organisation]
    with db.session() as session:
        paper = build_ballot_paper_data(session, meeting_id, SubjectKind.organisation)
        body = session.get_one(Meeting, meeting_id).body
    assert [subject.name for subject in paper.subjects] == [body]


def test_a_round_document_for_one_round_holds_only_that_round(seed: Seed, tmp_path: Path):
    with seed.db.session() as session:
        specs = meeting_documents(session, seed.meeting_id)
    one = next(s for s in specs if s.kind is DocumentKind.result_sheet and s.round_code == "chi-bo")
    every = next(s for s in specs if s.kind is DocumentKind.result_sheet and s.round_code is None)
    pages: list[int] = []
    write_document(seed.db, seed.meeting_id, one, tmp_path / "one.pdf", progress=pages.append)
    write_document(seed.db, seed.meeting_id, every, tmp_path / "all.pdf")
    only = flat("\n".join(pdf_pages(tmp_path / "one.pdf")))
    assert ("6 chi bộ Hoàn thành tốt nhiệm vụ"
            " (chiếm 6/8 chi bộ được xếp loại = 75%)") in only and "đảng viên Hoàn" not in only
    assert pages == list(range(1, len(pdf_pages(tmp_path / "one.pdf")) + 1))
    assert len(pdf_pages(tmp_path / "all.pdf")) > len(pdf_pages(tmp_path / "one.pdf"))


def test_minutes_and_result_sheet_write_as_docx_and_a_failure_leaves_no_file(
        seed: Seed, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    out = tmp_path / "out"
    out.mkdir()
    write_document(seed.db, seed.meeting_id, DocumentSpec(DocumentKind.minutes),
                   out / "bb.docx", docx=True)
    body = "\n".join(p.text for p in docx.Document(str(out / "bb.docx")).paragraphs)
    assert "BIÊN BẢN HỘI NGHỊ" in body
    with pytest.raises(ValueError):
        write_document(seed.db, seed.meeting_id, DocumentSpec(DocumentKind.tellers_report),
                       out / "bb-kp.docx", docx=True)
    with pytest.raises(Refusal, match="không còn"):
        write_document(seed.db, seed.meeting_id,
                       DocumentSpec(DocumentKind.comments_digest, draft_id=999), out / "th.pdf")

    def fails_half_way(_data: object, target: Path, _progress: object = None) -> None:
        Path(target).write_bytes(b"%PDF-1.4 half")
        raise OSError("disk full")

    monkeypatch.setattr(catalogue, "render_minutes", fails_half_way)
    with pytest.raises(OSError):
        write_document(seed.db, seed.meeting_id, DocumentSpec(DocumentKind.minutes),
                       out / "bb.pdf")
    assert [p.name for p in out.iterdir()] == ["bb.docx"]


@pytest.mark.parametrize(("title", "name"), [
    ("Xếp loại đảng viên", "bien-ban-kiem-phieu-dang-vien.pdf"),
    ("Xếp loại đảng viên (vòng bổ sung)", "bien-ban-kiem-phieu-dang-vien-vong-bo-sung.pdf"),
    ("../..", "bien-ban-kiem-phieu-vong.pdf"),  # never a path, never the all-rounds name
])
def test_a_suggested_file_name_is_letters_digits_and_dashes(title: str, name: str) -> None:
    """From the round's title as the list shows it, never from its id (here "r9")."""
    spec = DocumentSpec(DocumentKind.tellers_report, title, round_code="r9")
    assert spec.file_name(".pdf") == name


def test_a_comments_digest_is_named_by_its_drafts_title_and_two_of_one_title_stay_two(
        seed: Seed) -> None:
    """A newcomer was offered "tong-hop-y-kien-gop-y-1.pdf": the draft's number in the database."""
    reviewed = record_reviews(seed.db, seed.meeting_id)

    def digests() -> list[tuple[str, str]]:
        with seed.db.session() as session:
            return [(s.detail, s.file_name(".pdf")) for s in meeting_documents(
                session, seed.meeting_id) if s.kind is DocumentKind.comments_digest]

    assert digests() == [
        ("Dự thảo báo cáo kiểm điểm tập thể",
         "tong-hop-y-kien-gop-y-du-thao-bao-cao-kiem-diem-tap-the.pdf"),
        ("Bản tự kiểm điểm của đồng chí Thái Thanh Yến",
         "tong-hop-y-kien-gop-y-ban-tu-kiem-diem-cua-dong-chi-thai-thanh-yen.pdf")]
    with seed.db.session() as session, session.begin():
        session.get_one(Draft, reviewed.member_draft_id).title = "Dự thảo báo cáo kiểm điểm tập thể"
    assert [name for _detail, name in digests()] == [
        "tong-hop-y-kien-gop-y-du-thao-bao-cao-kiem-diem-tap-the-1.pdf",
        "tong-hop-y-kien-gop-y-du-thao-bao-cao-kiem-diem-tap-the-2.pdf"]
