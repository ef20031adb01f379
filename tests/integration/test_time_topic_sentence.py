"""Rule time_topic_sentence (answer/asked_detail.py, used by rule property_tied; on by
default): a statement states the time a question asks only in its sentences on the topic (and
the sentence right after one); a time in another sentence is of something else."""

from __future__ import annotations

from switched import switched

from lrt_search.answer.asked_detail import topic_sentences
from lrt_search.service import Engine

_HAR = "Tot wanneer mogen wij de Hotel en Accomodatieregeling nog gebruiken?"


def test_the_sentences_on_the_topic_and_the_one_after() -> None:
    text = "De DSL's. Hier is een SPUK voor. Deze wordt deze maand openbaar gemaakt. Meer niet."
    terms = frozenset({"spuk"})
    tokenize = lambda s: s.lower().replace(".", "").split()  # noqa: E731
    assert topic_sentences(text, terms, tokenize) == [
        "Hier is een SPUK voor.",
        "Deze wordt deze maand openbaar gemaakt.",
    ]
    assert topic_sentences("Geen woord erover.", terms, tokenize) == ["Geen woord erover."]


def test_a_time_in_a_sentence_off_the_topic_does_not_answer(engine: Engine) -> None:
    on = switched(engine, time_topic_sentence=True).ask(_HAR)
    assert on.abstained and on.reason_code == "no_time", (on.reason_code, on.reason)
    # (rule length_stated off: "voor de zomer" is no end, so "tot wanneer" abstains by it too)
    off = switched(engine, time_topic_sentence=False, length_stated=False).ask(_HAR)
    assert not off.abstained  # "voor de zomer", said of Budel beside "in hotels", answered
    answered = switched(engine, time_topic_sentence=True).ask(
        "wanneer komt die spuk voor doorstroomlocaties naar buiten"
    )
    assert not answered.abstained  # "Deze wordt deze maand openbaar gemaakt" after the SPUK
