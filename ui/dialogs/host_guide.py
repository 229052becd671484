"""Trợ giúp → Thiết lập máy chủ: the guided step that makes the chair's laptop the host of the
teller stations: what to install, how to start, the address and command each station types,
and the meeting's station PIN (services/stations/access.py, host.py)."""

from __future__ import annotations

import html
import ipaddress

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from services.stations.access import has_station_pin, set_station_pin
from services.stations.host import host_command, lan_addresses, station_command
from ui.context import MeetingContext
from ui.refusals import REFUSALS

ERROR_STYLE = "color: #b00020;"


def _code(text: str) -> str:
    return f"<pre>{html.escape(text)}</pre>"


def _subnet(address: str) -> str:
    return str(ipaddress.ip_network(f"{address}/24", strict=False))


class HostGuideDialog(QDialog):
    """The steps, with this laptop's addresses filled in, and the PIN (the chair's laptop only)."""

    def __init__(self, context: MeetingContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Thiết lập máy chủ cho các máy nhập phiếu"))
        self.resize(820, 680)
        layout = QVBoxLayout(self)
        self.steps = QTextBrowser()
        self.steps.setOpenExternalLinks(True)
        self.steps.setHtml(self.steps_html(lan_addresses()))
        layout.addWidget(self.steps, 1)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Mã PIN của các máy nhập phiếu (4–8 chữ số):")))
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        self.pin.returnPressed.connect(self.save_pin)
        row.addWidget(self.pin)
        self.pin_button = QPushButton(self.tr("Đặt mã PIN"))
        self.pin_button.clicked.connect(self.save_pin)
        row.addWidget(self.pin_button)
        layout.addLayout(row)
        self.status = QLabel()
        self.status.setObjectName("pin_status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if context.station is not None:  # the services refuse it too (StationRefused)
            for widget in (self.pin, self.pin_button):
                widget.setEnabled(False)
            self.status.setText(self.tr("Máy này là máy nhập phiếu: mã PIN do máy chủ tọa "
                                        "đặt."))
        else:
            self._show_pin_state()

    def steps_html(self, addresses: list[str]) -> str:
        url = self.context.db.url
        address = addresses[0] if addresses else "192.168.1.10"
        on_server = url.get_backend_name() == "postgresql"
        parts = [
            "<h3>" + self.tr("1. Cài PostgreSQL trên máy chủ tọa (một lần)") + "</h3>",
            "<p>" + self.tr("Windows: tải trình cài đặt PostgreSQL tại "
                            "<a href='https://www.postgresql.org/download/windows/'>"
                            "postgresql.org</a>, cài với các lựa chọn mặc định và ghi nhớ "
                            "mật khẩu của người dùng postgres. Linux: gõ") + "</p>",
            _code("sudo apt install postgresql"),
            "<h3>" + self.tr("2. Tạo cơ sở dữ liệu của hội nghị (một lần)") + "</h3>",
            "<p>" + self.tr("Mở “SQL Shell (psql)” (Windows) hoặc gõ “sudo -u postgres psql” "
                            "(Linux), rồi gõ hai dòng dưới đây, thay MATKHAU bằng một mật khẩu "
                            "riêng:") + "</p>",
            _code("CREATE ROLE hoinghi LOGIN PASSWORD 'MATKHAU';\n"
                  "CREATE DATABASE hoinghi OWNER hoinghi;"),
            "<h3>" + self.tr("3. Cho các máy trong phòng kết nối (một lần)") + "</h3>",
            "<p>" + self.tr("Trong tệp postgresql.conf đặt dòng đầu; trong tệp pg_hba.conf thêm "
                            "dòng thứ hai; khởi động lại dịch vụ PostgreSQL và mở cổng 5432 "
                            "trên tường lửa cho mạng riêng (Private):") + "</p>",
            _code(f"listen_addresses = '*'\nhost  hoinghi  hoinghi  {_subnet(address)}  "
                  "scram-sha-256"),
            "<h3>" + self.tr("4. Chuyển hội nghị sang máy chủ") + "</h3>",
        ]
        if on_server:
            parts.append("<p>" + self.tr("Cửa sổ này đang mở cơ sở dữ liệu trên máy chủ: bước "
                                         "này đã xong.") + "</p>")
        else:
            parts += ["<p>" + self.tr("Xuất hội nghị đang mở ra tệp, rồi nhập tệp đó vào máy "
                                      "chủ:") + "</p>",
                      _code(f'hoinghi export {self.context.meeting_id} "hoi-nghi.json"\n'
                            f'{host_command(url)} import "hoi-nghi.json"')]
        parts += [
            "<h3>" + self.tr("5. Mở cửa sổ chủ tọa trên máy chủ") + "</h3>",
            _code(host_command(url)),
            "<h3>" + self.tr("6. Đặt mã PIN (ô dưới đây)") + "</h3>",
            "<p>" + self.tr("Máy nhập phiếu nào cũng phải gõ mã này để vào hội nghị. Máy nhập "
                            "phiếu chỉ nhập được phiếu của mình; điểm danh, quy tắc, đối chiếu "
                            "phiếu, thống nhất kết quả và khóa vòng chỉ làm ở máy chủ tọa.")
            + "</p>",
            "<h3>" + self.tr("7. Trên mỗi máy nhập phiếu") + "</h3>",
            "<p>" + self.tr("Cài Hội nghị như trên máy chủ tọa, nối vào cùng mạng, rồi gõ (đổi "
                            "“Tổ 2” thành tên của máy, MATKHAU thành mật khẩu ở bước 2):")
            + "</p>",
        ]
        parts += [_code(station_command(url, a)) for a in (addresses or [address])]
        parts.append("<p>" + self.tr("Địa chỉ của máy này: {0}").format(
            html.escape(", ".join(addresses) or self.tr("chưa nối mạng"))) + "</p>")
        return "".join(parts)

    def _show_pin_state(self) -> None:
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Đã đặt mã PIN; đặt lại thì các máy vào sau dùng mã mới.")
                            if has_station_pin(self.context.db, self.context.meeting_id) else
                            self.tr("Chưa đặt mã PIN: chưa máy nhập phiếu nào vào được."))

    def save_pin(self) -> None:
        try:
            self.context.act(set_station_pin, self.context.meeting_id, self.pin.text())
        except REFUSALS as refused:
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(str(refused))
            return
        self.pin.clear()
        self._show_pin_state()
