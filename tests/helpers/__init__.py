"""What tests share: paths, meeting builders, ballot piles, review samples, window openers. Tests
import helpers from here, never from one another (nor from a conftest)."""

from __future__ import annotations

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
