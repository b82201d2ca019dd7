"""The words of a group session's status and of attendance marks are written once
(peerdesk/groups/statuses.py) and named everywhere else (issue 22)."""

from __future__ import annotations

import ast
from pathlib import Path

from peerdesk.groups import attendance, sessions, statuses
from peerdesk.models import GroupSession, SessionAttendance

ROOT = Path(__file__).resolve().parents[2]
MARK_WORDS = {"invited", "attended", "excused", "absent"}
SESSION_WORDS = {"scheduled", "cancelled"}
HOME = ROOT / "peerdesk" / "groups" / "statuses.py"
TRANSLATED = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}


def _sources() -> list[Path]:
    found = [*(ROOT / "peerdesk").rglob("*.py"), *(ROOT / "ui").rglob("*.py")]
    return [p for p in found if p != HOME and "migrations" not in p.parts]


def _called(node: ast.Call) -> str:
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _is_status(node: ast.expr) -> bool:
    return isinstance(node, ast.Attribute) and node.attr == "status"


def _literals(tree: ast.AST) -> list[tuple[int, str]]:
    """Mark words written out (not as a JSON key nor a word to translate), session words
    compared with a ``.status``, and either quoted inside SQL text."""
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            skip.update(id(k) for k in node.keys if k is not None)
        elif isinstance(node, ast.Call) and _called(node) in TRANSLATED:
            skip.update(id(a) for a in node.args)
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare):
            sides = [node.left, *node.comparators]
            if any(_is_status(s) for s in sides):
                found.extend(
                    (s.lineno, s.value)
                    for s in sides
                    if isinstance(s, ast.Constant) and s.value in SESSION_WORDS | MARK_WORDS
                )
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            if id(node) in skip:
                continue
            if node.value in MARK_WORDS:
                found.append((node.lineno, node.value))
            found.extend(
                (node.lineno, word)
                for word in MARK_WORDS | SESSION_WORDS
                if f"'{word}'" in node.value and "SELECT" in node.value.upper()
            )
    return found


def test_no_module_spells_out_a_session_status_or_an_attendance_mark() -> None:
    written = [
        f"{path.relative_to(ROOT)}:{line}: {word!r}"
        for path in _sources()
        for line, word in _literals(ast.parse(path.read_text(encoding="utf-8")))
    ]
    listed = "\n".join(sorted(set(written)))
    assert written == [], "use peerdesk.groups.statuses instead:\n" + listed


def test_the_scan_finds_what_it_looks_for() -> None:
    code = """
if row.status == "cancelled": pass
MARK = "excused"
SQL = "SELECT 1 FROM session_attendance WHERE status != 'invited'"
fine = {"attended": 3, "note": tr("absent"), "x": "cancelled"}
"""
    assert sorted(_literals(ast.parse(code))) == [(2, "cancelled"), (3, "excused"), (4, "invited")]


def test_every_module_names_the_same_words() -> None:
    assert statuses.STATUSES == ("invited", "attended", "excused", "absent")
    assert statuses.STATUSES[1:] == statuses.MARKS
    assert (statuses.SCHEDULED, statuses.CANCELLED) == ("scheduled", "cancelled")
    for module in (sessions, attendance):
        assert module.MARKS is statuses.MARKS
        assert module.INVITED is statuses.INVITED
    assert GroupSession.__table__.c.status.default.arg == statuses.SCHEDULED  # type: ignore[attr-defined]
    assert SessionAttendance.__table__.c.status.default.arg == statuses.INVITED  # type: ignore[attr-defined]
