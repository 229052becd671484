"""The scanner as a third teller on the cells' vote page, as the tellers use it: the blank ballot
printed by the app and marked like the seed pile, scanned (a PDF and an image, a page of another
round among them, one page twice), imported on the scan tab, a doubtful row decided by one key,
the scan set beside the tellers' entries on the differences tab with the row's images, the
tellers' agreement, the lock, and the images gone."""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from models.audit import AuditEvent
from models.ballot import BallotRound
from models.database import Database
from models.scan import ScanEntry, ScanPage, scan_folder
from services.ballot.sheets import round_subjects
from services.documents.ballot_layout import ballot_layout
from services.integrity.audit import verify
from tests.helpers.piles import miskeyed, pile, seed_counts
from tests.helpers.scan_papers import (
    ballot_pdf,
    marked_ballots,
    rasterise,
    smudge,
    write_png,
)
from tests.helpers.ui import Boxes, key_ballots, saved, start_teller, texts
from ui import msgbox
from ui.ballot.page import BallotPage, CellsBallotPage
from ui.ballot.tables import DifferencesModel
from ui.context import MeetingContext

DPI = 200
READ_MS = 180_000  # a generous bound on a loaded machine; a page takes well under a second
MISKEYED_ROW = 5
LEVEL = {"1": "HTXSNV", "2": "HTTNV", "3": "HTNV", "4": "KHTNV", "0": "dòng không hợp lệ"}


@pytest.fixture
def cells(qtbot: QtBot, context: MeetingContext, boxes: Boxes) -> BallotPage:
    page = CellsBallotPage(context)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    boxes.answers = [True]  # the members' round is not locked here: the chair opens it anyway
    page.open_button.click()
    form = page.reconciliation
    form.edits["issued"].setText("10")
    form.edits["returned"].setText("10")
    form.save_button.click()
    return page


def seed_pile(db: Database, page: BallotPage) -> list[str]:
    """The seed meeting's cells' pile, a string of marks per ballot, in the round's order."""
    assert page.round_id is not None
    return pile(seed_counts("chi-bo"), [row.code for row in round_subjects(db, page.round_id)])


def scanned_pile(db: Database, page: BallotPage, ballots: list[str], folder: Path
                 ) -> list[Path]:
    """The pile marked on the printed ballot, ballot 3's row 3 with a smudge in an empty box
    beside its mark, shuffled and scanned as a PDF of nine pages and one image; with a page of
    the members' ballot slipped in."""
    assert page.round_id is not None
    images = marked_ballots(db, page.round_id, ballots, DPI, ("cross", "tick", "pencil"))
    marked = images[2].truth[2]
    box = next(b for n, b in enumerate(ballot_layout(len(ballots[0]))[0].rows[2].boxes)
               if n != marked)
    smudge(images[2].image, (box.x, box.y, box.w), DPI)
    random.Random(16).shuffle(images)
    pdf = folder / "máy quét.pdf"
    first, *rest = (Image.fromarray(p.image) for p in images[:9])
    first.save(pdf, save_all=True, resolution=DPI, append_images=rest)
    single = write_png(images[9].image, folder / "trang lẻ.png")
    with db.session() as session:
        meeting_id = session.get_one(BallotRound, page.round_id).meeting_id
    members = rasterise(ballot_pdf(db, meeting_id, "dang-vien"), 150)[0]
    return [pdf, single, write_png(members, folder / "phiếu đảng viên.png")]


def import_scans(qtbot: QtBot, page: BallotPage, monkeypatch: pytest.MonkeyPatch,
                 files: list[Path]) -> None:
    page.tabs.setCurrentIndex(page.SCAN)
    monkeypatch.setattr(msgbox, "choose_files", lambda *_args: files)
    page.scan.import_button.click()
    assert not page.scan.import_button.isEnabled()  # reading, off the GUI thread
    qtbot.waitUntil(page.scan.import_button.isEnabled, timeout=READ_MS)


def scan_column(page: BallotPage, row: int, tellers: int) -> list[str]:
    """The scanner's five figures on a row of the scan's differences table."""
    model = page.differences.scan.model
    first = DifferencesModel.FIRST_COUNT
    return [model.cell(row, first + slot * (tellers + 1) + tellers) or "" for slot in range(5)]


