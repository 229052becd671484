"""Every entity module, imported once so that `Base.metadata` describes the whole schema.

Alembic's env.py and `database.open_database` import this module; a new entity module is
added to the list below together with its migration.
"""

from models import (  # noqa: F401
    assessment,
    audit,
    ballot,
    ballot_entry,
    meeting,
    review,
    roster,
    scan,
    walkthrough,
)
from models.base import Base

metadata = Base.metadata
