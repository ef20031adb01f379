"""Rule ``preamble_context`` (search/preamble.py) on the bundled corpus: a question with a
sentence of context before it is answered from its question sentence (the context's places and
words are no names or topic of the question); its context is noted; an unanswerable question
sentence is refused for its own reason; switched off, the context's name refuses the question."""

from __future__ import annotations

from switched import switched

from lrt_search.service import Engine

CONTEXT = "Ik zit in de gemeenteraad van Maastricht."
ASKED = "Wat vroeg de VNG in juli 2022 over de flexibele opvang?"


def test_the_question_sentence_is_answered(engine: Engine) -> None:
    answer = engine.ask(f"{CONTEXT} {ASKED}")
    assert not answer.abstained, answer.reason
    assert any("flexibele opvang (maatregel 8)" in c.quote for c in answer.citations)
    assert f"context, not the question: {CONTEXT}" in answer.notes
    assert answer.question == f"{CONTEXT} {ASKED}"


def test_an_absent_meeting_is_refused_for_itself(engine: Engine) -> None:
    answer = engine.ask(f"{CONTEXT} Wat vroeg de VNG in juni 2024 over de flexibele opvang?")
    assert answer.abstained and answer.reason_code == "no_meeting", answer.reason


def test_off_the_context_is_read_as_part_of_the_question(engine: Engine) -> None:
    answer = switched(engine, preamble_context=False).ask(f"{CONTEXT} {ASKED}")
    assert answer.abstained and answer.reason_code == "name_absent", answer.reason
