"""Rule gloss_sense_context (lexicon/gloss_senses.py, lexicon/data/sense_contexts.toml) on the
bundled corpus: in "how close an azc can be to a school" the word is near, not shut, so neither
the glossary's closure entry ("sluiting, sluiten, gesloten") nor FreeDict's "sluiten" is searched
or made a topic term (the minutes' "sluit ook de voorzitter aan" was found through it); "close the
location" keeps both; an unanswerable question about the living conditions in the tents is
refused with the rule and answered without it (through "voorwaarden")."""

from __future__ import annotations

from switched import switched

from lrt_search.search.bridges import bridged_words
from lrt_search.service import Engine

_NEAR = "Is there a rule about how close an azc may be to a secondary school?"
_SHUT = "Did the COA want to close the reception location in 2023?"
_CONDITIONS = "What did the COA say about the living conditions in the tents at Ter Apel?"


def test_the_near_sense_is_not_bridged_to_the_shut_one(engine: Engine) -> None:
    on = switched(engine, gloss_sense_context=True)
    off = switched(engine, gloss_sense_context=False)
    assert "sluiten" not in bridged_words(on, _NEAR) and "sluiten" in bridged_words(off, _NEAR)
    assert "sluiten" in bridged_words(on, _SHUT)


def test_the_near_sense_is_no_glossary_term(engine: Engine) -> None:
    on = switched(engine, gloss_sense_context=True)
    off = switched(engine, gloss_sense_context=False)
    assert "sluiting" not in on.glossary.expand(_NEAR)
    assert "sluiting" in off.glossary.expand(_NEAR)
    assert "sluiting" in on.glossary.expand(_SHUT)


def test_living_conditions_are_no_conditions_set(engine: Engine) -> None:
    answer = switched(engine, gloss_sense_context=True).ask(_CONDITIONS)
    assert answer.abstained and answer.reason_code == "topic_absent"
    assert not switched(engine, gloss_sense_context=False).ask(_CONDITIONS).abstained


# Task G2: "the parties concerned" are those involved (betrokken), not worried ones ("zorgen");
# "refused to" is declining (weigeren), not a refused asylum seeker ("uitgeprocedeerde").
_CONCERNED = "Will the parties concerned look into the options for the legal instruments together?"
_REFUSED = "Which organisations refused to join the talks on the dispersal law?"


def test_the_parties_concerned_are_no_worry(engine: Engine) -> None:
    on = switched(engine, gloss_sense_context=True)
    off = switched(engine, gloss_sense_context=False)
    assert "zorgen" not in on.glossary.expand(_CONCERNED)
    assert "zorgen" in off.glossary.expand(_CONCERNED)
    answer = on.ask(_CONCERNED)
    assert not answer.abstained
    assert any("betrokken partijen gezamenlijk verkend" in c.quote for c in answer.citations)


def test_refused_to_is_no_refused_asylum_seeker(engine: Engine) -> None:
    on = switched(engine, gloss_sense_context=True)
    off = switched(engine, gloss_sense_context=False)
    assert "uitgeprocedeerde" not in on.glossary.expand(_REFUSED)
    assert "uitgeprocedeerde" in off.glossary.expand(_REFUSED)
