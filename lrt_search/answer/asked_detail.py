"""The asked detail must be in the answer (issue 16 task A, session 15): two kinds of detail
that the question reader did not recognise, so that an on-topic quote lacking them answered.

Rule ``often_stated``: a question that asks how often something happens ("Hoe vaak rapporteren
de PRT's?", "How often is a municipality paid ...?"; not how often the LRT discussed something
or a speaker spoke: intent ``frequency``, nor a question about the meetings) asks the property
"often" of rule ``property_tied``: it is answered only when the topic's own statements state a
frequency - a frequency word ("maandelijks", "eenmalig", "weekly"), a unit of time after "per"
/ "elke" / "every" ("per week"), or a count of times ("twee keer", "3 maal", "three times") - in
the statement, its item heading, its list's lead-in or the reply to it; else it abstains with
``no_frequency``. Words: ``lexicon/data/frequencies.toml``. Switch: ``Settings.often_stated``.

Rule ``cost_asked``: an English "What did / does / will X cost?" (intent ``cost_asked`` of
``lexicon/data/intents.toml``) asks an amount of money as "how much does X cost" does: the
quote checks ``answer_shape`` and ``amount_stated`` apply (reason ``no_amount``). Switch:
``Settings.cost_asked``.

Rule ``quantity_noun_asked`` (issue 16 task D2, session 19): a quantity asked without
"hoeveel" / "how many" (intent ``quantity_noun`` of ``lexicon/data/intents.toml``) - a
search-box fragment whose last word names it ("spuk doorstroomlocaties bedrag", "asielzoekers
aan het werk percentage", "... number") or "wat / what" before a noun of a measure
(``questions.toml`` ``measure_nouns``: "Wat was de bezettingsgraad ...?", "What rent cap
...?") - is a quantity question: ``answer_shape``, ``amount_stated``, ``percentage_stated``
and ``property_tied`` apply (``no_amount``, ``no_percentage``, ``no_count``). Switch:
``Settings.quantity_noun_asked``.

Rule ``time_topic_sentence`` (used by ``property_tied`` for a time): a statement states the
asked time only in its sentences that hold a term of the topic and the sentence right after
one (:func:`topic_sentences`), not in a sentence about something else of the same statement.
Switch: ``Settings.time_topic_sentence``.

Rule ``rate_stated`` (issue 16 task D, session 16): a "how many / how much" question that asks
a number per unit of time - a unit's word after "per" / "elke" / "every" / "a" ("per dag", "a
week"; not "a week later", "for a week") or its adverb ("wekelijks", "daily") - asks the
property "rate:<unit>" of rule ``property_tied``: it is answered only when the topic's own
statements state a rate of that unit ("per week 500 extra plekken"), else it abstains with
``no_rate`` ("geen uitspraak noemt een aantal per dag ..."), instead of quoting a stock ("Op dit
moment verblijven er 2.193 asielzoekers in Ter Apel") or a rate of another unit. Words:
``lexicon/data/frequencies.toml`` (``rate_units``, ``rate_<unit>``). Switch:
``Settings.rate_stated``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from ..lexicon.intents import asks
from ..lexicon.textnorm import split_sentences
from ..lexicon.wordlists import alternation, words
from .embedded_quantity import quantity_embedded

if TYPE_CHECKING:
    from ..config import Settings
    from ..search.parsed import ParsedQuestion

#: The intents of a question about the meetings or about how often something was discussed:
#: a count of meetings answers those (answer.frequency, answer.meeting_facts).
_MEETING_INTENTS = ("frequency", "meeting", "meeting_dates", "meeting_time", "header")


@cache
def _question() -> re.Pattern[str]:
    """The words of a question that asks how often (frequencies.toml ``questions``)."""
    return re.compile(rf"\b{alternation('frequencies', 'questions')}(?!\w)", re.I)


@cache
def _frequency(forms: bool = True) -> re.Pattern[str]:
    """A frequency stated: a frequency word, "per / elke + unit of time" (with ``forms``, rule
    property_forms_read, also with a count between: "elke twee weken"), or a count before
    "keer / maal / times"."""
    count = (
        rf"(?:(?<![\d.:,])\d+|{alternation('numbers', 'number_words')}"
        rf"|{alternation('frequencies', 'counts')})"
    )
    between = rf"(?:{count}\s+)?" if forms else ""
    return re.compile(
        rf"\b(?:{alternation('frequencies', 'words')}"
        rf"|{alternation('frequencies', 'per')}\s+{between}{alternation('durations', 'units')}"
        rf"|{count}\s*{alternation('frequencies', 'times')})(?!\w)",
        re.I,
    )


def asks_often(question: str, main: bool = True) -> bool:
    """Whether ``question`` asks how often something happens (rule ``often_stated``), not
    how often it was discussed or how often the LRT met; ``main``: rule ``main_clause_intent``."""
    if not _question().search(question):
        return False
    return not any(asks(intent, question, main) for intent in _MEETING_INTENTS)


def states_frequency(text: str, forms: bool = True) -> bool:
    """Whether ``text`` states a frequency ("maandelijks", "per week", "twee keer"; with
    ``forms``, rule property_forms_read, "elke twee weken")."""
    return bool(text) and bool(_frequency(forms).search(text))


def asks_quantity(settings: Settings, parsed: ParsedQuestion, missing: float = 0.0) -> bool:
    """Whether the question asks a quantity: intent ``quantity``, (rule ``cost_asked``) an
    English "What did X cost?", or (rule ``quantity_noun_asked``) a search-box fragment ending
    in its word ("spuk doorstroomlocaties bedrag") or a measure asked ("Wat was de
    bezettingsgraad ...?"); not (rule ``embedded_quantity_read``) a quantity in what was known
    or said, when nothing of the topic is ``missing`` from the minutes (its missing share)."""
    return (
        parsed.asks("quantity")
        or (settings.cost_asked and parsed.asks("cost_asked"))
        or (settings.quantity_noun_asked and parsed.asks("quantity_noun"))
    ) and not quantity_embedded(settings, parsed, missing)


def topic_sentences(
    text: str, terms: frozenset[str], tokenize: Callable[[str], list[str]]
) -> list[str]:
    """Rule ``time_topic_sentence``: the sentences of a statement that hold a term of the
    topic (``terms``) and each sentence right after one ("hier is een SPUK ... . Deze wordt
    deze maand openbaar gemaakt."); the whole statement when no sentence holds one (its topic
    stands in its heading). A time in another sentence is of something else ("Zij zitten in
    hotels." does not tie "MAenM licht toe dat hierover voor de zomer helderheid komt" to
    hotels)."""
    sentences = split_sentences(text)
    on = [bool(terms.intersection(tokenize(s))) for s in sentences]
    if not any(on):
        return [text]
    return [s for i, s in enumerate(sentences) if on[i] or (i > 0 and on[i - 1])]


@cache
def _unit(unit: str) -> re.Pattern[str]:
    """A word of unit ``unit`` (frequencies.toml ``rate_<unit>``), with the word before it and
    the word after it (either may be absent)."""
    return re.compile(
        rf"(?:(?P<before>[\w'’-]+)\s+)?\b(?P<unit>{alternation('frequencies', f'rate_{unit}')})"
        rf"(?!\w)(?:\s+(?P<after>[\w'’-]+))?",
        re.I,
    )


@cache
def _adverb() -> re.Pattern[str]:
    """A frequency word (frequencies.toml ``words``: "wekelijks", "monthly"), inflected or not."""
    return re.compile(rf"{alternation('frequencies', 'words')}e?", re.I)


def _rate_units(text: str, question: bool) -> list[str]:
    """The units of time of the rates ``text`` states or (``question``) asks: a unit's word
    after ``per`` / ``elke`` / ``every`` ("per week"), its adverb ("wekelijks", "daily"), and
    in a question also after "a" / "an" ("a week"; not "a week later", "for a week")."""
    per = {w.lower() for w in _words("per")}
    articles = {w.lower() for w in _words("rate_articles")} if question else set()
    found = []
    for unit in _words("rate_units"):
        for m in _unit(unit).finditer(text):
            before, after = (m.group("before") or "").lower(), (m.group("after") or "").lower()
            if _adverb().fullmatch(m.group("unit")) or before in per:
                found.append(unit)
            elif before in articles and after not in _words("rate_not_after"):
                prior = text[: m.start("before")].split()[-1:]
                if not prior or prior[0].lower() not in _words("rate_not_before"):
                    found.append(unit)
    return found


@cache
def _words(name: str) -> tuple[str, ...]:
    """List ``name`` of frequencies.toml."""
    return words("frequencies", name)


def asks_rate(question: str) -> str | None:
    """Rule ``rate_stated``: the unit of time ("day", "week", ...) of the rate a question asks
    ("Hoeveel asielzoekers per dag ...?", "How many places a week ...?"), or None."""
    units = _rate_units(question, True)
    return units[0] if units else None


def states_rate(text: str, unit: str) -> bool:
    """Whether ``text`` states a rate per ``unit`` ("per week", "wekelijks")."""
    return bool(text) and unit in _rate_units(text, False)
