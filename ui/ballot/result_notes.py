"""The words above the results table: what the result still waits for, in one sentence naming
the button that does it, and the subjects' problems and warnings grouped, one line per kind
with the count and the first names, in the window's language, as the table below."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from services.ballot.outcome import Missing, RoundOutcome
from ui.i18n import QT_TRANSLATE_NOOP
from ui.labels import said

CONTEXT = "ResultNotes"
SHOWN_NAMES = 5  # names on a line; the rest are counted

WAITING: dict[Missing, str] = {
    Missing.reconciliation: QT_TRANSLATE_NOOP(
        "ResultNotes", "Chưa đối chiếu số phiếu: ghi số phiếu phát ra, thu vào, không hợp lệ "
        "rồi bấm «Lưu đối chiếu» ở thẻ 1 «Đối chiếu phiếu»."),
    Missing.entry: QT_TRANSLATE_NOOP(
        "ResultNotes", "Chưa nhập xong phiếu: Ban kiểm phiếu nhập phiếu ở thẻ 2 «Nhập phiếu»."),
    Missing.second_entry: QT_TRANSLATE_NOOP(
        "ResultNotes", "Còn thiếu bản nhập của người nhập thứ hai: ở thẻ 2 «Nhập phiếu», bấm "
        "«Đổi người nhập», chọn tên người nhập thứ hai rồi bấm «Bắt đầu nhập» và nhập lại cả "
        "xấp phiếu."),
    Missing.differences: QT_TRANSLATE_NOOP(
        "ResultNotes", "Hai bản nhập còn khác nhau: xem thẻ 3 «Chênh lệch», kiểm lại các phiếu "
        "giấy ghi ở đó và sửa bản nhập sai."),
    Missing.agreement: QT_TRANSLATE_NOOP(
        "ResultNotes", "Chưa thống nhất số liệu: bấm «Thống nhất số liệu» ở thẻ 3 «Chênh lệch»."),
}

# One line per kind of problem or warning: {0} the count, {1} the names.
GROUPS: dict[str, str] = {
    "row_sum": QT_TRANSLATE_NOOP(
        "ResultNotes", "{0} đối tượng có số phiếu đánh dấu cộng dòng không hợp lệ khác số "
        "phiếu hợp lệ: {1}"),
    "negative_row": QT_TRANSLATE_NOOP("ResultNotes", "{0} đối tượng có số phiếu âm: {1}"),
    "subject_twice": QT_TRANSLATE_NOOP("ResultNotes", "{0} đối tượng có hai lần trong vòng: {1}"),
    "undecided": QT_TRANSLATE_NOOP(
        "ResultNotes", "{0} đối tượng chưa đủ quá bán ở mức nào (chủ trì xem xét bỏ phiếu "
        "lại): {1}"),
    "self_rating_gap": QT_TRANSLATE_NOOP(
        "ResultNotes", "{0} đối tượng có kết quả cách mức tự xếp loại từ hai mức trở lên: {1}"),
    "vote_above_cap": QT_TRANSLATE_NOOP(
        "ResultNotes", "{0} đối tượng có phiếu đạt mức cao hơn mức điểm và điều kiện cho phép, "
        "được đề nghị mức thấp hơn (xem cột Giải thích): {1}"),
    "self_level_above_band": QT_TRANSLATE_NOOP(
        "ResultNotes", "{0} đối tượng tự đề xuất mức cao hơn khung điểm: {1}"),
    "excellent_condition_unrecorded": QT_TRANSLATE_NOOP(
        "ResultNotes", "{0} đối tượng được đề nghị HTXSNV nhưng chưa ghi đủ điều kiện: {1}"),
    "self_reported_violation": QT_TRANSLATE_NOOP(
        "ResultNotes", "{0} đối tượng có vi phạm tự phát hiện, tự báo cáo và đã khắc phục (cấp "
        "có thẩm quyền xem xét): {1}"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def waiting(outcome: RoundOutcome) -> str:
    """The one sentence of what the result waits for and which button does it ("" when
    nothing)."""
    return tr(WAITING[outcome.missing]) if outcome.missing is not None else ""


def _names(names: list[str]) -> str:
    shown = ", ".join(names[:SHOWN_NAMES])
    rest = len(names) - SHOWN_NAMES
    return shown + (tr(" và {0} người khác").format(rest) if rest > 0 else "")


def grouped(items: Iterable[tuple[str, str, str]]) -> list[str]:
    """(kind, name, the engine's own line) grouped by kind, in the order first met: a kind the
    window has words for makes one line with the count and the first names; any other keeps
    the engine's line, in the window's language when the engine made it so."""
    groups: dict[str, list[str]] = {}
    others: list[str] = []
    for kind, name, line in items:
        if kind in GROUPS and name:
            groups.setdefault(kind, []).append(name)
        else:
            others.append(said(line))
    lines = [tr(GROUPS[kind]).format(len(names), _names(names)) for kind, names in groups.items()]
    return lines + others


def problem_lines(outcome: RoundOutcome) -> list[str]:
    """Why no result, grouped (only when nothing earlier on the round's path explains it)."""
    if outcome.missing is not None:
        return []
    return grouped((p.code, p.who, p.said) for p in outcome.problems)


def warning_lines(outcome: RoundOutcome, skip: frozenset[str]) -> list[str]:
    """The result's warnings: the round's own as they are, the subjects' grouped by kind."""
    if outcome.result is None:
        return []
    names = {s.subject.code: s.subject.name for s in outcome.subjects}
    return grouped((w.code, names.get(w.subject_id or "", ""), w.message)
                   for w in outcome.result.warnings if w.code not in skip)
