"""People's names compared and put in order as people read them.

A name's *folded* form has no case and no accents — "Łukasz" → "lukasz", "Zoë" → "zoe" —
including the letters Unicode does not decompose into a plain letter and a mark (ł, ø,
đ, ß, æ...). Lists of people sort by it, so that "Łukasz" comes between "Lena" and
"Maria", not after "Zoe" as comparing code points does.
"""

from __future__ import annotations

import unicodedata

# Letters with no decomposition in Unicode, as a reader of the alphabet files them.
_PLAIN = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ð": "d", "ħ": "h", "ı": "i", "ß": "ss", "æ": "ae",
     "œ": "oe", "þ": "th"}
)  # fmt: skip


def folded(text: str) -> str:
    """Lower case without accents, for searching and sorting: "José" → "jose"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain.translate(_PLAIN)


def name_key(name: str) -> tuple[str, str]:
    """Sort key for a person's name: folded first, then as written (so that the order
    of "Zoe" and "Zoë" is always the same)."""
    return folded(name), name


__all__ = ["folded", "name_key"]
