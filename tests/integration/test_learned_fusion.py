"""Learned fusion (search/learned.py): features of every candidate, a logistic score, and the
lexical guarantee kept; and the fitting script's pairwise regression (eval/fit_fusion.py)."""

from __future__ import annotations

import numpy as np
import pytest
from eval_scripts import load_eval_script

from lrt_search.config import Settings
from lrt_search.errors import ConfigError
from lrt_search.search.learned import FEATURES, recording
from lrt_search.service import Engine

QUESTION = "Wat zei het IPO over indeplaatsstelling?"


def test_features_of_every_candidate_are_recorded(engine: Engine) -> None:
    learned = engine.with_settings(engine.settings.replace(fusion="learned"))
    with recording() as seen:
        hits = learned.search(QUESTION, k=5)
    query, rows, features = seen[-1]
    assert query == QUESTION and features.shape == (len(rows), len(FEATURES))
    assert np.isfinite(features).all()
    assert {engine.chunks.row_of(h.chunk_id) for h in hits} <= set(rows.tolist())
    coverage = features[:, FEATURES.index("coverage")]
    assert coverage.min() >= 0 and coverage.max() <= 1


def test_learned_fusion_keeps_the_lexical_guarantee(engine: Engine) -> None:
    # weights that trust only the dense side: lexical matches must still come first
    dense_only = [0.0] * (len(FEATURES) + 1)
    dense_only[1 + FEATURES.index("sentence_cos")] = 5.0
    learned = engine.with_settings(
        engine.settings.replace(fusion="learned", learned_weights=tuple(dense_only))
    )
    hits = learned.search(QUESTION, k=10)
    matched = [h.bm25_rank is not None for h in hits]
    assert any(matched) and matched == sorted(matched, reverse=True)
    assert any("indeplaatsstelling" in h.chunk.text.lower() for h in hits[:3])


def test_learned_weights_must_fit_the_features() -> None:
    with pytest.raises(ConfigError, match="learned_weights"):
        Settings().replace(learned_weights=(0.0, 1.0))


def test_pairwise_fit_prefers_the_feature_that_separates() -> None:
    fit_fusion = load_eval_script("fit_fusion")
    rng = np.random.default_rng(0)
    data = []
    for _ in range(30):
        features = rng.random((20, 3))
        relevant = np.zeros(20, dtype=bool)
        relevant[int(np.argmax(features[:, 1]))] = True  # feature 1 decides
        data.append((features, relevant))
    w = fit_fusion.fit(data, l2=0.1)
    assert w[1] > 2 * abs(w[0]) and w[1] > 2 * abs(w[2])


def test_generated_paraphrases_avoid_the_gold_words(engine: Engine) -> None:
    generate = load_eval_script("generate_paraphrases")
    questions = generate.generate(engine)
    assert len(questions) > 100
    assert {q.lang for q in questions} == {"nl", "en"}
    from lrt_search.index.analysis import query_words

    kept = []
    for q in questions:
        gold = set(query_words(q.gold[0].quote))
        asked = set(query_words(q.question)) - {"gezegd", "said"}
        kept.append(len(asked & gold) / max(len(asked), 1))
    assert float(np.mean(kept)) < 0.5


def test_fitting_by_set_refuses_the_hold_out_sets(engine: Engine) -> None:
    fit_fusion = load_eval_script("fit_fusion")
    answer_sets = load_eval_script("answer_sets")
    held_out = [n for n in answer_sets.SETS if answer_sets.held_out(n)]
    assert {"holdout", "blind3_holdout", "blind21_holdout"} <= set(held_out)
    assert fit_fusion.never_fitted(["dev", "probes", *held_out, "test"]) == sorted(
        [*held_out, "test"]
    )
    for held in (*held_out, "test"):
        with pytest.raises(SystemExit, match=held):
            fit_fusion.by_set(engine, engine.settings, ["dev", held], l2=1.0)
