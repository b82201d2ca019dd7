"""What a mentee wrote they want against what a mentor wrote they offer, by TF-IDF.

Sign-up forms are mostly free text: "I want to get better at budgeting for grant
applications" on one side, "grant budgets, nonprofit finance" on the other. Each
person's *wants* (their goals, as tags or in their own sentences) and *offers*
(their skills) become one document each. A document's words are folded (case,
accents), common words of English, Spanish, French and German left out, and cut
to their stem with the Snowball stemmer of the writer's language, so that
"budgeting" and "budgets", "presenting" and "presentations", "presupuesto" and
"presupuestos" are one term; a small list of synonyms per language makes "CV" and
"résumé", "public speaking" and "presenting" one term too.

Terms are weighed by TF-IDF (sublinear counts; a term most of the pool writes
counts for little) and every document scaled to length one, on scipy sparse
matrices, so a pair's similarity is the cosine of the mentee's wants and the
mentor's offers: one sparse product for a whole block of the grid.

The writer's language comes from their own words (which language's common words
they use most), else from the one language among English, Spanish, French and
German they list as spoken, else the program's language (English). This is a
plain word comparison: no word embeddings, nothing downloaded.

:func:`shared_words` says which words made a pair similar, as each person wrote
them, for the reasons.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import snowballstemmer
from numpy.typing import NDArray
from scipy import sparse

from peerdesk.enums import TagKind

LANGUAGES = ("english", "spanish", "french", "german")
DEFAULT_LANGUAGE = "english"
FULL_MATCH_COSINE = 0.35
"""A cosine this high counts as a full match: two short answers on the same topic rarely
go higher, since each also holds words the other does not (the criterion's value is
the cosine divided by this, at most 1)."""
SENTENCE_WORDS = 3
"""A goal or skill of more than this many words is a sentence in the person's own words."""

# Common words, folded (lower case, no accents). Besides the usual function words,
# the words every sign-up answer uses ("want", "learn", "help", "skills") say
# nothing about the topic.
_STOP = {
    "english": """
a an the and or but nor to of in on at for with by from into about as so than then that
this these those it its is are am was were be been being i im ive id me my mine we our us
you your yours they their them he she his her who what which when where why how do does
did done can could would should will shall may might must want wants wanted wish like love
hope hoping hoped get getting gain grow growing better best more most much many some any
other others someone something things thing learn learning learned improve improving
develop developing development help helping share sharing offer offering teach teaching
able happy glad really very also just well new good skill skills goal goals experience
experienced knowledge program programme mentor mentee mentoring lot too up out down over
all not no yes have has had having if into through while each both own same such only
work working year years area areas especially etc including
""",
    "spanish": """
el la los las lo un una unos unas y o e u ni de del al a en con sin por para sobre entre
que como cuando donde quien cual mi mis tu tus su sus yo me te se nos les le es son soy
estar esta estoy ser fue muy mas menos mejor mejorar aprender desarrollar ayudar
compartir ofrecer quiero quisiera gustaria me puedo puede podria tener tengo hacer
objetivo objetivos habilidades experiencia conocimientos programa mentor mentora
mentoria este esta estos estas eso esa ese todo todos tambien bien nuevo nuevas poder
""",
    "french": """
le la les l un une des du de d et ou a au aux en pour par avec sans sur dans que qui
quoi mon ma mes ton ta tes son sa ses je j me moi tu te nous vous il elle ils elles se
est sont suis etre avoir ai plus mieux tres bien apprendre ameliorer developper aider
partager offrir objectif objectifs competences experience souhaite voudrais aimerais
peux pouvoir faire ce cette ces tout tous aussi programme mentorat
""",
    "german": """
der die das den dem des ein eine einen einem einer und oder zu im in mit fur von auf an
aus bei nach uber um mein meine meinen ich du er sie es wir ihr ist sind bin sein habe
haben mehr besser sehr lernen verbessern entwickeln helfen teilen anbieten mochte
gerne ziel ziele kenntnisse erfahrung fahigkeiten kann konnen auch wie was wenn dass
nicht noch programm
""",
}
STOP_WORDS: dict[str, frozenset[str]] = {lang: frozenset(w.split()) for lang, w in _STOP.items()}
_ALL_STOP = frozenset().union(*STOP_WORDS.values())

