"""Rules presentation_block and between_same (ingest/speaker_blocks.py, issue 16 task B2): the
bullets of one body's presentation, and a bullet between two of one speaker, take that speaker;
the floor's questions, decisions and an answer to a question do not."""

from __future__ import annotations

import json
import sys
from functools import cache
from pathlib import Path

from lrt_search.config import Settings
from lrt_search.ingest.corpus import read_minutes
from lrt_search.lexicon.textnorm import normalize_for_match
from lrt_search.models import Meeting

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
LABELS = ROOT / "tests" / "data" / "speaker_labels_all.jsonl"
sys.path.insert(0, str(ROOT / "eval"))
import speaker_probe  # noqa: E402

OFF = Settings(speaker_presentation_block=False, speaker_between_same=False)


@cache
def meeting(name: str, on: bool = True) -> Meeting:
    return read_minutes(CORPUS / name, None if on else OFF)


def speakers(name: str, prefix: str, on: bool = True) -> tuple[str, ...]:
    found = [s for s in meeting(name, on).statements if s.text.startswith(prefix)]
    assert len(found) == 1, prefix
    return found[0].speakers


def test_presentation_bullets_take_the_presenter() -> None:
    name = "2023-11-03-lrt.txt"
    for prefix in ("Het zoeken naar plekken", "De opvangsituatie, specifiek", "Zonder extra"):
        assert speakers(name, prefix) == ("COA",)
        assert speakers(name, prefix, on=False) == ()
    # the numbered plans under MAenM's presentation, sub-bullets included
    for prefix in ("Op dit moment zitten", "1. De DSL's", "2. De 30.000"):
        assert speakers("2025-03-19-lrt.txt", prefix) == ("MAenM",)


def test_presentation_stops_at_the_floor_a_decision_and_a_sub_heading() -> None:
    assert speakers("2025-03-19-lrt.txt", "Er zijn wat vragen over de realisatiecijfers") == ()
    assert speakers("2025-03-19-lrt.txt", "Het streven is de brief") == ()
    assert speakers("2023-04-06-lrt.txt", "Afspraak: doorgaan op de lijnen") == ()
    # "Huisvesting" opens MBZK's part: the COA's presentation ends with "Opvang"
    assert speakers("2023-11-03-lrt.txt", "MBZK onderstreept de nood") == ("MBZK",)


def test_bullet_between_two_of_one_speaker() -> None:
    assert speakers("2023-04-06-lrt.txt", "Van belang dat rol en opdracht KCIO") == ("VB",)
    assert speakers("2023-04-06-lrt.txt", "Van belang dat rol en opdracht KCIO", on=False) == ()
    assert speakers("2023-11-03-lrt.txt", "De acties die uit de vorige LRT") == ("MBZK",)
    # the answer to VB's question, before "Actie: VB en hebben contact ...", is nobody's
    assert speakers("2023-11-10-lrt.txt", "Ten aanzien van de eerste vraag") == ()


def test_every_labelled_statement() -> None:
    """tests/data/speaker_labels_all.jsonl: all 166 statements, labelled by reading."""
    tp = fp = fn = exact = 0
    rows = [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines()]
    for row in rows:
        quote = normalize_for_match(row["quote"])
        found = [
            s
            for item in meeting(row["file"]).items
            if row.get("item") in (None, item.number)
            for s in item.statements
            if quote in normalize_for_match(s.text)
        ]
        assert len(found) == 1, row
        got, gold = set(found[0].speakers), set(row["speakers"])
        tp, fp, fn = tp + len(got & gold), fp + len(got - gold), fn + len(gold - got)
        exact += got == gold
    assert len(rows) == 166  # the one miss: "Introductie SJenV ..." is read as SJenV's
    assert tp / (tp + fp) >= 0.99 and tp / (tp + fn) >= 0.99 and exact >= 165, (tp, fp, fn)


def test_blocks_probe() -> None:
    accuracy, _, misses = speaker_probe.run(ROOT / "eval" / "speaker_blocks_probe.jsonl")
    assert accuracy == 1.0, misses
