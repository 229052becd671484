"""What a person can read: every text a widget tree shows, and a meeting file's internal codes to
look for in it (issue 13: no member, cell, round or kind code in any text a person sees)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from docx import Document
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)


def meeting_codes(path: Path) -> set[str]:
    """The file's ids (members, cells, rounds) and the kind and status codes it uses."""
    data = json.loads(path.read_text(encoding="utf-8"))
    members = data["members"]
    codes = {m["id"] for m in members} | {m["status"] for m in members}
    codes |= {m["attendance"] for m in members if "attendance" in m}
    codes |= {o["id"] for o in data.get("organisations", [])}
    codes |= {r["id"] for r in data.get("rounds", [])}
    codes |= {r["subject_kind"] for r in data.get("rounds", [])}
    codes.add(data["meeting"]["body_kind"])
    return codes


def recoded(path: Path, folder: Path) -> Path:
    """The meeting file with every member, cell and round id made opaque ("id1", "id2", …):
    a round id such as "dang-vien" is also the words "đảng viên" a file name spells without
    marks; an opaque id in a file name can only have come from the id."""
    data = json.loads(path.read_text(encoding="utf-8"))
    ids = [e["id"] for key in ("members", "organisations", "rounds") for e in data.get(key, [])]
    new = {code: f"id{n}" for n, code in enumerate(ids, start=1)}

    def walk(value: object) -> object:
        if isinstance(value, dict):
            return {k: walk(v) for k, v in value.items()}
        if isinstance(value, list):
            return [walk(v) for v in value]
        return new.get(value, value) if isinstance(value, str) else value

    target = folder / f"recoded-{path.name}"
    target.write_text(json.dumps(walk(data), ensure_ascii=False), encoding="utf-8")
    return target


def english_safe(codes: set[str]) -> set[str]:
    """The codes that are no English word ("member", "official" are, in the English window)."""
    return {code for code in codes if not code.isalpha()}


def codes_in(text: str, codes: set[str]) -> set[str]:
    """The codes `text` holds as whole words (a code inside a longer word is not one)."""
    return {code for code in codes if re.search(rf"(?<![\w-]){re.escape(code)}(?![\w-])", text)}


def _model_texts(model: QAbstractItemModel, parent: QModelIndex = QModelIndex()) -> list[str]:  # noqa: B008
    found: list[str] = []
    try:
        columns = model.columnCount(parent)
    except TypeError:  # a list model's column count is private in PySide
        columns = 1
    for section in range(columns):
        found.append(str(model.headerData(section, Qt.Orientation.Horizontal) or ""))
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            found += [str(model.data(index, role) or "") for role in ROLES]
            if column == 0 and index.isValid() and model.rowCount(index):
                found += _model_texts(model, index)
    return found


def own_texts(widget: QWidget) -> list[str]:
    """The texts one widget shows itself (not its children's)."""
    found = [widget.windowTitle(), widget.toolTip()]
    if isinstance(widget, QLabel | QAbstractButton):
        found.append(widget.text())
    elif isinstance(widget, QLineEdit):
        found += [widget.text(), widget.placeholderText()]
    elif isinstance(widget, QTextEdit | QPlainTextEdit):
        found += [widget.toPlainText(), widget.placeholderText()]
    elif isinstance(widget, QComboBox):
        found += [widget.itemText(i) for i in range(widget.count())]
    elif isinstance(widget, QTabBar):
        found += [widget.tabText(i) for i in range(widget.count())]
    elif isinstance(widget, QGroupBox):
        found.append(widget.title())
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        found += _model_texts(widget.model())
    return found


def widget_texts(root: QWidget) -> str:
    """Every text the tree can show: titles, tooltips, labels, buttons, fields, lists, tables,
    combo items, tabs, group titles and actions (hidden ones too: they show on a click)."""
    found = [text for widget in [root, *root.findChildren(QWidget)] for text in own_texts(widget)]
    for action in root.findChildren(QAction):
        found += [action.text(), action.toolTip()]
    return "\n".join(found)


def docx_text(path: Path) -> str:
    """A .docx's body, tables, headers and footers."""
    document = Document(str(path))
    found = [p.text for p in document.paragraphs]
    for table in document.tables:
        found += [cell.text for row in table.rows for cell in row.cells]
    for section in document.sections:
        for part in (section.header, section.footer, section.first_page_footer):
            found += [p.text for p in part.paragraphs]
            found += [cell.text for table in part.tables for row in table.rows
                      for cell in row.cells]
    return "\n".join(found)
