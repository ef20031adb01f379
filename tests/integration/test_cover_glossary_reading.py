"""Rule ``cover_glossary_reading`` (answer/cover_reading.py): an English topic word cut from a
glossary term the question holds ("Dispersal" of "the Dispersal Act, which ...") is a unit of
the confidence's ``topic_cover`` through that term's Dutch words ("Spreidingswet"). Switched
off, the topic has no unit and covers 0: the right answer is refused as low confidence or
barely answered."""

from __future__ import annotations

import pytest
from switched import switched

from lrt_search.service import Engine


@pytest.mark.parametrize(
    "question",
    [
        "Does the minister still want the Dispersal Act that was being prepared in 2023?",
        "Was the Dispersal Act, which had been prepared since 2023, still supported in March 2025?",
    ],
)
def test_a_glossary_term_cut_from_the_topic_is_covered(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert not answer.abstained, answer.reason
    assert answer.features["topic_cover"] == 1.0
    assert any("spreidingswet" in c.quote.lower() for c in answer.citations)
    off = switched(engine, cover_glossary_reading=False).ask(question)
    assert off.features["topic_cover"] == 0.0
    assert off.confidence < answer.confidence - 0.2


def test_a_topic_with_its_own_units_is_unchanged(engine: Engine) -> None:
    question = "What was said in April 2023 about the Dispersal Act being prepared?"
    on = engine.ask(question)
    off = switched(engine, cover_glossary_reading=False).ask(question)
    assert on.confidence == off.confidence


def test_a_general_glossary_word_of_an_implied_topic_is_no_unit(engine: Engine) -> None:
    # "house" (huisvesten) is too general to name an implied topic: the cover does not count it
    question = "What did the COA suggest so that municipalities house refugees sooner?"
    on = engine.ask(question)
    off = switched(engine, cover_glossary_reading=False).ask(question)
    assert on.features.get("topic_cover") == off.features.get("topic_cover")
