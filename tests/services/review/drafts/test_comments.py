"""Comments: recorded against a paragraph or a span, checked, handled, filtered, audited; the
speaker found without diacritics."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from models.audit import AuditEvent
from models.database import Database
from models.enums import CommentKind, Handling
from models.review import Comment, Draft
from services.review.drafts.comments import (
    CommentEntry,
    CommentFilter,
    add_comment,
    draft_comments,
    edit_comment,
    filter_comments,
    set_handling,
)
from services.review.drafts.errors import DraftError
from services.review.drafts.reading import read_draft_file
from services.review.drafts.speakers import find_speakers, meeting_speakers, resolve_speaker
from services.review.drafts.versions import collective_draft, import_version
from tests.helpers import SAMPLE_MD
from tests.helpers.review import add_member


@pytest.fixture
def draft_id(db: Database, meeting_id: int) -> int:
    with db.session() as s, s.begin():
        draft = collective_draft(s, meeting_id)
        import_version(s, draft, read_draft_file(SAMPLE_MD))
        return draft.id


def _paragraph_id(db: Database, draft_id: int, number: int) -> int:
    with db.session() as s:
        return s.get(Draft, draft_id).versions[-1].paragraphs[number - 1].id


def _speaker(db: Database, meeting_id: int, typed: str) -> int:
    with db.session() as s:
        found = resolve_speaker(meeting_speakers(s, meeting_id), typed)
        assert found is not None
        return found.member_id


def test_type_ahead_ignores_diacritics(db: Database, meeting_id: int) -> None:
    add_member(db, meeting_id, "Huỳnh Thị Ngọc Bích")
    with db.session() as s:
        speakers = meeting_speakers(s, meeting_id)
    assert [sp.name for sp in find_speakers(speakers, "huynh")] == ["Huỳnh Thị Ngọc Bích"]
    assert [sp.name for sp in find_speakers(speakers, "HUYNH bich")] == ["Huỳnh Thị Ngọc Bích"]
    assert {sp.name for sp in find_speakers(speakers, "dat")} == {"Bùi Ngọc Đạt", "Võ Đức Đạt"}
    assert resolve_speaker(speakers, "vo duc dat").name == "Võ Đức Đạt"
    assert resolve_speaker(speakers, "Khách từ Đảng ủy Khối") is None
    with pytest.raises(DraftError, match="nhiều người"):
        resolve_speaker(speakers, "dat")


def test_comment_on_a_span_quotes_the_selected_text(db: Database, meeting_id: int,
                                                    draft_id: int) -> None:
    paragraph_id = _paragraph_id(db, draft_id, 13)
    speaker = _speaker(db, meeting_id, "thai thanh yen")
    with db.session() as s, s.begin():
        draft = s.get(Draft, draft_id)
        text = draft.versions[-1].paragraphs[12].text
        start = text.index("4,2 tỷ")
        comment = add_comment(s, draft, CommentEntry(
            CommentKind.amend, "Số liệu chưa khớp báo cáo tài chính.", speaker_id=speaker,
            paragraph_id=paragraph_id, span=(start + 6, start), proposed="4,25 tỷ"))
        assert (comment.quoted, comment.speaker_name, comment.seq) == (
            "4,2 tỷ", "Thái Thanh Yến", 1)
        assert comment.version.number == 1


@pytest.mark.parametrize(("entry", "message"), [
    (CommentEntry(CommentKind.supplement, "Nội dung"), "người phát biểu"),
    (CommentEntry(CommentKind.question, "  ", speaker_name="Khách"), "nội dung ý kiến"),
    (CommentEntry(CommentKind.amend, "Sửa", speaker_name="Khách"), "đề nghị sửa thành"),
    (CommentEntry(CommentKind.agree, speaker_name="Khách", span=(1, 3)), "Chọn một đoạn"),
    (CommentEntry(CommentKind.agree, speaker_id=999_999), "không có trong danh sách"),
])
def test_bad_comments_are_refused_and_nothing_is_stored(
        db: Database, draft_id: int, entry: CommentEntry, message: str) -> None:
    with pytest.raises(DraftError, match=message), db.session() as s, s.begin():
        add_comment(s, s.get(Draft, draft_id), entry)
    with db.session() as s:
        assert draft_comments(s, draft_id) == []


def test_a_paragraph_of_another_draft_is_refused(db: Database, meeting_id: int,
                                                 draft_id: int) -> None:
    paragraph_id = _paragraph_id(db, draft_id, 2)
    with db.session() as s, s.begin():
        other = Draft(meeting_id=meeting_id, kind="individual", title="Khác")
        s.add(other)
        s.flush()
        with pytest.raises(DraftError, match="không thuộc dự thảo"):
            add_comment(s, other, CommentEntry(CommentKind.agree, speaker_name="Khách",
                                               paragraph_id=paragraph_id))


def test_editing_handling_and_filtering(db: Database, meeting_id: int, draft_id: int) -> None:
    yen = _speaker(db, meeting_id, "thai thanh yen")
    an = _speaker(db, meeting_id, "vo van an")
    p5, p8 = _paragraph_id(db, draft_id, 5), _paragraph_id(db, draft_id, 8)
    with db.session() as s, s.begin():
        draft = s.get(Draft, draft_id)
        first = add_comment(s, draft, CommentEntry(CommentKind.agree, speaker_id=yen,
                                                   paragraph_id=p5))
        add_comment(s, draft, CommentEntry(CommentKind.question, "Vì sao?", speaker_id=an,
                                           paragraph_id=p8))
        add_comment(s, draft, CommentEntry(CommentKind.supplement, "Thêm số liệu.",
                                           speaker_name="Đại diện Đảng ủy Khối"))
        set_handling(s, first, Handling.noted, " Đã ghi nhận ")
        edit_comment(s, first, CommentEntry(CommentKind.supplement, "Bổ sung ví dụ.",
                                            speaker_id=yen, paragraph_id=p5))
    with db.session() as s:
        comments = draft_comments(s, draft_id)
        assert [c.seq for c in comments] == [1, 2, 3]
        first = comments[0]
        assert (first.kind, first.text, first.handling, first.handling_note) == (
            CommentKind.supplement, "Bổ sung ví dụ.", Handling.noted, "Đã ghi nhận")
        stable_p8 = comments[1].paragraph.stable_id

        def seqs(condition: CommentFilter) -> list[int]:
            return [c.seq for c in filter_comments(comments, condition)]

        assert seqs(CommentFilter(paragraph=stable_p8)) == [2]
        assert seqs(CommentFilter(speaker="yen")) == [1]
        assert seqs(CommentFilter(speaker="dang uy khoi")) == [3]
        assert seqs(CommentFilter(kind=CommentKind.question)) == [2]
        assert seqs(CommentFilter(handling=Handling.noted)) == [1]
        assert seqs(CommentFilter(unhandled_only=True)) == [2, 3]


def test_each_action_is_in_the_audit_log(db: Database, draft_id: int) -> None:
    with db.session("secretary") as s, s.begin():
        comment = add_comment(s, s.get(Draft, draft_id),
                              CommentEntry(CommentKind.question, "Câu hỏi?", speaker_name="Khách"))
    with db.session("secretary") as s, s.begin():
        set_handling(s, s.get(Comment, comment.id), Handling.accepted, "Đã trả lời")
    with db.session() as s:
        events = s.scalars(select(AuditEvent).where(AuditEvent.table_name == "comment")).all()
        assert [(e.action, e.actor) for e in events] == [("insert", "secretary"),
                                                         ("update", "secretary")]
        assert json.loads(events[1].changes)["handling"] == [None, "accepted"]
