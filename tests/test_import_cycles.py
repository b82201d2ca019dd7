"""No two modules of ``peerdesk/`` or ``ui/`` import each other in a circle (issue #21).

The counting rule is in ``tests/import_cycles.py``: imports that run when a module
is loaded count; imports inside functions and under ``if TYPE_CHECKING:`` do not.
The second test counts those too, so no cycle is allowed even for type checkers:
a part that needs something of the module that builds it depends on a small
Protocol instead (e.g. ``ui/matching/board_host.py``).
"""

from __future__ import annotations

import textwrap
from pathlib import Path

from tests.import_cycles import import_cycles


def _listed(cycles: list[list[str]]) -> str:
    return "\n".join(" <-> ".join(cycle) for cycle in cycles)


def test_no_import_cycle_between_project_modules() -> None:
    cycles = import_cycles()
    assert cycles == [], "import cycles:\n" + _listed(cycles)


def test_no_cycle_even_counting_imports_in_functions_and_for_type_checkers() -> None:
    cycles = import_cycles(static=True)
    assert cycles == [], "import cycles (counting every import):\n" + _listed(cycles)


def _write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")


def test_the_walk_finds_a_cycle_through_relative_and_class_level_imports(tmp_path: Path) -> None:
    _write(
        tmp_path,
        {
            "peerdesk/__init__.py": "",
            "peerdesk/a.py": "from . import b\n",
            "peerdesk/b.py": "class B:\n    from peerdesk.sub import c\n",
            "peerdesk/sub/__init__.py": "",
            "peerdesk/sub/c.py": "from ..a import thing\n",
            "ui/__init__.py": "",
            "ui/x.py": "import ui.y\n",
            "ui/y.py": "try:\n    from ui import x\nexcept ImportError:\n    pass\n",
        },
    )
    assert import_cycles(tmp_path) == [
        ["peerdesk.a", "peerdesk.b", "peerdesk.sub.c"],
        ["ui.x", "ui.y"],
    ]


def test_imports_in_functions_and_for_type_checkers_do_not_count(tmp_path: Path) -> None:
    _write(
        tmp_path,
        {
            "peerdesk/__init__.py": "",
            "ui/__init__.py": "",
            "ui/window.py": "from ui import screen\n",
            "ui/screen.py": """\
                from typing import TYPE_CHECKING
                if TYPE_CHECKING:
                    from ui.window import Window
                def open_window():
                    from ui.window import Window
            """,
        },
    )
    assert import_cycles(tmp_path) == []
    assert import_cycles(tmp_path, static=True) == [["ui.screen", "ui.window"]]
