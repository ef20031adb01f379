"""Rule ``day_of_mention``: a day that holds no meeting of the corpus, asked without a word of
the meetings, of attendance, of the chair or of speech, is the day of something the minutes tell
of when some statement mentions it ("the Benen op Tafelsessie of 17 February 2023", "de
ministerraad van 21 april 2023": the April 2023 minutes say "van 17 februari jl."). The day then
does not filter the meetings (no ``no_meeting`` refusal): a quote must hold its day with its
month (:mod:`.day_term`), as a topic's period does
(:func:`lrt_search.answer.understanding._period_of_topic`). A day no statement mentions keeps
scoping the meetings (``no_meeting``: the minutes tell of nothing that day).

Rule ``day_of_dated_noun`` widens it to questions with a word of the meetings or of speech
when the question ties the day to a noun that is no meeting noun ("Hoe worden de bestuurlijke
afspraken van 8 februari 2023 ... aan de LRT voorgelegd?", "What did the LRT agree ahead of the
council of ministers of 21 April 2023?"): the day dates that thing, not the meeting asked
about ("de LRT van 18 december" stays a meeting's day)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection
from functools import cache
from typing import TYPE_CHECKING

from ..lexicon.dates import MONTHS, SHORT_ORDINAL
from ..lexicon.intents import asks
from ..lexicon.wordclass import dutch_class
from ..lexicon.wordlists import word_set, words
from ..search.everyday import UNHELD
from ..search.parsed import ParsedQuestion
from ..search.query import is_speech_word_in
from .date_written import day_point, days_around, month_names
from .day_term import day_term
from .event_date import event_dated, event_rules, frames_meeting
from .meeting_period import period_has_meeting

if TYPE_CHECKING:
    from ..config import Settings
    from ..search.retriever import Retriever

#: How many passages of a BM25 search for the day's written form are read for a mention.
_DEPTH = 20


def mentioned_day(retriever: Retriever, parsed: ParsedQuestion) -> dt.date | None:
    """The question's single day when rule ``day_of_mention`` reads it as the day of something
    the minutes tell of (see the module docstring); None otherwise or with the rule off."""
    day = parsed.since
    if not retriever.settings.day_of_mention or day is None or day != parsed.until:
        return None
    settings = retriever.settings
    kept, lifted = day_reading(parsed.text, parsed.english, day, parsed.speaker_words, settings)
    if kept:
        return None
    if event_rules(settings).yearless and parsed.period.endswith(UNHELD):  # year guessed
        day = year_written(retriever, day)
        if day is None:
            return None
    if period_has_meeting(retriever, day, day):
        return None
    return day if _mentioned(retriever, day, in_year=lifted) else None


def day_reading(
    question: str, english: bool, day: dt.date, said: Collection[str], settings: Settings
) -> tuple[bool, bool]:
    """How ``question`` reads its single ``day`` (no index): (kept, lifted). ``kept``: the day
    stays a meeting's; ``lifted``: an event's day the other rules kept a meeting's, which must
    be written in its year to be lifted. Rule event_date: only who attended or chaired keeps
    an event's day a meeting's."""
    main, rules = settings.main_clause_intent, event_rules(settings)
    event = settings.event_date and event_dated(question, english, day, said, rules)
    framed = _framed(question, day, settings.day_of_dated_noun, main)
    if event:
        return frames_meeting(question, True, main), framed
    return framed, False


def year_written(retriever: Retriever, day: dt.date) -> dt.date | None:
    """Rule ``yearless_event_day``: a day the question writes without its year, read in a
    year no meeting was held on it, in the one year the passages that write its day and month
    mean (:func:`.date_written.years_meant`: "op 20 november" in the minutes of 10 November
    2023 is 20 November 2023); None when none writes it or they mean different years."""
    names = sorted((m for m, n in MONTHS.items() if n == day.month), key=len, reverse=True)
    found: set[dt.date] = set()
    for hit in retriever.search(f"{day.day} {names[0]}", k=_DEPTH, mode="bm25"):
        meeting = hit.chunk.meeting_date
        for when in days_around(day, meeting):
            if day_point(when.isoformat(), when).written_in(hit.chunk.text, meeting):
                found.add(when)
    return found.pop() if len(found) == 1 else None


def _framed(question: str, day: dt.date, dated: bool, main: bool) -> bool:
    """Whether ``question`` keeps ``day`` a meeting's: a word of attendance or the chair, or one
    of the meetings or speech unless (rule ``day_of_dated_noun``, ``dated``) a noun holds it.
    ``main``: rule ``main_clause_intent``."""
    if any(asks(intent, question, main) for intent in ("attendance", "chair")):
        return True
    framed = asks("meeting", question) or is_speech_word_in(question)
    return framed and not (dated and dated_noun(question, day))


def dated_noun(question: str, day: dt.date) -> bool:
    """Whether ``question`` writes ``day`` right after a noun and a word that ties it
    ("afspraken van 8 februari", "the session of 17 February 2023"; periods.toml
    ``dated_noun_links``), the noun being no meeting noun, period word or "the one", no
    function word (function_words.toml) and no Dutch verb form."""
    names = month_names(day.month)
    links = "|".join(re.escape(w) for w in words("periods", "dated_noun_links"))
    written = rf"(?:0?{day.day}{SHORT_ORDINAL}?\s+(?:{names})|(?:{names})\s+0?{day.day})\b"
    for m in re.finditer(rf"([^\W\d][\w'-]*)\s+(?:{links})\s+(?:the\s+)?{written}", question, re.I):
        noun = m.group(1).lower()
        if noun not in _not_nouns() and dutch_class(noun) != "V":
            return True
    return False


@cache
def _not_nouns() -> frozenset[str]:
    """The words before a day that tie it to no thing of its own (rule day_of_dated_noun)."""
    kinds = ("articles", "quantifiers", "name_particles", "question_words_en",
             "question_words_nl", "passive_auxiliaries", "passive_auxiliaries_en")  # fmt: skip
    function = frozenset().union(*(word_set("function_words", k) for k in kinds))
    periods = ("meeting_nouns", "week", "order_one")  # "the one of 3 November 2023"
    return function.union(*(word_set("periods", k) for k in periods))


def day_terms(day: dt.date) -> frozenset[str]:
    """What a quote must hold for a mentioned ``day``: the day with its month
    (:func:`.day_term.day_term`), not its day number alone."""
    return frozenset({day_term(day)})


def _mentioned(retriever: Retriever, day: dt.date, in_year: bool = False) -> bool:
    """Whether a passage of the minutes writes ``day``'s day and month ("17 februari"); with
    ``in_year`` (rule event_date) in its year: with it, or without a year in minutes that mean
    it (:meth:`.date_written.Written.written_in`: "op 1 januari 2024" is no 1 January 2026)."""
    names = month_names(day.month)
    written = re.compile(rf"\b0?{day.day}\s+(?:{names})\b", re.I)
    hits = retriever.search(f"{day.day} {names.split('|')[0]}", k=_DEPTH, mode="bm25")
    if in_year:
        point = day_point(day.isoformat(), day)
        return any(point.written_in(hit.chunk.text, hit.chunk.meeting_date) for hit in hits)
    return any(written.search(hit.chunk.text) for hit in hits)
