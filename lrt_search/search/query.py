"""Understand the scope of a question: which organisation speaks, which period, which language.

"what did IPO say about indeplaatsstelling" -> speaker IPO; "in april 2023" -> 2023-04-01 ..
2023-04-30; "op 8 juli 2022" -> that day; "in 2023" -> the year. English questions get the Dutch
glossary terms for the BM25 side.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from ..index.analysis import is_english
from ..lexicon.dates import MONTHS, find_date
from ..lexicon.glossary import Glossary
from ..lexicon.organisations import OrgTable
from .periods import find_range

_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY_MONTH_YEAR = re.compile(
    rf"\b\d{{1,2}}(?:e|st|nd|rd|th)?\s+(?:{_MONTH_RE})\.?,?\s+\d{{4}}\b"
    rf"|\b(?:{_MONTH_RE})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b"
    r"|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}-\d{1,2}-\d{4}\b",
    re.I,
)
_MONTH_YEAR = re.compile(rf"\b({_MONTH_RE})\.?\s+((?:19|20)\d{{2}})\b(?!-)", re.I)
_YEAR = re.compile(
    r"\b(in|during|tijdens|gedurende|sinds|since|from|vanaf|after|na|before|until|tot)?\s*"
    r"((?:19|20)\d{2})\b(?![-\d])",
    re.I,
)
# Words that make an organisation in a question the *speaker* ("what did IPO say").
_SPEECH = re.compile(
    r"\b(?:sa(?:y|id|ys)|think|thought|views?|positions?|stance|opinion|argu\w*|ask\w*|"
    r"request\w*|wants?|wanted|propos\w*|suggest\w*|warn\w*|criti\w*|concern\w*|react\w*|"
    r"respon\w*|answer\w*|mention\w*|rais\w*|emphasi\w*|stress\w*|support\w*|oppos\w*|"
    r"feel|believe\w*|according|represent\w*|attend\w*|present|who|explain\w*|announc\w*|"
    r"report\w*|promis\w*|agree\w*|call\w*|urg\w*|plead\w*|"
    r"zei\w*|zeg\w*|gezegd|vond|vindt|vinden|vonden|mening|standpunt\w*|positie|vroeg\w*|"
    r"vraagt|vragen|wil|wilde|willen|stelde|stelt|voorstel\w*|suggest\w*|waarschuw\w*|"
    r"kritiek|zorgen|reag\w*|reactie\w*|antwoord\w*|benoem\w*|pleit\w*|inbreng|aanwezig|"
    r"vertegenwoordig\w*|namens|volgens|ondersteun\w*|steun\w*|herken\w*|twijfel\w*|"
    r"licht\w*|meld\w*|gaf|geeft|aangegeven|wie|toelichting|opmerking\w*|bezwaar\w*|"
    r"keek|kijkt|kijken|zag|ziet|opvatting\w*|houding|attitude|absent|afwezig)\b",
    re.I,
)


_TOPIC_WORDS = frozenset(
    [
        "about",
        "regarding",
        "concerning",
        "on",
        "to",
        "for",
        "with",
        "by",
        "aan",
        "over",
        "naar",
        "voor",
        "met",
        "door",
        "tegen",
        "joining",
        "between",
        "tussen",
    ]
)
_SKIP = frozenset(["the", "de", "het", "a", "een", "'s"])


def _is_topic(question: str, start: int) -> bool:
    """Whether an organisation named at ``start`` is what the question is *about*
    ("what was said about VWS"), not who speaks."""
    before = [w for w in question[:start].lower().split() if w not in _SKIP]
    return bool(before) and before[-1].strip(",") in _TOPIC_WORDS


@dataclass(frozen=True)
class QueryScope:
    """What a question asks about besides its topic."""

    orgs: tuple[str, ...] = ()
    since: dt.date | None = None
    until: dt.date | None = None
    english: bool = False
    glossary_terms: tuple[str, ...] = ()
    notes: tuple[str, ...] = field(default=(), compare=False)

    def to_dict(self) -> dict[str, Any]:
        """JSON form (the ``filters`` of an answer)."""
        return {
            "org": list(self.orgs) or None,
            "since": self.since.isoformat() if self.since else None,
            "until": self.until.isoformat() if self.until else None,
            "language": "en" if self.english else "nl",
            "glossary_terms": list(self.glossary_terms),
        }


def _month_range(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def find_period(question: str) -> tuple[dt.date | None, dt.date | None, str | None]:
    """The period a question names: a range, half, season, list of years or before/after/since
    a point (:func:`lrt_search.search.periods.find_range`); else a day, a month, a year."""
    ranged = find_range(question)
    if ranged is not None:
        return ranged
    days = [d for m in _DAY_MONTH_YEAR.finditer(question) if (d := find_date(m.group(0)))]
    if days:
        return min(days), max(days), "on " + ", ".join(d.isoformat() for d in sorted(days))
    months = [
        _month_range(int(m.group(2)), MONTHS[m.group(1).lower()])
        for m in _MONTH_YEAR.finditer(question)
    ]
    if months:
        since, until = min(r[0] for r in months), max(r[1] for r in months)
        return since, until, f"{since.isoformat()} to {until.isoformat()}"
    for m in _YEAR.finditer(question):
        word = (m.group(1) or "").lower()
        year = int(m.group(2))
        if word in ("sinds", "since", "from", "vanaf"):
            return dt.date(year, 1, 1), None, f"since {year}"
        if word in ("after", "na"):
            return dt.date(year + 1, 1, 1), None, f"after {year}"
        if word in ("before", "until", "tot"):
            return None, dt.date(year - 1, 12, 31), f"before {year}"
        if word:
            return dt.date(year, 1, 1), dt.date(year, 12, 31), f"in {year}"
    return None, None, None


_HALF = re.compile(
    r"\b(first|second|1st|2nd|eerste|tweede)\s+(?:half|helft)(?:\s+(?:of|van))?\s+"
    r"(?:the\s+year\s+|het\s+jaar\s+)?((?:19|20)\d{2})\b",
    re.I,
)


def half_years(question: str) -> list[str]:
    """ "the second half of 2025" / "de tweede helft van 2025" -> ["2025-II"]."""
    out = []
    for m in _HALF.finditer(question):
        first = m.group(1).lower() in ("first", "1st", "eerste")
        out.append(f"{m.group(2)}-{'I' if first else 'II'}")
    return out


def _has_dutch_function_words(text: str) -> bool:
    from ..index.analysis import dutch_stopwords, english_stopwords, words

    return any(w in dutch_stopwords() and w not in english_stopwords() for w in words(text))


def glossary_terms(
    question: str, glossary: Glossary | None, english: bool | None = None
) -> tuple[str, ...]:
    """Extra BM25 terms for ``question``: half-years it names in words, and the Dutch glossary
    terms when it is English or a keyword query without Dutch function words."""
    terms = tuple(half_years(question))
    if english is None:
        english = is_english(question)
    if glossary is not None and (english or not _has_dutch_function_words(question)):
        terms += tuple(glossary.expand(question))
    return terms


def understand(question: str, table: OrgTable, glossary: Glossary | None) -> QueryScope:
    """The scope of ``question``; see the module docstring."""
    notes: list[str] = []
    orgs: tuple[str, ...] = ()
    if _SPEECH.search(question):
        mentions = []
        topic = False
        for m in table.query_mentions(question):
            before = question[: m.start].lower().split()
            coordinated = bool(before) and before[-1] in ("and", "en", "&", "or", "of")
            topic = (coordinated and topic) or _is_topic(question, m.start)
            if not topic:
                mentions.append(m)
        strong = [m for m in mentions if m.strong]
        # "gemeenten", "the provinces" name an organisation only when no LRT member is named.
        orgs = tuple(dict.fromkeys(m.code for m in (strong or mentions)))
        if orgs:
            notes.append("speaker: " + ", ".join(orgs))
    since, until, period = find_period(question)
    if period:
        notes.append("period: " + period)
    english = is_english(question)
    terms = glossary_terms(question, glossary, english)
    if terms and glossary is not None and (english or not _has_dutch_function_words(question)):
        notes.append("glossary: " + ", ".join(terms[:8]) + (" …" if len(terms) > 8 else ""))
    return QueryScope(orgs, since, until, english, terms, tuple(notes))


_HEADER_QUESTION = re.compile(
    r"\b(?:attend\w*|(?:was|were) present|present at|represent\w*|who (?:was|were) (?:at|in)|"
    r"participants?|chair\w*|voorzit\w*|aanwezig\w*|afwezig\w*|absent|vertegenwoordig\w*|"
    r"deelnemers?|wie (?:was|waren)|what time|start\w*|began|begin\w*|hoe laat|tijdstip|"
    r"where|waar (?:vond|werd)|location|vergaderplaats|plaats van)\b",
    re.I,
)


def wants_header(question: str) -> bool:
    """Whether a question asks about attendance, time or place: only those get header chunks
    (the title, time, place and attendee lists of a meeting)."""
    return bool(_HEADER_QUESTION.search(question))
