"""entry sheets: each teller's per-ballot or totals entry of a round

Revision ID: 0004
Revises: 0002
Create Date: 2026-11-27 04:51:46.232729
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0004'
down_revision: str | Sequence[str] | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('entry_sheet',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('teller_id', sa.Integer(), nullable=True),
    sa.Column('teller_name', sa.String(length=200), nullable=False),
    sa.Column('mode', sa.Enum('per_ballot', 'totals', name='entrymode', native_enum=False, length=32), nullable=False),
    sa.ForeignKeyConstraint(['round_id'], ['ballot_round.id'], name=op.f('fk_entry_sheet_round_id_ballot_round'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['teller_id'], ['role_assignment.id'], name=op.f('fk_entry_sheet_teller_id_role_assignment'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_entry_sheet')),
    sa.UniqueConstraint('round_id', 'teller_id', name=op.f('uq_entry_sheet_round_id'))
    )
    with op.batch_alter_table('entry_sheet', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_entry_sheet_round_id'), ['round_id'], unique=False)

    op.create_table('entry_ballot',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sheet_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('marks', sa.Text(), nullable=False),
    sa.Column('complete', sa.Boolean(), nullable=False),
    sa.Column('voided', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['sheet_id'], ['entry_sheet.id'], name=op.f('fk_entry_ballot_sheet_id_entry_sheet'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_entry_ballot')),
    sa.UniqueConstraint('sheet_id', 'number', name=op.f('uq_entry_ballot_sheet_id'))
    )
    with op.batch_alter_table('entry_ballot', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_entry_ballot_sheet_id'), ['sheet_id'], unique=False)

    op.create_table('entry_total',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sheet_id', sa.Integer(), nullable=False),
    sa.Column('subject_id', sa.Integer(), nullable=False),
    sa.Column('votes_htxsnv', sa.Integer(), nullable=False),
    sa.Column('votes_httnv', sa.Integer(), nullable=False),
    sa.Column('votes_htnv', sa.Integer(), nullable=False),
    sa.Column('votes_khtnv', sa.Integer(), nullable=False),
    sa.Column('invalid_rows', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['sheet_id'], ['entry_sheet.id'], name=op.f('fk_entry_total_sheet_id_entry_sheet'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['subject_id'], ['round_subject.id'], name=op.f('fk_entry_total_subject_id_round_subject'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_entry_total')),
    sa.UniqueConstraint('sheet_id', 'subject_id', name=op.f('uq_entry_total_sheet_id'))
    )
    with op.batch_alter_table('entry_total', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_entry_total_sheet_id'), ['sheet_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('entry_total', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_entry_total_sheet_id'))

    op.drop_table('entry_total')
    with op.batch_alter_table('entry_ballot', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_entry_ballot_sheet_id'))

    op.drop_table('entry_ballot')
    with op.batch_alter_table('entry_sheet', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_entry_sheet_round_id'))

    op.drop_table('entry_sheet')
