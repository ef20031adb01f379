"""Rule ``event_date``: a date the question ties to an event noun is that event's date, not an
LRT meeting's ("For which cabinet meeting of 21 April 2023 ...", "With whom would the state
secretary have an introductory meeting on 20 November 2023?", "... about the Dispersal Act after
1 July 2025?"). The date follows a noun and a tie word (periods.toml ``dated_noun_links``,
``day_before``, ``after``, ``since``: "van", "of", "op", "on", "na", "after", "vanaf"), the noun
being no function word, period word or verb form; a meeting noun ("meeting", "vergadering",
"overleg") only with a modifier of its own ("cabinet meeting", "bestuurlijk overleg", "Benen
op Tafel-bijeenkomst"): no article, ordinal or word of the LRT's own meetings
(periods.toml ``meeting_own``, ``next``, ``next_plan``: "de extra LRT van 21 april", "the next
meeting on ..." stay meetings' days).

Such a date no longer counts as a meeting's because of a word of the meetings or speech, or a
word of attendance that does not ask who attended ("the CDK representatives wondered ..."):
rules ``day_of_mention`` / ``day_of_dated_noun`` read the day as the topic's when the minutes
write it, rule ``date_written_topic`` asks a refused question again with the date a topic term.
A question that asks who attended or chaired keeps the date a meeting's; so does a date the
minutes do not write (``no_meeting`` stays, and is true)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from ..index.analysis import dutch_stopwords
from ..lexicon.dates import MONTHS, day_with_month, month_names
from ..lexicon.intents import asks
from ..lexicon.wordclass import dutch_class, english_noun
from ..lexicon.wordlists import mapping, word_set, words
from ..search.periods import period_points

if TYPE_CHECKING:
    from ..config import Settings

#: The lists of periods.toml whose words tie a date to the noun before it.
_LINKS = ("dated_noun_links", "day_before", "after", "since")


def event_noun(
    question: str, date: str, english: bool, speaker: Collection[str] = (), stranded: bool = False
) -> str:
    """The event noun ``question`` ties the date matched by the regular expression ``date`` to
    ("cabinet meeting", "kennismakingsgesprek", "act"), or "" when the date follows no such
    noun (see the module docstring) or only a word of the ``speaker`` ("Met wie heeft de
    staatssecretaris op 20 november ..."). A date before a meeting noun is a meeting's. With
    ``stranded`` (rule ``stranded_event_noun``) an English preposition a question leaves behind
    may stand between the noun and the tie word ("Who ... an introductory meeting with on 20
    November 2023?": periods.toml ``stranded_prepositions``)."""
    links = "|".join(re.escape(w) for kind in _LINKS for w in words("periods", kind))
    word = r"[^\W\d][\w'’-]*"
    meeting = "|".join(re.escape(w) for w in words("periods", "meeting_nouns"))
    # rule stranded_event_noun: "an introductory meeting with on 20 November" (English only)
    left = "|".join(map(re.escape, words("periods", "stranded_prepositions")))
    left = rf"(?:(?:{left})\s+)?" if stranded and english else ""
    pattern = (
        rf"(?:({word})\s+)?({word})\s+{left}(?:{links})\s+(?:(?:the|de|het)\s+)?(?:{date})"
        rf"(?![\s-]+(?:{meeting})\b)"  # "the end of the April 2023 meeting": a meeting's
    )
    for m in re.finditer(pattern, question, re.I):
        modifier, noun = (m.group(1) or "").lower(), m.group(2).lower()
        if "-" in noun.strip("-"):  # "Tafel-bijeenkomst", "LRT-vergadering"
            modifier, noun = noun.strip("-").rsplit("-", 1)
        if noun in word_set("periods", "meeting_nouns"):
            if modifier and not _own_modifier(modifier):
                return f"{modifier} {noun}"
            continue
        if _is_noun(noun, english, m.group(2)) and noun not in speaker:
            return noun
    return ""


def _own_modifier(word: str) -> bool:
    """Whether ``word`` before a meeting noun keeps it an LRT meeting (an article, ordinal,
    "extra", "next", "LRT", a day or month) rather than naming another event."""
    if word in _not_nouns() or word in word_set("periods", "meeting_nouns"):
        return True
    if word in word_set("periods", "meeting_own") | word_set("periods", "next_plan"):
        return True
    return word in word_set("periods", "next") or word in _ordinals() or word.isdigit()


def _is_noun(noun: str, english: bool, written: str) -> bool:
    """Whether ``noun`` (as ``written``) may name a thing a date belongs to: no function or
    period word, no verb form, no abbreviation of a body ("de VNG op 3 mei")."""
    if noun in _not_nouns() or written.isupper() or len(noun) < 3:
        return False
    if english:  # stopwordsiso's English list holds nouns ("act", "bill"): WordNet decides
        return english_noun(noun)[1] > 0
    return dutch_class(noun) not in ("V", "A") and noun not in dutch_stopwords()  # "als op"


@cache
def _ordinals() -> frozenset[str]:
    """The ordinals of meetings ("first", "tweede"; periods.toml ``meeting_ordinals``)."""
    return frozenset(k.lower() for k in mapping("periods", "meeting_ordinals"))


@cache
def _not_nouns() -> frozenset[str]:
    """Function words, words of "both" and period words: no noun a date belongs to."""
    kinds = ("articles", "quantifiers", "name_particles", "question_words_en",
             "question_words_nl", "passive_auxiliaries", "passive_auxiliaries_en",
             "clause_conjunctions")  # fmt: skip
    function = frozenset().union(*(word_set("function_words", k) for k in kinds))
    function |= word_set("comparison_both", "words")  # "zowel op <day> als op <day>": two days
    periods = ("meeting_nouns", "week", "order_one", "during", "since", "after", "before")
    months = frozenset(m.lower() for m in MONTHS)
    return function.union(*(word_set("periods", k) for k in periods)) | months


class EventRules(NamedTuple):
    """The settings of the event-date reading: ``yearless`` (rule ``yearless_event_day``), a
    day without its year; ``stranded`` (rule ``stranded_event_noun``), a preposition left
    after the noun."""

    yearless: bool = False
    stranded: bool = False


#: No rule of the event-date reading on (the default of :func:`event_dated`).
_NONE = EventRules()


def event_rules(settings: Settings) -> EventRules:
    """The :class:`EventRules` of ``settings``."""
    return EventRules(settings.yearless_event_day, settings.stranded_event_noun)


def event_dated(
    question: str,
    english: bool,
    day: dt.date | None = None,
    speaker: Collection[str] = (),
    rules: EventRules = _NONE,
) -> bool:
    """Whether a point in time ``question`` writes (a day, a month with its year; no year
    alone), or only ``day`` when given, is tied to an event noun (:func:`event_noun`; not a
    word of ``speaker``, the words that name the question's speaker). With ``rules.yearless``
    (rule ``yearless_event_day``) ``day`` may be written without its year ("the cabinet
    meeting of 21 April": the year a reading guessed for it is not written)."""
    said = {w.lower() for phrase in speaker for w in phrase.split()}
    dates = [re.escape(words_) for words_, first, last in period_points(question)
             if not words_.isdigit()  # a year alone dates no event (rule date_written_topic)
             and (day is None or first == last == day)]  # fmt: skip
    if rules.yearless and day is not None:
        dates.append(rf"{day_with_month(day.day, month_names(day.month))}(?!,?\s+\d{{4}})")
    return any(event_noun(question, d, english, said, rules.stranded) for d in dates)


def frames_meeting(question: str, event: bool, main: bool = True) -> bool:
    """Whether ``question`` keeps its date a meeting's: a word of the meetings, attendance or
    the chair; with ``event`` (its date tied to an event noun, rule ``event_date``) only a
    question that asks who attended or chaired. ``main``: rule ``main_clause_intent``."""
    if event:
        return asks("attendance_asked", question, main) or asks("chair", question, main)
    return any(asks(i, question, main) for i in ("meeting", "attendance", "chair"))
