"""The hostile set: small rosters shaped the way that once made the readers abort, hang or
take gigabytes — written by this script rather than checked in.

``build(folder)`` writes every file and returns them; ``python tests/hostile_files.py
FOLDER`` imports each into a fresh program file (the real import, through the
reader's child process) and prints one JSON line per file: seconds, the peak memory
of this process and of its reader child (each its own high-water mark), the summary's row
accounting, and what went to stderr. ``tests/unit/test_roster_hostile.py`` runs it.
"""

from __future__ import annotations

import io
import json
import os
import sys
import time
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

PEOPLE = 20


@dataclass(frozen=True)
class Hostile:
    name: str
    path: Path
    people: int
    """People PeerDesk should import from it (None-like -1: it must be refused as a file)."""


def person(i: int) -> list[str]:
    return [f"Person {i:03d}", f"person{i}@example.org", "Mentor" if i % 2 else "Mentee"]


HEADER = ["Name", "Email", "Role"]


# -- .xlsx written by hand, so that every part can lie ------------------------------------


def _column(letters_for: int) -> str:
    number, letters = letters_for + 1, ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _cell(ref: str, value: str, shared: dict[str, int] | None) -> str:
    if shared is not None:
        index = shared.setdefault(value, len(shared))
        return f'<c r="{ref}" t="s"><v>{index}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{escape(value)}</t></is></c>'


def sheet_xml(
    rows: Iterable[tuple[int, list[tuple[int, str]]]],
    *,
    dimension: str | None = None,
    shared: dict[str, int] | None = None,
    empty_rows: Iterable[int] = (),
    hidden_columns: Iterable[int] = (),
) -> Iterator[bytes]:
    """A worksheet: ``rows`` are (row number, [(column index, text)]); ``empty_rows`` are
    formatted rows with no cells, written in order among the others."""
    yield (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    )
    if dimension:
        yield f'<dimension ref="{dimension}"/>'.encode()
    hidden = list(hidden_columns)
    if hidden:
        yield (
            b"<cols>"
            + b"".join(
                f'<col min="{c + 1}" max="{c + 1}" hidden="1" width="9"/>'.encode() for c in hidden
            )
            + b"</cols>"
        )
    yield b"<sheetData>"
    pending = sorted(empty_rows)
    position = 0
    for number, cells in rows:
        chunk: list[str] = []
        while position < len(pending) and pending[position] < number:
            chunk.append(f'<row r="{pending[position]}" s="1" customFormat="1"/>')
            position += 1
        body = "".join(_cell(f"{_column(c)}{number}", v, shared) for c, v in cells)
        chunk.append(f'<row r="{number}">{body}</row>')
        yield "".join(chunk).encode()
    while position < len(pending):
        yield "".join(
            f'<row r="{n}" s="1" customFormat="1"/>' for n in pending[position : position + 5000]
        ).encode()
        position += 5000
    yield b"</sheetData></worksheet>"


def xlsx_bytes(
    sheets: list[tuple[str, Iterable[bytes]]],
    shared: dict[str, int] | None = None,
    unique_count: int | None = None,
) -> bytes:
    names = [name for name, _xml in sheets]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        overrides = "".join(
            f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            for i in range(len(names))
        )
        archive.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.'
            'org/package/2006/content-types"><Default Extension="rels" ContentType="application/'
            'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
            'ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType='
            '"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.'
            'openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
            f"{overrides}</Types>",
        )
        archive.writestr(
            "_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type='
            '"http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="xl/workbook.xml"/></Relationships>',
        )
        entries = "".join(
            f'<sheet name="{escape(n)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>'
            for i, n in enumerate(names)
        )
        archive.writestr(
            "xl/workbook.xml",
            '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.'
            'openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships">'
            f"<sheets>{entries}</sheets></workbook>",
        )
        rels = "".join(
            f'<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/worksheet" '
            f'Target="worksheets/sheet{i + 1}.xml"/>'
            for i in range(len(names))
        )
        rels += (
            f'<Relationship Id="rId{len(names) + 1}" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
        )
        archive.writestr(
            "xl/_rels/workbook.xml.rels",
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
            f'openxmlformats.org/package/2006/relationships">{rels}</Relationships>',
        )
        for i, (_name, xml) in enumerate(sheets):
            with archive.open(f"xl/worksheets/sheet{i + 1}.xml", "w", force_zip64=True) as out:
                for part in xml:
                    out.write(part)
        strings = list((shared or {}).keys())
        count = len(strings) if unique_count is None else unique_count
        archive.writestr(
            "xl/sharedStrings.xml",
            '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.'
            f'org/spreadsheetml/2006/main" count="{count}" uniqueCount="{count}">'
            + "".join(f'<si><t xml:space="preserve">{escape(s)}</t></si>' for s in strings)
            + "</sst>",
        )
    return buffer.getvalue()


