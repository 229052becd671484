"""Stations drill: three station processes key the same round at once, through the services,
while connections are killed and stations are killed; nothing forks and nothing acknowledged
is lost.

Each station (`python -m bench.stations_harness station URL ROUND STATION LOG SEED`) tries the
approved tellers in its own order, the first station per ballot, the next in totals, and so on.
A teller held by another station is refused (it tries the next one); a round that already has
its two sheets is refused too, and that station then marks attendance as the chair's laptop
would, until the piles are keyed (audited writes on the same chain, at the same time). A station
keys its whole pile (the meeting file's counts as paper ballots, tests/helpers/piles.py), with
random pauses, and appends one line to its log once a call has returned: that keystroke is
acknowledged. The conflicts it ran again (models/write_lock.py) go to the log too.

The parent starts the stations together and, until they are done, now and then SIGKILLs one
(restarted under the same name, it resumes its own sheet) or, on PostgreSQL, ends one's
connection on the server (`pg_terminate_backend`). Then it checks: `verify` is intact, no event
shares its predecessor with another (a fork), no round has more sheets than it allows, every
acknowledged keystroke and mark is in the database, and the counts the sheets agree on are the
meeting file's.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

if TYPE_CHECKING:
    from models.database import Database
    from services.ballot.sheets import SubjectRow

ROOT = Path(__file__).resolve().parents[1]
STATIONS = ("Tổ 1", "Tổ 2", "Tổ 3")
APPLICATION = "hoinghi-station"
DEADLINE = 300.0  # seconds: a drill that takes longer has hung (a loaded machine is slow)
MARKING_ROUNDS = 100  # at most, for the station left without a pile


@dataclass
class Figures:
    stations: int = 0
    keystrokes: int = 0  # acknowledged marks, Enters and counts
    attendance_marks: int = 0
    refusals: int = 0  # a teller held elsewhere, or a round that has its sheets
    conflicts_retried: int = 0
    sigkills: int = 0
    connection_kills: int = 0
    sheets: int = 0
    forks: int = 0
    lost: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not self.problems and not self.lost and not self.forks


def prepare(url: str) -> int:
    """The demo meeting, its tellers approved, a new round of the members (double entry) whose
    reconciliation matches the pile; returns the round's id."""
    from models.database import open_database
    from models.enums import SubjectKind
    from services.ballot.reconciliation import save_reconciliation
    from services.ballot.rounds import open_round
    from services.meeting_file.store import import_meeting
    from tests.helpers import SEED_MEETING
    from tests.helpers.piles import approve_tellers, call_the_roll, seed_counts

    db = open_database(url)
    try:
        meeting_id = import_meeting(db, SEED_MEETING, actor="import")
        call_the_roll(db, meeting_id)
        approve_tellers(db, meeting_id)
        with db.session("chair") as s, s.begin():
            round_id = open_round(s, meeting_id, SubjectKind.member)
            ballots = str(sum(next(iter(seed_counts("dang-vien").values()))))
            assert save_reconciliation(s, round_id, {"issued": ballots, "returned": ballots}) == []
        return round_id
    finally:
        db.dispose()


def _subjects(db: Database, round_id: int) -> list[SubjectRow]:
    from models.write_lock import retried
    from services.ballot.sheets import round_subjects

    return retried(round_subjects)(db, round_id)


def truth_pile(db: Database, round_id: int) -> list[str]:
    """The round's paper ballots: the meeting file's counts, one string of marks per ballot."""
    from tests.helpers.piles import pile, seed_counts

    return pile(seed_counts("dang-vien"), [row.code for row in _subjects(db, round_id)])


# --- a station ---------------------------------------------------------------------------------


