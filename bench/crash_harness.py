"""Crash drill: the app's write paths are killed with SIGKILL at random moments, and every change
the app had acknowledged must still be there afterwards.

A child process (`python -m bench.crash_harness child DB START SEED`) takes the instance lock as
the app does, opens the database and then records changes through the services, one short
session each, printing an acknowledgement line only once the commit has returned: attendance
marks (services/ballot/attendance.py), comments on the collective draft (services/review/drafts/),
and ballot entry keystroke by keystroke (services/ballot/sheets.py: a mark per row, Enter at the
end of a ballot, corrections once the pile is keyed). Attendance and comments carry a token (the
attempt number); a keystroke is announced ("TRY") before its commit, so that the one in flight
at the kill is known.

The parent starts a child, kills it (mostly after it is ready, sometimes while it is still opening
the database), reopens the file and checks: the instance lock is free again, `PRAGMA
integrity_check` is ok, `verify` is intact, every acknowledged comment is there, every member's
attendance is the last acknowledged mark or a later one, every keyed row holds its last
acknowledged mark or one tried after it, and every ballot acknowledged as finished is complete
(a change committed just before the kill, whose acknowledgement never got out, is allowed).
"""

from __future__ import annotations

import json
import os
import queue
import random
import re
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO

from sqlalchemy import select, text
from sqlalchemy.orm import Session

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "resources" / "demo" / "tien-giang-2021.meeting.json"
READY = "READY"
ACK = "ACK"
TRY = "TRY"
KEYS = "12340"  # the four levels and an invalid row
MARKS = ("absent_excused", "absent", "excluded")
EARLY_KILL_SHARE = 0.1  # kills that land while the child is still starting
TOKEN = re.compile(r"#(\d+)$")


@dataclass
class Figures:
    kills: int = 0
    early_kills: int = 0
    acknowledged: int = 0
    acknowledged_attendance: int = 0
    acknowledged_comments: int = 0
    acknowledged_keystrokes: int = 0
    committed_unacknowledged: int = 0  # comments committed, killed before the acknowledgement
    lost: int = 0
    typed_lost: int = 0  # keys typed (journaled) that the next start did not write
    integrity_failures: int = 0
    verify_failures: int = 0
    lock_left_held: int = 0
    child_errors: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not (self.lost or self.typed_lost or self.integrity_failures or self.verify_failures
                    or self.lock_left_held or self.child_errors)


Cell = tuple[int, int]  # (ballot id, row)


@dataclass
class Acknowledged:
    """What the children acknowledged so far: member id -> (attempt, mark), comment tokens,
    ballot cell -> (attempt, mark), the marks tried in each cell, the ballots finished."""

    attendance: dict[int, tuple[int, str]] = field(default_factory=dict)
    comments: set[int] = field(default_factory=set)
    marks: dict[Cell, tuple[int, str]] = field(default_factory=dict)
    tried: dict[Cell, list[tuple[int, str]]] = field(default_factory=dict)
    finished: set[int] = field(default_factory=set)
    keystrokes: int = 0


def prepare(database: Path) -> None:
    """A new database holding the demo meeting and a collective draft to comment on."""
    from models.ballot_entry import EntryMode
    from models.database import open_database
    from models.enums import RoleKind, SubjectKind
    from models.meeting import RoleAssignment
    from services.ballot.attendance import mark_unrecorded_present
    from services.ballot.reconciliation import save_reconciliation
    from services.ballot.rounds import open_round
    from services.ballot.sheets import start_sheet
    from services.meeting_file.store import import_meeting
    from services.review.drafts.reading import read_pasted_text
    from services.review.drafts.versions import collective_draft, import_version

    db = open_database(database)
    try:
        meeting_id = import_meeting(db, SEED, actor="import")
        with db.session("secretary") as s, s.begin():
            draft = collective_draft(s, meeting_id)
            import_version(s, draft, read_pasted_text(
                "Báo cáo kiểm điểm\n\nMột đoạn để góp ý.\n\nĐoạn thứ hai.", "dự thảo"))
            teller = s.scalars(select(RoleAssignment).where(
                RoleAssignment.role == RoleKind.teller)).first()
            assert teller is not None
            teller.approved = True
            teller_id = teller.id
        with db.session("secretary") as s, s.begin():
            mark_unrecorded_present(s, meeting_id)  # a round opens after the roll call
        with db.session("chair") as s, s.begin():
            round_id = open_round(s, meeting_id, SubjectKind.organisation)
            save_reconciliation(s, round_id, {"issued": "10", "returned": "10"})
        start_sheet(db, round_id, teller_id, EntryMode.per_ballot)
    finally:
        db.dispose()


