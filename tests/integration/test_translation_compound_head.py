"""Rule ``translation_compound_head`` (issue 16 task C) on the bundled corpus: an English word
whose cognate translation the minutes hold only as a compound's last part is found through
that compound ("moratorium": "vertrekmoratorium"); a translation of another spelling inside a
word ("corpse" -> "lijk" in "mogelijk") or a first part is not."""

from __future__ import annotations

import pytest

from lrt_search.answer.topics import topic_terms
from lrt_search.answer.translation_head import cognate, compound_heads, head_terms
from lrt_search.service import Engine

MORATORIUM = (
    "What did the minister say would happen to the moratorium if the country policy stays the same?"
)


def test_a_cognate_compound_head_finds_the_statement(engine: Engine) -> None:
    # Rule role_speaker_asked: "the minister" asks a speaker, so implied_topic_quoted refuses the
    # 2023-04-06 attendance line ("De Ministers ... zijn verhinderd") quoted first without it.
    answer = engine.ask(MORATORIUM)
    assert not answer.abstained, answer.reason
    assert "vertrekmoratorium" in answer.citations[0].quote
    # glossary_head_reason off too (session 28): it words this refusal as topic_head_unread
    off = engine.with_settings(
        engine.settings.replace(translation_compound_head=False, glossary_head_reason=False)
    )
    refused = off.ask(MORATORIUM)
    assert refused.reason_code == "topic_absent", refused.answer
    assert "moratorium" in refused.reason_params["words"]


def test_only_a_last_part_after_a_whole_dutch_word(engine: Engine) -> None:
    assert compound_heads(engine, "moratorium") == {"vertrekmoratorium"}
    assert compound_heads(engine, "prognose") == {"productieprognose"}
    # "moge" + "lijk" splits as well: only the cognate condition keeps "corpse" -> "lijk" out.
    assert "mogelijk" in compound_heads(engine, "lijk")
    assert not head_terms(engine, "corpse", ("lijk",), lambda t: {t})
    assert not compound_heads(engine, "buur")  # "buurgemeenten": a first part only


@pytest.mark.parametrize(
    ("word", "translation", "expected"),
    [("moratorium", "moratorium", True), ("prognosis", "prognose", True),
     ("fortress", "vesting", False), ("corpse", "lijk", False)],
)  # fmt: skip
def test_cognate(word: str, translation: str, expected: bool) -> None:
    assert cognate(word, translation) is expected


def test_another_spelling_inside_a_word_is_no_head(engine: Engine) -> None:
    # "fortress" -> "vesting", the last part of "huisvesting" (a house, not a fortress).
    assert not head_terms(engine, "fortress", ("vesting",), lambda t: {t})
    assert head_terms(engine, "moratorium", ("moratorium",), lambda t: {t})


def test_a_lacking_word_beside_the_compound_may_name_another_kind(engine: Engine) -> None:
    # "vertrekmoratorium" is a moratorium on departures; "tenants" (glossary: "huurders"),
    # which the minutes lack, asks about another kind, so "moratorium" is lacking too.
    check = topic_terms(engine, "moratorium on evictions of tenants", True)
    assert "moratorium" in {unit[0] for unit in check.lacking}
    alone = topic_terms(engine, "moratorium for Syrians", True)
    assert "moratorium" in {unit[0] for unit in alone.found}
