"""The README's "Scripting a program" session, run exactly as written (issue 21).

The test takes the shell block out of README.md and runs it with bash in an
empty folder, with the ``peerdesk`` command of this virtualenv on the PATH, then
reads back what it wrote with other tools: the agreements with pypdf, the
calendar with icalendar, the program file with sqlite3. If the README and the
commands drift apart, this fails.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from datetime import date, datetime, time
from pathlib import Path

import icalendar
import pypdf

REPO = Path(__file__).resolve().parents[2]
SECTION = "### Scripting a program"


def readme_script() -> str:
    """The first ```sh block under the section's heading, exactly as it is in README.md."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    assert text.count(SECTION) == 1, "the README's scripting section is missing or doubled"
    after = text[text.index(SECTION) :]
    start = after.index("```sh\n") + len("```sh\n")
    end = after.index("\n```\n", start)
    block = after[start:end] + "\n"
    assert after[:start].count("\n### ") == 0, "the block is not in the scripting section"
    return block


def run_session(
    script: str, tmp_path: Path, env: dict[str, str]
) -> subprocess.CompletedProcess[str]:
    """Run ``script`` with bash in ``tmp_path/work``; it must end well and print no traceback."""
    (tmp_path / "session.sh").write_text(script, encoding="utf-8")
    done = subprocess.run(
        ["bash", "-e", "-o", "pipefail", str(tmp_path / "session.sh")],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=tmp_path / "work",
        timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    return done


def test_the_readme_session_runs_and_writes_what_it_says(tmp_path: Path) -> None:
    script = readme_script()
    assert "peerdesk init" in script and "peerdesk ics" in script
    bin_dir = Path(sys.executable).parent
    assert shutil.which("peerdesk", path=str(bin_dir)), "the peerdesk command is not installed"
    work = tmp_path / "work"
    work.mkdir()
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(bin_dir), env.get("PATH", "")])
    env["PEERDESK_HOME"] = str(tmp_path / "home")
    env["PYTHONPATH"] = os.pathsep.join([str(REPO), env.get("PYTHONPATH", "")])
    env["TZ"] = "UTC"
    done = run_session(script, tmp_path, env)

    program = work / "riverside.peerdesk"
    conn = sqlite3.connect(program)
    try:
        (pairs,) = conn.execute("SELECT count(*) FROM pair WHERE status = 'active'").fetchone()
        ((people, ready),) = conn.execute(
            "SELECT count(*), sum(status = 'matched') FROM participant"
        ).fetchall()
    finally:
        conn.close()
    assert (people, ready) == (6, 6)  # everyone was made ready, then matched
    assert pairs == 3
    assert "Recorded 3 steps for 6 people" in done.stdout
    assert "Saved 3 active pairs." in done.stdout

    agreements = pypdf.PdfReader(work / "agreements.pdf")
    assert len(agreements.pages) >= pairs
    text = "".join(page.extract_text() for page in agreements.pages)
    for name in ("Ana Rivera", "Bo Chen", "Fatima Zahra"):
        assert name in text

    calendar = icalendar.Calendar.from_ical((work / "first-meetings.ics").read_bytes())
    events = list(calendar.walk("VEVENT"))
    assert len(events) == pairs  # a first meeting for every pair
    for event in events:
        start = event.decoded("DTSTART")
        assert isinstance(start, datetime)
        assert date(2027, 1, 18) <= start.date() <= date(2027, 1, 22)
        assert start.time() >= time(17, 30)
