"""Synthetic corpora of any size, made from the real chunks, written as real indexes.

Statements are shuffled, words swapped in from other chunks, new compound words added following
Heaps' law, numbers and years changed. The vectors are NOT computed by the model (100k passages
would take hours): each is the source chunk's real vector plus Gaussian noise, re-normalised.
BM25 uses the real analyzer fitted on the synthetic texts. The index is written with the
project's own :func:`~lrt_search.index.store.write_index`, so the CLI can be timed against it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import re
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from lrt_search.index.backends.bm25 import BM25Index
from lrt_search.index.build import make_analyzer
from lrt_search.index.store import write_index
from lrt_search.ingest.chunking import render_statement
from lrt_search.models import Chunk
from lrt_search.service import Engine

# Probabilities per word, and the noise on the vectors.
P_SWAP = 0.10  # replace a word by a word of another chunk
P_NEW = 0.03  # replace a word by a new compound (the vocabulary grows)
HEAPS_BETA = 0.55  # vocabulary ~ K * tokens**beta, K fitted on the real corpus
NOISE_SIGMA = 0.025  # per component; |noise| ~ 0.49, so cos(source, synthetic) ~ 0.9


_NUMBER = re.compile(r"\d+")


class Perturber:
    """Makes new chunk texts out of real ones, with a vocabulary that grows like Heaps' law."""

    def __init__(self, chunks: Sequence[Chunk], n_chunks: int, rnd: random.Random) -> None:
        self.rnd = rnd
        texts = [c.text for c in chunks]
        tokens = [w for t in texts for w in t.split()]
        self.swap_pool = [w for w in tokens if w.isalpha()]  # weighted by frequency
        roots = sorted({w.lower() for w in self.swap_pool if len(w) >= 4})
        real_vocab = len({w.lower() for w in tokens})
        per_chunk = len(tokens) / len(texts)
        k = real_vocab / len(tokens) ** HEAPS_BETA
        self.expected_vocab = int(k * (per_chunk * n_chunks) ** HEAPS_BETA)
        n_new = max(1, self.expected_vocab - real_vocab)
        links = ("", "", "", "s", "en")
        self.new_words = [
            rnd.choice(roots) + rnd.choice(links) + rnd.choice(roots) for _ in range(n_new)
        ]

    def _number(self, match: re.Match[str]) -> str:
        digits = match.group(0)
        if len(digits) == 4 and digits[:2] in ("19", "20"):
            return str(self.rnd.randint(2015, 2030))
        if len(digits) == 1:
            return str(self.rnd.randint(0, 9))
        return str(self.rnd.randrange(10 ** (len(digits) - 1), 10 ** len(digits)))

    def text(self, text: str) -> str:
        rnd, random_ = self.rnd, self.rnd.random
        swap, new = self.swap_pool, self.new_words
        lines = []
        for line in text.split("\n"):
            words = line.split(" ")
            for j, word in enumerate(words):
                if word.isalpha():
                    r = random_()
                    if r < P_SWAP:
                        words[j] = rnd.choice(swap)
                    elif r < P_SWAP + P_NEW:
                        words[j] = new[int(len(new) * random_() ** 2)]
                elif word:
                    words[j] = _NUMBER.sub(self._number, word)
            lines.append(" ".join(words))
        return "\n".join(lines)


