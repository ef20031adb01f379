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
