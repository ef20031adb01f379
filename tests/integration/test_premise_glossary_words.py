"""Rule ``premise_glossary_words`` (answer.premise): an English why-premise word FreeDict gives
no translation of ("municipality") is checked through its glossary entry's one-word Dutch terms
("gemeente"), not required as written, which no statement of the Dutch minutes holds."""

from __future__ import annotations

from switched import switched

from lrt_search.answer.premise import premise_terms
from lrt_search.lexicon.freedict import english_to_dutch
from lrt_search.search.parsed import ParsedQuestion
from lrt_search.service import Engine


def _needs(engine: Engine, premise: str) -> tuple[frozenset[str], ...]:
    parsed = ParsedQuestion(f"Why {premise}?", intents=frozenset({"why"}), premise=premise)
    return premise_terms(engine, parsed, english=True)[1]


def test_a_glossary_word_is_not_required_as_written(engine: Engine) -> None:
    assert not english_to_dutch("municipality")  # FreeDict lacks it; the glossary has it
    premise = "does a municipality want information"
    # (rule premise_glossary_beside, off too, would add the glossary's wording to the need)
    off = _needs(
        switched(engine, premise_glossary_words=False, premise_glossary_beside=False), premise
    )
    assert frozenset({"municipality"}) in off  # required as written: in no statement
    assert all("municipality" not in need for need in _needs(engine, premise))


def test_a_true_premise_with_a_glossary_word_is_answered(engine: Engine) -> None:
    # The minutes: "... informatie ontvangen als contact gelegd is met een gemeente ...".
    question = "Why does the IPO want information when a municipality is contacted?"
    answer = engine.ask(question)
    assert answer.reason_code != "premise_unsupported", answer.reason
    off = switched(engine, premise_glossary_words=False, premise_glossary_beside=False).ask(
        question
    )
    assert off.abstained and off.reason_code == "premise_unsupported", off.reason


def test_a_verb_no_dictionary_lists_is_still_required(engine: Engine) -> None:
    # Rule premise_unlisted_verb: "boycott" is in neither FreeDict nor the glossary.
    answer = engine.ask("Why did BZK boycott the meeting?")
    assert answer.abstained and answer.reason_code == "premise_unsupported", answer.reason
