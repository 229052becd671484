"""Table text is broken into lines once, by the app, and must break where a reportlab Paragraph
of the same face, size and column would (the pages look as they did when every cell was one)."""

from __future__ import annotations

import pytest
from reportlab.platypus import Paragraph

from services.documents.blocks import cell_styles, data_table, esc, wrap_words
from services.documents.fonts import BOLD, FAMILY
from tests.helpers.documents import seed_meeting_file

WIDTHS = (30.0, 96.05, 150.0, 255.0)  # points inside the padding: narrow to the result sheet's


def paragraph_lines(text: str, bold: bool, size: float, width: float) -> list[str]:
    markup = f"<b>{esc(text)}</b>" if bold else esc(text)
    paragraph = Paragraph(markup, cell_styles(size)[0])
    paragraph.wrap(width, 10_000)
    lines = paragraph.blPara.lines
    if paragraph.blPara.kind == 0:
        return [" ".join(words) for _, words in lines]
    return [" ".join(w.text for w in line.words).replace("  ", " ").strip() for line in lines]


def texts() -> list[str]:
    meeting = seed_meeting_file()
    cells = {o.code: o.name for o in meeting.organisations}
    return ([m.name for m in meeting.members]
            + [f"{m.position}, {cells.get(m.organisation or '', '')}" for m in meeting.members]
            + ["Nguyễn Văn Thử 1000", "Chưa đủ quá bán", "HTTNV (phiếu: HTXSNV) (vượt tỷ lệ)"])


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("bold", "size"), [(True, 10), (False, 8.5), (False, 11), (True, 9.5)])
def test_lines_break_where_a_paragraph_breaks(width: float, bold: bool, size: float):
    for text in texts():
        ours = wrap_words(text, BOLD if bold else FAMILY, size, width)
        if ours is None:  # a word wider than the column: the Paragraph cuts it, and is used
            cut = " ".join(paragraph_lines(text, bold, size, width)).split()
            assert cut != text.split(), text
            continue
        assert ours == paragraph_lines(text, bold, size, width), text


def test_a_table_cell_with_a_word_too_wide_is_a_paragraph_others_are_plain_lines():
    table = data_table(["TT", "Họ và tên"], [["1", "Nguyễn Văn An"], ["2", "Lê Nguyễnnnnnnnn"]],
                       widths=[30.0, 50.0])
    assert table._cellvalues[1][1] == "Nguyễn\nVăn An"  # 44 points inside the padding
    assert isinstance(table._cellvalues[2][1], Paragraph)


def test_a_line_break_in_the_text_is_kept():
    assert wrap_words("3/40\n7,5%", FAMILY, 10, 200) == ["3/40", "7,5%"]
