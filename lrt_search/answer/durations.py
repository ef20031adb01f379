"""Rule ``property_tied_durations`` (issue 16; used by rule ``property_tied``): a question that
asks a length of time or a term ("Hoe lang ...?", "For how long ...?", "Met welke termijn ...?")
asks for a time, and a length of time stated ("met een jaar wordt verlengd", "ruim twee jaar",
"binnen paar dagen", "langer dan 1 uur") answers it as a date or a period does. The words are
data: ``lexicon/data/durations.toml`` (questions, counts, units) and ``numbers.toml``'s
``number_words``.

Rule ``length_stated`` (issue 16 task E, session 23): a question that asks only how long or
until when (durations.toml ``lengths``: "hoe lang", "tot wanneer", "how long", "until when") is
answered by a length of time or an end ("tot 12u op 10 november", "afloopt op 1 juli";
durations.toml ``ends``), not by a point in time ("op 12 mei in de MR ligt, waarna die in
consultatie gaat" does not say how long the consultation lasts). Switch:
``Settings.length_stated``."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from ..lexicon.intents import asks, main_clause
from ..lexicon.wordlists import alternation


@cache
def _question() -> re.Pattern[str]:
    """A question's words asking a length of time or a term (durations.toml ``questions``)."""
    return re.compile(rf"\b{alternation('durations', 'questions')}(?!\w)", re.I)


def duration_text() -> str:
    """A length of time as a regular expression: a count (digits, not a clock time's "9.15"; a
    number word; a count word of durations.toml) right before a unit of time."""
    count = (
        rf"(?:(?<![\d.:,])\d+(?:,\d+)?|{alternation('numbers', 'number_words')}"
        rf"|{alternation('durations', 'counts')})"
    )
    return rf"\b{count}\s+{alternation('durations', 'units')}(?!\w)"


@cache
def _duration() -> re.Pattern[str]:
    """A length of time (:func:`duration_text`)."""
    return re.compile(duration_text(), re.I)


@cache
def _besides() -> re.Pattern[str]:
    """A length asked after "and / en (voor)": asked besides something else."""
    joiner = alternation("durations", "joiners")
    return re.compile(rf"\b{joiner},?\s+{alternation('durations', 'questions')}(?!\w)", re.I)


def asks_besides(question: str) -> bool:
    """Whether ``question`` asks a length besides something else ("Wie vervangt X, en voor hoe
    lang?"): the other part may be answered though the minutes state no length."""
    return bool(_besides().search(question))


def asks_duration(question: str, main: bool = True) -> bool:
    """Whether ``question`` asks a length of time or a term ("Hoe lang duurt X?"; its noun asked,
    intent ``duration_noun``: "Wat is de looptijd van X?", "X duration")."""
    return bool(_question().search(main_clause(question, main))) or asks(
        "duration_noun", question, main
    )


def states_duration(text: str) -> bool:
    """Whether ``text`` states a length of time ("met een jaar", "zes maanden", "1 uur")."""
    return bool(text) and bool(_duration().search(text))


@cache
def _length_question() -> re.Pattern[str]:
    """A question's words asking only a length or an end (durations.toml ``lengths``)."""
    return re.compile(rf"\b{alternation('durations', 'lengths')}(?!\w)", re.I)


@cache
def _end() -> re.Pattern[str]:
    """A word of an end before a time (durations.toml ``ends``: "tot", "afloopt", "until")."""
    return re.compile(rf"(?<![\w/]){alternation('durations', 'ends')}(?![\w/])", re.I)


#: How many words after a word of an end its time may take, before a stop or a comma: "afloopt
#: op 1 juli", "tot 12u op 10 november" ("tot een brief, die in april ..." states no end).
END_WORDS = 4


def asks_length(question: str, main: bool = True) -> bool:
    """Rule ``length_stated``: whether ``question`` asks only how long something lasts or until
    when ("Hoe lang duurt X?", "Tot wanneer kan Y?", "How long will Z last?"), which a point in
    time does not answer."""
    return bool(_length_question().search(main_clause(question, main)))


def states_end(text: str, states_time: Callable[[str], bool]) -> bool:
    """Whether ``text`` states an end: a word of an end right before a time ("tot 12u op 10
    november", "afloopt op 1 juli"; ``states_time`` reads the time)."""
    for m in _end().finditer(text or ""):
        clause = re.split(r"[,;:.!?()]\s", text[m.end() :] + " ", maxsplit=1)[0]
        if states_time(" ".join(clause.split()[:END_WORDS])):
            return True
    return False


def states_length(text: str, states_time: Callable[[str], bool]) -> bool:
    """Rule ``length_stated``: whether ``text`` states how long something lasts - a length of
    time (:func:`states_duration`) or an end (:func:`states_end`)."""
    return states_duration(text) or states_end(text, states_time)


@cache
def _counted_unit() -> re.Pattern[str]:
    """A quantity opener (realised.toml ``quantity_openers``) before a unit of time
    (durations.toml ``units``), "more" / "extra" between or "nog" after: "hoeveel maanden",
    "how many more weeks", "hoeveel extra dagen"."""
    opener = alternation("realised", "quantity_openers")
    unit = alternation("durations", "units")
    return re.compile(rf"\b{opener}\s+(?:(?:more|extra|meer)\s+)?({unit})(?!\w)", re.I)


def counted_unit(question: str) -> str | None:
    """Rule ``duration_count_read``: the unit of time ``question`` counts ("how long is the
    waiting time ..., how many months?": "months"), or None. Counting a unit of time asks a
    length in that unit, not a count of things: rule property_tied asks a length of it."""
    m = _counted_unit().search(question)
    return m.group(1).lower() if m else None


@cache
def _steps() -> dict[str, int]:
    """Each unit of time by its step on durations.toml ``unit_scale`` (0: hours)."""
    from ..lexicon.datafiles import bundled_toml

    scale = bundled_toml("durations.toml")["unit_scale"]
    return {unit: step for step, group in enumerate(scale) for unit in group}


def states_length_in(text: str, unit: str) -> bool:
    """Rule ``duration_count_read``: whether ``text`` states a length of time (a count before a
    unit, :func:`duration_text`) in ``unit`` or a unit one step from it on durations.toml
    ``unit_scale`` ("twee jaar", "zes weken" for "hoeveel maanden"; not "1 uur")."""
    steps = _steps()
    asked = steps.get(unit.lower())
    for m in _duration().finditer(text or ""):
        step = steps.get(m.group(0).split()[-1].lower())
        if asked is not None and step is not None and abs(step - asked) <= 1:
            return True
    return False
