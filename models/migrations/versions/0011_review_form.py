"""individual review form: the self-review form (Mẫu 2A / 2B / 2C) chosen for a member, when the
secretary overrides the one the position points to

Revision ID: 0011
Revises: 0003
Create Date: 2026-11-30 13:30:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0011'
# Off 0003, which creates individual_review.
down_revision: str | Sequence[str] | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('individual_review', schema=None) as batch_op:
        batch_op.add_column(sa.Column('form', sa.String(length=4), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('individual_review', schema=None) as batch_op:
        batch_op.drop_column('form')
