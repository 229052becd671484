"""Logging to a rotating file in the platform log folder, with Qt's own messages routed in."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path
from typing import Any

import platformdirs
from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

from models.places import APP_NAME

LOG_BYTES = 1_000_000
LOG_BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
qt_logger = logging.getLogger("qt")


def default_log_file() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)) / "hoinghi.log"


def setup_logging(path: Path | None = None) -> Path:
    """Log INFO and above to a rotating file (1 MB × 5); returns the file's path."""
    target = path or default_log_file()
    target.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(target, maxBytes=LOG_BYTES,
                                                   backupCount=LOG_BACKUPS, encoding="utf-8")
    handler.setFormatter(logging.Formatter(FORMAT))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return target


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    where = f" ({context.file}:{context.line})" if context.file else ""
    qt_logger.log(_QT_LEVELS.get(kind, logging.WARNING), "%s%s", message, where)


def route_qt_messages() -> Any:
    """Send qDebug/qWarning/... into Python logging instead of stderr; returns the handler
    that was installed before."""
    return qInstallMessageHandler(_qt_message)
