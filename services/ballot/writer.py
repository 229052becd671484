"""Keying never waits for the disk: one writer thread writes a window's keys in order.

The screen changes at once and the key goes into the writer's queue; the writer runs the entry
service (services/ballot/sheets.py) for each key, one short transaction each, on its own
connection, in the order they were typed, and tells the window. A key is *acknowledged* once
the writer's commit has returned (on SQLite with `synchronous=FULL`: on the disk); until then
the window says it is being saved.

- A refusal (a locked round, a sheet taken over by another station) is told to the window and
  the writer goes on with the next key: one refused key never costs the others.
- A database out of reach (a station's network, the server stopped, a file locked too long)
  keeps the queue: the writer tells the window it is waiting and tries the same key again, with
  growing pauses, until it is written; the keys after it wait their turn.
- The journal, a small file in the data folder, holds every key queued and not yet written: a
  line is appended (no fsync: a killed process's writes are the kernel's) before the key is
  queued, and one when it is done. A window killed with keys still queued, or a station that
  was stopped while off the network, writes them at its next start, in order. The entry
  services set values (a row's mark, a count, a ballot saved) and are idempotent, so a key
  written again after its "done" line was lost changes nothing and adds no row.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.exc import DBAPIError, IntegrityError, InterfaceError, OperationalError

from models.database import Database, default_database_path
from services.ballot.sheets import (
    BallotState,
    finish_with_progress,
    resume_ballot,
    set_mark,
    set_marks,
    set_total,
    sheet_progress,
    void_ballot,
)

IDLE_SECONDS = 1.0  # the thread ends after this long without keys (a new key starts another)
MAX_BATCH = 200  # marks written in one transaction at most
# The writer runs Python too, and the window's thread needs the interpreter to repaint after a
# key: it writes once the keys pause for QUIET (a person's keys are 60 ms or more apart), or
# once the oldest has waited LONGEST_WAIT (keys coming back to back). After Enter (ANSWERED:
# the window waits for the writer's answer, its keys are held until then) the pause is SHOWN,
# the moment the window takes to show the next ballot.
QUIET, LONGEST_WAIT, SHOWN = 0.012, 0.1, 0.005
ANSWERED = frozenset(("finish", "void"))
FIRST_PAUSE, LONGEST_PAUSE = 0.25, 4.0  # between attempts while the database is out of reach


@dataclass(frozen=True)
class Write:
    """One key for the writer: `kind` names the service, `args` its arguments after the
    database. `seq` is its place in the journal (0 before it is journaled)."""

    kind: str  # "mark", "total", "finish", "void"
    args: tuple[Any, ...]
    actor: str
    station: str | None
    seq: int = 0


@dataclass(frozen=True)
class Shown:
    """What a window shows after Enter or voiding: the ballot to key (None when the
    pile is complete) and the sheet's progress (ballots counted, valid ballots)."""

    ballot: BallotState | None
    counted: int
    valid: int


@dataclass(frozen=True)
class Report:
    """The writer to the window: `write` was committed (`error` None, `result` its answer),
    refused (`error` the refusal), or is `waiting` for the database (`error` why). `pending`
    counts the keys not yet acknowledged."""

    write: Write
    result: Shown | None = None
    error: Exception | None = None
    waiting: bool = False
    pending: int = 0


def _shown(db: Database, ballot: BallotState | None, sheet_id: int) -> Shown:
    return Shown(ballot, *sheet_progress(db, sheet_id))


def run_write(db: Database, write: Write) -> Shown | None:
    """Carry out one key through the entry services; the ballot to show next, if it asks."""
    actor, station = write.actor, write.station
    if write.kind == "mark":
        ballot_id, row, mark = write.args
        set_mark(db, ballot_id, row, mark, actor=actor, station=station)
        return None
    if write.kind == "total":
        sheet_id, subject_id, column, value = write.args
        set_total(db, sheet_id, subject_id, column, value, actor=actor, station=station)
        return None
    if write.kind == "finish":
        ballot_id, _sheet_id = write.args
        return Shown(*finish_with_progress(db, ballot_id, actor=actor, station=station))
    if write.kind != "void":
        raise ValueError(f"unknown write {write.kind!r}")
    ballot_id, sheet_id, voided = write.args
    void_ballot(db, ballot_id, voided, actor=actor, station=station)
    return _shown(db, resume_ballot(db, sheet_id, actor=actor, station=station), sheet_id)


