"""The README's Linux section names the libraries the app needs to show a window: the
same packages the .deb asks for (installer/build.py), so the two never drift apart."""

from __future__ import annotations

import re
from pathlib import Path

from installer import build

README = Path(__file__).resolve().parents[1] / "README.md"
ALWAYS_THERE = {"libstdc++6", "libgcc-s1", "libzstd1", "libx11-6"}  # in every Linux install


def apt_line() -> set[str]:
    text = README.read_text(encoding="utf-8")
    match = re.search(r"sudo apt install ((?:\\\n|[^\n])+)", text)
    assert match, "the README has no apt line"
    return set(match.group(1).replace("\\\n", " ").split())


def test_the_apt_line_is_what_the_deb_package_asks_for() -> None:
    assert apt_line() == set(build.DEB_DEPENDS) - ALWAYS_THERE
    assert "libxcb-cursor0" in apt_line()  # Qt 6.5 and later refuse to start without it


def test_the_top_commands_come_first_and_the_linux_note_after_them() -> None:
    text = README.read_text(encoding="utf-8")
    assert text.index(".venv/bin/peerdesk\n") < text.index("**On Linux**")
    assert text.index("**On Linux**") < text.index("## User guide")
    assert "sudo dnf install xcb-util-cursor" in text
