"""Fixtures for the documents: the seed meeting in a fresh database with its rounds computed, and
helpers that read a PDF back with poppler (pdftotext, pdffonts)."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from models.database import Database
from services.documents.meeting_info import MeetingInfo, meeting_info
from services.documents.rounds import ReportedRound, reported_rounds
from tests.services.documents.meeting_files import load_meeting, round_results, seed_file


@dataclass(frozen=True)
class Seed:
    db: Database
    meeting_id: int
    info: MeetingInfo
    rounds: tuple[ReportedRound, ...]


@pytest.fixture
def seed(db: Database) -> Seed:
    document = seed_file()
    meeting_id = load_meeting(db, document)
    with db.session() as session:
        return Seed(db, meeting_id, meeting_info(session, meeting_id),
                    reported_rounds(session, meeting_id, round_results(document)))


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
