"""Rule ``premise_common_paraphrased`` (answer.premise_common): a statement that lacks only
common words of a Dutch why-premise ("voorzichtig" for the minutes' "terughoudend") and holds
as many of its needs, a rare one among them, supports it; the premise's first word (its finite
verb, the event), a premise of one need and a premise with a word the check does not read stay
required."""

from __future__ import annotations

from switched import switched

from lrt_search.answer.premise import premise_terms
from lrt_search.answer.premise_common import common_needs
from lrt_search.search.parsed import ParsedQuestion
from lrt_search.service import Engine


def _common(engine: Engine, premise: str) -> frozenset[frozenset[str]]:
    parsed = ParsedQuestion(f"Waarom {premise}?", intents=frozenset({"why"}), premise=premise)
    needs = premise_terms(engine, parsed, english=False)[1]
    return common_needs(engine, premise, needs, False)


def _term(engine: Engine, word: str) -> frozenset[str]:
    return frozenset(engine.analyzer.tokenize_query(word, engine.bm25.terms)[:1])


def test_a_common_word_may_be_paraphrased_not_the_event(engine: Engine) -> None:
    premise = "moest de IND-wachtruimte in november 2023 als slaapruimte dienen"
    common = _common(engine, premise)
    assert any(_term(engine, "dienen") <= need for need in common), common
    assert not any(_term(engine, "slaapruimte") <= need for need in common)  # rare
    assert not _common(switched(engine, premise_common_paraphrased=False), premise)
    # the finite verb, the premise's first word, is its event: still required
    assert not _common(engine, "sloot MAenM in maart 2025 de opvang in Budel")


def test_a_premise_read_in_part_may_lack_nothing(engine: Engine) -> None:
    # "uitzetten" is a paraphrase word the minutes lack, left unchecked: no common word
    # may lack besides
    premise = "zijn gemeenten in november 2023 voorzichtig met het uitzetten van statushouders"
    assert not _common(engine, premise)


def test_paraphrased_premise_answered_and_changed_event_refused(engine: Engine) -> None:
    question = (
        "Waarom zijn gemeenten volgens MBZK in november 2023 voorzichtig met het plaatsen van "
        "statushouders?"
    )
    answer = engine.ask(question)
    assert not answer.abstained, answer.reason
    assert any("terughoudend" in c.quote for c in answer.citations)
    off = switched(engine, premise_common_paraphrased=False).ask(question)
    assert off.abstained and off.reason_code == "premise_unsupported", off.reason
    changed = engine.ask("Waarom sloot MAenM in maart 2025 de opvang in Budel?")
    assert changed.abstained, changed.answer
