"""Rule ``premise_similar_statement`` (answer.premise_similar, off by default): a statement near
the why-premise in e5 that holds most of its words supports it; a false premise near in
wording stays unsupported."""

from __future__ import annotations

from switched import switched

from lrt_search.service import Engine

_QUESTION = "Waarom vond het IPO in april 2023 dat de taakstelling te laat werd bekendgemaakt?"


def test_a_premise_in_other_words_is_supported_when_on(engine: Engine) -> None:
    off = engine.ask(_QUESTION)
    assert off.abstained and off.reason_code == "premise_unsupported", off.reason
    on = switched(engine, premise_similar_cosine=0.84).ask(_QUESTION)
    assert not on.abstained, on.reason
    assert any("niet tijdig bekend is gemaakt" in c.quote for c in on.citations)


def test_a_false_premise_near_in_wording_stays_refused(engine: Engine) -> None:
    question = "Waarom vond het IPO in april 2023 dat de taakstelling te vroeg werd ingetrokken?"
    answer = switched(engine, premise_similar_cosine=0.84).ask(question)
    assert answer.abstained, answer.answer
