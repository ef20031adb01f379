"""Rule ``same_stem_rare_modifier`` of the Dutch topic check (answer.rare_modifier, issue 16
task F2) on the bundled corpus: a compound general Dutch does not know ("crisisnoodwet") is no
form of an index term that is only its leading part ("crisis"), so it stays missing; a compound
general Dutch knows ("asielzoekerscentra") is still found through it."""

from __future__ import annotations

from switched import switched

from lrt_search.answer.evidence import Asked
from lrt_search.search.parsed import ParsedQuestion
from lrt_search.search.query import QueryScope
from lrt_search.service import Engine


def _missing(engine: Engine, question: str) -> tuple[str, ...]:
    parsed = ParsedQuestion(question)
    check = Asked(engine, parsed.text, QueryScope(), parsed=parsed).topic_check
    assert check is not None
    return check.missing


def test_a_rare_compound_is_no_form_of_its_modifier(engine: Engine) -> None:
    question = "Wat werd er op de LRT gezegd over de crisisnoodwet?"
    assert "crisisnoodwet" in _missing(engine, question)
    off = switched(engine, same_stem_rare_modifier=False)
    assert "crisisnoodwet" not in _missing(off, question)


def test_a_compound_general_dutch_knows_is_still_found(engine: Engine) -> None:
    question = "Wat zei SJenV over inburgering in asielzoekerscentra?"
    assert "asielzoekerscentra" not in _missing(engine, question)
