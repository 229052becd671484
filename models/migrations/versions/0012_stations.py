"""stations: the station holding each entry sheet; no two audit events chained onto one

Revision ID: 0012
Revises: 0004
Create Date: 2026-11-30 13:40:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0012'
down_revision: str | Sequence[str] | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('entry_sheet', schema=None) as batch_op:
        batch_op.add_column(sa.Column('station', sa.String(length=200), nullable=True))
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_event_prev_hash'), ['prev_hash'], unique=True)


def downgrade() -> None:
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_event_prev_hash'))
    with op.batch_alter_table('entry_sheet', schema=None) as batch_op:
        batch_op.drop_column('station')
