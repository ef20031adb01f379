"""Rule ``compound_parts_together`` (answer/compound_spans.py; off by default, on at 3), on the
bundled corpus: a Dutch topic compound the minutes lack, found only through its parts, is
quoted only by a statement where its parts stand together ("achterstand bij de huisvesting"
for "huisvestingsachterstand"), not by one that holds them scattered ("MBZK onderstreept de
nood. Het moet niet alleen gaan om extra opvang ..." for "noodopvang") or one part alone."""

from __future__ import annotations

from switched import switched

from lrt_search.answer.compound_spans import compound_spans
from lrt_search.answer.topics import topic_terms
from lrt_search.service import Engine


def test_scattered_parts_do_not_quote_the_compound(engine: Engine) -> None:
    question = "Wat zei MBZK over de noodopvang?"
    answer = switched(engine, compound_parts_together=3).ask(question)
    assert answer.abstained and answer.reason_code == "topic_not_quoted"
    off = engine.ask(question)
    assert not off.abstained
    assert any("onderstreept de nood" in c.quote for c in off.citations)


def test_parts_together_quote_the_compound(engine: Engine) -> None:
    answer = switched(engine, compound_parts_together=3).ask(
        "Wat zei het COA over de huisvestingsachterstand?"
    )
    assert not answer.abstained
    assert any("achterstand bij de huisvesting" in c.quote for c in answer.citations)


def test_the_spans_of_a_topic(engine: Engine) -> None:
    retriever = switched(engine, compound_parts_together=3).evidence
    spans = compound_spans(retriever, topic_terms(retriever, "noodopvang", False))
    assert [parts for parts, _ in spans] == [(frozenset({"nood"}), frozenset({"opvang"}))]
    # a word the minutes write, and an English topic: no span
    assert compound_spans(retriever, topic_terms(retriever, "opvang", False)) == ()
    assert compound_spans(retriever, topic_terms(retriever, "reception", True)) == ()
    off = engine.evidence  # the rule off (the default)
    assert compound_spans(off, topic_terms(off, "noodopvang", False)) == ()
