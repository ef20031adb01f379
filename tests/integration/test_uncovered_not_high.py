"""Rule uncovered_not_high (issue 16, "a wrong answer looks like a right one"): an answer whose
best quote holds no whole word of the topic is never labelled high, on the bundled corpus."""

from __future__ import annotations

from lrt_search.answer.confidence_features import whole_topic_terms
from lrt_search.answer.evidence import Asked, requirements
from lrt_search.answer.frame import Frame
from lrt_search.models import CONFIDENCE_HIGH
from lrt_search.search.parsed import read_question
from lrt_search.service import Engine


def _frame(engine: Engine, question: str) -> Frame:
    parsed = read_question(question, engine.orgs, engine.glossary)
    scope = engine.scope(question, parsed)
    frame = Frame(engine, question, scope, [], [], (), None, None, False, False, False)
    frame.parsed = parsed
    asked = Asked(engine, question, scope, None, None, False, parsed)
    frame.needs = requirements(asked)
    return frame


def test_compound_parts_of_the_topic_are_not_whole_topic_words(engine: Engine) -> None:
    frame = _frame(engine, "What did VB think about the housing target?")
    whole = whole_topic_terms(frame)
    # "taakstelling" is split into "taak" and "stel" for the search; neither names the topic
    assert {"taak", "stel"} <= frame.needs.topic_terms
    assert not {"taak", "stel"} & whole
    assert "taakstel" in whole and "huisvest" in whole
    # a spelling variant of the topic word stays whole ("indeplaatstelling")
    frame = _frame(engine, "Wat zei het IPO over indeplaatsstelling?")
    assert whole_topic_terms(frame) == frame.needs.topic_terms


def test_a_quote_that_holds_only_a_compound_part_of_the_topic_is_not_high(
    engine: Engine,
) -> None:
    question = "What did VB think about the housing target?"  # VB: "taken", no housing target
    answer = engine.ask(question)
    assert answer.abstained or answer.confidence < CONFIDENCE_HIGH, answer.confidence
    # the same answer without the rule was labelled high: the rule, not chance, decides
    off = engine.with_settings(engine.settings.replace(uncovered_not_high=False))
    before = off.ask(question)
    assert not before.abstained and before.confidence >= CONFIDENCE_HIGH, before.confidence


def test_a_quote_that_holds_the_topic_word_stays_high(engine: Engine) -> None:
    answer = engine.ask("Wat zei het IPO over indeplaatsstelling?")
    assert not answer.abstained, answer.reason
    assert answer.confidence >= CONFIDENCE_HIGH, answer.confidence
