"""Starting the chair's window: Qt, font, language, logging, crash dialog, database, window."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from models.database import Database, open_database, resolve_url, sqlite_file
from models.instance_lock import DatabaseInUse, InstanceLock
from services.common.app_info import APP_TITLE, ROOT, describe
from services.stations.names import application_name
from ui import msgbox
from ui.crash import install_excepthook
from ui.fonts import ensure_vietnamese_font
from ui.i18n import DEFAULT_LANGUAGE, Translations
from ui.logsetup import route_qt_messages, setup_logging
from ui.main_controller import MainController
from ui.main_window import MainWindow

logger = logging.getLogger(__name__)

ICON = ROOT / "resources" / "icons" / "hoinghi.png"


class FirstPaintLog(QObject):
    """Logs the window's first paint: the log then tells how long a start took, and the bundle's
    smoke test knows the window is really up."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            logger.info("Window painted")
            watched.removeEventFilter(self)
        return False


def create_application(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setApplicationName(APP_TITLE)
    QCoreApplication.setOrganizationName("hoinghi")
    app = QApplication(argv)
    app.setWindowIcon(QIcon(str(ICON)))
    app.setDesktopFileName("hoinghi")  # matches packaging/hoinghi.desktop
    ensure_vietnamese_font(app)
    return app


def open_main_window(db: Database, language: str | None,
                     station: str | None = None) -> MainWindow:
    """The main window on the meeting last open (or the first-start offer), shown; `station`
    names a teller station joining the chair's meeting (services/stations/names.py)."""
    translations = Translations()
    controller = MainController(db, translations, "teller" if station else "chair", station)
    translations.install(language or controller.saved_language() or DEFAULT_LANGUAGE)
    window = MainWindow(controller)
    window.installEventFilter(FirstPaintLog(window))
    window.show()
    controller.start(window)
    if station is not None and controller.context is None:  # no PIN given: not in
        window.close()
    return window


def _named(db_target: str | None, station: str | None) -> str | None:
    """A server URL with the window's name on its connections (the chair sees who is
    connected: services/stations/names.py); anything else as it is."""
    url = resolve_url(db_target) if db_target and "://" in db_target else None
    if url is None or url.get_backend_name() != "postgresql":
        return db_target
    return url.update_query_dict({"application_name": application_name(station)}) \
        .render_as_string(hide_password=False)


def run_app(db_target: str | None = None, language: str | None = None,
            station: str | None = None) -> int:
    log_file = setup_logging()
    route_qt_messages()
    app = create_application(sys.argv)
    install_excepthook(log_file)
    logger.info("Starting %s; database %s", describe(), db_target or "(default)")
    title = QCoreApplication.translate("App", "Không mở được cơ sở dữ liệu")
    lock: InstanceLock | None = None
    try:
        file = sqlite_file(resolve_url(db_target))
        if file is not None:  # before migrating: a second window must not touch the file
            lock = InstanceLock(file)
            lock.acquire()
        db = open_database(_named(db_target, station))
    except DatabaseInUse as busy:
        logger.warning("%s", busy)
        msgbox.warn(None, title, str(busy))
        return 1
    except Exception as exc:  # the window cannot run without its database: say why, stop
        logger.exception("Could not open the database %s", db_target)
        msgbox.warn(None, title, str(exc), details=f"{db_target or ''}\n{log_file}")
        return 1
    window = open_main_window(db, language, station)
    try:
        return 1 if window.controller.context is None else app.exec()
    finally:
        window.deleteLater()
        db.dispose()
        if lock is not None:
            lock.release()
