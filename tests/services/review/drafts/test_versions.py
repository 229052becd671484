"""Frozen versions: paragraphs keep their stable id across versions, comments stay where they were
made, and the changes between versions are reported."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from models.database import Database
from models.enums import CommentKind
from models.review import Comment, DraftVersion, Paragraph
from services.review.drafts.comments import CommentEntry, add_comment
from services.review.drafts.reading import Block, SourceDocument, read_draft_file
from services.review.drafts.versions import (
    Change,
    collective_draft,
    import_version,
    match_paragraphs,
    version_changes,
)
from tests.helpers import SAMPLE_MD


def _source(texts: list[str], name: str = "v.txt") -> SourceDocument:
    return SourceDocument(tuple(Block(t) for t in texts), "txt", name)


def test_unchanged_paragraphs_keep_their_id_edited_ones_are_matched_new_ones_are_not() -> None:
    old = [("a", "Mở đầu báo cáo."), ("b", "Ưu điểm: đoàn kết, thống nhất trong Ban Chấp hành."),
           ("c", "Hạn chế: kiểm tra còn chậm."), ("d", "Kết luận.")]
    new = ["Mở đầu báo cáo.", "Đoạn mới hoàn toàn khác về phát triển đảng viên.",
           "Ưu điểm: đoàn kết, thống nhất cao trong Ban Chấp hành.", "Kết luận."]
    assert match_paragraphs(old, new) == ["a", None, "b", "d"]


def test_a_moved_paragraph_keeps_its_id() -> None:
    old = [("a", "Một."), ("b", "Hai."), ("c", "Ba.")]
    assert match_paragraphs(old, ["Hai.", "Ba.", "Một."]) == ["b", "c", "a"]


@given(st.lists(st.text(min_size=1, max_size=30), max_size=15))
def test_the_same_text_again_keeps_every_id(texts: list[str]) -> None:
    old = [(f"id{i}", text) for i, text in enumerate(texts)]
    assert match_paragraphs(old, texts) == [stable_id for stable_id, _ in old]


def test_comment_on_paragraph_7_of_version_1_stays_on_it_after_version_2(
        db: Database, meeting_id: int) -> None:
    first = read_draft_file(SAMPLE_MD)
    with db.session() as s, s.begin():
        draft = collective_draft(s, meeting_id)
        v1 = import_version(s, draft, first)
        seventh = v1.paragraphs[6]
        comment = add_comment(s, draft, CommentEntry(
            CommentKind.supplement, "Bổ sung kết quả học tập Nghị quyết.",
            speaker_name="Khách mời", paragraph_id=seventh.id))
        comment_id, seventh_id, seventh_text = comment.id, seventh.id, seventh.text

    blocks = list(first.blocks)
    blocks.insert(4, Block("Đoạn mới được thêm vào phiên bản 2."))
    blocks[5] = Block(blocks[5].text.replace("luôn kiên định", "luôn kiên định, vững vàng"))
    del blocks[20]
    with db.session() as s, s.begin():
        draft = collective_draft(s, meeting_id)
        v2 = import_version(s, draft, SourceDocument(tuple(blocks), "docx", "v2.docx"))
        assert v2.number == 2

    with db.session() as s:
        comment = s.get(Comment, comment_id)
        assert comment.paragraph_id == seventh_id
        assert comment.version.number == 1
        assert comment.paragraph.number == 7 and comment.paragraph.text == seventh_text
        v1, v2 = s.scalars(select(DraftVersion).order_by(DraftVersion.number)).all()
        followed = next(p for p in v2.paragraphs if p.stable_id == comment.paragraph.stable_id)
        assert followed.number == 8 and followed.text == seventh_text
        changes = version_changes(v1, v2)
        assert changes.changes[5] is Change.added
        assert changes.changes[6] is Change.edited
        assert changes.changes[8] is Change.same
        assert changes.removed == (20,)
        assert (changes.count(Change.same), changes.count(Change.edited)) == (24, 1)


def test_versions_are_numbered_and_remember_their_source(db: Database, meeting_id: int) -> None:
    with db.session() as s, s.begin():
        draft = collective_draft(s, meeting_id)
        import_version(s, draft, _source(["Một.", "Hai."], "du-thao-1.txt"))
        import_version(s, draft, _source(["Một.", "Hai.", "Ba."], "du-thao-2.txt"))
    with db.session() as s:
        draft = collective_draft(s, meeting_id)
        assert [(v.number, v.source_name) for v in draft.versions] == [
            (1, "du-thao-1.txt"), (2, "du-thao-2.txt")]
        assert [p.number for p in draft.versions[1].paragraphs] == [1, 2, 3]
        assert s.scalar(select(func.count()).select_from(Paragraph)) == 5
