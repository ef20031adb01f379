"""Rule ``same_pointers_read`` (search/preamble.py) on the bundled corpus: a follow-up that asks
whether a body said or thought "the same" as the sentence before keeps that sentence, whose
words are what the quote must hold; one whose first sentence names what the minutes lack is
refused for it; switched off, the first sentence is cut off as context."""

from __future__ import annotations

from switched import switched

from lrt_search.service import Engine

ASKED = (
    "I think the IBT should not be sped up too easily. Did the VNG feel likewise in November 2023?"
)


def test_the_pointed_to_sentence_is_read(engine: Engine) -> None:
    answer = engine.ask(ASKED)
    assert not answer.abstained, answer.reason
    assert any("te makkelijke versnelling" in c.quote for c in answer.citations)
    assert not any(n.startswith("context, not the question") for n in answer.notes)


def test_absent_content_of_the_first_sentence_is_refused(engine: Engine) -> None:
    answer = engine.ask(
        "Wij hebben te lang op de subsidie voor zonnepanelen moeten wachten. "
        "Zag de VNG het in november 2023 ook zo?"
    )
    assert answer.abstained and answer.reason_code == "topic_absent", answer.reason


def test_off_the_first_sentence_is_context(engine: Engine) -> None:
    answer = switched(engine, same_pointers_read=False).ask(ASKED)
    assert any(n.startswith("context, not the question") for n in answer.notes)
