"""FreeDict read from Debian's dictd files (dict-freedict-eng-nld / nld-eng)."""

from __future__ import annotations

from pathlib import Path

from lrt_search.lexicon.freedict import dutch_to_english, english_to_dutch, translations


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
