"""scan entry: the scanner's counts of a round and the pages it read until the lock

Revision ID: 0014
Revises: 0002
Create Date: 2026-11-30 16:20:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0014'
down_revision: str | Sequence[str] | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'scan_entry',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('round_id', sa.Integer(), nullable=False),
        sa.Column('pages', sa.Integer(), nullable=False),
        sa.Column('counts', sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(['round_id'], ['ballot_round.id'], ondelete='CASCADE',
                                name=op.f('fk_scan_entry_round_id_ballot_round')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_scan_entry')),
        sa.UniqueConstraint('round_id', name=op.f('uq_scan_entry_round_id')),
    )
    op.create_table(
        'scan_page',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('round_id', sa.Integer(), nullable=False),
        sa.Column('digest', sa.String(length=64), nullable=False),
        sa.Column('number', sa.Integer(), nullable=False),
        sa.Column('marks', sa.Text(), nullable=False),
        sa.Column('decisions', sa.Text(), nullable=False),
        sa.Column('refused', sa.Text(), nullable=False),
        sa.Column('source', sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(['round_id'], ['ballot_round.id'], ondelete='CASCADE',
                                name=op.f('fk_scan_page_round_id_ballot_round')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_scan_page')),
        sa.UniqueConstraint('round_id', 'digest', name=op.f('uq_scan_page_round_id')),
    )
    with op.batch_alter_table('scan_page', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_scan_page_round_id'), ['round_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('scan_page', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_scan_page_round_id'))
    op.drop_table('scan_page')
    op.drop_table('scan_entry')
