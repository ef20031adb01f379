"""Rule premise_forms_read (answer/act_forms.py), by hand: a participle or -ing form that
describes a noun and a word in a quoted title presuppose no act; the act with its subject
between the auxiliary and the verb is read; the rule off reads as before."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from lrt_search.answer.act_forms import describes_noun
from lrt_search.answer.act_stated import asked_acts
from lrt_search.config import Settings

_ON: Any = SimpleNamespace(settings=Settings())
_OFF: Any = SimpleNamespace(settings=Settings(premise_forms_read=False))


def _describes(question: str, word: str) -> bool:
    start = question.index(word)
    return describes_noun(question, start, start + len(word))


@pytest.mark.parametrize(
    ("question", "word", "describes"),
    [
        ("When was the closing session planned?", "closing", True),
        ("What is the closing date of the pilot?", "closing", True),  # "date": a stopword noun
        ("Waarom werd de verhoogde taakstelling besproken?", "verhoogde", True),
        ("Wat zei de VNG over hun gesloten locaties?", "gesloten", True),
        ("What did the COA say about the closing of the location?", "closing", False),
        ("What about the shutting down of Ter Apel?", "shutting", False),
        ("Why was the location closed?", "closed", False),
        ("Why has the COA closed the location?", "closed", False),
        ("Waarom heeft de VNG de taakstelling verlaagd?", "verlaagd", False),
        ("Did anyone talk about closing the borders?", "closing", False),
        ("What was the vote on the bill?", "vote", False),  # no participle
    ],
)
def test_a_participle_describing_a_noun(question: str, word: str, describes: bool) -> None:
    assert _describes(question, word) is describes


@pytest.mark.parametrize(
    ("question", "on", "off"),
    [
        ("When was the closing session on the IBT planned?", (), ("close",)),
        ("Why was the report 'Closing the gap' discussed?", (), ("close",)),
        ("Waarom besprak de VNG de brief \u201cStop de instroom\u201d?", (), ("stop",)),
        ("Why did the COA close Ter Apel?", ("close",), ()),
        ("Waarom heeft het COA de locatie gesloten?", ("close",), ()),
        # the provinces' apostrophe is no quote; the real act after it is read
        ("Why did the provinces' commissioners close the location?", ("close",), ()),
        # an agreement concluded (agreed, not closed), a meeting that closes, "close to": no closure
        ("Waarom heeft de VNG een akkoord gesloten?", ("agree",), ("agree",)),
        ("How did the April 2023 meeting close under any other business?", (), ()),
        ("Why did the numbers come close to the target?", (), ()),
        ("What did the VNG want to discuss at the close of the meeting?", (), ()),
    ],
)
def test_acts_read_on_and_off(question: str, on: tuple[str, ...], off: tuple[str, ...]) -> None:
    assert asked_acts(_ON, question, premise=True)[0] == on
    assert asked_acts(_OFF, question, premise=True)[0] == off
