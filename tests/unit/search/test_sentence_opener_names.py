"""Issue 16 session 30 task B (rule ``sentence_opener_verbs_unnamed``; blind29 class 1): every
row of tests/data/sentence_opener_names.toml (written by eval/make_sentence_opener_names.py from
the minutes' statements, Hunspell nl's finite verbs, the lexicon's English auxiliaries, the
minutes' bodies and attendees; not from questions) reads the names of the body alone: a finite
verb or auxiliary that opens a later sentence ("... Zag de VNG dat ook zo?") is no part of the
name after it, and a real name that opens one ("Ter Apel", "Raad van State") stays whole.
search/phrases.py ``names_in``; no index."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

import pytest

from lrt_search.search.phrases import names_in

_TABLE = Path(__file__).resolve().parents[2] / "data" / "sentence_opener_names.toml"


@cache
def rows() -> list[dict]:
    return tomllib.loads(_TABLE.read_text(encoding="utf-8"))["row"]


#: The rows' verbs the rule does not read (26 of 381 rows; at main 5587e67a 219 failed: verb
#: 142/180, first 43/59, auxiliary 34/64, name 0/78): forms neither the lexicon's lists nor the
#: word-class table (Hunspell nl, Zipf 2.5 or more, no noun reading) read as a verb.
KNOWN = {
    "staat": "a noun too (de staat): not in the word-class table",
    "wond": "a noun too (de wond)",
    "teelt": "a noun too (de teelt)",
    "hulde": "a noun too (de hulde)",
    "verzekerde": "a noun too (de verzekerde)",
    "rijmt": "not in the word-class table, nor its infinitive",
    "bemoeilijkt": "not in the word-class table, nor its infinitive",
    "omschrijft": "not in the word-class table; dutch_forms makes 'omschrijfen', not -ven",
    "verfijnde": "not in the word-class table",
    "platte": "an adjective in the table whose stem makes no verb of it",
    "verstopt": "an adjective's form before 'Spies', a general word: read as a name's first",
}


@pytest.mark.parametrize("row", rows(), ids=lambda r: r["q"])
def test_a_sentence_opening_verb_is_no_part_of_the_name_after_it(row: dict) -> None:
    got = names_in(row["q"])
    if got != row["names"] and row["opener"] in KNOWN:
        pytest.xfail(KNOWN[row["opener"]])
    assert got == row["names"]


def test_the_known_misses_do_not_grow() -> None:
    misses = [r for r in rows() if names_in(r["q"]) != r["names"]]
    assert len(misses) <= 26
    assert len([r for r in rows() if names_in(r["q"], verbs=False) != r["names"]]) == 219


# By hand (search/opener_verbs.py, rule sentence_opener_verbs_unnamed).


def test_a_verb_opening_a_later_sentence_is_dropped_and_the_rule_off_keeps_it() -> None:
    q = "Onze raad wordt nerveus van het voorstel van november 2023. Zag de VNG dat ook zo?"
    assert names_in(q) == ["VNG"]
    assert names_in(q, verbs=False) == ["Zag de VNG"]
    assert names_in("Vindt het COA dat belangrijk?") == ["COA"]
    assert names_in("Mijn gemeente loopt achter. Vindt Aedes dat erg?") == ["Aedes"]
    assert names_in("I keep reading about it. Didn't the IPO agree?") == ["IPO"]
    assert names_in("Ok: Should Kolff have said so?") == ["Kolff"]


def test_a_verb_alone_after_a_colon_or_a_short_word_is_no_name() -> None:
    assert names_in("Ik zoek het na: Hoopt de gemeentekoepel dat?") == []
    assert names_in("Ik zoek het na. Stemde IPO dat ook zo?") == ["IPO"]
    assert names_in("Het gaat om de opvang\nZag de VNG dat?") == ["VNG"]


def test_a_name_that_opens_a_sentence_stays_whole() -> None:
    for name in ("Raad van State", "Tweede Kamer", "Ter Apel", "Den Haag", "Groot Wassink",
                 "Rode Kruis", "Oude Pekela", "Staat der Nederlanden"):  # fmt: skip
        assert names_in(f"Dat speelt al lang. {name} heeft daar iets over gezegd?") == [name]


def test_a_name_after_a_form_of_address_still_ends_no_sentence() -> None:
    assert names_in("Wat zei dhr. Kolff? Vond Spies dat ook?") == ["Kolff", "Spies"]
