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
