"""Rule ``meeting_not_held`` (``Settings.meeting_not_held``; issue 16 session 23 task C): a
question asking the outcome of a meeting whose minutes the corpus does not hold - what was
agreed, decided or concluded in it, at it or by it - abstains with reason
``meeting_not_held``, naming the meeting as the question writes it and the minutes that mention
it, whose line is the first closest passage. Before, ``ask`` answered with a record of a
meeting it does hold ("wat werd in de 'kleine LRT' besloten" quoted an Afspraak of April 2023).

A meeting is pointed at (words in lexicon/data/other_meetings.toml) by

- a name of a meeting that is no LRT's (``meetings``: "kleine LRT", "HLRT", "ministerraad",
  "council of ministers", "kennismakingsgesprek", ...), of an assembly (``assemblies``: "Tweede
  Kamer", "parliament") or of a body with its own meetings (``bodies``: "kabinet",
  "Veiligheidsberaad", only where the outcome is placed in it); it is held when a meeting
  header of the index names it (or a Dutch glossary term of the whole name);
- a meeting noun with a day ("de LRT van 18 december", "the LRT of 27 October 2023"): held when
  the index has a meeting on that day (in some year, for a day without one);
- a later meeting ("de eerstvolgende LRT", "the longer follow-up LRT"; ``follow_up`` and
  periods.toml ``next``) after the question's period: held when the index has a meeting after
  it (without a period the rule does not read it).

It asks the outcome when the name stands after a word of ``at`` ("op de kleine LRT", "in the
council of ministers") or as the subject of a verb of ``subject_verbs`` ("What did the council
of ministers decide") in a clause with an outcome (intent ``agreed`` or ``outcome``: "besloten",
"conclusions", "wat kwam er uit"), or right after an outcome word ("uitkomsten HLRT-overleg",
"what came out of the introductory meeting"); an outcome clause that points back (``back``:
"wat werd daar besloten?") reads the clauses before it. What the minutes say of such a meeting
("Wat werd er in november 2023 over de HLRT afgesproken?", "agreed ahead of the council of
ministers") is no outcome of it and is read as before.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

import numpy as np

from ..index.analysis import words as surface_words
from ..index.facts import corpus_facts
from ..lazyre import lazy
from ..lexicon.dates import MONTH_WORDS, MONTHS
from ..lexicon.intents import pattern as intent_pattern
from ..lexicon.wordlists import longest_alternation, words
from ..results import Hit
from ..search.fusion import top_positive
from .meeting_period import MeetingCheck
from .messages import Reason
from .next_announced import plans_next
from .unheld_day import held_on

if TYPE_CHECKING:
    from ..search.retriever import Retriever
    from .frame import Frame

Kind = Literal["named", "body", "day", "next"]


def _alt(name: str, kind: str = "other_meetings") -> str:
    return longest_alternation(words(kind, name), space=r"[\s-]+")


_Q = r"['\u2018\u2019\"\u201c\u201d]?"
_MEET = _alt("meeting_nouns", "periods")
_MONTH = MONTH_WORDS
_ART = _alt("articles", "function_words")
# a word between an article and the name: no link, place word or article ("the longer follow-up")
_MOD = rf"(?:(?!(?:{_alt('links')}|{_alt('at')}|{_ART})\b)[\w'\u2019-]+\s+)"
_REFS = lazy(
    rf"{_Q}(?:(?P<named>{_alt('meetings')}|{_alt('assemblies')})(?:-\w+)?"
    rf"|(?P<body>{_alt('bodies')})(?!'s\b)"
    rf"|(?P<day>{_MEET}(?:\s+(?:van|of|on|op|held on))?\s+(?P<d>\d{{1,2}})\s+(?P<m>{_MONTH})"
    rf"(?:\s+(?P<y>(?:19|20)\d{{2}}))?)"
    rf"|(?P<next>(?:{_alt('next', 'periods')}|{_alt('follow_up')})(?:[\s-]+[\w-]+){{0,2}}?"
    rf"[\s-]+{_MEET}))(?!\w){_Q}",
    re.I,
)
_AT = lazy(rf"(?<!\boog )\b{_alt('at')}\s+(?:{_ART}\s+)?{_MOD}{{0,3}}{_Q}$", re.I)
_SUBJECT = lazy(rf"\b{_alt('subject_verbs')}\s+{_ART}\s+{_MOD}{{0,3}}{_Q}$", re.I)
_OUTCOME = lazy(rf"\b{_alt('outcome')}\b", re.I)
_AFTER_OUTCOME = lazy(
    rf"\b{_alt('outcome')}\s+(?:(?:van|of|uit|from)\s+)?(?:{_ART}\s+)?{_MOD}{{0,3}}{_Q}$", re.I
)
_EMBEDDED = lazy(rf"\s+{_alt('embedded')}\b", re.I)
_BACK = lazy(
    rf"\b(?:{_alt('back')}|{_alt('back_demonstratives')}\s+(?:{_MEET}|{_alt('back_nouns')}))\b",
    re.I,
)
_CLAUSE = lazy(r"[,;:?!]|\.(?=\s)")


@dataclass(frozen=True)
class OtherMeeting:
    """A meeting the question asks the outcome of: its words as written, how it is named, and
    the day it names (``day``: a meeting noun's day; its year 0 when none is written)."""

    phrase: str
    kind: Kind
    day: tuple[int, int, int] = (0, 0, 0)  # year, month, day
    name: str = ""  # the name of list meetings or bodies it was read by ("HLRT" of "HLRT-overleg")

    @property
    def named(self) -> str:
        """The words to find the meeting by in a header or a statement."""
        return self.name or self.phrase


def _clauses(question: str) -> list[tuple[int, int]]:
    """The spans of the question's clauses (between commas, semicolons, colons, marks and a
    full stop before a space)."""
    cuts = [0, *(m.end() for m in _CLAUSE.finditer(question)), len(question)]
    return [(a, b) for a, b in itertools.pairwise(cuts) if b > a]


def _has_outcome(text: str) -> bool:
    """Whether ``text`` (a clause) asks an outcome: intent ``agreed`` or a word of ``outcome``,
    not one that opens a clause of its own ("decides how the bill is handled in ...")."""
    for found in (intent_pattern("agreed"), _OUTCOME):
        if any(not _EMBEDDED.match(text, m.end()) for m in found.finditer(text)):
            return True
    return False


def _outcome_asked(question: str, start: int, placed: bool) -> bool:
    """Whether the clause of ``question`` holding ``start`` asks an outcome (of a meeting
    ``placed`` as where or who), or a later clause asks one and points back ("wat werd daar
    besloten?", "what came out of that meeting?")."""
    spans = _clauses(question)
    own = next((i for i, (a, b) in enumerate(spans) if a <= start < b), 0)
    if placed and _has_outcome(question[spans[own][0] : spans[own][1]]):
        return True
    later = [question[a:b] for a, b in spans[own + 1 :]]
    return any(_has_outcome(c) and _BACK.search(c) for c in later)


def _reading(m: re.Match[str]) -> OtherMeeting:
    if m.group("named"):
        phrase = m.group(0).strip("'\u2018\u2019\"\u201c\u201d ")
        return OtherMeeting(phrase, "named", name=m.group("named"))
    if m.group("body"):
        return OtherMeeting(m.group("body"), "body")
    if m.group("day"):
        year = int(m.group("y")) if m.group("y") else 0
        day = (year, MONTHS[m.group("m").lower()], int(m.group("d")))
        return OtherMeeting(m.group("day"), "day", day)
    return OtherMeeting(m.group("next"), "next")


def asked_meetings(question: str) -> list[OtherMeeting]:
    """The meetings ``question`` asks the outcome of (module docstring), read from its words
    alone; whether the corpus holds them is :func:`held`'s."""
    found = []
    for m in _REFS.finditer(question):
        before, reading = question[: m.start()], _reading(m)
        if _AFTER_OUTCOME.search(before) and reading.kind != "body":
            found.append(reading)
            continue
        placed = _AT.search(before) or (reading.kind != "body" and _SUBJECT.search(before))
        if (placed or reading.kind != "body") and _outcome_asked(question, m.start(), bool(placed)):
            found.append(reading)
    return found


def _header_names(retriever: Retriever, phrase: str) -> bool:
    """Whether a meeting header of the index names ``phrase``: only the header rows that hold
    every word of it are read (:func:`_rows_writing`; a name without index terms, "MR", names
    no header here; the Dutch glossary terms of a whole English name are asked too:
    :func:`_names`)."""
    rows = _rows_writing(retriever, phrase)
    if rows is None:
        return False
    headers = np.asarray(retriever.chunks.rows_of_kind("header"), dtype=np.int64)
    pattern = phrase_pattern(phrase)
    return any(pattern.search(retriever.chunks[int(r)].text) for r in np.intersect1d(headers, rows))


def _rows_writing(retriever: Retriever, phrase: str) -> np.ndarray | None:
    """The rows of the chunks that may write ``phrase`` (a superset of those
    :func:`phrase_pattern` finds it in): those holding each of its words (the corpus facts'
    word rows; a word the minutes never write holds none: "small LRT" reads no header, where
    the rows of its index term "lrt" were half the headers), else, for an index written before
    the word rows were, those holding its rarest index term; None: no chunk can."""
    facts, found = corpus_facts(retriever.chunks), None
    for word in surface_words(phrase):
        rows = facts.rows_of(word)
        if rows is None:  # no word rows stored
            found = None
            break
        found = rows if found is None else np.intersect1d(found, rows)
    if found is not None:
        return found
    terms = [t for t in retriever.analyzer.tokenize(phrase) if t in retriever.bm25.terms]
    if not terms:
        return None
    rare = min(terms, key=lambda t: retriever.bm25.doc_count([t]))
    return np.flatnonzero(retriever.bm25.scores([rare]) > 0)


def phrase_pattern(phrase: str) -> re.Pattern[str]:
    """``phrase`` as whole words, a space any whitespace or hyphen, case-insensitive."""
    written = re.escape(phrase).replace(r"\ ", r"[\s-]+")
    return re.compile(rf"(?<!\w){written}(?!\w)", re.I)


def _names(retriever: Retriever, name: str) -> list[str]:
    """``name`` and the Dutch terms of a glossary term that is the whole name ("council of
    ministers": "MR", "Ministerraad"; not "kabinet" for "cabinet session")."""
    whole = [e for term, e in retriever.glossary.matches(name) if term.lower() == name.lower()]
    return [name, *(t for e in whole for t in e.nl)]


def _days(retriever: Retriever) -> list[dt.date]:
    return MeetingCheck(retriever).days_in(None, None)


def held(frame: Frame, asked: OtherMeeting) -> bool:
    """Whether the index holds the minutes of the meeting ``asked`` (module docstring); a
    later meeting with no period to follow counts as held (not read)."""
    retriever = frame.retriever
    if asked.kind in ("named", "body"):
        return any(_header_names(retriever, n) for n in _names(retriever, asked.named))
    days = _days(retriever)
    if asked.kind == "day":
        year, month, day = asked.day
        if year == 0:
            return bool(held_on(days, f"{day} {_month_name(month)}"))
        return any(d == dt.date(year, month, day) for d in days if d.year == year)
    point = frame.until or frame.since
    return point is None or any(d > point for d in days)


def _month_name(month: int) -> str:
    """The Dutch name of ``month`` (the first of lexicon.dates.MONTHS)."""
    return next(name for name, n in MONTHS.items() if n == month)


def _mentions(frame: Frame, asked: OtherMeeting, text: str) -> bool:
    """Whether a statement ``text`` of the minutes tells of the meeting ``asked`` (by its
    name, or the Dutch terms the glossary gives an English name: "kennismakingsgesprek")."""
    if asked.kind == "next":
        return plans_next(text) == 2
    if asked.kind == "day":
        _, month, day = asked.day
        names = [n for n, k in MONTHS.items() if k == month]
        return any(re.search(rf"\b{day}\s+{n}\b", text, re.I) for n in names)
    return any(phrase_pattern(n).search(text) for n in _names(frame.retriever, asked.named))


def _mention(frame: Frame, asked: OtherMeeting) -> Hit | None:
    """The passage whose statement tells of the meeting ``asked``: among the question's hits,
    else among the passages a BM25 search for its words finds (for a later meeting: in the
    minutes of the question's period, a statement that plans the next meeting)."""
    retriever = frame.retriever
    for hit in frame.hits:
        if any(_mentions(frame, asked, s.text) for s in hit.chunk.statements):
            return hit
    query = " ".join(_names(retriever, asked.named))
    if asked.kind == "next":
        query = " ".join(words("periods", "next_plan"))
    terms = [t for t in retriever.analyzer.tokenize(query) if t in retriever.bm25.terms]
    if not terms:
        return None
    mask = None
    if asked.kind == "next":
        mask = retriever.filter_mask(None, frame.since, frame.until, None)
    for row, score in top_positive(retriever.bm25.scores(terms), 10, mask):
        chunk = retriever.chunks[row]
        if any(_mentions(frame, asked, s.text) for s in chunk.statements):
            return Hit(chunk=chunk, score=score, rank=1)
    return None


def meeting_not_held(frame: Frame) -> Reason | None:
    """Rule ``meeting_not_held`` (module docstring): reason ``meeting_not_held`` with the
    meeting as written (``names``), how it is named (``kind``), the day or the day it follows
    (``day``, ``after``) and the day of the minutes that mention it (``dates``); that passage
    becomes the first of ``frame.hits``. None when the rule is off or does not apply."""
    if not frame.retriever.settings.meeting_not_held:
        return None
    unheld = [a for a in asked_meetings(frame.question) if not held(frame, a)]
    if not unheld:
        return None
    asked = unheld[0]
    params: dict[str, object] = {"names": [asked.phrase], "kind": asked.kind, "name": asked.named}
    if asked.kind == "day":
        year, month, day = asked.day
        params["day"] = (
            dt.date(year, month, day).isoformat() if year else f"{day} {_month_name(month)}"
        )
    point = frame.until or frame.since
    if asked.kind == "next" and point is not None:
        params["after"] = point.isoformat()
    hit = _mention(frame, asked)
    params["dates"] = [hit.meeting_date.isoformat()] if hit is not None else []
    if hit is not None:
        frame.hits = [hit, *(h for h in frame.hits if h.chunk_id != hit.chunk_id)]
    return Reason("meeting_not_held", params)
