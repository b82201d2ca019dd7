"""Texts the UI translates by their English wording are marked for pyside6-lupdate.

lupdate reads only ui/, so a text the UI translates at run time by its English wording — a core
error's template, a placeholder's description — has a translation only if a ui module lists it.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from peerdesk.documents.placeholders import PLACEHOLDERS
from ui import error_texts, labels

CORE = Path(__file__).resolve().parents[2] / "peerdesk"
CODE = re.compile(r"[a-z_]+")  # a refusal's code word, not a sentence
PLACEHOLDERS_ONLY = re.compile(r"(\{[^{}]*\}|\W)*")


def test_every_placeholder_description_is_marked_for_translation() -> None:
    # labels.placeholder_description translates the core's description by its text: a
    # description added to the core must be added to labels.PLACEHOLDER_DESCRIPTIONS too.
    assert set(labels.PLACEHOLDER_DESCRIPTIONS) == set(PLACEHOLDERS.values())


def core_error_templates() -> set[str]:
    """The template of every UserError the core raises: a class's ``template``, or the
    literal first argument of a call to UserError or one of its subclasses."""
    trees = [ast.parse(path.read_text(encoding="utf-8")) for path in CORE.rglob("*.py")]
    bases: dict[str, list[str]] = {}
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases[node.name] = [ast.unparse(b).rsplit(".", 1)[-1] for b in node.bases]

    def is_user_error(name: str, seen: frozenset[str] = frozenset()) -> bool:
        return name == "UserError" or any(
            is_user_error(b, seen | {name}) for b in bases.get(name, []) if b not in seen
        )

    errors = {name for name in bases if is_user_error(name)}
    found: set[str] = set()
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and node.name in errors:
                for statement in node.body:
                    if (
                        isinstance(statement, ast.Assign)
                        and any(ast.unparse(t) == "template" for t in statement.targets)
                        and isinstance(statement.value, ast.Constant)
                    ):
                        found.add(statement.value.value)
            elif isinstance(node, ast.Call) and node.args:
                first = node.args[0]
                name = ast.unparse(node.func).rsplit(".", 1)[-1]
                if name in errors and isinstance(first, ast.Constant):
                    found.add(first.value)
    return {
        text
        for text in found
        if isinstance(text, str)
        and not CODE.fullmatch(text)
        and not PLACEHOLDERS_ONLY.fullmatch(text)
    }


def test_every_core_error_template_is_marked_for_translation() -> None:
    # ui.messages.user_message translates a UserError's template in the "errors" context.
    templates = core_error_templates()
    assert len(templates) > 50  # the search finds the core's errors at all
    missing = sorted(templates - set(error_texts.TEMPLATES))
    assert not missing, "add to ui/error_texts.py:\n" + "\n".join(missing)
    gone = sorted(set(error_texts.TEMPLATES) - templates)
    assert not gone, "no longer raised by the core, remove from ui/error_texts.py:\n" + "\n".join(
        gone
    )
