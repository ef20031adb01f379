"""An outsider's descriptions of the bodies and places of the minutes (issue 16 task H, session
22): organisations.toml query aliases and the glossary's Ter Apel entry read them."""

from __future__ import annotations

import pytest

from lrt_search.lexicon.glossary import Glossary
from lrt_search.lexicon.organisations import OrgTable


@pytest.mark.parametrize(
    ("question", "code"),
    [
        ("What clarity did the provincial governments seek?", "IPO"),
        ("Wat vroegen de provinciebesturen?", "IPO"),
        ("What did the umbrella body of housing associations warn about?", "Aedes"),
        ("Waarvoor waarschuwde de koepel van woningcorporaties?", "Aedes"),
        ("How would the national reception agency divide its capacity?", "COA"),
        ("Wat merkte de gemeentekoepel op?", "VNG"),
        ("What did the governors of the provinces call for?", "CdK"),
        ("What did the junior justice minister explain?", "SJenV"),
        ("Did the armed forces offer the location?", "Defensie"),
    ],
)
def test_a_description_names_the_body(question: str, code: str) -> None:
    assert code in {m.code for m in OrgTable.default().query_mentions(question)}


def test_provincial_executives_are_no_umbrella_body() -> None:
    """Gedeputeerden are members of a province's executive, not the IPO."""
    found = OrgTable.default().query_mentions("Did MBZK comment on the provincial executives?")
    assert "IPO" not in {m.code for m in found}


@pytest.mark.parametrize("place", ["main arrival centre", "central registration centre"])
def test_the_arrival_centre_is_ter_apel(place: str) -> None:
    assert "Ter Apel" in Glossary.default().expand(f"How was the situation at the {place}?")
