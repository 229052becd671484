"""Figures for the drafts and comments: import, version matching, recording, digest, page refresh.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/drafts.py

Twice: the sample report's size (26 paragraphs, 30 comments) and a long one (400 paragraphs,
300 comments). Each: the report in .docx; a second version with a tenth of the paragraphs
edited, a twentieth inserted and a twentieth removed; the comments; the collective page.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import docx  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from models.database import open_database  # noqa: E402
from models.enums import CommentKind  # noqa: E402
from services.review.drafts.comments import CommentEntry, add_comment  # noqa: E402
from services.review.drafts.digest import build_digest  # noqa: E402
from services.review.drafts.docx_output import write_digest_docx  # noqa: E402
from services.review.drafts.reading import Block, SourceDocument, read_draft_file  # noqa: E402
from services.review.drafts.versions import collective_draft, import_version  # noqa: E402
from tests.helpers import SAMPLE_MD  # noqa: E402
from tests.helpers.review import seed_meeting
from ui.context import MeetingContext, MeetingEvents  # noqa: E402
from ui.pages.collective_review import CollectiveReviewPage  # noqa: E402

SIZES = ((26, 30), (400, 300))


def timed(label: str, action):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = action()
    print(f"{label:<58} {1000 * (time.perf_counter() - start):8.1f} ms")
    return result


def main() -> None:
    app = QApplication.instance() or QApplication([])
    for paragraphs, comments in SIZES:
        print(f"-- {paragraphs} paragraphs, {comments} comments")
        run(app, paragraphs, comments)


def run(app: QApplication, paragraph_count: int, comment_count: int) -> None:
    random.seed(5)
    folder = Path(tempfile.mkdtemp())
    sample = [b.text for b in read_draft_file(SAMPLE_MD).blocks]
    texts = [f"{sample[i % len(sample)]} (mục {i + 1})" for i in range(paragraph_count)]
    document = docx.Document()
    for text in texts:
        document.add_paragraph(text)
    source = folder / "bao-cao-dai.docx"
    document.save(str(source))

    db = open_database(folder / "bench.sqlite")
    meeting_id = seed_meeting(db, member_count=67)
    first = timed(f"read .docx, {paragraph_count} paragraphs", lambda: read_draft_file(source))

    def store(doc: SourceDocument) -> None:
        with db.session() as s, s.begin():
            import_version(s, collective_draft(s, meeting_id), doc)

    timed("store version 1 (one transaction, audited)", lambda: store(first))
    blocks = list(first.blocks)
    for i in random.sample(range(paragraph_count), paragraph_count // 10):
        blocks[i] = Block(blocks[i].text.replace("Đảng ủy", "Đảng ủy Cục"), 0)
    for i in sorted(random.sample(range(paragraph_count), paragraph_count // 20), reverse=True):
        del blocks[i]
    for i in random.sample(range(len(blocks)), paragraph_count // 20):
        blocks.insert(i, Block(f"Đoạn mới số {i} của phiên bản 2."))
    timed("match and store version 2",
          lambda: store(SourceDocument(tuple(blocks), "docx", "v2.docx")))

    with db.session() as s:
        draft = collective_draft(s, meeting_id)
        paragraph_ids = [p.id for p in draft.versions[-1].paragraphs]
        draft_id = draft.id

    def record() -> None:
        for n in range(comment_count):
            with db.session() as s, s.begin():
                add_comment(s, collective_draft(s, meeting_id), CommentEntry(
                    list(CommentKind)[n % 5], f"Ý kiến {n}", speaker_name="Khách",
                    paragraph_id=random.choice(paragraph_ids), proposed="Sửa"))

    timed(f"record {comment_count} comments, one transaction each", record)
    digest = timed("build the digest (typed data)", lambda: build_digest(db.session(), draft_id))
    timed("write the digest .docx",
          lambda: write_digest_docx(digest, folder / "tong-hop.docx"))
    page = timed("open the collective review page", lambda: CollectiveReviewPage(
        MeetingContext(db, meeting_id, MeetingEvents())))
    page.resize(1366, 768)
    page.show()
    app.processEvents()
    timed("refresh and repaint the page",
          lambda: (page.refresh(), page.grab()))
    form = page.panel.form
    form.paragraph.setValue(paragraph_count // 2)
    form.speaker.setText("vo van an")
    form.text.setText("Một ý kiến nữa")

    def record_one() -> None:
        page.panel.record_comment()
        page.grab()

    timed("record one comment from the form (save, reload, repaint)", record_one)
    page.close()
    page.deleteLater()
    app.processEvents()
    db.dispose()


if __name__ == "__main__":
    main()
