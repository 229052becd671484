"""meeting.standing_committee_signs: a committee whose standing committee (ban thường vụ) signs
its papers "T/M BAN THƯỜNG VỤ / BÍ THƯ"

Revision ID: 0016
Revises: 0001
Create Date: 2026-11-30 20:30:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from models.audit import record_added_columns

revision: str = '0016'
down_revision: str | Sequence[str] | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # ALTER TABLE ... ADD COLUMN in place: a batch copy would drop and recreate `meeting`, and
    # with foreign keys on, dropping it deletes every row that refers to it (cascade).
    with op.batch_alter_table('meeting', schema=None, recreate='never') as batch_op:
        batch_op.add_column(sa.Column('standing_committee_signs', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
    # Existing meetings' new value on the audit record, so that `verify` still finds every column.
    record_added_columns(op.get_bind(), 'meeting', {'standing_committee_signs': sa.Boolean()})


def downgrade() -> None:
    with op.batch_alter_table('meeting', schema=None, recreate='never') as batch_op:
        batch_op.drop_column('standing_committee_signs')
