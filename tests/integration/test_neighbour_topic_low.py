"""Rule neighbour_topic_low (answer.neighbour_topic, issue 16 task F2): an answer whose quote
holds the question's topic only in its item heading or the statement before it is labelled low
and still answered with the same quote; a quote holding the topic itself keeps its label."""

from __future__ import annotations

from lrt_search.results import CONFIDENCE_MEDIUM
from lrt_search.service import Engine

QUESTION = "Wat vond SZW van de opvang?"  # quoted: an SZW line under an item on opvang


def test_a_quote_with_the_topic_only_in_its_neighbours_is_low(engine: Engine) -> None:
    base = engine.settings.replace(uncovered_speaker_low=False)
    on = engine.with_settings(base.replace(neighbour_topic_low=True)).ask(QUESTION)
    off = engine.with_settings(base.replace(neighbour_topic_low=False)).ask(QUESTION)
    assert not on.abstained and not off.abstained
    assert on.confidence_label == "low" and on.confidence < CONFIDENCE_MEDIUM
    assert off.confidence_label != "low"
    assert [c.quote for c in on.citations] == [c.quote for c in off.citations]
    assert "opvang" not in on.citations[0].quote.lower()


def test_a_quote_holding_the_topic_is_not_lowered(engine: Engine) -> None:
    answer = engine.ask("Wat zei het IPO over indeplaatsstelling?")
    assert not answer.abstained
    assert answer.confidence_label != "low"
