"""The generated answerability set (eval/generated.jsonl): reproducible, and every label true
against the index (gold quotes stand in the index; "unanswerable" changes hold)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from eval_scripts import load_eval_script

from lrt_search.evaluation import Qrels, load_questions

ROOT = Path(__file__).resolve().parents[2]
GENERATED = ROOT / "eval" / "generated.jsonl"


def _generator():  # type: ignore[no-untyped-def]
    return load_eval_script("generate_answerability")


@pytest.fixture(scope="module")
def generated(built):  # type: ignore[no-untyped-def]
    gen = _generator()
    return gen, gen.generate(built.engine.chunks), gen.Corpus(built.engine.chunks, gen.load_data())


def test_regenerating_gives_the_committed_file(generated, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    gen, questions, _ = generated
    out = tmp_path / "generated.jsonl"
    gen.write(questions, out)
    same = out.read_text(encoding="utf-8") == GENERATED.read_text(encoding="utf-8")
    # The set follows the corpus and the lexicon (glossary, synonyms, organisations): after
    # changing them, run `python eval/generate_answerability.py` and commit the new file.
    assert same, "eval/generated.jsonl is stale: python eval/generate_answerability.py"


def test_the_set_is_large_and_mixed() -> None:
    questions = load_questions(GENERATED, split="generated")
    raw = [json.loads(line) for line in GENERATED.read_text(encoding="utf-8").splitlines()]
    assert len(questions) >= 400
    answerable = sum(q.answerable for q in questions)
    assert 0.3 < answerable / len(questions) < 0.7
    assert {q.lang for q in questions} == {"nl", "en"}
    changes = {r["change"] for r in raw if not r["answerable"]}
    assert changes == {"org_swap", "absent_topic", "no_meeting", "no_amount", "false_premise"}
    assert len({q.question for q in questions}) == len(questions)


def test_every_gold_quote_stands_in_the_index(built) -> None:  # type: ignore[no-untyped-def]
    questions = [q for q in load_questions(GENERATED, split="generated") if q.answerable]
    chunks = built.engine.chunks
    for q in questions:
        for gold in q.gold:
            single = type(q)(q.id, q.question, q.lang, q.type, q.split, True, (gold,))
            assert Qrels.from_questions([single], chunks).relevant, (q.id, gold.quote)


def test_every_unanswerable_label_holds_against_the_index(generated) -> None:  # type: ignore[no-untyped-def]
    gen, _, corpus = generated
    raw = [json.loads(line) for line in GENERATED.read_text(encoding="utf-8").splitlines()]
    wrong = {q["id"]: gen.violations(q, corpus) for q in raw if not q["answerable"]}
    assert not {k: v for k, v in wrong.items() if v}


def test_a_false_label_is_caught(generated) -> None:  # type: ignore[no-untyped-def]
    gen, _, corpus = generated
    swap = {"change": "org_swap", "org": "VNG", "keys": ["taakstelling"]}
    assert gen.violations(swap, corpus)
    absent = {"change": "absent_topic", "keys": ["statushouders"]}
    assert gen.violations(absent, corpus)
    moved = {"change": "no_meeting", "date": "2023-11-20"}
    assert gen.violations(moved, corpus)
    amount = {"change": "no_amount", "date": "2022-07-08", "keys": ["statushouders"]}
    assert gen.violations(amount, corpus)
