"""The revised draft opened in LibreOffice itself: "Accept all" gives the revised text, "Reject
all" the version as read, the changes and the comments are the secretary's at her time, and the
comments outlive the accepting. Runs where `soffice` is installed."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from models.database import Database
from models.enums import CommentKind, Handling
from services.review.drafts.comments import CommentEntry, add_comment, draft_comments, set_handling
from services.review.drafts.docx_output import write_revised_docx
from services.review.drafts.reading import read_draft_file
from services.review.drafts.revision import revise
from services.review.drafts.versions import collective_draft, import_version
from tests.helpers.libreoffice import SOFFICE, Change, press_accept_and_reject_all
from tests.helpers.office_draft import office_draft

pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")

# The secretary saves the revised draft at 10:15 in Hà Nội.
WHEN = dt.datetime(2022, 1, 7, 10, 15, tzinfo=dt.timezone(dt.timedelta(hours=7)))
SECRETARY = "Bùi Văn Toàn"


def lines(texts: list[str]) -> list[str]:
    """Paragraphs as LibreOffice saves them as text: a table's cells each on a line."""
    return [line for text in texts for line in re.split(r"[\t\n]", text)]


def test_accept_all_and_reject_all_in_libreoffice(db: Database, meeting_id: int,
                                                  tmp_path: Path) -> None:
    with db.session() as s, s.begin():
        draft = collective_draft(s, meeting_id)
        version = import_version(s, draft, read_draft_file(office_draft(tmp_path / "in.docx")))
        paragraphs = version.paragraphs

        def amend(index: int, old: str | None, new: str) -> None:
            text = paragraphs[index].text
            span = None if old is None else (text.index(old), text.index(old) + len(old))
            comment = add_comment(s, draft, CommentEntry(
                CommentKind.amend, "Sửa.", speaker_name="Khách", paragraph_id=paragraphs[index].id,
                span=span, proposed=new))
            set_handling(s, comment, Handling.accepted)

        amend(0, "trong năm", "năm 2025")
        amend(2, None, "Tổ chức học tập nghị quyết đầy đủ, kịp thời.")  # the item "a)" reworded
        amend(6, "4,5", "4,6")  # a cell of the table
        revised = revise(version, draft_comments(s, draft.id))
        original = [p.text for p in paragraphs]
        title = draft.title
    target = write_revised_docx(title, 1, revised, tmp_path / "sua.docx", SECRETARY, WHEN)

    shown = press_accept_and_reject_all(target, tmp_path / "lo")

    heading = [title.upper(), "(Bản sửa theo ý kiến góp ý, từ phiên bản 1)"]
    assert shown.accepted == heading + lines([r.text for r in revised])
    assert "Kết quả thực hiện nhiệm vụ năm 2025 như sau." in shown.accepted
    assert "a) Tổ chức học tập nghị quyết đầy đủ, kịp thời." in shown.accepted  # keeps its letter
    assert shown.accepted[heading.__len__() + 6:][:9] == [
        "Chỉ tiêu", "Kế hoạch", "Thực hiện", "Thu ngân sách (tỷ đồng)", "4,2", "4,6",
        "Kết nạp đảng viên", "3", "4"]
    assert shown.rejected == heading + lines(original)
    # Three amendments, each a deletion and an insertion, by the secretary at her 10:15
    assert sorted(shown.changes, key=lambda c: c.kind) == (
        [Change("Delete", SECRETARY, "2022-01-07T10:15")] * 3
        + [Change("Insert", SECRETARY, "2022-01-07T10:15")] * 3)
    assert [(c.author, c.date) for c in shown.comments] == [(SECRETARY, "2022-01-07T10:15")] * 3
    assert sorted(c.text for c in shown.comments) == [
        f"Sửa theo ý kiến #{n} Khách (khách mời)" for n in (1, 2, 3)]
    assert shown.comments_after_accept == shown.comments
    assert (shown.properties.title, shown.properties.author) == (title, SECRETARY)
    assert shown.properties.created.startswith("2022-01-07T")