# --- the child: the app's write paths, acknowledged after each commit ---

def child(database: Path, start: int, seed: int) -> None:
    from models.ballot_entry import UNTYPED, EntryBallot, EntrySheet
    from models.database import open_database
    from models.enums import AttendanceStatus, CommentKind
    from models.instance_lock import InstanceLock
    from models.meeting import Meeting
    from models.review import Draft
    from models.roster import Member
    from services.ballot.attendance import set_attendance
    from services.ballot.sheets import resume_ballot
    from services.ballot.writer import Report, Shown, Write, Writer
    from services.review.drafts.comments import CommentEntry, add_comment

    lock = InstanceLock(database)
    lock.acquire()
    db = open_database(database)
    with db.session() as s:
        meeting_id = s.scalars(select(Meeting.id)).one()
        members = list(s.scalars(select(Member.id).where(Member.meeting_id == meeting_id,
                                                         Member.in_body.is_(True))))
        draft_id = s.scalars(select(Draft.id)).one()
        sheet_id = s.scalars(select(EntrySheet.id)).one()
    printing = threading.Lock()
    # The writer's answers to Enter (a killed child's Enters, from the journal, too).
    answers: queue.SimpleQueue[tuple[Write, Shown | None]] = queue.SimpleQueue()

    def say(line: str) -> None:
        with printing:
            print(line, flush=True)

    def acknowledged(report: Report) -> None:  # the writer's thread, after its commit
        write = report.write
        if report.waiting or write.kind not in ("mark", "finish"):
            return
        if report.error is not None:
            say(f"REFUSED {write.kind} {report.error}")
        elif write.kind == "mark":
            ballot_id, row, key = write.args
            say(f"{ACK} mark {ballot_id} {row} {key} {write.seq}")
        else:
            say(f"{ACK} finish {write.args[0]} {write.seq}")
        if write.kind == "finish":
            answers.put((write, report.result))

    # The keys of a killed child still in the journal are written first, in order.
    writer = Writer.open(db, None, acknowledged)
    say(READY)
    rng = random.Random(seed)
    attempt = start
    writer.drain(60)
    ballot = resume_ballot(db, sheet_id)
    while True:
        attempt += 1
        kind = rng.random()
        if kind < 0.4:
            if ballot is not None and UNTYPED not in ballot.marks:
                # Enter: as the window, keying goes on once the next ballot is there
                enter = writer.submit(Write("finish", (ballot.id, sheet_id), "teller", None))
                while (answer := answers.get())[0] != enter:
                    pass
                ballot = answer[1].ballot if answer[1] is not None else None
                continue
            if ballot is not None:
                ballot_id, row = ballot.id, ballot.marks.index(UNTYPED)
            else:  # the whole pile is keyed: corrections, anywhere in it
                with db.session() as s:
                    ballot_id, marks = rng.choice(s.execute(
                        select(EntryBallot.id, EntryBallot.marks)).all())
                row = rng.randrange(len(marks))
            key = rng.choice(KEYS)
            write = writer.submit(Write("mark", (ballot_id, row, key), "teller", None))
            say(f"{TRY} mark {ballot_id} {row} {key} {write.seq}")
            if ballot is not None:
                ballot = replace(ballot, marks=ballot.marks[:row] + key + ballot.marks[row + 1:])
        elif kind < 0.7:
            member_id, mark = rng.choice(members), rng.choice(MARKS)
            with db.session("secretary") as s, s.begin():
                set_attendance(s, meeting_id, member_id, AttendanceStatus(mark), f"#{attempt}")
            say(f"{ACK} attendance {member_id} {mark} {attempt}")
        else:
            with db.session("secretary") as s, s.begin():
                draft = s.get_one(Draft, draft_id)
                add_comment(s, draft, CommentEntry(CommentKind.supplement, f"Ý kiến #{attempt}",
                                                   speaker_id=rng.choice(members)))
            say(f"{ACK} comment {attempt}")


