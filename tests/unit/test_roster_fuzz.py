"""Generated workbooks and CSVs, and byte-level mutations of valid .xlsx and .ods files:
reading never aborts, never passes 300 MB, never prints a panic or a traceback, raises
nothing but the documented user errors, and the rows always add up.

Each example is read through the real child process, so the examples are few (the
normal test run stays quick); ``--hypothesis-seed`` or a larger ``FUZZ_EXAMPLES``
environment variable runs more.
"""

from __future__ import annotations

import csv
import io
import os
import re
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

import fixtures_rosters as shapes
import hostile_files as hostile
import pytest
from fixtures_rosters import make_program
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerdesk.database import Database, create_database
from peerdesk.roster import sandbox
from peerdesk.roster.commit import run_import
from peerdesk.roster.errors import RosterFileError
from peerdesk.roster.plan import RosterImport

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "5"))
LIMIT_MB = 300
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
PANIC_WORDS = ("panicked", "Traceback", "RUST_BACKTRACE", "memory allocation", "Fatal")


@pytest.fixture(scope="module")
def program(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, int]]:
    db = create_database(tmp_path_factory.mktemp("fuzz") / "fuzz.peerdesk")
    try:
        yield db, make_program(db)
    finally:
        db.close()


def check(
    data: bytes, suffix: str, program: tuple[Database, int], capfd: pytest.CaptureFixture[str]
) -> None:
    """Read ``data`` as a roster the way the app does, and hold it to the promises above."""
    db, program_id = program
    sandbox.last_peak = None
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"roster{suffix}"
        path.write_bytes(data)
        try:
            plan = RosterImport.open(path, db)
        except RosterFileError:
            plan = None  # a documented message for the coordinator: fine
        if plan is not None:
            summary = run_import(db, program_id, plan, dry_run=True)
            assert summary.accounted_rows() == summary.rows_in_file
    # The reader process's own peak (this process's children include every other test's);
    # a file refused before any reading started has none.
    if plan is not None:
        assert sandbox.last_peak is not None
    assert (sandbox.last_peak or 0) < LIMIT_MB * 2**20
    _out, err = capfd.readouterr()
    assert not any(word in err for word in PANIC_WORDS), err[-2000:]


# -- Generated rosters ----------------------------------------------------------------------

cell_text = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\0"), max_size=30
)
cells = st.one_of(cell_text, st.integers(-(10**6), 10**6).map(str), st.just(""), st.just(" "))
grids = st.lists(st.lists(cells, max_size=6), max_size=8)
far = st.tuples(st.integers(1, 1_048_576), st.integers(0, 16_383))


@FUZZ
@given(
    grid=grids,
    stray=st.none() | far,
    claim=st.none() | st.sampled_from(["A1:XFD1048576", "A1", "ZZ9"]),
)
def test_generated_workbooks(
    program: tuple[Database, int],
    capfd: pytest.CaptureFixture[str],
    grid: list[list[str]],
    stray: tuple[int, int] | None,
    claim: str | None,
) -> None:
    rows = [(1, list(enumerate(hostile.HEADER)))]
    rows += [(2 + i, [(c, v) for c, v in enumerate(row) if v]) for i, row in enumerate(grid)]
    if stray is not None and stray[0] > len(rows):
        rows.append((stray[0], [(stray[1], "x")]))
    shared: dict[str, int] = {}
    data = hostile.xlsx_bytes(
        [("People", hostile.sheet_xml(rows, dimension=claim, shared=shared))], shared
    )
    check(data, ".xlsx", program, capfd)


@FUZZ
@given(grid=grids, rows_repeat=st.integers(1, 2_000_000), columns_repeat=st.integers(1, 2_000_000))
def test_generated_open_documents(
    program: tuple[Database, int],
    capfd: pytest.CaptureFixture[str],
    grid: list[list[str]],
    rows_repeat: int,
    columns_repeat: int,
) -> None:
    body = [hostile.ods_row("".join(hostile.ods_cell(h) for h in hostile.HEADER))]
    for index, row in enumerate(grid):
        repeat = rows_repeat if index == 0 else 1
        cells_xml = "".join(
            hostile.ods_cell(v, columns_repeat if c == 0 else 1) for c, v in enumerate(row)
        )
        body.append(hostile.ods_row(cells_xml, repeat))
    check(hostile.ods_bytes([("People", "".join(body))]), ".ods", program, capfd)


