"""The comments digest and the revised draft, as typed data and as .docx read back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
import docx.document
import pytest
from docx.oxml.ns import qn

from models.database import Database
from models.enums import CommentKind, Handling
from models.review import Draft
from services.review.drafts.comments import CommentEntry, add_comment, draft_comments, set_handling
from services.review.drafts.digest import build_digest
from services.review.drafts.docx_output import write_digest_docx, write_revised_docx
from services.review.drafts.reading import Block, SourceDocument, read_draft_file
from services.review.drafts.revision import Mark, revise
from services.review.drafts.versions import collective_draft, import_version
from tests.helpers import SAMPLE_MD

KINDS = list(CommentKind)
WHEN = dt.datetime(2022, 1, 7, 10, 15, tzinfo=dt.timezone(dt.timedelta(hours=7)))


def accepted(document: docx.document.Document) -> list[str]:
    """Each paragraph's text after "Accept all changes": deletions gone, insertions kept."""
    texts = []
    for paragraph in document.element.body.iter(qn("w:p")):
        texts.append("".join(t.text or "" for t in paragraph.iter(qn("w:t"))))
    return texts


@pytest.fixture
def draft_id(db: Database, meeting_id: int) -> int:
    """A draft in two versions with comments on paragraphs of both and on the whole."""
    with db.session() as s, s.begin():
        draft = collective_draft(s, meeting_id)
        v1 = import_version(s, draft, read_draft_file(SAMPLE_MD))
        for n in range(12):
            paragraph = v1.paragraphs[(n * 5) % 26]
            kind = KINDS[n % len(KINDS)]
            add_comment(s, draft, CommentEntry(
                kind, f"Ý kiến số {n + 1} về đoạn {paragraph.number}.",
                speaker_name=f"Đồng chí {n + 1}", paragraph_id=paragraph.id,
                proposed="Câu chữ mới." if kind is CommentKind.amend else ""))
        add_comment(s, draft, CommentEntry(CommentKind.agree, "Tán thành toàn bộ dự thảo.",
                                           speaker_name="Đại diện Đảng ủy Khối"))
        blocks = list(read_draft_file(SAMPLE_MD).blocks) + [Block("Đoạn bổ sung ở phiên bản 2.")]
        v2 = import_version(s, draft, SourceDocument(tuple(blocks), "md", "v2.md"))
        add_comment(s, draft, CommentEntry(
            CommentKind.question, "Đoạn cuối lấy số liệu ở đâu?", speaker_name="Đồng chí 13",
            paragraph_id=v2.paragraphs[-1].id))
        return draft.id


def test_digest_groups_every_comment_under_its_paragraph(db: Database, draft_id: int) -> None:
    with db.session() as s:
        digest = build_digest(s, draft_id)
    assert digest.total == 14
    assert digest.sections[0].paragraph_number is None
    keys = [(sec.version_number, sec.paragraph_number) for sec in digest.sections[1:]]
    assert keys == sorted(keys) and keys[-1] == (2, 27)
    for section in digest.sections[1:-1]:
        for comment in section.comments:
            assert comment.text.endswith(f"về đoạn {section.paragraph_number}.")
    assert [c.seq for c in digest.sections[-1].comments] == [14]


