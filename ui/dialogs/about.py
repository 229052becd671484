"""Help → About: the app's name, version and build day, what it runs on, and where its data and
its log are (the first things a helper on the phone asks for)."""

from __future__ import annotations

import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from services.common import app_info
from ui import msgbox


def runtime_line() -> str:
    """What the app runs on; also in the crash report (which may come before the database
    layer is loaded: imported here)."""
    import sqlalchemy

    return (f"Python {platform.python_version()}, PySide6 {PySide6.__version__}, "
            f"SQLAlchemy {sqlalchemy.__version__}, {platform.platform()}")


def about_text(database: str, log_file: Path) -> str:
    built = app_info.build_date()
    version = QCoreApplication.translate("About", "Phiên bản {version}")
    build = (QCoreApplication.translate("About", "Bản dựng ngày {date}").format(date=built)
             if built else QCoreApplication.translate("About", "Chạy từ mã nguồn"))
    data = QCoreApplication.translate("About", "Dữ liệu: {database}")
    log = QCoreApplication.translate("About", "Nhật ký: {log}")
    return "\n".join([version.format(version=app_info.version()), build, "",
                      data.format(database=database), log.format(log=log_file), "",
                      runtime_line()])


def show_about(parent: QWidget | None, database: str, log_file: Path) -> None:
    box = msgbox.message_box(parent, QMessageBox.Icon.Information,
                             QCoreApplication.translate("About", "Giới thiệu Hội nghị"),
                             app_info.APP_TITLE)
    box.setInformativeText(about_text(database, log_file))
    box.setIconPixmap(parent.windowIcon().pixmap(64, 64) if parent else box.iconPixmap())
    box.addButton(QCoreApplication.translate("Messages", "Đóng"),
                  QMessageBox.ButtonRole.AcceptRole)
    msgbox.run_modal(box)
