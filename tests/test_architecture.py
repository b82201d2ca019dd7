"""The core is a library: nothing under ``peerdesk/`` imports Qt or the front end."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CORE = REPO / "peerdesk"
FORBIDDEN = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "PySide2", "ui")
IMPORT_FUNCTIONS = {"import_module", "__import__"}


def forbidden_imports(source: str, filename: str = "<source>") -> list[str]:
    """Every import of Qt or ``ui`` in ``source``, as ``line: module``."""

    def bad(module: str) -> bool:
        return module.split(".")[0] in FORBIDDEN

    found: list[str] = []
    for node in ast.walk(ast.parse(source, filename)):
        if isinstance(node, ast.Import):
            found += [f"{node.lineno}: {a.name}" for a in node.names if bad(a.name)]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            if bad(node.module):
                found.append(f"{node.lineno}: {node.module}")
        elif isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in IMPORT_FUNCTIONS and node.args:
                first = node.args[0]
                value = first.value if isinstance(first, ast.Constant) else None
                if isinstance(value, str) and bad(value):
                    found.append(f"{node.lineno}: {value}")
    return found


def core_files() -> list[Path]:
    files = sorted(CORE.rglob("*.py"))
    assert len(files) > 10, "the core was not found"
    return files


def test_no_core_module_imports_qt_or_the_front_end() -> None:
    offenders = {
        str(path.relative_to(REPO)): found
        for path in core_files()
        if (found := forbidden_imports(path.read_text(encoding="utf-8"), str(path)))
    }
    assert offenders == {}


@pytest.mark.parametrize(
    "source",
    [
        "from PySide6.QtCore import QObject",
        "import PySide6",
        "import shiboken6",
        "from ui.qt import QWidget",
        "import ui.app as app",
        "def later():\n    from ui import launcher\n",
        "import importlib\nimportlib.import_module('PySide6.QtWidgets')",
        "__import__('ui.app')",
    ],
)
def test_the_check_catches_every_way_of_importing(source: str) -> None:
    assert forbidden_imports(source) != []


@pytest.mark.parametrize(
    "source",
    ["import uuid", "from peerdesk import ui_texts", "import unicodedata", "from . import ui"],
)
def test_the_check_leaves_lookalikes_alone(source: str) -> None:
    assert forbidden_imports(source) == []


def run_fresh(code: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(REPO), env.get("PYTHONPATH", "")])
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=120,
    )


def test_importing_the_core_loads_no_qt() -> None:
    result = run_fresh(
        """
        import pkgutil, sys
        import peerdesk, peerdesk.cli, peerdesk.database, peerdesk.backups
        import peerdesk.program.programs
        for module in pkgutil.walk_packages(peerdesk.__path__, "peerdesk."):
            if ".migrations" not in module.name:
                __import__(module.name)
        loaded = sorted(
            name for name in sys.modules if name.split(".")[0] in ("PySide6", "shiboken6", "ui")
        )
        print(loaded)
        """
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_the_command_line_runs_without_loading_qt(tmp_path: Path) -> None:
    path = tmp_path / "org.peerdesk"
    result = run_fresh(
        f"""
        import sys
        from ui import launcher
        codes = [
            launcher.main(["--version"]),
            launcher.main(["init", {str(path)!r}, "--program", "Spring mentoring"]),
            launcher.main(["programs", {str(path)!r}]),
        ]
        print(codes, sorted(n for n in sys.modules if n.split(".")[0] in ("PySide6", "shiboken6")))
        """
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[0, 0, 0] []"
