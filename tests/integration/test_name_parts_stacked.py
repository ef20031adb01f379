"""Rule ``name_parts_stacked`` (answer/names._stacked): names stacked without a particle, one an
acronym ("de DSL SPUK", "het Syrië BVM"), that the minutes never write together but know each
("Voor DSL is ook een SPUK") are names of their own. Off, the stack is one name no statement
holds: ``name_not_quoted``."""

from __future__ import annotations

from switched import switched

from lrt_search.answer.names import name_parts
from lrt_search.service import Engine

QUESTION = "Wat zei MAenM over het Syrië BVM?"
GOLD = "MAenM licht toe dat er een Besluit en vertrekmoratorium (BVM) is voor Syrië."


def test_a_stack_of_known_names_is_read_apart(engine: Engine) -> None:
    retriever = engine
    assert name_parts(retriever, "Syrië BVM", QUESTION) == ["Syrië", "BVM"]
    assert name_parts(retriever, "DSL SPUK", "Is there a DSL SPUK?") == ["DSL", "SPUK"]
    # opening the question, or a part the minutes lack: left whole
    assert name_parts(retriever, "Zoekt BZK", "Zoekt BZK nog locaties?") == ["Zoekt BZK"]
    whole = "VluchtelingenWerk Nederland"
    assert name_parts(retriever, whole, f"Wat zei {whole}?") == [whole]


def test_the_stack_apart_is_answered(engine: Engine) -> None:
    answer = engine.ask(QUESTION)
    assert not answer.abstained, answer.reason
    assert any(GOLD in " ".join(c.quote.split()) for c in answer.citations)
    off = switched(engine, name_parts_stacked=False).ask(QUESTION)
    assert off.abstained and off.reason_code == "name_not_quoted"
