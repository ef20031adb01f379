"""Rule ``premise_compound_parts`` (answer.premise): a Dutch why-premise compound the index
lacks whole ("voorbereidingstermijn") is required as its parts, each of which a supporting
statement (with its item heading) must hold, instead of whole, which no statement holds; a
compound one of whose parts the index lacks stays required whole."""

from __future__ import annotations

from switched import switched

from lrt_search.answer.premise import premise_terms
from lrt_search.search.parsed import ParsedQuestion
from lrt_search.service import Engine


def _needs(engine: Engine, premise: str) -> tuple[frozenset[str], ...]:
    parsed = ParsedQuestion(f"Waarom {premise}?", intents=frozenset({"why"}), premise=premise)
    return premise_terms(engine, parsed, english=False)[1]


def test_a_compound_the_minutes_lack_is_required_as_its_parts(engine: Engine) -> None:
    needs = _needs(engine, "was de voorbereidingstermijn van de brieven kort")
    whole = _needs(switched(engine, premise_compound_parts=False), "was de voorbereidingstermijn")
    assert len(whole) == 1 and not any(t in engine.bm25.terms for t in whole[0])
    parts = [n for n in needs if n not in _needs(engine, "was de brieven kort")]
    assert len(parts) == 2, needs  # "voorbereid", "termijn": each its own need
    assert all(next(iter(p)) in engine.bm25.terms for p in parts)


def test_a_compound_with_an_unknown_part_stays_whole(engine: Engine) -> None:
    needs = _needs(engine, "schrapte Aedes de huurwoningbouw")
    assert frozenset({"huurwoningbouw"}) in needs, needs  # "huur" + "woningbouw": no split


def test_a_premise_written_as_one_compound_is_answered_from_its_two_words(
    engine: Engine,
) -> None:
    # The minutes: "hebben moeite met de late aanlevering van documenten voor de LRT".
    question = "Waarom hadden de leden in november 2023 moeite met de late documentaanlevering?"
    answer = engine.ask(question)
    assert not answer.abstained, answer.reason
    assert any("aanlevering van documenten" in c.quote for c in answer.citations)
    # (rule premise_noun_restated off too: it supports the premise with one noun unheld)
    off = switched(engine, premise_compound_parts=False, premise_noun_restated=False).ask(question)
    assert off.abstained and off.reason_code == "premise_unsupported", off.reason
