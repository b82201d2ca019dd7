"""The reader's child process works in a PyInstaller-frozen program: the child is the frozen
executable again, handed over by ``multiprocessing.freeze_support()`` as in
installer/launch.py. A small probe is frozen (not the whole app: that is
test_packaged_app's job) and reads hostile rosters through the child.

Run on demand: ``.venv/bin/python -m pytest -m slow_build tests/installer/test_frozen_reader.py``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import hostile_files
import pytest

REPO = Path(__file__).resolve().parents[2]
PROBE = """
import sys

if __name__ == "__main__":
    if getattr(sys, "frozen", False):
        import multiprocessing

        multiprocessing.freeze_support()  # as installer/launch.py does
    from peerdesk.roster import sandbox
    from peerdesk.roster.errors import RosterFileError

    for path in sys.argv[1:]:
        try:
            book = sandbox.read_isolated(path)
            print("ok", sum(len(s.rows) for s in book.sheets), *book.all_notes(), sep="|")
        except RosterFileError as exc:
            print("error", type(exc).__name__, sep="|")
"""


@pytest.mark.slow_build
def test_a_frozen_program_reads_rosters_in_its_child_process(tmp_path: Path) -> None:
    pyinstaller = shutil.which("pyinstaller", path=str(Path(sys.executable).parent))
    if pyinstaller is None:
        pytest.skip("PyInstaller is not installed (pip install .[build])")
    probe = tmp_path / "probe.py"
    probe.write_text(PROBE, encoding="utf-8")
    excluded = ["PySide6", "sqlalchemy", "numpy", "scipy", "reportlab", "pytest"]
    subprocess.run(
        [pyinstaller, "--noconfirm", "--log-level", "ERROR", "--paths", str(REPO),
         *[arg for module in excluded for arg in ("--exclude-module", module)],
         "--distpath", str(tmp_path / "dist"), "--workpath", str(tmp_path / "build"),
         "--specpath", str(tmp_path), str(probe)],
        check=True, timeout=900, capture_output=True,
    )  # fmt: skip
    files = {h.name: h.path for h in hostile_files.build(tmp_path / "rosters")}
    done = subprocess.run(
        [
            str(
                tmp_path / "dist" / "probe" / ("probe.exe" if sys.platform == "win32" else "probe")
            ),
            str(files["stray_x_CV1048576.xlsx"]),
            str(files["truncated.xls"]),
            str(files["semicolon_multiline.csv"]),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""  # no panic from the truncated .xls
    assert done.stdout.splitlines() == [
        "ok|21|The sheet “People” has a cell at CV1048576, far below the rest; PeerDesk read "
        "the 21 rows above and ignored the empty rest.",
        "error|CorruptFile",
        "ok|26",
    ]
