"""Issue 16 task C2, rule ``names_earlier_in_item``: minutes write a topic's name once and then
"het pakket", "de wetten", "deze wetgevingen". A name of the question counts for a statement
when an earlier statement of its agenda item by the same speaker writes it (item 4 of 19 March
2025: "MAenM licht toe dat zij de spreidingswet wil intrekken" ... "MAenM vult aan dat de
wetten als een pakket in werking gaan. ... Het pakket moet voor de zomer gereed zijn."), and the
statement holds a topic term or refers back; it is quoted only when no statement that writes
the name passes."""

from __future__ import annotations

from switched import switched

from lrt_search.answer.item_names import earlier_statements
from lrt_search.service import Engine

_QUESTION = "Wanneer moet het pakket ter vervanging van de Spreidingswet volgens MAenM klaar zijn?"
_GOLD = "Het pakket moet voor de zomer gereed zijn."
_NAMED = "spreidingswet wil intrekken"


def _quotes(answer: object) -> list[str]:
    return [c.quote for c in answer.citations]  # type: ignore[attr-defined]


def test_a_name_the_same_speaker_wrote_earlier_in_the_item_counts(engine: Engine) -> None:
    on = switched(engine, names_earlier_in_item="speaker").ask(_QUESTION)
    assert not on.abstained, on.reason
    assert any(_GOLD in q for q in _quotes(on)), _quotes(on)
    off = switched(engine, names_earlier_in_item="").ask(_QUESTION)
    assert off.abstained or not any(_GOLD in q for q in _quotes(off)), _quotes(off)


def test_another_body_asked_does_not_borrow_the_name(engine: Engine) -> None:
    question = (
        "Wanneer moet het pakket ter vervanging van de Spreidingswet volgens de VNG klaar zijn?"
    )
    answer = switched(engine, names_earlier_in_item="speaker").ask(question)
    assert answer.abstained or not any(_GOLD in q for q in _quotes(answer)), _quotes(answer)


def test_the_earlier_statements_span_the_item_s_passages(engine: Engine) -> None:
    retriever = engine
    chunks = [c for c in retriever.chunks if any(_GOLD in s.text for s in c.statements)]
    assert len(chunks) == 1 and chunks[0].part > 1
    chunk = chunks[0]
    index = next(i for i, s in enumerate(chunk.statements) if _GOLD in s.text)
    texts = [s.text for s in earlier_statements(retriever, chunk, index)]
    assert any(_NAMED in t for t in texts), texts
    assert not any(_GOLD in t for t in texts)


def test_a_statement_that_names_it_comes_before_one_that_borrows_it(engine: Engine) -> None:
    # Later MAenM statements of the item borrow "Spreidingswet"; the one that writes it answers.
    question = "According to MAenM, why can the Dispersal Act not just be withdrawn?"
    answer = switched(engine, names_earlier_in_item="speaker").ask(question)
    assert not answer.abstained, answer.reason
    assert any(_NAMED in q for q in _quotes(answer)), _quotes(answer)
    assert not any(_GOLD in q for q in _quotes(answer)), _quotes(answer)
