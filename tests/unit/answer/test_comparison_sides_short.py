"""Rule ``comparison_sides_not_high`` (issue 16 task F), built by hand: a comparison answered
with a side whose statement falls short of the topic (no whole word of it, or a word of it
missing) is not labelled high; sides that hold the topic, or the rule off, leave it."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from lrt_search.answer.confidence_features import sides_short, topic_short
from lrt_search.answer.evidence import Requirements
from lrt_search.config import Settings
from lrt_search.models import Span
from lrt_search.results import Citation


def _side(quote: str, day: dt.date) -> Citation:
    return Citation(f"{day}#x", day, "x", "LRT", quote, None, 0.9, Span(1, 1))


def _frame(sides: list[Citation], on: bool = True) -> SimpleNamespace:
    analyzer = SimpleNamespace(tokenize=lambda text: text.lower().rstrip(".").split())
    retriever = SimpleNamespace(settings=Settings(comparison_sides_not_high=on), analyzer=analyzer)
    needs = Requirements(
        topic="het interbestuurlijk toezicht",
        topic_terms=frozenset({"interbestuurlijk", "toezicht"}),
        topic_units=(frozenset({"interbestuurlijk"}), frozenset({"toezicht"})),
        topic_whole=frozenset({"interbestuurlijk", "toezicht"}),
    )
    return SimpleNamespace(retriever=retriever, needs=needs, compared=sides)


APRIL = _side("jenv licht de interbestuurlijk afstemming toe", dt.date(2023, 4, 6))
NOVEMBER = _side("mbzk: het interbestuurlijk toezicht lost niet alles op", dt.date(2023, 11, 10))


def test_a_side_lacking_a_word_of_the_topic_is_short() -> None:
    frame = _frame([APRIL, NOVEMBER])
    assert topic_short(frame, APRIL) == "partial_topic_not_high"  # type: ignore[arg-type]
    assert topic_short(frame, NOVEMBER) == ""  # type: ignore[arg-type]
    assert sides_short(frame)  # type: ignore[arg-type]


def test_a_side_with_no_whole_word_of_the_topic_is_short() -> None:
    other = _side("de brieven worden verzonden", dt.date(2023, 11, 3))
    frame = _frame([other, NOVEMBER])
    assert topic_short(frame, other) == "uncovered_not_high"  # type: ignore[arg-type]
    assert sides_short(frame)  # type: ignore[arg-type]


def test_sides_holding_the_topic_or_the_rule_off_leave_the_label() -> None:
    both = _side("ook in april ging het over interbestuurlijk toezicht", dt.date(2023, 4, 6))
    assert not sides_short(_frame([both, NOVEMBER]))  # type: ignore[arg-type]
    assert not sides_short(_frame([APRIL, NOVEMBER], on=False))  # type: ignore[arg-type]
    assert not sides_short(_frame([]))  # type: ignore[arg-type]  # no comparison asked