def people_rows(
    first: int = 1, count: int = PEOPLE, start_number: int = 0, extra: list[str] | None = None
) -> list[tuple[int, list[tuple[int, str]]]]:
    """The header at row ``first`` and ``count`` people under it."""
    header = HEADER + ([] if extra is None else ["Notes"])
    rows = [(first, list(enumerate(header)))]
    for i in range(count):
        values = person(start_number + i) + ([] if extra is None else [extra[i % len(extra)]])
        rows.append((first + 1 + i, list(enumerate(values))))
    return rows


def _people_xlsx(
    *,
    dimension: str | None = None,
    stray: tuple[int, int, str] | None = None,
    unique_count: int | None = None,
    extra: list[str] | None = None,
) -> bytes:
    shared: dict[str, int] = {}
    rows = people_rows(extra=extra)
    if stray is not None:
        row, column, text = stray
        rows.append((row, [(column, text)]))
    return xlsx_bytes(
        [("People", sheet_xml(rows, dimension=dimension, shared=shared))],
        shared,
        unique_count,
    )


# -- .ods written by hand ----------------------------------------------------------------

_ODS_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" office:version="1.2">'
    "<office:body><office:spreadsheet>"
)


def ods_cell(text: str, repeat: int = 1) -> str:
    times = f' table:number-columns-repeated="{repeat}"' if repeat > 1 else ""
    if not text:
        return f"<table:table-cell{times}/>"
    return (
        f'<table:table-cell office:value-type="string"{times}><text:p>{escape(text)}</text:p>'
        "</table:table-cell>"
    )


def ods_row(cells: str, repeat: int = 1) -> str:
    times = f' table:number-rows-repeated="{repeat}"' if repeat > 1 else ""
    return f"<table:table-row{times}>{cells}</table:table-row>"