def test_the_scan_checks_the_tellers_and_its_images_go_at_the_lock(
        qtbot: QtBot, db: Database, cells: BallotPage, boxes: Boxes, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    round_id = cells.round_id
    assert round_id is not None
    ballots = seed_pile(db, cells)
    pdf, single, other = scanned_pile(db, cells, ballots, tmp_path)
    import_scans(qtbot, cells, monkeypatch, [pdf, other])
    scan = cells.scan
    assert scan.report.text() == ("Vừa đọc 9 trang mới, 1 trang không đọc được, 0 trang đã "
                                   "nhập trước đó (không tính lại).")
    assert scan.status.text().splitlines()[:2] == [
        "Đã đọc 9 trang; mỗi phiếu có 1 trang; số phiếu hợp lệ: 10.",
        "Số bản quét khác số phiếu hợp lệ: trang 1: 9 bản. Còn phiếu chưa quét, trang bị từ "
        "chối, hoặc một phiếu quét hai lần?"]
    import_scans(qtbot, cells, monkeypatch, [single])  # the pile's last sheet, on its own
    assert scan.report.text() == ("Vừa đọc 1 trang mới, 0 trang không đọc được, 0 trang đã "
                                   "nhập trước đó (không tính lại).")
    assert scan.status.text() == (
        "Đã đọc 10 trang; mỗi phiếu có 1 trang; số phiếu hợp lệ: 10.\n"
        "Đủ 10 bản của mỗi trang.\n"
        "1 dòng máy quét chưa đọc rõ, còn 1 dòng chờ người quyết định (bên dưới).")
    assert [scan.refused.item(i).text() for i in range(scan.refused.count())] == [
        "phiếu đảng viên.png, trang 1: trang của phiếu vòng “Xếp loại đảng viên”, không phải "
        "vòng “Xếp loại tổ chức đảng (vòng 2)”"]
    assert "phiếu Ban kiểm phiếu đã để riêng là không hợp lệ thì không quét" in \
        texts(scan)
    # The doubtful row, with its image, decided by one key.
    names = [row.name for row in round_subjects(db, round_id)]
    doubtful = scan.doubtful
    assert doubtful.title.text() == f"Dòng chưa rõ 1/1: TT 3 · {names[2]}"
    pixmap = doubtful.image.pixmap()
    assert not pixmap.isNull() and pixmap.width() > 4 * pixmap.height()
    assert doubtful.decision.text() == "Chưa quyết định · còn 1 dòng chưa quyết định"
    qtbot.wait(50)  # laid out, to look at
    cells.grab().save(str(tmp_path / "scan-tab.png"))
    truth = ballots[2][2]
    slip = "4" if truth != "4" else "3"  # a wrong key: the check below catches it
    qtbot.keyClick(doubtful, slip)
    assert doubtful.decision.text() == (f"Đã quyết định: {LEVEL[slip]} · còn 0 dòng chưa "
                                        "quyết định")
    assert scan.status.text().endswith("1 dòng máy quét chưa đọc rõ, còn 0 dòng chờ người "
                                       "quyết định (bên dưới).")
    # The same image again counts once (its decided row stays decided).
    import_scans(qtbot, cells, monkeypatch, [single])
    assert scan.report.text() == ("Vừa đọc 0 trang mới, 0 trang không đọc được, 1 trang đã "
                                   "nhập trước đó (không tính lại).")
    assert scan.status.text().startswith("Đã đọc 10 trang;")
    assert doubtful.decision.text().startswith(f"Đã quyết định: {LEVEL[slip]}")
    # Secrecy: the pages are stored in the order of their content hash, named by it, not in
    # the order they were imported.
    folder = scan_folder(db.url, round_id)
    with db.session() as session:
        pages = session.scalars(select(ScanPage).where(ScanPage.number > 0)
                                .order_by(ScanPage.id)).all()
        digests = [page.digest for page in pages]
    assert digests == sorted(digests)
    assert sorted(p.stem for p in folder.iterdir()) == digests

    # The tellers key the pile; the second slips on one row of ballot 5.
    start_teller(qtbot, cells, 0)
    key_ballots(qtbot, cells, ballots)
    start_teller(qtbot, cells, 1)
    key_ballots(qtbot, cells, miskeyed(ballots, [(4, MISKEYED_ROW)]))
    cells.tabs.setCurrentIndex(cells.DIFFERENCES)
    view, check = cells.differences, cells.differences.scan
    assert view.model.rowCount() == 1
    assert check.summary.text().startswith(
        f"Máy quét khác các bản nhập ở 2 đối tượng: {names[2]}, {names[MISKEYED_ROW]}.")
    assert [check.model.cell(n, 1) for n in range(2)] == [names[2], names[MISKEYED_ROW]]
    tellers = len(view.model.tellers)
    keyed = [view.model.cell(0, DifferencesModel.FIRST_COUNT + slot * tellers) for slot in range(5)]
    assert scan_column(cells, 1, tellers) == keyed  # the scan sides with the first teller
    check.table.selectRow(1)
    qtbot.wait(50)  # the images are laid out
    captions = [w.text() for w in check.images.findChildren(QLabel, "scan_row_caption")]
    assert len(captions) == 10 and captions[0].startswith("Trang quét 1/10 · máy quét đọc: ")
    read = Counter(caption.rsplit(": ", 1)[1] for caption in captions)
    assert [str(read[LEVEL[m]]) for m in "12340"] == keyed
    cells.grab().save(str(tmp_path / "differences-tab.png"))

    # The second teller corrects ballot 5: the tellers agree, the scan still differs on the
    # row decided with the wrong key. Asked, the tellers say no: nothing is agreed.
    start_teller(qtbot, cells, 1)
    per_ballot = cells.entry.per_ballot
    per_ballot.reopen_number.setValue(5)
    per_ballot.reopen_button.click()
    for _ in range(MISKEYED_ROW):
        qtbot.keyClick(per_ballot.table, Qt.Key.Key_Down)
    qtbot.keyClick(per_ballot.table, ballots[4][MISKEYED_ROW])
    qtbot.keyClick(per_ballot.table, Qt.Key.Key_Return)
    saved(qtbot, cells)
    cells.tabs.setCurrentIndex(cells.DIFFERENCES)
    assert view.model.rowCount() == 0 and view.agree_button.isEnabled()
    assert check.summary.text().startswith(f"Máy quét khác các bản nhập ở 1 đối tượng: "
                                           f"{names[2]}.")
    captions = [w.text() for w in check.images.findChildren(QLabel, "scan_row_caption")]
    assert sum(f"máy quét chưa rõ, đã quyết định: {LEVEL[slip]}" in c for c in captions) == 1
    boxes.answers = [False]
    view.agree_button.click()
    assert boxes.seen[-1][0] == "Máy quét khác bản nhập"
    assert "Đã ghi số liệu thống nhất." not in view.summary.text()
    # Back on the scan tab the row is decided again with the right key.
    cells.tabs.setCurrentIndex(cells.SCAN)
    assert doubtful.decision.text().startswith(f"Đã quyết định: {LEVEL[slip]}")
    qtbot.keyClick(doubtful, truth)
    assert doubtful.decision.text().startswith(f"Đã quyết định: {LEVEL[truth]}")
    cells.tabs.setCurrentIndex(cells.DIFFERENCES)
    assert check.summary.text().startswith("Máy quét khớp với các bản nhập (")
    view.agree_button.click()  # nothing to ask: the scan agrees
    assert view.summary.text().endswith("Đã ghi số liệu thống nhất.")

    # The head teller locks: the scanned pages and their images are gone, the counts stay.
    cells.tabs.setCurrentIndex(cells.RESULT)
    boxes.answers = [True]
    cells.result.lock_button.click()
    assert not folder.exists()
    with db.session() as session:
        assert session.scalars(select(ScanPage)).all() == []
        entry = session.scalars(select(ScanEntry)).one()
        assert entry.pages == 10
        tables = set(session.scalars(select(AuditEvent.table_name)))
    assert "scan_page" not in tables and "scan_entry" in tables
    assert verify(db).problem is None  # the scanner's counts replay from the log
    cells.tabs.setCurrentIndex(cells.SCAN)
    assert scan.status.text() == ("Vòng đã khóa: các trang quét và ảnh của chúng đã bị xóa. "
                                  "Số liệu của máy quét (từ 10 trang) vẫn được giữ.")
    assert not scan.import_button.isEnabled() and not scan.doubtful.isVisible()


def test_a_scan_discarded_on_the_scan_tab_goes_with_its_images(
        qtbot: QtBot, db: Database, cells: BallotPage, boxes: Boxes, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert cells.round_id is not None
    ballots = seed_pile(db, cells)
    _pdf, single, _other = scanned_pile(db, cells, ballots, tmp_path)
    import_scans(qtbot, cells, monkeypatch, [single])
    scan = cells.scan
    assert scan.status.text().startswith("Đã đọc 1 trang;")
    folder = scan_folder(db.url, cells.round_id)
    assert len(list(folder.iterdir())) == 1
    boxes.answers = [False]  # asked first: "no" keeps it
    scan.discard_button.click()
    assert scan.status.text().startswith("Đã đọc 1 trang;")
    boxes.answers = [True]
    scan.discard_button.click()
    assert scan.status.text() == "Chưa có bản quét nào cho vòng này."
    assert not folder.exists() and not scan.discard_button.isEnabled()
    cells.tabs.setCurrentIndex(cells.DIFFERENCES)
    assert not cells.differences.scan.isVisibleTo(cells.differences)  # no scan, nothing shown
