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
