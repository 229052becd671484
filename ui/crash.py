"""Uncaught exceptions: logged, then shown in a dialog with a report the chair can copy and send.

Every edit is already committed when it is made, so the meeting goes on after the dialog closes;
the process is never killed by a bug in one handler.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from services.common.app_info import describe
from ui import msgbox
from ui.dialogs.about import runtime_line

logger = logging.getLogger(__name__)

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def crash_report(exc_type: type[BaseException], exc: BaseException,
                 tb: TracebackType | None, log_file: Path | None) -> str:
    lines = [
        f"{describe()} — {exc_type.__name__}: {exc}",
        runtime_line(),
        f"Nhật ký / log: {log_file}" if log_file else "",
        "",
        "".join(traceback.format_exception(exc_type, exc, tb)),
    ]
    return "\n".join(lines)


class CrashDialog(QDialog):
    """The report in a read-only text box, a button that copies it, and Close."""

    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lỗi không mong muốn"))
        self.resize(720, 460)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Ứng dụng gặp một lỗi chưa lường trước. Mọi thay đổi đã ghi vẫn được giữ nguyên; "
            "có thể tiếp tục hội nghị. Hãy sao chép báo cáo dưới đây và gửi cho người hỗ trợ."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.report = QPlainTextEdit(report)
        self.report.setReadOnly(True)
        layout.addWidget(self.report)
        buttons = QDialogButtonBox()
        copy = buttons.addButton(self.tr("Sao chép báo cáo"),
                                 QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(self.tr("Đóng"), QDialogButtonBox.ButtonRole.AcceptRole)
        copy.clicked.connect(self.copy_report)
        close.clicked.connect(self.accept)
        layout.addWidget(buttons)

    def copy_report(self) -> None:
        QApplication.clipboard().setText(self.report.toPlainText())


def make_excepthook(log_file: Path | None) -> ExceptHook:
    showing = False

    def hook(exc_type: type[BaseException], exc: BaseException,
             tb: TracebackType | None) -> None:
        nonlocal showing
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        # read when needed: the crash handler is installed before the database layer is loaded
        from services.stations.access import StationRefused

        if issubclass(exc_type, StationRefused):  # a page not expecting it at a teller station
            logger.warning("Refused at a teller station: %s", exc)
            msgbox.warn(QApplication.activeWindow(), QCoreApplication.translate(
                "Crash", "Chỉ máy chủ tọa"), str(exc))
            return
        logger.critical("Uncaught exception", exc_info=(exc_type, exc, tb))
        if showing or QApplication.instance() is None:  # an error while reporting an error
            return
        showing = True
        try:
            msgbox.run_modal(CrashDialog(crash_report(exc_type, exc, tb, log_file),
                                         QApplication.activeWindow()))
        finally:
            showing = False

    return hook


def install_excepthook(log_file: Path | None) -> None:
    sys.excepthook = make_excepthook(log_file)
