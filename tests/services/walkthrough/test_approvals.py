"""Step 3: proposals, show of hands, head teller; tellers are official members present."""

from __future__ import annotations

import pytest

from models.database import Database
from models.enums import RoleKind
from services.meeting.approvals import (
    ApprovalError,
    approval_gaps,
    make_head_teller,
    propose,
    record_hands,
    record_hands_for_all,
    roles_of,
    withdraw,
)
from tests.helpers.builders import member_id


def test_a_teller_must_be_an_official_member_present(db: Database, meeting_id: int) -> None:
    with db.session("test") as s, s.begin():
        with pytest.raises(ApprovalError, match="không phải đảng viên chính thức"):
            propose(s, meeting_id, RoleKind.teller, member_id=member_id(db, "Hoàng Văn Đức"))
        with pytest.raises(ApprovalError, match="chưa được điểm danh có mặt"):
            propose(s, meeting_id, RoleKind.teller, member_id=member_id(db, "Võ Thị Hà"))
        with pytest.raises(ApprovalError, match="chọn trong danh sách"):
            propose(s, meeting_id, RoleKind.teller, name="Khách")
        propose(s, meeting_id, RoleKind.teller, member_id=member_id(db, "Lê Văn Cường"))
        with pytest.raises(ApprovalError, match="đã được đề cử"):
            propose(s, meeting_id, RoleKind.teller, member_id=member_id(db, "Lê Văn Cường"))
    with db.session() as s:
        assert [(r.name, r.is_head) for r in roles_of(s, meeting_id)] == [("Lê Văn Cường", True)]


def test_hands_decide_approval_by_more_than_half_of_voters_present(
        db: Database, meeting_id: int) -> None:
    with db.session("test") as s, s.begin():
        chair = propose(s, meeting_id, RoleKind.chair, member_id=member_id(db, "Nguyễn Văn An"))
        # four official members present vote; 2 of 4 is not more than half
        result = record_hands(s, chair, 2, 2)
        assert not result.passed and not chair.approved
        assert result.text == "2/4 tán thành, 2 không tán thành: không thông qua (không quá bán)"
        assert record_hands(s, chair, 3, 1).passed and chair.approved
        with pytest.raises(ApprovalError, match="nhiều hơn 4 người"):
            record_hands(s, chair, 4, 1)
        with pytest.raises(ApprovalError, match="số nguyên không âm"):
            record_hands(s, chair, -1, 0)
        assert (chair.votes_for, chair.votes_against) == (3, 1)  # a refused count changes nothing


def test_a_new_chair_replaces_the_one_proposed_and_the_head_teller_moves(
        db: Database, meeting_id: int) -> None:
    with db.session("test") as s, s.begin():
        propose(s, meeting_id, RoleKind.chair, member_id=member_id(db, "Nguyễn Văn An"))
        propose(s, meeting_id, RoleKind.chair, name="Đại biểu cấp trên")
        tellers = [propose(s, meeting_id, RoleKind.teller, member_id=member_id(db, name))
                   for name in ("Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung")]
        make_head_teller(s, tellers[2])
        withdraw(s, tellers[2])
    with db.session() as s:
        roles = roles_of(s, meeting_id)
        assert [(r.role, r.name, r.is_head) for r in roles] == [
            (RoleKind.chair, "Đại biểu cấp trên", False),
            (RoleKind.teller, "Trần Thị Bình", True), (RoleKind.teller, "Lê Văn Cường", False)]


def test_gaps_name_what_step_3_still_lacks(db: Database, meeting_id: int) -> None:
    with db.session("test") as s, s.begin():
        assert approval_gaps(s, meeting_id) == [
            "Chưa đề cử chủ trì hội nghị.", "Chưa đề cử thư ký hội nghị.",
            "Chưa đề cử Ban kiểm phiếu."]
        propose(s, meeting_id, RoleKind.chair, member_id=member_id(db, "Nguyễn Văn An"))
        propose(s, meeting_id, RoleKind.secretary, member_id=member_id(db, "Trần Thị Bình"))
        for name in ("Lê Văn Cường", "Phạm Thị Dung"):
            propose(s, meeting_id, RoleKind.teller, member_id=member_id(db, name))
        assert approval_gaps(s, meeting_id) == [
            "Chủ trì (Nguyễn Văn An) chưa được biểu quyết thông qua.",
            "Thư ký (Trần Thị Bình) chưa được biểu quyết thông qua.",
            "Ban kiểm phiếu mới có 2 người (thường là 3).",
            "Ban kiểm phiếu chưa được biểu quyết thông qua: Lê Văn Cường, Phạm Thị Dung."]
        assert record_hands_for_all(s, meeting_id, 4, 0) == 4
        assert approval_gaps(s, meeting_id) == ["Ban kiểm phiếu mới có 2 người (thường là 3)."]


def test_a_teller_who_keyed_ballots_cannot_be_withdrawn(db: Database, meeting_id: int) -> None:
    from models.ballot_entry import EntryMode
    from models.enums import SubjectKind
    from services.ballot.rounds import open_round
    from services.ballot.sheets import start_sheet
    from services.integrity.audit import verify

    with db.session("test") as s, s.begin():
        teller = propose(s, meeting_id, RoleKind.teller, member_id=member_id(db, "Lê Văn Cường"))
        record_hands(s, teller, 4, 0)
        round_id = open_round(s, meeting_id, SubjectKind.member)
        teller_id = teller.id
    start_sheet(db, round_id, teller_id, EntryMode.per_ballot)
    with db.session("test") as s, s.begin():
        role = next(r for r in roles_of(s, meeting_id) if r.id == teller_id)
        with pytest.raises(ApprovalError, match="Lê Văn Cường đã nhập phiếu kiểm"):
            withdraw(s, role)
    with db.session() as s:
        assert [r.id for r in roles_of(s, meeting_id)] == [teller_id]
    assert verify(db).intact
