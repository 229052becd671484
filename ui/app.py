"""Starting the chair's window: Qt, font, language, logging, crash dialog; the window painted as
a calm "opening" shell; then, after that first paint, the database and the meeting.

Nothing imported here imports the database layer: SQLAlchemy and the models take longer to load
than Qt takes to paint the window, and the chair should see the window at once."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from models.instance_lock import DatabaseInUse, InstanceLock
from services.common.app_info import APP_TITLE, ROOT, describe
from ui import msgbox
from ui.crash import install_excepthook
from ui.documents.warm_up import warm_up_documents
from ui.fonts import ensure_vietnamese_font
from ui.i18n import DEFAULT_LANGUAGE, Translations
from ui.logsetup import route_qt_messages, setup_logging
from ui.main_window import MainWindow

if TYPE_CHECKING:
    from models.database import Database

logger = logging.getLogger(__name__)

ICON = ROOT / "resources" / "icons" / "hoinghi.png"
UNSEEN_WINDOW_MS = 500  # a window that never paints (started minimised) still opens its meeting


class FirstPaintLog(QObject):
    """Logs the window's first paint (the log then tells how long a start took, and the bundle's
    smoke test knows the window is really up), then runs `then` once that paint is done."""

    def __init__(self, parent: QObject, then: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self.then = then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            logger.info("Window painted")
            watched.removeEventFilter(self)
            if self.then is not None:
                QTimer.singleShot(0, self.then)
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


def opening_window(language: str | None, then: Callable[[], None] | None = None) -> MainWindow:
    """The window's shell, shown, in `language` (else Vietnamese); `then` runs after its first
    paint."""
    translations = Translations()
    translations.install(language or DEFAULT_LANGUAGE)
    window = MainWindow(translations)
    window.installEventFilter(FirstPaintLog(window, then))
    window.show()
    return window


def attach_database(window: MainWindow, db: Database, language: str | None,
                    station: str | None = None) -> bool:
    """The window on the meeting last open (or the first-start offer), in `language`, else the
    language last chosen; `station` names a teller station joining the chair's meeting
    (services/stations/names.py). False, the window closed, when a station gave no PIN."""
    from ui.main_controller import MainController

    controller = MainController(db, window.translations, "teller" if station else "chair",
                                station)
    chosen = language or controller.saved_language() or DEFAULT_LANGUAGE
    if chosen != window.translations.language:
        window.translations.install(chosen)
    window.attach(controller)
    controller.start(window)
    if station is not None and controller.context is None:  # no PIN given: not in
        window.close()
        return False
    QTimer.singleShot(0, warm_up_documents)
    return True


def open_main_window(db: Database, language: str | None,
                     station: str | None = None) -> MainWindow:
    """The main window on an open database, shown, its meeting open (tests, benchmarks)."""
    window = opening_window(language)
    attach_database(window, db, language, station)
    return window


def _named(db_target: str | None, station: str | None) -> str | None:
    """A server URL with the window's name on its connections (the chair sees who is
    connected: services/stations/names.py); anything else as it is."""
    from models.database import resolve_url
    from services.stations.names import application_name

    url = resolve_url(db_target) if db_target and "://" in db_target else None
    if url is None or url.get_backend_name() != "postgresql":
        return db_target
    return url.update_query_dict({"application_name": application_name(station)}) \
        .render_as_string(hide_password=False)


class Opening:
    """What the first paint does not wait for: the file's lock, the database (migrated), the
    meeting. A database that cannot be opened is said over the window, which then closes."""

    def __init__(self, db_target: str | None, language: str | None, station: str | None,
                 log_file: Path) -> None:
        self.db_target, self.language, self.station = db_target, language, station
        self.log_file = log_file
        self.db: Database | None = None
        self.lock: InstanceLock | None = None
        self.window: MainWindow | None = None
        self.started = False

    def open(self) -> None:
        if self.window is None or self.started:
            return  # begun already (painted, and the unseen-window timer came too)
        self.started = True
        from models.database import open_database, resolve_url, sqlite_file

        title = QCoreApplication.translate("App", "Không mở được cơ sở dữ liệu")
        try:
            file = sqlite_file(resolve_url(self.db_target))
            if file is not None:  # before migrating: a second window must not touch the file
                self.lock = InstanceLock(file)
                self.lock.acquire()
            self.db = open_database(_named(self.db_target, self.station))
        except DatabaseInUse as busy:
            logger.warning("%s", busy)
            self._refuse(title, str(busy))
            return
        except Exception as exc:  # the window cannot run without its database: say why, stop
            logger.exception("Could not open the database %s", self.db_target)
            self._refuse(title, str(exc), f"{self.db_target or ''}\n{self.log_file}")
            return
        if not attach_database(self.window, self.db, self.language, self.station):
            QCoreApplication.exit(1)

    def _refuse(self, title: str, text: str, details: str = "") -> None:
        msgbox.warn(self.window, title, text, details=details)
        QCoreApplication.exit(1)

    def close(self) -> None:
        if self.db is not None:
            self.db.dispose()
        if self.lock is not None:
            self.lock.release()


def run_app(db_target: str | None = None, language: str | None = None,
            station: str | None = None) -> int:
    log_file = setup_logging()
    route_qt_messages()
    app = create_application(sys.argv)
    install_excepthook(log_file)
    logger.info("Starting %s; database %s", describe(), db_target or "(default)")
    opening = Opening(db_target, language, station, log_file)
    window = opening.window = opening_window(language, opening.open)
    QTimer.singleShot(UNSEEN_WINDOW_MS, opening.open)
    try:
        return app.exec()
    finally:
        window.deleteLater()
        opening.close()