def ods_bytes(tables: list[tuple[str, str]]) -> bytes:
    body = "".join(
        f'<table:table table:name="{escape(n)}">{rows}</table:table>' for n, rows in tables
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(
            zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet"
        )
        archive.writestr(
            "content.xml",
            _ODS_HEAD + body + "</office:spreadsheet></office:body></office:document-content>",
            zipfile.ZIP_DEFLATED,
        )
        archive.writestr(
            "META-INF/manifest.xml",
            '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:'
            'oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry '
            'manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.'
            'spreadsheet"/></manifest:manifest>',
        )
    return buffer.getvalue()


def ods_people(count: int = PEOPLE) -> str:
    rows = [ods_row("".join(ods_cell(h) for h in HEADER))]
    rows += [ods_row("".join(ods_cell(v) for v in person(i))) for i in range(count)]
    return "".join(rows)


# -- CSV -----------------------------------------------------------------------------------


def _csv(delimiter: str, people: int = 25) -> str:
    """A form export: a long consent paragraph with line breaks fills the first record's
    first cell, and some answers hold line breaks too."""
    consent = (
        "I agree to take part in the mentoring programme.\n" * 30
        + 'I understand that "confidential" means, here, what we agreed; I may leave at any time.'
    )
    quoted = consent.replace('"', '""')
    lines = [delimiter.join([f'"{quoted}"', "Name", "Email", "Role", "Goals"])]
    for i in range(people):
        goals = f'"Grow as a leader;\nlearn, listen\tand speak up ({i})"'
        name, email, role = person(i)
        lines.append(delimiter.join(["yes", name, email, role, goals]))
    return "\r\n".join(lines) + "\r\n"


# -- The set ------------------------------------------------------------------------------


def build(folder: Path) -> list[Hostile]:
    folder.mkdir(parents=True, exist_ok=True)
    made: list[Hostile] = []

    def write(name: str, data: bytes, people: int) -> None:
        path = folder / name
        path.write_bytes(data)
        made.append(Hostile(name, path, people))

    write("claims_A1_XFD1048576.xlsx", _people_xlsx(dimension="A1:XFD1048576"), PEOPLE)
    write("stray_space_Z1048576.xlsx", _people_xlsx(stray=(1_048_576, 25, " ")), PEOPLE)
    write("stray_x_CV1048576.xlsx", _people_xlsx(stray=(1_048_576, 99, "x")), PEOPLE)
    write("stray_space_XFD1001.xlsx", _people_xlsx(stray=(1001, 16_383, " ")), PEOPLE)
    write("shared_strings_4294967295.xlsx", _people_xlsx(unique_count=4_294_967_295), PEOPLE)
    write(
        "cells_30000_chars.xlsx",
        _people_xlsx(extra=[("Long story. " * 2600)[:30_000] + str(i) for i in range(PEOPLE)]),
        PEOPLE,
    )
    only_far: list[tuple[int, list[tuple[int, str]]]] = [(1_048_576, [(16_383, "x")])]
    shared: dict[str, int] = {}
    write(
        "second_sheet_only_XFD1048576.xlsx",
        xlsx_bytes(
            [
                ("People", sheet_xml(people_rows(), shared=shared)),
                ("Notes", sheet_xml(only_far, shared=shared)),
            ],
            shared,
        ),
        PEOPLE,
    )
    gap_rows = people_rows(count=10) + people_rows(first=100_013, count=10, start_number=10)[1:]
    write(
        "empty_rows_100000_between.xlsx",
        xlsx_bytes([("People", sheet_xml(gap_rows, empty_rows=range(12, 100_013)))]),
        PEOPLE,
    )
    write(
        "hidden_salary_column.xlsx",
        xlsx_bytes(
            [
                (
                    "People",
                    sheet_xml(
                        [(1, [*enumerate(HEADER), (3, "Salary band")])]
                        + [(2 + i, [*enumerate(person(i)), (3, "B2")]) for i in range(PEOPLE)],
                        hidden_columns=[3],
                    ),
                )
            ]
        ),
        PEOPLE,
    )
    data = _people_xlsx()
    write("truncated.xlsx", data[: len(data) // 2], -1)

    bad = ods_row("".join(ods_cell(v) for v in ["", "not an email", "Dragon"]), 1_048_576)
    write("ods_rows_repeated_1048576.ods", ods_bytes([("People", ods_people() + bad)]), PEOPLE)
    wide = ods_row(ods_cell("x", 16_384), 1)
    write("ods_columns_repeated_16384.ods", ods_bytes([("People", ods_people() + wide)]), PEOPLE)
    empty_wide = ods_row(ods_cell("", 16_384), 1_048_000)
    write(
        "ods_empty_repeats_in_millions.ods",
        ods_bytes([("People", ods_people() + empty_wide + ods_row(ods_cell("x")))]),
        PEOPLE,
    )
    far = ods_row(ods_cell("", 1_000_000) + ods_cell("x"), 1) + ods_row("", 1_000_000)
    write(
        "ods_two_sheets_far_cells.ods",
        ods_bytes([("People", ods_people() + far), ("More", far + ods_row(ods_cell("y")))]),
        PEOPLE,
    )
    ods = ods_bytes([("People", ods_people())])
    write("truncated.ods", ods[: len(ods) * 2 // 3], -1)

    sys.path.insert(0, str(Path(__file__).parent))
    from fixtures_rosters import biff8_workbook, ole_container

    people = [person(i) for i in range(PEOPLE)]
    xls = ole_container({"Workbook": biff8_workbook("People", [HEADER, *people])})
    write("truncated.xls", xls[: len(xls) * 3 // 5], -1)
    far = [[] for _ in range(65_535 - PEOPLE - 1)] + [[None] * 255 + ["x"]]
    write(
        "stray_x_IV65536.xls",
        ole_container({"Workbook": biff8_workbook("People", [HEADER, *people, *far])}),
        PEOPLE,
    )

    write("comma_long_quoted_first_cell.csv", _csv(",").encode(), 25)
    write("semicolon_multiline.csv", _csv(";").encode("utf-8-sig"), 25)
    write("tab_multiline.txt", _csv("\t").encode("utf-16"), 25)
    return made


# -- Importing each, as the test measures it ----------------------------------------------


def aborting_reader(path: Path) -> object:
    """A reader that dies the way a native one does: no exception, no goodbye."""
    os.abort()


def greedy_reader(path: Path) -> object:
    """A reader that asks for more and more memory, as calamine did for a stray far cell."""
    hoard = [bytearray(64 * 1024 * 1024) for _ in range(200)]
    return len(hoard)


def hanging_reader(path: Path) -> object:
    time.sleep(3600)
    return None


def measure(folder: Path) -> Iterator[dict[str, object]]:
    from peerdesk.database import create_database
    from peerdesk.errors import UserError
    from peerdesk.program import programs
    from peerdesk.roster import sandbox
    from peerdesk.roster.commit import run_import
    from peerdesk.roster.plan import RosterImport

    for hostile in build(folder):
        sandbox.last_peak = None
        db = create_database(folder / f"{hostile.name}.peerdesk")
        program_id = programs.create_program(db, programs.quick_settings("Hostile"))
        start = time.perf_counter()
        result: dict[str, object] = {"name": hostile.name, "people": hostile.people}
        try:
            plan = RosterImport.open(hostile.path, db)
            summary = run_import(db, program_id, plan)
        except UserError as exc:
            result["error"] = type(exc).__name__
            result["message"] = exc.message
        else:
            result.update(
                rows_in_file=summary.rows_in_file,
                accounted=summary.accounted_rows(),
                imported=len(summary.added) + len(summary.updated),
                refused=len(summary.rejected),
                notes=summary.notes,
            )
        finally:
            db.close()
        result["seconds"] = round(time.perf_counter() - start, 3)
        # Peaks of each process's own memory: a process's ru_maxrss starts at its parent's
        # size (here, a test runner's), so each reports its high-water mark instead.
        result["self_mb"] = (sandbox.peak_memory() or 0) // 2**20
        result["child_mb"] = (sandbox.last_peak or 0) // 2**20
        yield result


if __name__ == "__main__":
    for line in measure(Path(sys.argv[1])):
        print(json.dumps(line), flush=True)
