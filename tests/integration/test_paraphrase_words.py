"""A Dutch adjective or verb form the minutes lack paraphrases a statement that holds the
topic's other words (``Settings.paraphrase_word_min_zipf``, answer.topics): "het afnemen van
steun" is what "Draagvlak brokkelt af" says. A noun the minutes lack still names an absent topic
("criminaliteit", "studenten"), and beside one a paraphrase word counts as missing too."""

from __future__ import annotations

import pytest

from lrt_search.answer.evidence import Asked
from lrt_search.answer.gates import gate_topic_absent
from lrt_search.search.parsed import ParsedQuestion
from lrt_search.search.query import QueryScope
from lrt_search.service import Engine


def _gate(engine: Engine, parsed: ParsedQuestion) -> list[str] | None:
    asked = Asked(engine, parsed.text, QueryScope(), parsed=parsed)
    params = gate_topic_absent(asked)
    return None if params is None else list(params["words"])


def test_a_paraphrase_word_beside_found_words_is_not_a_missing_topic(engine: Engine) -> None:
    parsed = ParsedQuestion(
        "Wat zei de VNG over het afnemen van steun bij gemeenten?",
        speaker=("VNG",),
        speaker_words=("VNG",),
        topic="het afnemen van steun bij gemeenten",
        speech=True,
    )
    assert _gate(engine, parsed) is None
    off = engine.with_settings(engine.settings.replace(paraphrase_word_min_zipf=0.0))
    assert _gate(off, parsed) == ["afnemen"]


def test_a_missing_noun_is_a_missing_topic_and_takes_its_verb_along(engine: Engine) -> None:
    # An implied topic (no "about X"): the content words "criminaliteit azc's gestegen".
    parsed = ParsedQuestion(
        "Is de criminaliteit rond azc's gestegen?", intents=frozenset({"yes_no"})
    )
    assert _gate(engine, parsed) == ["criminaliteit", "gestegen"]


@pytest.mark.parametrize(
    ("question", "quote", "without"),
    [
        ("Wat zei de VNG over het afnemen van steun bij gemeenten?", "Draagvlak brokkelt af",
         "topic_absent"),
        ("Vond Aedes een algemeen bod van de corporaties nog zinvol?", "niet opportuun",
         "topic_absent"),
        ("Werd het in maart 2025 rustiger in Ter Apel?", "De situatie in Ter Apel is stabiel.",
         None),
    ],
)  # fmt: skip
def test_a_question_in_everyday_words_is_answered(
    engine: Engine, question: str, quote: str, without: str | None
) -> None:
    answer = engine.ask(question)
    assert not answer.abstained, answer.reason
    assert any(quote in c.quote for c in answer.citations), answer.answer
    off = engine.with_settings(
        engine.settings.replace(paraphrase_word_min_zipf=0.0, topic_weight_words=False)
    )  # rule topic_weight_words (session 27) would keep "zinvol" alone from refusing too
    assert off.ask(question).reason_code == without


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("Wat zei de VNG over criminaliteit rond azc's?", "criminaliteit"),
        ("Is de criminaliteit rond azc's gestegen?", "criminaliteit"),
        ("Werden de studenten zwaarder belast?", "studenten"),
    ],
)
def test_an_everyday_topic_the_minutes_lack_abstains(
    engine: Engine, question: str, word: str
) -> None:
    answer = engine.ask(question)
    assert answer.abstained and answer.reason_code == "topic_absent", answer.reason
    assert word in answer.reason
