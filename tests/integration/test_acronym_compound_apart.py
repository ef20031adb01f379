"""Rule ``acronym_compound_apart`` (answer.compound_names), on the bundled corpus: the asker's
compound of an acronym and a general word ("DSL-plekken") or a law stacked on a document-type
acronym ("Spreidingswet AMvB"), which the minutes write only apart, is no name the quote must
hold word for word; a compound whose acronym or law the minutes lack still refuses."""

from __future__ import annotations

from switched import switched

from lrt_search.answer.compound_names import compound_parts
from lrt_search.service import Engine


def test_a_hyphenated_compound_is_a_topic(engine: Engine) -> None:
    question = "Hoeveel DSL-plekken zouden er kunnen ontstaan voor statushouders?"
    answer = engine.ask(question)
    assert not answer.abstained
    assert any("8500 plekken" in c.quote for c in answer.citations)
    off = switched(engine, acronym_compound_apart=False).ask(question)
    assert off.abstained and off.reason_code == "name_not_quoted"


def test_a_stacked_name_is_two_names(engine: Engine) -> None:
    question = "Wanneer gaat de Spreidingswet AMvB in consultatie?"
    answer = engine.ask(question)
    assert not answer.abstained
    assert any("AMvB voor de Spreidingswet" in c.quote for c in answer.citations)
    assert switched(engine, acronym_compound_apart=False).ask(question).abstained


def test_the_parts(engine: Engine) -> None:
    retriever = engine.evidence
    q = "Wat weet u hiervan?"
    assert compound_parts(retriever, "DSL-plekken", q) == []
    assert compound_parts(retriever, "Spreidingswet AMvB", q) == ["Spreidingswet", "AMvB"]
    # a general word the minutes lack: only the name part is required
    assert compound_parts(retriever, "SPUK-scheme", q) == ["SPUK"]
    # a phrase the minutes write, a name without an acronym, an absent acronym: whole
    assert compound_parts(retriever, "IBT ladder", q) == ["IBT ladder"]
    assert compound_parts(retriever, "Ter Apel", q) == ["Ter Apel"]
    assert compound_parts(retriever, "GGD-aanpak", q) == ["GGD-aanpak"]


def test_an_absent_acronym_still_refuses(engine: Engine) -> None:
    answer = engine.ask("Wanneer gaat de Omgevingswet AMvB in consultatie?")
    assert answer.abstained and answer.reason_code == "name_absent"
    answer = engine.ask("Wat zei MBZK in november 2023 over de GGD-aanpak?")
    assert answer.abstained and answer.reason_code == "name_absent"


def test_the_phrase_is_looked_up_in_the_chunks_the_index_lists(engine: Engine, monkeypatch) -> None:
    # Issue 16 item 7: whether the minutes write the phrase is read in the chunks holding its
    # words (the facts' word rows), never by decoding every chunk; the same parts as before.
    from lrt_search.index.chunkstore import ChunkStore

    def every_chunk(self: ChunkStore) -> None:
        raise AssertionError("every chunk decoded on a question")

    monkeypatch.setattr(ChunkStore, "__iter__", every_chunk)
    retriever = engine.evidence
    q = "Wat weet u hiervan?"
    assert compound_parts(retriever, "IBT ladder", q) == ["IBT ladder"]  # written: found
    assert compound_parts(retriever, "DSL-plekken", q) == []  # never written
    assert compound_parts(retriever, "Spreidingswet AMvB", q) == ["Spreidingswet", "AMvB"]
