"""walkthrough: guests, proceedings, chair script, produced documents

Revision ID: 0006
Revises: 0001
Create Date: 2026-11-27 05:06:20.330941
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0006'
down_revision: str | Sequence[str] | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('chair_script',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('step', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_chair_script_meeting_id_meeting'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_chair_script')),
    sa.UniqueConstraint('meeting_id', 'step', name=op.f('uq_chair_script_meeting_id'))
    )
    with op.batch_alter_table('chair_script', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_chair_script_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('meeting_guest',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('position', sa.String(length=300), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_meeting_guest_meeting_id_meeting'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_guest'))
    )
    with op.batch_alter_table('meeting_guest', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_guest_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('meeting_proceedings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('purpose', sa.Text(), nullable=False),
    sa.Column('opened_at', sa.Time(), nullable=True),
    sa.Column('closed_at', sa.Time(), nullable=True),
    sa.Column('conclusions', sa.Text(), nullable=False),
    sa.Column('commitments', sa.Text(), nullable=False),
    sa.Column('conclusions_source', sa.String(length=300), nullable=False),
    sa.Column('minutes_votes_for', sa.Integer(), nullable=True),
    sa.Column('minutes_votes_against', sa.Integer(), nullable=True),
    sa.Column('minutes_adopted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_meeting_proceedings_meeting_id_meeting'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_proceedings')),
    sa.UniqueConstraint('meeting_id', name=op.f('uq_meeting_proceedings_meeting_id'))
    )

    op.create_table('produced_document',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=64), nullable=False),
    sa.Column('path', sa.Text(), nullable=False),
    sa.Column('produced_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_produced_document_meeting_id_meeting'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_produced_document'))
    )
    with op.batch_alter_table('produced_document', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_produced_document_meeting_id'), ['meeting_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('produced_document', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_produced_document_meeting_id'))

    op.drop_table('produced_document')
    op.drop_table('meeting_proceedings')
    with op.batch_alter_table('meeting_guest', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_guest_meeting_id'))

    op.drop_table('meeting_guest')
    with op.batch_alter_table('chair_script', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_chair_script_meeting_id'))

    op.drop_table('chair_script')
