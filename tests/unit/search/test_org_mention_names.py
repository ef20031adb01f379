"""Rule org_mention_names (issue 16 session 24 task B2): a capitalised word inside a body's
longer words, the body not the speaker, stands for that body ("Koning" of "de commissarissen van
de Koning"), not for a name of its own; tables built by hand."""

from __future__ import annotations

from lrt_search.lexicon.organisations import Organisation, OrgTable
from lrt_search.search.parsed import read_question
from lrt_search.search.query import SpeakerRules

_TABLE = OrgTable(
    [
        Organisation("CdK", "Commissarissen", ("CdK",), ("commissarissen van de koning",)),
        Organisation("VNG", "VNG", ("VNG",)),
    ]
)
_QUESTION = "Klopt het dat de commissarissen van de Koning klagen over de opvang?"


def _names(question: str, on: bool) -> tuple[tuple[str, str], ...]:
    rules = SpeakerRules(org_mention_names=on)
    return read_question(question, _TABLE, rules=rules).names


def test_a_word_inside_a_body_is_that_body() -> None:
    assert _names(_QUESTION, True) == (("commissarissen van de koning", "organisation"),)


def test_off_the_word_is_a_name_of_its_own() -> None:
    assert _names(_QUESTION, False) == (("Koning", "name"),)


def test_a_body_named_whole_and_other_names_stay_as_they_were() -> None:
    question = "Klopt het dat de VNG klaagt over mevrouw Faber?"
    assert _names(question, True) == _names(question, False)
    assert ("Faber", "name") in _names(question, True)