class Station:
    """One station process: its database, its name, its log of acknowledged calls."""

    def __init__(self, url: str, round_id: int, name: str, log: Path, seed: int) -> None:
        from models.database import open_database

        self.db = open_database(url, upgrade=False)
        self.round_id = round_id
        self.name = name
        self.index = STATIONS.index(name)
        self.random = random.Random(seed)
        self.log = log.open("a", encoding="utf-8", buffering=1)
        self.retried = 0

    def ack(self, line: str) -> None:
        from models.write_lock import Conflicts

        if Conflicts.retried != self.retried:
            self.log.write(f"RETRIED {Conflicts.retried - self.retried}\n")
            self.retried = Conflicts.retried
        self.log.write(line + "\n")

    def pause(self) -> None:
        if self.random.random() < 0.02:
            time.sleep(self.random.uniform(0.01, 0.05))
        elif self.random.random() < 0.3:
            time.sleep(self.random.uniform(0, 0.003))

    def run(self) -> None:
        from models.ballot_entry import EntryMode
        from models.write_lock import retried
        from services.ballot.sheets import SheetHeldElsewhere, approved_tellers, start_sheet
        from services.rules.types import RefusedError
        from services.stations.names import actor_name

        tellers = retried(approved_tellers)(self.db, self._meeting_id())
        mode = EntryMode.per_ballot if self.index % 2 == 0 else EntryMode.totals
        order = tellers[self.index:] + tellers[:self.index]
        for teller in order:
            actor = actor_name("teller", self.name, teller.name)
            try:
                sheet = start_sheet(self.db, self.round_id, teller.id, mode, actor=actor,
                                    station=self.name)
            except SheetHeldElsewhere:
                self.ack("REFUSED held")
                continue
            except RefusedError:
                self.ack("REFUSED full")
                break
            self.ack(f"SHEET {sheet.id}")
            if sheet.mode is EntryMode.per_ballot:
                self.key_ballots(sheet.id, actor)
            else:
                self.key_totals(sheet.id, actor)
            self.ack("DONE")
            return
        self.mark_attendance()
        self.ack("DONE")

    def _meeting_id(self) -> int:
        from models.ballot import BallotRound
        from models.write_lock import retried

        @retried
        def read() -> int:
            with self.db.session() as s:
                return s.get_one(BallotRound, self.round_id).meeting_id

        return read()

    def key_ballots(self, sheet_id: int, actor: str) -> None:
        from services.ballot.sheets import finish_ballot, resume_ballot, set_mark

        truth = truth_pile(self.db, self.round_id)
        ballot = resume_ballot(self.db, sheet_id, actor=actor, station=self.name)
        while ballot is not None:
            marks = truth[ballot.number - 1]
            for row, mark in enumerate(ballot.marks):
                if mark == ".":
                    set_mark(self.db, ballot.id, row, marks[row], actor=actor, station=self.name)
                    self.ack(f"MARK {sheet_id} {ballot.number} {row} {marks[row]}")
                    self.pause()
            number = ballot.number
            ballot = finish_ballot(self.db, ballot.id, actor=actor, station=self.name)
            self.ack(f"ENTER {sheet_id} {number}")

    def key_totals(self, sheet_id: int, actor: str) -> None:
        from models.write_lock import retried
        from services.ballot.sheets import set_total, sheet_totals
        from tests.helpers.piles import seed_counts

        truth = seed_counts("dang-vien")
        codes = {row.id: row.code for row in _subjects(self.db, self.round_id)}
        for subject_id, counts in retried(sheet_totals)(self.db, sheet_id).items():
            for column, value in enumerate(truth[codes[subject_id]]):
                if counts[column] != value:
                    set_total(self.db, sheet_id, subject_id, column, value, actor=actor,
                              station=self.name)
                    self.ack(f"TOTAL {sheet_id} {subject_id} {column} {value}")
                    self.pause()

    def piles_done(self) -> bool:
        from models.write_lock import retried
        from services.ballot.sheets import MAX_SHEETS, round_piles

        piles = retried(round_piles)(self.db, self.round_id)
        return len(piles) == MAX_SHEETS[True] and all(p.done == p.of for p in piles)

    def mark_attendance(self) -> None:
        """The chair's laptop meanwhile, until the piles are keyed: attendance marks, audited
        on the same chain as the totals (as the chair: a teller station may not mark them,
        services/stations/access.py)."""
        from models.enums import AttendanceStatus
        from models.roster import Member
        from models.write_lock import retried
        from services.ballot.attendance import set_attendance
        from services.stations.names import actor_name

        meeting_id = self._meeting_id()
        with self.db.session() as s:  # just after _meeting_id: a pooled, live connection
            members = list(s.scalars(select(Member.id).where(
                Member.meeting_id == meeting_id, Member.in_body.is_(True)).order_by(Member.id)))

        @retried
        def mark(member_id: int, status: AttendanceStatus) -> None:
            with self.db.session(actor_name("chair")) as s, s.begin():
                set_attendance(s, meeting_id, member_id, status)

        for round_ in range(MARKING_ROUNDS):
            if round_ >= 3 and self.piles_done():
                break
            for member_id in members:
                status = (AttendanceStatus.present if (member_id + round_) % 3
                          else AttendanceStatus.absent)
                mark(member_id, status)
                self.ack(f"ATTEND {member_id} {status.value}")
                self.pause()


