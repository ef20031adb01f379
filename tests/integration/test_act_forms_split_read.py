"""Rule act_forms_split_read (answer/act_split.py, issue 16 session 30 task C) on the bundled
corpus: "COA doet twee suggesties om de toewijzingen aan statushouders toe te laten nemen"
states "increase" (raise) in Dutch word order, so a claim of it is answered; its opposite is
still refused."""

from __future__ import annotations

from switched import switched

from lrt_search.service import Engine

CLAIM = "Is it true that COA made two suggestions to increase the allocations to statushouders?"


def test_a_split_separable_verb_states_the_premise_act(engine: Engine) -> None:
    answer = engine.ask(CLAIM)
    assert not answer.abstained, answer.reason
    assert any("toe te laten nemen" in c.quote for c in answer.citations)
    assert switched(engine, act_forms_split_read=False).ask(CLAIM).abstained


def test_the_opposite_act_is_still_refused(engine: Engine) -> None:
    answer = engine.ask(CLAIM.replace("increase", "reduce"))
    assert answer.abstained and answer.reason_code == "premise_unsupported", answer.answer


def test_the_act_check_names_the_act_with_its_object(engine: Engine) -> None:
    """Session 30 task C2: the refusal names "toewijzingen statushouders laten dalen", not
    "dalen" alone (a passage shown says "De instroom van Syriërs daalt"), and is true."""
    from lrt_search.evaluation.reason_truth import Minutes, false_reason

    question = (
        "Klopt het dat het COA voorstelde om de toewijzingen aan statushouders te laten dalen?"
    )
    answer = engine.ask(question)
    assert answer.abstained and answer.reason_code == "premise_unsupported", answer.answer
    assert "toewijzingen" in str(answer.reason_params["premise"]), answer.reason
    assert false_reason(Minutes(engine), answer) is None
