"""The room screen: a second window for the projector or a second monitor, full-screen in large
type, showing the current step, the speaker with the speaking time, the draft paragraph under
discussion and the results of locked rounds only (services/proceedings/room.py decides what may be
shown).

The chair's pages say what is current through `MeetingEvents` (`speaker_changed`,
`paragraph_focused`); any data change reloads the step and the results.

Readable from the back of the room: every size is a share of the screen's height, and no text
is smaller than 1/36 of it (30 px ≈ 22 pt on a 1080-line projector, 21 px ≈ 16 pt at 768
lines). The results never shrink to fit: their names flow in columns, and what does not fit is
on the next page, turned every few seconds or with PgDn/PgUp.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QGuiApplication,
    QKeySequence,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from services.meeting.agenda import LAST_STEP
from services.proceedings.room import (
    LockedResult,
    RoomFocus,
    RoomState,
    current_step,
    room_state,
)
from services.review.speaking import SpeakingClock, mm_ss
from ui.agenda import entry
from ui.context import MeetingContext
from ui.labels import said

ROOM_KEYS = (QKeySequence("F5"),)
TIME_COLOURS = {"idle": "#cfd8e3", "ok": "#a5d6a7", "warn": "#ffb74d", "over": "#ff8a80"}
BACKGROUND = "#0f2240"
RELOAD_DELAY_MS = 150
LINES_PER_SCREEN = 24  # body text: 1/24 of the screen's height
SMALLEST = 1 / 36  # no text below this share of the screen's height
# Each kind of text as a multiple of the body size, and whether it is bold.
SIZES = {"meeting": (0.8, False), "step": (1.4, True), "speaker": (1.2, False),
         "time": (1.5, True), "paragraphTitle": (1.0, True), "paragraph": (1.0, False),
         "roundTitle": (1.1, True), "level": (1.0, True), "names": (0.8, False),
         "pageNumber": (0.75, False)}
PAGE_SECONDS = 12
LINE_GAP = 6  # pixels between the lines of the results, at the body size of 32 px


def big_label(parent: QWidget, name: str, wrap: bool = True) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label


def type_sizes(height: int) -> dict[str, int]:
    """Pixel size of each kind of text on a screen `height` pixels high."""
    base = height / LINES_PER_SCREEN
    smallest = math.ceil(height * SMALLEST)
    return {kind: max(smallest, round(base * factor)) for kind, (factor, _bold) in SIZES.items()}


@dataclass(frozen=True)
class Line:
    """One line of the results: a round's title, a level's sentence, or a row of names."""

    kind: str
    texts: tuple[str, ...]
    columns: int = 1  # for names: the columns of their level's list


class ResultPages(QWidget):
    """The locked results, a page at a time: each level's sentence with its names in columns;
    a page holds what fits, a level cut by a page break starts the next page again with its
    round and sentence (marked as continued). Pages turn by themselves when there are several."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("results")
        # Its content never asks for room: it is paged to the room the screen gives it.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.results: tuple[LockedResult, ...] = ()
        self.sizes = type_sizes(768)
        self.pages: list[list[Line]] = []
        self._heights: dict[tuple[str, str, int], int] = {}
        self._busy = False
        self.index = 0
        self.body = QWidget(self)
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        self.page_number = big_label(self, "pageNumber", wrap=False)
        self.page_number.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.body)
        layout.addStretch(1)
        layout.addWidget(self.page_number)
        self.turner = QTimer(self)
        self.turner.setInterval(PAGE_SECONDS * 1000)
        self.turner.timeout.connect(lambda: self.turn(1))

    def set_results(self, results: tuple[LockedResult, ...], sizes: dict[str, int]) -> None:
        self.results, self.sizes = results, sizes
        self.paginate()

    def gap(self) -> int:
        return max(2, round(LINE_GAP * self.sizes["level"] / 32))

    def _height(self, line: Line, width: int) -> int:
        """The height of the line as its label will have it (a probe in the same style)."""
        key = (line.kind, "" if line.kind == "names" else line.texts[0], width)
        if key not in self._heights:
            probe = big_label(self.body, line.kind, wrap=line.kind != "names")
            probe.setText(key[1] or "Ag")
            probe.ensurePolished()
            self._heights[key] = probe.heightForWidth(width) if line.kind != "names" \
                else probe.sizeHint().height()
            probe.setParent(None)
            probe.deleteLater()
        return self._heights[key]

    def _lines(self, width: int) -> list[Line]:
        """Titles, sentences and rows of names; each round's names in as many columns as its
        longest name allows."""
        probe = big_label(self.body, "names", wrap=False)
        probe.ensurePolished()
        metrics = probe.fontMetrics()
        probe.setParent(None)
        probe.deleteLater()
        lines: list[Line] = []
        for result in self.results:
            lines.append(Line("roundTitle", (result.title,)))
            names = [n for level in result.lines for n in level.names]
            widest = max((metrics.horizontalAdvance(n) for n in names), default=1)
            columns = max(1, width // (widest + 3 * metrics.averageCharWidth()))
            for level in result.lines:
                lines.append(Line("level", (said(level.sentence),)))
                lines.extend(Line("names", level.names[i:i + columns], columns)
                             for i in range(0, len(level.names), columns))
        return lines

    def paginate(self) -> None:
        """Lays the lines out in pages of the height there is; keeps the page shown if it
        still exists. Showing a page may resize this widget: that paginates once more, after."""
        if self._busy:
            QTimer.singleShot(0, self.paginate)
            return
        self._busy = True
        try:
            self._paginate()
        finally:
            self._busy = False

    def _paginate(self) -> None:
        width = max(1, self.width())
        self._heights.clear()
        room = self.height() - self._height(Line("pageNumber", ("Ag",)), width) - self.gap()
        pages: list[list[Line]] = []
        page: list[Line] = []
        used = 0
        title = sentence = Line("roundTitle", ("",))
        lines = self._lines(width)
        for number, line in enumerate(lines):
            height = self._height(line, width) + self.gap()
            following = lines[number + 1] if number + 1 < len(lines) else None
            # A title or a sentence stays with the line after it (no heading alone at the foot).
            kept = height if line.kind == "names" or following is None else \
                height + self._height(following, width) + self.gap()
            if page and used + kept > room:
                pages.append(page)
                page, used = [], 0
                if line.kind != "roundTitle":  # a level or its names go on: say whose
                    heads = [Line("roundTitle", (self.tr("{title} (tiếp)").format(
                        title=title.texts[0]),))]
                    if line.kind == "names":
                        heads.append(sentence)
                    page.extend(heads)
                    used = sum(self._height(h, width) + self.gap() for h in heads)
            if line.kind == "roundTitle":
                title = line
            elif line.kind == "level":
                sentence = line
            page.append(line)
            used += height
        if page:
            pages.append(page)
        self.pages = pages
        self.index = min(self.index, max(len(pages) - 1, 0))
        self.show_page(self.index)

    def show_page(self, index: int) -> None:
        """Page `index` (the last if there are fewer now); a resize it causes paginates after."""
        busy, self._busy = self._busy, True
        try:
            self._show_page(min(index, max(len(self.pages) - 1, 0)))
        finally:
            self._busy = busy

    def _show_page(self, index: int) -> None:
        self.index = index
        for child in self.body.children():  # also what a page shown halfway left behind
            if isinstance(child, QWidget):
                child.setParent(None)  # out of the tree at once, not only when Qt gets to it
                child.deleteLater()
        self.body_layout.setSpacing(self.gap())
        width = max(1, self.width())
        for line in self.pages[index] if self.pages else []:
            if line.kind == "names":
                row = QWidget(self.body)
                grid = QGridLayout(row)
                grid.setContentsMargins(0, 0, 0, 0)
                for column in range(line.columns):
                    grid.setColumnStretch(column, 1)
                for column, name in enumerate(line.texts):
                    label = big_label(row, "names", wrap=False)
                    label.setText(name)
                    label.ensurePolished()  # its type size known before the layout asks
                    grid.addWidget(label, 0, column)
                row.setFixedHeight(self._height(line, width))  # the height it was paged at
                self.body_layout.addWidget(row)
                row.show()  # at once, not when the event loop gets to it
            else:
                label = big_label(self.body, line.kind)
                label.setText(line.texts[0])
                label.setFixedHeight(self._height(line, width))
                self.body_layout.addWidget(label)
                label.show()
        several = len(self.pages) > 1
        self.page_number.setText(self.tr("Trang {n}/{total}").format(
            n=index + 1, total=len(self.pages)) if several else "")
        if several and not self.turner.isActive():
            self.turner.start()
        elif not several:
            self.turner.stop()

    def turn(self, step: int) -> None:
        if self.pages:
            self.show_page((self.index + step) % len(self.pages))
            if self.turner.isActive():
                self.turner.start()  # a page turned by hand stays its full time

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.paginate()


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
        self.sizes = type_sizes(768)  # pixels per kind of text, from the window's height
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
        self.results = ResultPages(self)
        line = QFrame(self)
        line.setObjectName("rule")
        line.setFixedHeight(3)
        self.main_layout = layout = QVBoxLayout(self)
        layout.addWidget(self.meeting)
        layout.addWidget(self.step)
        layout.addWidget(line)
        layout.addWidget(self.speaker_box)
        layout.addWidget(self.paragraph_title)
        layout.addWidget(self.paragraph)
        layout.addWidget(self.results, 1)
        self._style()

    def _style(self) -> None:
        """Type and margins in proportion to the screen's height (`type_sizes`)."""
        body = self.sizes["paragraph"]
        self.main_layout.setContentsMargins(body * 3 // 2, body, body * 3 // 2, body)
        self.main_layout.setSpacing(body // 2)
        sizes = "".join(f" QLabel#{kind} {{ font-size: {px}px; font-weight: "
                         f"{'bold' if SIZES[kind][1] else 'normal'} }}"
                         for kind, px in self.sizes.items())
        self.setStyleSheet(
            f"QWidget#room, QWidget#results {{ background: {BACKGROUND}; }}"
            f" QLabel {{ color: #ffffff; font-size: {self.sizes['paragraph']}px; }}"
            f"{sizes}"
            " QLabel#meeting, QLabel#pageNumber { color: #cfd8e3; }"
            " QLabel#paragraphTitle, QLabel#roundTitle { color: #ffe082; }"
            " QLabel#names { color: #e3eaf3; }"
            " QFrame#rule { background: #ffe082; }")

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        sizes = type_sizes(event.size().height())
        if sizes != self.sizes:
            self.sizes = sizes
            self._style()
            if self.state is not None:
                self.results.set_results(self.state.results, self.sizes)
        super().resizeEvent(event)

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        turns = {Qt.Key.Key_PageDown: 1, Qt.Key.Key_Space: 1, Qt.Key.Key_Right: 1,
                 Qt.Key.Key_PageUp: -1, Qt.Key.Key_Left: -1}
        if event.key() in turns:
            self.results.turn(turns[event.key()])
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

    def show_time(self) -> None:
        clock = self.feed.clock
        if clock is None or self.state is None or not self.state.speaker:
            self.time.clear()
            return
        self.time.setText(f"{mm_ss(clock.elapsed())} / {mm_ss(clock.limit_seconds)}")
        self.time.setStyleSheet(f"color: {TIME_COLOURS[clock.state()]};")

    def _show_results(self) -> None:
        assert self.state is not None
        self.results.set_results(self.state.results, self.sizes)
        self.results.setVisible(bool(self.state.results))


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
