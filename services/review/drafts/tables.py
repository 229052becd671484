"""A table of an imported draft, kept as one paragraph of the version: its cells separated by a
tab, its rows by a line break. Reading collapses every other run of white space to one space, so
a tab or a line break in a paragraph's text can only come from a table: no schema change, and a
comment or amendment on a table works on its text as on any paragraph's."""

from __future__ import annotations

from collections.abc import Sequence

CELL = "\t"
ROW = "\n"


def table_text(rows: Sequence[Sequence[str]]) -> str:
    """The paragraph text of a table (cells already cleaned: no tab, no line break)."""
    return ROW.join(CELL.join(row) for row in rows)


def table_rows(text: str) -> list[list[str]] | None:
    """The rows of a table paragraph, each as long as the longest (merged cells were read once);
    None for an ordinary paragraph."""
    if CELL not in text and ROW not in text:
        return None
    rows = [row.split(CELL) for row in text.split(ROW)]
    columns = max(len(row) for row in rows)
    return [row + [""] * (columns - len(row)) for row in rows]
