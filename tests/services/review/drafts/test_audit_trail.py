"""Everything the review steps change is in the audit log: replaying it gives the data back, even
after a member who spoke, or the whole meeting, is deleted through the ORM."""

from __future__ import annotations

from sqlalchemy import func, select

from models.database import Database
from models.enums import CommentKind, Handling
from models.meeting import Meeting
from models.review import Comment, Draft, IndividualReview, Paragraph
from models.roster import Member
from services.integrity.audit import verify
from services.review.drafts.comments import (
    CommentEntry,
    add_comment,
    delete_comment,
    edit_comment,
    set_handling,
)
from services.review.drafts.reading import Block, SourceDocument, read_draft_file
from services.review.drafts.versions import collective_draft, import_version, member_draft
from services.review.reviews import (
    individual_reviews,
    move_review,
    set_collective_assessment,
)
from tests.helpers import SAMPLE_MD


def test_review_changes_replay_from_the_audit_log(db: Database, meeting_id: int) -> None:
    with db.session("secretary") as s, s.begin():
        draft = collective_draft(s, meeting_id)
        v1 = import_version(s, draft, read_draft_file(SAMPLE_MD))
        speaker = s.scalars(select(Member).where(Member.code == "m03")).one()
        first = add_comment(s, draft, CommentEntry(CommentKind.amend, "Sửa số liệu",
                                                   speaker_id=speaker.id,
                                                   paragraph_id=v1.paragraphs[12].id,
                                                   proposed="4,25 tỷ đồng"))
        second = add_comment(s, draft, CommentEntry(CommentKind.question, "Vì sao?",
                                                    speaker_name="Khách"))
        set_handling(s, first, Handling.accepted, "Đã sửa")
        edit_comment(s, second, CommentEntry(CommentKind.question, "Vì sao chậm?",
                                             speaker_name="Khách"))
        delete_comment(s, second)
        import_version(s, draft, SourceDocument((Block("Một đoạn."),), "pasted", "v2"))
        reviews = individual_reviews(s, meeting_id)
        move_review(s, reviews[4], -2)
        reviews[0].done = True
        add_comment(s, member_draft(s, reviews[0].member),
                    CommentEntry(CommentKind.agree, by_committee=True))
        set_collective_assessment(s, meeting_id, 27, None, None)
    assert verify(db).intact, verify(db).problem

    with db.session("chair") as s, s.begin():
        s.delete(s.scalars(select(Member).where(Member.code == "m03")).one())
    with db.session() as s:
        comment = s.scalars(select(Comment).where(Comment.kind == CommentKind.amend)).one()
        assert (comment.speaker_id, comment.speaker_name) == (None, "Võ Văn An")
    result = verify(db)
    assert result.intact, result.problem

    with db.session("chair") as s, s.begin():
        s.delete(s.get(Meeting, meeting_id))
    with db.session() as s:
        for table in (Draft, Paragraph, Comment, IndividualReview):
            assert s.scalar(select(func.count()).select_from(table)) == 0
    result = verify(db)
    assert result.intact, result.problem
