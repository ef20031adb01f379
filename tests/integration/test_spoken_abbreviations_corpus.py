"""Rule ``spoken_abbreviations`` on the bundled minutes: "vee en gee" is read as VNG, the
organisation of the minutes, and the question answered with its actions; switched off, the
letter names are a topic the minutes lack and the question is refused."""

from __future__ import annotations

from switched import switched

from lrt_search.search.spoken_letters import known_abbreviations
from lrt_search.service import Engine


def test_the_minutes_abbreviations_are_known(engine: Engine) -> None:
    known = known_abbreviations(engine)
    assert {"coa", "vng", "ipo", "ind", "eu", "sjnv", "azc"} <= set(known)
    assert "en" not in known and "op" not in known  # headings in capitals are words


def test_a_spoken_abbreviation_is_read_and_answered(engine: Engine) -> None:
    question = "welke acties moet de vee en gee uitvoeren"
    answer = engine.ask(question)
    assert "abbreviation: vee en gee -> VNG" in answer.notes, answer.notes
    assert not answer.abstained, answer.reason
    assert any("VNG levert wijziging aan" in c.quote for c in answer.citations)
    off = switched(engine, spoken_abbreviations=False).ask(question)
    assert off.abstained or not any("VNG levert" in c.quote for c in off.citations)
