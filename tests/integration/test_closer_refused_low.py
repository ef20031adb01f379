"""Rule closer_refused_low (answer.confidence_features.not_medium): when a statement closer to
the question than the quote was refused only for lacking the implied topic's words, the answer
is labelled low and still given with the same quotes; an answer whose best statement passed
every check keeps its label."""

from __future__ import annotations

import pytest

from lrt_search.results import CONFIDENCE_MEDIUM, Answer
from lrt_search.service import Engine


def _both(engine: Engine, question: str) -> tuple[Answer, Answer]:
    # (rule quote_refused_closer off: the label alone, with the same quotes; rule often_stated
    # off: it refuses "Hoe vaak ... verslag uitbrengen?", whose quote states no frequency)
    settings = engine.settings.replace(
        quote_refused_closer=False, often_stated=False, implied_topic_speaker_only=False
    )
    on = engine.with_settings(settings.replace(closer_refused_low=True)).ask(question)
    off = engine.with_settings(settings.replace(closer_refused_low=False)).ask(question)
    return on, off


@pytest.mark.parametrize(
    "question",
    [
        # "laat binnenkwamen" paraphrases "late aanlevering" (10 November 2023); the quote
        # given shares "stukken" with it
        "Wat vonden de leden ervan dat de stukken zo laat binnenkwamen?",
        # "verslag uitbrengen" paraphrases "rapporteren" (8 July 2022)
        "Hoe vaak moeten de provinciale tafels verslag uitbrengen?",
    ],
)
def test_a_quote_below_a_refused_paraphrase_is_low(engine: Engine, question: str) -> None:
    on, off = _both(engine, question)
    assert not on.abstained and not off.abstained
    assert on.confidence_label == "low" and on.confidence < CONFIDENCE_MEDIUM
    assert off.confidence_label != "low"
    assert on.features["not_medium"] == 1.0
    assert [c.quote for c in on.citations] == [c.quote for c in off.citations]


@pytest.mark.parametrize(
    "question",
    [
        "Wat zei het IPO over indeplaatsstelling?",
        # "how many": the quote is chosen for the number next to "plekken", not its closeness
        "Hoeveel plekken werden er genoemd in de LRT van 19 maart 2025?",
    ],
)
def test_an_answer_whose_best_statement_passed_keeps_its_label(
    engine: Engine, question: str
) -> None:
    on, off = _both(engine, question)
    assert not on.abstained
    assert on.confidence == off.confidence
    assert on.features["not_medium"] == 0.0


def test_a_low_answer_quotes_the_refused_closer_statement_too(engine: Engine) -> None:
    """Rule quote_refused_closer: the statement the question paraphrases ("late aanlevering
    van documenten" for "de stukken zo laat binnenkwamen") is quoted after the others."""
    question = "Wat vonden de leden ervan dat de stukken zo laat binnenkwamen?"
    base = engine.settings.replace(implied_topic_speaker_only=False)  # the check refuses it
    on = engine.with_settings(base.replace(quote_refused_closer=True)).ask(question)
    off = engine.with_settings(base.replace(quote_refused_closer=False)).ask(question)
    assert on.confidence_label == off.confidence_label == "low"
    assert "late aanlevering" in on.citations[-1].quote
    assert not any("late aanlevering" in c.quote for c in off.citations)
    assert [c.quote for c in on.citations[:-1]] == [c.quote for c in off.citations]


def test_no_refused_statement_is_quoted_without_the_low_label(engine: Engine) -> None:
    """Rule quote_refused_closer quotes nothing more when closer_refused_low is off."""
    question = "Wat vonden de leden ervan dat de stukken zo laat binnenkwamen?"
    settings = engine.settings.replace(
        closer_refused_low=False, quote_refused_closer=True, implied_topic_speaker_only=False
    )
    answer = engine.with_settings(settings).ask(question)
    assert answer.confidence_label != "low"
    assert not any("late aanlevering" in c.quote for c in answer.citations)
