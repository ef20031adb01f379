"""Rule ``topic_spelling_alternation`` (answer.spelling_topic) on the bundled corpus: a Dutch
topic word written with the other letter of an alternation of ``lexicon/data/spelling.toml``
("konsultatie" for the minutes' "consultatie", "lokatie" for "locatie") is a word of
the minutes to the topic gate; a word that differs by another letter, or a compound the minutes
lack written that way, stays missing."""

from __future__ import annotations

from switched import switched

from lrt_search.answer.evidence import Asked
from lrt_search.answer.gates import gate_topic_absent
from lrt_search.search.parsed import ParsedQuestion
from lrt_search.search.query import QueryScope
from lrt_search.service import Engine


def _gate(engine: Engine, question: str) -> list[str] | None:
    parsed = ParsedQuestion(question)
    params = gate_topic_absent(Asked(engine, question, QueryScope(), parsed=parsed))
    return None if params is None else list(params["words"])


def test_a_word_in_another_spelling_is_found(engine: Engine) -> None:
    question = "Wat is er besproken over de konsultatie?"
    assert _gate(engine, question) is None
    assert _gate(switched(engine, topic_spelling_alternation=False), question) == ["konsultatie"]


def test_a_spelling_general_dutch_knows_is_answered(engine: Engine) -> None:
    # "lokatie" is a word to wordfreq (Zipf 3.6), so no spelling suggestion corrects it.
    question = "Komt er helderheid over de lokatie?"
    off = switched(engine, topic_spelling_alternation=False).ask(question)
    assert off.abstained and off.reason_code == "topic_absent"
    answer = engine.ask(question)
    assert not answer.abstained, answer.reason
    assert any("locatie Budel" in c.quote for c in answer.citations)


def test_other_letters_and_absent_compounds_stay_missing(engine: Engine) -> None:
    assert _gate(engine, "Wat is er besproken over de karavans?") == ["karavans"]
    assert _gate(engine, "Wat is er besproken over de klimaatkrisis?") == ["klimaatkrisis"]
