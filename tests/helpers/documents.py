"""Helpers for document tests: the seed meeting, the generated committee as a file, the reviews
recorded as the review pages do, and a PDF read back with poppler (pdftotext, pdffonts)."""

from __future__ import annotations

import json
import re
import subprocess
from dataclasses import dataclass, replace
from pathlib import Path

from models.database import Database
from models.enums import CommentKind, Handling, Level
from services.ballot.reported import ReportedRound
from services.documents.meeting_info import MeetingInfo
from services.meeting_file.format import MeetingFile, load_meeting_file
from services.review.drafts.comments import CommentEntry, add_comment, set_handling
from services.review.drafts.reading import read_draft_file, read_pasted_text
from services.review.drafts.versions import collective_draft, import_version, member_draft
from services.review.reviews import (
    individual_reviews,
    reviewed_members,
    set_collective_assessment,
)
from tests.helpers import SAMPLE_MD, SEED_MEETING
from tests.helpers.generated import generated_meeting_file


@dataclass(frozen=True)
class Seed:
    db: Database
    meeting_id: int
    info: MeetingInfo
    rounds: tuple[ReportedRound, ...]


def seed_meeting_file() -> MeetingFile:
    return load_meeting_file(SEED_MEETING)


def generated_file(folder: Path) -> Path:
    """The generated 2,000-member committee written as a meeting file in `folder`."""
    path = folder / "generated.meeting.json"
    path.write_text(json.dumps(generated_meeting_file(), ensure_ascii=False), encoding="utf-8")
    return path


def pdf_pages(path: Path, raw: bool = False) -> list[str]:
    """The text of each page, as pdftotext reads it: in reading order, or `raw` in the order it
    was drawn (a table cell's wrapped lines together)."""
    options = ["-raw"] if raw else []
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", *options, str(path), "-"], check=True,
                          capture_output=True, text=True).stdout
    return text.split("\f")[:-1]


def pdf_text(path: Path, raw: bool = False) -> str:
    return "\n".join(pdf_pages(path, raw))


def pdf_fonts(path: Path) -> list[tuple[str, str]]:
    """(font name, embedded yes/no) of every font in the file, from pdffonts."""
    lines = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True,
                           text=True).stdout.splitlines()[2:]
    fonts = []
    for line in lines:
        parts = line.split()
        # name type [encoding...] emb sub uni object generation: "emb" is 5th from the end
        fonts.append((parts[0], parts[-5]))
    return fonts


@dataclass(frozen=True)
class Reviewed:
    """What `record_reviews` stored: the collective draft, its comments by paragraph number
    (0: on the draft as a whole), and the names of the members whose review was recorded."""

    collective_draft_id: int
    member_draft_id: int
    comments: dict[int, tuple[str, ...]]
    reviewed: tuple[str, ...]
    pending: str  # a member whose turn has a summary but is not done


