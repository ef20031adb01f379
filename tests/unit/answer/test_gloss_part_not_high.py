"""Rule ``gloss_part_not_high`` (issue 16 item 8, session 27 task F3), built by hand: a quote
that meets a word of the topic only through one word of a multi-word glossary term is not
labelled high; a glossary term held whole, a one-word term, the question's own word, or the
rule off leave the label."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from lrt_search.answer.evidence import Requirements
from lrt_search.answer.gloss_part import gloss_part_only, glossary_parts
from lrt_search.config import Settings
from lrt_search.lexicon.glossary import GlossaryEntry
from lrt_search.models import Span
from lrt_search.results import Citation

FUNDING = GlossaryEntry(
    en=("funding",), nl=("financiële regelingen", "financiële dekking", "financiering")
)


def _quote(text: str) -> Citation:
    return Citation("2023-11-10#x", dt.date(2023, 11, 10), "x", "LRT", text, None, 0.9, Span(1, 1))


def _frame(question: str, on: bool = True) -> SimpleNamespace:
    analyzer = SimpleNamespace(tokenize=lambda text: text.lower().replace("?", "").split())
    glossary = SimpleNamespace(
        matches=lambda text: [("funding", FUNDING)] if "funding" in text else []
    )
    retriever = SimpleNamespace(
        settings=Settings(gloss_part_not_high=on), analyzer=analyzer, glossary=glossary
    )
    unit = frozenset({"financiële", "regelingen", "dekking", "financiering"})
    needs = Requirements(topic="the funding", topic_terms=unit, topic_units=(unit,))
    return SimpleNamespace(retriever=retriever, needs=needs, question=question)


QUESTION = "how did dgm view the funding?"


def test_the_glossary_terms_of_the_question_are_read_per_dutch_term() -> None:
    parts = glossary_parts(_frame(QUESTION))  # type: ignore[arg-type]
    assert parts == [
        frozenset({"financiële", "regelingen"}),
        frozenset({"financiële", "dekking"}),
        frozenset({"financiering"}),
    ]


def test_a_general_word_of_a_multi_word_term_alone_is_a_weak_route() -> None:
    quote = _quote("de verschillende regelingen worden in een onepager meegestuurd")
    assert gloss_part_only(_frame(QUESTION), quote)  # type: ignore[arg-type]


def test_a_term_held_whole_or_a_one_word_term_is_no_weak_route() -> None:
    whole = _quote("de financiële regelingen worden toegelicht")
    single = _quote("de financiering van de regelingen is rond")
    assert not gloss_part_only(_frame(QUESTION), whole)  # type: ignore[arg-type]
    assert not gloss_part_only(_frame(QUESTION), single)  # type: ignore[arg-type]


def test_the_question_s_own_word_or_the_rule_off_or_no_glossary_term_leave_it() -> None:
    part = _quote("de verschillende regelingen worden meegestuurd")
    own = _frame("how did dgm view the funding regelingen?")
    assert not gloss_part_only(own, part)  # type: ignore[arg-type]
    assert not gloss_part_only(_frame(QUESTION, on=False), part)  # type: ignore[arg-type]
    assert not gloss_part_only(_frame("wat zei dgm over regelingen?"), part)  # type: ignore[arg-type]
