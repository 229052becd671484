"""Issue 13: no internal code reaches a person. The demo meeting (the committee's reference file)
with its rounds: every page of the main window (the set-up page, each agenda step, each round and
each tab of the vote pages), every question asked, the room screen and the documents window's list
are read in Vietnamese and in English; every document is printed (PDF read by pdftotext, .docx by
python-docx) with the name it is saved under. None holds a member, cell, round or kind code of the
meeting file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select, text

from models.ballot import BallotRound
from models.database import Database
from services.ballot.fingerprint import round_fingerprint
from services.ballot.rounds import lock_round
from services.ballot.stored import round_input
from services.documents.catalogue import FILE_STEMS, meeting_documents, write_document
from services.integrity.audit import verify
from services.integrity.backups import BackupError, list_snapshots, restore_snapshot, take_snapshot
from services.meeting_file.store import import_meeting
from services.scan.read import expected_ballot, page_mismatch
from tests.helpers import CELL_FILE, PROJECT_ROOT, SEED_MEETING
from tests.helpers.documents import pdf_text
from tests.helpers.integrity import full_meeting
from tests.helpers.piles import approve_tellers, call_the_roll
from tests.helpers.shown import (
    codes_in,
    docx_text,
    english_safe,
    meeting_codes,
    recoded,
    widget_texts,
)
from tests.helpers.ui import WAIT_MS, open_documents, open_reconciled_round, open_window
from ui import msgbox
from ui.agenda import SETUP
from ui.ballot.page import BallotPage
from ui.main_window import MainWindow
from ui.room_screen import RoomScreen

MEETINGS = (SEED_MEETING, CELL_FILE)


def imported(db: Database, path: Path) -> int:
    meeting_id = import_meeting(db, path)
    call_the_roll(db, meeting_id)
    approve_tellers(db, meeting_id)
    return meeting_id


def locked(db: Database, path: Path) -> int:
    """The meeting with its rounds locked by the head teller: the documents are final, their
    footers name each locked round."""
    meeting_id = imported(db, path)
    head = approve_tellers(db, meeting_id)[0]
    with db.session() as session:
        rounds = session.scalars(select(BallotRound.id).where(
            BallotRound.meeting_id == meeting_id)).all()
    for round_id in rounds:
        lock_round(db, round_id, head)
    return meeting_id


class Said:
    """Answers every question "yes" (the head teller signs, the chair moves on) and keeps every
    word each dialog says."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def run(self, dialog: QDialog) -> int:
        self.texts.append(widget_texts(dialog))
        if isinstance(dialog, QMessageBox):
            self.texts += [dialog.text(), dialog.informativeText(), dialog.detailedText()]
            yes = [b for b in dialog.buttons()
                   if dialog.buttonRole(b) is QMessageBox.ButtonRole.YesRole]
            if yes:
                yes[0].click()
        return 0


@pytest.mark.parametrize("path", MEETINGS, ids=lambda p: p.stem)
@pytest.mark.parametrize("language", ["vi", "en"])
def test_no_page_dialog_or_room_screen_shows_a_code(
        qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch, language: str,
        path: Path) -> None:
    codes = meeting_codes(path)
    codes = codes if language == "vi" else english_safe(codes)
    imported(db, path)
    said = Said()
    monkeypatch.setattr(msgbox, "run_modal", said.run)
    window = open_window(qtbot, db, language)
    try:
        walk_and_read(qtbot, window, said, codes)
    finally:
        window.controller.translations.install("vi")  # the next tests read Vietnamese


