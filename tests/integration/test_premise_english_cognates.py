"""Rule ``premise_english_cognates`` (answer.premise): an English why-premise word the Dutch
index holds as written ("extra", the false friend "late") is read as a translated word: it
names what the premise is about but is required only as the premise's one claim word."""

from __future__ import annotations

from switched import switched

from lrt_search.answer.premise import premise_terms
from lrt_search.search.parsed import ParsedQuestion
from lrt_search.service import Engine


def _needs(engine: Engine, premise: str) -> tuple[frozenset[str], ...]:
    parsed = ParsedQuestion(f"Why {premise}?", intents=frozenset({"why"}), premise=premise)
    return premise_terms(engine, parsed, english=True)[1]


def test_a_word_held_as_written_is_not_required_beside_translated_words(engine: Engine) -> None:
    premise = "did the COA say that finding extra reception places would not help"
    off = _needs(switched(engine, premise_english_cognates=False), premise)
    assert any("extra" in need for need in off), off  # the check rested on "extra" alone
    assert not any("extra" in need for need in _needs(engine, premise))


def test_a_false_friend_is_not_required_as_the_dutch_word(engine: Engine) -> None:
    premise = "did the minister say that the late housing target need not stop municipalities"
    off = _needs(switched(engine, premise_english_cognates=False), premise)
    assert any("late" in need for need in off), off  # Dutch "late" (of "laat"), not English
    assert not any("late" in need for need in _needs(engine, premise))


def test_a_held_word_that_is_the_only_claim_stays_required(engine: Engine) -> None:
    needs = _needs(engine, "was the LRT extra")
    assert any("extra" in need for need in needs), needs  # rule premise_translations_required
