"""Rule ``premise_restatements_read`` (on by default) on the bundled corpus: a Dutch why-premise
asked in another form of the minutes' words ("functioneerde", "aangepast" for "functioneert",
"past ... aan") is supported with the rule on and refused ``premise_unsupported`` without it;
a premise that changes the act ("leeglopen" for "volloopt") is refused either way."""

from __future__ import annotations

from switched import switched

from lrt_search.service import Engine


def _refused(engine: Engine, question: str) -> bool:
    answer = engine.ask(question)
    return answer.abstained and answer.reason_code == "premise_unsupported"


def test_a_premise_in_another_tense_of_the_minutes_verb(engine: Engine) -> None:
    question = "Waarom functioneerde het IBT volgens het IPO over het algemeen goed?"
    on = switched(engine, premise_restatements_read=True)
    answer = on.ask(question)
    assert not answer.abstained, answer.reason
    assert any("IBT goed functioneert" in c.quote for c in answer.citations)
    assert _refused(switched(engine, premise_restatements_read=False), question)


def test_a_changed_act_is_still_refused(engine: Engine) -> None:
    on = switched(engine, premise_restatements_read=True)
    assert _refused(on, "Waarom zou een doorstroomlocatie snel leeglopen?")
    assert _refused(on, "Waarom heeft JenV de brieven in november 2023 ingetrokken?")
