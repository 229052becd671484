"""PySide6 6.12 on Python 3.11 takes a reference to None on every call that returns nothing;
the guard (ui/none_guard.py) keeps None from being worn out."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from tests.helpers import PROJECT_ROOT

SCRIPT = textwrap.dedent("""
    import sys
    {guard}
    from PySide6.QtWidgets import QApplication, QLabel
    app = QApplication([])
    label = QLabel()
    for _ in range(2 * sys.getrefcount(None) if sys.getrefcount(None) < 10**6 else 20000):
        label.setText("Hội nghị")
    for _ in range(2 * sys.getrefcount(True) if sys.getrefcount(True) < 10**6 else 20000):
        label.windowTitleChanged.emit("Hội nghị")  # emit() returns True
    print("survived")
""")


def _run(guard: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", SCRIPT.format(guard=guard)],
                          capture_output=True, text=True, cwd=PROJECT_ROOT, timeout=120,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})


def test_many_qt_calls_survive_with_the_guard() -> None:
    result = _run("import ui.none_guard")
    assert result.returncode == 0 and "survived" in result.stdout, result.stderr[-500:]


def test_the_guard_is_needed_on_this_pyside() -> None:
    """Shows the bug the guard works around; when PySide6 or Python no longer has it, the
    process survives without the guard and this test says so (delete the guard then)."""
    result = _run("")
    if sys.version_info >= (3, 12):
        assert result.returncode == 0
    else:
        assert result.returncode != 0 and "none_dealloc" in result.stderr
