"""Step 3: the meeting approves its chair, its secretary and its tellers (*Ban kiểm phiếu*,
usually three official members present, one of them head) by show of hands.

Each proposal is a `RoleAssignment`; the show of hands is recorded as counts for and against, and
the proposal passes when more than half of the voters present raise their hands for it (the
arithmetic is shown, as for the ballot). A teller must be an official member marked present: a
probationary member does not vote and so cannot count votes, and an absent one cannot count at all.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.ballot_entry import EntrySheet
from models.enums import AttendanceStatus, MemberStatus, RoleKind
from models.meeting import Meeting, RoleAssignment
from models.roster import Member
from services.common.errors import Refusal
from services.common.text import name_sort_key, nfc
from services.meeting.electorate import electorate_of

USUAL_TELLERS = 3
ROLE_ORDER = (RoleKind.chair, RoleKind.secretary, RoleKind.teller)
ROLE_NAMES = {RoleKind.chair: "chủ trì", RoleKind.secretary: "thư ký",
              RoleKind.teller: "thành viên Ban kiểm phiếu"}


class ApprovalError(Refusal):
    """A proposal or a count that cannot be recorded; the message names the problem."""


@dataclass(frozen=True)
class HandsResult:
    """A show of hands: counts for and against out of the voters present."""

    votes_for: int
    votes_against: int
    present: int

    @property
    def passed(self) -> bool:
        """More than half of the voters present are for (integers, never a rounded share)."""
        return 2 * self.votes_for > self.present

    @property
    def abstained(self) -> int:
        return self.present - self.votes_for - self.votes_against

    @property
    def text(self) -> str:
        """"9/10 tán thành, 1 không tán thành: thông qua (quá bán)"."""
        verdict = "thông qua (quá bán)" if self.passed else "không thông qua (không quá bán)"
        return (f"{self.votes_for}/{self.present} tán thành, {self.votes_against} không tán "
                f"thành: {verdict}")


def voters_present(session: Session, meeting_id: int) -> int:
    """Voters present as the attendance list says (services/meeting/electorate.py)."""
    return electorate_of(session, meeting_id).present


def check_hands(votes_for: int, votes_against: int, present: int) -> HandsResult:
    """The counts of a show of hands, refused when impossible."""
    for value, label in ((votes_for, "tán thành"), (votes_against, "không tán thành")):
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ApprovalError(f"Số {label} phải là số nguyên không âm, không phải {value!r}.")
    if present <= 0:
        raise ApprovalError("Chưa có ai có quyền biểu quyết có mặt: điểm danh trước (bước 2).")
    if votes_for + votes_against > present:
        raise ApprovalError(f"Tán thành {votes_for} + không tán thành {votes_against} = "
                            f"{votes_for + votes_against}, nhiều hơn {present} người có quyền "
                            "biểu quyết có mặt.")
    return HandsResult(votes_for, votes_against, present)


def roles_of(session: Session, meeting_id: int) -> list[RoleAssignment]:
    """The proposals: chair, secretary, then the tellers (head first), each in proposal order."""
    roles = session.scalars(select(RoleAssignment).where(RoleAssignment.meeting_id == meeting_id))
    return sorted(roles, key=lambda r: (ROLE_ORDER.index(r.role), not r.is_head, r.rank, r.id))


def holder_name(role: RoleAssignment) -> str:
    return role.member.full_name if role.member is not None else role.name


def teller_problem(member: Member) -> str | None:
    """Why `member` cannot be a teller now (None: may be)."""
    if member.status is not MemberStatus.official:
        return (f"Đồng chí {member.full_name} không phải đảng viên chính thức: Ban kiểm phiếu "
                "gồm đảng viên chính thức có mặt.")
    if not member.in_body or member.attendance is None \
            or member.attendance.status is not AttendanceStatus.present:
        return (f"Đồng chí {member.full_name} chưa được điểm danh có mặt: Ban kiểm phiếu gồm "
                "đảng viên chính thức có mặt.")
    return None


@dataclass(frozen=True)
class Candidate:
    """A member who may be proposed, as the proposal list shows them."""

    member_id: int
    name: str
    position: str


def candidates(session: Session, meeting_id: int, role: RoleKind) -> list[Candidate]:
    """Who may be proposed for `role`, in name order: members of the convened body marked
    present; for a teller only those `teller_problem` accepts (a chair or a secretary may also
    be a guest, proposed by name)."""
    members = session.scalars(select(Member).where(Member.meeting_id == meeting_id,
                                                   Member.in_body.is_(True))).all()
    present = [m for m in members
               if m.attendance is not None and m.attendance.status is AttendanceStatus.present]
    if role is RoleKind.teller:
        present = [m for m in present if teller_problem(m) is None]
    present.sort(key=lambda m: name_sort_key(m.full_name))
    return [Candidate(m.id, m.full_name, m.position) for m in present]


def proposal(session: Session, meeting_id: int, role_id: int | None) -> RoleAssignment:
    """The proposal chosen in the list; refused when none is (or it is gone)."""
    role = session.get(RoleAssignment, role_id) if role_id is not None else None
    if role is None or role.meeting_id != meeting_id:
        raise ApprovalError("Chọn một dòng trong bảng trước.")
    return role


def other_roles(session: Session, meeting_id: int, role: RoleKind,
                member_id: int | None) -> list[RoleKind]:
    """The roles other than `role` the member is already proposed for, where holding both is
    worth a word (rules.md: the tellers count the ballots and sign their report, the chair and
    the secretary sign the minutes): a teller who chairs or writes, or the reverse."""
    if member_id is None:
        return []
    meeting = session.get_one(Meeting, meeting_id)
    held = {r.role for r in meeting.roles if r.member_id == member_id and r.role is not role}
    if role is not RoleKind.teller:
        held &= {RoleKind.teller}
    return [kind for kind in ROLE_ORDER if kind in held]


def propose(session: Session, meeting_id: int, role: RoleKind, *, member_id: int | None = None,
            name: str = "") -> RoleAssignment:
    """Propose a holder: a member of the roster, or (chair, secretary) a person known by name.
    A new chair or secretary replaces the one proposed before; tellers are added."""
    meeting = session.get_one(Meeting, meeting_id)
    member = session.get(Member, member_id) if member_id is not None else None
    if member_id is not None and (member is None or member.meeting_id != meeting_id):
        raise ApprovalError(f"Đảng viên #{member_id} không thuộc hội nghị này.")
    name = nfc(name.strip())
    if member is None and not name:
        raise ApprovalError(f"Chọn người được đề cử làm {ROLE_NAMES[role]}.")
    existing = [r for r in meeting.roles if r.role is role]
    if role is RoleKind.teller:
        if member is None:
            raise ApprovalError("Ban kiểm phiếu gồm đảng viên chính thức có mặt: chọn trong "
                                "danh sách đảng viên.")
        problem = teller_problem(member)
        if problem:
            raise ApprovalError(problem)
        if any(r.member_id == member.id for r in existing):
            raise ApprovalError(f"Đồng chí {member.full_name} đã được đề cử vào Ban kiểm phiếu.")
    else:
        for old in existing:
            meeting.roles.remove(old)
            session.delete(old)
    proposal = RoleAssignment(
        role=role, member=member, name=member.full_name if member else name,
        rank=max((r.rank for r in meeting.roles), default=-1) + 1,
        is_head=role is RoleKind.teller and not any(r.is_head for r in existing),
    )
    meeting.roles.append(proposal)
    session.flush()
    return proposal


def withdraw(session: Session, role: RoleAssignment) -> None:
    """Take a proposal back; a head teller's place goes to the next teller proposed. A teller
    who has already keyed ballots stays: the entry sheet must keep who keyed it."""
    keyed = session.scalar(select(EntrySheet.id).where(EntrySheet.teller_id == role.id).limit(1))
    if keyed is not None:
        raise ApprovalError(f"Đồng chí {holder_name(role)} đã nhập phiếu kiểm: không thể rút khỏi "
                            "Ban kiểm phiếu.")
    meeting = role.meeting
    meeting.roles.remove(role)
    session.delete(role)
    if role.role is RoleKind.teller and role.is_head:
        rest = [r for r in meeting.roles if r.role is RoleKind.teller]
        if rest:
            min(rest, key=lambda r: r.rank).is_head = True
    session.flush()


def make_head_teller(session: Session, role: RoleAssignment) -> None:
    if role.role is not RoleKind.teller:
        raise ApprovalError("Chỉ thành viên Ban kiểm phiếu mới làm Trưởng ban.")
    for other in role.meeting.roles:
        if other.role is RoleKind.teller:
            other.is_head = other is role
    session.flush()


def record_hands(session: Session, role: RoleAssignment, votes_for: int,
                 votes_against: int) -> HandsResult:
    """Record the show of hands on one proposal; it is approved when more than half of the
    voters present are for. A teller is checked again (attendance may have changed)."""
    if role.role is RoleKind.teller and role.member is not None:
        problem = teller_problem(role.member)
        if problem:
            raise ApprovalError(problem)
    result = check_hands(votes_for, votes_against, voters_present(session, role.meeting_id))
    role.votes_for, role.votes_against, role.approved = votes_for, votes_against, result.passed
    session.flush()
    return result


def record_hands_for_all(session: Session, meeting_id: int, votes_for: int,
                         votes_against: int) -> int:
    """One show of hands for every proposal not yet voted on (the usual "biểu quyết chung");
    returns how many were recorded."""
    pending = [r for r in roles_of(session, meeting_id) if r.votes_for is None]
    for role in pending:
        record_hands(session, role, votes_for, votes_against)
    return len(pending)


def hands_of(role: RoleAssignment, present: int) -> HandsResult | None:
    if role.votes_for is None or role.votes_against is None:
        return None
    return HandsResult(role.votes_for, role.votes_against, present)


def approval_gaps(session: Session, meeting_id: int) -> list[str]:
    """What step 3 still lacks: a holder of each role, each approved, a head teller, tellers who
    are official members present."""
    roles = roles_of(session, meeting_id)
    gaps: list[str] = []
    for kind, label in ((RoleKind.chair, "chủ trì"), (RoleKind.secretary, "thư ký")):
        held = [r for r in roles if r.role is kind]
        if not held:
            gaps.append(f"Chưa đề cử {label} hội nghị.")
        elif not held[0].approved:
            gaps.append(f"{label.capitalize()} ({holder_name(held[0])}) chưa được biểu quyết "
                        "thông qua.")
    tellers = [r for r in roles if r.role is RoleKind.teller]
    if not tellers:
        gaps.append("Chưa đề cử Ban kiểm phiếu.")
    elif len(tellers) < USUAL_TELLERS:
        gaps.append(f"Ban kiểm phiếu mới có {len(tellers)} người (thường là {USUAL_TELLERS}).")
    not_approved = [holder_name(r) for r in tellers if not r.approved]
    if not_approved:
        gaps.append("Ban kiểm phiếu chưa được biểu quyết thông qua: "
                    + ", ".join(not_approved) + ".")
    if tellers and not any(r.is_head for r in tellers):
        gaps.append("Chưa chọn Trưởng ban kiểm phiếu.")
    gaps += [problem for r in tellers if r.member is not None
             for problem in [teller_problem(r.member)] if problem]
    return gaps
