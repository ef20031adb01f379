"""The e5 vector cache of eval/near_duplicates.py: a second run embeds nothing, a changed
question is embedded again, a damaged or stale cache is rebuilt with a notice, and held-out
questions are still never printed (a temporary eval folder and a counting stand-in embedder)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest
from eval_scripts import load_eval_script

script = load_eval_script("near_duplicates")


class CountingEmbedder:
    """Deterministic unit vectors from each text's hash; records every text it embeds."""

    dim = 8

    def __init__(self, name: str = "counting-1") -> None:
        self.name = name
        self.embedded: list[str] = []

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        self.embedded.extend(texts)
        seeds = [int(hashlib.sha256(t.encode()).hexdigest()[:8], 16) for t in texts]
        rows = [np.random.default_rng(s).standard_normal(self.dim) for s in seeds]
        vectors = np.array(rows, dtype=np.float32).reshape(len(texts), self.dim)
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def write(path: Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


@pytest.fixture
def eval_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "eval"
    folder.mkdir()
    write(
        folder / "new_source.jsonl",
        [{"id": "n1", "question": "Wat zei de VNG over de spreidingswet?"}],
    )
    write(
        folder / "alpha_probe.jsonl",
        [
            {"id": "a1", "question": "Wat zei de VNG over de spreidingswet in maart?"},
            {"id": "a2", "question": "Who chaired the meeting of 19 March 2025?"},
        ],
    )
    write(folder / "beta_holdout.jsonl", [{"id": "h1", "question": "Geheime vraag over Ter Apel"}])
    write(
        folder / "questions.jsonl",
        [
            {"id": "q1", "question": "Wat besloot de LRT?", "split": "dev"},
            {"id": "q2", "question": "Testvraag die nooit gelezen wordt", "split": "test"},
        ],
    )
    return folder


def check(eval_dir: Path, embedder: CountingEmbedder, cache: Path) -> int:
    return script.run(eval_dir / "new_source.jsonl", embedder, cache, (0.0, -1.0), eval_dir)


def test_second_run_embeds_nothing_and_a_changed_question_is_embedded_again(
    eval_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cache = tmp_path / "cache" / "near_duplicates_e5.npz"
    first = CountingEmbedder()
    assert check(eval_dir, first, cache) == 5 and cache.exists()
    assert "Testvraag die nooit gelezen wordt" not in first.embedded  # the test split
    shown = capsys.readouterr().out
    assert "a1: Wat zei de VNG over de spreidingswet in maart?" in shown
    assert "beta_holdout.jsonl (held out: not shown)" in shown and "Geheime" not in shown
    assert b"Geheime" not in cache.read_bytes()  # keys are hashes: no question text stored

    second = CountingEmbedder()
    assert check(eval_dir, second, cache) == 0 and second.embedded == []
    assert capsys.readouterr().out == shown  # the same scores from the cached vectors

    write(
        eval_dir / "alpha_probe.jsonl",
        [
            {"id": "a1", "question": "Wat zei de VNG over de spreidingswet in april?"},
            {"id": "a2", "question": "Who chaired the meeting of 19 March 2025?"},
        ],
    )
    third = CountingEmbedder()
    assert check(eval_dir, third, cache) == 1
    assert third.embedded == ["Wat zei de VNG over de spreidingswet in april?"]
    fourth = CountingEmbedder()
    assert check(eval_dir, fourth, cache) == 0 and fourth.embedded == []


def test_a_damaged_or_stale_cache_is_rebuilt_with_a_notice(
    eval_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cache = tmp_path / "near_duplicates_e5.npz"
    cache.write_bytes(b"not a numpy archive")
    assert check(eval_dir, CountingEmbedder(), cache) == 5
    notices = [x for x in capsys.readouterr().err.splitlines() if "near-duplicate cache" in x]
    assert len(notices) == 1 and notices[0].startswith(f"near-duplicate cache {cache} unreadable (")
    assert notices[0].endswith("): rebuilt")
    assert check(eval_dir, CountingEmbedder(), cache) == 0

    assert check(eval_dir, CountingEmbedder("counting-2"), cache) == 5  # another embedder
    assert "stale (near_duplicates-1, counting-1): rebuilt" in capsys.readouterr().err
    assert check(eval_dir, CountingEmbedder("counting-2"), cache) == 0


def test_no_cache_embeds_every_question(eval_dir: Path) -> None:
    embedder = CountingEmbedder()
    assert check(eval_dir, embedder, None) == 5
    assert check(eval_dir, embedder, None) == 5
