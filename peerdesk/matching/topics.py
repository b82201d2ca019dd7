"""Goals and skills written as sentences, compared by the words that carry their meaning.

A form's open question gives "I want to get better at public speaking", and a
mentor's skills list says "Public speaking": exact comparison finds nothing in
common. Here a sentence (more than :data:`SENTENCE_WORDS` words) covers, and is
covered by, another topic when they share their content words: every one of a
short topic's words, or at least two words and a third of the shorter sentence's.
Words are compared without case or accents, common words of English, French,
Spanish, German and Portuguese left out, and cut to their first five letters so
that "speaking", "speaker" and "speak" are one word; between two sentences, a
word that most of the pool uses does not count. Short tags compare with each
other exactly, as before.

This is a plain keyword overlap, enough to give sentence goals sensible scores;
it is not a language model.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Sequence

SENTENCE_WORDS = 3
STEM = 5

_STOP_WORDS = """
a an the and or but nor to of in on at for with by from into about as so than then that
this these those it its is are am was were be been being i im ive id me my mine we our
us you your yours they their them he she his her who what which when where why how do
does did done can could would should will shall may might must want wants wanted wish
like would love hope hoping hoped get getting gain grow growing better best more most
much many some any other others someone something things thing learn learning learned
improve improving develop developing development help helping share sharing offer
teach teaching able happy glad really very also just well new good skill skills goal
goals experience experienced knowledge program programme mentor mentee mentoring lot
too up out down over
le la les l de des du d un une et ou a au aux en pour par avec sans sur dans mon ma mes
je j me moi nous vous plus mieux tres bien apprendre ameliorer developper aider
partager offrir objectif objectifs competences souhaite voudrais aimerais
el los las lo del una y o e para con sin por mi mis yo mas mejor muy aprender mejorar
desarrollar ayudar compartir ofrecer quiero quisiera gustaria objetivo objetivos
der die das den dem des ein eine einen und oder zu im mit fur von auf mein meine ich
mehr besser sehr lernen verbessern entwickeln helfen teilen anbieten mochte ziel ziele
o os as do da dos das um uma no na nos nas com sem meu minha meus eu mais melhor muito
melhorar desenvolver ajudar partilhar compartilhar oferecer quero gostaria
"""
_STOP = frozenset(_STOP_WORDS.split())
_NON_WORD = re.compile(r"[^0-9a-z]+")


def keywords(text: str) -> frozenset[str]:
    """The words of ``text`` that carry its meaning, folded and cut to a common stem."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    words = _NON_WORD.sub(" ", plain).split()
    return frozenset(_stem(w) for w in words if w not in _STOP and len(w) > 1)


def _stem(word: str) -> str:
    if len(word) > 3 and word.endswith("s"):
        word = word[:-1]
    return word[:STEM]


def is_sentence(text: str) -> bool:
    return len(text.split()) > SENTENCE_WORDS


COMMON_WORD_SHARE = 20
"""Between two sentences, a word held by more than one sentence in this many (and by more
than :data:`COMMON_WORD_FLOOR`) is too common to relate them; it also keeps the work
linear in the pool's size rather than quadratic."""
COMMON_WORD_FLOOR = 50


def topic_covers(topics: Sequence[str]) -> dict[int, frozenset[int]]:
    """For each topic (by index) that a sentence relates to, the other topics it covers.

    Symmetric; topics that are not sentences and relate to no sentence are left out.
    """
    sentence = [is_sentence(t) for t in topics]
    if not any(sentence):
        return {}
    words = [keywords(t) for t in topics]
    holders: dict[str, list[int]] = defaultdict(list)  # the sentences holding each word
    for index, found in enumerate(words):
        if sentence[index]:
            for word in found:
                holders[word].append(index)
    result: dict[int, set[int]] = defaultdict(set)

    def relate(a: int, b: int) -> None:
        result[a].add(b)
        result[b].add(a)

    # A short topic is covered by every sentence that holds all its words.
    for index, found in enumerate(words):
        if sentence[index] or not found:
            continue
        lists = sorted((holders.get(word, []) for word in found), key=len)
        common = set(lists[0])
        for more in lists[1:]:
            common.intersection_update(more)
        for holder in common:
            relate(index, holder)
    # Two sentences share at least two of their less common words, and a third of the
    # shorter one's.
    limit = max(COMMON_WORD_FLOOR, sum(sentence) // COMMON_WORD_SHARE)
    for index, found in enumerate(words):
        if not sentence[index]:
            continue
        shared = Counter(
            other
            for word in found
            if len(holders[word]) <= limit
            for other in holders[word]
            if other > index
        )
        for other, count in shared.items():
            if count >= 2 and count * 3 >= min(len(found), len(words[other])):
                relate(index, other)
    return {index: frozenset(others) for index, others in result.items()}
