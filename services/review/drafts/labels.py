"""Vietnamese labels of the comment kinds and handlings, shared by the documents and the pages."""

from __future__ import annotations

from models.enums import CommentKind, Handling

KIND_LABELS: dict[CommentKind, str] = {
    CommentKind.agree: "Tán thành",
    CommentKind.supplement: "Bổ sung",
    CommentKind.amend: "Đề nghị sửa",
    CommentKind.disagree: "Không tán thành",
    CommentKind.question: "Câu hỏi",
}

HANDLING_LABELS: dict[Handling, str] = {
    Handling.accepted: "Tiếp thu",
    Handling.partly: "Tiếp thu một phần",
    Handling.rejected: "Không tiếp thu",
    Handling.noted: "Ghi nhận",
}

UNHANDLED_LABEL = "Chưa xử lý"


def handling_label(handling: Handling | None) -> str:
    return UNHANDLED_LABEL if handling is None else HANDLING_LABELS[handling]
