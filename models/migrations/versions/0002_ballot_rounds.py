"""ballot rounds (vòng biểu quyết) and the agreed counts per subject

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 04:41:18.704594
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0002'
down_revision: str | Sequence[str] | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('ballot_round',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=64), nullable=False),
    sa.Column('subject_kind', sa.Enum('member', 'organisation', name='subjectkind', native_enum=False, length=32), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('rules', sa.JSON(), nullable=False),
    sa.Column('issued', sa.Integer(), nullable=False),
    sa.Column('returned', sa.Integer(), nullable=False),
    sa.Column('invalid', sa.Integer(), nullable=False),
    sa.Column('invalid_reasons', sa.JSON(), nullable=False),
    sa.Column('electorate_convened', sa.Integer(), nullable=False),
    sa.Column('electorate_present', sa.Integer(), nullable=False),
    sa.Column('state', sa.Enum('open', 'locked', name='roundstate', native_enum=False, length=32), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('reopen_reason', sa.Text(), nullable=False),
    sa.Column('locked_at', sa.DateTime(), nullable=True),
    sa.Column('locked_by', sa.String(length=200), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('double_entry', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_ballot_round_meeting_id_meeting'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['parent_id'], ['ballot_round.id'], name=op.f('fk_ballot_round_parent_id_ballot_round'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ballot_round')),
    sa.UniqueConstraint('meeting_id', 'code', 'revision', name=op.f('uq_ballot_round_meeting_id'))
    )
    with op.batch_alter_table('ballot_round', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ballot_round_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('round_subject',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=True),
    sa.Column('organisation_id', sa.Integer(), nullable=True),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('votes_htxsnv', sa.Integer(), nullable=False),
    sa.Column('votes_httnv', sa.Integer(), nullable=False),
    sa.Column('votes_htnv', sa.Integer(), nullable=False),
    sa.Column('votes_khtnv', sa.Integer(), nullable=False),
    sa.Column('invalid_rows', sa.Integer(), nullable=False),
    sa.Column('decision_level', sa.Enum('HTXSNV', 'HTTNV', 'HTNV', 'KHTNV', name='level', native_enum=False, length=32), nullable=True),
    sa.Column('decision_reason', sa.Text(), nullable=False),
    sa.CheckConstraint('(member_id IS NULL) <> (organisation_id IS NULL)', name=op.f('ck_round_subject_one_subject')),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_round_subject_member_id_member')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_round_subject_organisation_id_organisation')),
    sa.ForeignKeyConstraint(['round_id'], ['ballot_round.id'], name=op.f('fk_round_subject_round_id_ballot_round'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_round_subject')),
    sa.UniqueConstraint('round_id', 'member_id', name='uq_round_subject_member'),
    sa.UniqueConstraint('round_id', 'organisation_id', name='uq_round_subject_organisation')
    )
    with op.batch_alter_table('round_subject', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_round_subject_round_id'), ['round_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('round_subject', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_round_subject_round_id'))

    op.drop_table('round_subject')
    with op.batch_alter_table('ballot_round', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ballot_round_meeting_id'))

    op.drop_table('ballot_round')