# Phrases that mean the same, per language; each group becomes one term.
SYNONYMS: dict[str, tuple[tuple[str, ...], ...]] = {
    "english": (
        ("cv", "resume", "résumé", "curriculum vitae"),
        ("public speaking", "presenting", "presentation", "speaking in public"),
        ("job interview", "interviewing", "interview"),
        ("budget", "financial planning"),
        ("networking", "building a network", "professional network"),
        ("time management", "managing time", "prioritising", "prioritizing"),
        ("project management", "managing projects"),
        ("writing", "copywriting"),
        ("data analysis", "data analytics", "analytics"),
        ("fundraising", "fund raising", "raising funds"),
    ),
    "spanish": (
        ("cv", "curriculum", "curriculum vitae", "hoja de vida"),
        ("hablar en público", "oratoria", "presentaciones"),
        ("entrevista de trabajo", "entrevistas"),
        ("presupuesto", "planificación financiera"),
        ("gestión del tiempo", "organizar mi tiempo"),
        ("gestión de proyectos", "gestionar proyectos", "dirigir proyectos"),
        ("recaudación de fondos", "captación de fondos"),
    ),
    "french": (
        ("cv", "curriculum vitae"),
        ("prise de parole", "parler en public", "présentations"),
        ("entretien d'embauche", "entretiens"),
        ("budget", "planification financière"),
        ("gestion du temps", "gérer mon temps"),
        ("gestion de projet", "gérer des projets"),
    ),
    "german": (
        ("lebenslauf", "cv"),
        ("öffentlich sprechen", "präsentieren", "präsentationen", "vorträge"),
        ("vorstellungsgespräch", "bewerbungsgespräch"),
        ("budget", "budgetplanung", "finanzplanung"),
        ("zeitmanagement", "zeitplanung"),
        ("projektmanagement", "projekte leiten"),
    ),
}
LANGUAGE_NAMES: dict[str, str] = {
    "english": "english",
    "anglais": "english",
    "ingles": "english",
    "englisch": "english",
    "spanish": "spanish",
    "espagnol": "spanish",
    "espanol": "spanish",
    "castellano": "spanish",
    "spanisch": "spanish",
    "french": "french",
    "francais": "french",
    "frances": "french",
    "franzosisch": "french",
    "german": "german",
    "allemand": "german",
    "aleman": "german",
    "deutsch": "german",
}
_MARKS = {  # letters only one language writes: one whole piece of evidence
    "spanish": re.compile(r"ñ|[áíóú]"),
    "german": re.compile(r"ß|[äöü]"),
    "french": re.compile(r"[çèêàùœâî]"),
}
_ENDINGS = {  # endings other languages also have ("management", "young"): a quarter
    "spanish": re.compile(r"ción$|ciones$|dad$|dades$"),
    "german": re.compile(r"ung$|ungen$|keit$|schaft$"),
    "french": re.compile(r"eux$|ement$"),
}
ENDING_WEIGHT = 0.25
DECIDES = 1.0  # evidence a language needs before it outweighs what the person speaks
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d+")
_MAX_PHRASE = 4
_CACHE_TEXTS = 100_000


