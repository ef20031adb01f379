"""The low-confidence abstention's floor (`Settings.abstain_below` 0.4, issue 16 task F): an
answer of confidence 0.4-0.5 is shown, labelled low with a caveat, instead of refused; below
the floor, where wrong answers dominate, `ask` still abstains `low_confidence`."""

from __future__ import annotations

from lrt_search.interfaces.answer_view import answer_text
from lrt_search.results import CONFIDENCE_MEDIUM
from lrt_search.service import Engine

QUESTION = "Did the VB state when the role of the safety regions ends?"  # english_probe ep40
GOLD = "rol van VR's voor cno afloopt op 1 juli"


def test_an_answer_between_floor_and_medium_is_shown_labelled_low(engine: Engine) -> None:
    answer = engine.ask(QUESTION)
    assert not answer.abstained, answer.reason
    assert engine.settings.abstain_below <= answer.confidence < CONFIDENCE_MEDIUM
    assert answer.confidence_label == "low"
    assert any(GOLD in c.quote for c in answer.citations), [c.quote for c in answer.citations]
    assert "the quotes may not answer the question" in answer_text(answer, width=200)


def test_the_old_threshold_refuses_it(engine: Engine) -> None:
    old = engine.with_settings(engine.settings.replace(abstain_below=0.5)).ask(QUESTION)
    assert old.abstained and old.reason_code == "low_confidence"


def test_below_the_floor_ask_still_abstains(engine: Engine) -> None:
    answer = engine.ask("Why did the COA fire its director?")  # english_probe ep68, unanswerable
    assert answer.abstained and answer.reason_code == "low_confidence"
    assert answer.confidence < engine.settings.abstain_below
