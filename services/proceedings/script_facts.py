"""The facts the chair's script speaks of, read from the meeting as it stands: each placeholder of
the templates with the words that replace it. A fact the meeting does not hold yet is left out,
and the script shows a line of dots in its place (never an invented value)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.ballot import BallotRound, RoundSubject
from models.enums import AttendanceStatus, BodyKind, DraftKind, Level, RoleKind, SubjectKind
from models.meeting import Attendance, Meeting
from models.review import CollectiveReview, Draft, IndividualReview
from models.roster import Member
from services.ballot.kept import kept
from services.ballot.stored import latest_rounds
from services.common.labels import ATTENDANCE_NAMES, LEVEL_NAMES, SUBJECT_TITLES
from services.common.numbers import document_date, thousands
from services.common.text import fold, name_sort_key
from services.meeting.approvals import hands_of, holder_name, roles_of, voters_present
from services.meeting.electorate import electorate_of
from services.meeting.setup import is_own_unit, period_words
from services.proceedings.announcement import RoundAnnouncement, announcements
from services.proceedings.opening_closing import (
    default_purpose,
    guest_line,
    guests_of,
    minutes_hands,
    stored_proceedings,
)
from services.review.reviews import collective_assessment, reviewed_members

# Every placeholder, with what it stands for (shown to the chair who rewords the script).
PLACEHOLDERS: dict[str, str] = {
    "co_quan": "cấp ủy, tổ chức đảng họp",
    "cap_tren": "cấp ủy cấp trên",
    "nam": "năm đánh giá",
    "ky": "kỳ đánh giá (“năm 2025”, “quý III năm 2025”)",
    "ngay": "ngày họp",
    "dia_diem": "nơi họp",
    "loi_chao": "lời kính thưa đại biểu và hội nghị",
    "dai_bieu": "đại biểu cấp trên dự",
    "muc_dich": "mục đích, yêu cầu",
    "gio_khai_mac": "giờ khai mạc",
    "thanh_phan": "ủy viên Ban Chấp hành / đảng viên",
    "trieu_tap": "số được triệu tập",
    "co_mat": "số có quyền biểu quyết có mặt",
    "vang": "người vắng mặt và lý do",
    "hien_dien": "câu “Hiện diện …/… đồng chí …”",
    "du_dieu_kien": "đủ hay chưa đủ điều kiện tiến hành",
    "chu_tri": "chủ trì",
    "thu_ky": "thư ký",
    "so_kiem_phieu": "số thành viên Ban kiểm phiếu",
    "ban_kiem_phieu": "các thành viên Ban kiểm phiếu",
    "truong_ban": "Trưởng ban kiểm phiếu",
    "ket_qua_thong_qua": "kết quả biểu quyết chủ trì, thư ký, Ban kiểm phiếu",
    "du_thao": "dự thảo báo cáo kiểm điểm tập thể",
    "diem_tap_the": "điểm tập thể tự chấm",
    "muc_tap_the": "mức tập thể tự nhận",
    "phut_phat_bieu": "thời gian mỗi ý kiến",
    "so_y_kien": "số ý kiến góp ý báo cáo tập thể",
    "thu_tu_kiem_diem": "thứ tự kiểm điểm cá nhân",
    "da_kiem_diem": "số đã kiểm điểm xong",
    "so_dang_vien_bo_phieu": "số đảng viên trên phiếu",
    "vong_dang_vien": "tình trạng vòng bỏ phiếu đảng viên",
    "doi_tuong_tap_the": "tập thể được biểu quyết",
    "vong_tap_the": "tình trạng vòng biểu quyết tập thể",
    "ket_qua": "kết quả các vòng đã khóa",
    "ty_le": "kiểm tra tỷ lệ và quyết định của chủ trì",
    "ket_luan": "kết luận của chủ trì",
    "cam_ket": "cam kết khắc phục",
    "bieu_quyet_bien_ban": "kết quả biểu quyết thông qua biên bản",
    "gio_be_mac": "giờ bế mạc",
}


def _clock(value: object) -> str:
    hour, minute = getattr(value, "hour", None), getattr(value, "minute", None)
    return f"{hour} giờ {minute:02d}" if hour is not None and minute is not None else ""


def _round_state(stored: BallotRound | None) -> str:
    if stored is None:
        return "Chưa mở vòng biểu quyết."
    if stored.locked:
        return f"Vòng “{stored.title}” đã kiểm phiếu xong, Ban kiểm phiếu đã ký biên bản."
    return f"Vòng “{stored.title}” đang kiểm phiếu."


def _results(items: list[RoundAnnouncement]) -> tuple[str, str]:
    """(the results of the locked rounds, their quota lines and decisions)."""
    results, quota = [], []
    for item in items:
        if not item.locked or item.reported is None:
            continue
        results.append(f"Kết quả đánh giá, xếp loại {SUBJECT_TITLES[item.kind]}:")
        for line in item.level_lines_named(lambda level: level is not Level.HTTNV):
            # Named aloud except at the level of the many ("Hoàn thành tốt nhiệm vụ").
            results.append(f"– {line.sentence}" + (f": {', '.join(line.names)};" if line.names
                                                   else ";"))
        quota += [f"– {line}" for line in item.quota_lines]
    return "\n".join(results), "\n".join(quota)


def _meeting_facts(session: Session, meeting: Meeting) -> dict[str, str]:
    committee = meeting.body_kind is BodyKind.dang_uy
    cells = [o for o in meeting.organisations if not is_own_unit(o)]
    record = stored_proceedings(session, meeting.id)
    guests = guests_of(session, meeting.id)
    hands = minutes_hands(session, record) if record is not None else None
    return {
        "co_quan": meeting.body or meeting.party_unit.name,
        "cap_tren": meeting.party_unit.superior,
        "nam": str(meeting.review_year),
        "ky": period_words(meeting.review_year, meeting.period),
        "ngay": document_date(meeting.date) if meeting.date else "",
        "dia_diem": meeting.venue,
        "loi_chao": "".join(f"Kính thưa đồng chí {g.name}"
                            + (f", {g.position}" if g.position else "") + "!\n"
                            for g in guests) + "Thưa toàn thể các đồng chí!",
        "dai_bieu": ("Đến dự hội nghị có: " + "; ".join(guest_line(g) for g in guests) + "."
                     if guests else "Hội nghị không có đại biểu cấp trên dự."),
        "muc_dich": (record.purpose if record and record.purpose else default_purpose(meeting)),
        "gio_khai_mac": _clock(record.opened_at) if record else "",
        "gio_be_mac": _clock(record.closed_at) if record else "",
        "ket_luan": record.conclusions if record else "",
        "cam_ket": record.commitments if record else "",
        "bieu_quyet_bien_ban": hands.text if hands else "",
        "doi_tuong_tap_the": (f"của {len(cells)} chi bộ trực thuộc"
                              if committee and cells else "của chi bộ"),
    }


def _body_word(meeting: Meeting) -> str:
    return "ủy viên Ban Chấp hành" if meeting.body_kind is BodyKind.dang_uy \
        else "đảng viên chính thức"


def _attendance_facts(session: Session, meeting: Meeting) -> dict[str, str]:
    """The roll call as the attendance list gives it (services/meeting/electorate.py). While members
    are still to be called the script says how many, and states no quorum."""
    figures = electorate_of(session, meeting.id)
    convened, present, waiting = figures.electorate, figures.present, figures.unrecorded
    absent = sorted(session.execute(
        select(Member.full_name, Attendance.status, Attendance.reason).join(Member.attendance)
        .where(Member.meeting_id == meeting.id, Member.in_body.is_(True),
               Attendance.status != AttendanceStatus.present)).all(),
        key=lambda row: name_sort_key(row[0]))
    absences = [f"còn {waiting} đồng chí chưa điểm danh"] if waiting else []
    if absent:
        absences.append(f"vắng mặt {len(absent)} đồng chí: " + "; ".join(
            f"đồng chí {name} ({ATTENDANCE_NAMES[status].lower()}"
            + (f": {reason}" if reason else "") + ")" for name, status, reason in absent))
    if not convened:
        quorum = ""
    elif waiting:
        quorum = (f"điểm danh chưa xong (còn {waiting} đồng chí chưa điểm danh), chưa xác định "
                  "được hội nghị đủ điều kiện tiến hành hay chưa")
    elif figures.enough_present:
        quorum = "đủ điều kiện tiến hành hội nghị"
    else:
        quorum = ("chưa đủ hai phần ba số được triệu tập, chưa đủ điều kiện tiến hành "
                  "hội nghị")
    return {
        "thanh_phan": _body_word(meeting),
        "trieu_tap": str(convened) if convened else "",
        "co_mat": str(present) if convened else "",
        "vang": "; ".join(absences) or "không có đồng chí nào vắng mặt",
        "hien_dien": (f"Hiện diện {present}/{convened} đồng chí {_body_word(meeting)}"
                      if convened else ""),
        "du_dieu_kien": quorum,
    }


def _round_state_facts(session: Session, meeting: Meeting) -> dict[str, str]:
    """Which rounds are open or locked and how many names the members' ballot carries: from
    the stored rounds alone, without computing any result (cheap while the tellers key)."""
    latest: dict[SubjectKind, BallotRound] = {}
    for stored in latest_rounds(meeting):
        latest.setdefault(stored.subject_kind, stored)
    members_round = latest.get(SubjectKind.member)
    subjects = session.scalar(select(func.count(RoundSubject.id)).where(
        RoundSubject.round_id == members_round.id)) if members_round else 0
    return {
        "so_dang_vien_bo_phieu": thousands(subjects) if subjects else "",
        "vong_dang_vien": _round_state(members_round),
        "vong_tap_the": _round_state(latest.get(SubjectKind.organisation)),
    }


def _result_facts(session: Session, meeting: Meeting) -> dict[str, str]:
    """Kept between changes to what they are read from (services/ballot/kept.py): the script
    refreshes after every change."""
    def compute() -> dict[str, str]:
        results, quota = _results(announcements(session, meeting.id))
        return {"ket_qua": results, "ty_le": quota}

    return dict(kept(session, ("script results", meeting.id), compute))


def _role_facts(session: Session, meeting: Meeting) -> dict[str, str]:
    roles = roles_of(session, meeting.id)
    present = voters_present(session, meeting.id)
    chair = next((r for r in roles if r.role is RoleKind.chair), None)
    secretary = next((r for r in roles if r.role is RoleKind.secretary), None)
    tellers = [r for r in roles if r.role is RoleKind.teller]
    head = next((r for r in tellers if r.is_head), None)
    votes = []
    for role, label in [(chair, "chủ trì"), (secretary, "thư ký")] + [
            (t, "Ban kiểm phiếu") for t in tellers[:1]]:
        hands = hands_of(role, present) if role is not None else None
        if hands is not None:
            votes.append(f"{label} {hands.text}")
    return {
        "chu_tri": holder_name(chair) if chair else "",
        "thu_ky": holder_name(secretary) if secretary else "",
        "so_kiem_phieu": str(len(tellers)) if tellers else "",
        "ban_kiem_phieu": ", ".join(
            f"đồng chí {holder_name(t)}" + (" (Trưởng ban)" if t.is_head else "")
            for t in tellers),
        "truong_ban": holder_name(head) if head else "",
        "ket_qua_thong_qua": "; ".join(votes),
    }


def draft_words(title: str) -> str:
    """"dự thảo báo cáo kiểm điểm tập thể", or the title quoted when it says something else."""
    title = title or "Dự thảo báo cáo kiểm điểm tập thể"
    if fold(title).startswith("du thao"):
        return title[:1].lower() + title[1:]
    return f"dự thảo “{title}”"


def _review_facts(session: Session, meeting: Meeting) -> dict[str, str]:
    draft = session.scalars(select(Draft).where(
        Draft.meeting_id == meeting.id, Draft.kind == DraftKind.collective)
        .order_by(Draft.id)).first()
    review = session.scalars(select(CollectiveReview).where(
        CollectiveReview.meeting_id == meeting.id)).first()
    assessment = collective_assessment(session, meeting.id)
    order = {r.member_id: r for r in session.scalars(
        select(IndividualReview).where(IndividualReview.meeting_id == meeting.id))}
    members = reviewed_members(session, meeting.id)
    members.sort(key=lambda m: order[m.id].sort_order if m.id in order else len(order) + 1)
    done = sum(1 for m in members if m.id in order and order[m.id].done)
    return {
        "du_thao": draft_words(draft.title) if draft and draft.versions else "",
        "diem_tap_the": (f"{assessment.self_score.text} điểm" if assessment.self_score
                         else ""),
        "muc_tap_the": LEVEL_NAMES[assessment.self_level] if assessment.self_level else "",
        "phut_phat_bieu": str(review.speaking_limit_seconds // 60) if review else "5",
        "so_y_kien": str(len(draft.comments)) if draft else "0",  # type: ignore[attr-defined]
        "thu_tu_kiem_diem": "; ".join(f"{n}. đồng chí {m.full_name}"
                                      + (f", {m.position}" if m.position else "")
                                      for n, m in enumerate(members, 1)),
        "da_kiem_diem": f"{done}/{len(members)}" if members else "",
    }


FactGroup = Callable[[Session, Meeting], dict[str, str]]
# Which placeholders each group of facts gives, so that a step computes only what it says (the
# results of the rounds are costly on a large committee; the attendance is not).
GROUPS: tuple[tuple[frozenset[str], FactGroup], ...] = (
    (frozenset({"co_quan", "cap_tren", "nam", "ky", "ngay", "dia_diem", "loi_chao", "dai_bieu",
                "muc_dich", "gio_khai_mac", "gio_be_mac", "ket_luan", "cam_ket",
                "bieu_quyet_bien_ban", "doi_tuong_tap_the"}), _meeting_facts),
    (frozenset({"thanh_phan", "trieu_tap", "co_mat", "vang", "hien_dien", "du_dieu_kien"}),
     _attendance_facts),
    (frozenset({"chu_tri", "thu_ky", "so_kiem_phieu", "ban_kiem_phieu", "truong_ban",
                "ket_qua_thong_qua"}), _role_facts),
    (frozenset({"du_thao", "diem_tap_the", "muc_tap_the", "phut_phat_bieu", "so_y_kien",
                "thu_tu_kiem_diem", "da_kiem_diem"}), _review_facts),
    (frozenset({"so_dang_vien_bo_phieu", "vong_dang_vien", "vong_tap_the"}),
     _round_state_facts),
    (frozenset({"ket_qua", "ty_le"}), _result_facts),
)


def script_facts(session: Session, meeting_id: int,
                 wanted: Iterable[str] | None = None) -> dict[str, str]:
    """The words of the placeholders in `wanted` (every one by default) for this meeting now;
    a fact the meeting does not hold yet is an empty string."""
    meeting = session.get_one(Meeting, meeting_id)
    names = set(PLACEHOLDERS if wanted is None else wanted)
    facts: dict[str, str] = {}
    for group, compute in GROUPS:
        if group & names:
            facts.update(compute(session, meeting))
    return facts
