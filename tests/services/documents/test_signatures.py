"""The signature blocks of every paper, by body (Hướng dẫn 36-HD/VPTW; rules.md "Documents the
meeting produces"), read where a person reads them: the last page of each PDF, the last table
of each .docx, for the committee of the seed meeting and for the same meeting held by a cell."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest

from models.database import Database
from models.enums import BodyKind
from services.documents.catalogue import DocumentKind, meeting_documents, write_document
from services.meeting_file.store import export_meeting, import_meeting
from tests.helpers import SEED_MEETING
from tests.helpers.documents import flat, pdf_pages

TITLES = ("THƯ KÝ", "CHỦ TRÌ HỘI NGHỊ", "T/M CHI BỘ", "T/M ĐẢNG ỦY", "T/M BAN THƯỜNG VỤ", "BÍ THƯ",
          "T/M BAN KIỂM PHIẾU", "TRƯỞNG BAN", "THÀNH VIÊN", "NGƯỜI TỰ KIỂM ĐIỂM")
# The seed meeting: chair Nguyễn Công Việt (Bí thư Đảng ủy), secretary Bùi Văn Toàn, tellers
# Võ Văn An (head), Lê Thanh Hải, Ngô Văn Hiếu. Held by a cell, Trần Ngọc Nam is its bí thư.
Block = tuple[str, str]  # (titles, name) as printed
RECORD = [("THƯ KÝ", "Bùi Văn Toàn"), ("CHỦ TRÌ HỘI NGHỊ", "Nguyễn Công Việt")]
TELLERS = [("THÀNH VIÊN", "Lê Thanh Hải"), ("THÀNH VIÊN", "Ngô Văn Hiếu"),
           ("T/M BAN KIỂM PHIẾU TRƯỞNG BAN", "Võ Văn An")]
HEAD = {BodyKind.dang_uy: [("T/M ĐẢNG ỦY BÍ THƯ", "Nguyễn Công Việt")],
        BodyKind.chi_bo: [("T/M CHI BỘ BÍ THƯ", "Trần Ngọc Nam")]}
# A committee whose standing committee signs for it: its bí thư, for the standing committee.
STANDING = [("T/M BAN THƯỜNG VỤ BÍ THƯ", "Nguyễn Công Việt")]
SIGNING = [(BodyKind.dang_uy, False), (BodyKind.chi_bo, False), (BodyKind.dang_uy, True)]


def expected(kind: DocumentKind, body: BodyKind, detail: str,
             standing: bool = False) -> list[Block]:
    """What HD 36 asks, written out for each paper (the reference the code's table is held to)."""
    if kind in (DocumentKind.attendance_list, DocumentKind.minutes,
                DocumentKind.comments_digest):
        return RECORD
    if kind is DocumentKind.tellers_report:
        return TELLERS
    if kind in (DocumentKind.result_sheet, DocumentKind.proposal_list,
                DocumentKind.collective_form):
        return STANDING if standing else HEAD[body]
    if kind is DocumentKind.member_form:
        # one member's form names its member ("Thái Thanh Yến (Mẫu 2B)"); all forms: the last's
        return [("NGƯỜI TỰ KIỂM ĐIỂM", detail.split(" (")[0] if "(" in detail else "")]
    return []  # the ballot paper is signed by nobody


def held_by(db: Database, folder: Path, body: BodyKind, standing: bool = False) -> int:
    """The seed meeting under QĐ 366 (2025, so that every paper is listed), held by `body`;
    `standing`: its standing committee signs for it (set in the meeting file)."""
    data = json.loads(SEED_MEETING.read_text(encoding="utf-8"))
    data["meeting"].update(review_year=2025, body_kind=body.value)
    if standing:
        data["meeting"]["standing_committee_signs"] = True
    if body is BodyKind.chi_bo:
        data["meeting"]["body"] = "Chi bộ Văn phòng"
        data["members"][8]["position"] = "Bí thư Chi bộ Văn phòng"
    path = folder / "meeting.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return import_meeting(db, path)


@pytest.mark.parametrize(("body", "standing"), SIGNING)
def test_every_paper_is_signed_as_hd36_asks(db: Database, tmp_path: Path, body: BodyKind,
                                            standing: bool) -> None:
    meeting_id = held_by(db, tmp_path, body, standing)
    with db.session() as session:
        specs = meeting_documents(session, meeting_id)
    kinds = {s.kind for s in specs}
    # no comments yet; an imported meeting's rounds were keyed by nobody, so no entry log
    assert kinds == set(DocumentKind) - {DocumentKind.comments_digest, DocumentKind.entry_log}
    for spec in specs:
        want = expected(spec.kind, body, spec.detail, standing)
        target = tmp_path / spec.file_name(".pdf")
        write_document(db, meeting_id, spec, target)
        last = flat(pdf_pages(target, raw=True)[-1])
        # the titles side by side, the space to sign, then the names side by side
        assert " ".join(t for t, _ in want) in last, (spec, last[-300:])
        assert " ".join(n for _, n in want) in last, (spec, last[-300:])
        shown = [t for t in TITLES if t in last]
        assert shown == [t for t in TITLES if any(t in w for w, _ in want)], (spec, shown)
        if spec.has_docx:
            word = tmp_path / spec.file_name(".docx")
            write_document(db, meeting_id, spec, word, docx=True)
            cells = [" ".join(c.text.split())
                     for c in docx.Document(str(word)).tables[-1].rows[0].cells]
            if len(want) == 1:  # a single block sits on the right, as on paper
                assert cells[0] == "", (spec, cells)
                cells = cells[1:]
            assert [c.startswith(f"{t} {n}".strip()) for c, (t, n) in zip(cells, want, strict=True)
                    ] == [True] * len(want), (spec, cells)


def test_the_standing_committee_goes_out_with_the_meeting_file(db: Database,
                                                             tmp_path: Path) -> None:
    standing = export_meeting(db, held_by(db, tmp_path, BodyKind.dang_uy, standing=True))
    assert standing["meeting"]["standing_committee_signs"] is True
    plain = export_meeting(db, held_by(db, tmp_path, BodyKind.dang_uy))
    assert "standing_committee_signs" not in plain["meeting"]  # the file as before
