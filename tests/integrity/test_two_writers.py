"""Two processes writing to the same file at once (as if the instance lock were skipped) never
fork the audit chain: SQLite serialises the writes, and each flush chains onto the last event."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from sqlalchemy import func, select

from models.audit import AuditEvent
from models.database import Database
from services.integrity.audit import verify
from tests.helpers import PROJECT_ROOT
from tests.helpers.integrity import full_meeting

WRITER = textwrap.dedent("""
    import sys, time
    sys.path.insert(0, sys.argv[2])
    from sqlalchemy import select
    from sqlalchemy.exc import OperationalError
    from models.database import open_database
    from models.roster import Member
    db = open_database(sys.argv[1])
    done = 0
    while done < int(sys.argv[3]):
        try:
            with db.session(sys.argv[4]) as s, s.begin():
                member = s.scalars(select(Member).where(Member.code == "m10")).one()
                member.position = f"{sys.argv[4]} {done}"
            done += 1
        except OperationalError:  # busy, or a snapshot gone stale: the change is retried
            time.sleep(0.001)
    print(done)
""")


def test_two_writers_keep_one_chain(db: Database) -> None:
    full_meeting(db)
    with db.session() as s:
        before = s.scalar(select(func.count(AuditEvent.id))) or 0
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, str(db.file), str(PROJECT_ROOT),
                                 "40", name], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True) for name in ("chair", "secretary")]
    outputs = [writer.communicate(timeout=300) for writer in writers]
    assert [out.strip() for out, _err in outputs] == ["40", "40"], outputs
    result = verify(db)
    assert result.intact, result.problem
    with db.session() as s:
        assert s.scalar(select(func.count(AuditEvent.id))) == before + 80
