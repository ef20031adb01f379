"""Rule ``mixed_compounds_read`` (search.mixed_compounds, answer.unread_topic.check_of) on the
bundled corpus, issue 16 session 30 task H (eval/blind30.md class 4): a compound of the minutes
asked as its Dutch modifier and an English head ("doorstroom places") is the topic check's unit
and is quoted; a pair that makes no compound of the minutes stays as today."""

from __future__ import annotations

from switched import switched

from lrt_search.answer.evidence import Asked
from lrt_search.service import Engine


def _check(engine: Engine, question: str) -> tuple[list[str], tuple[str, ...]]:
    check = Asked(engine, question, engine.scope(question)).topic_check
    assert check is not None
    return [name for name, _, _ in check.found], check.missing


def test_doorstroom_places_is_the_doorstroomlocatie(engine: Engine) -> None:
    question = "Who are the doorstroom places meant for, according to MAenM?"
    found, missing = _check(engine, question)
    assert "doorstroomlocatie" in found and "doorstroom" not in missing
    _, off_missing = _check(switched(engine, mixed_compounds_read=False), question)
    assert "doorstroom" in off_missing
    answer = engine.ask(question)
    assert not answer.abstained, answer.reason
    quote = "MAenM licht toe dat de doorstroomlocaties voor statushouders zijn"
    assert any(quote in c.quote for c in answer.citations), answer.answer


def test_spreiding_act_is_the_spreidingswet(engine: Engine) -> None:
    found, missing = _check(engine, "What did the state secretary say about the spreiding act?")
    assert "spreidingswet" in found and not missing


def test_a_pair_that_makes_no_compound_stays_as_today(engine: Engine) -> None:
    question = "Who pays for the doorstroom vouchers?"
    on = _check(engine, question)
    assert on == _check(switched(engine, mixed_compounds_read=False), question)
    assert "doorstroom" in on[1]
