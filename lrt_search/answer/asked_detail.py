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

Rule ``time_topic_sentence`` (used by ``property_tied`` for a time): a statement states the
asked time only in its sentences that hold a term of the topic and the sentence right after
one (:func:`topic_sentences`), not in a sentence about something else of the same statement.
Switch: ``Settings.time_topic_sentence``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from ..lexicon.intents import asks
from ..lexicon.wordlists import alternation

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
def _frequency() -> re.Pattern[str]:
    """A frequency stated: a frequency word, "per / elke + unit of time", or a count before
    "keer / maal / times"."""
    count = (
        rf"(?:(?<![\d.:,])\d+|{alternation('numbers', 'number_words')}"
        rf"|{alternation('frequencies', 'counts')})"
    )
    return re.compile(
        rf"\b(?:{alternation('frequencies', 'words')}"
        rf"|{alternation('frequencies', 'per')}\s+{alternation('durations', 'units')}"
        rf"|{count}\s*{alternation('frequencies', 'times')})(?!\w)",
        re.I,
    )


def asks_often(question: str) -> bool:
    """Whether ``question`` asks how often something happens (rule ``often_stated``), not
    how often it was discussed or how often the LRT met."""
    if not _question().search(question):
        return False
    return not any(asks(intent, question) for intent in _MEETING_INTENTS)


def states_frequency(text: str) -> bool:
    """Whether ``text`` states a frequency ("maandelijks", "per week", "twee keer")."""
    return bool(text) and bool(_frequency().search(text))


def asks_quantity(settings: Settings, parsed: ParsedQuestion) -> bool:
    """Whether the question asks a quantity: intent ``quantity``, or (rule ``cost_asked``)
    an English "What did X cost?"."""
    return parsed.asks("quantity") or (settings.cost_asked and parsed.asks("cost_asked"))


_SENTENCE = re.compile(r"(?<=[.!?;])\s+")


def topic_sentences(
    text: str, terms: frozenset[str], tokenize: Callable[[str], list[str]]
) -> list[str]:
    """Rule ``time_topic_sentence``: the sentences of a statement that hold a term of the
    topic (``terms``) and each sentence right after one ("hier is een SPUK ... . Deze wordt
    deze maand openbaar gemaakt."); the whole statement when no sentence holds one (its topic
    stands in its heading). A time in another sentence is of something else ("Zij zitten in
    hotels." does not tie "MAenM licht toe dat hierover voor de zomer helderheid komt" to
    hotels)."""
    sentences = _SENTENCE.split(text)
    on = [bool(terms.intersection(tokenize(s))) for s in sentences]
    if not any(on):
        return [text]
    return [s for i, s in enumerate(sentences) if on[i] or (i > 0 and on[i - 1])]
