"""The word lists of lexicon/data/, each kind in one TOML file, read by lexicon.wordlists."""

from __future__ import annotations

import pytest

from lrt_search.errors import ConfigError
from lrt_search.lexicon.wordlists import (
    alternation,
    mapping,
    regex_text,
    word_regex,
    word_set,
    words,
)


def test_a_trailing_star_is_any_ending_and_a_space_any_whitespace() -> None:
    speech = word_regex("speech", "speech")
    assert speech.fullmatch("argued") and speech.fullmatch("Standpunten")
    assert not speech.fullmatch("argument-free") and not speech.fullmatch("tafel")
    openers = word_regex("topics", "openers")
    assert openers.search("Wat zei de VNG ten  aanzien van de opvang?")
    assert openers.search("vragen m.b.t. de opvang")  # a phrase ending in a full stop
    assert not openers.search("overleg")


def test_lists_tables_and_expressions() -> None:
    assert "voorgesteld" in word_set("speech", "speaker_participles_nl")
    assert words("minutes", "header_keys")[:2] == ("Vergaderdatum en -tijd", "Vergaderdatum")
    assert mapping("minutes", "register_labels")["besloten"] == "besluit"
    assert "winter" in words("periods", "seasons")  # a table's words are its keys
    assert alternation("topics", "reactions").startswith("(?:reacties|")
    assert regex_text("minutes", "page_label").startswith("(?:")


def test_a_missing_list_is_a_config_error_naming_the_file() -> None:
    with pytest.raises(ConfigError, match=r"speech\.toml"):
        words("speech", "no_such_list")
    with pytest.raises(ConfigError, match=r"minutes\.toml"):
        regex_text("minutes", "document_types")  # a list, not an expression
