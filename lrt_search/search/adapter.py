"""Rule ``query_adapter``: a linear map applied to the query's embedding before dense search.

A square matrix ``W`` (a ``.npy`` file of the embedder's dimension, fitted by
``eval/fit_adapter.py`` on generated question/statement pairs) turns a query vector ``q`` into
``q W`` renormalised, so that everyday wording can move towards the minutes' wording. Off by
default: fitted on eval/paraphrases.jsonl and cross-validated by meeting it lowered dense
R@5 on dev (eval/results.md, "Query adapter").
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from ..errors import ConfigError


def load_adapter(path: Path, dim: int) -> np.ndarray:
    """The ``dim`` x ``dim`` float32 matrix stored at ``path``; a missing, unreadable or
    misshapen file is a :class:`ConfigError` naming it."""
    try:
        matrix = np.load(path, allow_pickle=False)
    except (OSError, ValueError) as exc:
        raise ConfigError(f"{path}: cannot read the query adapter ({exc})") from None
    if matrix.shape != (dim, dim) or not np.isfinite(matrix).all():
        raise ConfigError(
            f"{path}: the query adapter must be a finite {dim} x {dim} matrix, not {matrix.shape}"
        )
    return matrix.astype(np.float32)


def adapt(vector: np.ndarray, matrix: np.ndarray | None) -> np.ndarray:
    """``vector @ matrix`` with unit length (``vector`` itself when ``matrix`` is None)."""
    if matrix is None:
        return vector
    mapped = vector @ matrix
    norm = float(np.linalg.norm(mapped))
    return (mapped / norm).astype(np.float32) if norm > 0 else vector
