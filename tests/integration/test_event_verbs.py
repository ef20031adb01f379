"""Rule ``premise_event_stated`` (answer.event_verbs): a question whose verb is an event the
minutes never state for its topic abstains, naming the event; one whose event they state is
answered, through an inflection, a participle after a particle or an English translation."""

from __future__ import annotations

from lrt_search.answer.event_verbs import event_need, verb_root, without_ge
from lrt_search.service import Engine


def test_roots_join_inflections_and_nominalisations() -> None:
    assert verb_root("weigerden") == "weiger"  # "weigering" starts with it
    assert verb_root("stemmen", infinitive=True) == "stem"
    assert verb_root("sluiten", infinitive=True) == "sluit"
    assert without_ge("ingestemd") == "instemd" and without_ge("gepland") == "pland"


def test_event_verbs_are_told_from_speech_topic_and_nouns(engine: Engine) -> None:
    need = event_need(engine, "Welke gemeenten weigerden statushouders te huisvesten?", False)
    assert need is not None and need.verbs == ("weigerden",)  # not "te huisvesten"
    assert event_need(engine, "Wat zei de VNG over het afnemen van steun?", False) is None
    english = event_need(engine, "Why did the COA refuse to use hotels?", True)
    assert english is not None and "weiger" in english.roots[0]
    assert event_need(engine, "How many displaced Ukrainians are in hotels?", True) is None


def test_an_event_the_minutes_never_state_abstains(engine: Engine) -> None:
    question = "Is de kale taakstelling van 10.000 geschrapt?"
    answer = engine.ask(question)
    assert answer.abstained and answer.reason_code == "event_unstated", answer.reason
    assert "geschrapt" in answer.reason
    off = engine.with_settings(engine.settings.replace(premise_event_stated=False))
    assert not off.ask(question).abstained  # the rule is what abstains


def test_an_event_the_minutes_state_is_answered(engine: Engine) -> None:
    answer = engine.ask("Wordt het BVM voor Syrië verlengd?")
    assert not answer.abstained, answer.reason
    assert any("verlengd" in c.quote for c in answer.citations)
    english = event_need(engine, "Was the EU directive for Ukrainians extended?", True)
    assert english is not None and "verleng" in english.roots[0]  # FreeDict: "verlengen"
    future = "Will the EU temporary directive for Ukrainian displaced persons be extended?"
    assert event_need(engine, future, True) is None  # no event presupposed


def test_an_english_event_the_minutes_never_state_abstains(engine: Engine) -> None:
    answer = engine.ask("Was the target for 2025-I postponed?")
    assert answer.abstained and answer.reason_code == "event_unstated", answer.reason
