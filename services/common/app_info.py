"""The app's identity for About and the crash report: its name, its version (pyproject.toml's,
the one place it is written) and, in a bundle, the day it was built.

From the source tree and in the bundle alike the files sit beside the code (the bundle keeps the
tree's layout under its `_internal` folder), so both are found from this file's place.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

APP_TITLE = "Hội nghị"
ROOT = Path(__file__).resolve().parents[2]
BUILD_DATE_FILE = ROOT / "build-date.txt"  # written by packaging/hoinghi.spec


@cache
def version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


def build_date() -> str | None:
    """The bundle's build day (YYYY-MM-DD); None when running from the source tree."""
    try:
        return BUILD_DATE_FILE.read_text(encoding="utf-8").strip() or None
    except FileNotFoundError:
        return None


def describe() -> str:
    """One line for the log and the crash report, read by people of either language:
    "Hội nghị 0.1.0, bản dựng / build 2026-11-30" ("mã nguồn / source" from the source tree)."""
    built = build_date()
    return f"{APP_TITLE} {version()}, " + (f"bản dựng / build {built}" if built
                                          else "mã nguồn / source")
