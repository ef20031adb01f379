"""The bundled TOML data files and users' own: readable, valid, and errors that name the file."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from lrt_search.errors import ConfigError
from lrt_search.lexicon.datafiles import DATA_DIR, bundled_text, parse_toml, user_text
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

    from lrt_search.lexicon.organisations import OrgTable, _alias_pattern, _key, _longest_end

    table = OrgTable.default(longest=True)
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
        groups = list(zip(table._query_codes, table._query_strong, strict=True))
        expected: list[tuple[str, int, int]] = []
        for m in everything.finditer(key):  # a match inside a longer one's title is its part
            if m.lastindex and (not expected or m.start() >= expected[-1][2]):
                code, end, _ = _longest_end(everything, key, m, groups, longest=True)
                expected.append((code, m.start(), end))
        assert [(m.code, m.start, m.end) for m in table.query_mentions(q)] == expected, q
        found += bool(expected)
    assert found > 50


def test_a_longer_alias_inside_a_question_alias_extends_it() -> None:
    """ "de commissarissen" (a question alias) and "commissarissen van de Koning" (an alias)
    overlap: the mention is the whole title, so "Koning" is no name of its own; "de
    staatssecretaris van JenV" is one mention of SJenV, not also one of JenV."""
    table = OrgTable.default()
    q = "Wat zeiden de commissarissen van de Koning over doorzettingsmacht?"
    (m,) = table.query_mentions(q)
    assert (m.code, q[m.start : m.end], m.strong) == (
        "CdK",
        "de commissarissen van de Koning",
        True,
    )
    (m,) = table.query_mentions("Wat verwacht de staatssecretaris van JenV?")
    assert (m.code, m.text) == ("SJenV", "de staatssecretaris van jenv")
    assert [m.text for m in table.query_mentions("Wat zeiden de commissarissen?")] == [
        "de commissarissen"
    ]


@pytest.mark.parametrize("name", sorted(p.name for p in DATA_DIR.glob("*.toml")))
def test_parsed_copy_equals_the_parse(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every bundled file: the copy written on first use, read back, is the parse itself."""
    from lrt_search.lexicon import datafiles

    monkeypatch.setattr(datafiles, "CACHE_DIR", tmp_path / "cache")
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    parsed = parse_toml(name, bundled_text(name))
    assert datafiles.bundled_toml(name) == parsed  # parsed, copy written
    assert len(list((tmp_path / "cache").iterdir())) == 1
    assert datafiles.bundled_toml(name) == parsed  # from the copy


def test_parsed_copy_is_used_only_for_the_same_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A copy made from other bytes (an edited file), a damaged copy or none: the file is
    parsed; with bytecode writing off no copy is written; a read-only folder is no error."""
    import marshal

    from lrt_search.lexicon import datafiles

    data_dir, cache = tmp_path / "data", tmp_path / "data" / "__pycache__"
    data_dir.mkdir()
    monkeypatch.setattr(datafiles, "DATA_DIR", data_dir)
    monkeypatch.setattr(datafiles, "CACHE_DIR", cache)
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    source = data_dir / "x.toml"
    source.write_text('a = ["één"]\n', encoding="utf-8")
    assert datafiles.bundled_toml("x.toml") == {"a": ["één"]}
    assert not cache.exists()
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    assert datafiles.bundled_toml("x.toml") == {"a": ["één"]}
    (copy,) = cache.iterdir()
    source.write_text('a = ["twee"]\n', encoding="utf-8")  # same length, other bytes
    assert datafiles.bundled_toml("x.toml") == {"a": ["twee"]}
    assert marshal.loads(copy.read_bytes())[1] == {"a": ["twee"]}  # rewritten
    copy.write_bytes(b"\x00garbage")
    assert datafiles.bundled_toml("x.toml") == {"a": ["twee"]}
    source.write_text("a = = 1\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"^x\.toml: not valid TOML"):
        datafiles.bundled_toml("x.toml")
    source.write_text("when = 2023-11-03\n", encoding="utf-8")  # marshal cannot hold a date
    assert str(datafiles.bundled_toml("x.toml")["when"]) == "2023-11-03"
    blocked = tmp_path / "a-file"  # a folder that cannot be made, even by root
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setattr(datafiles, "CACHE_DIR", blocked / "__pycache__")
    source.write_text("b = 1\n", encoding="utf-8")
    assert datafiles.bundled_toml("x.toml") == {"b": 1}
    assert blocked.read_text(encoding="utf-8") == ""


def test_bundled_digest_is_the_sha256_kept_until_the_file_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The digest of a bundled file (the parser fingerprint hashes the data an index build
    reads): kept beside the parsed copies by size and time, recomputed when the file changes,
    and a damaged copy or a read-only folder only means hashing again."""
    import hashlib
    import os

    from lrt_search.lexicon import datafiles

    data_dir, cache = tmp_path / "data", tmp_path / "data" / "__pycache__"
    data_dir.mkdir()
    monkeypatch.setattr(datafiles, "DATA_DIR", data_dir)
    monkeypatch.setattr(datafiles, "CACHE_DIR", cache)
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    source = data_dir / "t.sqlite"
    source.write_bytes(b"one")
    assert datafiles.bundled_digest("t.sqlite") == hashlib.sha256(b"one").hexdigest()
    (copy,) = cache.iterdir()
    hashed = []
    real = hashlib.sha256
    monkeypatch.setattr(hashlib, "sha256", lambda data=b"": hashed.append(data) or real(data))
    assert datafiles.bundled_digest("t.sqlite") == real(b"one").hexdigest()
    assert hashed == []  # the kept digest, no hashing
    source.write_bytes(b"two!")
    os.utime(source, ns=(1, 1))
    assert datafiles.bundled_digest("t.sqlite") == real(b"two!").hexdigest()
    copy.write_bytes(b"\x00garbage")
    assert datafiles.bundled_digest("t.sqlite") == real(b"two!").hexdigest()
    blocked = tmp_path / "a-file"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setattr(datafiles, "CACHE_DIR", blocked / "__pycache__")
    assert datafiles.bundled_digest("t.sqlite") == real(b"two!").hexdigest()
