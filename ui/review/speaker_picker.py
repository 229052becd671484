"""The speaker field: a line edit whose completer ignores diacritics ("huynh" offers "Huỳnh …"),
and that takes a name not on the roster as a guest's."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from services.common.text import fold
from services.review.drafts.speakers import Speaker, resolve_speaker

FOLD_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2


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
        self.setCompleter(FoldingCompleter(self._model, self))
        self.setPlaceholderText(self.tr("Gõ tên, không cần dấu (ví dụ: huynh)"))

    def set_speakers(self, speakers: Sequence[Speaker]) -> None:
        self.speakers = list(speakers)
        self._model.clear()
        for speaker in self.speakers:
            item = QStandardItem(f"{speaker.name} – {speaker.position}" if speaker.position
                                 else speaker.name)
            item.setData(speaker.key, FOLD_ROLE)
            item.setData(speaker.name, NAME_ROLE)
            self._model.appendRow(item)

    def popup_visible(self) -> bool:
        popup = self.completer().popup()
        return popup is not None and popup.isVisible()

    def resolved(self) -> Speaker | None:
        """The member named by the text; None for a guest; DraftError when several match."""
        return resolve_speaker(self.speakers, self.text())
