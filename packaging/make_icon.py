"""Render resources/icons/hoinghi.svg to the PNG (window, Linux menu) and the multi-size ICO
(Windows executable and installer). Run after changing the SVG; the outputs are committed.

    .venv/bin/python packaging/make_icon.py
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(data.data())))


def main() -> None:
    _app = QGuiApplication(sys.argv)
    renderer = QSvgRenderer(str(ICONS / "hoinghi.svg"))
    largest = render(renderer, 256)
    largest.save(ICONS / "hoinghi.png")
    largest.save(ICONS / "hoinghi.ico", sizes=[(s, s) for s in ICO_SIZES],
                 append_images=[render(renderer, s) for s in ICO_SIZES[:-1]])


if __name__ == "__main__":
    main()
