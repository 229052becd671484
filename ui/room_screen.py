"""The room screen: a second window for the projector or a second monitor, full-screen in large
type, showing the current step, the speaker with the speaking time, the draft paragraph under
discussion and the results of locked rounds only (services/room.py decides what may be shown).

The chair's pages say what is current through `MeetingEvents` (`speaker_changed`,
`paragraph_focused`); any data change reloads the step and the results.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
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

from services.agenda import LAST_STEP
from services.room import RoomFocus, RoomState, room_state
from services.speaking import SpeakingClock, mm_ss
from ui.agenda import entry
from ui.context import MeetingContext

ROOM_KEYS = (QKeySequence("F5"),)
TIME_COLOURS = {"idle": "#cfd8e3", "ok": "#a5d6a7", "warn": "#ffb74d", "over": "#ff8a80"}
BACKGROUND = "#0f2240"


def big_label(parent: QWidget, name: str, wrap: bool = True) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label


class RoomScreen(QWidget):
    def __init__(self, context: MeetingContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.context = context
        self.focus_state = RoomFocus()
        self.clock: SpeakingClock | None = None
        self.state: RoomState | None = None
        self.setWindowTitle(self.tr("Hội nghị — màn hình phòng họp"))
        self.setObjectName("room")
        self._build()
        self.ticker = QTimer(self)
        self.ticker.setInterval(500)
        self.ticker.timeout.connect(self.show_time)
        events = context.events
        events.changed.connect(self.reload)
        events.speaker_changed.connect(self.follow_speaker)
        events.paragraph_focused.connect(self.focus_paragraph)
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
        self._style(28)

    def _style(self, base: int) -> None:
        """Type in proportion to the screen: `base` pixels for the body text."""
        self.setStyleSheet(
            f"QWidget#room, QWidget#results, QScrollArea, QScrollArea > QWidget > QWidget"
            f" {{ background: {BACKGROUND}; }}"
            f" QLabel {{ color: #ffffff; font-size: {base}px; }}"
            f" QLabel#meeting {{ color: #cfd8e3; font-size: {int(base * 0.8)}px; }}"
            f" QLabel#step {{ font-size: {int(base * 1.6)}px; font-weight: bold; }}"
            f" QLabel#speaker {{ font-size: {int(base * 1.3)}px; }}"
            f" QLabel#time {{ font-size: {int(base * 1.6)}px; font-weight: bold; }}"
            f" QLabel#paragraphTitle, QLabel#roundTitle {{ color: #ffe082; font-weight: bold; }}"
            f" QLabel#roundTitle {{ font-size: {int(base * 1.2)}px; }}"
            f" QLabel#level {{ font-weight: bold; }}"
            f" QLabel#names {{ color: #e3eaf3; font-size: {int(base * 0.85)}px; }}"
            " QFrame#rule { background: #ffe082; }")

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._style(max(16, event.size().height() // 30))

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    # --- what is current --------------------------------------------------------------------

    def follow_speaker(self, clock: SpeakingClock | None) -> None:
        self.clock = clock
        self.focus_state.speaker = clock.speaker if clock is not None else ""
        self.show_focus()

    def focus_paragraph(self, number: int, text: str) -> None:
        self.focus_state.paragraph_number = number
        self.focus_state.paragraph_text = text
        self.show_focus()

    def reload(self, _what: str = "") -> None:
        with self.context.db.session() as s:
            self.state = room_state(s, self.context.meeting_id, self.focus_state)
        self.meeting.setText(self.state.meeting)
        self.step.setText(self.tr("Bước {n}/{total}. {title}").format(
            n=self.state.step, total=LAST_STEP, title=entry(self.state.step).tr_title()))
        self._show_results()
        self.show_focus()

    def show_focus(self) -> None:
        focus = self.focus_state
        self.speaker_box.setVisible(bool(focus.speaker))
        self.speaker.setText(self.tr("Phát biểu: {name}").format(name=focus.speaker))
        self.show_time()
        running = self.clock is not None and self.clock.running
        if running and not self.ticker.isActive():
            self.ticker.start()
        elif not running:
            self.ticker.stop()
        shown = bool(focus.paragraph_number)
        self.paragraph_title.setVisible(shown)
        self.paragraph.setVisible(shown)
        self.paragraph_title.setText(self.tr("Đoạn {n} của dự thảo").format(
            n=focus.paragraph_number))
        self.paragraph.setText(focus.paragraph_text)

    def show_time(self) -> None:
        clock = self.clock
        if clock is None or not clock.speaker:
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
        self.context: MeetingContext | None = None
        self.screen_name = ""  # the chosen screen's name; "" for the default

    def attach(self, context: MeetingContext | None) -> None:
        """Another meeting is open: the room screen follows it."""
        self.context = context
        if self.room is not None:
            self.close()
            if context is not None:
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
        if self.context is None:
            return None
        if self.room is None:
            self.room = RoomScreen(self.context)
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
        group = QActionGroup(choose)
        for screen in QGuiApplication.screens():
            size = screen.geometry().size()
            action = choose.addAction(f"{screen.name()} ({size.width()}×{size.height()})")
            action.setCheckable(True)
            action.setChecked(screen is self.target_screen())
            action.setData(screen.name())
            action.triggered.connect(lambda _c=False, a=action: self.choose(str(a.data())))
            group.addAction(action)
        return menu

    def choose(self, name: str) -> None:
        self.screen_name = name
        if self.room is not None:
            self.close()
            self.open()