def fold(text: str) -> str:
    """Lower case without accents: 'Résumé' -> 'resume'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def is_sentence(text: str) -> bool:
    return len(text.split()) > SENTENCE_WORDS


@dataclass(frozen=True, slots=True)
class Term:
    """One term of a text, and where in the text it was written."""

    key: str
    start: int
    end: int


class _Language:
    """One language's stemmer and synonym phrases, with the stems cached."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._stemmer = snowballstemmer.stemmer(name)
        self._stems: dict[str, str] = {}
        self._words: dict[str, str] = {}  # word as written -> its stem, "" if common
        self._terms: dict[str, tuple[Term, ...]] = {}  # the same answers recur in a pool
        self.phrases: dict[tuple[str, ...], str] = {}
        for group in SYNONYMS.get(name, ()):
            keys = [tuple(self.stem(w) for w in _content(phrase)) for phrase in group]
            canonical = "~" + "_".join(keys[0])
            for key in keys:
                if key:
                    self.phrases.setdefault(key, canonical)

    def stem(self, word: str) -> str:
        found = self._stems.get(word)
        if found is None:
            # English stems its words without accents ("résumé" is "resume"); the others
            # need theirs ("presentación").
            plain = fold(word) if self.name == "english" else word
            found = self._stems[word] = fold(self._stemmer.stemWord(plain))
        return found

    def terms(self, text: str) -> tuple[Term, ...]:
        """The text's terms: stems of its content words, synonym phrases made one."""
        found = self._terms.get(text)
        if found is None:
            if len(self._terms) >= _CACHE_TEXTS:
                self._terms.clear()
            found = self._terms[text] = tuple(self._find_terms(text))
        return found

    def _content_stem(self, word: str) -> str:
        """The stem of a word as written, or "" for a common word."""
        found = self._words.get(word)
        if found is None:
            lower = word.casefold()
            found = self._words[word] = self.stem(lower) if _keep(fold(lower)) else ""
        return found

    def _find_terms(self, text: str) -> list[Term]:
        words = [
            (stem, m.start(), m.end())
            for m in _WORD.finditer(text)
            if (stem := self._content_stem(m.group()))
        ]
        result: list[Term] = []
        i = 0
        while i < len(words):
            for size in range(min(_MAX_PHRASE, len(words) - i), 0, -1):
                key = tuple(w[0] for w in words[i : i + size])
                canonical = self.phrases.get(key)
                if canonical is not None:
                    result.append(Term(canonical, words[i][1], words[i + size - 1][2]))
                    i += size
                    break
            else:
                result.append(Term(words[i][0], words[i][1], words[i][2]))
                i += 1
        return result


def _keep(folded: str) -> bool:
    return len(folded) > 1 and folded not in _ALL_STOP


def _content(text: str) -> list[str]:
    return [m.group().casefold() for m in _WORD.finditer(text) if _keep(fold(m.group()))]


_LANGUAGES: dict[str, _Language] = {}


def language(name: str) -> _Language:
    found = _LANGUAGES.get(name)
    if found is None:
        found = _LANGUAGES[name] = _Language(name)
    return found


def detect_language(texts: Iterable[str], spoken: Sequence[str] = (), default: str = "") -> str:
    """The language whose common words the texts use most; else the one spoken; else default.

    A word common to several languages ("de") counts for each of them in part; letters
    only one language writes ("ñ"; "ß", "ä"; "ç", "è") count too, and endings typical of
    one ("ción", "ung", "ement") a quarter, since English words end so too ("management").
    """
    counts = np.zeros(len(LANGUAGES))
    for text in texts:
        for word in _WORD.findall(text):
            evidence = _EVIDENCE.get(word)
            if evidence is None:
                evidence = _EVIDENCE[word] = _evidence(word)
            counts += evidence
    best = max(LANGUAGES, key=lambda name: counts[LANGUAGES.index(name)])
    best_count = counts[LANGUAGES.index(best)]
    if best_count >= DECIDES and int((counts == best_count).sum()) == 1:
        return best
    known = {LANGUAGE_NAMES[f] for s in spoken if (f := fold(s).strip()) in LANGUAGE_NAMES}
    if len(known) == 1:
        return known.pop()
    return default if default in LANGUAGES else DEFAULT_LANGUAGE


_EVIDENCE: dict[str, NDArray[np.float64]] = {}


def _evidence(word: str) -> NDArray[np.float64]:
    """What one word says for each language, in :data:`LANGUAGES` order."""
    lower = word.casefold()
    folded = fold(lower)
    holders = [name for name, stop in STOP_WORDS.items() if folded in stop]
    result = np.zeros(len(LANGUAGES))
    for name in holders:
        result[LANGUAGES.index(name)] += 1.0 / len(holders)
    for name, pattern in _MARKS.items():
        if pattern.search(lower):
            result[LANGUAGES.index(name)] += 1
    for name, pattern in _ENDINGS.items():
        if pattern.search(lower):
            result[LANGUAGES.index(name)] += ENDING_WEIGHT
    return result


WANTS = (TagKind.GOAL,)
OFFERS = (TagKind.SKILL,)


Tags = Mapping[TagKind, Sequence[str]]


def texts_of(tags: Tags, kinds: Sequence[TagKind]) -> list[str]:
    return [text for kind in kinds for text in tags.get(kind, ())]


