"""drafts (frozen versions, paragraphs), comments, collective and individual reviews

Revision ID: 0003
Revises: 0001
Create Date: 2026-11-27 04:39:33.305611
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0003'
down_revision: str | Sequence[str] | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('collective_review',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('score_general', sa.Integer(), nullable=True),
    sa.Column('score_tasks', sa.Integer(), nullable=True),
    sa.Column('proposed_level', sa.Enum('HTXSNV', 'HTTNV', 'HTNV', 'KHTNV', name='level', native_enum=False, length=32), nullable=True),
    sa.Column('speaking_limit_seconds', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_collective_review_meeting_id_meeting'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_collective_review')),
    sa.UniqueConstraint('meeting_id', name=op.f('uq_collective_review_meeting_id'))
    )
    op.create_table('draft',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('collective', 'individual', name='draftkind', native_enum=False, length=32), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=True),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_draft_meeting_id_meeting'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_draft_member_id_member'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_draft'))
    )
    with op.batch_alter_table('draft', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_draft_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_draft_member_id'), ['member_id'], unique=False)

    op.create_table('individual_review',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('done', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_individual_review_meeting_id_meeting'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_individual_review_member_id_member'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_individual_review')),
    sa.UniqueConstraint('member_id', name=op.f('uq_individual_review_member_id'))
    )
    with op.batch_alter_table('individual_review', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_individual_review_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('draft_version',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('draft_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('source_name', sa.String(length=300), nullable=False),
    sa.Column('source_format', sa.String(length=16), nullable=False),
    sa.Column('imported_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['draft_id'], ['draft.id'], name=op.f('fk_draft_version_draft_id_draft'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_draft_version')),
    sa.UniqueConstraint('draft_id', 'number', name=op.f('uq_draft_version_draft_id'))
    )
    with op.batch_alter_table('draft_version', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_draft_version_draft_id'), ['draft_id'], unique=False)

    op.create_table('paragraph',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('stable_id', sa.String(length=32), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('heading_level', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['version_id'], ['draft_version.id'], name=op.f('fk_paragraph_version_id_draft_version'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_paragraph')),
    sa.UniqueConstraint('version_id', 'number', name=op.f('uq_paragraph_version_id'))
    )
    with op.batch_alter_table('paragraph', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_paragraph_version_id'), ['version_id'], unique=False)

    op.create_table('comment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('draft_id', sa.Integer(), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=True),
    sa.Column('paragraph_id', sa.Integer(), nullable=True),
    sa.Column('span_start', sa.Integer(), nullable=True),
    sa.Column('span_end', sa.Integer(), nullable=True),
    sa.Column('quoted', sa.Text(), nullable=False),
    sa.Column('speaker_id', sa.Integer(), nullable=True),
    sa.Column('speaker_name', sa.String(length=200), nullable=False),
    sa.Column('by_committee', sa.Boolean(), nullable=False),
    sa.Column('kind', sa.Enum('agree', 'supplement', 'amend', 'disagree', 'question', name='commentkind', native_enum=False, length=32), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('proposed', sa.Text(), nullable=False),
    sa.Column('handling', sa.Enum('accepted', 'partly', 'rejected', 'noted', name='handling', native_enum=False, length=32), nullable=True),
    sa.Column('handling_note', sa.Text(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['draft_id'], ['draft.id'], name=op.f('fk_comment_draft_id_draft'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_comment_meeting_id_meeting'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['paragraph_id'], ['paragraph.id'], name=op.f('fk_comment_paragraph_id_paragraph'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['speaker_id'], ['member.id'], name=op.f('fk_comment_speaker_id_member'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['version_id'], ['draft_version.id'], name=op.f('fk_comment_version_id_draft_version'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_comment'))
    )
    with op.batch_alter_table('comment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_comment_draft_id'), ['draft_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_comment_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_comment_paragraph_id'), ['paragraph_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_comment_speaker_id'), ['speaker_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_comment_version_id'), ['version_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('comment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_comment_version_id'))
        batch_op.drop_index(batch_op.f('ix_comment_speaker_id'))
        batch_op.drop_index(batch_op.f('ix_comment_paragraph_id'))
        batch_op.drop_index(batch_op.f('ix_comment_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_comment_draft_id'))

    op.drop_table('comment')
    with op.batch_alter_table('paragraph', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_paragraph_version_id'))

    op.drop_table('paragraph')
    with op.batch_alter_table('draft_version', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_draft_version_draft_id'))

    op.drop_table('draft_version')
    with op.batch_alter_table('individual_review', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_individual_review_meeting_id'))

    op.drop_table('individual_review')
    with op.batch_alter_table('draft', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_draft_member_id'))
        batch_op.drop_index(batch_op.f('ix_draft_meeting_id'))

    op.drop_table('draft')
    op.drop_table('collective_review')
