"""Near duplicates of a new question set among the questions of every other answer set of eval/
(eval/blind12.md): shared words and the e5 embedder.

    python eval/near_duplicates.py eval/blind12_source.jsonl [--jaccard 0.4] [--cosine 0.92]
        [--cache FILE | --no-cache] [--set blindN]

For each new question: the highest Jaccard overlap of its words of four letters or more with a
question of another file of eval/*.jsonl, and the highest cosine of their e5 query vectors
(multilingual-e5-small, the embedder of the index). A pair at or above either threshold is
listed with the other question, unless that question's file holds held-out questions (a name
with "holdout" or "_source", or a file with a ``*_holdout.jsonl`` split of it): then only the
file's name and the scores are printed, never its question. The test split of
eval/questions.jsonl is never read. The candidate file is compared with every OTHER file, by set
identity, not by a name prefix: the candidate file itself is skipped (a file in /tmp is never
compared with itself), and so are the committed files of its own blind set when it is one of the
registry's (eval/blind_sets.py: ``--set NAME``, else the set whose file name the candidate
bears, e.g. /tmp/blind22_source.jsonl): a revised draft of a set would otherwise match each of
its own questions, burying the real repeats of other sets; the repeats within one set are the
split's and the writer's concern (tests/integration/test_blind_splits.py skips a set's own files
alike). A set not yet registered is compared with every file of eval/.

The e5 vectors are cached (``--cache FILE``; by default
``$XDG_CACHE_HOME/lrt-search/near_duplicates_e5.npz``, ``~/.cache/lrt-search/...`` without it),
keyed by a hash of the embedder's name and the question text (no question text is written), so
only new or changed questions are embedded: the first run embeds the ~7,300 other questions
(~28 minutes under load), later runs take seconds. The file keeps the vectors of the last run's
questions; an unreadable or stale one (another format or embedder) is rebuilt with a one-line
notice on stderr (``--no-cache``: embed everything, read and write no cache).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

import numpy as np
from blind_sets import PARTS, blind_sets, owner  # the script's folder is on the path

from lrt_search.index.embedders import E5Embedder, Embedder

EVAL = Path(__file__).resolve().parent
#: Layout of the cache file; another value is a stale cache, rebuilt.
CACHE_FORMAT = "near_duplicates-1"


def words(question: str) -> set[str]:
    """The words of four letters or more of ``question``, case-folded."""
    return {w for w in re.findall(r"\w+", question.casefold()) if len(w) >= 4}


def jaccard(a: set[str], b: set[str]) -> float:
    """Shared words over all words of two word sets (0 when both are empty)."""
    return len(a & b) / len(a | b) if a | b else 0.0


def hidden(path: Path) -> bool:
    """Whether ``path`` holds held-out questions whose text is never printed."""
    name = path.name
    held_out_split = path.parent / f"{path.stem}_holdout.jsonl"
    return "holdout" in name or "_source" in name or held_out_split.exists()


def own_files(source: Path, eval_dir: Path = EVAL, blind: str = "") -> set[Path]:
    """The files of the candidate file ``source``'s own set, never compared with it: ``source``
    itself and, for a blind set of ``eval_dir``'s registry (``blind``, else the set one of whose
    file names ``source`` bears, wherever it lies), that set's committed source and halves."""
    registry = eval_dir / "answer_sets.toml"
    sets = blind_sets(registry) if registry.exists() else {}
    name = blind or owner(source.name, sets)
    if name and name not in sets:
        raise ValueError(f"{name} is no blind set of {registry}")
    files = {eval_dir / sets[name].file(part) for part in PARTS} if name else set()
    return {p.resolve() for p in files | {source}}


def other_questions(skipped: set[Path], eval_dir: Path = EVAL) -> list[tuple[Path, str, str]]:
    """(file, id, question) of every non-test question of ``eval_dir``/*.jsonl outside the
    files ``skipped`` (resolved paths: :func:`own_files`)."""
    rows: list[tuple[Path, str, str]] = []
    for path in sorted(eval_dir.glob("*.jsonl")):
        if path.resolve() in skipped:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else {}
            if isinstance(row, dict) and "question" in row and row.get("split") != "test":
                rows.append((path, str(row.get("id", "")), row["question"]))
    return rows


def default_cache() -> Path:
    """``$XDG_CACHE_HOME/lrt-search/near_duplicates_e5.npz`` (``~/.cache`` without it)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "lrt-search" / "near_duplicates_e5.npz"


def cache_key(embedder_name: str, text: str) -> str:
    """The cache key of a query: a hash of the embedder's name and the text."""
    return hashlib.sha256(f"{embedder_name}\n{text}".encode()).hexdigest()


def _read_cache(path: Path, embedder: Embedder, notice: TextIO) -> dict[str, np.ndarray]:
    """The cached vectors of ``path`` by key; empty (with a notice) if unreadable or stale."""
    if not path.exists():
        return {}
    try:
        with np.load(path, allow_pickle=False) as data:
            fmt, name = str(data["format"]), str(data["embedder"])
            keys, vectors = data["keys"], np.asarray(data["vectors"], dtype=np.float32)
    except Exception as exc:  # any damage: a zip, header or key error
        print(
            f"near-duplicate cache {path} unreadable ({type(exc).__name__}): rebuilt", file=notice
        )
        return {}
    if fmt != CACHE_FORMAT or name != embedder.name or vectors.shape != (len(keys), embedder.dim):
        print(f"near-duplicate cache {path} stale ({fmt}, {name}): rebuilt", file=notice)
        return {}
    return dict(zip((str(k) for k in keys), vectors, strict=True))


