from __future__ import annotations

import re
from dataclasses import replace

from models.enums import Level
from services.ballot.fingerprint import canonical_counts, round_fingerprint
from services.ballot.reported import RoundLock
from services.documents.marks import PageMarks
from tests.helpers.documents import seed_meeting_file


def seed_input():
    return seed_meeting_file().rounds[0]


def test_fingerprint_is_twelve_hex_digits_in_groups():
    assert re.fullmatch(r"[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}", round_fingerprint(seed_input()))


def test_fingerprint_ignores_the_order_subjects_were_entered_in():
    round_input = seed_input()
    shuffled = replace(round_input, subjects=tuple(reversed(round_input.subjects)))
    assert round_fingerprint(shuffled) == round_fingerprint(round_input)


def test_one_vote_moved_changes_the_fingerprint():
    round_input = seed_input()
    first = round_input.subjects[0]  # m01: 5 HTXSNV, 5 HTTNV
    moved = replace(first, votes={Level.HTXSNV: 4, Level.HTTNV: 6})
    changed = replace(round_input, subjects=(moved, *round_input.subjects[1:]))
    assert round_fingerprint(changed) != round_fingerprint(round_input)


def test_missing_level_keys_count_as_zero_in_the_canonical_form():
    round_input = seed_input()
    first = round_input.subjects[0]
    sparse = replace(first, votes={Level.HTXSNV: 5, Level.HTTNV: 5})
    assert canonical_counts(replace(round_input, subjects=(sparse, *round_input.subjects[1:]))) \
        == canonical_counts(round_input)
    assert '"m01",[5,5,0,0],0' in canonical_counts(round_input)


def test_a_document_is_a_draft_until_every_round_it_reports_is_locked():
    lock = RoundLock("Xếp loại đảng viên, vòng 1", 2, "ABCD-EF01-2345")
    assert PageMarks.for_rounds([]).draft
    assert PageMarks.for_rounds([None]).draft
    partly = PageMarks.for_rounds([lock, None])
    assert partly.draft and partly.locks == (lock,)
    locked = PageMarks.for_rounds([lock])
    assert not locked.draft and locked.locks == (lock,)
    assert lock.text == "Xếp loại đảng viên, vòng 1: đã khóa, bản 2, mã đối chiếu ABCD-EF01-2345"
