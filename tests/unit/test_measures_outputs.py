"""The measures where they show: the workbook's Measures sheet and ``peerdesk measures``."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from measures_history import TODAY, History, build_history
from openpyxl import load_workbook

from peerdesk import cli
from peerdesk.database import Database, create_database, open_database
from peerdesk.evaluation import references as refs
from peerdesk.exports.workbook import export_workbook


def test_the_measures_sheet_holds_typed_numbers_and_dates(
    file_db: Database, tmp_path: Path
) -> None:
    history = build_history(file_db)
    refs.use_preset(file_db, history.program_id, refs.PUBLISHED[1])  # 12 months
    refs.set_reference(file_db, history.program_id, "early_closure_share", 30, "=HYPERLINK(1)")
    out = export_workbook(file_db, history.program_id, tmp_path / "book.xlsx", today=TODAY)
    book = load_workbook(out)
    assert book.sheetnames[:3] == ["Program", "Figures", "Measures"]
    ws = book["Measures"]
    header = [c.value for c in ws[1]]
    assert header == [
        "Kind", "Measure", "Value", "Unit", "n", "Period from", "Period to", "Reference",
        "Reference source", "How computed", "Note",
    ]  # fmt: skip
    rows = {row[1].value: row for row in ws.iter_rows(min_row=2)}
    assert len(rows) == 12 + 3 + 4 + 8  # measures, early closures by reason, retention, checks
    median = rows["Median match length"]
    assert [c.value for c in median[:8]] == [
        "Match measure", "Median match length", 6.6, "months", 8,
        datetime(2025, 1, 6), datetime(2025, 12, 19), 12,
    ]  # fmt: skip
    assert median[5].number_format == "yyyy-mm-dd" and median[5].is_date
    assert "at least one school or calendar year" in median[8].value
    assert median[9].value.startswith("Kaplan–Meier estimate")
    share = rows["Early closures, share of matches that closed"]
    assert (share[2].value, share[2].number_format, share[4].value) == (0.8, "0%", 5)
    assert rows["Early closures"][2].value == 4
    reasons = [(c[1].value, c[2].value) for c in ws.iter_rows(min_row=2)
               if c[1].value.startswith("Early closures: ")]  # fmt: skip
    assert reasons == [
        ("Early closures: Lost contact", 2), ("Early closures: Goals reached", 1),
        ("Early closures: No reason recorded", 1),
    ]  # fmt: skip
    # A source typed by the coordinator is text, never a formula.
    assert (share[7].value, share[8].value, share[8].data_type) == (0.3, "=HYPERLINK(1)", "s")
    assert rows["Meetings held per match-month"][2].number_format == "0.0"
    q1 = rows["Match length, first quartile"][2]
    assert (q1.value, q1.number_format) == (2, "0.0")  # shown as 2.0, beside 6.6 and 11.4
    quiet = rows["Matches with no meeting in the last 30 days"]
    assert quiet[2].value is None and quiet[10].value.startswith("Too few matches")
    came_back = rows["Came back for another cycle"]
    assert (came_back[0].value, came_back[2].value) == ("Retention", None)
    assert came_back[10].value == "No later cycle in this database yet."
    check = rows["Matching and initiating: Signed agreement for every match"]
    assert (check[0].value, check[2].value, check[2].number_format) == (
        "Practice check",
        0.75,
        "0%",
    )
    assert check[10].value == "attention"
    for row in ws.iter_rows(min_row=2):
        assert row[2].value is None or isinstance(row[2].value, int | float), row[1].value
        assert isinstance(row[4].value, int)
        assert isinstance(row[5].value, datetime) and isinstance(row[6].value, datetime)


# -- the command line ---------------------------------------------------------------------


def run(*args: str | Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main([str(a) for a in args], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(params=["file", "server"])
def built(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, History]]:
    """The history in a closed file or server database: (its location, the history)."""
    if request.param == "file":
        location = str(tmp_path / "harbour.peerdesk")
        db = create_database(Path(location))
    else:
        location = request.getfixturevalue("pg_url")
        db = open_database(location)
    try:
        history = build_history(db)
        refs.use_preset(db, history.program_id, refs.PUBLISHED[0])  # 38 % closed early
    finally:
        db.close()
    yield location, history


def test_the_command_prints_the_measures_with_references(built: tuple[str, History]) -> None:
    location, _history = built
    code, out, err = run("measures", location)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "“Harbour Mentoring 2025”: 6 January 2025 – 19 December 2025"
    assert any(
        line.startswith("  Early closures, share of matches that closed")
        and "80 %  (n = 5)  · reference: 38 %" in line
        for line in lines
    )
    assert "      Lost contact: 2 · Goals reached: 1 · No reason recorded: 1" in lines
    assert (
        "  ATTENTION  Matching and initiating · Signed agreement for every match: 6 of 8 matches "
        "active in the period have a signed agreement on file; 2 do not."
    ) in lines
    assert "Kupersmidt, J. B., Stump, K. N., Stelter, R. L., & Rhodes, J. E. (2017)" in out
    says_an_empty_period_and_refuses_bad_dates(location)


def test_the_command_gives_json_for_a_period(built: tuple[str, History]) -> None:
    location, history = built
    code, out, err = run("measures", location, "--from", "2025-04-01", "--to", "2025-06-30",
                         "--json")  # fmt: skip
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data["program"] == "Harbour Mentoring 2025"
    assert data["period"]["from"] == "2025-04-01" and data["period"]["to"] == "2025-06-30"
    measures = {m["key"]: m for m in data["measures"]}
    assert measures["active_matches"]["value"] == 4
    assert measures["active_matches"]["pair_ids"] == list(history.pair_ids(4, 6, 7, 8))
    early = measures["early_closures"]
    assert (early["value"], early["pair_ids"]) == (1, [history.pairs[4]])
    assert early["breakdown"] == [
        {"label": "Lost contact", "count": 1, "pair_ids": [history.pairs[4]]}
    ]
    assert measures["early_closure_share"]["reference"]["value"] == 38
    assert measures["early_closure_share"]["reference"]["preset"] == "kupersmidt_2017"
    assert measures["median_length"]["value"] is None
    assert data["length_curve"]["months_and_share_running"][0] == [0.0, 1.0]
    checks = {c["key"]: c for c in data["checks"]}
    assert checks["agreements"]["status"] == "pass"  # 4, 6, 7 and 8 signed
    assert {r["key"] for r in data["retention"]} == {
        "came_back", "mentored_again", "mentee_to_mentor", "returning",
    }  # fmt: skip


def says_an_empty_period_and_refuses_bad_dates(location: str) -> None:
    code, out, _err = run("measures", location, "--from", "2030-01-01", "--to", "2030-12-31")
    assert code == 0
    assert "  No matches in this period." in out.splitlines()
    code, out, err = run("measures", location, "--from", "2025-06-30", "--to", "2025-04-01")
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and "ends (1 April 2025) before it starts (30 June 2025)" in err
    code, out, err = run("measures", location, "--from", "2025-13-01")
    assert (code, out) == (2, "") and "is not a date like" in err
    code, _out, err = run("measures", location, "--survey-share", "120")
    assert code == 2 and "--survey-share" in err
    code, out, _err = run("measures", location, "--quarter", "2025-q2")
    assert code == 0 and out.startswith("“Harbour Mentoring 2025”: 1 April 2025 – 30 June 2025")
    code, out, _err = run("measures", location, "--year", "2025")
    assert code == 0 and "1 January 2025 – 31 December 2025" in out.splitlines()[0]
    code, out, err = run("measures", location, "--year", "2025", "--from", "2025-02-01")
    assert (code, out) == (2, "") and "Give one period" in err
    code, out, err = run("measures", location, "--quarter", "2025-Q5")
    assert (code, out) == (2, "") and "is not a quarter like 2025-Q2" in err
