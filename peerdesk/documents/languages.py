"""The languages agreements and certificates print in, and their words.

A program has a *document language* (``program.document_language``, English
unless set) and a pair may have its own (``pair.document_language``, None for
the program's): the agreement and the certificates of a Spanish-speaking family
print in Spanish while the coordinator's app stays in English. This is the
core's own catalog, without Qt: every fixed phrase an agreement or a
certificate prints is a key of :data:`peerdesk.documents.phrases.PHRASES`,
written in English, with its Spanish and French. Dates, numbers and plural
forms come from CLDR through ``babel``.

What the coordinator typed (names, the program's terms, goals) prints as typed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING

from peerdesk.documents.default_terms import TRANSLATIONS
from peerdesk.documents.phrases import PHRASES
from peerdesk.errors import UserError

if TYPE_CHECKING:
    from babel import Locale

#: The document languages, each named in its own words.
LANGUAGES: dict[str, str] = {"en": "English", "es": "Español", "fr": "Français"}
DEFAULT = "en"
_COLUMN = {"es": 0, "fr": 1}  # each language's place in a PHRASES entry


class UnknownLanguage(UserError):
    template = "PeerDesk cannot print documents in “{code}”. Choose one of: {choices}."


def choices() -> str:
    """``en (English), es (Español), fr (Français)``: what a refusal lists."""
    return ", ".join(f"{code} ({name})" for code, name in LANGUAGES.items())


def checked(code: str) -> str:
    """``code`` as stored ("ES " → "es"), or :class:`UnknownLanguage`."""
    clean = code.strip().lower()
    if clean not in LANGUAGES:
        raise UnknownLanguage(code=code.strip(), choices=choices())
    return clean


def resolve(program: str | None, pair: str | None = None, chosen: str | None = None) -> str:
    """The language a pair's documents print in: ``chosen`` for this printing (the command
    line's ``--language``), else the pair's own, else the program's, else English."""
    for code in (chosen, pair, program):
        if code and code in LANGUAGES:
            return code
    return DEFAULT


@dataclass(frozen=True)
class Words:
    """The words of one document language: ``words("Date")``, ``words.date(day)``."""

    code: str = DEFAULT

    def __call__(self, english: str, **values: object) -> str:
        """``english`` in this language (a key of PHRASES), with ``{fields}`` filled."""
        entry = PHRASES[english]  # a KeyError here: a phrase missing from the catalog
        text = english if self.code == DEFAULT else entry[_COLUMN[self.code]]
        return text.format(**values) if values else text

    def plural(self, count: int | Decimal, one: str, other: str) -> str:
        """``1 meeting`` / ``3 meetings`` by the language's own rule (French: 0 is singular);
        ``{n}`` in the phrases is the number written in this language."""
        if isinstance(count, Decimal) and count == count.to_integral_value():
            count = int(count)  # "1 hour", not CLDR's "1.0 hours"
        form = _locale(self.code).plural_form(count)
        return self(one if form == "one" else other, n=self.number(count))

    def number(self, value: int | float | Decimal) -> str:
        """``1,234.5`` · ``1.234,5`` · ``1 234,5``: at most one decimal, as figures print."""
        from babel.numbers import format_decimal

        return str(format_decimal(value, format="#,##0.#", locale=self.code))

    def date(self, day: dt.date) -> str:
        """``4 March 2025`` · ``4 de marzo de 2025`` · ``4 mars 2025``: the month in words,
        unambiguous wherever the paper ends up."""
        from babel.dates import format_date

        pattern = "d MMMM y" if self.code == DEFAULT else "long"
        return str(format_date(day, pattern, locale=self.code))

    def weekday(self, day: dt.date) -> str:
        """``Tuesday`` · ``martes`` · ``mardi``."""
        from babel.dates import format_date

        return str(format_date(day, "EEEE", locale=self.code))

    def default_text(self, text: str) -> str:
        """A template's own agreement text in this language; any other text as it is."""
        if self.code == DEFAULT:
            return text
        found = TRANSLATIONS.get(text.strip())
        return text if found is None else found[_COLUMN[self.code]]

    def capital(self, text: str) -> str:
        """``text`` with its first letter a capital (the rest as it is)."""
        return text[:1].upper() + text[1:]


@cache
def _locale(code: str) -> Locale:
    from babel import Locale

    return Locale.parse(code)


ENGLISH = Words()


def words(code: str | None) -> Words:
    """The words of ``code`` (English for None or a code PeerDesk does not print in)."""
    return Words(code if code in LANGUAGES else DEFAULT)


def used(codes: Iterable[str | None]) -> str:
    """The one language of several pairs' documents when they share one, else English
    (for what a whole batch shares: its title)."""
    found = {resolve(code) for code in codes}
    return found.pop() if len(found) == 1 else DEFAULT
