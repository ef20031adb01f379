"""Rule ``corpus_spread_weight`` of the topic gate on the bundled corpus (issue 16): a topic
word the minutes use everywhere ("statushouders", a third of the chunks) weighs halfway between
its spread in the index and its general weight, so a noun the minutes lack beside it
("uitkering") carries the topic."""

from __future__ import annotations

from lrt_search.answer.corpus_spread import chunk_spread, spread_missing_share
from lrt_search.answer.evidence import Asked
from lrt_search.answer.gates import gate_topic_absent
from lrt_search.answer.informativeness import TOP, informativeness
from lrt_search.search.parsed import ParsedQuestion
from lrt_search.search.query import QueryScope
from lrt_search.service import Engine


def _asked(engine: Engine, question: str) -> Asked:
    parsed = ParsedQuestion(question)
    return Asked(engine, parsed.text, QueryScope(), parsed=parsed)


def _off(engine: Engine) -> Engine:
    return engine.with_settings(engine.settings.replace(corpus_spread_weight=False))


def test_a_word_of_many_chunks_weighs_less_than_a_word_of_few(engine: Engine) -> None:
    widespread = chunk_spread(engine, frozenset({"statushouder"}))
    rare = chunk_spread(engine, frozenset({"opstartwoon"}))
    assert 0 < widespread < informativeness("statushouders", False) < rare <= TOP
    assert chunk_spread(engine, frozenset()) == float("inf")


def test_a_missing_noun_beside_a_widespread_word_is_refused(engine: Engine) -> None:
    question = "Krijgen statushouders een uitkering?"
    check = _asked(engine, question).topic_check
    assert check is not None and check.missing == ("uitkering",)
    assert check.missing_share < 0.5 <= spread_missing_share(engine, check)
    params = gate_topic_absent(_asked(engine, question))
    assert params is not None and params["words"] == ["uitkering"]
    assert gate_topic_absent(_asked(_off(engine), question)) is None
    answer = engine.ask(question)
    assert answer.abstained and "uitkering" in answer.reason, answer.reason


def test_a_rare_word_of_the_minutes_still_outweighs_what_they_lack(engine: Engine) -> None:
    # "opstartwoningen" (four chunks) keeps most of its weight: the question is no refusal.
    question = "Hoe werd er in de internetconsultatie gereageerd op het plan voor opstartwoningen?"
    assert gate_topic_absent(_asked(engine, question)) is None
    assert gate_topic_absent(_asked(_off(engine), question)) is None


def test_a_verb_beside_a_compound_of_widespread_parts_is_no_refusal(engine: Engine) -> None:
    # "opvangplekken" (opvang + plek, held in half the chunks) weighs halfway between its
    # general weight and its spread: the missing verb "bijkomen" does not carry the topic.
    question = "Wat gebeurt er als er geen extra opvangplekken bijkomen?"
    check = _asked(engine, question).topic_check
    assert check is not None and check.missing == ("bijkomen",)
    assert check.missing_share < spread_missing_share(engine, check) < 0.5
    assert gate_topic_absent(_asked(engine, question)) is None
