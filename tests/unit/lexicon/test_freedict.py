"""FreeDict read from Debian's dictd files (dict-freedict-eng-nld / nld-eng)."""

from __future__ import annotations

from pathlib import Path

from lrt_search.lexicon.freedict import (
    DICTD,
    dutch_for,
    dutch_to_english,
    english_to_dutch,
    translations,
)


def test_english_words_get_their_dutch_translations() -> None:
    assert "vrede" in english_to_dutch("peace")
    assert "vrede" in english_to_dutch("Peace")  # case folded
    assert "peace" in dutch_to_english("vrede")
    assert "samenleving" in {
        nl for en in dutch_to_english("maatschappij") for nl in english_to_dutch(en)
    }


def test_numbered_senses_are_split() -> None:
    senses = translations("eng-nld")["peaceful"]
    assert "vreedzaam" in senses and "vredig" in senses
    assert not any(s[0].isdigit() for s in senses)


def test_missing_dictionary_is_empty_not_an_error(tmp_path: Path) -> None:
    assert translations("eng-nld", tmp_path) == {}
    (tmp_path / "freedict-eng-nld.index").write_text("peace\tA\tZ\n")
    (tmp_path / "freedict-eng-nld.dict.dz").write_bytes(b"not gzip")
    assert translations("eng-nld", tmp_path) == {}


def test_merged_maps_are_cached_on_disk(tmp_path: Path, monkeypatch) -> None:
    from lrt_search.lexicon import freedict

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    parsed = freedict._merged.__wrapped__(freedict.DICTD)
    files = list((tmp_path / "lrt-search" / "freedict").glob("merged-*.json"))
    assert len(files) == 1
    read_back = freedict._merged.__wrapped__(freedict.DICTD)
    assert [dict(m) for m in read_back] == [dict(m) for m in parsed]
    assert "vrede" in read_back[0]["peace"]
    # A damaged cache file is parsed again, not an error.
    files[0].write_text("{broken", encoding="utf-8")
    assert "vrede" in freedict._merged.__wrapped__(freedict.DICTD)[0]["peace"]


def test_topic_checks_get_one_word_translations_from_both_dictionaries() -> None:
    assert (DICTD / "freedict-eng-nld.index").is_file(), "apt-get install dict-freedict-eng-nld"
    assert "vrede" in dutch_for("peace")
    assert "vluchteling" in dutch_for("refugee")  # from the reversed Dutch-English dictionary
    assert all(" " not in w for w in dutch_for("peace") + dutch_for("refugee"))
    assert dutch_for("no-such-word") == ()
