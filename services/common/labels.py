"""Vietnamese names of the domain's codes, as printed on documents (and usable by the UI).

Kept out of models/enums.py so that the enums stay free of presentation, and Qt-free so that the
documents and exports can use them headless.
"""

from __future__ import annotations

from models.enums import AttendanceStatus, Level, MemberStatus, SubjectKind

LEVEL_NAMES: dict[Level, str] = {
    Level.HTXSNV: "Hoàn thành xuất sắc nhiệm vụ",
    Level.HTTNV: "Hoàn thành tốt nhiệm vụ",
    Level.HTNV: "Hoàn thành nhiệm vụ",
    Level.KHTNV: "Không hoàn thành nhiệm vụ",
}
UNDECIDED = "Chưa đủ quá bán"

MEMBER_STATUS_NAMES: dict[MemberStatus, str] = {
    MemberStatus.official: "Chính thức",
    MemberStatus.probationary: "Dự bị",
    MemberStatus.exempt: "Miễn công tác và sinh hoạt đảng",
    MemberStatus.suspended: "Đình chỉ sinh hoạt",
}

ATTENDANCE_NAMES: dict[AttendanceStatus, str] = {
    AttendanceStatus.present: "Có mặt",
    AttendanceStatus.absent_excused: "Vắng có lý do",
    AttendanceStatus.absent: "Vắng không lý do",
    AttendanceStatus.excluded: "Không tính vào số triệu tập",
}

# What one subject of a round is called in a sentence: "13 đảng viên", "1 chi bộ".
SUBJECT_NOUNS: dict[SubjectKind, str] = {
    SubjectKind.member: "đảng viên",
    SubjectKind.organisation: "chi bộ",
}
# ... and in a title: "KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN".
SUBJECT_TITLES: dict[SubjectKind, str] = {
    SubjectKind.member: "đảng viên",
    SubjectKind.organisation: "tổ chức đảng",
}