def synthetic_corpus(
    base: Sequence[Chunk],
    base_vectors: np.ndarray,
    base_statement_vectors: np.ndarray,
    n: int,
    seed: int,
) -> tuple[list[Chunk], np.ndarray, np.ndarray, Perturber]:
    """``n`` chunks made from ``base`` (see the module docstring), with their vectors."""
    rnd = random.Random(seed)
    rng = np.random.default_rng(seed)
    perturb = Perturber(base, n, rnd)
    offsets = np.cumsum([0] + [len(c.statements) for c in base])
    chunks: list[Chunk] = []
    source_rows = np.empty(n, dtype=np.int64)
    statement_rows: list[int] = []
    for i in range(n):
        j = i % len(base)
        chunk = base[j]
        source_rows[i] = j
        date = chunk.meeting_date + dt.timedelta(days=7 * rnd.randint(-260, 260))
        if chunk.statements:
            order = list(range(len(chunk.statements)))
            rnd.shuffle(order)
            statements = tuple(
                dataclasses.replace(s, text=perturb.text(s.text))
                for s in (chunk.statements[o] for o in order)
            )
            lines = chunk.text.split("\n")
            heading = [line for line in lines if not line.lstrip().startswith("- ")][:2]
            text = "\n".join(
                [perturb.text(h) for h in heading] + [render_statement(s) for s in statements]
            )
            statement_rows.extend(int(offsets[j]) + o for o in order)
        else:
            statements = ()
            text = perturb.text(chunk.text)
        chunks.append(
            dataclasses.replace(
                chunk,
                chunk_id=f"syn{i:06d}:{chunk.chunk_id}",
                meeting_date=date,
                text=text,
                statements=statements,
            )
        )

    def noisy(rows: np.ndarray, source: np.ndarray) -> np.ndarray:
        out = source[rows].astype(np.float32, copy=True)
        out += rng.standard_normal(out.shape, dtype=np.float32) * np.float32(NOISE_SIGMA)
        out /= np.linalg.norm(out, axis=1, keepdims=True)
        return out

    vectors = noisy(source_rows, base_vectors)
    statement_vectors = noisy(np.asarray(statement_rows, dtype=np.int64), base_statement_vectors)
    return chunks, vectors, statement_vectors, perturb


def write_synthetic(engine: Engine, size: int, index_dir: Path, seed: int = 7) -> dict[str, Any]:
    """Make a synthetic corpus of ``size`` chunks from ``engine``'s and write its index into
    ``index_dir``. Returns its sizes: chunks, statements, vocabulary, raw bytes of the vectors
    and of the texts, and the bytes on disk."""
    base = list(engine.chunks)
    base_vectors = np.asarray(engine.vectors.vectors())
    base_statements = np.asarray(engine.statement_vectors)
    chunks, vectors, statement_vectors, _ = synthetic_corpus(
        base, base_vectors, base_statements, size, seed
    )
    settings = engine.settings
    started = time.perf_counter()
    analyzer = make_analyzer(settings).fit(c.text for c in chunks)
    tokens = [analyzer.tokenize(c.text) for c in chunks]
    analyzed = time.perf_counter()
    bm25 = BM25Index.build(tokens, settings.bm25_k1, settings.bm25_b)
    built = time.perf_counter()
    del tokens
    manifest = {
        **engine.manifest,
        "files": {},
        "meetings": [],
        "skipped": [],
        "synthetic": {"size": size, "seed": seed},
    }
    for key in ("checksums", "n_chunks", "backends"):
        manifest.pop(key, None)
    write_index(
        index_dir,
        manifest=manifest,
        chunks=chunks,
        vectors=vectors,
        sparse=bm25,
        analyzer=analyzer,
        statement_vectors=statement_vectors,
    )
    text_bytes = sum(len(c.text.encode("utf-8")) for c in chunks)
    statement_bytes = sum(len(s.text.encode("utf-8")) for c in chunks for s in c.statements)
    return {
        "n_chunks": size,
        "n_statements": len(statement_vectors),
        "vocabulary": len(bm25.vocabulary),
        "chunk_vectors_bytes": int(vectors.nbytes),
        "chunk_text_bytes": text_bytes,
        "statement_vectors_bytes": int(statement_vectors.nbytes),
        "statement_text_bytes": statement_bytes,
        "analyze_s": round(analyzed - started, 2),
        "bm25_build_s": round(built - analyzed, 2),
        "write_s": round(time.perf_counter() - built, 2),
        "disk_bytes": sum(p.stat().st_size for p in index_dir.rglob("*") if p.is_file()),
    }
