"""No question decodes every chunk: corpus facts (vocabulary, attendees) come from the index.

The chunk store is the real one, with its decoder wrapped to count the rows it decodes.
"""

from __future__ import annotations

import pytest
from chunk_counting import count_decodes

from lrt_search.index.chunkstore import ChunkStore
from lrt_search.service import Engine

QUESTIONS = [
    "Wat zei het IPO over indeplaatsstelling?",
    "What did Faber say about the Oekraïners?",
    "Wie waren aanwezig bij de LRT van 3 november 2023?",
    "Wat vonden de Oekraïense ontheemden van de opvang van COA?",
    "How did the Spreidingswet develop?",
    "Wat zei Vluchtelingenwerk Nederland over de Europese afspraken?",
    # session 22: a group noun as the speaker (rule group_speaker_subject: table stem_rows)
    "Waar zien provincies volgens het verslag tegen op bij de indeplaatstelling?",
    # an acronym compound the minutes never write (rule acronym_compound_apart: word rows)
    "Hoeveel DSL-plekken zouden er kunnen ontstaan voor statushouders?",
]


def test_no_question_decodes_every_chunk(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    assert isinstance(engine.chunks, ChunkStore)
    decoded = count_decodes(monkeypatch)
    n = len(engine.chunks)
    for question in QUESTIONS:
        engine.chunks._cache.clear()
        for attr in ("_people_orgs", "_evidence_words"):
            engine.__dict__.pop(attr, None)
        decoded.clear()
        engine.ask(question)
        engine.search(question, k=10)
        assert len(set(decoded)) < n, (question, len(set(decoded)), n)
    assert engine.chunks.facts.attendees()  # the stored facts were read


def test_the_register_decodes_no_chunk(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    """``Engine.decisions`` (the web's register) reads the rows stored with the index."""
    from lrt_search.answer.decisions import corpus_register

    decoded = count_decodes(monkeypatch, forbid_iteration=False)
    engine.__dict__.pop("_decisions", None)
    register = engine.decisions()
    assert decoded == []
    assert register.to_dict() == corpus_register(engine.settings).to_dict()
    assert len(engine.decisions(kind="actie", org="COA")) < len(register)


def test_absence_questions_decode_no_chunk_of_their_period(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rule ``absence_stated`` reads the statements of absence of the question's period from the
    index's table ``absence_lines``: it decodes no chunk (it decoded every chunk of the period:
    10,021 at 100k for a year)."""
    from lrt_search.answer import answering

    # rule stand_in_lines answers two of them first (two chunks a meeting): this is the gate's
    engine = engine.with_settings(engine.settings.replace(stand_in_lines=False))
    decoded = count_decodes(monkeypatch)
    reached: list[tuple[str, int, object]] = []
    real = answering.absence_unstated

    def watched(frame):  # type: ignore[no-untyped-def]
        before = len(decoded)
        reason = real(frame)
        reached.append((frame.question, len(decoded) - before, reason))
        return reason

    monkeypatch.setattr(answering, "absence_unstated", watched)
    questions = [
        "Wie was er in 2023 afwezig bij de LRT?",
        "Why was the IPO absent from the LRT of 10 November 2023?",
        "Wie had zich afgemeld voor de LRT van maart 2025?",
    ]
    for question in questions:
        engine.chunks._cache.clear()
        engine.ask(question)
    assert len(reached) == len(questions)
    assert [(q, n) for q, n, _ in reached if n] == []
    assert any(reason is not None for _, _, reason in reached)  # the rule decided something
