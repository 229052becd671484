"""`verify --fingerprint`: a printed fingerprint is traced to its meeting, round and revision."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select, text

from models.ballot import BallotRound, RoundState
from models.database import Database
from services.ballot.fingerprint import round_fingerprint
from services.ballot.fingerprint_match import (
    FingerprintFormatError,
    find_fingerprint,
    normalise_fingerprint,
)
from services.ballot.stored import round_input
from tests.helpers import PROJECT_ROOT
from tests.helpers.integrity import full_meeting


def lock_first_round(db: Database) -> str:
    """Lock the seed meeting's first round as the head teller would; its printed fingerprint."""
    with db.session("head_teller") as s, s.begin():
        stored = s.scalars(select(BallotRound).order_by(BallotRound.id)).first()
        assert stored is not None
        stored.state = RoundState.locked
        stored.locked_at = dt.datetime(2022, 1, 7, 10, 30)
        stored.locked_by = "Tổ kiểm phiếu"
        return round_fingerprint(round_input(stored))


def run_verify(db: Database, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(PROJECT_ROOT / "main.py"), "--db", str(db.file),
                           "verify", *extra], capture_output=True, text=True, cwd=PROJECT_ROOT)


def test_typing_is_forgiving_but_not_loose() -> None:
    assert normalise_fingerprint(" 1c4b 826e-1a40 ") == "1C4B-826E-1A40"
    for wrong in ("1C4B-826E", "1C4B-826E-1A4G", "", "1C4B-826E-1A40-0000"):
        with pytest.raises(FingerprintFormatError):
            normalise_fingerprint(wrong)


def test_a_locked_rounds_fingerprint_names_its_round_and_revision(db: Database) -> None:
    full_meeting(db)
    printed = lock_first_round(db)
    [match] = find_fingerprint(db, printed.lower())
    assert (match.round_code, match.revision, match.locked) == ("dang-vien", 1, True)


def test_a_fingerprint_of_other_counts_matches_nothing(db: Database) -> None:
    full_meeting(db)
    printed = lock_first_round(db)
    other = printed[:-1] + ("0" if printed[-1] != "0" else "1")
    assert find_fingerprint(db, other) == []


def test_command_exit_codes(db: Database) -> None:
    full_meeting(db)
    printed = lock_first_round(db)
    found = run_verify(db, "--fingerprint", printed)
    assert found.returncode == 0, found.stderr
    # The round and the meeting by their titles and the day, as printed; the codes stay out.
    assert "vòng “Xếp loại đảng viên” bản 1 của hội nghị “Hội nghị kiểm điểm" in found.stdout
    assert "ngày 07/01/2022, đã khóa" in found.stdout and "dang-vien" not in found.stdout
    assert run_verify(db, "--fingerprint", "0000-0000-0000").returncode == 1
    malformed = run_verify(db, "--fingerprint", "xyz")
    assert malformed.returncode == 2 and "12 chữ số" in malformed.stderr
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE round_subject SET votes_htnv = votes_htnv + 1 "
                                "WHERE id = 1"))
    tampered = run_verify(db, "--fingerprint", printed)
    assert tampered.returncode == 1
    assert "round_subject" in tampered.stderr and "Traceback" not in tampered.stderr


def test_verify_refuses_a_missing_or_foreign_file(tmp_path: Path) -> None:
    root = PROJECT_ROOT
    missing = subprocess.run([sys.executable, str(root / "main.py"), "--db",
                              f"{tmp_path}/none.sqlite", "verify"], capture_output=True,
                             text=True, cwd=root)
    assert missing.returncode == 2 and "Không có cơ sở dữ liệu" in missing.stderr
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database" * 100)
    foreign = subprocess.run([sys.executable, str(root / "main.py"), "--db", str(junk),
                              "verify"], capture_output=True, text=True, cwd=root)
    assert foreign.returncode == 2 and "Traceback" not in foreign.stderr


def test_a_damaged_file_is_reported_not_a_traceback(db: Database) -> None:
    full_meeting(db)
    db.dispose()
    assert db.file is not None
    with sqlite3.connect(db.file) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page = connection.execute("PRAGMA page_size").fetchone()[0]
        root = connection.execute("SELECT rootpage FROM sqlite_master "
                                  "WHERE name = 'ix_member_meeting_id'").fetchone()[0]
    with db.file.open("r+b") as raw:  # an index page overwritten, as a failing disk might
        raw.seek((root - 1) * page + 8)
        raw.write(b"\xff" * 64)
    run = run_verify(db)
    assert run.returncode in (1, 2)
    assert "hỏng" in run.stderr or "cannot" in run.stderr
    assert "Traceback" not in run.stderr
