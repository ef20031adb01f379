"""Rule topic_head_required (``Settings.topic_head_required``, answer.topic_head) on the bundled
corpus: a topic whose head noun the minutes lack beside a modifier they hold is absent ("de
bewaking van de voorportalen"); one whose head they hold ("de uitstroom van statushouders"),
or as a compound part ("de prijzen van flexwoningen": "prijsopdrijvend"), is not."""

from __future__ import annotations

from lrt_search.answer.topic_head import absent_head
from lrt_search.answer.topics import topic_terms
from lrt_search.service import Engine


def _absent(engine: Engine, topic: str, english: bool = False) -> list[str]:
    return absent_head(engine, topic, topic_terms(engine, topic, english))


def test_a_head_the_minutes_lack_beside_a_modifier_they_hold_is_absent(engine: Engine) -> None:
    assert _absent(engine, "de bewaking van de voorportalen") == ["bewaking"]
    assert _absent(engine, "the catering in Ter Apel", english=True) == ["catering"]


def test_a_head_they_hold_or_a_general_head_is_not(engine: Engine) -> None:
    assert _absent(engine, "de uitstroom van statushouders") == []
    assert _absent(engine, "the waiting room of the IND", english=True) == []
    # a head the minutes hold as a compound part: "prijs" (from "prijzen") in "prijsopdrijvend"
    assert _absent(engine, "de prijzen van flexwoningen") == []
    assert _absent(engine, "the situation in Ter Apel", english=True) == []
    # a modifier the minutes lack too: the share of the weight decides, not this rule
    assert _absent(engine, "de bewaking van de zwembaden") == []


def test_with_the_rule_off_the_question_is_answered(engine: Engine) -> None:
    question = "Werd er gesproken over de bewaking van de voorportalen?"
    on = engine.with_settings(engine.settings.replace(topic_head_required=True)).ask(question)
    assert on.abstained and on.reason_code == "topic_absent"
    assert on.reason_params["words"] == ["bewaking"]
    off = engine.with_settings(engine.settings.replace(topic_head_required=False)).ask(question)
    assert not off.abstained  # the share of the weight it lacks stays below the threshold
