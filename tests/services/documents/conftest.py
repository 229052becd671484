"""Fixtures for the documents: the seed meeting imported into a fresh database with its rounds,
the generated 2,000-member committee as a meeting file, and helpers that read a PDF back with
poppler (pdftotext, pdffonts)."""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from models.database import Database
from services.documents.meeting_info import MeetingInfo, meeting_info
from services.documents.rounds import ReportedRound, stored_rounds
from services.meeting_file import MeetingFile, load_meeting_file
from services.meeting_store import import_meeting
from tests.conftest import SEED_MEETING
from tests.generated import generated_meeting_file


@dataclass(frozen=True)
class Seed:
    db: Database
    meeting_id: int
    info: MeetingInfo
    rounds: tuple[ReportedRound, ...]


@pytest.fixture
def seed(db: Database) -> Seed:
    meeting_id = import_meeting(db, SEED_MEETING)
    with db.session() as session:
        return Seed(db, meeting_id, meeting_info(session, meeting_id),
                    stored_rounds(session, meeting_id))


def seed_meeting_file() -> MeetingFile:
    return load_meeting_file(SEED_MEETING)


def generated_file(folder: Path) -> Path:
    """The generated 2,000-member committee written as a meeting file in `folder`."""
    path = folder / "generated.meeting.json"
    path.write_text(json.dumps(generated_meeting_file(), ensure_ascii=False), encoding="utf-8")
    return path


def pdf_pages(path: Path, raw: bool = False) -> list[str]:
    """The text of each page, as pdftotext reads it: in reading order, or `raw` in the order it
    was drawn (a table cell's wrapped lines together)."""
    options = ["-raw"] if raw else []
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", *options, str(path), "-"], check=True,
                          capture_output=True, text=True).stdout
    return text.split("\f")[:-1]


def pdf_text(path: Path, raw: bool = False) -> str:
    return "\n".join(pdf_pages(path, raw))


def pdf_fonts(path: Path) -> list[tuple[str, str]]:
    """(font name, embedded yes/no) of every font in the file, from pdffonts."""
    lines = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True,
                           text=True).stdout.splitlines()[2:]
    fonts = []
    for line in lines:
        parts = line.split()
        # name type [encoding...] emb sub uni object generation: "emb" is 5th from the end
        fonts.append((parts[0], parts[-5]))
    return fonts