def test_digest_docx_read_back_holds_every_comment_under_its_paragraph(
        db: Database, draft_id: int, tmp_path: Path) -> None:
    with db.session() as s:
        digest = build_digest(s, draft_id)
    target = write_digest_docx(digest, tmp_path / "tong-hop.docx")
    lines = [p.text for p in docx.Document(str(target)).paragraphs]
    assert "TỔNG HỢP Ý KIẾN GÓP Ý" in lines
    heading = None
    seen = {}
    for line in lines:
        if line.startswith("Đoạn ") and "(phiên bản" in line or line == "Ý kiến chung về dự thảo":
            heading = line
        elif line[:3].rstrip(". ").isdigit() and "Xử lý:" in line:
            seen[int(line.split(".")[0])] = (heading, line)
    assert sorted(seen) == list(range(1, 15))
    for n in range(1, 13):
        heading, line = seen[n]
        number = line.split("về đoạn ")[1].rstrip(". ").split(".")[0]
        assert heading == f"Đoạn {number} (phiên bản 1)"
        assert f"{n}. Đồng chí {n} (khách mời) – " in line
    assert seen[13][0] == "Ý kiến chung về dự thảo"
    assert "Đại diện Đảng ủy Khối (khách mời) – Tán thành" in seen[13][1]
    assert seen[14][0] == "Đoạn 27 (phiên bản 2)"
    assert seen[14][1].endswith("Xử lý: Chưa xử lý.")


def test_accepted_amendments_are_applied_and_marked(db: Database, meeting_id: int,
                                                    tmp_path: Path) -> None:
    with db.session() as s, s.begin():
        draft = collective_draft(s, meeting_id)
        v1 = import_version(s, draft, read_draft_file(SAMPLE_MD))
        p13 = v1.paragraphs[12]
        start = p13.text.index("4,2 tỷ")

        def amend(paragraph_id: int, span: tuple[int, int] | None, proposed: str,
                  handling: Handling) -> None:
            comment = add_comment(s, draft, CommentEntry(
                CommentKind.amend, "Sửa.", speaker_name="Khách", paragraph_id=paragraph_id,
                span=span, proposed=proposed))
            set_handling(s, comment, handling)

        amend(p13.id, (start, start + 6), "4,25 tỷ", Handling.accepted)
        amend(p13.id, (start + 2, start + 8), "xx", Handling.accepted)  # overlaps the first
        amend(v1.paragraphs[18].id, None, "Việc cụ thể hóa nghị quyết còn chậm.",
              Handling.accepted)
        amend(v1.paragraphs[19].id, None, "Không áp dụng.", Handling.partly)
        draft_id = draft.id
    with db.session() as s:
        draft = s.get(Draft, draft_id)
        revised = revise(draft.versions[-1], draft_comments(s, draft_id))
        target = write_revised_docx(draft.title, 1, revised, tmp_path / "du-thao-sua.docx",
                                    "Bùi Văn Toàn", WHEN)
    assert "4,25 tỷ đồng" in revised[12].text and "4,2 tỷ đồng" not in revised[12].text
    assert revised[12].applied == ("#1 Khách (khách mời)",)
    assert revised[12].not_applied == ("#2 Khách (khách mời)",)
    assert revised[18].text == "Việc cụ thể hóa nghị quyết còn chậm."
    assert [s.mark for s in revised[18].segments] == [Mark.deleted, Mark.inserted]
    assert revised[19].applied == () and revised[19].segments[0].mark is Mark.keep

    document = docx.Document(str(target))
    paragraph = document.paragraphs[2 + 12]._p
    deleted = paragraph.findall(qn("w:del"))
    inserted = paragraph.findall(qn("w:ins"))
    assert ["".join(t.text for t in d.iter(qn("w:delText"))) for d in deleted] == ["4,2 tỷ"]
    assert ["".join(t.text for t in i.iter(qn("w:t"))) for i in inserted] == ["4,25 tỷ"]
    for change in deleted + inserted:  # by the secretary, dated by her clock (10:15 in Hà Nội)
        assert change.get(qn("w:author")) == "Bùi Văn Toàn"
        assert change.get(qn("w:date")) == "2022-01-07T10:15:00"
    # Accept all: the revised text, and the amendments named in a comment, outside it
    assert accepted(document)[2:] == [r.text for r in revised]
    notes = [c.text for c in document.comments]
    assert "Sửa theo ý kiến #1 Khách (khách mời); chưa áp dụng được ý kiến #2" in notes[0]
    assert [c.author for c in document.comments] == ["Bùi Văn Toàn"] * len(notes)

