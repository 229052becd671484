"""The speaker field: a line edit whose completer ignores diacritics ("huynh" offers "Huỳnh …"),
ranks the given name first ("yen" offers "Thái Thanh Yến" before "Võ Thị Hồng Quyên"), and takes
a name not on the roster as a guest's. Enter in the suggestions takes the name and stays in the
field: only the next Enter goes on (a quick key after it must not land in another field)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from services.common.text import fold
from services.review.drafts.speakers import Speaker, resolve_speaker

FOLD_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2
RANK_ROLE = Qt.ItemDataRole.UserRole + 3
ORDER_ROLE = Qt.ItemDataRole.UserRole + 4  # the speaker's place in the list
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def rank(typed: str, speaker: Speaker) -> int:
    """How well the folded `typed` names the speaker, best 0: it starts the given name (the
    last word), then any word of the name, then it is inside the name, then the position."""
    words = fold(speaker.name).split()
    if words and words[-1].startswith(typed):
        return 0
    if any(word.startswith(typed) for word in words):
        return 1
    return 2 if typed in " ".join(words) else 3


class FoldingCompleter(QCompleter):
    """Matches the folded text typed anywhere in the folded "name position" of each member, and
    completes with the name as written."""

    def __init__(self, model: QAbstractItemModel, parent: QWidget | None = None) -> None:
        super().__init__(model, parent)
        self.setCompletionRole(FOLD_ROLE)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setMaxVisibleItems(8)

    def splitPath(self, path: str) -> list[str]:
        return [fold(path)]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return str(index.data(NAME_ROLE))


class SpeakerPicker(QLineEdit):
    """Type part of a name without accents; pick from the list or go on typing a guest's name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.speakers: list[Speaker] = []
        self._model = QStandardItemModel(self)
        self._model.setSortRole(RANK_ROLE)
        self.setCompleter(FoldingCompleter(self._model, self))
        self.setPlaceholderText(self.tr("Gõ tên, không cần dấu (ví dụ: huynh)"))
        self.textEdited.connect(self._rank)
        popup = self.completer().popup()
        assert popup is not None
        popup.installEventFilter(self)  # before the completer's own filter: Enter is ours

    def _rank(self, text: str) -> None:
        """Order the suggestions for what is typed (the list order breaks ties)."""
        typed = fold(text.strip())
        for order in range(self._model.rowCount()):
            item = self._model.item(order)
            index = item.data(ORDER_ROLE)
            item.setData(rank(typed, self.speakers[index]) * len(self.speakers) + index,
                         RANK_ROLE)
        self._model.sort(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """Enter in the open suggestions: take the chosen one (the first when none is chosen),
        close them, and stay in the field."""
        popup = self.completer().popup()
        if watched is popup and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent) and event.key() in ENTER_KEYS:
            assert popup is not None
            index = popup.currentIndex()
            if not index.isValid():
                index = self.completer().completionModel().index(0, 0)
            if index.isValid():
                self.setText(str(index.data(NAME_ROLE)))
            popup.hide()
            self.setFocus()
            return True
        return super().eventFilter(watched, event)

    def set_speakers(self, speakers: Sequence[Speaker]) -> None:
        self.speakers = list(speakers)
        self._model.clear()
        for order, speaker in enumerate(self.speakers):
            item = QStandardItem(f"{speaker.name} – {speaker.position}" if speaker.position
                                 else speaker.name)
            item.setData(speaker.key, FOLD_ROLE)
            item.setData(speaker.name, NAME_ROLE)
            item.setData(order, ORDER_ROLE)
            item.setData(order, RANK_ROLE)
            self._model.appendRow(item)

    def popup_visible(self) -> bool:
        popup = self.completer().popup()
        return popup is not None and popup.isVisible()

    def resolved(self) -> Speaker | None:
        """The member named by the text; None for a guest; DraftError when several match."""
        return resolve_speaker(self.speakers, self.text())
