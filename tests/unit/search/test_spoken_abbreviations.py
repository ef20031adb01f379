"""Rule ``spoken_abbreviations`` (search/spoken_letters.py): a run of letter names that spells an
abbreviation of the minutes is read as it; a real word that sounds like a letter is never read
alone. Inputs are built by hand: the known abbreviations are given, no index is needed."""

from __future__ import annotations

import pytest

from lrt_search.lexicon.wordlists import mapping
from lrt_search.search.spoken_letters import letter_names, read_spoken, spellings, spoken_key

KNOWN = {spoken_key(a): a for a in ("COA", "IPO", "VNG", "LVV", "IND", "EU", "DSL", "PRT",
                                      "SJenV", "AZC", "JenV", "VB")}  # fmt: skip
WORDS = {"in", "de", "op", "en", "een", "ie", "ee", "es", "ko", "a", "i"}


def is_word(word: str, alone: bool) -> bool:
    """Stopwords and index words, by hand ("ko" is a word of general use, read only in a run)."""
    return word in WORDS - {"ko"} or (alone and word == "ko")


def test_spoken_key_reads_the_lower_case_en_as_a_letter_name() -> None:
    assert spoken_key("SJenV") == "sjnv" and spoken_key("J&V") == "jnv"
    assert spoken_key("COA") == "coa"


def test_both_languages_name_every_letter() -> None:
    for lang in ("nl", "en"):
        assert set(mapping("letter_names", lang)) == set("abcdefghijklmnopqrstuvwxyz")
    assert letter_names()["see"] >= {"c"} and "k" in letter_names()["ka"]


def test_a_word_made_of_letter_names_spells_its_letters() -> None:
    assert "coa" in spellings("koa") and "azc" in spellings("azetsee")
    assert spellings("huisvesting") == frozenset()


def _generated() -> list[tuple[str, str]]:
    """Each abbreviation of KNOWN in the first letter name of each language, spaced and
    joined, and in single letters spaced: the generated table of eval/spoken_abbrev_table.py."""
    out = []
    for key, abbreviation in KNOWN.items():
        out.append((" ".join(key), abbreviation))
        for lang in ("nl", "en"):
            names = mapping("letter_names", lang)
            parts = [str(names[c][0]) for c in key]
            out += [(" ".join(parts), abbreviation), ("".join(parts), abbreviation)]
    return out


@pytest.mark.parametrize(("form", "abbreviation"), _generated())
def test_every_generated_spoken_form_is_read(form: str, abbreviation: str) -> None:
    text, made = read_spoken(f"wat zei {form} over de huisvesting", KNOWN, is_word)
    assert text == f"wat zei {abbreviation} over de huisvesting", form
    assert [m.note() for m in made] == [f"abbreviation: {form} -> {abbreviation}"]


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("eh welke opties noemde koa voor statushouders", "eh welke opties noemde COA voor"),
        ("wat zei ko a over de taakstelling", "wat zei COA over"),
        ("what did see oh a say about capacity", "what did COA say"),
        ("i p o en vee en gee", "IPO en VNG"),
        ("hoeveel vragen es jee en vee", "hoeveel vragen SJenV"),
    ],
)
def test_spoken_runs_in_questions(question: str, read: str) -> None:
    assert read in read_spoken(question, KNOWN, is_word)[0]


@pytest.mark.parametrize(
    "question",
    [
        "wat gebeurt er in de opvang",  # "in de": letters run together that are words
        "ie zei ee es",  # letter names alone spell no known abbreviation
        "wat zei de ko over",  # "ko" alone is a word
        "Wat zei de VNG en het IPO",  # written in capitals: left to the reader
        "wat zei het coa",  # the abbreviation as typed: nothing to read
        "wat zei vee en gee, en",  # a run ends at a comma: VNG, not more
    ],
)
def test_words_that_sound_like_letters_are_not_read_alone(question: str) -> None:
    text, made = read_spoken(question, KNOWN, is_word)
    if question.endswith(", en"):
        assert text == "wat zei VNG, en"
    else:
        assert (text, made) == (question, ())
