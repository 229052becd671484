"""The room screen: a second window for the projector or a second monitor, full-screen in large
type, showing the current step, the speaker with the speaking time, the draft paragraph under
discussion and the results of locked rounds only (services/proceedings/room.py decides what may be
shown).

The chair's pages say what is current through `MeetingEvents` (`speaker_changed`,
`paragraph_focused`); any data change reloads the step and the results.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from services.meeting.agenda import LAST_STEP
from services.proceedings.room import RoomFocus, RoomState, current_step, room_state
from services.review.speaking import SpeakingClock, mm_ss
from ui.agenda import entry
from ui.context import MeetingContext

ROOM_KEYS = (QKeySequence("F5"),)
TIME_COLOURS = {"idle": "#cfd8e3", "ok": "#a5d6a7", "warn": "#ffb74d", "over": "#ff8a80"}
BACKGROUND = "#0f2240"
FIT_STEPS = (1.0, 0.9, 0.8, 0.7, 0.6, 0.5)
RELOAD_DELAY_MS = 150


def big_label(parent: QWidget, name: str, wrap: bool = True) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label


class RoomFeed(QObject):
    """What the pages say is current (speaker, paragraph), remembered with the meeting's step
    at that moment, so that a room screen opened later starts there.

    Signals:
        updated(): the speaker or the paragraph changed.
    """

    updated = Signal()

    def __init__(self, context: MeetingContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.focus = RoomFocus()
        self.clock: SpeakingClock | None = None
        context.events.speaker_changed.connect(self._speaker)
        context.events.paragraph_focused.connect(self._paragraph)

    def detach(self) -> None:
        self.context.events.speaker_changed.disconnect(self._speaker)
        self.context.events.paragraph_focused.disconnect(self._paragraph)

    def _step(self) -> int:
        with self.context.db.session() as s:
            return current_step(s, self.context.meeting_id)

    def _speaker(self, clock: SpeakingClock | None) -> None:
        self.clock = clock
        self.focus.speaker = clock.speaker if clock is not None else ""
        self.focus.step = self._step()
        self.updated.emit()

    def _paragraph(self, number: int, text: str) -> None:
        self.focus.paragraph_number, self.focus.paragraph_text = number, text
        self.focus.step = self._step()
        self.updated.emit()


class RoomScreen(QWidget):
    """`feed`: what the pages said is current; a new one (nothing current yet) by default."""

    def __init__(self, context: MeetingContext, feed: RoomFeed | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.context = context
        self.feed = feed or RoomFeed(context, self)
        self.state: RoomState | None = None
        self.base = 28  # body text in pixels, from the window's height
        self.setWindowTitle(self.tr("Hội nghị — màn hình phòng họp"))
        self.setObjectName("room")
        self._build()
        self.ticker = QTimer(self)
        self.ticker.setInterval(500)
        self.ticker.timeout.connect(self.show_time)
        # Data changes come in bursts (a teller keys a ballot per keystroke): reload once after.
        self.pending = QTimer(self)
        self.pending.setSingleShot(True)
        self.pending.setInterval(RELOAD_DELAY_MS)
        self.pending.timeout.connect(self.reload)
        context.events.changed.connect(self.pending.start)
        self.feed.updated.connect(self.show_focus)
        self.reload()

    # --- layout -----------------------------------------------------------------------------

    def _build(self) -> None:
        self.meeting = big_label(self, "meeting")
        self.step = big_label(self, "step")
        self.speaker_box = QFrame(self)
        speaker_row = QHBoxLayout(self.speaker_box)
        speaker_row.setContentsMargins(0, 0, 0, 0)
        self.speaker = big_label(self.speaker_box, "speaker")
        self.time = big_label(self.speaker_box, "time", wrap=False)
        self.time.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        speaker_row.addWidget(self.speaker, 1)
        speaker_row.addWidget(self.time)
        self.paragraph_title = big_label(self, "paragraphTitle")
        self.paragraph = big_label(self, "paragraph")
        self.results = QWidget()
        self.results.setObjectName("results")
        self.results_layout = QVBoxLayout(self.results)
        self.results_layout.setContentsMargins(0, 0, 0, 0)
        self.results_area = QScrollArea(self)
        self.results_area.setWidgetResizable(True)
        self.results_area.setFrameShape(QFrame.Shape.NoFrame)
        self.results_area.setWidget(self.results)
        self.results_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        line = QFrame(self)
        line.setObjectName("rule")
        line.setFixedHeight(3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.setSpacing(16)
        layout.addWidget(self.meeting)
        layout.addWidget(self.step)
        layout.addWidget(line)
        layout.addWidget(self.speaker_box)
        layout.addWidget(self.paragraph_title)
        layout.addWidget(self.paragraph)
        layout.addWidget(self.results_area, 1)
        self._style(self.base)

    def _style(self, base: int, results: float = 1.0) -> None:
        """Type in proportion to the screen: `base` pixels for the body text, the results'
        text `results` times that (smaller when they would not fit otherwise)."""
        small = base * results
        self.setStyleSheet(
            f"QWidget#room, QWidget#results, QScrollArea, QScrollArea > QWidget > QWidget"
            f" {{ background: {BACKGROUND}; }}"
            f" QLabel {{ color: #ffffff; font-size: {base}px; }}"
            f" QLabel#meeting {{ color: #cfd8e3; font-size: {int(base * 0.8)}px; }}"
            f" QLabel#step {{ font-size: {int(base * 1.6)}px; font-weight: bold; }}"
            f" QLabel#speaker {{ font-size: {int(base * 1.3)}px; }}"
            f" QLabel#time {{ font-size: {int(base * 1.6)}px; font-weight: bold; }}"
            f" QLabel#paragraphTitle, QLabel#roundTitle {{ color: #ffe082; font-weight: bold; }}"
            f" QLabel#roundTitle {{ font-size: {int(small * 1.2)}px; }}"
            f" QLabel#level {{ font-size: {int(small)}px; font-weight: bold; }}"
            f" QLabel#names {{ color: #e3eaf3; font-size: {int(small * 0.85)}px; }}"
            " QFrame#rule { background: #ffe082; }"
            " QScrollBar:vertical { background: #1c3358; width: 10px; }"
            " QScrollBar::handle:vertical { background: #5c7aa6; min-height: 30px; }"
            " QScrollBar::add-line, QScrollBar::sub-line { height: 0; }")

    def fit(self) -> None:
        """Shrink the results' text (down to half) until they fit without scrolling."""
        for results in FIT_STEPS:
            self._style(self.base, results)
            self.results_layout.invalidate()
            viewport = self.results_area.viewport()
            if self.results.heightForWidth(viewport.width()) <= viewport.height():
                return

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.base = max(16, event.size().height() // 30)
        self._style(self.base)
        if self.state is not None and self.state.results:
            QTimer.singleShot(0, self.fit)  # once the scroll area has its new size

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    # --- what is current --------------------------------------------------------------------

    def reload(self) -> None:
        """The data changed: the step and the locked results again, then what is current."""
        with self.context.db.session() as s:
            self.state = room_state(s, self.context.meeting_id, self.feed.focus)
        self.meeting.setText(self.state.meeting)
        self.step.setText(self.tr("Bước {n}/{total}. {title}").format(
            n=self.state.step, total=LAST_STEP, title=entry(self.state.step).tr_title()))
        self._show_results()
        self.show_focus()

    def show_focus(self) -> None:
        assert self.state is not None
        with self.context.db.session() as s:
            self.state = room_state(s, self.context.meeting_id, self.feed.focus,
                                    self.state.results)
        state = self.state
        self.speaker_box.setVisible(bool(state.speaker))
        self.speaker.setText(self.tr("Phát biểu: {name}").format(name=state.speaker))
        self.show_time()
        clock = self.feed.clock
        running = bool(state.speaker) and clock is not None and clock.running
        if running and not self.ticker.isActive():
            self.ticker.start()
        elif not running:
            self.ticker.stop()
        shown = bool(state.paragraph_number)
        self.paragraph_title.setVisible(shown)
        self.paragraph.setVisible(shown)
        self.paragraph_title.setText(self.tr("Đoạn {n} của dự thảo").format(
            n=state.paragraph_number))
        self.paragraph.setText(state.paragraph_text)
        if state.results:
            QTimer.singleShot(0, self.fit)

    def show_time(self) -> None:
        clock = self.feed.clock
        if clock is None or self.state is None or not self.state.speaker:
            self.time.clear()
            return
        self.time.setText(f"{mm_ss(clock.elapsed())} / {mm_ss(clock.limit_seconds)}")
        self.time.setStyleSheet(f"color: {TIME_COLOURS[clock.state()]};")

    def _show_results(self) -> None:
        while self.results_layout.count():
            item = self.results_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:  # out of the tree at once, not only when Qt gets to it
                widget.setParent(None)
                widget.deleteLater()
        assert self.state is not None
        for result in self.state.results:
            title = big_label(self.results, "roundTitle")
            title.setText(result.title)
            self.results_layout.addWidget(title)
            for line in result.lines:
                level = big_label(self.results, "level")
                level.setText(line.sentence)
                self.results_layout.addWidget(level)
                if line.names:
                    names = big_label(self.results, "names")
                    names.setText(", ".join(line.names))
                    self.results_layout.addWidget(names)
        self.results_layout.addStretch(1)
        self.results_area.setVisible(bool(self.state.results))


class RoomScreenControl(QObject):
    """Opens and closes the room screen on the chosen screen, and offers the menu for it."""

    def __init__(self, owner: QWidget) -> None:
        super().__init__(owner)
        self.owner = owner
        self.room: RoomScreen | None = None
        self.feed: RoomFeed | None = None
        self.screen_name = ""  # the chosen screen's name; "" for the default

    def attach(self, context: MeetingContext | None) -> None:
        """Another meeting is open: the room screen follows it."""
        if self.feed is not None:
            self.feed.detach()
        self.feed = RoomFeed(context, self) if context is not None else None
        if self.room is not None:
            self.close()
            self.open()

    def target_screen(self):  # type: ignore[no-untyped-def]
        """The chosen screen, else the first one the chair's window is not on, else its own."""
        screens = QGuiApplication.screens()
        own = self.owner.screen()
        for candidate in screens:
            if candidate.name() == self.screen_name:
                return candidate
        others = [s for s in screens if s is not own]
        return others[0] if others else own

    def open(self) -> RoomScreen | None:
        if self.feed is None:
            return None
        if self.room is None:
            self.room = RoomScreen(self.feed.context, self.feed)
            self.room.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.room.destroyed.connect(self._closed)
        target = self.target_screen()
        self.room.setScreen(target)
        self.room.setGeometry(target.geometry())
        if target is self.owner.screen():  # one screen only: a window beside the chair's
            self.room.resize(target.availableGeometry().size() * 0.6)
            self.room.showNormal()
        else:
            self.room.showFullScreen()
        return self.room

    def close(self) -> None:
        if self.room is not None:
            self.room.close()
            self.room = None

    def toggle(self) -> None:
        if self.room is not None:
            self.close()
        else:
            self.open()

    def _closed(self) -> None:
        self.room = None

    def menu(self, parent: QWidget) -> QMenu:
        menu = QMenu(self.tr("&Phòng họp"), parent)
        show = QAction(self.tr("&Màn hình phòng họp"), parent)
        show.setShortcuts(list(ROOM_KEYS))
        show.triggered.connect(self.toggle)
        menu.addAction(show)
        parent.addAction(show)
        choose = menu.addMenu(self.tr("&Chiếu lên màn hình"))
        choose.aboutToShow.connect(lambda: self._list_screens(choose))
        return menu

    def _list_screens(self, menu: QMenu) -> None:
        """The screens connected now (a projector may be plugged in during the meeting)."""
        menu.clear()
        group = QActionGroup(menu)
        target = self.target_screen()
        for screen in QGuiApplication.screens():
            size = screen.geometry().size()
            action = menu.addAction(f"{screen.name()} ({size.width()}×{size.height()})")
            action.setCheckable(True)
            action.setChecked(screen is target)
            action.setData(screen.name())
            action.triggered.connect(lambda _c=False, a=action: self.choose(str(a.data())))
            group.addAction(action)

    def choose(self, name: str) -> None:
        self.screen_name = name
        if self.room is not None:
            self.close()
            self.open()
