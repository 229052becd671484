"""round opened despite a gap (roll call unfinished, members' round not locked): what the chair
overrode when opening it

Revision ID: 0008
Revises: 0002
Create Date: 2026-11-30 13:40:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from models.audit import record_added_columns

revision: str = '0008'
down_revision: str | Sequence[str] | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('ballot_round', schema=None) as batch_op:
        batch_op.add_column(sa.Column('opened_despite', sa.Text(), nullable=False,
                                      server_default=''))
    record_added_columns(op.get_bind(), 'ballot_round', {'opened_despite': sa.Text()})


def downgrade() -> None:
    with op.batch_alter_table('ballot_round', schema=None) as batch_op:
        batch_op.drop_column('opened_despite')