def walk_and_read(qtbot: QtBot, window: MainWindow, said: Said, codes: set[str]) -> None:
    """Every step, round and tab, the room screen and the documents window, read."""
    window.resize(1366, 768)
    room = window.room.open()
    assert isinstance(room, RoomScreen)
    seen: dict[str, str] = {}

    def look(where: str) -> None:
        window.script_panel.refresh()
        window.status.refresh()
        room.reload()
        seen[where] = "\n".join([widget_texts(window), widget_texts(room)])

    for step in (SETUP, *range(1, 10)):
        window.go_to(step)
        page = window.stack.currentWidget()
        if not isinstance(page, BallotPage):
            look(f"step {step}")
            continue
        for row in range(page.rounds.rowCount()):
            page.round_list.setCurrentIndex(page.rounds.index(row))
            for tab in range(page.tabs.count()):
                page.tabs.setCurrentIndex(tab)
                look(f"step {step}, round {row}, tab {tab}")
            if page.result.lock_button.isEnabled():
                page.result.lock_button.click()  # the head teller is asked, and signs
                look(f"step {step}, round {row}, locked")
        # A new round, reconciled, nobody has keyed it: every tab before the result.
        open_reconciled_round(page)
        for tab in range(page.tabs.count()):
            page.tabs.setCurrentIndex(tab)
            look(f"step {step}, new round, tab {tab}")
    documents = open_documents(qtbot, window)
    with qtbot.waitSignal(documents.preview_ready, timeout=WAIT_MS):
        pass
    seen["documents window"] = widget_texts(documents)
    seen["dialogs"] = "\n".join(said.texts)
    assert said.texts, "the lock was asked"
    with window.controller.db.session() as session:  # the new rounds' codes too
        codes |= set(session.scalars(select(BallotRound.code)).all())
    leaks = {where: codes_in(text, codes) for where, text in seen.items()}
    leaks = {where: found for where, found in leaks.items() if found}
    assert not leaks, "\n".join(f"{k}: {sorted(v)}" for k, v in leaks.items())


@pytest.mark.parametrize("opaque", [False, True], ids=["file's ids", "opaque ids"])
@pytest.mark.parametrize("path", MEETINGS, ids=lambda p: p.stem)
def test_no_document_or_file_name_holds_a_code(db: Database, tmp_path: Path, path: Path,
                                               opaque: bool) -> None:
    """The documents' text for the file as it is; the names they are saved under for the file
    with opaque ids (its own round ids are words, which a file name spells too)."""
    path = recoded(path, tmp_path) if opaque else path
    codes = meeting_codes(path)
    meeting_id = locked(db, path)
    with db.session() as session:
        specs = meeting_documents(session, meeting_id)
    leaks: dict[str, set[str]] = {}
    for spec in specs:
        for suffix in (".pdf", ".docx") if spec.has_docx else (".pdf",):
            name = spec.file_name(suffix)
            target = tmp_path / name
            write_document(db, meeting_id, spec, target, docx=suffix == ".docx")
            text = docx_text(target) if suffix == ".docx" else pdf_text(target)
            part = name.removeprefix(FILE_STEMS[spec.kind]).removesuffix(suffix).strip("-")
            found = codes_in(f"{spec.title}\n{spec.detail}\n{text}", codes)
            if opaque:
                found |= codes_in(part.replace("-", " "), codes)
            if found:
                leaks[name] = found
    assert len(specs) > 5
    assert not leaks, "\n".join(f"{k}: {sorted(v)}" for k, v in leaks.items())


def test_no_restore_refusal_verify_report_or_scan_reason_holds_a_code(db: Database) -> None:
    """The texts that name a round away from its pages: a restore refused because a round was
    locked since the backup, a fingerprint looked up by `verify`, verify's report on a locked
    round's keyed ballots changed by hand, the scanner's reason for a page of another round."""
    codes = meeting_codes(SEED_MEETING)
    meeting_id = full_meeting(db, lock=False)
    take_snapshot(db, "buoc-6")
    with db.session() as session:
        rounds = session.scalars(select(BallotRound).where(BallotRound.meeting_id == meeting_id)
                                 .order_by(BallotRound.id)).all()
        round_codes, keyed = [r.code for r in rounds], rounds[-1].id  # the last one is keyed
    codes |= set(round_codes)  # with the round opened here ("chi-bo-2")
    lock_round(db, keyed, approve_tellers(db, meeting_id)[0])
    said: dict[str, str] = {}
    with pytest.raises(BackupError) as refused:
        restore_snapshot(db, list_snapshots(db)[0], actor="chair")
    said["restore"] = str(refused.value)
    with db.session() as session:
        printed = round_fingerprint(round_input(session.get_one(BallotRound, keyed)))
    run = subprocess.run([sys.executable, str(PROJECT_ROOT / "main.py"), "--db", str(db.file),
                          "verify", "--fingerprint", printed], capture_output=True, text=True,
                         cwd=PROJECT_ROOT)
    said["verify --fingerprint"] = run.stdout
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE entry_ballot SET marks = substr(marks, 2) "
                                "WHERE id = (SELECT min(id) FROM entry_ballot)"))
    said["verify"] = verify(db).problem or ""
    this, other = (expected_ballot(db, meeting_id, code) for code in round_codes[:2])
    said["scan"] = page_mismatch(other.key, len(other.pages), this)
    assert all(said.values()), said  # each text was said
    leaks = {where: codes_in(text, codes) for where, text in said.items()}
    assert not any(leaks.values()), leaks
