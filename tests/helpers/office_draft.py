"""A draft as offices write it in Word, for the tests of its import and revision: a numbered list
with lettered items under its items ("1.", "a)", from numbering.xml), then a table."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

LETTERED = f"""<w:abstractNum {nsdecls('w')} w:abstractNumId="90">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/>
  </w:lvl></w:abstractNum>"""


def office_draft(path: Path) -> Path:
    """A report as typed in Word: a numbered list with lettered items under its items, a table."""
    document = docx.Document()
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(LETTERED))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90">'
                               '<w:abstractNumId w:val="90"/></w:num>'))

    def item(text: str, level: int) -> None:
        paragraph = document.add_paragraph(text)
        paragraph._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'))

    document.add_paragraph("Kết quả thực hiện nhiệm vụ trong năm như sau.")
    item("Công tác chính trị tư tưởng được quan tâm.", 0)
    item("Tổ chức học tập nghị quyết đầy đủ.", 1)
    item("Sinh hoạt chuyên đề hằng quý.", 1)
    item("Công tác kiểm tra, giám sát được tăng cường.", 0)
    item("Kiểm tra 5 tổ chức đảng.", 1)
    table = document.add_table(rows=3, cols=3)
    for r, row in enumerate([["Chỉ tiêu", "Kế hoạch", "Thực hiện"],
                             ["Thu ngân sách (tỷ đồng)", "4,2", "4,5"],
                             ["Kết nạp đảng viên", "3", "4"]]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_paragraph("Bảng trên tổng hợp kết quả.")
    document.save(str(path))
    return path
