"""Rule ``premise_noun_restated`` (answer.premise_restated): a statement that holds every word
a Dutch why-premise of three words or more requires but one noun supports the premise ("een
wetsaanpassing voor de inburgering": the minutes' "aanpassing van de Wet Inburgering"); a
missing verb (the event), a compound's part, or a premise of one or two words stays required,
and a premise whose event is a frame verb ("ingestemd") the check never reads gets no rule."""

from __future__ import annotations

from switched import switched

from lrt_search.answer.premise import premise_terms
from lrt_search.answer.premise_restated import restated_nouns
from lrt_search.search.parsed import ParsedQuestion
from lrt_search.service import Engine


def _nouns(engine: Engine, premise: str, english: bool = False) -> frozenset[frozenset[str]]:
    parsed = ParsedQuestion(f"Waarom {premise}?", intents=frozenset({"why"}), premise=premise)
    needs = premise_terms(engine, parsed, english=english)[1]
    return restated_nouns(engine, premise, needs, english)


def _term(engine: Engine, word: str) -> frozenset[str]:
    return frozenset(engine.analyzer.tokenize_query(word, engine.bm25.terms)[:1])


def test_a_noun_may_be_restated_not_the_event(engine: Engine) -> None:
    premise = "wordt er gewerkt aan een wetsaanpassing voor de inburgering"
    nouns = _nouns(engine, premise)
    assert _term(engine, "wetsaanpassing") in nouns, nouns
    assert _term(engine, "gewerkt") not in nouns  # a verb: the event
    assert not _nouns(switched(engine, premise_noun_restated=False), premise)


def test_compound_parts_and_short_premises_stay_required(engine: Engine) -> None:
    # "rechtszaak" is required as its parts "recht" + "zaak" (rule premise_compound_parts)
    assert not _nouns(engine, "heeft VWS een rechtszaak aangespannen")
    assert not _nouns(engine, "kreeg IPO een boete")  # one word: nothing else to hold
    # two words: the one held may be all the premise checks ("verbieden" is unchecked)
    assert not _nouns(engine, "wilde MVRO de term doorstroomlocatie verbieden")
    # an event of the question's frame, which the premise check never reads
    assert not _nouns(engine, "heeft het IPO ingestemd met een snellere doorloop van plannen")


def test_a_restated_noun_is_answered_and_a_changed_event_refused(engine: Engine) -> None:
    question = "Waarom moet er gewerkt worden aan een wetsaanpassing voor de inburgering?"
    answer = engine.ask(question)
    assert not answer.abstained, answer.reason
    assert any("aanpassing van de Wet Inburgering" in c.quote for c in answer.citations)
    off = switched(engine, premise_noun_restated=False).ask(question)
    assert off.abstained and off.reason_code == "premise_unsupported", off.reason
    changed = engine.ask("Waarom wordt er gestopt met een wetsaanpassing voor de inburgering?")
    assert changed.abstained and changed.reason_code == "premise_unsupported", changed.answer
