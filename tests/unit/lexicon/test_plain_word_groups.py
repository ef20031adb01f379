"""Rule ``plain_words``: the ``[[plain]]`` groups of synonyms.toml join a citizen's plain Dutch
word to the minutes' official one, only when the rule is on."""

from __future__ import annotations

import pytest

from lrt_search.errors import ConfigError
from lrt_search.lexicon.datafiles import parse_toml
from lrt_search.lexicon.synonyms import Synonyms, _groups, _plain_groups

_DATA = """
[[group]]
nl = ["woning", "huis"]

[[plain]]
official = ["regie"]
plain = ["leiding"]
"""


def test_plain_groups_are_read_only_from_their_own_table() -> None:
    data = parse_toml("x.toml", _DATA)
    assert [g.nl for g in _groups("x.toml", data)] == [("woning", "huis")]
    assert [(g.nl, g.plain) for g in _plain_groups("x.toml", data)] == [(("regie",), ("leiding",))]


def test_a_plain_word_finds_the_official_one_one_way() -> None:
    data = parse_toml("x.toml", _DATA)
    synonyms = Synonyms(_groups("x.toml", data) + _plain_groups("x.toml", data))
    assert synonyms.expand("Wie neemt de leiding?") == ["regie"]
    assert synonyms.expand("Wie heeft de regie?") == []  # the official word finds no plain one
    assert synonyms.expand("Een huis") == ["woning"]


def test_the_bundled_plain_groups_load_only_with_the_rule() -> None:
    question = "Was het een zware klus voor gemeenten?"
    assert "opgave" not in Synonyms.default("dutch").expand(question)
    assert "opgave" in Synonyms.default("dutch", plain=True).expand(question)
    assert len(Synonyms.default("dutch", plain=True).groups) > len(Synonyms.default().groups)


def test_a_bad_plain_group_names_its_table() -> None:
    with pytest.raises(ConfigError, match=r"\[\[plain\]\] number 1 needs"):
        _plain_groups("x.toml", parse_toml("x.toml", '[[plain]]\nofficial = ["alleen"]\n'))
