"""The screenshot walk: the demo meeting run from set-up to closing in the main window, each
step grabbed as the chair sees it (also in the states that used to make the layout jump), the
room screen and the main dialogs, every shown widget checked for clipped text
(tests/helpers/clipping.py).

Run once per scale and language, in its own process (the scale is fixed when Qt starts):

    QT_SCALE_FACTOR=1.5 QT_QPA_PLATFORM=offscreen:configfile=SCREEN.json \
        python -m tests.helpers.screens OUT_DIR vi en

It writes OUT_DIR/LANGUAGE/NAME.png for each picture and OUT_DIR/problems.json (language →
picture → problems: clipped text, a page scrolling sideways, a widget that moved under the
pointer).
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from models.database import open_database
from models.enums import CommentKind, Handling, Level
from services.ballot.sheets import round_subjects
from tests.helpers import SAMPLE_MD
from tests.helpers.clipping import clipped, name_of
from tests.helpers.piles import pile, seed_counts
from tests.helpers.ui import Boxes, open_reconciled_round, seed_ballots, start_teller
from ui import msgbox
from ui.agenda import SETUP
from ui.app import create_application, open_main_window
from ui.ballot.page import BallotPage
from ui.dialogs.backups import BackupsDialog
from ui.documents.window import DocumentsWindow
from ui.main_window import DESIGN_SIZE, MainWindow
from ui.review import dialogs
from ui.room_screen import RoomScreen
from ui.shortcuts import ShortcutsDialog

# The laptop itself, a 4:3 projector, a full-HD one.
ROOM_SIZES = ((1366, 768), (1024, 768), (1920, 1080))


class Keys:
    """What tests/helpers/ui.py asks of qtbot, without pytest."""

    @staticmethod
    def keyClicks(widget: QWidget, text: str) -> None:  # noqa: N802 (qtbot's name)
        QTest.keyClicks(widget, text)

    @staticmethod
    def keyClick(widget: QWidget, key: Qt.Key) -> None:  # noqa: N802 (qtbot's name)
        QTest.keyClick(widget, key)


class Walk:
    def __init__(self, out: Path, window: MainWindow, boxes: Boxes) -> None:
        self.out, self.window, self.boxes = out, window, boxes
        self.problems: dict[str, list[str]] = {}

    def settle(self) -> None:
        for _ in range(3):
            QApplication.processEvents()
        QTest.qWait(20)

    def shoot(self, name: str, widget: QWidget | None = None,
              skip: tuple[QWidget, ...] = ()) -> None:
        widget = widget or self.window
        self.settle()
        widget.grab().save(str(self.out / f"{name}.png"))
        found = clipped(widget, skip)
        if widget is self.window:
            area = self.window.stack.parentWidget().parentWidget()
            if area.horizontalScrollBar().isVisible():  # type: ignore[attr-defined]
                found.append("the page scrolls sideways")
        if found:
            self.problems.setdefault(name, []).extend(found)

    def keeps_still(self, name: str, widget: QWidget, action: Callable[[], object]) -> None:
        """`action` must not move `widget` in the window (the pointer aimed at it)."""
        self.settle()
        before = widget.mapTo(self.window, QPoint(0, 0))
        action()
        self.settle()
        after = widget.mapTo(self.window, QPoint(0, 0))
        if after != before:
            self.problems.setdefault(name, []).append(
                f"{name_of(widget)} moved from {before.toTuple()} to {after.toTuple()}")

    def step(self, number: int) -> QWidget:
        self.window.go_to(number) if number < self.window.controller.view else \
            self.window.go_next()
        self.settle()
        assert self.window.controller.view == number, (number, self.boxes.seen[-2:])
        return self.window.stack.currentWidget()


def written(page: BallotPage, seconds: float = 60) -> None:
    """Until the window's writer has written every key typed (the next ballot comes then)."""
    deadline = time.monotonic() + seconds
    while page.entry.writer.unsaved and time.monotonic() < deadline:
        QTest.qWait(5)
    assert not page.entry.writer.unsaved, "the keys were not written"