@dataclass
class TextIndex:
    """Each side's wants and offers as length-one TF-IDF rows over one vocabulary."""

    wants: sparse.csr_matrix  # mentees × terms
    offers: sparse.csr_matrix  # mentors × terms
    wants_back: sparse.csr_matrix | None  # reciprocal: mentors' wants
    offers_back: sparse.csr_matrix | None  # reciprocal: mentees' offers
    languages: tuple[list[str], list[str]]  # each mentee's and mentor's language

    def cosine_block(self, rows: NDArray[np.intp], cols: NDArray[np.intp]) -> NDArray[np.float32]:
        """Similarity of mentee rows × mentor columns (reciprocal: the mean both ways)."""
        value = (self.wants[rows] @ self.offers[cols].T).toarray()
        if self.wants_back is not None and self.offers_back is not None:
            back = (self.offers_back[rows] @ self.wants_back[cols].T).toarray()
            value = (value + back) / 2
        return np.asarray(value, dtype=np.float32)

    def cosine_pairs(self, rows: NDArray[np.intp], cols: NDArray[np.intp]) -> NDArray[np.float32]:
        """Similarity of the pairs (rows[k], cols[k])."""
        value = np.asarray(self.wants[rows].multiply(self.offers[cols]).sum(axis=1)).ravel()
        if self.wants_back is not None and self.offers_back is not None:
            back = np.asarray(self.offers_back[rows].multiply(self.wants_back[cols]).sum(axis=1))
            value = (value + back.ravel()) / 2
        return np.asarray(value, dtype=np.float32)


def build_index(
    mentee_tags: Sequence[Tags],
    mentor_tags: Sequence[Tags],
    *,
    reciprocal: bool,
    corpus: Sequence[Tags] | None = None,
    default_language: str = DEFAULT_LANGUAGE,
) -> TextIndex:
    """TF-IDF rows for each mentee's wants and each mentor's offers (and back, if reciprocal).

    How rare a term is comes from the wants and offers of everyone in ``corpus`` (the
    whole program, so that a pair scores the same whether suggested from the pool or
    made by hand), else from the documents compared.
    """
    mentee_lang = [language_of(t, default_language) for t in mentee_tags]
    mentor_lang = (
        list(mentee_lang) if reciprocal else [language_of(t, default_language) for t in mentor_tags]
    )
    docs: list[Counter[str]] = []
    for tags, lang in zip(mentee_tags, mentee_lang, strict=True):
        docs.append(_document(texts_of(tags, WANTS), lang))
    for tags, lang in zip(mentor_tags, mentor_lang, strict=True):
        docs.append(_document(texts_of(tags, OFFERS), lang))
    if reciprocal:
        for tags, lang in zip(mentor_tags, mentor_lang, strict=True):
            docs.append(_document(texts_of(tags, WANTS), lang))
        for tags, lang in zip(mentee_tags, mentee_lang, strict=True):
            docs.append(_document(texts_of(tags, OFFERS), lang))
    counted = None
    if corpus is not None:
        counted = []
        for tags in corpus:
            lang = language_of(tags, default_language)
            counted += [
                _document(texts_of(tags, WANTS), lang),
                _document(texts_of(tags, OFFERS), lang),
            ]
    matrix = _tfidf(docs, docs if counted is None else counted)
    n, m = len(mentee_tags), len(mentor_tags)
    wants, offers = matrix[:n], matrix[n : n + m]
    wants_back = offers_back = None
    if reciprocal:
        wants_back, offers_back = matrix[n + m : n + 2 * m], matrix[n + 2 * m :]
    return TextIndex(wants, offers, wants_back, offers_back, (mentee_lang, mentor_lang))


def language_of(tags: Tags, default: str = DEFAULT_LANGUAGE) -> str:
    """The language a person wrote their goals and skills in (see :func:`detect_language`)."""
    texts = texts_of(tags, (*WANTS, *OFFERS))
    return detect_language(texts, tags.get(TagKind.LANGUAGE, ()), default)


def _document(texts: Sequence[str], lang: str) -> Counter[str]:
    words = language(lang)
    return Counter(term.key for text in texts for term in words.terms(text))


