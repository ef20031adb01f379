"""Rule quote_ranker (answer.quote_ranker; issue 16): a linear model over the candidates'
features added to their answer score, on the bundled corpus; off (no weights) by default, and
eval/fit_quote_ranker.py fits it."""

from __future__ import annotations

import math

import numpy as np
import pytest
from eval_scripts import load_eval_script

from lrt_search.answer.candidates import query_terms_of, scored_candidates
from lrt_search.answer.quote_ranker import FEATURES, feature_rows, rescored
from lrt_search.config import Settings
from lrt_search.errors import ConfigError
from lrt_search.evaluation.questions import Gold, Question
from lrt_search.service import Engine

_IPO = "Wat zei het IPO over indeplaatsstelling?"


def _candidates(engine: Engine, question: str):
    frame = load_eval_script("answer_misses")._frame(engine, question)
    candidates, _ = scored_candidates(frame)
    return frame, candidates


def test_off_by_default() -> None:
    assert Settings().quote_ranker == ()


def test_the_features_of_a_speaker_question(engine: Engine) -> None:
    frame, candidates = _candidates(engine, _IPO)
    rows = feature_rows(frame, candidates, query_terms_of(frame))
    assert rows.shape == (len(candidates), len(FEATURES))
    column = {f: rows[:, n] for n, f in enumerate(FEATURES)}
    assert (column["speaker"] == 1).all()  # only the IPO's statements are candidates
    assert (column["spoken"] == 1).all()
    assert column["rank"].max() <= 1.0
    for c, length in zip(candidates, column["length"], strict=True):
        assert length == pytest.approx(math.log(len(c.quote.split())))
    # the topic phrase alone, not the question: its cosine to the first candidate
    assert frame.parsed is not None and frame.parsed.topic == "indeplaatsstelling"
    hit = next(h for h in frame.hits if h.chunk_id == candidates[0].chunk_id)
    i = [s.text for s in hit.chunk.statements].index(candidates[0].quote)
    vector = frame.retriever.statement_vectors_of(hit.chunk)[i]
    topic = float(vector @ frame.retriever.query_vector("indeplaatsstelling"))
    assert column["topic_cos"][0] == pytest.approx(topic, abs=1e-4)
    assert column["topic_cos"][0] != pytest.approx(
        float(vector @ frame.retriever.query_vector(_IPO)), abs=1e-4
    )


def test_weights_add_their_features_to_the_scores(engine: Engine) -> None:
    question = "Wat zei de VNG over de taakstelling?"
    frame, before = _candidates(engine, question)
    assert rescored(frame, before, query_terms_of(frame)) == before  # no weights: unchanged
    weights = tuple(1.0 if f == "heading" else 0.0 for f in FEATURES)
    ranked = engine.with_settings(engine.settings.replace(quote_ranker=weights))
    frame, candidates = _candidates(ranked, question)
    after = rescored(frame, candidates, query_terms_of(frame))
    heading = feature_rows(frame, after, query_terms_of(frame))[:, FEATURES.index("heading")]
    old = {c.quote: c.score for c in before}
    for c, h in zip(after, heading, strict=True):
        assert c.score == pytest.approx(old[c.quote] + h)
    assert [c.score for c in after] == sorted((c.score for c in after), reverse=True)
    assert heading.max() > 0  # some item heading holds a term of the question
    # it chooses the quotes, after the confidence was decided on the hand-set scores
    assert ranked.ask(question).confidence == engine.ask(question).confidence


def test_a_weight_per_feature_is_required(engine: Engine) -> None:
    # refused when set, in one line naming the key (tests/integration/test_fuzz.py found the
    # ValueError that came only at the first question)
    with pytest.raises(ConfigError, match=r"^quote_ranker: must be empty \(off\) or hold 9 "):
        engine.settings.replace(quote_ranker=(0.1,))
    assert Settings().replace(quote_ranker=[0.0] * len(FEATURES)).quote_ranker == (0.0,) * 9


def test_the_fit_learns_a_feature_that_marks_the_gold() -> None:
    fit = load_eval_script("fit_quote_ranker")
    rng = np.random.default_rng(0)
    data = []
    for _ in range(40):
        scores = 0.8 + 0.02 * rng.standard_normal(5)
        rows = np.zeros((5, len(FEATURES)))
        gold = np.zeros(5, dtype=bool)
        gold[rng.integers(5)] = True
        rows[gold, FEATURES.index("heading")] = 1.0
        data.append((scores, rows, gold))
    weights = fit.fit(data, l2=1e-4, steps=300)
    assert weights[FEATURES.index("heading")] > 0.02
    assert abs(weights[FEATURES.index("length")]) < 0.01


def test_quote_ranks_finds_the_gold_candidate_and_its_passage(engine: Engine) -> None:
    ranks = load_eval_script("quote_ranks")
    gold = "IPO herkent de geuite zorgen door de VNG en Aedes"
    question = Question("t1", _IPO, "nl", "org", "t", True, (Gold("2023-11-03", gold),))
    record = ranks._record(engine, question)
    assert record is not None and any(record["gold"])
    assert len(record["rows"]) == len(record["scores"]) == len(record["gold"])
    assert ranks._gold_rank(engine, question) == "1"
    lost = Question("t2", _IPO, "nl", "org", "t", True, (Gold("2023-11-03", "geen zin uit"),))
    assert ranks._record(engine, lost) is None
    assert ranks._gold_rank(engine, lost) == ">50"
