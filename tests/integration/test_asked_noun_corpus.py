"""Rule asked_noun_absent (``Settings.asked_noun_absent``, answer.asked_noun) on the bundled
corpus: a noun a Dutch question counts or asks the state of that the minutes lack in every form
makes the topic absent ("kinderen", "bewaking"); one they hold, or a compound whose head they
hold, does not."""

from __future__ import annotations

from lrt_search.answer.asked_noun import absent_asked_nouns
from lrt_search.service import Engine


def test_nouns_the_minutes_lack_are_absent_and_those_they_hold_are_not(engine: Engine) -> None:
    assert absent_asked_nouns(engine, "Hoe staat het met de bewaking van de azc's?") == ["bewaking"]
    assert absent_asked_nouns(engine, "Hoeveel kinderen in het azc gaan naar school?") == [
        "kinderen"
    ]
    assert absent_asked_nouns(engine, "Hoe staat het met de huisvesting van statushouders?") == []
    # a compound whose head the minutes hold ("woning") is not absent in every form
    assert absent_asked_nouns(engine, "Hoeveel huurwoningen zijn er nodig?") == []


def test_with_the_rule_off_the_question_is_answered(engine: Engine) -> None:
    question = "Hoe staat het met de bewaking van de azc's?"
    on = engine.with_settings(engine.settings.replace(asked_noun_absent=True)).ask(question)
    assert on.abstained and on.reason_code == "topic_absent"
    assert on.reason_params["words"] == ["bewaking"]
    # rule corpus_spread_weight refuses it too: "azc's" stands in many chunks, so the missing
    # "bewaking" carries the implied topic
    off = engine.with_settings(
        engine.settings.replace(asked_noun_absent=False, corpus_spread_weight=False)
    ).ask(question)
    assert not off.abstained  # the implied-topic check alone lets it through
    spread = engine.with_settings(engine.settings.replace(asked_noun_absent=False)).ask(question)
    assert spread.abstained and spread.reason_params["words"] == ["bewaking"]
