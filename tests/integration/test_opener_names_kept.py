"""Issue 16 session 29 task D2 (rule ``opener_names_kept``), on the corpus: a name right after
the question's opening auxiliary is read, so one the minutes never write is refused by name;
with the rule off it was dropped as the sentence's first word and the question answered."""

from __future__ import annotations

from lrt_search.service import Engine


def test_an_absent_name_after_the_opening_auxiliary_is_refused_by_name(engine: Engine) -> None:
    from switched import switched

    question = "Heeft Gasunie gewaarschuwd voor een prijsopdrijvend effect van flexwoningen?"
    answer = engine.ask(question)
    assert answer.abstained and answer.reason_code == "name_absent"
    assert answer.reason_params["names"] == ["Gasunie"]
    off = switched(engine, opener_names_kept=False).ask(question)
    assert not off.abstained


def test_a_present_name_after_the_opening_auxiliary_is_answered_with_its_line(
    engine: Engine,
) -> None:
    answer = engine.ask(
        "Heeft Aedes gewaarschuwd voor een prijsopdrijvend effect van flexwoningen?"
    )
    assert not answer.abstained, answer.reason
    assert any("prijsopdrijvend effect" in c.quote for c in answer.citations)
