"""The floor of `tally --pdf`: what reportlab alone costs for the same rows, as a whole process.

A bare LongTable of the meeting file's subjects, one row each with the text the tellers' report
prints (name over position and cell, "votes/of" over the percentage for each level), plain
strings in the bundled face, ruled, its header repeated: no app code, no header block, no
paragraph. `bench/tally.py` runs it beside `main.py tally --pdf` and prints both per page.

    .venv/bin/python bench/pdf_floor.py MEETING.json OUT.pdf

Without arguments (as `make bench` runs every script here) it does nothing.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import LongTable, SimpleDocTemplate, TableStyle

FONTS = Path(__file__).resolve().parents[1] / "resources" / "fonts"
LEVELS = ("HTXSNV", "HTTNV", "HTNV", "KHTNV")
WIDTHS = [10 * mm, 36 * mm, 17 * mm] + [17 * mm] * 4 + [13 * mm, 21 * mm]


def rows(meeting: dict) -> list[list[str]]:
    members = {m["id"]: m for m in meeting["members"]}
    cells = {o["id"]: o["name"] for o in meeting["organisations"]}
    out = [["TT", "Họ và tên", "Tự xếp loại", *LEVELS, "Không hợp lệ", "Kết quả"]]
    for ballot in meeting["rounds"]:
        voters = ballot["ballots"]["returned"]
        for number, subject in enumerate(ballot["subjects"], start=1):
            member = members.get(subject["id"])
            name = (f"{member['name']}\n{member['position']}, {cells[member['organisation']]}"
                    if member else cells[subject["id"]])
            votes = [f"{subject['votes'][lv]}/{voters}\n{subject['votes'][lv] * 100 // voters}%"
                     for lv in LEVELS]
            out.append([str(number), name, "HTTNV", *votes, str(subject["invalid"]), "HTTNV"])
    return out


def main() -> None:
    meeting = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    pdfmetrics.registerFont(TTFont("Serif", str(FONTS / "LiberationSerif-Regular.ttf")))
    table = LongTable(rows(meeting), colWidths=WIDTHS, repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"),
                               ("FONTNAME", (0, 0), (-1, -1), "Serif"),
                               ("FONTSIZE", (0, 0), (-1, -1), 10),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    SimpleDocTemplate(sys.argv[2], pagesize=A4, leftMargin=30 * mm, rightMargin=15 * mm,
                      topMargin=20 * mm, bottomMargin=22 * mm, invariant=True,
                      initialFontName="Serif").build([table])


if __name__ == "__main__" and len(sys.argv) == 3:
    main()
