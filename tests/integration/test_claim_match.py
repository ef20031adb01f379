"""Rule claim_match (answer.claims; issue 16): "who said that <claim>?" quotes first the
statement closest to the claim, on the bundled corpus; off, the quotes stand in meeting order."""

from __future__ import annotations

import pytest

from lrt_search.answer.claims import claim_of
from lrt_search.service import Engine

_TER_APEL = "Who said that the situation in Ter Apel is stable?"


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (_TER_APEL, "the situation in Ter Apel is stable"),
        ("Wie heeft gezegd dat flexwoningen tijd kosten?", "flexwoningen tijd kosten"),
        ("Which member argued that the plan is too slow?", "the plan is too slow"),
        ("Who is responsible for the plan that was agreed?", ""),  # no word of speech
        ("What did the VNG say about the plan?", ""),
    ],
)
def test_the_claim_is_the_clause_after_a_word_of_speech(question: str, claim: str) -> None:
    assert claim_of(question) == claim


def test_the_statement_of_the_claim_is_quoted_first(engine: Engine) -> None:
    first = engine.ask(_TER_APEL).citations[0]
    assert "De situatie in Ter Apel is stabiel" in first.quote
    assert first.speaker == "COA"
    off = engine.with_settings(engine.settings.replace(claim_match=False)).ask(_TER_APEL)
    # without the rule the earliest meeting's "nog steeds kritiek" comes first
    assert "stabiel" not in off.citations[0].quote
    assert {c.quote for c in off.citations} == {c.quote for c in engine.ask(_TER_APEL).citations}


def test_a_dutch_claim_finds_its_sentence_inside_a_longer_bullet(engine: Engine) -> None:
    answer = engine.ask("Who said that the laws will take effect as one package?")
    assert "de wetten als een pakket in werking gaan" in answer.citations[0].quote
