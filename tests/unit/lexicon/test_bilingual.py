"""The English -> Dutch lexicon read from Debian's FreeDict dictionaries."""

from __future__ import annotations

from pathlib import Path

from lrt_search.lexicon.bilingual import DICT_DIR, dutch_for, english_to_dutch


def test_freedict_translates_english_words() -> None:
    assert (DICT_DIR / "freedict-eng-nld.index").is_file(), "apt-get install dict-freedict-eng-nld"
    assert "vrede" in dutch_for("peace")
    assert "vluchteling" in dutch_for("refugee")  # from the reversed Dutch-English dictionary
    assert dutch_for("no-such-word") == ()


def test_without_the_dictionaries_the_lexicon_is_empty(tmp_path: Path) -> None:
    assert english_to_dutch(tmp_path) == {}
