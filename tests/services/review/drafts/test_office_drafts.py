"""A draft as offices write it in Word: numbered lists ("1.", "a)") and tables. Imported, it keeps
its numbers and its tables; revised, its table is a Word table again, its changes tracked."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from pathlib import Path

import docx
from docx.oxml.ns import qn

from models.database import Database
from models.enums import CommentKind, Handling
from services.documents.catalogue import DocumentKind, DocumentSpec, write_document
from services.meeting_file.store import import_meeting
from services.review.drafts.comments import CommentEntry, add_comment, draft_comments, set_handling
from services.review.drafts.docx_output import write_revised_docx
from services.review.drafts.reading import Block, read_draft_file
from services.review.drafts.revision import revise
from services.review.drafts.versions import collective_draft, import_version
from tests.helpers import SEED_MEETING
from tests.helpers.office_draft import office_draft

WHEN = dt.datetime(2022, 1, 7, 3, 15, tzinfo=dt.UTC)
def test_list_numbers_and_tables_are_kept(tmp_path: Path) -> None:
    blocks = read_draft_file(office_draft(tmp_path / "bao-cao.docx")).blocks
    assert [b.text for b in blocks[:6]] == [
        "Kết quả thực hiện nhiệm vụ trong năm như sau.",
        "1. Công tác chính trị tư tưởng được quan tâm.",
        "a) Tổ chức học tập nghị quyết đầy đủ.",
        "b) Sinh hoạt chuyên đề hằng quý.",
        "2. Công tác kiểm tra, giám sát được tăng cường.",
        "a) Kiểm tra 5 tổ chức đảng.",  # a new item above restarts the letters
    ]
    assert blocks[6] == Block("Chỉ tiêu\tKế hoạch\tThực hiện\n"
                              "Thu ngân sách (tỷ đồng)\t4,2\t4,5\nKết nạp đảng viên\t3\t4")
    assert blocks[7].text == "Bảng trên tổng hợp kết quả."


def test_the_revised_draft_has_the_table_with_its_change_tracked(db: Database, meeting_id: int,
                                                                  tmp_path: Path) -> None:
    with db.session() as s, s.begin():
        draft = collective_draft(s, meeting_id)
        version = import_version(s, draft, read_draft_file(office_draft(tmp_path / "in.docx")))
        table = version.paragraphs[6]
        start = table.text.index("4,5")
        comment = add_comment(s, draft, CommentEntry(
            CommentKind.amend, "Số liệu đúng là 4,6.", speaker_name="Khách",
            paragraph_id=table.id, span=(start, start + 3), proposed="4,6"))
        set_handling(s, comment, Handling.accepted)
        reworded = add_comment(s, draft, CommentEntry(  # the item "a)" reworded, as typed
            CommentKind.amend, "Thêm kịp thời.", speaker_name="Khách",
            paragraph_id=version.paragraphs[2].id,
            proposed="Tổ chức học tập nghị quyết đầy đủ, kịp thời."))
        set_handling(s, reworded, Handling.accepted)
        revised = revise(version, draft_comments(s, draft.id))
        title = draft.title
    out = write_revised_docx(title, 1, revised, tmp_path / "sua.docx", "Bùi Văn Toàn", WHEN)
    document = docx.Document(str(out))
    assert len(document.tables) == 1
    cells = document.tables[0].rows[1].cells
    assert [c.text for c in cells[:2]] == ["Thu ngân sách (tỷ đồng)", "4,2"]
    deleted = [t.text for t in cells[2]._tc.iter(qn("w:delText"))]
    inserted = [t.text for i in cells[2]._tc.iter(qn("w:ins")) for t in i.iter(qn("w:t"))]
    assert (deleted, inserted) == (["4,5"], ["4,6"])
    accepted = ["".join(t.text for t in p._p.iter(qn("w:t"))) for p in document.paragraphs]
    numbered = [text for text in accepted if text[:2] in ("1.", "2.", "a)", "b)")]
    assert numbered[:3] == ["1. Công tác chính trị tư tưởng được quan tâm.",
                            "a) Tổ chức học tập nghị quyết đầy đủ, kịp thời.",  # keeps its letter
                            "b) Sinh hoạt chuyên đề hằng quý."]


def test_the_collective_report_prints_the_drafts_table_as_a_table(db: Database,
                                                                  tmp_path: Path) -> None:
    data = json.loads(SEED_MEETING.read_text(encoding="utf-8"))
    data["meeting"]["review_year"] = 2025  # QĐ 366: Mẫu 01 prints the report as read
    (tmp_path / "m.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    meeting_id = import_meeting(db, tmp_path / "m.json")
    with db.session() as s, s.begin():
        import_version(s, collective_draft(s, meeting_id),
                       read_draft_file(office_draft(tmp_path / "bao-cao.docx")))
    spec = DocumentSpec(DocumentKind.collective_form)
    write_document(db, meeting_id, spec, tmp_path / "mau-01.pdf")
    lines = [" ".join(line.split()) for line in subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "mau-01.pdf"), "-"], check=True,
        capture_output=True, text=True).stdout.splitlines()]
    assert "Thu ngân sách (tỷ đồng) 4,2 4,5" in lines  # a row of the table, cells side by side
    assert "a) Tổ chức học tập nghị quyết đầy đủ." in lines
    write_document(db, meeting_id, spec, tmp_path / "mau-01.docx", docx=True)
    tables = docx.Document(str(tmp_path / "mau-01.docx")).tables
    rows = [[c.text for c in row.cells] for t in tables for row in t.rows]
    assert ["Thu ngân sách (tỷ đồng)", "4,2", "4,5"] in rows
