"""QĐ 366 assessment: scores (self and accepted) and conditions per subject; meeting period

Each concept moves to one place: a member's single self-score (member.self_score) becomes its
assessment's `self_total`; the collective's self-score (collective_review.score_general /
score_tasks) becomes the assessment of the unit holding the meeting (the organisation row with the
reserved code 'tap-the', created when missing) and its proposed level that row's self_rating.
Rows written here are put on the audit record (models.audit.append_events) so `verify` holds.

Revision ID: 0010
Revises: 0003
Create Date: 2026-11-30 13:40:00
"""
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

from models.audit import append_events, record_added_columns

revision: str = '0010'
# Its own branch, off 0003 rather than the baseline: the collective's self-score is read from
# collective_review, which 0003 creates.
down_revision: str | Sequence[str] | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OWN_UNIT_CODE = 'tap-the'
ACTOR = 'migration'
CONDITIONS = ('all_tasks_on_time', 'exceeded_30pct', 'shortcomings_remedied', 'failed_over_50pct',
              'disqualifying_violation', 'self_reported_remedied')


def _assessment_row(**values: Any) -> dict[str, Any]:
    row: dict[str, Any] = {'member_id': None, 'organisation_id': None, 'self_general': None,
                           'self_tasks': None, 'self_total': None, 'general': None, 'tasks': None,
                           'change_reason': '', **{name: None for name in CONDITIONS}}
    row.update(values)
    return row


def upgrade() -> None:
    op.create_table('assessment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=True),
    sa.Column('organisation_id', sa.Integer(), nullable=True),
    sa.Column('self_general', sa.Integer(), nullable=True),
    sa.Column('self_tasks', sa.Integer(), nullable=True),
    sa.Column('self_total', sa.Integer(), nullable=True),
    sa.Column('general', sa.Integer(), nullable=True),
    sa.Column('tasks', sa.Integer(), nullable=True),
    sa.Column('change_reason', sa.Text(), nullable=False),
    *(sa.Column(name, sa.Boolean(), nullable=True) for name in CONDITIONS),
    sa.CheckConstraint('(member_id IS NULL) <> (organisation_id IS NULL)', name=op.f('ck_assessment_one_subject')),
    sa.CheckConstraint('self_total IS NULL OR (self_general IS NULL AND self_tasks IS NULL)', name=op.f('ck_assessment_total_or_parts')),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_assessment_member_id_member'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_assessment_organisation_id_organisation'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assessment')),
    sa.UniqueConstraint('member_id', name=op.f('uq_assessment_member_id')),
    sa.UniqueConstraint('organisation_id', name=op.f('uq_assessment_organisation_id'))
    )
    with op.batch_alter_table('meeting', schema=None, recreate='never') as batch_op:
        batch_op.add_column(sa.Column('period', sa.Enum('year', 'Q1', 'Q2', 'Q3', 'Q4', name='period', native_enum=False, length=32), server_default='year', nullable=False))
    connection = op.get_bind()
    record_added_columns(connection, 'meeting', {'period': sa.String(32)}, actor=ACTOR)
    _move_scores(connection)
    # ALTER TABLE ... DROP COLUMN in place: a batch copy would drop and recreate `member`, and
    # with foreign keys on, dropping it deletes every row that refers to a member (cascade).
    for table, column in (('member', 'self_score'), ('collective_review', 'proposed_level'),
                          ('collective_review', 'score_tasks'),
                          ('collective_review', 'score_general')):
        with op.batch_alter_table(table, schema=None, recreate='never') as batch_op:
            batch_op.drop_column(column)


def _insert(connection: sa.Connection, table: sa.TableClause, row: dict[str, Any],
            pending: list[tuple[str, str, str, Any]]) -> int:
    new_id = connection.execute(sa.insert(table).values(**row).returning(table.c.id)).scalar_one()
    pending.append((table.name, str(new_id), 'insert', {'id': new_id, **row}))
    return int(new_id)


def _move_scores(connection: sa.Connection) -> None:
    assessment = sa.table('assessment', sa.column('id'),
                          *(sa.column(name) for name in _assessment_row()))
    organisation = sa.table('organisation', sa.column('id'), sa.column('meeting_id'),
                            sa.column('code'), sa.column('name'), sa.column('self_rating'),
                            sa.column('sort_order'))
    pending: list[tuple[str, str, str, Any]] = []
    for member_id, score in connection.execute(sa.text(
            'SELECT id, self_score FROM member WHERE self_score IS NOT NULL ORDER BY id')):
        _insert(connection, assessment, _assessment_row(member_id=member_id, self_total=score),
                pending)
    reviews = connection.execute(sa.text(
        'SELECT r.meeting_id, r.score_general, r.score_tasks, r.proposed_level, m.body, u.name '
        'FROM collective_review r JOIN meeting m ON m.id = r.meeting_id '
        'JOIN party_unit u ON u.id = m.party_unit_id ORDER BY r.meeting_id')).all()
    for meeting_id, general, tasks, level, body, unit_name in reviews:
        if general is None and tasks is None and level is None:
            continue
        own = connection.execute(sa.text(
            'SELECT id, self_rating FROM organisation WHERE meeting_id = :m AND code = :c'),
            {'m': meeting_id, 'c': OWN_UNIT_CODE}).first()
        if own is None:
            count = connection.execute(sa.text(
                'SELECT COUNT(*) FROM organisation WHERE meeting_id = :m'),
                {'m': meeting_id}).scalar_one()
            own_id = _insert(connection, organisation, {
                'meeting_id': meeting_id, 'code': OWN_UNIT_CODE, 'name': body or unit_name,
                'self_rating': level, 'sort_order': count}, pending)
        else:
            own_id = own.id
            if level is not None and own.self_rating != level:
                connection.execute(sa.update(organisation).where(organisation.c.id == own_id)
                                   .values(self_rating=level))
                pending.append(('organisation', str(own_id), 'update',
                                {'self_rating': [own.self_rating, level]}))
        if general is not None or tasks is not None:
            _insert(connection, assessment, _assessment_row(
                organisation_id=own_id, self_general=general, self_tasks=tasks), pending)
    if pending:
        append_events(connection, ACTOR, pending)


def downgrade() -> None:
    with op.batch_alter_table('collective_review', schema=None) as batch_op:
        batch_op.add_column(sa.Column('score_general', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('score_tasks', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('proposed_level', sa.Enum('HTXSNV', 'HTTNV', 'HTNV', 'KHTNV', name='level', native_enum=False, length=32), nullable=True))
    with op.batch_alter_table('member', schema=None) as batch_op:
        batch_op.add_column(sa.Column('self_score', sa.Integer(), nullable=True))
    op.execute('UPDATE member SET self_score = (SELECT COALESCE(a.self_total, '
               'a.self_general + a.self_tasks) FROM assessment a WHERE a.member_id = member.id)')
    op.execute("UPDATE collective_review SET "
               "score_general = (SELECT a.self_general FROM assessment a JOIN organisation o "
               "ON o.id = a.organisation_id WHERE o.meeting_id = collective_review.meeting_id "
               f"AND o.code = '{OWN_UNIT_CODE}'), "
               "score_tasks = (SELECT a.self_tasks FROM assessment a JOIN organisation o "
               "ON o.id = a.organisation_id WHERE o.meeting_id = collective_review.meeting_id "
               f"AND o.code = '{OWN_UNIT_CODE}'), "
               "proposed_level = (SELECT o.self_rating FROM organisation o "
               "WHERE o.meeting_id = collective_review.meeting_id "
               f"AND o.code = '{OWN_UNIT_CODE}')")
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.drop_column('period')
    op.drop_table('assessment')
