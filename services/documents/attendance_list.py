"""Danh sách đảng viên dự hội nghị: the attendance list, one row per member of the convened body,
with a column to sign in. It says who attended, never how anyone voted (rules.md, "Secrecy")."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable
from sqlalchemy.orm import Session

from models.enums import AttendanceStatus, BodyKind
from models.meeting import Meeting
from services.common.labels import ATTENDANCE_NAMES, MEMBER_STATUS_NAMES
from services.common.numbers import thousands
from services.common.text import name_sort_key
from services.documents.blocks import (
    data_table,
    header_block,
    para,
    signature_block,
    styles,
    title_block,
)
from services.documents.kinds import DocumentKind
from services.documents.marks import PageMarks
from services.documents.meeting_info import MeetingInfo, meeting_info
from services.documents.page import Progress, build_pdf
from services.documents.signatures import signatories
from services.meeting.setup import member_detail


@dataclass(frozen=True)
class AttendanceRow:
    name: str
    detail: str
    status: str  # "Chính thức", "Dự bị"
    note: str  # absence or exclusion with its reason; empty when present or not yet recorded


@dataclass(frozen=True)
class AttendanceListData:
    meeting: MeetingInfo
    rows: tuple[AttendanceRow, ...]


def build_attendance_list_data(session: Session, meeting_id: int) -> AttendanceListData:
    """The members of the convened body, sorted the Vietnamese way, with any attendance already
    recorded as a note (a blank list to sign at the door when nothing is recorded yet)."""
    meeting = session.get_one(Meeting, meeting_id)
    rows = []
    for member in sorted((m for m in meeting.members if m.in_body),
                         key=lambda m: name_sort_key(m.full_name)):
        note = ""
        record = member.attendance
        if record is not None and record.status is not AttendanceStatus.present:
            note = ATTENDANCE_NAMES[record.status]
            if record.reason:
                note += f": {record.reason}"
        rows.append(AttendanceRow(member.full_name, member_detail(member),
                                  MEMBER_STATUS_NAMES[member.status], note))
    return AttendanceListData(meeting_info(session, meeting_id), tuple(rows))


def attendance_list_story(data: AttendanceListData) -> list[Flowable]:
    s = styles()
    body = ("ủy viên ban chấp hành" if data.meeting.body_kind is BodyKind.dang_uy
            else "đảng viên")
    rows = [[str(n), row.name, row.detail, row.status, "", row.note]
            for n, row in enumerate(data.rows, start=1)]
    table = data_table(["TT", "Họ và tên", "Chức vụ, đơn vị", "Đảng viên", "Ký tên", "Ghi chú"],
                       rows, widths=[10 * mm, 45 * mm, 45 * mm, 20 * mm, 25 * mm, 20 * mm],
                       centred=(0, 3))
    table.setStyle([("TOPPADDING", (0, 1), (-1, -1), 7), ("BOTTOMPADDING", (0, 1), (-1, -1), 7)])
    return [
        header_block(data.meeting.header, kind=None),
        *title_block("Danh sách đảng viên dự hội nghị", data.meeting.title),
        para(f"Tổng số {body} trong danh sách: {thousands(len(data.rows))} đồng chí.", s.body_left),
        table,
        signature_block(signatories(DocumentKind.attendance_list, data.meeting)),
    ]


def render_attendance_list(data: AttendanceListData, target: Path | BinaryIO,
                           progress: Progress | None = None) -> None:
    build_pdf(target, attendance_list_story(data), title="Danh sách đảng viên dự hội nghị",
              marks=PageMarks(), progress=progress)
