"""The papers a meeting produces, by kind: what the documents list offers and what the
signature table (`signatures.py`) is keyed by."""

from __future__ import annotations

import enum


class DocumentKind(enum.StrEnum):
    attendance_list = "attendance_list"
    ballot_paper = "ballot_paper"
    tellers_report = "tellers_report"
    entry_log = "entry_log"
    result_sheet = "result_sheet"
    minutes = "minutes"
    comments_digest = "comments_digest"
    proposal_list = "proposal_list"
    collective_form = "collective_form"
    member_form = "member_form"
