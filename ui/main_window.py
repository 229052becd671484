"""The chair's window: the agenda on the left, the page of the step in hand on the right.

Layout only; what happens on a click is the controller's (ui/main_controller.py). Pages are built
the first time they are shown and refreshed each time they come back into view.

The window paints first, as a calm "opening" shell with the agenda, before the database layer is
imported (ui/app.py); `attach` then gives it the controller of the open database and builds the
rest. So this module imports nothing that imports SQLAlchemy, reportlab or the services.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QColor,
    QFont,
    QFontMetrics,
    QIcon,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStatusBar,
    QVBoxLayout,
    QWidget,
)

from models.enums import StepState
from services.common.app_info import APP_TITLE
from ui import msgbox
from ui.agenda import ENTRIES, SETUP, entry, is_built, page_class
from ui.documents.entry import add_documents_menu, documents_button
from ui.guide import GuideWindow
from ui.i18n import Translations
from ui.shortcuts import HELP_KEYS, ShortcutsDialog

if TYPE_CHECKING:
    from ui.main_controller import MainController
    from ui.pages.base import StepPage
    from ui.room_screen import RoomScreenControl
    from ui.script_panel import ScriptPanel
    from ui.status_panel import MeetingStatusBar
    from ui.undo import UndoHistory

NEXT_KEYS = (QKeySequence("Ctrl+PgDown"), QKeySequence("Alt+Right"))
BACK_KEYS = (QKeySequence("Ctrl+PgUp"), QKeySequence("Alt+Left"))
ICON_SIZE = 18
DESIGN_SIZE = QSize(1366, 768)  # the chair's laptop; everything must be usable there
STATE_COLOURS = {StepState.done: "#2e7d32", StepState.current: "#1565c0",
                 StepState.pending: "#9e9e9e"}


def state_icon(state: StepState | None) -> QIcon:
    """Drawn, not a font glyph: a tick for done, an arrow for current, a ring for pending."""
    scale = 3
    size = ICON_SIZE * scale
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(STATE_COLOURS.get(state, "#607d8b") if state else "#607d8b")
    rect = QRectF(2 * scale, 2 * scale, size - 4 * scale, size - 4 * scale)
    if state is StepState.pending:
        painter.setPen(QPen(colour, 1.6 * scale))
        painter.drawEllipse(rect)
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(rect)
        painter.setPen(QPen(QColor("white"), 2 * scale, Qt.PenStyle.SolidLine,
                            Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        s = size / 18
        if state is StepState.done:
            path = QPainterPath(QPointF(5.5 * s, 9.5 * s))
            path.lineTo(8 * s, 12 * s)
            path.lineTo(12.5 * s, 6.5 * s)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        elif state is StepState.current:
            painter.setBrush(QColor("white"))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawPolygon(QPolygonF([QPointF(7 * s, 5.5 * s), QPointF(12.5 * s, 9 * s),
                                           QPointF(7 * s, 12.5 * s)]))
        else:  # the set-up page: a small square, "prepare"
            painter.setBrush(QColor("white"))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRect(QRectF(6.5 * s, 6.5 * s, 5 * s, 5 * s))
    painter.end()
    pixmap.setDevicePixelRatio(scale)
    return QIcon(pixmap)


class PageStack(QStackedWidget):
    """The pages, in a scroll area that gives them the room there is: a page scrolls only below
    its minimum size, not below the height its wrapped labels would prefer."""

    def heightForWidth(self, _width: int) -> int:  # noqa: N802 (Qt's name)
        return -1

    # Only the page shown counts (a stack asks for the largest of all its pages): a wide page
    # seen earlier must not make the later ones scroll sideways.
    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        page = self.currentWidget()
        return page.minimumSizeHint() if page is not None else super().minimumSizeHint()


class MainWindow(QMainWindow):
    controller: MainController
    history: UndoHistory
    room: RoomScreenControl
    script_panel: ScriptPanel
    status: MeetingStatusBar

    def __init__(self, translations: Translations) -> None:
        """The shell: the agenda and an "opening" heading, no database yet (see `attach`)."""
        super().__init__()
        self.translations = translations
        self.opening = True
        self.pages: dict[int, StepPage] = {}
        self._build()
        self._build_opening()
        self.fit_to_screen()

    def attach(self, controller: MainController) -> None:
        """The database is open: the menus, the script, the status bar and the pages."""
        from ui.room_screen import RoomScreenControl
        from ui.undo import UndoHistory

        self.controller = controller
        self.history = UndoHistory(self)
        self.room = RoomScreenControl(self)
        self.opening = False
        self._rebuild(controller.translations.language)
        controller.meeting_opened.connect(self._drop_pages)
        controller.view_changed.connect(self.show_view)
        controller.language_changed.connect(self._rebuild)
        controller.events.changed.connect(self._data_changed)
        controller.meeting_opened.connect(self._follow_meeting)
        self.history.applied.connect(self._reload_page)

    # --- building ---------------------------------------------------------------------------

    def fit_to_screen(self) -> None:
        """1366×768 where the screen has room; a smaller screen gets the whole of its free area."""
        screen = self.screen()
        free = screen.availableGeometry() if screen is not None else None
        if free is None or (free.width() >= DESIGN_SIZE.width()
                            and free.height() >= DESIGN_SIZE.height()):
            self.resize(DESIGN_SIZE)
        else:
            self.resize(free.size().boundedTo(DESIGN_SIZE))
            self.setWindowState(Qt.WindowState.WindowMaximized)

    def state_word(self, state: StepState) -> str:
        return {StepState.done: self.tr("đã xong"), StepState.current: self.tr("đang làm"),
                StepState.pending: self.tr("chưa làm")}[state]

    def _build_opening(self) -> None:
        """Until the meeting is read: a heading that says so, nothing to click that needs it."""
        self.setWindowTitle(APP_TITLE)
        self.menuBar().addMenu(self.tr("&Hội nghị")).addAction(
            self.tr("&Thoát"), QKeySequence.StandardKey.Quit, self.close)
        self._opening_heading()
        self._paint_agenda(-1, -1, {})  # every step's ring: the states are not read yet
        self.left_layout.addStretch(1)  # where the chair's script will be
        self.setStatusBar(QStatusBar())  # where the meeting's status will be
        self.back_button.hide()
        self.next_button.setText(self.tr("Bước sau →"))
        for button in (self.next_button, self.documents_button):
            button.setEnabled(False)

    def _opening_heading(self) -> None:
        self.heading.setText(self.tr("Đang mở hội nghị…"))
        self.subheading.setText(self.tr("Đang đọc dữ liệu của hội nghị; trang của bước đang "
                                        "làm hiện ra ngay khi đọc xong."))

    def _build(self) -> None:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 0, 8)
        self.agenda_title = QLabel(self.tr("Chương trình hội nghị"))
        self.agenda_title.setStyleSheet("font-weight: bold;")
        left_layout.addWidget(self.agenda_title)
        self.agenda = QListWidget()
        self.agenda.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.agenda.setWordWrap(True)
        self.agenda.setSpacing(2)
        for item_entry in ENTRIES:
            text = item_entry.tr_title() if item_entry.key == SETUP else \
                f"{item_entry.key}. {item_entry.tr_title()}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, item_entry.key)
            item.setData(Qt.ItemDataRole.UserRole + 1, is_built(item_entry.key))
            self.agenda.addItem(item)
        self.agenda.itemClicked.connect(self._agenda_clicked)
        # Wide enough for the longest step in bold (the current one): wrapping, "3. Chủ trì, thư
        # ký, Ban kiểm phiếu" moved every step below it whenever step 3 became current.
        bold = QFont(self.agenda.font())
        bold.setBold(True)
        widest = max(QFontMetrics(bold).horizontalAdvance(self.agenda.item(row).text())
                     for row in range(self.agenda.count()))
        self.agenda.setMinimumWidth(max(220, widest + ICON_SIZE + 6 * self.agenda.spacing()
                                        + 2 * self.agenda.frameWidth() + 16))
        # The agenda keeps the height of its rows (one of them may wrap); the script takes the rest.
        row = max(self.agenda.fontMetrics().height(), ICON_SIZE) + 4 + 2 * self.agenda.spacing()
        self.agenda.setFixedHeight((self.agenda.count() + 1) * row + 2 * self.agenda.frameWidth())
        left_layout.addWidget(self.agenda)
        self.left_layout = left_layout
        keys = self.tr("Bước sau: Ctrl+PgDown hoặc Alt+→\nBước trước: Ctrl+PgUp hoặc Alt+←")
        if not all(is_built(e.key) for e in ENTRIES):
            keys = self.tr("Chữ nghiêng: bước chưa có trang.") + "\n" + keys
        legend = QLabel(keys)
        legend.setStyleSheet("color: palette(dark);")
        left_layout.addWidget(legend)
        splitter.addWidget(left)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 8, 8, 8)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.subheading = QLabel()
        self.subheading.setWordWrap(True)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.subheading)
        right_layout.addWidget(self._review_bar())
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        right_layout.addWidget(line)
        self.stack = PageStack()
        # A page wider or taller than the screen (large fonts, 200 %) scrolls rather than
        # pushing the window off the screen.
        pages = QScrollArea()
        self.pages_area = pages
        pages.setWidgetResizable(True)
        pages.setFrameShape(QFrame.Shape.NoFrame)
        pages.setWidget(self.stack)
        right_layout.addWidget(pages, 1)
        nav = QHBoxLayout()
        self.back_button = QPushButton()
        self.next_button = QPushButton()
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.back_button.setToolTip(self.tr("Bước trước (Ctrl+PgUp, Alt+←)"))
        self.next_button.setToolTip(self.tr("Bước sau (Ctrl+PgDown, Alt+→)"))
        # until a meeting is shown (the first start's question stands over them): as in the
        # opening shell, never two buttons without a word
        self.back_button.hide()
        self.next_button.setText(self.tr("Bước sau →"))
        self.next_button.setEnabled(False)
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        self.documents_button = documents_button(self)
        nav.addWidget(self.documents_button)
        nav.addWidget(self.next_button)
        right_layout.addLayout(nav)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([250, 1116])
        self.setCentralWidget(splitter)

    def _review_bar(self) -> QWidget:
        """Shown while the chair looks at an earlier step: the meeting is elsewhere, and taking
        it back is a button of its own."""
        self.review_bar = QWidget()
        row = QHBoxLayout(self.review_bar)
        row.setContentsMargins(0, 0, 0, 0)
        self.review_note = QLabel()
        self.review_note.setWordWrap(True)
        self.return_button = QPushButton()
        self.return_button.clicked.connect(lambda: self.go_to(self.controller.step_states()[0]))
        self.move_back_button = QPushButton(self.tr("Đưa hội nghị quay lại bước này…"))
        self.move_back_button.clicked.connect(self.move_meeting_back)
        row.addWidget(self.review_note, 1)
        row.addWidget(self.return_button)
        row.addWidget(self.move_back_button)
        self.review_bar.hide()
        return self.review_bar

    def _build_walkthrough_panels(self) -> None:
        """The chair's script under the agenda, beside the page, and the meeting's status under
        the window (both rebuilt with the window in a new language)."""
        from ui.script_panel import ScriptPanel
        from ui.status_panel import MeetingStatusBar

        self.script_panel = ScriptPanel(self.controller)
        self.left_layout.addWidget(self.script_panel, 1)
        self.status = MeetingStatusBar(self.controller, self)
        self.setStatusBar(self.status)
        self.script_panel.document_written.connect(self.status.refresh)
        self.history.committed.connect(self.status.data_changed)
        toggle = QAction(self.tr("&Kịch bản điều hành"), self)
        toggle.setCheckable(True)
        toggle.setChecked(True)
        toggle.toggled.connect(self.script_panel.setVisible)
        self.go_menu.addAction(toggle)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.clear()
        for old in self.actions():
            self.removeAction(old)
        meeting = bar.addMenu(self.tr("&Hội nghị"))
        meeting.addAction(self.tr("&Hội nghị mới"), self.new_meeting)
        meeting.addAction(self.tr("&Mở hội nghị khác…"), self.choose_meeting)
        meeting.addAction(self.tr("Mở hội nghị mẫ&u (Tiền Giang 2021)"), self.open_demo)
        meeting.addAction(self.tr("&Xuất tệp lưu trữ hội nghị…"), self.export_archive)
        meeting.addSeparator()
        meeting.addAction(self.tr("&Thoát"), QKeySequence.StandardKey.Quit, self.close)
        edit = bar.addMenu(self.tr("&Sửa"))
        self.undo_action, self.redo_action = self.history.actions(self)
        for action in (self.undo_action, self.redo_action):
            edit.addAction(action)
            self.addAction(action)
        go = bar.addMenu(self.tr("Đ&iều hướng"))
        self.next_action = QAction(self.tr("Bước &sau"), self)
        self.next_action.setShortcuts(list(NEXT_KEYS))
        self.next_action.triggered.connect(self.go_next)
        self.back_action = QAction(self.tr("Bước &trước"), self)
        self.back_action.setShortcuts(list(BACK_KEYS))
        self.back_action.triggered.connect(self.go_back)
        setup = QAction(self.tr("&Chuẩn bị hội nghị"), self)
        setup.triggered.connect(lambda: self.go_to(SETUP))
        for action in (self.next_action, self.back_action, setup):
            go.addAction(action)
            self.addAction(action)  # shortcuts work wherever the focus is
        go.addSeparator()
        self.go_menu = go
        add_documents_menu(self)
        from ui.dialogs.backups import add_backups_menu

        add_backups_menu(bar, self.controller, self)
        language = bar.addMenu(self.tr("&Ngôn ngữ"))
        group = QActionGroup(self)
        for code, name in (("vi", "Tiếng Việt"), ("en", "English")):
            action = language.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == self.controller.translations.language)
            action.triggered.connect(lambda _checked, c=code: self.controller.set_language(c))
            group.addAction(action)
        bar.addMenu(self.room.menu(self))
        help_menu = bar.addMenu(self.tr("&Trợ giúp"))
        guide = QAction(self.tr("&Hướng dẫn sử dụng"), self)
        guide.setShortcuts(list(HELP_KEYS))
        guide.triggered.connect(self.show_guide)
        help_menu.addAction(guide)
        self.addAction(guide)
        help_menu.addAction(self.tr("&Phím tắt"), self.show_shortcuts)
        help_menu.addAction(self.tr("Thiết lập &máy chủ cho các máy nhập phiếu…"),
                            self.show_host_guide)
        help_menu.addAction(self.tr("&Giới thiệu Hội nghị"), self.show_about)

    def show_guide(self) -> GuideWindow:
        """The guide at the section of the page shown (one guide window, kept open)."""
        language = self.controller.translations.language
        guide = self.findChild(GuideWindow)
        if guide is not None and guide.language != language:  # its buttons in the old language
            guide.close()
            guide.setParent(None)
            guide.deleteLater()
            guide = None
        if guide is None:
            guide = GuideWindow(self)
        guide.show_at(language, self.controller.view)
        return guide

    def show_shortcuts(self) -> None:
        msgbox.run_modal(ShortcutsDialog(self))

    def show_host_guide(self) -> None:
        from ui.dialogs.host_guide import HostGuideDialog

        if self.controller.context is not None:
            msgbox.run_modal(HostGuideDialog(self.controller.context, self))

    def show_about(self) -> None:
        from ui.dialogs.about import show_about
        from ui.logsetup import default_log_file

        db = self.controller.db
        show_about(self, str(db.file or db.url.render_as_string()), default_log_file())

    def _follow_meeting(self) -> None:
        """Undo and the room screen follow the meeting just opened."""
        self.history.attach(self.controller.context)
        self.room.attach(self.controller.context)

    def _reload_page(self) -> None:
        """After an undo or redo: the page on screen shows the data as it now is."""
        page = self.pages.get(self.controller.view)
        if page is not None and self.stack.currentWidget() is page:
            page.refresh()
        self.show_view(self.controller.view)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if not self.opening:
            self.room.close()
        super().closeEvent(event)

    def _rebuild(self, _language: str) -> None:
        """A new language: build the window's widgets again (the pages too), same place."""
        old = self.centralWidget()
        self._drop_pages()
        self._build_menus()
        self._build()
        self._build_walkthrough_panels()
        if old is not None:  # out of the window now: its widgets are not the window's any more
            old.setParent(None)
            old.deleteLater()
        if self.controller.context is not None:
            self.show_view(self.controller.view)
        else:  # attached, the meeting not open yet (the first start's question)
            self._opening_heading()

    # --- pages ------------------------------------------------------------------------------

    def _drop_pages(self) -> None:
        for page in self.pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages.clear()

    def page(self, key: int) -> StepPage:
        if key not in self.pages:
            from ui.pages.placeholder import PlaceholderPage

            assert self.controller.context is not None
            cls = page_class(key)
            page = cls(self.controller.context) if cls else PlaceholderPage(
                self.controller.context, key)
            self.pages[key] = page
            page.go_to_step.connect(self.go_to)
            self.stack.addWidget(page)
        return self.pages[key]

    def show_view(self, key: int) -> None:
        from services.meeting.agenda import LAST_STEP

        built = key in self.pages  # a page just built has just read its data: not twice
        page = self.page(key)
        if self.stack.currentWidget() is not page:
            if built:
                page.refresh()
            self.stack.setCurrentWidget(page)
            self.stack.updateGeometry()  # its size is the page's (PageStack)
            # Each step starts at its top: the last page's scroll position would show the next
            # one's lower part, or nothing at all.
            self.pages_area.verticalScrollBar().setValue(0)
            self.pages_area.horizontalScrollBar().setValue(0)
        current, states = self.controller.step_states()
        finished = self.controller.finished()
        item_entry = entry(key)
        if key == SETUP:
            self.heading.setText(item_entry.tr_title())
            self.subheading.setText(self.tr("Trước khi họp · {holds}").format(
                holds=item_entry.tr_holds()))
        else:
            self.heading.setText(self.tr("Bước {n}/{total}. {title}").format(
                n=key, total=LAST_STEP, title=item_entry.tr_title()))
            self.subheading.setText(self.tr("Trạng thái: {state}").format(
                state=self.state_word(states[key])))
        self._show_review_bar(key, current, finished)
        self.agenda_title.setText(self.tr("Chương trình hội nghị — đã kết thúc") if finished
                                  else self.tr("Chương trình hội nghị"))
        self._paint_agenda(key, current, states)
        previous, following = self.controller.previous_view(), self.controller.next_view()
        self.back_button.setText(self.tr("← Bước trước"))
        self.back_button.setVisible(previous is not None)
        self.back_action.setEnabled(previous is not None)
        can_finish = key == current == LAST_STEP and not finished
        if following is not None:
            self.next_button.setText(self.tr("Bước sau →"))
        else:
            self.next_button.setText(self.tr("Kết thúc hội nghị") if can_finish else
                                     self.tr("Hội nghị đã kết thúc") if finished else
                                     self.tr("Bước cuối"))
        self.next_button.setEnabled(following is not None or can_finish)
        self.next_action.setEnabled(following is not None or can_finish)
        self.setWindowTitle(self.tr("Hội nghị — {meeting}").format(
            meeting=self.controller.meeting_label()))

    def _show_review_bar(self, shown: int, current: int, finished: bool) -> None:
        """Looking back at step `shown` while the meeting is at `current` (or finished)."""
        looking_back = shown != SETUP and (shown < current or finished)
        self.review_bar.setVisible(looking_back)
        if not looking_back:
            return
        if finished:
            note = self.tr("Hội nghị đã kết thúc. Trang này để xem lại; sửa số liệu thì tài "
                           "liệu in ra sau sẽ theo số liệu mới.")
        else:
            note = self.tr("Đang xem lại bước {shown}; hội nghị vẫn ở bước {current}.").format(
                shown=shown, current=current)
        self.review_note.setText(note)
        self.return_button.setText(self.tr("Về bước {current}").format(current=current))
        self.return_button.setVisible(shown != current)
        self.move_back_button.setVisible(shown < current or (finished and shown == current))
        self.move_back_button.setText(
            self.tr("Mở lại hội nghị…") if shown == current else
            self.tr("Đưa hội nghị quay lại bước này…"))

    def move_meeting_back(self) -> None:
        current = self.controller.step_states()[0]
        if self.controller.view == current:
            self.controller.reopen(self)
        else:
            self.controller.move_back(self.controller.view, self)

    def _paint_agenda(self, shown: int, current: int, states: dict[int, StepState]) -> None:
        for row in range(self.agenda.count()):
            item = self.agenda.item(row)
            key = item.data(Qt.ItemDataRole.UserRole)
            state = None if key == SETUP else states.get(key, StepState.pending)
            item.setIcon(state_icon(state))
            built = bool(item.data(Qt.ItemDataRole.UserRole + 1))
            font = item.font()
            font.setBold(key == current)
            font.setItalic(not built)
            item.setFont(font)
            tip = entry(key).tr_holds()
            if not built:
                tip += " " + self.tr("(trang chưa xây dựng)")
            item.setToolTip(tip if state is None else f"{self.state_word(state)} — {tip}")
            item.setSelected(key == shown)
        self.agenda.setCurrentRow(shown)

    def _data_changed(self, what: str) -> None:
        if what == "agenda":  # finished or reopened: the agenda and the heading say so
            self.show_view(self.controller.view)
        if what == "meeting":
            self.setWindowTitle(self.tr("Hội nghị — {meeting}").format(
                meeting=self.controller.meeting_label()))

    # --- navigation -------------------------------------------------------------------------

    def missing_of(self, key: int) -> list[str]:
        return self.page(key).missing()

    def go_to(self, key: int) -> bool:
        moved = self.controller.go_to(key, self.missing_of, self)
        if not moved:
            self.agenda.setCurrentRow(self.controller.view)
        return moved

    def go_next(self) -> bool:
        following = self.controller.next_view()
        if following is None:
            return self.finish_meeting()
        return self.go_to(following)

    def finish_meeting(self) -> bool:
        """The last step's "next": close the meeting, then offer the documents and the archive."""
        from services.meeting.agenda import LAST_STEP

        if self.controller.view != LAST_STEP or self.controller.step_states()[0] != LAST_STEP \
                or self.controller.finished():
            return False
        if not self.controller.finish(self.missing_of(LAST_STEP), self):
            return False
        from ui.dialogs.finished import offer_next_steps

        offer_next_steps(self)
        return True

    def go_back(self) -> bool:
        previous = self.controller.previous_view()
        return previous is not None and self.go_to(previous)

    def _agenda_clicked(self, item: QListWidgetItem) -> None:
        if self.opening:
            return
        self.go_to(int(item.data(Qt.ItemDataRole.UserRole)))

    # --- meetings -----------------------------------------------------------------------------

    def new_meeting(self) -> None:
        if msgbox.ask(self, self.tr("Hội nghị mới"), self.tr(
                "Tạo một hội nghị trống và mở trang chuẩn bị? Hội nghị đang mở vẫn được giữ "
                "nguyên, mở lại được bằng “Mở hội nghị khác…”.")):
            self.controller.new_meeting()

    def choose_meeting(self) -> None:
        meetings = self.controller.meetings()
        index = msgbox.choose_item(self, self.tr("Mở hội nghị"), self.tr("Hội nghị:"),
                                   [text for _id, text in meetings])
        if index is not None:
            self.controller.open_meeting(meetings[index][0])

    def export_archive(self) -> None:
        from ui.dialogs.finished import export_archive

        export_archive(self)

    def open_demo(self) -> None:
        self.controller.open_demo(self)

