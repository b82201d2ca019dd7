"""Goals and skills written as sentences are related to each other by their words."""

from __future__ import annotations

import time

from peerdesk.matching.topics import keywords, topic_covers


def _related(topics: list[str]) -> set[tuple[str, str]]:
    covers = topic_covers(topics)
    return {(topics[i], topics[j]) for i, others in covers.items() for j in others if i < j}


def test_a_sentence_and_the_short_topics_it_names() -> None:
    topics = [
        "I want to get better at public speaking and managing projects",
        "Public speaking",
        "Project management",
        "Public relations",
        "Excel",
    ]
    assert _related(topics) == {(topics[0], topics[1]), (topics[0], topics[2])}


def test_two_sentences_need_two_words_in_common() -> None:
    goal = "Learn to manage my time when work gets busy"
    assert _related([goal, "I manage a team of ten engineers"]) == set()
    skill = "Happy to share how I plan my time and manage busy weeks"
    assert _related([goal, skill]) == {(goal, skill)}


def test_short_tags_still_compare_exactly() -> None:
    assert topic_covers(["Leadership", "Leadership development", "Team leadership"]) == {}


def test_accents_case_and_common_words_of_five_languages_do_not_count() -> None:
    assert keywords("Améliorer ma prise de PAROLE en public") == {"prise", "parol", "publi"}
    assert keywords("Quiero mejorar mi oratoria") == {"orato"}
    assert keywords("Ich möchte besser präsentieren lernen") == {"prase"}


def test_a_large_pool_is_related_quickly() -> None:
    words = "budget python leadership writing negotiation finance design speaking coaching"
    words += " research sales marketing hiring strategy"
    topics = words.split()
    sentences = [
        f"I would like to get better at {topics[n % 14]} and {topics[(n * 5 + 3) % 14]} "
        f"for my role number {n}"
        for n in range(2000)
    ]
    start = time.perf_counter()
    covers = topic_covers([*sentences, *topics])
    elapsed = time.perf_counter() - start
    assert covers[len(sentences)]  # "budget" answers the sentences that name it
    assert elapsed < 5, elapsed
