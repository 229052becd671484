"""Where the app keeps its files on this computer. Apart from models/database.py so that the log
can be set up before the first paint without importing the database layer."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "hoinghi"


def default_database_path() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "hoinghi.sqlite"
