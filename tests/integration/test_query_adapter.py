"""Issue 21's measured switches on the dense and BM25 scores: the query adapter
(search/adapter.py) and BM25 as a share of the query's ceiling (search/ceiling.py)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from eval_scripts import load_eval_script

from lrt_search.errors import ConfigError
from lrt_search.search.adapter import adapt, load_adapter
from lrt_search.search.ceiling import query_ceiling, query_share
from lrt_search.service import Engine

QUESTION = "Komen de plaatsen die wel meewerken zwaarder belast te zitten?"


def test_identity_adapter_changes_no_ranking(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "eye.npy"
    np.save(path, np.eye(engine.vectors.dim, dtype=np.float32))
    on = engine.with_settings(engine.settings.replace(query_adapter=path))
    plain = [h.chunk_id for h in engine.search(QUESTION, k=10, mode="dense")]
    assert [h.chunk_id for h in on.search(QUESTION, k=10, mode="dense")] == plain


def test_an_adapter_moves_the_query(engine: Engine, tmp_path: Path) -> None:
    # A map sending the question onto one statement's vector ranks that statement's chunk
    # first in dense mode.
    dim = engine.vectors.dim
    target = np.asarray(engine.statement_vectors[0], dtype=np.float32)
    path = tmp_path / "onto.npy"
    np.save(path, np.outer(engine.query_vector(QUESTION), target))
    on = engine.with_settings(engine.settings.replace(query_adapter=path))
    first_chunk = next(c for c in engine.chunks if c.statements)
    assert on.search(QUESTION, k=1, mode="dense")[0].chunk_id == first_chunk.chunk_id
    vector = adapt(np.ones(dim, dtype=np.float32), np.load(path))
    assert float(np.linalg.norm(vector)) == pytest.approx(1.0, abs=1e-5)


def test_a_bad_adapter_file_is_named(tmp_path: Path) -> None:
    wrong = tmp_path / "wrong.npy"
    np.save(wrong, np.eye(3, dtype=np.float32))
    with pytest.raises(ConfigError, match=r"wrong\.npy: the query adapter must be"):
        load_adapter(wrong, 384)
    broken = tmp_path / "broken.npy"
    broken.write_bytes(b"not numpy")
    with pytest.raises(ConfigError, match=r"broken\.npy: cannot read the query adapter"):
        load_adapter(broken, 384)


def test_query_share_is_one_only_for_a_full_match(engine: Engine) -> None:
    terms = ["plaats", "meewerk"]
    raw = engine.bm25.scores(terms)
    share = query_share(engine.bm25, terms, raw)
    ceiling = query_ceiling(engine.bm25, terms, np.zeros(len(raw)))
    assert ceiling >= raw.max() > 0
    assert share.max() <= 1.0 and np.allclose(share, raw / ceiling)
    one_word = [h for h in engine.bm25.scores(["plaats"]) if h > 0]
    assert one_word  # a chunk holding only "plaats" keeps a share below 1 of both words
    only_plaats = (engine.bm25.scores(["plaats"]) > 0) & (engine.bm25.scores(["meewerk"]) == 0)
    assert only_plaats.any() and (share[only_plaats] < 1.0).all()


def test_query_normalisation_keeps_the_rare_word_guarantee(engine: Engine) -> None:
    on = engine.with_settings(engine.settings.replace(bm25_normalisation="query"))
    wanted = {c.chunk_id for c in engine.chunks if "kritiek" in c.text.lower().split()}
    assert wanted
    assert wanted <= {h.chunk_id for h in on.search("kritiek", k=len(wanted) + 2)}


def test_fitted_adapters_move_towards_their_targets() -> None:
    fit = load_eval_script("fit_adapter").fit
    rng = np.random.default_rng(0)
    candidates = rng.normal(size=(12, 8))
    candidates /= np.linalg.norm(candidates, axis=1, keepdims=True)
    golds = [[i % 12] for i in range(40)]
    queries = candidates[[g[0] for g in golds]] + 0.8 * rng.normal(size=(40, 8))
    keep = np.ones(12, dtype=bool)
    # A very strong pull to the identity leaves the queries as they are; zero steps too.
    assert np.allclose(fit("ridge:1e9", queries, golds, candidates, keep), np.eye(8), atol=1e-4)
    assert np.allclose(fit("contrastive:0", queries, golds, candidates, keep), np.eye(8))
    procrustes = fit("procrustes", queries, golds, candidates, keep)
    assert np.allclose(procrustes @ procrustes.T, np.eye(8), atol=1e-8)

    def hits(weights: np.ndarray) -> int:
        best = np.argmax(queries @ weights @ candidates.T, axis=1)
        return int(sum(b == g[0] for b, g in zip(best, golds, strict=True)))

    # Fitted on these very pairs, ridge and contrastive steps find more of their golds.
    assert hits(fit("ridge:0.1", queries, golds, candidates, keep)) > hits(np.eye(8))
    assert hits(fit("contrastive:50", queries, golds, candidates, keep)) >= hits(np.eye(8))
    with pytest.raises(SystemExit, match="unknown method"):
        fit("lasso:1", queries, golds, candidates, keep)
