"""Rule dense_pool (answer/dense_pool.py; issues 16 and 21, task E2): the dense ranking's first
passages in the question's scope join the deeper passages ``ask`` may quote from; on the
bundled corpus."""

from __future__ import annotations

from eval_scripts import load_eval_script

from lrt_search.config import Settings
from lrt_search.service import Engine

# eval/dense_pool_probe.jsonl dp08: its gold sentence's passage is outside the ten passages of
# the hybrid search and fifth in the dense ranking of March 2025
_QUESTION = "Wanneer moet het pakket van de minister van Asiel en Migratie klaar zijn?"
_GOLD = "Het pakket moet voor de zomer gereed zijn."


def _with(engine: Engine, top: int) -> Engine:
    return engine.with_settings(engine.settings.replace(dense_pool=top))


def test_off_by_default() -> None:
    assert Settings().dense_pool == 0


def test_a_passage_only_dense_ranks_high_joins_the_deeper_passages(engine: Engine) -> None:
    frame_of = load_eval_script("answer_misses")._frame
    off, on = frame_of(_with(engine, 0), _QUESTION), frame_of(_with(engine, 5), _QUESTION)
    assert not any(_GOLD in h.chunk.text for h in off.hits + off.deeper)
    assert any(_GOLD in h.chunk.text for h in on.deeper)
    assert [h.chunk_id for h in on.hits] == [h.chunk_id for h in off.hits]
    ids = [h.chunk_id for h in on.hits + on.deeper]
    assert len(ids) == len(set(ids))  # no passage twice
