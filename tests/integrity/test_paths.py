"""Paths people really have: a user folder named "Nguyễn Văn A", a meeting file on a USB stick,
a folder they cannot write. The commands run as a subprocess, as a person runs them; a folder is
made unwritable with its permission bits, and when the tests run as root (CI) the process is
started without root's right to ignore them (setpriv), so the refusal is the system's own."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import PROJECT_ROOT, SEED_MEETING

AS_USER = (["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--"]
           if os.geteuid() == 0 else [])
READ_ONLY = "Không ghi được vào thư mục"


def run(*args: object, home: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if home is not None:
        env.update(HOME=str(home), XDG_DATA_HOME="", XDG_STATE_HOME="")
    return subprocess.run([*AS_USER, sys.executable, *map(str, args)], capture_output=True,
                          text=True, cwd=PROJECT_ROOT, env=env, timeout=300)


def main(*args: object, home: Path | None = None) -> subprocess.CompletedProcess[str]:
    return run(PROJECT_ROOT / "main.py", *args, home=home)


@pytest.fixture
def read_only(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "Văn bản chỉ đọc"
    folder.mkdir()
    folder.chmod(0o555)
    yield folder
    folder.chmod(0o755)


def test_a_vietnamese_user_name_and_a_meeting_on_a_usb_stick(tmp_path: Path) -> None:
    home = tmp_path / "Users" / "Nguyễn Văn A"
    stick = tmp_path / "media" / "USB DISK" / "Hội nghị 2021"
    stick.mkdir(parents=True)
    meeting = stick / "Đảng ủy Tiền Giang.json"
    shutil.copy(SEED_MEETING, meeting)
    imported = main("import", meeting, home=home)
    assert imported.returncode == 0, imported.stderr
    data = home / ".local" / "share" / "hoinghi" / "hoinghi.sqlite"
    assert data.is_file()  # the embedded default, inside the user's own folder
    exported = main("export", imported.stdout.strip(), stick / "Bản xuất.json", home=home)
    assert exported.returncode == 0, exported.stderr
    seed = json.loads(SEED_MEETING.read_text(encoding="utf-8"))
    back = json.loads((stick / "Bản xuất.json").read_text(encoding="utf-8"))
    assert [m["name"] for m in back["members"]] == [m["name"] for m in seed["members"]]
    checked = main("verify", home=home)
    assert checked.returncode == 0, checked.stderr


def test_no_database_is_made_in_a_read_only_folder(read_only: Path) -> None:
    done = main("--db", read_only / "hoinghi.sqlite", "import", SEED_MEETING)
    assert done.returncode == 1
    assert READ_ONLY in done.stderr and str(read_only) in done.stderr
    assert "Traceback" not in done.stderr
    assert list(read_only.iterdir()) == []


def test_a_database_in_a_folder_become_read_only_is_left_as_it_was(tmp_path: Path) -> None:
    folder = tmp_path / "USB DISK"
    database = folder / "hoinghi.sqlite"
    assert main("--db", database, "import", SEED_MEETING).returncode == 0
    before = {path.name: path.read_bytes() for path in folder.iterdir() if path.is_file()}
    folder.chmod(0o555)
    try:
        again = main("--db", database, "import", SEED_MEETING)
        checked = main("--db", database, "verify")
    finally:
        folder.chmod(0o755)
    assert again.returncode == 1 and READ_ONLY in again.stderr
    assert checked.returncode == 2 and READ_ONLY in checked.stderr
    after = {path.name: path.read_bytes() for path in folder.iterdir() if path.is_file()}
    assert after == before


def test_results_are_not_written_into_a_read_only_folder(read_only: Path) -> None:
    tallied = main("tally", SEED_MEETING, "--json", read_only / "kết quả.json",
                   "--pdf", read_only / "kết quả.pdf")
    assert tallied.returncode == 1
    assert "Không ghi được" in tallied.stderr and "kết quả" in tallied.stderr
    assert "Traceback" not in tallied.stderr
    assert list(read_only.iterdir()) == []


def test_an_export_to_a_read_only_folder_says_so(tmp_path: Path, read_only: Path) -> None:
    database = tmp_path / "hoinghi.sqlite"
    meeting_id = main("--db", database, "import", SEED_MEETING).stdout.strip()
    done = main("--db", database, "export", meeting_id, read_only / "Bản xuất.json")
    assert done.returncode == 1
    assert "Không ghi được" in done.stderr and "Bản xuất.json" in done.stderr
    assert list(read_only.iterdir()) == []


APP = """
import sys
from ui import msgbox
msgbox.run_modal = lambda box: print("|".join([box.windowTitle(), box.text()])) or 0
from ui.app import run_app
sys.exit(run_app(db_target=sys.argv[1]))
"""


def test_the_window_says_in_vietnamese_that_the_folder_is_read_only(tmp_path: Path,
                                                                     read_only: Path) -> None:
    shown = run("-c", APP, read_only / "hoinghi.sqlite", home=tmp_path / "Nguyễn Văn A")
    assert shown.returncode == 1, shown.stderr
    title, text = shown.stdout.strip().split("|")
    assert title == "Không mở được cơ sở dữ liệu"
    assert text.startswith(f"{READ_ONLY} {read_only}")
    assert list(read_only.iterdir()) == []
