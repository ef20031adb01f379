"""Rule ``main_clause_intent`` (session 25 task G3) on the bundled corpus: "When the report of
the 3 November 2023 LRT was adopted, who had to supply the amendment?" asks who, not when (the
temporal clause gives no intent): the minutes of 10 November 2023 answer "VNG levert wijziging
aan"; with the rule off the clause's "When" asks a time of the adoption and it abstains
(``no_event_time``)."""

from __future__ import annotations

from switched import switched

from lrt_search.service import Engine

QUESTION = (
    "When the report of the 3 November 2023 LRT was adopted, who had to supply the amendment?"
)


def test_the_main_clause_asks_who(engine: Engine) -> None:
    answer = engine.ask(QUESTION)
    assert not answer.abstained, answer.reason
    assert any("VNG levert wijziging aan" in c.quote for c in answer.citations)


def test_off_the_clause_asks_a_time(engine: Engine) -> None:
    answer = switched(engine, main_clause_intent=False).ask(QUESTION)
    assert answer.abstained and answer.reason_code == "no_event_time", answer.reason
