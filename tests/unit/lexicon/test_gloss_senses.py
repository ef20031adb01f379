"""Rule gloss_senses_framed (lexicon/gloss_senses.py): an English word's Dutch translations are
those of the sense its frame selects. Every row of tests/data/gloss_senses.toml (written by
eval/make_gloss_senses.py from FreeDict and the index) is read here without an index; the frame
reader is also tested on inputs built by hand."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from lrt_search.lexicon import gloss_senses
from lrt_search.lexicon.freedict import english_headword, english_to_dutch
from lrt_search.lexicon.gloss_senses import (
    frame_class,
    framed,
    framed_in,
    sense_class,
)
from lrt_search.lexicon.glossary import Glossary

ROOT = Path(__file__).resolve().parents[3]
ROWS = tomllib.loads((ROOT / "tests" / "data" / "gloss_senses.toml").read_text("utf-8"))["row"]


def _wrong(row: dict, rule: bool) -> bool:
    word, question = row["word"], row["question"]
    translations = english_to_dutch(english_headword(word))
    read = set(framed_in(question, word, translations) if rule else translations)
    return not set(row["must"]) <= read or bool(read & set(row["must_not"]))


def test_every_row_reads_the_frames_sense() -> None:
    assert len(ROWS) >= 100
    wrong = [(r["kind"], r["word"]) for r in ROWS if _wrong(r, True)]
    assert not wrong, wrong[:20]


def test_without_the_rule_every_row_with_a_must_not_fails() -> None:
    """At main every row's must_not terms are read (the table's header)."""
    assert all(_wrong(r, False) for r in ROWS if r["must_not"])
    assert sum(bool(r["must_not"]) for r in ROWS) >= 50


@pytest.mark.parametrize(
    ("question", "word", "kind"),
    [
        ("instead of one general offer what did the minister want", "offer", "N"),
        ("what did mbzk say about the offer of aedes", "offer", "N"),
        ("did the ipo want to offer places", "offer", "V"),
        ("when someone calls a municipality", "calls", "V"),
        ("was the situation described as critical", "critical", "N"),
        ("the reception was stopped", "stopped", "V"),
        ("did the regions announce stopping ukrainian reception", "stopping", "V"),
        ("what did aedes offer", "offer", ""),
        ("the coa calls municipalities", "calls", ""),
    ],
)
def test_frame_class_by_hand(question: str, word: str, kind: str) -> None:
    tokens = question.split()
    assert frame_class(tokens, tokens.index(word)) == kind


def test_sense_class_by_hand() -> None:
    assert sense_class(("aanbieding", "aanbod", "offerte")) == "N"
    assert sense_class(("bieden", "presenteren", "voorstellen")) == "V"
    assert sense_class(("stoppen", "halte")) == ""  # an infinitive with a noun reading
    assert sense_class(("buiten werking stellen",)) == ""


def test_framed_drops_only_the_other_part_of_speech(monkeypatch) -> None:
    senses = (("aanbod", "offerte"), ("bieden", "presenteren"), ("voorstellen",))
    monkeypatch.setattr(gloss_senses, "english_senses", lambda word: senses)
    every = ["aanbod", "offerte", "bieden", "presenteren", "voorstellen"]
    tokens = ["the", "tender", "of", "aedes"]
    assert framed("tender", tokens, 1, every) == ["aanbod", "offerte", "voorstellen"]
    tokens = ["to", "tender", "places"]
    assert framed("tender", tokens, 1, every) == every  # a verb keeps every sense
    tokens = ["the", "tendering"]
    assert framed("tendering", tokens, 1, every) == every  # "het aanbieden"
    assert framed("tender", ["aedes", "tender"], 1, every) == every  # the frame tells nothing
    assert framed("tender", tokens, 1, ["aanbod"]) == ["aanbod"]  # never none: all kept


def test_a_sense_the_glossary_adds_is_chosen_by_the_frame() -> None:
    """glossary.toml [[sense]]: "offer" -> "bod", a noun sense FreeDict lacks."""
    every = list(english_to_dutch("offer"))
    assert "bod" in framed_in("Instead of one general offer, what did he want?", "offer", every)
    assert "bod" in framed_in("What did Aedes offer?", "offer", every)  # no frame: all
    assert "bod" not in framed_in("Did the IPO want to offer places?", "offer", every)


def test_calling_a_body_is_a_glossary_phrase() -> None:
    """A fixed phrase of the glossary: "calls a municipality" is "bellen", not "noemen"."""
    found = Glossary.default().expand("when someone calls a municipality about our places")
    assert "bellen" in found and "noemen" not in found
