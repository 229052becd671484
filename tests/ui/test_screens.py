"""Screenshots of every step of the demo meeting, the room screen and the main dialogs, in
Vietnamese and in English, at 100 %, 150 % and 200 %, checked for clipped text, a page that
scrolls sideways and a layout that moves under the pointer (tests/helpers/screens.py).

The scale: each run is its own process with QT_SCALE_FACTOR set and a screen whose logical size
is the laptop's 1366×768 (2049×1152 pixels at 150 %, 2732×1536 at 200 %), as on a high-density
panel: the widgets, fonts and rounding are Qt's at that factor, and the pictures come out at the
real pixel size. (A 1366×768 panel set to 200 % would leave 683×384 points, a size no window of
this app, nor Windows's own settings at that resolution, offers.) The pictures are kept in the
test's folder, to be looked at: pytest --basetemp=DIR keeps them in DIR.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QScrollArea
from pytestqt.qtbot import QtBot

from models.database import Database
from tests.helpers import PROJECT_ROOT
from tests.helpers.ui import Boxes, open_window
from ui.agenda import SETUP

LAPTOP = (1366, 768)
SHOTS = ("step-0", "step-1", "step-2-unmarked", "step-2-choosing", "step-2", "step-3", "step-4",
         "step-5", "step-6-entry", "step-6-result", "step-7-entry", "step-7-result", "step-8",
         "step-9", "room-1366x768-1", "room-1920x1080-1", "dialog-member", "dialog-shortcuts",
         "dialog-backups", "dialog-documents")


def walk(folder: Path, scale: float) -> dict[str, dict[str, list[str]]]:
    width, height = (round(side * scale) for side in LAPTOP)
    screen = folder / "screen.json"
    screen.write_text(json.dumps({"screens": [{
        "name": "Laptop", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
    env = dict(os.environ, QT_SCALE_FACTOR=str(scale),
               QT_QPA_PLATFORM=f"offscreen:configfile={screen}")
    run = subprocess.run([sys.executable, "-m", "tests.helpers.screens", str(folder), "vi", "en"],
                         cwd=PROJECT_ROOT, env=env, capture_output=True, text=True,
                         timeout=900)
    assert run.returncode == 0, run.stderr[-3000:]
    problems: dict[str, dict[str, list[str]]] = json.loads(
        (folder / "problems.json").read_text(encoding="utf-8"))
    return problems


@pytest.mark.parametrize("scale", [1, 1.5, 2])
def test_every_screen_shows_all_its_text_at_each_scale(tmp_path: Path, scale: float) -> None:
    problems = walk(tmp_path, scale)
    assert problems == {"vi": {}, "en": {}}
    for language in ("vi", "en"):
        for name in SHOTS:
            picture = QImage(str(tmp_path / language / f"{name}.png"))
            assert not picture.isNull(), (language, name)
            if name.startswith("step-"):  # the window, in the screen's real pixels
                assert (picture.width(), picture.height()) == tuple(
                    round(side * scale) for side in LAPTOP), (language, name)


def test_each_step_starts_at_its_top(qtbot: QtBot, db: Database, boxes: Boxes) -> None:
    """A step scrolled to its foot, then the next: the next is seen from its top."""
    boxes.answers = [True]  # first start: open the demo meeting
    window = open_window(qtbot, db)
    window.resize(window.minimumSizeHint())  # the smallest window: the pages scroll
    window.go_to(SETUP)
    area = window.pages_area
    assert isinstance(area, QScrollArea)
    bars = (area.verticalScrollBar(), area.horizontalScrollBar())
    qtbot.waitUntil(lambda: any(bar.maximum() > 0 for bar in bars))
    for bar in bars:
        bar.setValue(bar.maximum())
    window.go_next()
    assert window.controller.view == 1
    assert [bar.value() for bar in bars] == [0, 0]
