"""Issue 16 task F, rule ``comparison_sides_not_high`` (off by default: it changes no label of
the validation fold): a comparison question answered with a side whose statement falls short
of the topic is not labelled high; the quotes stay the same. Sides that both hold the topic
keep their label."""

from __future__ import annotations

import pytest
from switched import switched

from lrt_search.service import Engine


@pytest.mark.parametrize(
    "question",
    [
        # April 2023 is quoted on "interbestuurlijke afstemming": no "toezicht"
        "Werd het interbestuurlijk toezicht zowel in april 2023 als op 10 november 2023 besproken?",
        # July 2022 is quoted on the glossary's "taakstelling": no word of civic integration
        "Was civic integration mentioned both in July 2022 and in March 2025?",
    ],
)
def test_a_side_short_of_the_topic_is_not_high(engine: Engine, question: str) -> None:
    on = switched(engine, comparison_sides_not_high=True).ask(question)
    off = engine.ask(question)
    assert not on.abstained and not off.abstained
    assert off.confidence_label == "high", off.confidence
    assert on.confidence_label == "medium", on.confidence
    assert [c.quote for c in on.citations] == [c.quote for c in off.citations]


def test_sides_holding_the_topic_keep_high(engine: Engine) -> None:
    question = "Was Ter Apel mentioned both in 2022 and in 2025?"
    on = switched(engine, comparison_sides_not_high=True).ask(question)
    assert on.confidence_label == "high", on.confidence
    assert on.confidence == engine.ask(question).confidence
