"""A teller station joining the chair's meeting: the PIN the chair set, asked until it is right
or the teller gives up (services/stations/access.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QWidget

from models.database import Database
from services.stations.access import StationRefused, admit_station
from services.stations.names import station_label
from ui import msgbox


def _ask_pin(parent: QWidget | None, station: str, problem: str) -> str | None:
    translate = QCoreApplication.translate
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(translate("Stations", "Vào hội nghị"))
    prompt = translate("Stations", "Mã PIN chủ tọa đặt cho các máy nhập phiếu ({0}):").format(
        station_label(station))
    dialog.setLabelText(f"{problem}\n\n{prompt}" if problem else prompt)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
    dialog.setOkButtonText(translate("Stations", "Vào"))
    dialog.setCancelButtonText(translate("Stations", "Thoát"))
    if msgbox.run_modal(dialog) != QDialog.DialogCode.Accepted:
        return None
    return dialog.textValue()


def join_meeting(parent: QWidget | None, db: Database, meeting_id: int, station: str) -> bool:
    """Whether teller station `station` may open the meeting: its PIN given (False: cancelled)."""
    problem = ""
    while True:
        pin = _ask_pin(parent, station, problem)
        if pin is None:
            return False
        try:
            admit_station(db, meeting_id, station, pin)
            return True
        except StationRefused as refused:
            problem = str(refused)
