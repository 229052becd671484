"""What the main window does, apart from how it looks: which meeting is open, which page is shown,
moving along the agenda, the demo meeting on first start, the language.

The open meeting and the page shown are kept in the database (`AppSetting`, `Meeting.current_step`)
so that closing and reopening the app returns to the same place.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget
from sqlalchemy.exc import SQLAlchemyError

from models.database import Database
from models.enums import StepState
from models.meeting import Meeting
from services.common.app_state import LANGUAGE, LAST_MEETING, LAST_PAGE, get_setting, set_setting
from services.common.errors import Refusal
from services.integrity.backups import step_reason, take_snapshot
from services.meeting.agenda import (
    FIRST_STEP,
    LAST_STEP,
    ensure_agenda,
    finish_meeting,
    go_to_step,
    is_finished,
    reopen_meeting,
)
from services.meeting.setup import create_meeting, list_meetings, meeting_to_open
from services.stations.names import actor_name
from ui import msgbox
from ui.agenda import SETUP
from ui.context import MeetingContext, MeetingEvents

if TYPE_CHECKING:
    from ui.live import LiveUpdates
from ui.i18n import LANGUAGES, Translations

logger = logging.getLogger(__name__)

DEMO_MEETING = Path(__file__).resolve().parents[1] / "resources" / "demo" / \
    "tien-giang-2021.meeting.json"
SETUP_PAGE, STEP_PAGE = "setup", "step"


class MainController(QObject):
    """Signals:
        meeting_opened(): another meeting is open; every page must be built anew.
        view_changed(int): the page to show: 0 the set-up page, 1–9 a step.
        language_changed(str): the window must be rebuilt in the new language.
    """

    meeting_opened = Signal()
    view_changed = Signal(int)
    language_changed = Signal(str)

    def __init__(self, db: Database, translations: Translations, actor: str = "chair",
                 station: str | None = None) -> None:
        super().__init__()
        self.db = db
        self.translations = translations
        self.station = station
        self.actor = actor_name(actor, station)
        self.events = MeetingEvents()
        self.context: MeetingContext | None = None
        self.view = FIRST_STEP
        self.meeting_step = FIRST_STEP  # the meeting's step as this window last knew it
        self.live: LiveUpdates | None = None  # on a server database (ui/live.py)
        self.parent_widget: QWidget | None = None
        self.admitted: set[int] = set()  # the meetings this teller station gave the PIN of

    # --- which meeting ------------------------------------------------------------------------

    def start(self, parent: QWidget | None) -> None:
        """Open the meeting last open; on an empty database offer the demo meeting (a teller
        station only says so: the chair's laptop opens the meeting)."""
        self.parent_widget = parent
        with self.db.session() as s:
            last = get_setting(s, LAST_MEETING)
            page = get_setting(s, LAST_PAGE, STEP_PAGE)
            last_id = int(last) if last.isdigit() else None
            chosen = meeting_to_open(s, last_id)
        if chosen is not None:
            self.open_meeting(chosen, setup=chosen == last_id and page == SETUP_PAGE)
        elif self.station is not None:
            msgbox.warn(parent, self.tr("Chưa có hội nghị nào"), self.tr(
                "Máy chủ tọa chưa mở hội nghị nào trên cơ sở dữ liệu này. Mở hội nghị ở máy "
                "chủ tọa trước, rồi mở lại máy nhập phiếu."))
        elif not (msgbox.ask(parent, self.tr("Chưa có hội nghị nào"), self.tr(
                "Cơ sở dữ liệu chưa có hội nghị nào. Mở hội nghị mẫu (Đảng ủy Cục Quản lý thị "
                "trường tỉnh Tiền Giang, năm 2021) để làm quen? Chọn “Không” để bắt đầu một hội "
                "nghị trống."), default_yes=True) and self.open_demo(parent)):
            self.new_meeting()

    def open_meeting(self, meeting_id: int, *, setup: bool = False) -> None:
        """Open a meeting; a teller station first gives its PIN (ui/stations.py), and stays
        where it was when it does not."""
        if self.station is not None and meeting_id not in self.admitted:
            from ui.stations import join_meeting

            if not join_meeting(self.parent_widget, self.db, meeting_id, self.station):
                return
            self.admitted.add(meeting_id)
        with self.db.session(self.actor) as s, s.begin():
            meeting = s.get(Meeting, meeting_id)
            if meeting is None:
                raise ValueError(f"no meeting {meeting_id}")
            ensure_agenda(s, meeting)
            set_setting(s, LAST_MEETING, str(meeting_id))
            current = meeting.current_step
        self.context = MeetingContext(self.db, meeting_id, self.events, self.actor,
                                      self.station)
        self.meeting_step = current
        self._watch_other_stations()
        self.view = SETUP if setup else current
        logger.info("Opened meeting %s at %s", meeting_id, "set-up" if setup else current)
        self.meeting_opened.emit()
        self.view_changed.emit(self.view)

    def open_demo(self, parent: QWidget | None) -> bool:
        """A new copy of the bundled demo meeting, opened; False (and why) if it was refused.
        Its ballot rounds are left out: they open after the roll call, as in any meeting."""
        # Imported here: the meeting-file reader and the rules engine are not needed to start.
        from services.meeting_file.store import import_meeting
        try:
            meeting_id = import_meeting(self.db, DEMO_MEETING, actor="system", with_rounds=False)
        except (Refusal, OSError) as exc:
            msgbox.warn(parent, self.tr("Không mở được hội nghị mẫu"), str(exc))
            return False
        self.open_meeting(meeting_id)
        return True

    def new_meeting(self) -> None:
        """An empty meeting, opened on its set-up page."""
        with self.db.session(self.actor) as s, s.begin():
            meeting = create_meeting(s, self.tr("Chi bộ mới"), _default_year())
            meeting_id = meeting.id
        self.open_meeting(meeting_id, setup=True)
        self._remember_page()

    def meetings(self) -> list[tuple[int, str]]:
        with self.db.session() as s:
            return list_meetings(s)

    def meeting_label(self) -> str:
        if self.context is None:
            return ""
        with self.db.session() as s:
            meeting = s.get(Meeting, self.context.meeting_id)
            return f"{meeting.body} · {meeting.review_year}" if meeting else ""

    # --- the agenda ---------------------------------------------------------------------------

    def _watch_other_stations(self) -> None:
        """On a server database other stations may change the meeting: keep up with them."""
        if self.live is not None:
            self.live.stop()
            self.live = None
        if self.db.file is None and self.context is not None:
            from ui.live import LiveUpdates

            self.live = LiveUpdates(self.context, self.changed_elsewhere, self)

    def changed_elsewhere(self) -> None:
        """Another station changed the meeting: follow its step if this window was on it,
        and tell the pages."""
        assert self.context is not None
        step = self.step_states()[0]
        if step != self.meeting_step:
            following = self.view == self.meeting_step
            self.meeting_step = step
            if following:
                self.view = step
                self._remember_page()
                self.view_changed.emit(step)
        self.events.changed.emit("elsewhere")

    def step_states(self) -> tuple[int, dict[int, StepState]]:
        """(the meeting's current step, each step's state as the agenda shows it: the current
        step "current" until the meeting is finished, then every step as stored)."""
        assert self.context is not None
        with self.db.session() as s:
            meeting = s.get(Meeting, self.context.meeting_id)
            assert meeting is not None
            states = {step.number: step.state for step in meeting.steps}
            if not is_finished(meeting):
                states[meeting.current_step] = StepState.current
            return meeting.current_step, states

    def finished(self) -> bool:
        assert self.context is not None
        with self.db.session() as s:
            meeting = s.get(Meeting, self.context.meeting_id)
            return meeting is not None and is_finished(meeting)

    def next_view(self) -> int | None:
        if self.view == SETUP:
            return self.step_states()[0]
        return self.view + 1 if self.view < LAST_STEP else None

    def previous_view(self) -> int | None:
        return self.view - 1 if self.view > SETUP else None

    def go_to(self, key: int, missing_of: Callable[[int], list[str]],
              parent: QWidget | None) -> bool:
        """Show page `key`. A step up to the meeting's current one is only looked at: the
        meeting stays where it is. A later step moves the meeting forward; past a step that
        still misses something (`missing_of(step)`) the chair is asked first and the answer
        recorded. Returns False when the chair stays."""
        assert self.context is not None
        if key == self.view:
            return True
        current = self.step_states()[0]
        if key != SETUP and key > current:
            missing = missing_of(current)
            if not self._accepts(missing, current, parent, self.tr("Chưa xong bước này"),
                                 self.tr("Vẫn chuyển sang bước sau?")):
                return False
            with self.db.session(self.actor) as s, s.begin():
                go_to_step(s, self.context.meeting_id, key, accepted_missing=missing)
            self._moved(key)
        self._show(key)
        return True

    def _accepts(self, missing: list[str], step: int, parent: QWidget | None, title: str,
                 question: str) -> bool:
        """Nothing `missing` at `step`, or the chair goes on anyway (then recorded with it)."""
        return not missing or msgbox.ask(parent, title, self.tr(
            "Bước {step} còn thiếu:\n\n{missing}\n\n{question} Điều còn thiếu được ghi lại "
            "cùng bước này.").format(step=step, missing="\n".join(f"• {m}" for m in missing),
                                     question=question))

    def _moved(self, key: int) -> None:
        """The meeting itself is at step `key` now: a snapshot of the file marks it."""
        self.meeting_step = key
        self._snapshot(step_reason(key))

    def _show(self, key: int) -> None:
        self.view = key
        self._remember_page()
        self.view_changed.emit(key)

    def move_back(self, key: int, parent: QWidget | None) -> bool:
        """Take the meeting itself back to the earlier step `key` (an explicit act, asked
        first: the steps after it become "not done" again only as far as they were unfinished)."""
        assert self.context is not None
        current = self.step_states()[0]
        if not FIRST_STEP <= key < current or not msgbox.ask(
                parent, self.tr("Quay lại bước trước"),
                self.tr("Đưa hội nghị từ bước {current} quay lại bước {step}? Bước {step} trở "
                        "thành bước đang làm; số liệu đã ghi vẫn giữ nguyên.").format(
                    current=current, step=key)):
            return False
        with self.db.session(self.actor) as s, s.begin():
            go_to_step(s, self.context.meeting_id, key)
        self._moved(key)
        self._show(key)
        return True

    def finish(self, missing: list[str], parent: QWidget | None) -> bool:
        """Close the meeting (step 9): asked first when something is still `missing`, which is
        then recorded with the step. True when finished."""
        assert self.context is not None
        if not self._accepts(missing, LAST_STEP, parent, self.tr("Kết thúc hội nghị"),
                             self.tr("Vẫn kết thúc hội nghị?")):
            return False
        with self.db.session(self.actor) as s, s.begin():
            finish_meeting(s, self.context.meeting_id, missing)
        self._snapshot(step_reason(LAST_STEP))
        self.events.changed.emit("agenda")
        return True

    def reopen(self, parent: QWidget | None) -> bool:
        """A finished meeting open again at its last step (asked first)."""
        assert self.context is not None
        if not msgbox.ask(parent, self.tr("Mở lại hội nghị"), self.tr(
                "Mở lại hội nghị đã kết thúc để sửa ở bước {step}? Khi xong, bấm lại “Kết thúc "
                "hội nghị”.").format(step=LAST_STEP)):
            return False
        with self.db.session(self.actor) as s, s.begin():
            reopen_meeting(s, self.context.meeting_id)
        self.events.changed.emit("agenda")
        return True

    def _snapshot(self, reason: str) -> None:
        """A backup at each step change; a failure to write it is logged, never in the way."""
        try:
            take_snapshot(self.db, reason, self.context.meeting_id if self.context else None)
        except (OSError, sqlite3.Error, SQLAlchemyError):
            logger.exception("Could not take the %s snapshot", reason)

    def _remember_page(self) -> None:
        with self.db.session() as s, s.begin():
            set_setting(s, LAST_PAGE, SETUP_PAGE if self.view == SETUP else STEP_PAGE)

    # --- language -----------------------------------------------------------------------------

    def saved_language(self) -> str | None:
        with self.db.session() as s:
            value = get_setting(s, LANGUAGE)
        return value if value in LANGUAGES else None

    def set_language(self, language: str) -> None:
        if language == self.translations.language:
            return
        self.translations.install(language)
        with self.db.session() as s, s.begin():
            set_setting(s, LANGUAGE, language)
        self.language_changed.emit(language)


def _default_year() -> int:
    """The review year of a meeting held now: last year until the autumn, then this year."""
    today = dt.date.today()
    return today.year if today.month >= 10 else today.year - 1
