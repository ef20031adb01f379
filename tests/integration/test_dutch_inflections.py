"""Rule ``dutch_inflections`` (answer.topics, lexicon.dutch_forms) on the bundled corpus: a Dutch
topic word the minutes lack in every form the analyzer gives is found through an inflected form
("crises": the minutes say "crisis"), and its word class is read by the form the word-class
table holds ("onderling": "onderlinge", an adjective, so a paraphrase word beside the topic's
other words). A noun the minutes lack in every form stays missing."""

from __future__ import annotations

from lrt_search.answer.evidence import Asked
from lrt_search.answer.gates import gate_topic_absent
from lrt_search.search.parsed import ParsedQuestion
from lrt_search.search.query import QueryScope
from lrt_search.service import Engine


def _gate(engine: Engine, question: str) -> list[str] | None:
    parsed = ParsedQuestion(question)
    params = gate_topic_absent(Asked(engine, question, QueryScope(), parsed=parsed))
    return None if params is None else list(params["words"])


def _off(engine: Engine) -> Engine:
    return engine.with_settings(engine.settings.replace(dutch_inflections=False))


def test_a_latin_plural_is_found_by_its_singular(engine: Engine) -> None:
    question = "Wat is er besproken over crises?"
    assert _gate(engine, question) is None
    assert _gate(_off(engine), question) == ["crises"]
    answer = engine.ask(question)
    assert not answer.abstained, answer.reason
    assert any("crisis" in c.quote.lower() for c in answer.citations)


def test_an_undeclined_adjective_is_a_paraphrase_word(engine: Engine) -> None:
    question = "Hebben de leden onderling contact?"
    assert _gate(engine, question) is None
    assert _gate(_off(engine), question) == ["onderling"]


def test_a_noun_the_minutes_lack_stays_missing(engine: Engine) -> None:
    assert _gate(engine, "Wat is er besproken over de dorpen?") == ["dorpen"]
    answer = engine.ask("Wat zei de minister over de mazelen?")
    assert answer.abstained and answer.reason_code == "topic_absent"
