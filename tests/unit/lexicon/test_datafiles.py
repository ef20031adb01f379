"""The bundled TOML data files and users' own: readable, valid, and errors that name the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from lrt_search.errors import ConfigError
from lrt_search.lexicon.datafiles import bundled_text, parse_toml, user_text
from lrt_search.lexicon.glossary import Glossary
from lrt_search.lexicon.organisations import OrgTable


@pytest.mark.parametrize("name", ["organisations.toml", "glossary.toml"])
def test_bundled_files_ship_and_parse(name: str) -> None:
    data = parse_toml(name, bundled_text(name))
    assert data, name


def test_bundled_tables_load() -> None:
    orgs = OrgTable.default()
    assert orgs.resolve("provincies") == "IPO" and orgs.resolve("cdk") == "CdK"
    assert "VNG" in orgs.codes
    assert Glossary.default().expand("housing target")


def test_invalid_toml_names_its_source() -> None:
    with pytest.raises(ConfigError, match=r"^my\.toml: not valid TOML"):
        parse_toml("my.toml", "this is = = not toml")


def test_unreadable_user_file_is_a_config_error(tmp_path: Path) -> None:
    missing = tmp_path / "nope.toml"
    with pytest.raises(ConfigError, match=r"nope\.toml: cannot read glossary file"):
        user_text(missing, "glossary")
    binary = tmp_path / "bin.toml"
    binary.write_bytes(b"\xff\xfe\x00\x81")
    with pytest.raises(ConfigError, match=r"bin\.toml: cannot read organisations file"):
        user_text(binary, "organisations")


def test_user_glossary_extends_the_bundled_one(tmp_path: Path) -> None:
    bundled = Glossary.default()
    extra = tmp_path / "glossary.toml"
    extra.write_text(bundled_text("glossary.toml"), encoding="utf-8")
    assert len(Glossary.default(extra).expand("housing target")) >= len(
        bundled.expand("housing target")
    )


def test_query_mentions_equal_one_regex_of_every_alias() -> None:
    """Matching a question against the aliases it holds as text gives what one regex of all
    aliases gives (that regex took ~10 ms to compile at every start)."""
    import json
    import re
    from pathlib import Path

    from lrt_search.lexicon.organisations import OrgTable, _alias_pattern, _key

    table = OrgTable.default()
    everything = re.compile("|".join(f"({_alias_pattern(a)})" for a in table._query_aliases))
    root = Path(__file__).resolve().parents[3]
    questions = [
        json.loads(line)["question"]
        for name in ("questions.jsonl", "probes.jsonl")
        for line in (root / "eval" / name).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    questions += ["the  King's   Commissioners", "CdK 's en de VNG", "IPO's standpunt"]
    found = 0
    for q in questions:
        key = _key(q)
        expected = [
            (table._query_codes[m.lastindex - 1], m.start(), m.end())
            for m in everything.finditer(key)
            if m.lastindex
        ]
        assert [(m.code, m.start, m.end) for m in table.query_mentions(q)] == expected, q
        found += bool(expected)
    assert found > 50
