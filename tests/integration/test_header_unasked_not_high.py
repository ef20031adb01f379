"""Issue 16 task G, rule ``header_unasked_not_high``: an answer quoting a meeting's attendee list
is never labelled high when the question asks more of the people on it than who was there
("Hoe opende de voorzitter de vergadering?"): a content word of the question the quoted header
lacks. "Who chaired / attended" questions keep their label."""

from __future__ import annotations

import pytest
from switched import switched

from lrt_search.answer.header_spans import HEADER_KINDS
from lrt_search.service import Engine


@pytest.mark.parametrize(
    "question",
    [
        "Hoe opende de voorzitter de vergadering van maart 2025?",
        "Welke rol neemt de voorzitter volgens het verslag van maart 2025 op zich in het dossier?",
    ],
)
def test_a_header_quote_for_more_than_attendance_is_not_high(engine: Engine, question: str) -> None:
    # Rule role_speaker (session 16) reads "de voorzitter" with a verb as the speaker and
    # answers the second with the chair's own statement; without it both quote the header.
    engine = switched(engine, role_speaker=False)
    answer = engine.ask(question)
    assert not answer.abstained and answer.citations[0].kind in HEADER_KINDS, answer.citations
    assert answer.confidence_label != "high", answer.confidence
    off = switched(engine, header_unasked_not_high=False).ask(question)
    assert off.confidence_label == "high", off.confidence
    assert [c.quote for c in off.citations] == [c.quote for c in answer.citations]


@pytest.mark.parametrize(
    "question",
    [
        "Wie leidde de vergadering in maart 2025?",
        "Wie vertegenwoordigde Aedes op 10 november 2023?",
    ],
)
def test_who_attended_or_chaired_keeps_its_label(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert not answer.abstained and answer.citations[0].kind in HEADER_KINDS
    assert answer.confidence_label == "high", answer.confidence
