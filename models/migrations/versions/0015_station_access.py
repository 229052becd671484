"""station access: the meeting's station PIN (hashed) and each teller's entry log

Revision ID: 0015
Revises: 0001
Create Date: 2026-11-30 16:30:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0015'
down_revision: str | Sequence[str] | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = '0004'


def upgrade() -> None:
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.add_column(sa.Column('station_pin', sa.String(length=200), nullable=True))
    op.create_table('entry_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sheet_id', sa.Integer(), nullable=False),
    sa.Column('action', sa.Enum('began', 'took_over', 'saved', 'corrected', 'voided', 'restored', name='entrylogaction', native_enum=False, length=32), nullable=False),
    sa.Column('at', sa.String(length=40), nullable=False),
    sa.Column('until', sa.String(length=40), nullable=False),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.Column('first', sa.Integer(), nullable=True),
    sa.Column('last', sa.Integer(), nullable=True),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.Column('detail', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['sheet_id'], ['entry_sheet.id'], name=op.f('fk_entry_log_sheet_id_entry_sheet'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_entry_log'))
    )
    with op.batch_alter_table('entry_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_entry_log_sheet_id'), ['sheet_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('entry_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_entry_log_sheet_id'))
    op.drop_table('entry_log')
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.drop_column('station_pin')
