"""Dutch synonyms: a question word adds the other words of its group, matched by stem."""

from __future__ import annotations

import pytest

from lrt_search.errors import ConfigError
from lrt_search.lexicon.datafiles import parse_toml
from lrt_search.lexicon.synonyms import SynonymGroup, Synonyms, _groups


def test_a_word_adds_the_rest_of_its_group_by_stem() -> None:
    synonyms = Synonyms(
        [
            SynonymGroup(("woning", "woningen", "huis", "huizen")),
            SynonymGroup(("rapporteren", "verslag uitbrengen")),
        ]
    )
    assert synonyms.expand("Zijn er huizen?") == ["woning", "woningen"]
    assert synonyms.expand("Hoe vaak verslag uitbrengen?") == ["rapporteren"]
    assert synonyms.expand("Er is verslag gedaan") == []  # a phrase needs all its words
    assert synonyms.expand("niets") == []


def test_the_bundled_groups_load_and_are_dutch_only() -> None:
    synonyms = Synonyms.default()
    assert len(synonyms.groups) >= 30
    assert "woningen" in synonyms.expand("Erkende de staatssecretaris dat huizen ontbreken?")


def test_a_bad_group_is_a_clear_error() -> None:
    with pytest.raises(ConfigError, match="needs a list 'nl'"):
        _groups("x.toml", parse_toml("x.toml", '[[group]]\nnl = ["alleen"]\n'))


def test_the_minutes_abbreviation_of_ukraine_is_a_synonym_of_the_country() -> None:
    # the minutes write the country as OEK ("vrede is in OEK"); typed with or without the
    # diaeresis (issue 16 task G, session 23; eval/oek_abbreviation_probe.jsonl)
    synonyms = Synonyms.default()
    assert "OEK" in synonyms.expand("Wat zei MVRO over vrede in Oekraïne?")
    assert "OEK" in synonyms.expand("langer over oekraine gepraat")
    assert "Oekraïne" in synonyms.expand("de OEK opvang")