def _tfidf(docs: Sequence[Counter[str]], counted: Sequence[Counter[str]]) -> sparse.csr_matrix:
    """Length-one rows of sublinear term counts × inverse document frequency in ``counted``."""
    vocabulary: dict[str, int] = {}
    indptr = [0]
    indices: list[int] = []
    counts: list[float] = []
    for doc in docs:
        for key, count in doc.items():
            indices.append(vocabulary.setdefault(key, len(vocabulary)))
            counts.append(1.0 + math.log(count))
        indptr.append(len(indices))
    shape = (len(docs), max(len(vocabulary), 1))
    matrix = sparse.csr_matrix(
        (np.array(counts, dtype=np.float64), np.array(indices, dtype=np.int64), indptr),
        shape=shape,
    )
    held = np.zeros(shape[1])
    for doc in counted:
        for key in doc:
            column = vocabulary.get(key)
            if column is not None:
                held[column] += 1
    written = max(sum(1 for doc in counted if doc), 1)
    idf = np.log((1.0 + written) / (1.0 + held)) + 1.0
    matrix = matrix.multiply(idf[None, :]).tocsr()
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    scaled = sparse.diags(1.0 / norms) @ matrix
    return sparse.csr_matrix(scaled, dtype=np.float32)


# -- What two people have in common, as they wrote it --------------------------------------


@dataclass(frozen=True)
class Shared:
    """The words two texts share: each side's words as written, and a quote of each."""

    words: tuple[str, ...]  # the second person's (the mentor's) words, as written
    mine: tuple[str, ...]  # the first person's words, as written
    quote_mine: str
    quote_theirs: str


QUOTE_CHARS = 60


def shared_words(
    wants: Sequence[str], wants_lang: str, offers: Sequence[str], offers_lang: str
) -> Shared | None:
    """The terms that ``wants`` and ``offers`` share, with each side's words and a quote."""
    mine = _located(wants, wants_lang)
    theirs = _located(offers, offers_lang)
    common = {key for key, _text, _term in mine} & {key for key, _text, _term in theirs}
    if not common:
        return None
    their_words, their_quote = _words_and_quote(theirs, common)
    my_words, my_quote = _words_and_quote(mine, common)
    return Shared(their_words, my_words, my_quote, their_quote)


def _located(texts: Sequence[str], lang: str) -> list[tuple[str, str, Term]]:
    words = language(lang)
    return [(term.key, text, term) for text in texts for term in words.terms(text)]


def _words_and_quote(
    located: list[tuple[str, str, Term]], common: set[str]
) -> tuple[tuple[str, ...], str]:
    """The shared words as written, words side by side kept as one phrase ("grant budgets"),
    and a quote of the text that holds most of them."""
    per_text: dict[str, list[Term]] = {}
    for key, text, term in located:
        if key in common:
            per_text.setdefault(text, []).append(term)
    phrases: dict[str, str] = {}
    seen: set[str] = set()
    for text, terms in per_text.items():
        runs: list[list[Term]] = []
        for term in terms:
            if runs and not text[runs[-1][-1].end : term.start].strip():
                runs[-1].append(term)
            else:
                runs.append([term])
        for run in runs:
            keys = [t.key for t in run if t.key not in seen]
            if keys:
                phrase = text[run[0].start : run[-1].end]
                phrases.setdefault(fold(phrase), phrase)
                seen.update(keys)
    text, terms = max(per_text.items(), key=lambda item: len({t.key for t in item[1]}))
    return tuple(phrases.values()), _quote(text, terms)


def _quote(text: str, terms: list[Term]) -> str:
    """The clause of ``text`` around the shared words, cut to about :data:`QUOTE_CHARS`."""
    start, end = min(t.start for t in terms), max(t.end for t in terms)
    clause_start = max(text.rfind(c, 0, start) for c in ".;,\n!?•") + 1
    clause_end = min((i for c in ".;,\n!?" if (i := text.find(c, end)) >= 0), default=len(text))
    quote = text[clause_start:clause_end].strip()
    if len(quote) <= QUOTE_CHARS:
        return quote
    # Too long: from the first shared word to the last, with a word either side.
    before = text[clause_start:start].split()[-1:]
    after = text[end:clause_end].split()[:1]
    core = " ".join([*before, text[start:end], *after]).strip()
    if len(core) > QUOTE_CHARS:
        core = core[: QUOTE_CHARS - 1].rstrip() + "…"
    return core
