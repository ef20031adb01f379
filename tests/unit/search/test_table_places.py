"""Rule ``name_forms_read`` (search/table_places.py, read by search/parsed.py): a place of the
name tables written in lower case, or in a Title Case question, is a name. No index."""

from __future__ import annotations

from lrt_search.config import Settings
from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.parsed import read_question
from lrt_search.search.query import SpeakerRules
from lrt_search.search.table_places import table_places


def test_places_in_lower_case() -> None:
    assert table_places("wat zei het coa over ter apel en groningen?", []) == [
        "ter apel",
        "groningen",
    ]


def test_a_place_written_with_capitals_or_found_already_is_left() -> None:
    assert table_places("Wat zei het COA over Ter Apel?", []) == []
    assert table_places("wat zei het coa over budel?", ["Budel"]) == []
    assert table_places("wat zei het coa over de opvang?", []) == []


def _names(question: str, on: bool) -> list[str]:
    rules = SpeakerRules.of(Settings(name_forms_read=on))
    return [n for n, _ in read_question(question, OrgTable.default(), rules=rules).names]


def test_a_title_case_place_is_a_name_with_the_rule_only() -> None:
    question = "What Did The COA Say About Reception In Zevenaar?"
    assert "zevenaar" in _names(question, True)
    assert "zevenaar" not in _names(question, False)