def lock_round(walk: Walk, page: BallotPage, ballots: list[str], tellers: int) -> None:
    for teller in range(tellers):
        start_teller(Keys, page, teller)  # type: ignore[arg-type]
        view = page.entry.per_ballot
        for marks in ballots:
            QTest.keyClicks(view.table, marks)
            QTest.keyClick(view.table, Qt.Key.Key_Return)
            written(page)
        if teller == 0:
            walk.shoot(f"step-{walk.window.controller.view}-entry")
    page.tabs.setCurrentIndex(page.DIFFERENCES)
    walk.shoot(f"step-{walk.window.controller.view}-differences")
    page.differences.agree_button.click()
    page.tabs.setCurrentIndex(page.RESULT)
    walk.boxes.answers.append(True)
    page.result.lock_button.click()
    page.result.table.selectRow(0)  # its reasoning shown under the table
    walk.shoot(f"step-{walk.window.controller.view}-result")


def walk_meeting(walk: Walk) -> None:
    window, boxes = walk.window, walk.boxes
    window.go_to(SETUP)
    walk.shoot("step-0")
    setup = window.stack.currentWidget()
    setup.table.selectRow(0)  # type: ignore[attr-defined]

    def member(dialog: QDialog) -> int:
        walk.shoot("dialog-member", dialog)
        return QDialog.DialogCode.Rejected

    boxes.answers.append(member)
    setup.edit_selected()  # type: ignore[attr-defined]
    opening = walk.step(1)
    opening.opened_at.edit.setText("07:30")  # type: ignore[attr-defined]
    opening.opened_at.edit.editingFinished.emit()  # type: ignore[attr-defined]
    opening.guest_name.setText("Lê Văn Tám")  # type: ignore[attr-defined]
    opening.guest_position.setText("Phó Bí thư Đảng ủy Khối")  # type: ignore[attr-defined]
    opening.add.click()  # type: ignore[attr-defined]
    walk.shoot("step-1")

    attendance = walk.step(2)
    walk.shoot("step-2-unmarked")
    model, table = attendance.model, attendance.table  # type: ignore[attr-defined]

    def tick(row: int, state: Qt.CheckState) -> Callable[[], object]:
        return lambda: model.setData(model.index(row, model.PRESENT), state.value,
                                     Qt.ItemDataRole.CheckStateRole)

    # Ticking one by one: the next row's box stays under the pointer, whatever the banner says.
    for row, state in ((0, Qt.CheckState.Checked), (1, Qt.CheckState.Unchecked),
                       (1, Qt.CheckState.Checked)):
        walk.keeps_still("step-2-ticking", table.viewport(), tick(row, state))
    table.edit(model.index(2, model.MARK))  # the drop-down of marks, open on a row
    walk.shoot("step-2-choosing")
    table.closePersistentEditor(model.index(2, model.MARK))
    attendance.all_present.click()  # type: ignore[attr-defined]
    walk.shoot("step-2")

    approvals = walk.step(3)
    walk.shoot("step-3-empty")
    approvals.unanimous.click()  # type: ignore[attr-defined]
    approvals.record_all.click()  # type: ignore[attr-defined]
    walk.shoot("step-3")

    collective = walk.step(4)
    dialogs.choose_draft_file = lambda _parent: SAMPLE_MD  # type: ignore[assignment]
    panel = collective.panel  # type: ignore[attr-defined]
    panel.import_file()
    form = panel.form
    form.paragraph.setValue(3)
    form.speaker.setText("Võ Văn An")
    form.kind.setCurrentIndex(form.kind.findData(CommentKind.supplement))
    form.text.setText("Đề nghị bổ sung kết quả phát triển đảng viên trong năm, nêu rõ số "
                      "quần chúng ưu tú được giới thiệu và số đảng viên mới được kết nạp.")
    form.save.click()
    panel.comment_view.setCurrentIndex(panel.comments.index(0, 0))
    panel.handling.setCurrentIndex(panel.handling.findData(Handling.accepted))
    panel.handling_button.click()
    collective.editor.self_general.set_score(26)  # type: ignore[attr-defined]
    collective.editor.self_tasks.set_score(62)  # type: ignore[attr-defined]
    collective.editor.level.set_level(Level.HTTNV)  # type: ignore[attr-defined]
    collective.editor.save.click()  # type: ignore[attr-defined]
    walk.shoot("step-4")

    reviews = walk.step(5)
    for row in range(reviews.reviews.rowCount()):  # type: ignore[attr-defined]
        reviews.list.setCurrentIndex(reviews.reviews.index(row))  # type: ignore[attr-defined]
        reviews.summary.setPlainText("Hoàn thành tốt nhiệm vụ được phân công.")  # type: ignore
        reviews.save_summary.click()  # type: ignore[attr-defined]
        reviews.done.click()  # type: ignore[attr-defined]
        if row == 0:
            walk.shoot("step-5")

    members = walk.step(6)
    assert isinstance(members, BallotPage)
    walk.shoot("step-6-empty")
    open_reconciled_round(members)
    lock_round(walk, members, seed_ballots(members), tellers=2)

    cells = walk.step(7)
    assert isinstance(cells, BallotPage)
    open_reconciled_round(cells)
    assert cells.round_id is not None
    cells.double_entry.click()
    codes = [row.code for row in round_subjects(cells.context.db, cells.round_id)]
    lock_round(walk, cells, pile(seed_counts("chi-bo"), codes), tellers=1)

    walk.step(8)
    walk.shoot("step-8")

    closing = walk.step(9)
    walk.shoot("step-9-empty")
    closing.conclusions.setPlainText("Hội nghị đánh giá tập thể Đảng ủy đoàn kết.")  # type: ignore
    closing.save_conclusions.click()  # type: ignore[attr-defined]
    closing.unanimous.click()  # type: ignore[attr-defined]
    walk.keeps_still("step-9-vote", closing.closed_at,  # type: ignore[attr-defined]
                     closing.record_vote.click)  # type: ignore[attr-defined]
    walk.shoot("step-9")
    assert not boxes.answers, boxes.answers


