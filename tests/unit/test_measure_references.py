"""Reference figures beside the measures: entered, picked from presets, shown (issue #19)."""

from __future__ import annotations

import pytest
from db_rows import query
from measures_history import TODAY, add_next_cycle, build_history, make_program

from peerdesk.database import Database
from peerdesk.errors import ValidationError
from peerdesk.evaluation import measures as m
from peerdesk.evaluation import references as refs
from peerdesk.evaluation.measures import load_evidence


def test_a_reference_is_kept_and_shown_beside_its_measure(db: Database) -> None:
    history = build_history(db)
    pid = history.program_id
    assert refs.get_references(db, pid) == {}
    refs.set_reference(db, pid, m.EARLY_SHARE, 25, "  Our funder's   target for 2025 ")
    refs.set_reference(db, pid, m.MEDIAN_LENGTH, 9.5, "Last year's report")
    refs.set_reference(db, pid, m.EARLY_SHARE, 30, "Our funder's target for 2026")  # replaces
    found = refs.get_references(db, pid)
    assert found[m.EARLY_SHARE] == refs.Reference(
        m.EARLY_SHARE, 30.0, "Our funder's target for 2026"
    )
    evidence = load_evidence(db, pid, today=TODAY)
    assert evidence.references == found
    assert evidence.measures[m.EARLY_SHARE].reference == found[m.EARLY_SHARE]
    assert evidence.measures[m.MEDIAN_LENGTH].reference == refs.Reference(
        m.MEDIAN_LENGTH, 9.5, "Last year's report"
    )
    assert evidence.measures[m.ACTIVE].reference is None
    assert query(db, "SELECT count(*) FROM measure_reference WHERE program_id = ?", pid) == [(2,)]
    assert query(
        db, "SELECT action FROM change_record WHERE entity = 'measure_reference' ORDER BY id"
    ) == [("set",), ("set",), ("set",)]
    assert refs.clear_reference(db, pid, m.MEDIAN_LENGTH)
    assert not refs.clear_reference(db, pid, m.MEDIAN_LENGTH)
    assert set(refs.get_references(db, pid)) == {m.EARLY_SHARE}


@pytest.mark.parametrize(
    ("measure", "value", "source", "field", "words"),
    [
        (m.EARLY_SHARE, 120, "A report", "value", "Early closures: give a figure from 0 to 100%."),
        (m.EARLY_SHARE, -1, "A report", "value", "from 0 to 100%"),
        (m.MEDIAN_LENGTH, float("nan"), "A report", "value", "from 0 to 120 months"),
        (m.MEDIAN_LENGTH, 12, "   ", "source", "Say where the figure comes from"),
        (m.MEDIAN_LENGTH, 12, "x" * 501, "source", "under 500 characters"),
        ("attendance", 12, "A report", "measure", "not a measure with a reference"),
    ],
)
def test_a_bad_reference_is_refused_in_plain_words_and_nothing_changes(
    file_db: Database, measure: str, value: float, source: str, field: str, words: str
) -> None:
    pid = make_program(file_db)
    refs.set_reference(file_db, pid, m.MEDIAN_LENGTH, 10, "Before")
    with pytest.raises(ValidationError) as caught:
        refs.set_reference(file_db, pid, measure, value, source)
    assert words in caught.value.problems[field]
    assert refs.get_references(file_db, pid) == {
        m.MEDIAN_LENGTH: refs.Reference(m.MEDIAN_LENGTH, 10.0, "Before")
    }


def test_presets_offer_last_cycles_own_figures_first(db: Database) -> None:
    history = build_history(db)
    published = refs.presets(db, history.program_id, today=TODAY)
    assert [p.key for p in published] == ["kupersmidt_2017", "one_year"]
    kupersmidt = published[0]
    assert (kupersmidt.measure, kupersmidt.value, kupersmidt.unit) == (m.EARLY_SHARE, 38.0, "%")
    assert "Kupersmidt, J. B., Stump, K. N., Stelter, R. L., & Rhodes, J. E. (2017)" in (
        kupersmidt.source
    )
    assert "6,468 matches in 170 programs" in kupersmidt.source
    assert (published[1].measure, published[1].value, published[1].unit) == (
        m.MEDIAN_LENGTH, 12.0, "months",
    )  # fmt: skip
    assert "at least one school or calendar year" in published[1].source

    second_id, _people = add_next_cycle(db, history)
    offered = refs.presets(db, second_id, today=TODAY)
    assert [p.key for p in offered] == [
        "last_cycle:early_closure_share", "last_cycle:median_length", "kupersmidt_2017", "one_year",
    ]  # fmt: skip
    early, length = offered[0], offered[1]
    assert (early.value, length.value) == (80.0, 6.6)  # the 2025 cycle's own figures
    assert early.label == "Last cycle: 80 % (Harbour Mentoring 2025)"
    assert early.source == (
        "Our own figure for Harbour Mentoring 2025, 6 January 2025 – 19 December 2025 (n = 5)."
    )
    chosen = refs.use_preset(db, second_id, early)
    assert chosen.preset == "last_cycle:early_closure_share"
    shown = load_evidence(db, second_id, today=TODAY)
    assert shown.measures.empty  # the new cycle has no match yet
    assert shown.measures[m.EARLY_SHARE].reference == chosen


def test_the_planned_length_is_checked(file_db: Database) -> None:
    pid = make_program(file_db)
    for bad in (0, 121, 2.5, True):
        with pytest.raises(ValidationError, match="1 to 120 months"):
            refs.set_planned_length(file_db, pid, bad)  # type: ignore[arg-type]
    assert refs.planned_months(file_db, pid) is None
    refs.set_planned_length(file_db, pid, 12)
    assert refs.planned_months(file_db, pid) == 12
    refs.set_planned_length(file_db, pid, None)
    assert refs.planned_months(file_db, pid) is None