# --- the parent: kill, reopen, check ---

def _read_lines(stream: IO[str], into: list[str], ready: threading.Event) -> None:
    for line in stream:
        into.append(line)
        if line.strip() == READY:
            ready.set()


def _journaled(database: Path, acked: Acknowledged) -> None:
    """The keys the killed child's journal holds count as typed: the one whose "TRY" line the
    kill cut was typed all the same (the journal takes a key before the window moves on)."""
    for path in database.parent.glob("hoinghi-keys-*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                entry = json.loads(line)
            except json.JSONDecodeError:
                continue
            if entry.get("kind") == "mark":
                ballot_id, row, key = entry["args"]
                tried = acked.tried.setdefault((ballot_id, row), [])
                if (entry["seq"], key) not in tried:
                    tried.append((entry["seq"], key))


def _acknowledged(lines: list[str], acked: Acknowledged) -> int:
    """Take the complete acknowledgement lines (a line cut by the kill has no newline) and the
    keystrokes tried; returns the number of acknowledgements."""
    count = 0
    for line in lines:
        if not line.endswith("\n"):
            continue
        parts = line.split()
        if parts[0] == TRY:
            cell = (int(parts[2]), int(parts[3]))
            acked.tried.setdefault(cell, []).append((int(parts[5]), parts[4]))
            continue
        if parts[0] != ACK:
            continue
        if parts[1] == "attendance":
            acked.attendance[int(parts[2])] = (int(parts[4]), parts[3])
        elif parts[1] == "comment":
            acked.comments.add(int(parts[2]))
        elif parts[1] == "mark":
            acked.marks[(int(parts[2]), int(parts[3]))] = (int(parts[5]), parts[4])
            acked.keystrokes += 1
        else:
            acked.finished.add(int(parts[2]))
        count += 1
    return count


def _check_ballots(session: Session, acked: Acknowledged, figures: Figures) -> None:
    from models.ballot_entry import EntryBallot

    stored = {ballot.id: ballot for ballot in session.scalars(select(EntryBallot))}
    for (ballot_id, row), (attempt, mark) in acked.marks.items():
        ballot = stored.get(ballot_id)
        found = ballot.marks[row] if ballot is not None and row < len(ballot.marks) else None
        allowed = {mark} | {key for tried, key in acked.tried.get((ballot_id, row), [])
                            if tried > attempt}
        if found not in allowed:
            figures.lost += 1
            figures.problems.append(f"ballot {ballot_id} row {row + 1}: acknowledged {mark!r} "
                                    f"(#{attempt}), found {found!r}")
    for ballot_id in acked.finished:
        if ballot_id not in stored or not stored[ballot_id].complete:
            figures.lost += 1
            figures.problems.append(f"ballot {ballot_id} acknowledged as finished, not complete")


def check(database: Path, acked: Acknowledged, figures: Figures) -> None:
    """Reopen the killed database and compare it with what was acknowledged."""
    from models.database import open_database
    from models.instance_lock import DatabaseInUse, InstanceLock
    from models.meeting import Attendance
    from models.review import Comment
    from services.integrity.audit import verify

    lock = InstanceLock(database)
    try:
        lock.acquire()
        lock.release()
    except DatabaseInUse:
        figures.lock_left_held += 1
        figures.problems.append("the instance lock outlived the killed process")
    db = open_database(database)
    try:
        with db.engine.connect() as connection:
            integrity = connection.execute(text("PRAGMA integrity_check")).scalar()
        if integrity != "ok":
            figures.integrity_failures += 1
            figures.problems.append(f"integrity_check: {integrity}")
        result = verify(db)
        if not result.intact:
            figures.verify_failures += 1
            figures.problems.append(f"verify: {result.problem}")
        with db.session() as s:
            marks = {row.member_id: row for row in s.scalars(select(Attendance))}
            tokens = {int(m.group(1)) for body in s.scalars(select(Comment.text))
                      if (m := TOKEN.search(body))}
            _check_ballots(s, acked, figures)
        for member_id, (attempt, mark) in acked.attendance.items():
            row = marks.get(member_id)
            found = TOKEN.search(row.reason) if row is not None else None
            stored = int(found.group(1)) if found else -1
            if stored < attempt or (stored == attempt and row is not None
                                    and row.status.value != mark):
                figures.lost += 1
                figures.problems.append(f"attendance of member {member_id}: acknowledged "
                                        f"#{attempt} {mark}, found #{stored}")
        missing = acked.comments - tokens
        figures.lost += len(missing)
        figures.problems += [f"comment #{token} acknowledged but missing"
                             for token in sorted(missing)]
        figures.committed_unacknowledged = len(tokens - acked.comments)
    finally:
        db.dispose()


def check_typed(database: Path, acked: Acknowledged, figures: Figures) -> None:
    """After the last kill, start once more (the journal's keys are written) and check that
    every cell holds the last key typed in it, acknowledged or not: a key typed is never lost
    once it is in the journal, which it is before the window moves on."""
    from models.ballot_entry import EntryBallot
    from models.database import open_database
    from services.ballot.writer import Writer

    db = open_database(database)
    try:
        Writer.open(db, None, lambda _report: None).drain(60)
        with db.session() as s:
            stored = {b.id: b.marks for b in s.scalars(select(EntryBallot))}
        for (ballot_id, row), tries in acked.tried.items():
            last = max(tries)[1]
            if stored.get(ballot_id, "")[row:row + 1] != last:
                figures.typed_lost += 1
                figures.problems.append(f"ballot {ballot_id} row {row + 1}: typed {last!r} "
                                        "last, not written after the restart")
    finally:
        db.dispose()


def _wait_for_acknowledgements(lines: list[str], count: int, process: subprocess.Popen[str],
                               timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while (sum(1 for line in lines if line.startswith(ACK)) < count
           and process.poll() is None and time.monotonic() < deadline):
        time.sleep(0.005)


def drill(workdir: Path, kills: int, seed: int = 2021, max_delay: float = 0.25,
          early_share: float = EARLY_KILL_SHARE, acknowledged_first: int = 0) -> Figures:
    """Run `kills` children on a new database in `workdir`, killing each; the figures.

    A kill comes a random time (up to `max_delay`) after the child is ready, or for
    `early_share` of the kills while it is still starting; `acknowledged_first` makes each
    child acknowledge that many changes before its random time starts (the short test's
    guarantee that every run exercises the write paths, whatever the machine's speed)."""
    database = workdir / "crash.sqlite"
    prepare(database)
    rng = random.Random(seed)
    acked = Acknowledged()
    figures = Figures()
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    for run in range(kills):
        process = subprocess.Popen(
            [sys.executable, "-m", "bench.crash_harness", "child", str(database),
             str(run * 1_000_000), str(rng.randrange(2**32))],
            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert process.stdout is not None and process.stderr is not None
        lines: list[str] = []
        ready = threading.Event()
        reader = threading.Thread(target=_read_lines, args=(process.stdout, lines, ready))
        reader.start()
        if rng.random() < early_share:
            time.sleep(rng.uniform(0.0, 0.6))
            figures.early_kills += not ready.is_set()
        else:
            ready.wait(timeout=60)
            _wait_for_acknowledgements(lines, acknowledged_first, process)
            time.sleep(rng.uniform(0.0, max_delay))
        if process.poll() is not None:
            figures.child_errors += 1
            figures.problems.append(f"child stopped by itself: {process.stderr.read()[-2000:]}")
        process.send_signal(signal.SIGKILL)
        process.wait()
        reader.join()
        process.stdout.close()
        process.stderr.close()
        figures.kills += 1
        counted = _acknowledged(lines, acked)
        _journaled(database, acked)
        figures.acknowledged += counted
        check(database, acked, figures)
    check_typed(database, acked, figures)
    figures.acknowledged_attendance = len(acked.attendance)
    figures.acknowledged_comments = len(acked.comments)
    figures.acknowledged_keystrokes = acked.keystrokes
    return figures


if __name__ == "__main__" and len(sys.argv) == 5 and sys.argv[1] == "child":
    child(Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]))