def _write_cache(
    path: Path, embedder: Embedder, keys: list[str], known: dict[str, np.ndarray]
) -> None:
    """Replace ``path`` atomically by the vectors of ``keys`` (of this run only) in ``known``."""
    vectors = np.zeros((len(keys), embedder.dim), dtype=np.float32)
    for i, key in enumerate(keys):
        vectors[i] = known[key]
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with tmp.open("wb") as fh:
        np.savez(
            fh,
            format=np.array(CACHE_FORMAT),
            embedder=np.array(embedder.name),
            keys=np.array(keys, dtype="<U64"),
            vectors=vectors,
        )
    os.replace(tmp, path)


def cached_queries(
    texts: Sequence[str],
    embedder: Embedder,
    cache: Path | None,
    notice: TextIO | None = None,
    chunk: int = 512,
) -> tuple[np.ndarray, int]:
    """The query vectors of ``texts`` and how many were embedded (not found in ``cache``).

    The missing ones are embedded ``chunk`` at a time, the cache written after each chunk (an
    interrupted first run keeps what it embedded). With ``cache`` None nothing is read or
    written. Notices go to ``notice`` (stderr by default)."""
    notice = notice or sys.stderr
    known = _read_cache(cache, embedder, notice) if cache else {}
    keys = [cache_key(embedder.name, t) for t in texts]
    unique = sorted(set(keys))
    missing = sorted({k: t for k, t in zip(keys, texts, strict=True) if k not in known}.items())
    for start in range(0, len(missing), chunk):
        part = missing[start : start + chunk]
        fresh = embedder.embed_queries([t for _, t in part])
        known.update(zip((k for k, _ in part), fresh, strict=True))
        if cache:
            _write_cache(cache, embedder, [k for k in unique if k in known], known)
        print(f"e5: {start + len(part)} of {len(missing)} embedded", file=notice)
    if cache and not missing and len(known) != len(unique):  # drop vectors no longer asked
        _write_cache(cache, embedder, unique, known)
    vectors = np.zeros((len(texts), embedder.dim), dtype=np.float32)
    for i, key in enumerate(keys):
        vectors[i] = known[key]
    return vectors, len(missing)


def report(
    new: list[dict],
    others: list[tuple[Path, str, str]],
    cosines: np.ndarray,
    thresholds: tuple[float, float],
    out: TextIO | None = None,
) -> None:
    """Print each new question's highest scores and its pairs at or above a threshold (to
    ``out``, stdout by default)."""
    out = out or sys.stdout
    min_jaccard, min_cosine = thresholds
    other_words = [words(q) for _, _, q in others]
    print(f"{len(new)} questions against {len(others)} of other files", file=out)
    for i, row in enumerate(new):
        jac = np.array([jaccard(words(row["question"]), w) for w in other_words])
        near = np.flatnonzero((jac >= min_jaccard) | (cosines[i] >= min_cosine))
        print(
            f"{row['id']}\tmax jaccard {jac.max():.2f}\tmax cosine {cosines[i].max():.3f}"
            f"\t{row['question']}",
            file=out,
        )
        for j in near[np.argsort(-cosines[i][near])]:
            path, oid, question = others[j]
            text = "(held out: not shown)" if hidden(path) else f"{oid}: {question}"
            print(f"    {jac[j]:.2f} {cosines[i][j]:.3f} {path.name} {text}", file=out)


def run(
    source: Path,
    embedder: Embedder,
    cache: Path | None,
    thresholds: tuple[float, float] = (0.4, 0.92),
    eval_dir: Path = EVAL,
    blind: str = "",
) -> int:
    """The check of ``source`` against the files of ``eval_dir`` outside its own set
    (:func:`own_files`, ``blind`` naming it); the number embedded."""
    new = [json.loads(x) for x in source.read_text(encoding="utf-8").splitlines() if x.strip()]
    others = other_questions(own_files(source, eval_dir, blind), eval_dir)
    texts = [r["question"] for r in new] + [q for _, _, q in others]
    vectors, embedded = cached_queries(texts, embedder, cache)
    print(f"e5: {embedded} of {len(texts)} questions embedded, the others cached", file=sys.stderr)
    report(new, others, vectors[: len(new)] @ vectors[len(new) :].T, thresholds)
    return embedded


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("source", type=Path)
    parser.add_argument("--jaccard", type=float, default=0.4)
    parser.add_argument("--cosine", type=float, default=0.92)
    parser.add_argument("--cache", type=Path, default=None, help="e5 vector cache file")
    parser.add_argument("--no-cache", action="store_true", help="embed every question anew")
    parser.add_argument("--set", default="", help="the registered blind set of the candidates")
    args = parser.parse_args()
    cache = None if args.no_cache else (args.cache or default_cache())
    embedder = E5Embedder(batch_size=64)
    run(args.source, embedder, cache, (args.jaccard, args.cosine), EVAL, args.set)
    return 0


if __name__ == "__main__":
    sys.exit(main())
