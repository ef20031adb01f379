"""Rule ``topic_weight_words`` (answer/topic_weight.py, gate topic_known) on the bundled corpus:
an undeclined adjective the minutes lack ("driftig") no longer refuses a question whose other
words they hold; beside a content word they lack ("belastingdienst") it still counts. The rule
is on by default since session 27's merge (docs/settings.md); the tests set it both ways."""

from __future__ import annotations

from switched import switched

from lrt_search.service import Engine


def test_a_light_word_alone_does_not_refuse(engine: Engine) -> None:
    question = "Belde het COA in november 2023 al driftig met gemeenten?"
    answer = switched(engine, topic_weight_words=True).ask(question)
    assert not answer.abstained, answer.reason
    assert any("COA belt momenteel al" in c.quote for c in answer.citations)
    off = switched(engine, topic_weight_words=False).ask(question)
    assert off.abstained and off.reason_code == "topic_absent"


def test_a_content_word_the_minutes_lack_still_refuses(engine: Engine) -> None:
    on = switched(engine, topic_weight_words=True)
    answer = on.ask("Belde het COA in november 2023 al driftig met de belastingdienst?")
    assert answer.abstained and answer.reason_code == "topic_absent", answer.answer
    assert "belastingdienst" in answer.reason_params.get("words", [])
