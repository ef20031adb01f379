"""Two rules of the Dutch topic check (answer.topics) on the bundled corpus: an adverb made of
function words is part of the question's frame, never its topic (``Settings.function_compounds``:
"naartoe"); a compound noun the minutes lack whose head they hold adds its head to the topic's
found words (``Settings.compound_parts``: "internetconsultatie" is a "consultatie") and stays
missing itself, so a compound alone still abstains ("kinderopvang", "klimaatakkoord")."""

from __future__ import annotations

import pytest
from switched import switched

from lrt_search.answer.evidence import Asked
from lrt_search.answer.gates import gate_topic_absent
from lrt_search.search.parsed import ParsedQuestion
from lrt_search.search.query import QueryScope
from lrt_search.service import Engine


def _asked(engine: Engine, parsed: ParsedQuestion) -> Asked:
    return Asked(engine, parsed.text, QueryScope(), parsed=parsed)


def _gate(engine: Engine, parsed: ParsedQuestion) -> list[str] | None:
    params = gate_topic_absent(_asked(engine, parsed))
    return None if params is None else list(params["words"])


def test_an_adverb_of_function_words_is_no_topic_word(engine: Engine) -> None:
    # An implied topic (no "about X"): the content words "vluchtelingen naartoe".
    parsed = ParsedQuestion("Waar trekken vluchtelingen naartoe?")
    assert _gate(engine, parsed) is None
    assert _gate(switched(engine, function_compounds=False), parsed) == ["naartoe"]


def test_the_reply_to_a_where_to_question_is_quoted(engine: Engine) -> None:
    question = "Waar trekken vluchtelingen naartoe?"
    answer = engine.ask(question)
    assert not answer.abstained, answer.reason
    assert any("trekt naar de randstad" in c.quote for c in answer.citations), answer.answer
    assert switched(engine, function_compounds=False).ask(question).reason_code == "topic_absent"


def test_a_compound_whose_head_the_minutes_hold_counts_the_head_as_found(engine: Engine) -> None:
    parsed = ParsedQuestion(
        "Hoe werd er in de internetconsultatie gereageerd op de opstartwoningen?"
    )
    check = _asked(engine, parsed).topic_check
    assert check is not None
    assert "consultatie" in [name for name, _, _ in check.found]
    # still missing itself; "gereageerd" is a word of speech (rule speech_forms_read), no topic
    assert check.missing == ("internetconsultatie",)
    assert _gate(engine, parsed) is None
    off = _asked(switched(engine, compound_parts=False), parsed).topic_check
    assert off is not None and off.missing == ("internetconsultatie",)
    assert "consultatie" not in [name for name, _, _ in off.found]


@pytest.mark.parametrize(
    ("question", "topic", "word"),
    [
        ("Wat zei de VNG over kinderopvang?", "kinderopvang", "kinderopvang"),
        ("Hoe keek Aedes aan tegen het klimaatakkoord?", "", "klimaatakkoord"),
        ("Wat vond het IPO van studentenhuisvesting?", "studentenhuisvesting",
         "studentenhuisvesting"),
    ],
)  # fmt: skip
def test_a_compound_the_minutes_lack_still_abstains_alone(
    engine: Engine, question: str, topic: str, word: str
) -> None:
    parsed = ParsedQuestion(question, topic=topic)
    assert _gate(engine, parsed) == [word]
    answer = engine.ask(question)
    assert answer.abstained and answer.reason_code == "topic_absent", answer.reason
    assert word in answer.reason
