"""Rule ``claim_frame_read`` (search/claim_frame.py) on the bundled corpus: a reported claim
("A newspaper claims ... Is that true?") is checked as the claim itself; its frame is noted and
no word of it is a topic word; switched off, the frame's words stay in the question and the
claim is refused."""

from __future__ import annotations

from switched import switched

from lrt_search.service import Engine

CLAIM = "A newspaper claims the COA's capacity decision of July 2022 set a target of 51,000 places."
GOLD = "met daarin de opgave van 51.000 plekken"


def test_the_claim_is_answered(engine: Engine) -> None:
    answer = engine.ask(f"{CLAIM} Is that true?")
    assert not answer.abstained, answer.reason
    assert any(GOLD in c.quote for c in answer.citations)
    assert "claim frame, not the question: A newspaper claims ... Is that true?" in answer.notes


def test_an_absent_claim_is_refused_for_its_own_words(engine: Engine) -> None:
    answer = engine.ask("A newspaper claims the COA bought a cruise ship in 2022. Is that true?")
    assert answer.abstained, answer.citations
    assert "newspaper" not in answer.reason


def test_off_the_frame_is_read_as_the_question(engine: Engine) -> None:
    answer = switched(engine, claim_frame_read=False).ask(f"{CLAIM} Is that true?")
    assert not any(GOLD in c.quote for c in answer.citations)
