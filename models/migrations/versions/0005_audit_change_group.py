"""audit events grouped per committed action (change_group)

Revision ID: 0005
Revises: 0001
Create Date: 2026-11-27 05:07:21.039310
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0005'
down_revision: str | Sequence[str] | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.add_column(sa.Column('change_group', sa.String(length=32), nullable=True))
        batch_op.create_index(batch_op.f('ix_audit_event_change_group'), ['change_group'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_event_change_group'))
        batch_op.drop_column('change_group')
