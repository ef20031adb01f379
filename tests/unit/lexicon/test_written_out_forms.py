"""Rule written_out_forms (issue 16 session 24 task B2): the written-out form of an abbreviation
of the minutes finds the abbreviation, one way (lexicon/data/synonyms.toml [[written_out]]);
groups built by hand."""

from __future__ import annotations

import pytest

from lrt_search.errors import ConfigError
from lrt_search.lexicon.datafiles import parse_toml
from lrt_search.lexicon.synonyms import Synonyms, _one_way_groups

_DATA = parse_toml(
    "x.toml",
    '[[written_out]]\nabbreviation = ["PRT", "PRT\'s"]\nforms = ["provinciale regietafel"]\n'
    '[[plain]]\nofficial = ["regie"]\nplain = ["leiding"]\n',
)


def _written() -> Synonyms:
    return Synonyms(_one_way_groups("x.toml", _DATA, "written_out", ("abbreviation", "forms")))


def test_a_written_out_form_and_its_plural_find_the_abbreviation() -> None:
    assert _written().expand("Wat hebben de provinciale regietafels nodig?") == ["PRT", "PRT's"]


def test_the_abbreviation_finds_no_written_out_form() -> None:
    assert _written().expand("Wat hebben de PRT's nodig?") == []


def test_a_section_reads_only_its_own_groups() -> None:
    assert [g.nl for g in _written().groups] == [("PRT", "PRT's")]


def test_a_group_without_forms_is_refused() -> None:
    data = parse_toml("x.toml", '[[written_out]]\nabbreviation = ["PRT"]\n')
    with pytest.raises(ConfigError):
        _one_way_groups("x.toml", data, "written_out", ("abbreviation", "forms"))


def test_the_bundled_groups_load_only_with_the_rule() -> None:
    question = "Is er een specifieke uitkering voor gemeenten?"
    assert "SPUK" in Synonyms.default("dutch", True, True).expand(question)
    assert "SPUK" not in Synonyms.default("dutch", True).expand(question)
