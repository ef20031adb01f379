"""Rules ``org_full_names`` (a question may name an organisation by its full name) and
``org_groups`` (the ministries together as "het Rijk": the ``[group.Rijk]`` table of
organisations.toml)."""

from __future__ import annotations

import pytest

from lrt_search.errors import ConfigError
from lrt_search.lexicon.organisations import Organisation, OrgTable


def test_a_full_name_resolves_only_with_the_rule() -> None:
    on, off = OrgTable.default(full_names=True), OrgTable.default()
    assert on.resolve("Immigratie- en Naturalisatiedienst") == "IND"
    assert off.resolve("Immigratie- en Naturalisatiedienst") is None
    found = on.query_mentions("Wat zei de Minister van Binnenlandse Zaken en Koninkrijksrelaties?")
    assert [m.code for m in found] == ["MBZK"]


def test_the_rijk_is_the_ministries_and_their_parts() -> None:
    table = OrgTable.default(groups=True)
    found = table.query_mentions("Zijn er regelingen van het Rijk voor gemeenten?")
    assert found[0].code == "Rijk" and found[0].text == "het rijk"
    members = table.expand("Rijk")
    assert {"MBZK", "MVRO", "SJenV", "DGM", "MAenM", "SZW"} <= members
    assert not members & {"VNG", "IPO", "COA", "IND", "Aedes"}
    assert OrgTable.default(full_names=True).query_mentions("Regelingen van het Rijk?") == []


def test_a_group_of_an_unknown_member_is_refused() -> None:
    with pytest.raises(ConfigError, match="unknown member"):
        OrgTable([Organisation("Rijk", "Rijk", (), ("het rijk",), members=("XYZ",))])


def test_the_longest_title_names_the_body() -> None:
    """Rule ``org_longest_title``: a longer title of another body starting inside a generic
    one ("de staatssecretaris") names that body."""
    question = "Wat zei de staatssecretaris van Participatie en Integratie over inburgering?"
    on = OrgTable.default(full_names=True, longest=True).query_mentions(question)
    off = OrgTable.default(full_names=True).query_mentions(question)
    assert [m.code for m in on] == ["SZW"] and on[0].text.endswith("integratie")
    assert [m.code for m in off] == ["SJenV"]
    # the same body's longer title still extends it, with or without the rule
    kings = OrgTable.default(full_names=True, longest=True).query_mentions(
        "Wat zeiden de commissarissen van de Koning?"
    )
    assert [m.code for m in kings] == ["CdK"]


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("the State Secretary for Justice and Security", "SJenV"),
        ("the Minister of the Interior and Kingdom Relations", "MBZK"),
        ("the Ministry of the Interior and Kingdom Relations", "BZK"),
        ("the Ministry of Health, Welfare and Sport", "VWS"),
        ("the Ministry of Education, Culture and Science", "OCW"),
        ("the safety board", "VB"),
        ("the provincial governors", "CdK"),
        ("de asielminister", "MAenM"),
        ("de minister van VRO", "MVRO"),
        ("the DG Migration", "DGM"),
    ],
)
def test_official_english_and_everyday_names_of_the_bodies(name: str, code: str) -> None:
    """The question aliases hold each body's official English name whole (no tail such as
    "Kingdom Relations" left over as an unknown name) and its everyday forms."""
    table = OrgTable.default(full_names=True, longest=True)
    found = table.query_mentions(f"What did {name} say about the reception?")
    assert [m.code for m in found] == [code]
    assert found[0].text == " ".join(name.lower().split()) or name.lower().endswith(found[0].text)
