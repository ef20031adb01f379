"""Rule ``property_tied_durations`` (issue 16; used by rule ``property_tied``): a question that
asks a length of time or a term ("Hoe lang ...?", "For how long ...?", "Met welke termijn ...?")
asks for a time, and a length of time stated ("met een jaar wordt verlengd", "ruim twee jaar",
"binnen paar dagen", "langer dan 1 uur") answers it as a date or a period does. The words are
data: ``lexicon/data/durations.toml`` (questions, counts, units) and ``numbers.toml``'s
``number_words``."""

from __future__ import annotations

import re
from functools import cache

from ..lexicon.wordlists import alternation


@cache
def _question() -> re.Pattern[str]:
    """A question's words asking a length of time or a term (durations.toml ``questions``)."""
    return re.compile(rf"\b{alternation('durations', 'questions')}(?!\w)", re.I)


@cache
def _duration() -> re.Pattern[str]:
    """A length of time: a count (digits, not a clock time's "9.15"; a number word; a count
    word of durations.toml) right before a unit of time."""
    count = (
        rf"(?:(?<![\d.:,])\d+(?:,\d+)?|{alternation('numbers', 'number_words')}"
        rf"|{alternation('durations', 'counts')})"
    )
    return re.compile(rf"\b{count}\s+{alternation('durations', 'units')}(?!\w)", re.I)


@cache
def _besides() -> re.Pattern[str]:
    """A length asked after "and / en (voor)": asked besides something else."""
    joiner = alternation("durations", "joiners")
    return re.compile(rf"\b{joiner},?\s+{alternation('durations', 'questions')}(?!\w)", re.I)


def asks_besides(question: str) -> bool:
    """Whether ``question`` asks a length besides something else ("Wie vervangt X, en voor hoe
    lang?"): the other part may be answered though the minutes state no length."""
    return bool(_besides().search(question))


def asks_duration(question: str) -> bool:
    """Whether ``question`` asks a length of time or a term ("Hoe lang duurt X?")."""
    return bool(_question().search(question))


def states_duration(text: str) -> bool:
    """Whether ``text`` states a length of time ("met een jaar", "zes maanden", "1 uur")."""
    return bool(text) and bool(_duration().search(text))