def station_main(argv: list[str]) -> None:
    url, round_id, name, log, seed = argv
    Station(url, int(round_id), name, Path(log), int(seed)).run()


# --- the parent --------------------------------------------------------------------------------


def station_url(url: str, name: str) -> str:
    """The URL a station connects with: on PostgreSQL named, so its connection can be found."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "postgresql":
        return url
    return parsed.update_query_dict(
        {"application_name": f"{APPLICATION}-{STATIONS.index(name) + 1}"}
    ).render_as_string(hide_password=False)


def _start(url: str, round_id: int, name: str, folder: Path, seed: int) -> subprocess.Popen[str]:
    log = folder / f"station-{STATIONS.index(name) + 1}.log"
    return subprocess.Popen(
        [sys.executable, "-m", "bench.stations_harness", "station", station_url(url, name),
         str(round_id), name, str(log), str(seed)],
        cwd=ROOT, stderr=subprocess.PIPE, text=True)


def _kill_a_connection(url: str, rng: random.Random) -> bool:
    from models.database import open_database

    db = open_database(url, upgrade=False)
    try:
        with db.engine.begin() as connection:
            pids = list(connection.execute(text(
                "SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
                "AND application_name LIKE :name"), {"name": f"{APPLICATION}-%"}).scalars())
            if not pids:
                return False
            return bool(connection.execute(text("SELECT pg_terminate_backend(:pid)"),
                                           {"pid": rng.choice(pids)}).scalar())
    finally:
        db.dispose()


def drill(url: str, folder: Path, sigkills: int = 3, connection_kills: int = 6,
          seed: int = 1) -> Figures:
    """Run the stations on a prepared database at `url` (see `prepare`), with faults."""
    rng = random.Random(seed)
    figures = Figures(stations=len(STATIONS))
    round_id = prepare(url)
    postgres = make_url(url).get_backend_name() == "postgresql"
    running = {name: _start(url, round_id, name, folder, seed + i)
               for i, name in enumerate(STATIONS)}
    started = time.monotonic()
    while running:
        if time.monotonic() - started > DEADLINE:
            figures.problems.append("the stations did not finish in time")
            for process in running.values():
                process.kill()
            break
        time.sleep(rng.uniform(0.1, 0.4))
        for name, process in list(running.items()):
            if process.poll() is not None:
                del running[name]
                if process.returncode not in (0, -signal.SIGKILL):
                    figures.problems.append(f"{name} failed: {process.stderr.read()[-2000:]}"
                                            if process.stderr else f"{name} failed")
        if not running:
            break
        fault = rng.random()
        if figures.sigkills < sigkills and fault < 0.3:
            name = rng.choice(sorted(running))
            running[name].send_signal(signal.SIGKILL)
            running[name].wait()
            figures.sigkills += 1
            running[name] = _start(url, round_id, name, folder, rng.randrange(1 << 30))
        elif postgres and figures.connection_kills < connection_kills and fault < 0.8:
            figures.connection_kills += _kill_a_connection(url, rng)
    check(url, round_id, folder, figures)
    return figures


def check(url: str, round_id: int, folder: Path, figures: Figures) -> None:
    from models.audit import AuditEvent
    from models.ballot import BallotRound
    from models.database import open_database
    from services.ballot.compare import agree
    from services.ballot.shared import counts_of
    from services.ballot.sheets import MAX_SHEETS
    from services.integrity.audit import verify
    from services.rules.types import RefusedError
    from tests.helpers.piles import seed_counts

    db = open_database(url, upgrade=False)
    try:
        result = verify(db)
        if not result.intact:
            figures.problems.append(f"verify: {result.problem}")
        with db.session() as s:
            shared = select(AuditEvent.prev_hash).group_by(AuditEvent.prev_hash).having(
                func.count() > 1).subquery()
            figures.forks = s.scalar(select(func.count()).select_from(shared)) or 0
            for round_ in s.scalars(select(BallotRound)):
                allowed = MAX_SHEETS[round_.double_entry]
                if len(round_.entry_sheets) > allowed:
                    figures.problems.append(f"round {round_.code}: {len(round_.entry_sheets)} "
                                            f"sheets, {allowed} allowed")
            figures.sheets = len(s.get_one(BallotRound, round_id).entry_sheets)
            attendance: dict[int, str] = {}
            for log in sorted(folder.glob("station-*.log")):
                for line in log.read_text(encoding="utf-8").splitlines():
                    _check_line(s, line.split(), figures, attendance)
            _check_attendance(s, attendance, figures)
        try:
            agree(db, round_id)
        except RefusedError as error:
            figures.problems.append(f"not agreed: {error}")
            return
        truth = seed_counts("dang-vien")
        with db.session() as s:
            for subject in s.get_one(BallotRound, round_id).subjects:
                assert subject.member is not None
                if counts_of(subject) != truth[subject.member.code]:
                    figures.problems.append(f"agreed counts of {subject.member.code} are "
                                            f"{counts_of(subject)}, not the file's")
    finally:
        db.dispose()


def _check_line(s: Session, words: list[str], figures: Figures,
                attendance: dict[int, str]) -> None:
    """One acknowledged call against the database (attendance: the last mark, kept for later)."""
    from models.ballot_entry import EntryBallot, EntryTotal
    from services.ballot.shared import counts_of

    kind, args = words[0], words[1:]
    if kind == "RETRIED":
        figures.conflicts_retried += int(args[0])
    elif kind == "REFUSED":
        figures.refusals += 1
    elif kind in ("MARK", "ENTER"):
        figures.keystrokes += 1
        ballot = s.scalars(select(EntryBallot).where(
            EntryBallot.sheet_id == int(args[0]), EntryBallot.number == int(args[1]))).first()
        if (ballot is None or (kind == "MARK" and ballot.marks[int(args[2])] != args[3])
                or (kind == "ENTER" and not ballot.complete)):
            figures.lost += 1
    elif kind == "TOTAL":
        figures.keystrokes += 1
        total = s.scalars(select(EntryTotal).where(
            EntryTotal.sheet_id == int(args[0]), EntryTotal.subject_id == int(args[1]))).first()
        if total is None or counts_of(total)[int(args[2])] != int(args[3]):
            figures.lost += 1
    elif kind == "ATTEND":
        figures.attendance_marks += 1
        attendance[int(args[0])] = args[1]


def _check_attendance(s: Session, attendance: dict[int, str], figures: Figures) -> None:
    """Each member's attendance is the last mark acknowledged (the last station to mark ran to
    its end: a killed one is restarted)."""
    from models.roster import Member

    for member_id, status in attendance.items():
        row = s.get_one(Member, member_id).attendance
        if row is None or row.status is None or row.status.value != status:
            figures.lost += 1


def reset_postgresql(url: str) -> None:
    """Empty the PostgreSQL database at `url` (a throw-away one: CI's, or the bench's)."""
    from models.database import open_database

    db = open_database(url, upgrade=False)
    try:
        with db.engine.begin() as connection:
            connection.execute(text("DROP SCHEMA public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))
    finally:
        db.dispose()


if __name__ == "__main__":
    if sys.argv[1:2] == ["station"]:
        sys.path.insert(0, str(ROOT))
        os.environ.setdefault("PYTHONHASHSEED", "0")
        station_main(sys.argv[2:])
