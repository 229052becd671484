"""What tests share: paths, meeting builders, ballot piles, review samples, window openers. Tests
import helpers from here, never from one another (nor from a conftest)."""

from __future__ import annotations

import tomllib
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
# The project's shared folder (spec, domain rules, fixtures) beside the project folder.
SHARED = PROJECT_ROOT.parent / "shared"
# The demo meeting the app offers on first start, and the reference meeting with its result.
SEED_MEETING = PROJECT_ROOT / "resources" / "demo" / "tien-giang-2021.meeting.json"
FIXTURE = SHARED / "fixtures" / "tien-giang-2021.meeting.json"
EXPECTED = SHARED / "fixtures" / "tien-giang-2021.result.json"
# Sample draft reports (.md, .docx, .txt) and refused inputs.
SAMPLES = PROJECT_ROOT / "tests" / "data" / "drafts"
SAMPLE_MD = SAMPLES / "bao-cao-kiem-diem.md"
SAMPLE_DOCX = SAMPLES / "bao-cao-kiem-diem.docx"
# A cell meeting whose members carry their attendance marks (the electorate derived from them).
CELL_FILE = PROJECT_ROOT / "tests" / "data" / "cell-attendance.meeting.json"
# The version the project declares (the window's About and the crash report show it).
PYPROJECT_VERSION = tomllib.loads((PROJECT_ROOT / "pyproject.toml")
                                  .read_text(encoding="utf-8"))["project"]["version"]
