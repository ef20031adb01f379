"""Everyday words of speaking and asking (task B2): "Is er over X gepraat?", "Hebben ze het
over X gehad?", "Kwam X op tafel?", "Did they talk about X?" frame the question, so the topic is
read without them and a word of talk is never a topic word the minutes lack; and the generated
set of these forms (eval/everyday_speech.jsonl) is regenerated identically."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from eval_scripts import load_eval_script

from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.parsed import read_question
from lrt_search.search.unread import content_words
from lrt_search.service import Engine

ROOT = Path(__file__).resolve().parents[2]
EVERYDAY = ROOT / "eval" / "everyday_speech.jsonl"


def test_regenerating_gives_the_committed_file(tmp_path: Path) -> None:
    make = load_eval_script("make_everyday_speech")
    out = tmp_path / "everyday_speech.jsonl"
    make.write(make.build(), out)
    same = out.read_text(encoding="utf-8") == EVERYDAY.read_text(encoding="utf-8")
    assert same, "eval/everyday_speech.jsonl is stale: python eval/make_everyday_speech.py"


def test_the_everyday_forms_have_their_topic_read() -> None:
    rows = [json.loads(line) for line in EVERYDAY.read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 400 and {r["answerable"] for r in rows} == {True, False}
    read = [read_question(r["question"], OrgTable.default()).topic for r in rows]
    same = sum(t.lower() == r["topic"].lower() for t, r in zip(read, rows, strict=True))
    assert same >= 0.95 * len(rows)


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Is er in 2022 over noodwoningen gepraat?", ["noodwoningen"]),
        ("Hebben ze het over de taakstelling gehad?", ["taakstelling"]),
        ("Kwam de zorgpremie op tafel?", ["zorgpremie"]),
        ("Is het rekeningrijden ter sprake gekomen?", ["rekeningrijden"]),
        ("Were they chatting about the backlog?", ["backlog"]),
        ("Did VNG go on about the bird flu?", ["bird", "flu"]),
        # "op tafel" inside a name is a topic: "de Benen op Tafel-sessie"
        ("benen op tafel sessie, wanneer was dat", ["benen", "tafel", "sessie"]),
    ],
)
def test_words_of_talk_are_no_content_words(question: str, words: list[str]) -> None:
    assert [w for w, _, _ in content_words(question, OrgTable.default())] == words


def test_a_topic_talked_about_is_quoted(engine: Engine) -> None:
    answer = engine.ask("Is er over de taakstelling gepraat?")
    assert not answer.abstained and answer.reason_code != "topic_absent"
    assert any("taakstelling" in c.quote.lower() for c in answer.citations)


def test_a_topic_never_talked_about_abstains(engine: Engine) -> None:
    answer = engine.ask("Hebben ze het over de energieprijzen gehad?")
    assert answer.abstained and answer.reason_code == "topic_absent"
