"""Turning cell values into a person's attributes.

Spreadsheet readers hand over whatever the cell held: python-calamine returns
every Excel number as a float (a phone number 5551234567 arrives as
5551234567.0) and CSV cells are all text, possibly with decimal commas. Each
function here takes one such value and returns the attribute, or raises
:class:`ValueProblem` with the words a coordinator would understand.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta

from peerdesk.enums import MeetingFormat, ParticipantStatus, Role
from peerdesk.people import is_email
from peerdesk.roster.reader import CellValue


class ValueProblem(ValueError):
    """A cell that cannot become the attribute its column is mapped to; ``reason`` ends a
    sentence that starts with the cell's value: "'five' {reason}"."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def display(value: CellValue) -> str:
    """A cell as the spreadsheet shows it: 42 not 42.0, dates without a midnight."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e16:
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


def is_empty(value: CellValue) -> bool:
    return value == "" or (isinstance(value, str) and not value.strip())


def text(value: CellValue) -> str:
    """Text as typed: only surrounding spaces are removed (names are never rewritten)."""
    return display(value).strip()


def phone(value: CellValue) -> str:
    """Phone numbers stay text; a number cell keeps every digit and no decimal point."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return display(value).strip()


def email(value: CellValue) -> str:
    raw = display(value).strip()
    if raw.casefold().startswith("mailto:"):
        raw = raw[len("mailto:") :]
    if not is_email(raw):
        raise ValueProblem("is not an email address")
    return raw


_UNIT = r"(?:years?|yrs?|y|ans?|annees?|años|anos|jahre?|jaar|jaren)"
_NUMBER_WITH_UNIT = re.compile(rf"^([-+]?\d+(?:[.,]\d+)?)\s*{_UNIT}?\.?$", re.IGNORECASE)
_THOUSANDS_COMMA = re.compile(r"^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$")
_THOUSANDS_DOT = re.compile(r"^[-+]?\d{1,3}(\.\d{3})+(,\d+)?$")


