"""The circles' commands, run through the command line's main (issue 22)."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from matching_data import realistic_members, store_members
from pdf_pages import page_texts

from peerdesk import cli
from peerdesk.database import create_database, open_database
from peerdesk.groups import circles as gc
from peerdesk.program import programs


def run(*args: str | Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main([str(a) for a in args], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def program(tmp_path: Path) -> Path:
    path = tmp_path / "circles.peerdesk"
    with create_database(path) as db:
        program_id = programs.create_program(db, programs.quick_settings("Spring circles"))
        members, _, _ = realistic_members(16, 4, seed=1)
        store_members(db, program_id, members)
    return path


def test_form_confirm_list_and_print_circles(program: Path, tmp_path: Path) -> None:
    code, out, _ = run("form-circles", program, "--size", "5", "--json")
    assert code == 0
    formed: Any = json.loads(out)
    assert [len(c["leaders"]) + len(c["members"]) for c in formed["circles"]] == [5] * 4
    assert formed["quality"] <= formed["bound"] and "saved" not in formed
    code, out, _ = run("circles", program)
    assert code == 0 and "has no circles yet" in out  # nothing saved without --confirm
    code, out, _ = run("form-circles", program, "--size", "2", "--mentors-only", "--json")
    support: Any = json.loads(out)
    assert [len(c["members"]) for c in support["circles"]] == [1, 1]  # 4 mentors, no mentee
    code, out, _ = run("form-circles", program, "--size", "5", "--confirm", "--name", "Group")
    assert code == 0 and "Saved 4 circles" in out
    with open_database(program) as db:
        views = gc.list_circles(db, 1)
    assert [v.name for v in views] == ["Group 1", "Group 2", "Group 3", "Group 4"]
    code, out, _ = run("circles", program, "--json")
    listed: Any = json.loads(out)
    assert [c["name"] for c in listed["circles"]] == [v.name for v in views]
    assert listed["circles"][0]["members"][0]["name"] == views[0].members[0].name
    pdf = tmp_path / "agreements.pdf"
    code, out, _ = run("circle-agreements", program, "--out", pdf, "--circle", str(views[1].id))
    assert code == 0 and str(pdf) in out
    text = " ".join(page_texts(pdf))
    assert "Group 2 · Group Agreement" in text
    assert all(f"Member: {p.name}" in text for p in views[1].members)
    code, out, err = run("circle-agreements", program, "--out", pdf)
    assert code == 2 and out == "" and "already exists" in err


def test_refusals_are_one_plain_line(program: Path, tmp_path: Path) -> None:
    code, out, err = run("form-circles", program, "--size", "1")
    assert (code, out) == (2, "") and err.count("\n") == 1
    assert "A circle needs at least 2 people" in err
    code, out, err = run("form-circles", program, "--circles", "5")
    assert code == 2 and "5 circles need 5 leaders, but only 4" in err
    code, out, err = run("form-circles", program, "--start", "2027-01-04")
    assert code == 2 and "--start and --name go with --confirm" in err
    code, out, err = run("circle-agreements", program, "--out", tmp_path / "a.pdf")
    assert code == 2 and "There are no circles to print" in err
