"""Nhật ký nhập phiếu: each teller's entry log of one round, to file with the tellers' report.

Per sheet (one teller's entry, each revision of the round): how it was keyed, when and at
which station, the runs of ballots saved, the corrections, the ballots voided and put back, and
how many ballots count; the teller signs it. Nothing in it ties a ballot to a voter: no marks,
no time per ballot (services/ballot/entry_log.py).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable
from sqlalchemy.orm import Session

from models.ballot_entry import EntryLog, EntryLogAction, EntryMode, EntrySheet
from models.meeting import Meeting
from services.ballot.entry_log import TOTALS
from services.ballot.reported import round_label
from services.ballot.sheets import pile_done
from services.ballot.stored import latest_round
from services.common.errors import Refusal
from services.common.numbers import thousands
from services.documents.blocks import (
    data_table,
    esc,
    header_block,
    lead_in,
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
from services.stations.names import station_label, station_of

TITLE = "Nhật ký nhập phiếu"
MODE_WORDS = {EntryMode.per_ballot: "nhập từng phiếu", EntryMode.totals: "nhập tổng số"}


@dataclass(frozen=True)
class LogLine:
    time: str  # "16:02" or "16:02–16:09"
    station: str
    what: str


@dataclass(frozen=True)
class SheetLog:
    heading: str  # the teller, the revision, the way of keying
    teller: str
    lines: tuple[LogLine, ...]
    summary: str


@dataclass(frozen=True)
class EntryLogData:
    meeting: MeetingInfo
    round_title: str
    sheets: tuple[SheetLog, ...]
    draft: bool  # the round is not locked yet: the log may still grow


def _clock(at: str) -> str:
    return dt.datetime.fromisoformat(at).astimezone().strftime("%H:%M")


def _numbers(first: int | None, last: int | None) -> str:
    return f"{first}" if first == last else f"{first}–{last}"


def _what(row: EntryLog) -> str:
    totals = row.detail == TOTALS
    numbers = _numbers(row.first, row.last)
    match row.action:
        case EntryLogAction.began:
            return "Bắt đầu " + MODE_WORDS[EntryMode.totals if totals else EntryMode.per_ballot]
        case EntryLogAction.took_over:
            return f"Nhận tiếp bản nhập từ {row.detail}"
        case EntryLogAction.saved if totals:
            return f"Nhập {thousands(row.count)} ô số phiếu (TT {numbers})"
        case EntryLogAction.saved:
            return f"Lưu {thousands(row.count)} phiếu, số {numbers}"
        case EntryLogAction.corrected if totals:
            return f"Sửa số phiếu của TT {numbers}"
        case EntryLogAction.corrected:
            return f"Sửa phiếu số {numbers} (đã lưu)"
        case EntryLogAction.voided:
            return f"Hủy phiếu số {numbers} (nhập trùng, không tính)"
        case EntryLogAction.restored:
            return f"Tính lại phiếu số {numbers}"
    raise AssertionError(row.action)


def _line(row: EntryLog) -> LogLine:
    start, end = _clock(row.at), _clock(row.until)
    return LogLine(start if start == end else f"{start}–{end}",
                   station_label(station_of(row.actor)), _what(row))


def _sheet_log(sheet: EntrySheet, revisions: bool) -> SheetLog:
    round_ = sheet.round
    revision = f", phiên bản {round_.revision}" if revisions else ""
    done = pile_done(sheet)
    if sheet.mode is EntryMode.per_ballot:
        voided = sum(1 for b in sheet.ballots if b.voided)
        summary = (f"Số phiếu đã lưu và được tính: {thousands(done)}; số phiếu hủy (nhập "
                   f"trùng): {thousands(voided)}.")
    else:
        summary = (f"Số đối tượng có số phiếu khớp với số phiếu hợp lệ: {thousands(done)}/"
                   f"{thousands(len(round_.subjects))}.")
    corrections = sum(1 for row in sheet.log if row.action is EntryLogAction.corrected)
    summary += f" Số lần sửa: {thousands(corrections)}."
    return SheetLog(f"Người nhập: {sheet.teller_name}{revision} ({MODE_WORDS[sheet.mode]})",
                    sheet.teller_name, tuple(_line(row) for row in sheet.log), summary)


def build_entry_log_data(session: Session, meeting_id: int, round_code: str) -> EntryLogData:
    """Every sheet of every revision of round `round_code`, in the order they were begun."""
    meeting = session.get_one(Meeting, meeting_id)
    latest = latest_round(meeting, round_code)
    if latest is None:
        raise Refusal(f"Vòng biểu quyết {round_code} không còn trong hội nghị.", round_code)
    rounds = [r for r in meeting.rounds if r.code == round_code]
    sheets = tuple(_sheet_log(sheet, len(rounds) > 1)
                   for r in rounds for sheet in sorted(r.entry_sheets, key=lambda s: s.id))
    return EntryLogData(meeting_info(session, meeting_id),
                        round_label(latest.subject_kind, round_code), sheets, not latest.locked)


def entry_log_story(data: EntryLogData) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [header_block(data.meeting.header, kind=None),
                             *title_block(TITLE, data.round_title)]
    if not data.sheets:
        story.append(para("Chưa có ai nhập phiếu của vòng này.", s.body))
    for sheet in data.sheets:
        story += lead_in(f"<b>{esc(sheet.heading)}</b>")
        if sheet.lines:
            story.append(data_table(
                ["TT", "Thời gian", "Máy", "Việc đã làm"],
                [[str(n), line.time, line.station, line.what]
                 for n, line in enumerate(sheet.lines, start=1)],
                widths=[10 * mm, 28 * mm, 40 * mm, 92 * mm], centred=(0, 1), size=10))
        else:  # a reopened round's copy of the sheet, or one keyed before the log existed
            story.append(para("Nhật ký không ghi việc nhập nào cho bản nhập này (chép từ "
                              "phiên bản trước khi mở lại vòng, hoặc nhập trước khi có nhật "
                              "ký).", s.body))
        keyer = signatories(DocumentKind.entry_log, data.meeting, sheet.teller)
        story.append(signature_block(keyer, lead=[para(sheet.summary, s.body)]))
    return story


def render_entry_log(data: EntryLogData, target: Path | BinaryIO,
                     progress: Progress | None = None) -> None:
    build_pdf(target, entry_log_story(data), title=TITLE, marks=PageMarks(draft=data.draft),
              progress=progress)
