"""Issue 13: the result file's warnings name people, never ids (the machine fields keep the ids),
and a round imported with its counts, which nobody keyed, prints no sentence about double entry."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import main
from models.database import Database
from services.documents.catalogue import DocumentKind, DocumentSpec, write_document
from services.meeting_file.store import import_meeting
from tests.helpers import SEED_MEETING
from tests.helpers.documents import pdf_text


def over_quota(folder: Path) -> Path:
    """The seed meeting with Nguyễn Công Việt (m01) voted HTXSNV by all ten: 14 excellent of
    65, over the limit of 13."""
    data = json.loads(SEED_MEETING.read_text(encoding="utf-8"))
    subject = next(s for s in data["rounds"][0]["subjects"] if s["id"] == "m01")
    subject["votes"] = {"HTXSNV": 10, "HTTNV": 0, "HTNV": 0, "KHTNV": 0}
    path = folder / "over-quota.meeting.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_the_quota_warnings_name_people_and_the_quota_fields_keep_the_ids(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "result.json"
    assert main.main(["tally", str(over_quota(tmp_path)), "--json", str(out)]) == 0
    members = json.loads(out.read_text(encoding="utf-8"))["rounds"][0]
    assert members["quota"]["exceeded"] and members["quota"]["over"] + members["quota"]["tied"]
    assert all(re.fullmatch(r"m\d\d", code)
               for code in members["quota"]["over"] + members["quota"]["tied"])
    names = {m["id"]: m["name"] for m in json.loads(
        SEED_MEETING.read_text(encoding="utf-8"))["members"]}
    quota = [w for w in members["warnings"] if w["code"] in ("quota_over", "quota_tied")]
    assert quota
    for warning in quota:
        assert not re.search(r"\bm\d\d\b", warning["message"]), warning["message"]
    flagged = members["quota"]["over"] + members["quota"]["tied"]
    said = " ".join(w["message"] for w in quota)
    assert all(names[code] in said for code in flagged)
    assert not re.search(r"\bm\d\d\b", capsys.readouterr().err)  # nor on stderr


def test_an_imported_round_prints_no_double_entry_sentence(db: Database,
                                                           tmp_path: Path) -> None:
    meeting_id = import_meeting(db, SEED_MEETING)
    target = tmp_path / "bien-ban-kiem-phieu.pdf"
    write_document(db, meeting_id, DocumentSpec(DocumentKind.tellers_report, "Tất cả các vòng"),
                   target)
    text = " ".join(pdf_text(target).split())
    assert "Số phiếu hợp lệ" in text or "số phiếu hợp lệ" in text
    assert "nhập độc lập" not in text and "nhập phiếu hai lần" not in text
