"""Evaluation of retrieval and answers on the question set, and paired comparison of configurations.

Evaluation as data, like ranx: ``questions`` (the question set), ``metrics`` (:class:`Qrels`,
:class:`Run`, ir-measures), ``runner`` (:func:`evaluate`), ``compare`` (significance tests).
"""

from __future__ import annotations

from .ablation import AblationRow, ablate_checks
from .compare import Comparison, MetricComparison, compare, compare_many, compare_settings, holm
from .metrics import DEPTH, MEASURES, Qrels, Run, evaluate_run, mean_metrics
from .questions import (
    SPLITS,
    Gold,
    Question,
    default_generated_path,
    default_questions_path,
    load_questions,
)
from .runner import (
    AnswerStats,
    EngineCache,
    Failure,
    Report,
    engine_for,
    evaluate,
    evaluate_settings,
)

__all__ = [
    "DEPTH",
    "MEASURES",
    "SPLITS",
    "AblationRow",
    "AnswerStats",
    "Comparison",
    "EngineCache",
    "Failure",
    "Gold",
    "MetricComparison",
    "Qrels",
    "Question",
    "Report",
    "Run",
    "ablate_checks",
    "compare",
    "compare_many",
    "compare_settings",
    "default_generated_path",
    "default_questions_path",
    "engine_for",
    "evaluate",
    "evaluate_run",
    "evaluate_settings",
    "holm",
    "load_questions",
    "mean_metrics",
]