@FUZZ
@given(grid=grids, delimiter=st.sampled_from([",", ";", "\t", "|"]), bom=st.booleans())
def test_generated_text_files(
    program: tuple[Database, int],
    capfd: pytest.CaptureFixture[str],
    grid: list[list[str]],
    delimiter: str,
    bom: bool,
) -> None:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(hostile.HEADER)
    writer.writerows(grid)
    text = buffer.getvalue()
    check(text.encode("utf-8-sig" if bom else "utf-8"), ".csv", program, capfd)


# -- Mutations of valid files ---------------------------------------------------------------

HUGE = st.sampled_from([0, 1, 2**31 - 1, 2**32 - 1, 10**12, 1_048_576, 16_384, 2_000_000])


def _rezip(data: bytes, change: dict[str, bytes]) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info, change.get(info.filename, source.read(info.filename)))
    return out.getvalue()


def _member(data: bytes, name: str) -> bytes:
    return zipfile.ZipFile(io.BytesIO(data)).read(name)


XLSX = hostile._people_xlsx()
XLS = shapes.ole_container(
    {"Workbook": shapes.biff8_workbook("People", [hostile.HEADER, *map(hostile.person, range(20))])}
)
ODS = hostile.ods_bytes([("People", hostile.ods_people())])
SHEET = "xl/worksheets/sheet1.xml"


@st.composite
def mutated(draw: st.DrawFn) -> tuple[bytes, str]:
    kind = draw(st.sampled_from(["count", "ref", "repeat", "truncate", "flip", "xml-flip"]))
    base, suffix = draw(st.sampled_from([(XLSX, ".xlsx"), (ODS, ".ods"), (XLS, ".xls")]))
    if kind == "count":
        strings = _member(XLSX, "xl/sharedStrings.xml")
        n = draw(HUGE)
        return _rezip(
            XLSX, {"xl/sharedStrings.xml": re.sub(rb'ount="\d+"', f'ount="{n}"'.encode(), strings)}
        ), ".xlsx"
    if kind == "ref":
        sheet = _member(XLSX, SHEET)
        refs = re.findall(rb'r="[A-Z]+\d+"', sheet)
        target = draw(st.sampled_from(refs))
        row, column = draw(far)
        new = f'r="{hostile._column(column)}{row}"'.encode()
        return _rezip(XLSX, {SHEET: sheet.replace(target, new, 1)}), ".xlsx"
    if kind == "repeat":
        content = _member(ODS, "content.xml")
        attribute = draw(
            st.sampled_from([b"table:number-rows-repeated", b"table:number-columns-repeated"])
        )
        tag = b"<table:table-row" if b"rows" in attribute else b"<table:table-cell"
        spots = [m.end() for m in re.finditer(re.escape(tag), content)]
        spot = draw(st.sampled_from(spots))
        n = draw(HUGE)
        content = content[:spot] + b" " + attribute + f'="{n}"'.encode() + content[spot:]
        return _rezip(ODS, {"content.xml": content}), ".ods"
    if kind == "truncate":
        return base[: draw(st.integers(1, len(base) - 1))], suffix
    if kind == "flip":
        position = draw(st.integers(0, len(base) - 1))
        return base[:position] + bytes([draw(st.integers(0, 255))]) + base[position + 1 :], suffix
    if suffix == ".xls":  # no zip inside: flip a byte of the records themselves
        position = draw(st.integers(512, len(base) - 1))
        return base[:position] + bytes([draw(st.integers(0, 255))]) + base[position + 1 :], suffix
    member = SHEET if suffix == ".xlsx" else "content.xml"
    xml = _member(base, member)
    position = draw(st.integers(0, len(xml) - 1))
    xml = xml[:position] + bytes([draw(st.integers(0, 255))]) + xml[position + 1 :]
    return _rezip(base, {member: xml}), suffix


@settings(FUZZ, max_examples=EXAMPLES * 2)
@given(case=mutated())
def test_mutated_workbooks(
    program: tuple[Database, int], capfd: pytest.CaptureFixture[str], case: tuple[bytes, str]
) -> None:
    data, suffix = case
    check(data, suffix, program, capfd)
