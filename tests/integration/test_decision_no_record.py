"""Issue 16 task G, rule ``decision_no_record``: "what was agreed/decided about X" abstains with
``no_record`` when no statement it may quote records a decision (no Afspraak, Besluit or Actie,
no decision in words); with the rule off (the default: it raised false abstentions on the
reworded set, docs/settings.md) it answers with the discussion and a note. A decision in the
register or only in words is still answered; a yes/no question and one about a decision still
to be taken (intent ``decision_pending``) are left to the other checks."""

from __future__ import annotations

import pytest
from switched import switched

from lrt_search.lexicon.intents import asks
from lrt_search.service import Engine


def _on(engine: Engine) -> Engine:
    return switched(engine, decision_no_record=True)


def test_a_decision_question_on_a_topic_without_a_decision_abstains(engine: Engine) -> None:
    question = "Wat is er besloten over de opstartwoningen?"
    answer = _on(engine).ask(question)
    assert answer.abstained and answer.reason_code == "no_record", answer.reason
    assert "opstartwoningen" in answer.reason
    off = engine.ask(question)
    assert not off.abstained, off.reason
    assert any(n.startswith("no record: ") for n in off.notes), off.notes


def test_an_english_decision_question_without_a_decision_abstains(engine: Engine) -> None:
    answer = _on(engine).ask("What did the LRT decide about the departure moratorium for Syria?")
    assert answer.abstained and answer.reason_code == "no_record", answer.reason
    assert answer.reason.startswith("the register records no agreement or decision")


@pytest.mark.parametrize(
    ("question", "quote"),
    [
        (  # a decision only in words
            "Wat werd er op 19 maart 2025 besloten over de taakstelling 2025-II?",
            "Er wordt ingestemd met de taakstelling.",
        ),
        (  # the register's Afspraak
            "Welke afspraak werd op 6 april 2023 gemaakt over de betrokkenheid van "
            "medeoverheden bij lagere regelgeving?",
            "Medeoverheden worden nadrukkelijk betrokken",
        ),
        (  # "vastgesteld" in words
            "What was decided about the housing target for the second half of 2022?",
            "De taakstelling voor 2022-II is vastgesteld op 13.500.",
        ),
    ],
)
def test_a_recorded_decision_is_answered(engine: Engine, question: str, quote: str) -> None:
    answer = _on(engine).ask(question)
    assert not answer.abstained, answer.reason
    assert any(quote in c.quote for c in answer.citations), [c.quote for c in answer.citations]


def test_a_pending_decision_is_no_register_question(engine: Engine) -> None:
    question = "When will the Council of State decide about third-country nationals from Ukraine?"
    assert asks("decision_pending", question)
    assert asks("decision_pending", "Wie beslist over de verdeling van de opvang?")
    assert not asks("decision_pending", "When did the LRT decide to close Ter Apel?")
    assert not asks("decision_pending", "Wat werd er besloten over de LVV?")
    answer = _on(engine).ask(question)
    assert answer.reason_code != "no_record", answer.reason


@pytest.mark.parametrize(
    "question",
    [
        "What was agreed about local authorities?",
        "Welke afspraken zijn er gemaakt over gemeentebesturen?",
    ],
)
def test_a_record_in_a_deeper_passage_is_answered_before_refusing(
    engine: Engine, question: str
) -> None:
    """The register's "(Actie: VNG wordt bij dat traject betrokken)" ranks beyond the first
    passages: read up to ``decision_record_depth`` passages before refusing, it answers."""
    answer = _on(engine).ask(question)
    assert not answer.abstained, answer.reason
    assert any("Actie: VNG wordt bij dat traject betrokken" in c.quote for c in answer.citations)
    assert not any(n.startswith("no record: ") for n in answer.notes), answer.notes
    shallow = switched(engine, decision_no_record=True, decision_record_depth=0).ask(question)
    assert shallow.abstained and shallow.reason_code == "no_record", shallow.reason
