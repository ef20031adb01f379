"""Rule ``event_time`` (issue 16 task B, session 18; a part of rule ``property_tied``): a
"when / wanneer / op welke datum / by when" question about an event - a word of one of the event
groups of ``lexicon/data/event_times.toml`` (start, open, ingaan, verdwijnen, intrekken,
aannemen, behandelen, versturen, ...; Dutch and English forms) - asks the property
"event:<groups>": a statement states the asked time only in its sentences that hold a form of
one of the question's events (and, with rule ``time_topic_sentence``, are sentences of the
topic), not in a sentence with a time of another event of the same topic ("MAenM licht toe dat
hierover voor de zomer helderheid over komt" does not say when Budel opens). When no statement
of the topic states it, the question abstains with ``no_event_time`` ("no statement gives a time
for “open”"). A question that ends in its "when" ("... passed tweede kamer when") asks a time
too. Switch: ``Settings.event_time``.
"""

from __future__ import annotations

import re
from functools import cache

from ..errors import ConfigError
from ..lexicon.textnorm import split_sentences
from ..lexicon.wordlists import alternation, regex_text, words


@cache
def _group(name: str) -> re.Pattern[str]:
    """The forms of event group ``name`` as whole words (with its ``<name>_split`` pattern)."""
    try:
        split = "|" + regex_text("event_times", f"{name}_split")
    except ConfigError:  # a group without a separable form
        split = ""
    return re.compile(rf"\b{alternation('event_times', name)}(?!\w){split}", re.I)


@cache
def _trailing_when() -> re.Pattern[str]:
    """A question that ends in "when" / "wanneer"."""
    return re.compile(regex_text("event_times", "trailing_when"), re.I)


def ends_in_when(question: str) -> bool:
    """Whether ``question`` ends in its "when" ("wet inburgering passed tweede kamer when")."""
    return bool(_trailing_when().search(question))


def asked_events(question: str) -> tuple[str, ...]:
    """The event groups of which ``question`` holds a form, in the order they stand in it."""
    found = []
    for name in words("event_times", "groups"):
        m = _group(name).search(question)
        if m:
            found.append((m.start(), name))
    return tuple(name for _, name in sorted(found))


def event_word(question: str, groups: tuple[str, ...]) -> str:
    """The question's form of the first of ``groups`` it holds, as written ("open")."""
    for name in groups:
        m = _group(name).search(question)
        if m:
            return m.group(0)
    return ""


def holds_event(text: str, groups: tuple[str, ...]) -> bool:
    """Whether ``text`` holds a form of one of the event groups ``groups``."""
    return any(_group(name).search(text) for name in groups)


def event_sentences(texts: tuple[str, ...], groups: tuple[str, ...]) -> list[str]:
    """The sentences of ``texts`` that hold a form of one of the event groups ``groups``."""
    return [
        sentence
        for text in texts
        if text
        for sentence in split_sentences(text)
        if holds_event(sentence, groups)
    ]
