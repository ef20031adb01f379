"""The premise of a why-question leaves its everyday adjectives and verb forms that the minutes
lack unchecked when its other words name something they hold (``Settings.
premise_paraphrase_words``, answer.premise): "bang dat gemeenten afhaken bij de taakstelling" is
said as "zorgen over ... de taakstelling". A premise of such words only keeps them all, and a
premise the minutes do not support still abstains ("uit de LRT gestapt")."""

from __future__ import annotations

from lrt_search.answer.premise import premise_terms
from lrt_search.search.parsed import ParsedQuestion
from lrt_search.service import Engine


def _why(text: str, premise: str) -> ParsedQuestion:
    return ParsedQuestion(text, speaker=("VNG",), intents=frozenset({"why"}), premise=premise)


def _needs(engine: Engine, parsed: ParsedQuestion) -> tuple[frozenset[str], ...]:
    return premise_terms(engine, parsed, english=False)[1]


def test_paraphrase_words_beside_a_word_the_minutes_hold_are_unchecked(engine: Engine) -> None:
    parsed = _why(
        "Waarom is de VNG bang dat gemeenten afhaken bij de taakstelling?",
        "is de VNG bang dat gemeenten afhaken bij de taakstelling",
    )
    assert _needs(engine, parsed) == (frozenset({"taakstel"}),)
    off = engine.with_settings(
        engine.settings.replace(premise_paraphrase_words=False, premise_specific_words=False)
    )
    assert len(_needs(off, parsed)) == 3  # "bang", "afhaken", "taakstelling"


def test_a_premise_of_paraphrase_words_only_keeps_them(engine: Engine) -> None:
    assert _needs(engine, _why("Waarom is de VNG boos?", "is de VNG boos")) == (
        frozenset({"boos"}),
    )


def test_an_unsupported_premise_still_abstains(engine: Engine) -> None:
    answer = engine.ask("Waarom is de VNG uit de LRT gestapt?")
    assert answer.abstained and answer.reason_code == "premise_unsupported", answer.reason