def shoot_dialogs(walk: Walk) -> None:
    """The room screen at the laptop's size and a projector's, and the main dialogs."""
    context = walk.window.controller.context
    assert context is not None
    room = RoomScreen(context)
    room.show()
    for width, height in ROOM_SIZES:
        room.resize(width, height)
        for page in range(len(room.results.pages) or 1):
            room.results.show_page(page) if room.results.pages else None
            walk.shoot(f"room-{width}x{height}-{page + 1}", room)
    room.close()
    for name, dialog in (("dialog-shortcuts", ShortcutsDialog(walk.window)),
                         ("dialog-backups", BackupsDialog(walk.window.controller, walk.window)),
                         ("dialog-documents", DocumentsWindow(context, walk.window))):
        dialog.show()
        walk.shoot(name, dialog)
        dialog.close()


def walk_language(out: Path, language: str) -> dict[str, list[str]]:
    boxes = Boxes(answers=[True])  # first start: open the demo meeting
    msgbox.run_modal = boxes.run  # type: ignore[assignment]
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "hoinghi.sqlite")
        window = open_main_window(db, language)
        window.setWindowState(Qt.WindowState.WindowNoState)
        window.resize(DESIGN_SIZE)
        walk = Walk(out / language, window, boxes)
        walk.out.mkdir(parents=True, exist_ok=True)
        try:
            walk_meeting(walk)
            shoot_dialogs(walk)
        finally:
            window.close()
            db.dispose()
    return walk.problems


def main(out: Path, languages: list[str]) -> int:
    create_application([])
    problems = {language: walk_language(out, language) for language in languages}
    (out / "problems.json").write_text(json.dumps(problems, ensure_ascii=False, indent=1),
                                       encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), sys.argv[2:]))
