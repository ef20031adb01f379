"""Rule ``abbreviation_forms`` on the bundled minutes: "amv'ers" (blind22 b22-009's form) is
read as "amv", the minutes' word, and "Wat zei het COA over amv'ers?" answered with the COA's
suggestion for them; switched off, "amvers" is a topic the minutes lack and it is refused."""

from __future__ import annotations

from switched import switched

from lrt_search.search.abbreviation_forms import abbreviations_of, read_abbreviation_forms
from lrt_search.service import Engine


def test_the_minutes_abbreviations_are_known(engine: Engine) -> None:
    known = abbreviations_of(engine)  # type: ignore[arg-type]
    assert {"amv", "azc", "dsl", "brp", "coa", "oek", "prt", "hlrt"} <= known
    assert "en" not in known and "inzet" not in known  # headings in capitals are words


def test_the_minutes_own_joined_form_is_kept(engine: Engine) -> None:
    text, notes = read_abbreviation_forms(engine, "Wat zei AenM over kwetsbare OEK'ers?")  # type: ignore[arg-type]
    assert text == "Wat zei AenM over kwetsbare OEK'ers?" and notes == []


def test_an_inflected_abbreviation_is_read_and_answered(engine: Engine) -> None:
    question = "Wat zei het COA over amv'ers?"
    answer = engine.ask(question)
    assert "abbreviation: amv'ers -> amv" in answer.notes, answer.notes
    assert not answer.abstained, answer.reason
    assert any("(amv) met verblijfsstatus" in c.quote for c in answer.citations)
    off = switched(engine, abbreviation_forms=False).ask(question)
    assert off.abstained and off.reason_code == "topic_absent", off.reason  # "amvers" absent
