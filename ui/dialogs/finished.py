"""What the chair does once the meeting is closed: print and sign the documents, and keep an
archive copy of the meeting (the meeting file, services/meeting_file) somewhere safe.

`FinishedDialog` is offered the moment the meeting is finished; `export_archive` is also in the
"Hội nghị" menu, for a later copy."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from models.meeting import Meeting
from ui import msgbox

if TYPE_CHECKING:
    from ui.main_window import MainWindow

DOCUMENTS, ARCHIVE = 2, 3  # the dialog's results besides Rejected (0): what the chair chose


class FinishedDialog(QDialog):
    """"The meeting is finished": the documents, the archive, or later."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hội nghị đã kết thúc"))
        text = QLabel(self.tr(
            "Hội nghị đã kết thúc và được ghi lại. Việc còn lại:\n\n"
            "• In biên bản hội nghị, biên bản kiểm phiếu và các tài liệu khác để thư ký, chủ trì "
            "(và Ban kiểm phiếu) ký.\n"
            "• Xuất tệp lưu trữ của hội nghị (một tệp .json) ra thư mục Tài liệu hoặc USB để lưu "
            "hồ sơ và chuyển sang máy khác.\n\n"
            "Cả hai việc đều làm lại được sau này: menu “Tài liệu” và “Hội nghị → Xuất tệp lưu "
            "trữ…”."), self)
        text.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.documents_button = buttons.addButton(self.tr("Xem, in tài liệu…"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.archive_button = buttons.addButton(self.tr("Xuất tệp lưu trữ…"),
                                                QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.tr("Để sau"), QDialogButtonBox.ButtonRole.RejectRole)
        self.documents_button.clicked.connect(lambda: self.done(DOCUMENTS))
        self.archive_button.clicked.connect(lambda: self.done(ARCHIVE))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())


def offer_next_steps(window: MainWindow) -> None:
    """Right after finishing: the dialog, then what the chair picked."""
    choice = msgbox.run_modal(FinishedDialog(window))
    if choice == DOCUMENTS:
        from ui.documents.entry import open_documents

        open_documents(window)
    elif choice == ARCHIVE:
        export_archive(window)


def archive_name(meeting: Meeting) -> str:
    """"Chi bộ Văn phòng 2025.meeting.json": the body and the year, safe on every file system."""
    body = re.sub(r'[\\/:*?"<>|]+', "-", meeting.body or meeting.party_unit.name).strip(" .-")
    return f"{body or 'Hội nghị'} {meeting.review_year}.meeting.json"


def export_archive(window: MainWindow) -> Path | None:
    """The open meeting written to a meeting file the chair chooses; None when cancelled."""
    from services.meeting_file.format import write_json_atomic
    from services.meeting_file.store import export_meeting

    context = window.controller.context
    if context is None:
        return None
    with context.session() as s:
        suggested = archive_name(s.get_one(Meeting, context.meeting_id))
    translate = QCoreApplication.translate
    target = msgbox.choose_save_file(
        window, translate("FinishedDialog", "Xuất tệp lưu trữ hội nghị"), suggested,
        translate("FinishedDialog", "Tệp hội nghị (*.json)"))
    if target is None:
        return None
    try:
        write_json_atomic(target, export_meeting(context.db, context.meeting_id))
    except OSError as error:
        msgbox.warn(window, translate("FinishedDialog", "Không ghi được tệp"),
                    translate("FinishedDialog", "Không ghi được “{file}”: {error}").format(
                        file=target, error=error.strerror or error))
        return None
    msgbox.note(window, translate("FinishedDialog", "Đã xuất tệp lưu trữ"), translate(
        "FinishedDialog", "Đã ghi hội nghị vào “{file}”. Mở lại trên máy khác bằng lệnh nhập "
        "(import) hoặc giữ làm hồ sơ.").format(file=target))
    return target
