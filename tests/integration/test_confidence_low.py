"""Rule uncovered_speaker_low (answer.confidence_features.not_medium): "what did <speaker> say
about <topic>" answered by a quote of theirs without a word of the topic is labelled low, and
still answered; a quote holding the topic keeps its label."""

from __future__ import annotations

import pytest

from lrt_search.interfaces.answer_view import answer_text
from lrt_search.results import CONFIDENCE_MEDIUM
from lrt_search.service import Engine


@pytest.mark.parametrize(
    "question", ["Wat vond SZW van de opvang?", "What did SZW say about reception?"]
)
def test_a_speaker_quote_without_the_topic_is_low(engine: Engine, question: str) -> None:
    on = engine.with_settings(engine.settings.replace(uncovered_speaker_low=True)).ask(question)
    plain = engine.settings.replace(uncovered_speaker_low=False)
    off = engine.with_settings(plain).ask(question)
    assert not on.abstained and not off.abstained
    assert on.confidence_label == "low" and on.confidence < CONFIDENCE_MEDIUM
    assert off.confidence_label != "low"
    assert [c.quote for c in on.citations] == [c.quote for c in off.citations]
    assert "opvang" not in on.citations[0].quote.lower()


def test_a_speaker_quote_holding_the_topic_is_not_lowered(engine: Engine) -> None:
    answer = engine.ask("Wat zei het IPO over indeplaatsstelling?")
    assert not answer.abstained
    assert answer.confidence_label != "low"
    assert answer.features["not_medium"] == 0.0


@pytest.mark.parametrize(
    ("question", "caveat"),
    [
        ("Wat vond SZW van de opvang?", "lees de bron na"),
        ("What did SZW say about reception?", "check the source"),
    ],
)
def test_an_answer_labelled_low_is_shown_with_a_caveat(
    engine: Engine, question: str, caveat: str
) -> None:
    answer = engine.ask(question)
    assert not answer.abstained and answer.confidence_label == "low"
    assert caveat in answer_text(answer, width=200)
    high = engine.ask("Wat zei het IPO over indeplaatsstelling?")
    assert high.confidence_label != "low" and caveat not in answer_text(high, width=200)