def record_reviews(db: Database, meeting_id: int, extra_comments: int = 0) -> Reviewed:
    """Steps 4 and 5 recorded through the drafts services, as the review pages do: the seed
    report as the collective draft with comments of every kind (one on a span, a guest's, the
    committee's), handled or not, the collective's self-score; three members' reviews (one with
    an imported self-review and a comment on it, one not finished). `extra_comments` adds that
    many more on the collective draft, spread over its paragraphs (for the bench)."""
    with db.session("test") as s, s.begin():
        members = reviewed_members(s, meeting_id)
        draft = collective_draft(s, meeting_id)
        version = import_version(s, draft, read_draft_file(SAMPLE_MD))
        paragraphs = {p.number: p for p in version.paragraphs}
        money = paragraphs[13]
        start = money.text.index("4,2 tỷ")
        entries = [
            CommentEntry(CommentKind.supplement, "Bổ sung số cuộc kiểm tra liên ngành.",
                         speaker_id=members[2].id, paragraph_id=paragraphs[5].id),
            CommentEntry(CommentKind.amend, "Số thu nộp ghi chưa đúng.",
                         speaker_id=members[3].id, paragraph_id=money.id,
                         span=(start, start + len("4,2 tỷ")), proposed="4,25 tỷ"),
            CommentEntry(CommentKind.question, "Tỷ lệ 12,5% so với cùng kỳ lấy từ đâu?",
                         speaker_name="Trần Văn Khách", paragraph_id=money.id),
            CommentEntry(CommentKind.agree, "Tán thành dự thảo.", speaker_id=members[1].id),
            CommentEntry(CommentKind.supplement, "Nêu rõ hạn chế trong cải cách hành chính.",
                         speaker_name="Nguyễn Công Việt", by_committee=True,
                         paragraph_id=paragraphs[19].id),
        ]
        body = [p for p in version.paragraphs if not p.is_heading]
        entries += [CommentEntry(CommentKind.supplement, f"Ý kiến thêm số {n + 1}.",
                                 speaker_id=members[n % len(members)].id,
                                 paragraph_id=body[n % len(body)].id)
                    for n in range(extra_comments)]
        comments = [add_comment(s, draft, entry) for entry in entries]
        set_handling(s, comments[0], Handling.accepted)
        set_handling(s, comments[1], Handling.partly, "sửa thành 4,25 tỷ đồng")
        set_handling(s, comments[4], Handling.noted)
        set_collective_assessment(s, meeting_id, 27, 62, Level.HTTNV)
        by_paragraph: dict[int, list[str]] = {}
        for comment in comments:
            number = comment.paragraph.number if comment.paragraph else 0
            by_paragraph.setdefault(number, []).append(comment.text)

        turns = individual_reviews(s, meeting_id)
        first, second, third = turns[0], turns[1], turns[2]
        first.summary = "Hoàn thành tốt nhiệm vụ bí thư; còn hạn chế về thời gian."
        first.done = True
        own = member_draft(s, second.member)
        import_version(s, own, read_pasted_text(
            "Ưu điểm: chấp hành nghiêm kỷ luật.\n\nHạn chế: chưa sâu sát cơ sở.", "tu-kiem-diem"))
        add_comment(s, own, CommentEntry(CommentKind.disagree, "Tự xếp loại cao so với kết quả.",
                                         speaker_id=first.member.id,
                                         paragraph_id=own.versions[-1].paragraphs[1].id))
        second.done = True
        third.summary = "Đang đọc bản tự kiểm điểm."
        s.flush()
        return Reviewed(draft.id, own.id,
                        {number: tuple(texts) for number, texts in by_paragraph.items()},
                        (first.member.full_name, second.member.full_name, third.member.full_name),
                        third.member.full_name)


SEED_SENTENCES = [
    "13 đảng viên Hoàn thành xuất sắc nhiệm vụ (chiếm 13/67 đảng viên được xếp loại = 19,4%)",
    "52 đảng viên Hoàn thành tốt nhiệm vụ (chiếm 52/67 đảng viên được xếp loại = 77,6%)",
    "1 đảng viên Hoàn thành nhiệm vụ (chiếm 1/67 đảng viên được xếp loại = 1,5%)",
    "1 đảng viên Không hoàn thành nhiệm vụ (chiếm 1/67 đảng viên được xếp loại = 1,5%)",
    "1 chi bộ Hoàn thành xuất sắc nhiệm vụ (chiếm 1/8 chi bộ được xếp loại = 12,5%)",
    "6 chi bộ Hoàn thành tốt nhiệm vụ (chiếm 6/8 chi bộ được xếp loại = 75%)",
    "0 chi bộ Không hoàn thành nhiệm vụ (chiếm 0/8 chi bộ được xếp loại = 0%)",
]


def flat(text: str) -> str:
    """pdftotext breaks lines where the paragraph wrapped; compare with single spaces."""
    return " ".join(text.split())


def locked(rounds: tuple[ReportedRound, ...]) -> tuple[ReportedRound, ...]:
    return tuple(replace(r, locked_revision=1) for r in rounds)


def proposal_row(text: str, name: str) -> str:
    """The proposal list's row of `name` (text as pdftotext -raw reads it, a cell's lines
    together): from the name to the next row's number."""
    found = re.search(re.escape(name) + r"(.*?)(?= \d{1,2} [A-ZĐ][a-zàáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễ]"
                      r"| Giải thích| – Tỷ lệ)", flat(text))
    assert found, f"{name} not in the proposal list"
    return found.group(1)
