"""Issue 21's measuring tools: the paraphrase-miss classes (eval/paraphrase_misses.py) and the
probes of eval/paraphrase_experiments.py, which must leave the engine as they found it."""

from __future__ import annotations

from pathlib import Path

import pytest
from eval_scripts import load_eval_script

from lrt_search.evaluation.questions import Gold, Question
from lrt_search.service import Engine

GOLD = Gold("2023-11-03", "Woningen staan niet zomaar klaar.")
CLASSES = {"dense_near", "dense_far", "other_statements", "partial"}
QUESTIONS = [
    "Komen de plaatsen die wel meewerken zwaarder belast te zitten?",
    "Did they talk about peace?",
    "Wat zei het IPO over indeplaatsstelling?",
]


def _question(text: str) -> Question:
    return Question("t", text, "nl", "paraphrase", "dev", True, (GOLD,))


def test_a_found_passage_is_no_miss_and_a_lost_one_is_classed(engine: Engine) -> None:
    misses = load_eval_script("paraphrase_misses")
    assert misses.classify(engine, _question("Woningen staan niet zomaar klaar")) is None
    found = misses.classify(engine, _question("Is er genoeg geld voor de brandweer?"))
    assert found is not None
    kind, details = found
    assert kind in CLASSES
    assert details.startswith("bm25 ") and "statement " in details
    assert " words; in the item title: " in details and "nearby: " in details


@pytest.mark.parametrize(
    "probe",
    [
        "dense-prf",
        "rm3",
        "centered",
        "known-share",
        "dense-keep",
        "alpha-en-0.5",
        "window-text-2",
        "title-field",
        "query-as-passage",
        "sentence-rows",
    ],
)
def test_a_probe_changes_the_engine_only_while_it_runs(
    index_copy: tuple[Path, Path], probe: str
) -> None:
    experiments = load_eval_script("paraphrase_experiments")
    corpus, index = index_copy
    engine = Engine.load(corpus=corpus, index=index, progress=False)
    before = [[(h.chunk_id, h.score) for h in engine.search(q, k=10)] for q in QUESTIONS]
    with experiments.PROBES[probe](engine):
        during = [[(h.chunk_id, h.score) for h in engine.search(q, k=10)] for q in QUESTIONS]
    after = [[(h.chunk_id, h.score) for h in engine.search(q, k=10)] for q in QUESTIONS]
    assert during != before
    assert after == before