def number(value: CellValue, *, decimal_comma: bool = False) -> float:
    """A number from a number cell or from text such as "3,5", "1 200" or "5 years"."""
    if isinstance(value, bool):
        raise ValueProblem("is not a number")
    if isinstance(value, int | float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueProblem("is not a number")
        return float(value)
    if not isinstance(value, str):
        raise ValueProblem("is not a number")
    raw = value.strip().replace("\u00a0", " ").replace("\u202f", " ")
    compact = raw.replace(" ", "").replace("'", "")
    if decimal_comma:
        if _THOUSANDS_DOT.match(compact):
            compact = compact.replace(".", "")
        compact = compact.replace(",", ".")
    elif _THOUSANDS_COMMA.match(compact):
        compact = compact.replace(",", "")
    try:
        return float(compact) if compact.lstrip("+-").replace(".", "", 1).isdigit() else _unit(raw)
    except ValueError:
        raise ValueProblem("is not a number") from None


def _unit(raw: str) -> float:
    match = _NUMBER_WITH_UNIT.match(raw)
    if not match:
        raise ValueError(raw)
    return float(match.group(1).replace(",", "."))


def whole_number(value: CellValue, *, decimal_comma: bool = False) -> int:
    result = number(value, decimal_comma=decimal_comma)
    if not result.is_integer() or result < 0 or result > 1_000_000:
        raise ValueProblem("is not a whole number")
    return int(result)


# -- Dates ------------------------------------------------------------------------------

_DATE_PATTERNS = (
    re.compile(r"^(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})"),
    re.compile(r"^(?P<a>\d{1,2})[-/.](?P<b>\d{1,2})[-/.](?P<y>\d{4}|\d{2})\b"),
)
_TIME = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*([AaPp]\.?[Mm]\.?)?")
EXCEL_EPOCH = datetime(1899, 12, 30)


def guess_day_first(values: list[CellValue]) -> bool:
    """Whether text dates in a column put the day first (31/12/2024) rather than the month."""
    for value in values:
        if isinstance(value, str):
            match = _DATE_PATTERNS[1].match(value.strip())
            if match:
                a, b = int(match.group("a")), int(match.group("b"))
                if a > 12 >= b:
                    return True
                if b > 12 >= a:
                    return False
    return True


def moment(value: CellValue, *, day_first: bool = True) -> datetime:
    """A date and time (naive, as the file had it) from a date cell or text."""
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    if isinstance(value, date):
        return datetime.combine(value, time(0))
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise ValueProblem("is not a date")
    if isinstance(value, int | float):
        # A date typed into a cell without date formatting: Excel's serial day number.
        if 1 <= value < 2958466:
            return EXCEL_EPOCH + timedelta(days=float(value))
        raise ValueProblem("is not a date")
    raw = value.strip()
    try:
        return _parse_text_moment(raw, day_first)
    except ValueError:
        raise ValueProblem("is not a date") from None


def _parse_text_moment(raw: str, day_first: bool) -> datetime:
    match = _DATE_PATTERNS[0].match(raw)
    if match:
        year, month, day = int(match.group("y")), int(match.group("m")), int(match.group("d"))
    else:
        match = _DATE_PATTERNS[1].match(raw)
        if not match:
            return datetime.fromisoformat(raw).replace(tzinfo=None)
        a, b, year = int(match.group("a")), int(match.group("b")), int(match.group("y"))
        if year < 100:
            year += 2000 if year < 70 else 1900
        day, month = (a, b) if day_first else (b, a)
    result = datetime(year, month, day)
    rest = raw[match.end() :]
    found = _TIME.search(rest)
    if found:
        hour, minute, second = int(found.group(1)), int(found.group(2)), int(found.group(3) or 0)
        marker = (found.group(4) or "").replace(".", "").casefold()
        if marker == "pm" and hour < 12:
            hour += 12
        elif marker == "am" and hour == 12:
            hour = 0
        result = result.replace(hour=hour, minute=minute, second=second)
    return result


def day(value: CellValue, *, day_first: bool = True) -> date:
    return moment(value, day_first=day_first).date()


# -- Lists ------------------------------------------------------------------------------

_SEPARATORS = re.compile(r"\s*[,;\n\r]\s*|\s+/\s+")


_LINE_BREAK = re.compile(r"[\n\r\u2028\u2029]+|\s[•·▪‣◦]\s")
_BULLET = re.compile(r"^(?:[-*•·▪‣◦–—]+|\(?\d{1,2}[.)])\s*")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
SENTENCE_WORDS = 4
"""A list item longer than this many words is someone's own sentence, not a choice."""
TAG_MAX = 200
"""The longest entry a person's interests, skills or goals hold (as the People screen)."""


def _fit(text: str) -> list[str]:
    """``text`` in pieces of at most TAG_MAX characters: whole sentences, else whole words."""
    if len(text) <= TAG_MAX:
        return [text]
    pieces: list[str] = []
    for sentence in _SENTENCE_END.split(text):
        if pieces and len(pieces[-1]) + 1 + len(sentence) <= TAG_MAX:
            pieces[-1] += " " + sentence
            continue
        while len(sentence) > TAG_MAX:
            cut = sentence.rfind(" ", 0, TAG_MAX + 1)
            cut = cut if cut > 0 else TAG_MAX
            pieces.append(sentence[:cut].rstrip())
            sentence = sentence[cut:].lstrip()
        if sentence:
            pieces.append(sentence)
    return pieces


def split_sentences(value: CellValue) -> list[str]:
    """A free-text answer in the person's own words: one item per line or bullet point.

    Never cut at commas: "Speak up in meetings, and lead a project" is one goal. A line
    longer than TAG_MAX characters is kept as several whole sentences.
    """
    if is_empty(value):
        return []
    parts: list[str] = []
    seen: set[str] = set()
    for line in _LINE_BREAK.split(display(value)):
        line = " ".join(_BULLET.sub("", line.strip()).split())
        for part in _fit(line) if line else ():
            key = part.casefold()
            if key not in seen:
                seen.add(key)
                parts.append(part)
    return parts


def is_free_text(answers: Iterable[CellValue], sample: int = 200) -> bool:
    """Whether a column's answers are people's own sentences rather than lists of choices.

    A form's checkbox question gives "Leadership, Data analysis"; an open question gives
    "I want to speak up in meetings, and lead a project". A quarter of the answers with an
    item longer than :data:`SENTENCE_WORDS` words make the column free text — unless those
    long items recur from answer to answer in other company, as a checkbox question's
    options do (a sentence several people gave word for word is still one sentence: its
    parts never come apart).
    """
    total = sentences = 0
    long_items: Counter[str] = Counter()
    distinct: set[frozenset[str]] = set()
    for value in answers:
        if is_empty(value):
            continue
        total += 1
        items = frozenset(p.strip().casefold() for p in _SEPARATORS.split(display(value)))
        long = [p for p in items if len(p.split()) > SENTENCE_WORDS]
        if long:
            sentences += 1
            if items not in distinct:
                distinct.add(items)
                long_items.update(long)
        if total >= sample:
            break
    if total == 0 or sentences * 4 < total:
        return False
    recurring = sum(1 for count in long_items.values() if count > 1)
    return recurring * 2 < len(long_items)


def split_multi(value: CellValue) -> list[str]:
    """A form's multi-select answer as separate values; trailing separators are ignored."""
    if is_empty(value):
        return []
    parts: list[str] = []
    seen: set[str] = set()
    for part in _SEPARATORS.split(display(value)):
        part = part.strip()
        key = part.casefold()
        if part and key not in seen:
            seen.add(key)
            parts.append(part)
    return parts


# -- Vocabularies -----------------------------------------------------------------------


def fold(value: object) -> str:
    """Case, accents, punctuation and extra spaces removed: for comparing answers."""
    decomposed = unicodedata.normalize("NFKD", str(value))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[^0-9a-z]+", " ", plain).split())


def role_key(value: CellValue) -> str:
    """How a role answer is keyed in the role table: as typed, spaces and case evened out."""
    return " ".join(display(value).split()).casefold()


_BOTH_WORDS = (
    "both", "either", "les deux", "ambos", "ambas", "beide", "beides", "allebei", "entrambi",
    "mentor and mentee", "mentor mentee", "mentor et mentore", "mentor y mentorado",
)  # fmt: skip
_MENTEE_WORDS = (
    "mentee", "mentees", "mentore", "mentoree", "mentoree e", "mentore e", "protege",
    "protegee", "mentorado", "mentorada", "mentorando", "mentoranda", "mentorato",
    "aprendiz", "learner", "student", "i want a mentor", "want a mentor", "need a mentor",
    "find a mentor", "looking for a mentor", "get a mentor", "be mentored", "being mentored",
    "receive mentoring", "to be mentored", "mentoriert", "mentorierte", "mentorand",
    "mentorandin", "tutorado", "tutorada", "tutorando", "tutoranda", "filleul", "filleule",
    "apprenant", "apprenante", "mentee in", "mentees in", "mentoreado", "mentoreada",
)  # fmt: skip
_MENTOR_WORDS = (
    "mentor", "mentors", "mentora", "mentore mentor", "tuteur", "tutrice", "tutor",
    "i want to mentor", "be a mentor", "become a mentor", "mentor someone", "peer mentor",
    "give mentoring", "coach", "mentorin", "mentorinnen", "tutora", "parrain", "marraine",
    "madrina", "padrino",
)  # fmt: skip
_PEER_WORDS = ("peer", "peers", "pair", "pairs", "buddy", "companero", "peer partner")


def suggest_role(value: CellValue) -> Role | None:
    """The role an answer (or a sheet's name) means, or None if it is not clear."""
    folded = fold(value)
    if not folded:
        return None
    padded = f" {folded} "

    def has(words: tuple[str, ...]) -> bool:
        return any(f" {w} " in padded for w in words)

    if folded in _PEER_WORDS:
        return Role.PEER
    mentee = has(_MENTEE_WORDS)
    mentor = has(_MENTOR_WORDS) or (" mentor " in padded and not mentee)
    if has(_BOTH_WORDS) or (mentee and " mentor " in padded.replace(" a mentor ", " ")):
        return Role.BOTH
    if mentee:
        return Role.MENTEE
    if mentor:
        return Role.MENTOR
    if has(_PEER_WORDS):
        return Role.PEER
    return None


_FORMAT_IN_PERSON = ("in person", "person", "face to face", "presentiel", "presencial",
                     "on site", "onsite", "office", "persoonlijk", "vor ort", "f2f")  # fmt: skip
_FORMAT_VIDEO = ("video", "online", "virtual", "remote", "zoom", "teams", "visio",
                 "distance", "call", "phone", "en ligne", "a distance", "virtuel")  # fmt: skip
_FORMAT_EITHER = ("either", "both", "no preference", "hybrid", "any", "flexible", "mixed",
                  "les deux", "ambos", "egal", "whatever works", "indifferent")  # fmt: skip


def meeting_format(value: CellValue) -> MeetingFormat:
    folded = fold(value)
    padded = f" {folded} "

    def has(words: tuple[str, ...]) -> bool:
        return any(f" {w} " in padded for w in words)

    if has(_FORMAT_EITHER):
        return MeetingFormat.EITHER
    in_person, video = has(_FORMAT_IN_PERSON), has(_FORMAT_VIDEO)
    if in_person and video:
        return MeetingFormat.EITHER
    if in_person:
        return MeetingFormat.IN_PERSON
    if video:
        return MeetingFormat.VIDEO
    raise ValueProblem("is not a meeting format (in person, video or either)")


_STATUS_WORDS: dict[str, ParticipantStatus] = {
    **{s.value: s for s in ParticipantStatus},
    "application": ParticipantStatus.APPLIED,
    "applicant": ParticipantStatus.APPLIED,
    "new": ParticipantStatus.APPLIED,
    "pending": ParticipantStatus.APPLIED,
    "interviewed": ParticipantStatus.SCREENED,
    "approved": ParticipantStatus.SCREENED,
    "ready to match": ParticipantStatus.READY,
    "paired": ParticipantStatus.MATCHED,
    "active": ParticipantStatus.MATCHED,
    "done": ParticipantStatus.COMPLETED,
    "finished": ParticipantStatus.COMPLETED,
    "graduated": ParticipantStatus.COMPLETED,
    "dropped": ParticipantStatus.WITHDRAWN,
    "dropped out": ParticipantStatus.WITHDRAWN,
    "left": ParticipantStatus.WITHDRAWN,
    "inactive": ParticipantStatus.WITHDRAWN,
}


def status(value: CellValue) -> ParticipantStatus:
    found = _STATUS_WORDS.get(fold(value))
    if found is None:
        raise ValueProblem(
            "is not a status (applied, screened, trained, ready, matched, completed, withdrawn)"
        )
    return found
