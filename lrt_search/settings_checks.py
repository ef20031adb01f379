"""Validation of :class:`~lrt_search.config.Settings` on load: every value of the right type
and inside its range, each problem one line naming the key (``k = 2.5: must be a whole
number``). Explicit checks against the dataclass's annotations: no extra dependency."""

from __future__ import annotations

import dataclasses
import math
from functools import cache
from pathlib import Path
from typing import Any, Literal, get_args, get_origin, get_type_hints

from .answer.calibration import FEATURES

#: Allowed ranges ``(low, high)`` of numeric settings (None: unbounded), checked on load.
RANGES: dict[str, tuple[float | None, float | None]] = {
    "chunk_max_words": (20, None),
    "ocr_dpi": (50, 1200),
    "ocr_psm": (0, 13),
    "ocr_min_chars": (0, None),
    "embed_batch_size": (1, 4096),
    "index_verify_bytes": (0, None),
    "min_compound_part": (1, None),
    "bm25_k1": (0.0, None),
    "bm25_b": (0.0, 1.0),
    "rrf_k": (1, None),
    "bm25_weight": (0.0, None),
    "dense_weight": (0.0, None),
    "convex_alpha": (0.0, 1.0),
    "sentence_weight": (0.0, 1.0),
    "sentence_pool": (1, None),
    "candidates": (1, None),
    "k": (1, None),
    "abstain_below": (0.0, 1.0),
    "topic_missing_share": (0.0, 1.0),
    "implied_topic_missing_share": (0.0, 1.0),
    "implied_topic_min_weight": (0.0, None),
    "english_absent_below_zipf": (0.0, 8.0),
    "english_noun_max_senses": (1, None),
    "topic_standout_z": (0.0, None),
    "paraphrase_word_min_zipf": (0.0, 8.0),
    "max_quotes": (1, None),
    "max_listed": (1, None),
    "answer_lexical_weight": (0.0, None),
    "answer_rank_weight": (0.0, None),
    "decision_bonus": (0.0, None),
    "answer_margin": (0.0, None),
    "snippet_chars": (20, None),
    "web_max_query_chars": (1, None),
    "web_max_k": (1, None),
    "max_query_chars": (1, None),
    "embed_max_chars": (16, None),
    "max_add_bytes": (1, None),
}


def _type_problem(name: str, value: Any, kind: Any) -> str | None:
    """Why ``value`` is not of the annotated ``kind`` (None when it is). The plain types come
    first: ~300 of the ~330 fields are ``bool``, checked without ``get_args``."""
    if kind is bool:
        return None if isinstance(value, bool) else "must be true or false"
    if kind is int:
        ok = isinstance(value, int) and not isinstance(value, bool)
        return None if ok else "must be a whole number"
    if kind is float:
        return None if _is_number(value) else "must be a (finite) number"
    if kind is str:
        return None if isinstance(value, str) and "\0" not in value else "must be a string"
    if kind is Path:
        ok = isinstance(value, Path) and "\0" not in str(value)
        return None if ok else "must be a path (a string)"
    args = get_args(kind)
    if get_origin(kind) is Literal:
        return None if value in args else f"must be one of {', '.join(map(str, args))}"
    if type(None) in args:
        return None if value is None else _type_problem(name, value, args[0])
    if get_origin(kind) is tuple:
        if args and args[0] is str:
            ok = isinstance(value, tuple) and all(isinstance(v, str) for v in value)
            return None if ok else "must be a list of strings"
        if not isinstance(value, tuple) or not all(_is_number(v) for v in value):
            return "must be a list of numbers"
        return None
    return None  # pragma: no cover - every field's type is handled above


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


@cache
def _field_kinds(cls: type) -> tuple[tuple[str, Any], ...]:
    """(name, annotated type) of every field of the dataclass ``cls``, resolved once per class
    (``get_type_hints`` evaluates ~330 string annotations: most of a ``Settings()``'s cost)."""
    hints = get_type_hints(cls)
    return tuple((field.name, hints[field.name]) for field in dataclasses.fields(cls))


def validate(settings: Any) -> list[str]:
    """Every problem of ``settings``, one line each naming the key: a value of the wrong type
    or outside its range (:data:`RANGES`). Empty when the settings are valid."""
    problems = []
    cls: type = type(settings)
    for name, kind in _field_kinds(cls):
        value = getattr(settings, name)
        problem = _type_problem(name, value, kind)
        if problem is None and name in RANGES:
            low, high = RANGES[name]
            if (low is not None and value < low) or (high is not None and value > high):
                bounds = f"at least {low}" if high is None else f"between {low} and {high}"
                problem = f"must be {bounds}"
        if problem:
            problems.append(f"{name} = {value!r}: {problem}")
    if not problems and len(settings.confidence_weights) != len(FEATURES) + 1:
        problems.append(
            f"confidence_weights: must hold {len(FEATURES) + 1} numbers (bias, "
            + ", ".join(FEATURES)
            + ")"
        )
    if not problems and len(settings.learned_weights) != 14:
        problems.append("learned_weights: must hold 14 numbers (bias, search.learned.FEATURES)")
    return problems
