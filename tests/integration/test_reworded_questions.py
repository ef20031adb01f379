"""The reworded generated set (eval/generated_reworded.jsonl): reproducible, large and mixed,
and every label true against the index."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from eval_scripts import load_eval_script

from lrt_search.evaluation import Qrels, load_questions

ROOT = Path(__file__).resolve().parents[2]
REWORDED = ROOT / "eval" / "generated_reworded.jsonl"


@pytest.fixture(scope="module")
def reworded(built):  # type: ignore[no-untyped-def]
    base = load_eval_script("generate_answerability")
    gen = load_eval_script("generate_reworded")
    corpus = base.Corpus(built.engine.chunks, base.load_data())
    return gen, gen.generate(corpus, built.engine.analyzer), corpus


def _raw() -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(line) for line in REWORDED.read_text(encoding="utf-8").splitlines()]


def test_regenerating_gives_the_committed_file(reworded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    gen, questions, _ = reworded
    out = tmp_path / "generated_reworded.jsonl"
    gen.write(questions, out)
    same = out.read_text(encoding="utf-8") == REWORDED.read_text(encoding="utf-8")
    assert same, "eval/generated_reworded.jsonl is stale: python eval/generate_reworded.py"


def test_the_set_is_large_and_mixed() -> None:
    raw = _raw()
    assert len(raw) >= 300
    assert {q["form"] for q in raw} == {"org", "yesno", "who", "when", "agreed", "count"}
    assert {q["how"] for q in raw} >= {"synonym", "inflection", "compound", "english"}
    assert {q["change"] for q in raw if not q["answerable"]} == {
        "org_swap",
        "absent_topic",
        "absent_count",
    }
    assert {q["lang"] for q in raw} == {"nl", "en"}


def test_a_reworded_topic_is_not_the_nouns_own_form() -> None:
    for q in _raw():
        if q["answerable"] and q["how"] != "count":
            assert q["noun"].lower() not in q["topic"].lower().split(), q["id"]


def test_every_gold_quote_stands_in_the_index(built) -> None:  # type: ignore[no-untyped-def]
    questions = [q for q in load_questions(REWORDED, split="generated") if q.answerable]
    for q in questions:
        for gold in q.gold:
            single = type(q)(q.id, q.question, q.lang, q.type, q.split, True, (gold,))
            assert Qrels.from_questions([single], built.engine.chunks).relevant, q.id


def test_every_unanswerable_label_holds_against_the_index(reworded) -> None:  # type: ignore[no-untyped-def]
    _, _, corpus = reworded
    base = load_eval_script("generate_answerability")
    for q in _raw():
        if q["answerable"]:
            continue
        if q["change"] == "absent_count":
            assert not any(corpus.in_corpus(k) for k in q["keys"]), q["id"]
        else:
            assert not base.violations(q, corpus), q["id"]
