"""Comments on a draft as the documents print them (the minutes and the comments digest).

The drafts and comments themselves are stored by the drafts part of the app (issue 5), which
builds these plain records; the codes are the glossary's (`Comment.kind`, `Comment.handling`).
"""

from __future__ import annotations

from dataclasses import dataclass

COMMENT_KINDS = {
    "agree": "Tán thành",
    "supplement": "Bổ sung",
    "amend": "Đề nghị sửa",
    "disagree": "Không tán thành",
    "question": "Câu hỏi",
}
HANDLINGS = {
    "accepted": "Tiếp thu",
    "partly": "Tiếp thu một phần",
    "rejected": "Không tiếp thu",
    "noted": "Ghi nhận",
}


@dataclass(frozen=True)
class CommentRecord:
    """One comment: who spoke, of what kind, on which words of the paragraph (`quoted`, when
    made on a span), what was said (and for "amend" the proposed wording), and how it was
    handled (None: not decided yet) with a note. `kind` and `handling` are the glossary's codes
    (the drafts part's CommentKind / Handling, which are str enums)."""

    speaker: str
    kind: str
    text: str
    proposed_wording: str = ""
    handling: str | None = None
    handling_note: str = ""
    quoted: str = ""

    @property
    def kind_label(self) -> str:
        return COMMENT_KINDS.get(self.kind, self.kind)

    @property
    def handling_label(self) -> str:
        if self.handling is None:
            return "Chưa xử lý"
        label = HANDLINGS.get(self.handling, self.handling)
        return f"{label}: {self.handling_note}" if self.handling_note else label

    @property
    def sentence(self) -> str:
        """The comment as one sentence of the minutes:
        "Đồng chí Lê Thanh Hải (bổ sung): … – Tiếp thu."."""
        about = f" về “{self.quoted.strip()}”" if self.quoted else ""
        text = (f"Đồng chí {self.speaker} ({self.kind_label.lower()}){about}: "
                f"{self.text.strip()}")
        if self.proposed_wording:
            text += f" Đề nghị sửa thành: “{self.proposed_wording.strip()}”."
        return f"{text} – {self.handling_label}."