def out_of_reach(error: Exception) -> bool:
    """Whether the database could not be reached or written for now (the key waits and is
    tried again), rather than refusing the key (it is told and dropped)."""
    if isinstance(error, IntegrityError):
        return False
    return isinstance(error, OperationalError | InterfaceError) or (
        isinstance(error, DBAPIError) and error.connection_invalidated)


def journal_path(db: Database, station: str | None) -> Path | None:
    """The journal of this window's keys: beside an SQLite file, in the data folder for a
    server; one per database and station. None for a database in memory."""
    if db.url.get_backend_name() == "sqlite" and db.file is None:
        return None
    folder = db.file.parent if db.file is not None else default_database_path().parent
    name = f"{db.url.render_as_string(hide_password=True)}\n{station or ''}"
    return folder / f"hoinghi-keys-{hashlib.sha256(name.encode()).hexdigest()[:12]}.jsonl"


class Journal:
    """Keys queued and not yet written, as lines appended to a file (see the module's doc)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self.next_seq = 1  # raised past every number the file holds, written or not
        kept = self._unwritten()
        path.parent.mkdir(parents=True, exist_ok=True)
        scratch = path.with_suffix(".tmp")
        scratch.write_text(json.dumps({"next": self.next_seq}) + "\n"
                           + "".join(self._line(w) for w in kept), encoding="utf-8")
        os.replace(scratch, path)  # the file now holds only what is still to be written
        self.unwritten = kept

    @staticmethod
    def _line(write: Write) -> str:
        return json.dumps({"seq": write.seq, "kind": write.kind, "args": list(write.args),
                           "actor": write.actor, "station": write.station},
                          ensure_ascii=False) + "\n"

    def _unwritten(self) -> list[Write]:
        if not self.path.exists():
            return []
        queued: dict[int, Write] = {}
        for line in self.path.read_text(encoding="utf-8").splitlines():
            try:
                entry = json.loads(line)
            except json.JSONDecodeError:
                continue  # the last line, cut by a kill
            if "next" in entry:  # numbers go on from a compacted journal's
                self.next_seq = max(self.next_seq, entry["next"])
            elif "done" in entry:
                queued.pop(entry["done"], None)
            else:
                queued[entry["seq"]] = Write(entry["kind"], tuple(entry["args"]), entry["actor"],
                                             entry["station"], entry["seq"])
                self.next_seq = max(self.next_seq, entry["seq"] + 1)
        return [queued[seq] for seq in sorted(queued)]

    def _append(self, line: str) -> None:
        """One line, through to the kernel (which keeps it when the process is killed)."""
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT)
        try:
            os.write(fd, line.encode("utf-8"))
        finally:
            os.close(fd)

    def add(self, write: Write) -> Write:
        with self._lock:
            numbered = Write(write.kind, write.args, write.actor, write.station, self.next_seq)
            self.next_seq += 1
            self._append(self._line(numbered))
        return numbered

    def done_all(self, writes: list[Write]) -> None:
        with self._lock:
            self._append("".join(json.dumps({"done": w.seq}) + "\n" for w in writes))


Listener = Callable[[Report], None]
_SHARED: dict[object, Writer] = {}
_SHARED_LOCK = threading.Lock()


@dataclass
class Writer:
    """The writer of one database and station in this process (every entry screen of the
    window shares it, so that their keys keep one order and one journal): `submit` returns
    at once; each listener hears every Report, on the writer's thread. Keys a killed window
    left in the journal are queued first."""

    db: Database
    journal: Journal | None = None
    listeners: list[Listener] = field(default_factory=list)
    _queue: deque[Write] = field(default_factory=deque)
    _last_key: float = 0.0  # time.monotonic() of the last key queued
    _waiting_since: float = 0.0  # of the oldest key not yet taken
    _busy: bool = False
    _thread: threading.Thread | None = None
    _cond: threading.Condition = field(default_factory=threading.Condition)

    def __post_init__(self) -> None:
        if self.journal is not None and self.journal.unwritten:
            with self._cond:
                self._queue.extend(self.journal.unwritten)
                self._start()

    @classmethod
    def open(cls, db: Database, station: str | None, listener: Listener) -> Writer:
        """The writer of `db` and `station`, with `listener` added (`unwritten`: the keys a
        killed window left, queued again by the first to open it)."""
        path = journal_path(db, station)
        key = path if path is not None else (id(db), station)
        with _SHARED_LOCK:
            writer = _SHARED.get(key)
            if writer is None or writer.db is not db:
                writer = _SHARED[key] = cls(db, Journal(path) if path is not None else None)
        with writer._cond:
            writer.listeners.append(listener)
        return writer

    def _tell(self, report: Report) -> None:
        with self._cond:
            listeners = list(self.listeners)
        for listener in listeners:
            try:
                listener(report)
            except RuntimeError:  # its window is gone
                with self._cond:
                    self.listeners.remove(listener)

    @property
    def pending(self) -> int:
        with self._cond:
            return len(self._queue) + self._busy

    def submit(self, write: Write) -> Write:
        """Journal `write` and queue it; returns it with its journal number."""
        if self.journal is not None:
            write = self.journal.add(write)
        with self._cond:
            self._last_key = time.monotonic()
            if not self._queue:
                self._waiting_since = self._last_key
            self._queue.append(write)
            self._start()
            self._cond.notify_all()
        return write

    def drain(self, timeout: float = 10.0) -> bool:
        """Wait until every queued key is written or refused; False after `timeout`."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while self._queue or self._busy:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._cond.wait(left)
        return True

    def _start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._loop, name="hoinghi-writer",
                                            daemon=True)
            self._thread.start()

    def _loop(self) -> None:
        while True:
            with self._cond:
                if not self._queue:
                    self._cond.wait(IDLE_SECONDS)
                if not self._queue:
                    self._thread = None
                    return
                self._wait_for_a_pause()
                batch = self._batch()
                self._busy = True
            reports = self._write(batch)
            if self.journal is not None:
                self.journal.done_all(batch)
            with self._cond:
                for _ in batch:
                    self._queue.popleft()
                pending = len(self._queue)
                self._waiting_since = time.monotonic()
            for report in reports:
                self._tell(Report(report.write, report.result, report.error, False, pending))
            with self._cond:  # drained only once the listeners have heard
                self._busy = False
                self._cond.notify_all()

    def _wait_for_a_pause(self) -> None:
        """(Holding the condition.) Until the keys pause, or the oldest waited long enough."""
        while True:
            quiet = SHOWN if self._queue[-1].kind in ANSWERED else QUIET
            now = time.monotonic()
            left = min(self._last_key + quiet, self._waiting_since + LONGEST_WAIT) - now
            if left <= 0:
                return
            self._cond.wait(left)

    def _batch(self) -> list[Write]:
        """The head of the queue, with the marks queued right after a mark (same teller and
        station) when keys come faster than the disk: one transaction, one commit."""
        head = self._queue[0]
        batch = [head]
        if head.kind == "mark":
            for write in itertools.islice(self._queue, 1, MAX_BATCH):
                if (write.kind, write.actor, write.station) != ("mark", head.actor,
                                                                head.station):
                    break
                batch.append(write)
        return batch

    def _write(self, batch: list[Write]) -> list[Report]:
        """Write a batch (each key on its own again if the batch is refused: only the refused
        key is told so), trying again while the database is out of reach."""
        pause = FIRST_PAUSE
        while True:
            try:
                if len(batch) == 1:
                    return [Report(batch[0], result=run_write(self.db, batch[0]))]
                head = batch[0]
                set_marks(self.db, [w.args for w in batch], head.actor, head.station)
                return [Report(write) for write in batch]
            except Exception as error:  # noqa: BLE001 - every outcome goes to the window
                if not out_of_reach(error):
                    if len(batch) == 1:
                        return [Report(batch[0], error=error)]
                    return [report for write in batch for report in self._write([write])]
                self._tell(Report(batch[0], error=error, waiting=True, pending=self.pending))
                time.sleep(pause)
                pause = min(pause * 2, LONGEST_PAUSE)
