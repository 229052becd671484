"""Each teller's entry log, as the documents window prints it and pdftotext reads it back: the
runs of ballots saved, the corrections, the ballots voided, the station and the times, the
teller's summary and signature; no time per ballot and no mark (secrecy)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from models.ballot import BallotRound
from models.ballot_entry import EntryLog, EntryMode
from models.database import Database
from services.ballot.sheets import (
    approved_tellers,
    finish_ballot,
    open_ballot,
    resume_ballot,
    round_subjects,
    set_mark,
    set_total,
    start_sheet,
    void_ballot,
)
from services.documents.catalogue import DocumentKind, meeting_documents, write_document
from services.stations.names import actor_name
from tests.helpers.documents import flat, pdf_text
from tests.services.ballot.test_stations import a_round


def test_a_tellers_entry_log_reads_back_as_keyed(db: Database, tmp_path: Path) -> None:
    round_id, tellers = a_round(db)
    with db.session() as s:
        meeting_id = s.get_one(BallotRound, round_id).meeting_id
    names = {t.id: t.name for t in approved_tellers(db, meeting_id)}
    a, b = names[tellers[0]], names[tellers[1]]
    actor = actor_name("teller", "Tổ 2", a)
    keying = {"actor": actor, "station": "Tổ 2"}
    sheet = start_sheet(db, round_id, tellers[0], EntryMode.per_ballot, **keying)
    ballot = resume_ballot(db, sheet.id, **keying)
    for _ in range(4):  # four ballots saved in a row
        assert ballot is not None
        for row in range(len(ballot.marks)):
            set_mark(db, ballot.id, row, "2", **keying)
        ballot = finish_ballot(db, ballot.id, **keying)
    second = open_ballot(db, sheet.id, 2)  # a saved ballot corrected: two rows, one correction
    set_mark(db, second.id, 0, "1", **keying)
    set_mark(db, second.id, 1, "3", **keying)
    void_ballot(db, open_ballot(db, sheet.id, 4).id, **keying)  # keyed twice by mistake
    # The other teller keys totals at the chair's laptop.
    other = actor_name("teller", None, b)
    totals = start_sheet(db, round_id, tellers[1], EntryMode.totals, actor=other)
    first, second_subject = (s.id for s in round_subjects(db, round_id)[:2])
    set_total(db, totals.id, first, 0, 6, actor=other)
    set_total(db, totals.id, second_subject, 1, 4, actor=other)
    set_total(db, totals.id, first, 0, 7, actor=other)

    with db.session() as s:
        runs = s.scalars(select(EntryLog).where(EntryLog.sheet_id == sheet.id)).all()
        spec = next(d for d in meeting_documents(s, meeting_id)
                    if d.kind is DocumentKind.entry_log)
        stored = s.get_one(BallotRound, round_id)
    # listed by the round's title, as every other paper of a round; never by its code
    assert spec.detail == stored.title and stored.code not in spec.detail
    assert [(r.action.value, r.first, r.last, r.count) for r in runs] == [
        ("began", None, None, 0), ("saved", 1, 4, 4), ("corrected", 2, 2, 1),
        ("voided", 4, 4, 1)]  # one row for the four saves: no time per ballot
    target = tmp_path / spec.file_name(".pdf")
    write_document(db, meeting_id, spec, target)
    text = flat(pdf_text(target))
    assert "NHẬT KÝ NHẬP PHIẾU" in text
    assert f"Người nhập: {a} (nhập từng phiếu)" in text
    for line in ("Bắt đầu nhập từng phiếu", "Lưu 4 phiếu, số 1–4", "Sửa phiếu số 2 (đã lưu)",
                 "Hủy phiếu số 4 (nhập trùng, không tính)"):
        assert line in text
    assert text.count("máy “Tổ 2”") == 4
    assert ("Số phiếu đã lưu và được tính: 3; số phiếu hủy (nhập trùng): 1. Số lần sửa: 1."
            in text)
    assert f"Người nhập: {b} (nhập tổng số)" in text
    assert "Nhập 2 ô số phiếu (TT 1–2)" in text and "Sửa số phiếu của TT 1" in text
    assert text.count("máy chủ tọa") == 3
    assert "Số lần sửa: 1." in text.split(f"{b} (nhập tổng số)")[1]
    assert "DỰ THẢO" in text  # the round is not locked: the log may still grow
    assert f"NGƯỜI NHẬP {a}" in text and f"NGƯỜI NHẬP {b}" in text
