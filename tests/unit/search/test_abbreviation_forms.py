"""Rule ``abbreviation_forms`` (search/abbreviation_forms.py): an abbreviation inflected with a
person suffix ("amv'ers", "amv-ers", "amvers") is read as itself, a compound written joined
("brpinschrijving") as the hyphenated compound; the minutes' own joined form ("OEK'ers") and
words of general Dutch stay as written. Every row of tests/data/abbreviation_forms.toml (written
by eval/make_abbreviation_forms.py) is read by the rule and the analyzer; the known
abbreviations and words are given by hand, no index is needed."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from lrt_search.index.analysis import DutchAnalyzer
from lrt_search.search.abbreviation_forms import Expansion, read_forms, suffixes

TABLE = Path(__file__).resolve().parents[2] / "data" / "abbreviation_forms.toml"
ROWS = tomllib.loads(TABLE.read_text(encoding="utf-8"))["row"]
ABBREVIATIONS = {"amv", "azc", "brp", "dsl", "hlrt", "oek", "prt", "vro", "coa", "ind"}
MINUTES = {"amv", "oekers", "inschrijving", "niveau", "woningen", "locatie", "vrouwen"}


def is_word(word: str) -> bool:
    """The minutes' words, by hand."""
    return word in MINUTES


def read(question: str) -> str:
    return read_forms(question, ABBREVIATIONS, is_word)[0]


def test_the_person_suffix_is_read_as_the_abbreviation() -> None:
    assert read("alleenstaande amv'ers met status") == "alleenstaande amv met status"
    assert read("de amv-ers en de amvers") == "de amv en de amv"
    assert read("een PRT'er van de regio") == "een PRT van de regio"
    assert "ers" in suffixes() and "er" in suffixes()


def test_the_minutes_joined_form_and_other_words_stay() -> None:
    assert read("kwetsbare OEK'ers") == "kwetsbare OEK'ers"  # the minutes write "oekers"
    assert read("de CdK's en DSL's") == "de CdK's en DSL's"  # a plural: the analyzer's
    assert read("amvs en DSLs") == "amv's en DSLs"  # "amvs" stems to "amf", "DSLs" to "dsl"
    assert read("vrouwen in de indeling") == "vrouwen in de indeling"  # words of Dutch
    assert read("de boer'ers") == "de boer'ers"  # no abbreviation


def test_a_joined_compound_is_read_hyphenated() -> None:
    text, made = read_forms("de brpinschrijving op hlrtniveau", ABBREVIATIONS, is_word)
    assert text == "de brp-inschrijving op hlrt-niveau"
    assert made == (
        Expansion("brpinschrijving", "brp-inschrijving"),
        Expansion("hlrtniveau", "hlrt-niveau"),
    )
    assert made[0].note() == "abbreviation: brpinschrijving -> brp-inschrijving"


def test_a_joined_form_needs_a_word_after_the_abbreviation() -> None:
    assert read("dslxyzq") == "dslxyzq"  # no word after "dsl"
    assert read("amvbla") == "amvbla"  # a short rest is no word
    assert read("coastal towns") == "coastal towns"  # a word of English: no "coa-stal"


def _row_ok(row: dict[str, object], reader) -> bool:
    words_ = list(row["words"])  # type: ignore[call-overload]
    analyzer = DutchAnalyzer(stemmer="dutch").fit(words_)
    known = set(analyzer.tokenize(" ".join(words_)))
    out = set(analyzer.tokenize_query(reader(row), known))
    terms, other = row["terms"], row["other"]
    return any(t in out for t in terms) and all(t in out for t in other) and out <= known  # type: ignore[union-attr]


def _row_reader(row: dict[str, object]) -> str:
    abbreviations = {str(row["abbreviation"]).lower()}
    minutes = set(row["words"])  # type: ignore[call-overload]
    return read_forms(str(row["form"]), abbreviations, lambda w: w in minutes)[0]


@pytest.mark.parametrize("kind", sorted({str(r["kind"]) for r in ROWS}))
def test_every_form_of_the_table_is_read(kind: str) -> None:
    rows = [r for r in ROWS if r["kind"] == kind]
    failed = [r["form"] for r in rows if not _row_ok(r, _row_reader)]
    assert not failed, failed[:10]


def test_the_table_fails_at_main_without_the_rule() -> None:
    failed = [r for r in ROWS if not _row_ok(r, lambda row: str(row["form"]))]
    assert len(ROWS) == 790 and len(failed) == 241
