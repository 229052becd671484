"""Comments on a draft as the minutes print them, one sentence each.

The comment record is the drafts part's (`services.review.drafts.digest.DigestComment`, built by
`build_digest` from the comment tables) and so are the labels of its kinds and handlings
(`services.review.drafts.labels`): the documents only word them.
"""

from __future__ import annotations

from services.common.labels import COMMENT_KIND_NAMES, handling_name
from services.review.drafts.digest import DigestComment


def handling_text(comment: DigestComment) -> str:
    """"Tiếp thu một phần: bổ sung một phần", or "Chưa xử lý"."""
    label = handling_name(comment.handling)
    return f"{label}: {comment.handling_note}" if comment.handling_note else label


def comment_sentence(comment: DigestComment) -> str:
    """The comment as one sentence of the minutes:
    "Đồng chí Lê Thanh Hải – đề nghị sửa về “4,2 tỷ”: … – Tiếp thu."."""
    who = comment.speaker if comment.by_committee else f"Đồng chí {comment.speaker}"
    about = f" về “{comment.quoted.strip()}”" if comment.quoted else ""
    text = f"{who} – {COMMENT_KIND_NAMES[comment.kind].lower()}{about}"
    text += f": {comment.text.strip()}" if comment.text.strip() else ""
    if comment.proposed:
        text += f" Đề nghị sửa thành: “{comment.proposed.strip()}”."
    return f"{text} – {handling_text(comment)}."
