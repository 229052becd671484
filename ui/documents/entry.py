"""How the main window reaches the documents: a "Tài liệu" menu and a button beside the step
navigation, both opening the documents window on the document of the step shown.

The window (and reportlab behind it) is imported on first use, which keeps start-up fast."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton

from ui.documents.warm_up import documents_imported

if TYPE_CHECKING:
    from ui.documents.window import DocumentsWindow
    from ui.main_window import MainWindow

SHORTCUT = QKeySequence("Ctrl+Shift+P")


def open_documents(window: MainWindow) -> DocumentsWindow | None:
    """The documents window of the open meeting (one at a time), on the current step's document."""
    documents_imported()
    from ui.documents.window import DocumentsWindow

    context = window.controller.context
    if context is None:
        return None
    documents = window.findChild(DocumentsWindow, options=Qt.FindChildOption.FindDirectChildrenOnly)
    if documents is None or documents.context is not context:
        if documents is not None:
            documents.close()
        documents = DocumentsWindow(context, window)
        documents.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        documents.job_done.connect(lambda path: note_produced(window, documents, path))
        window.controller.meeting_opened.connect(documents.close)
    documents.choose_for_step(window.controller.view)
    documents.show()
    documents.raise_()
    documents.activateWindow()
    return documents


def note_produced(window: MainWindow, documents: DocumentsWindow, path: str) -> None:
    """A document saved or printed counts in the meeting's status (the host's: a teller
    station's own copies, e.g. its entry log, are not the meeting's papers)."""
    from services.proceedings.status import record_document

    if documents.context.station is not None:
        return
    spec = documents.current_spec()
    with documents.context.session() as s, s.begin():
        record_document(s, documents.context.meeting_id, spec.kind.value if spec else "", path)
    window.status.refresh()


def add_documents_menu(window: MainWindow) -> None:
    menu = window.menuBar().addMenu(QCoreApplication.translate("Documents", "Tài &liệu"))
    action = QAction(QCoreApplication.translate("Documents", "&Xem, in và lưu tài liệu…"),
                     window)
    action.setShortcut(SHORTCUT)
    action.triggered.connect(lambda: open_documents(window))
    menu.addAction(action)
    window.addAction(action)  # the shortcut works wherever the focus is


def documents_button(window: MainWindow) -> QPushButton:
    button = QPushButton(QCoreApplication.translate("Documents", "Tài liệu…"))
    tip = QCoreApplication.translate("Documents", "Xem, in và lưu tài liệu của bước này ({keys})")
    button.setToolTip(tip.format(keys=SHORTCUT.toString(QKeySequence.SequenceFormat.NativeText)))
    button.clicked.connect(lambda: open_documents(window))
    return button
