"""Rule ``premise_event_stated`` (answer.event_verbs; off by default): a question whose past
event verb the minutes never state for its topic abstains, naming the event; one whose event
they state is answered, through an inflection, a participle or an English translation."""

from __future__ import annotations

import pytest

from lrt_search.answer.event_verbs import event_need, verb_root, without_ge
from lrt_search.service import Engine


@pytest.fixture
def on(engine: Engine) -> Engine:
    return engine.with_settings(engine.settings.replace(premise_event_stated=True))


def test_roots_join_inflections_and_nominalisations() -> None:
    assert verb_root("weigerden") == "weiger"  # "weigering" starts with it
    assert verb_root("stemmen", infinitive=True) == "stem"
    assert verb_root("sluiten", infinitive=True) == "sluit"
    assert without_ge("ingestemd") == "instemd" and without_ge("gepland") == "pland"


def test_event_verbs_are_told_from_speech_topic_and_nouns(on: Engine) -> None:
    need = event_need(on, "Welke gemeenten weigerden statushouders te huisvesten?", False)
    assert need is not None and need.verbs == ("weigerden",)  # not "te huisvesten"
    assert event_need(on, "Wat zei de VNG over het afnemen van steun?", False) is None
    plan = "Waar moesten nieuwkomers noodgedwongen overnachten?"
    assert event_need(on, plan, False) is None  # an infinitive, no past tense
    english = event_need(on, "Why did the COA refuse to use hotels?", True)
    assert english is not None and "weiger" in english.roots[0]
    assert event_need(on, "How many displaced Ukrainians are in hotels?", True) is None
    wanted = "Did the municipalities want flexible reception to be more than pilots?"
    assert event_need(on, wanted, True) is None  # "want": what they wanted, no event


def test_an_event_the_minutes_never_state_abstains(engine: Engine, on: Engine) -> None:
    question = "Is de kale taakstelling van 10.000 geschrapt?"
    answer = on.ask(question)
    assert answer.abstained and answer.reason_code == "event_unstated", answer.reason
    assert "geschrapt" in answer.reason
    assert not engine.ask(question).abstained  # off (the default), it is answered
    english = on.ask("Was the target for 2025-I postponed?")
    assert english.abstained and english.reason_code == "event_unstated", english.reason


def test_an_event_the_minutes_state_is_answered(on: Engine) -> None:
    answer = on.ask("Wordt het BVM voor Syrië verlengd?")
    assert not answer.abstained, answer.reason
    assert any("verlengd" in c.quote for c in answer.citations)
    english = event_need(on, "Was the EU directive for Ukrainians extended?", True)
    assert english is not None and "verleng" in english.roots[0]  # FreeDict: "verlengen"
    future = "Will the EU temporary directive for Ukrainian displaced persons be extended?"
    assert event_need(on, future, True) is None  # no event presupposed
    assert (
        event_need(
            on.with_settings(on.settings.replace(premise_event_stated=False)),
            "Welke gemeenten weigerden statushouders te huisvesten?",
            False,
        )
        is None
    )
