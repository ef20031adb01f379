"""Rules ``cause_premise`` (search/parsed.py; off by default) and ``consequence_stated``
(answer/consequence.py): a cause asked in another shape than "why" ("What led X to ...",
"Waardoor ...", "Hoe komt het dat ...") has the premise of a why-question, and a consequence
asked ("Wat als ...", "What happens if ...") is answered only by a statement that states one of
its topic."""

from __future__ import annotations

from switched import switched

from lrt_search.search.parsed import read_question
from lrt_search.search.query import SpeakerRules
from lrt_search.service import Engine


def _premise(engine: Engine, question: str) -> str:
    rules = SpeakerRules.of(engine.settings)
    return read_question(question, engine.orgs, engine.glossary, rules=rules).premise


def test_a_cause_asked_otherwise_has_the_premise_of_why(engine: Engine) -> None:
    off = engine
    engine = switched(engine, cause_premise=True)  # off by default (docs/settings.md)
    assert _premise(engine, "Waardoor daalt de instroom van Syriërs?") == (
        "daalt de instroom van Syriërs"
    )
    assert _premise(engine, "Hoe komt het dat de VNG zich zorgen maakt?") == (
        "de VNG zich zorgen maakt"
    )
    assert _premise(engine, "Wat is de reden dat de taakstelling is verlaagd?") == (
        "de taakstelling is verlaagd"
    )
    assert _premise(engine, "What caused the drop in arrivals?") == "the drop in arrivals"
    assert _premise(engine, "Why did the VNG leave?") == "did the VNG leave"  # as before
    assert _premise(engine, "What made up the package?") == ""  # no cause asked
    assert _premise(off, "Waardoor daalt de instroom van Syriërs?") == ""


def test_what_led_x_to_names_no_speaker(engine: Engine) -> None:
    question = "What led the ministry to ask the PRTs for beds in March 2025?"
    answer = switched(engine, cause_premise=True).ask(question)
    assert not answer.abstained, answer.reason
    assert any("oproep gedaan aan de PRT's voor bedden" in c.quote for c in answer.citations)
    off = engine.ask(question)
    assert off.abstained and off.reason_code == "name_absent", off.reason


def test_a_consequence_asked_needs_one_stated(engine: Engine) -> None:
    question = "Wat als de PRT's geen bedden voor statushouders aanbieden?"
    answer = engine.ask(question)
    assert answer.abstained and answer.reason_code == "no_answer", answer.answer
    assert not switched(engine, consequence_stated=False).ask(question).abstained


def test_a_consequence_stated_answers(engine: Engine) -> None:
    answer = engine.ask("What happens if the country policy for Syria is not changed?")
    assert not answer.abstained, answer.reason
    assert any("zal het BVM waarschijnlijk verlengd" in c.quote for c in answer.citations)
