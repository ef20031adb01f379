"""Leave-one-set-out cross-validation of the calibrated confidence (``eval/calibrate.py``).

The confidence of ``ask`` (:mod:`lrt_search.answer.calibration`) is fitted on a *pool* of
answer sets, each set weighing the same. To judge a pool on questions it did not see, each set
of the pool is scored by a model fitted on the pool without it (sets outside the pool: by the
model of the whole pool). The abstention threshold is chosen the same way: the one whose
held-out answers score best over the pool's sets (:func:`choose_threshold`); in
:func:`nested`, the threshold a held-out set is judged at is chosen without it too.

A set's score (:attr:`SetFigures.score`) weighs its answerable and unanswerable questions
the same: half the share of answerable questions whose answer quotes gold, half the share of
unanswerable ones abstained on.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from ..answer.calibration import brier, confidence_word, fit, probability
from ..results import CONFIDENCE_HIGH, CONFIDENCE_MEDIUM

#: The abstention thresholds the cross-validation chooses from.
THRESHOLDS = (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6)


@dataclass
class Row:
    """One question asked: the features of its best statement (empty: refused by a check, or
    answered outside the model), whether quoting it holds gold, and its kind."""

    id: str
    features: dict[str, float]
    right: bool
    answerable: bool
    fixed: float | None = None  # the confidence of an answer given outside the model


@dataclass
class SetFigures:
    """What ``ask`` would do with one set at one threshold."""

    questions: int = 0
    answerable: int = 0
    false_abstentions: int = 0
    unanswerable_abstained: int = 0
    gold: int = 0
    brier: float = float("nan")
    labels: dict[str, list[int]] = field(default_factory=dict)  # word -> [answers, right]

    @property
    def unanswerable(self) -> int:
        """The set's unanswerable questions."""
        return self.questions - self.answerable

    @property
    def score(self) -> float:
        """Half gold quoted (of the answerable), half abstained (of the unanswerable)."""
        parts = []
        if self.answerable:
            parts.append(self.gold / self.answerable)
        if self.unanswerable:
            parts.append(self.unanswerable_abstained / self.unanswerable)
        return sum(parts) / len(parts) if parts else 0.0

    def reliability(self, word: str) -> float:
        """The share of answers labelled ``word`` that hold the answer (nan: none)."""
        n, right = self.labels.get(word, [0, 0])
        return right / n if n else float("nan")


#: The L2 penalty of the fit (``eval/calibrate.py --l2``).
L2 = 0.01


def fit_sets(
    sets: Mapping[str, Sequence[Row]], names: Sequence[str], l2: float | None = None
) -> tuple[float, ...]:
    """The weights fitted on the scored rows of ``sets``, each set weighing the same (``l2``:
    the penalty, default :data:`L2`)."""
    rows: list[Row] = []
    balance: list[float] = []
    for members in sets.values():
        scored = [r for r in members if r.features]
        rows += scored
        balance += [1.0 / len(scored)] * len(scored)
    scale = len(rows) / sum(balance)
    return fit(
        [r.features for r in rows],
        [r.right for r in rows],
        l2=L2 if l2 is None else l2,
        sample_weights=[b * scale for b in balance],
        names=names,
    )


def capped_probability(weights: Sequence[float], row: Row, names: Sequence[str]) -> float:
    """The confidence ``ask`` decides on: the model's, kept below high by a not_high rule."""
    p = probability(weights, row.features, names)
    return min(p, CONFIDENCE_HIGH - 0.01) if row.features.get("not_high") else p


def held_out(
    sets: Mapping[str, Sequence[Row]], pool: Sequence[str], names: Sequence[str]
) -> dict[str, list[float | None]]:
    """Every row's confidence (None: refused by a check) from a model fitted on ``pool``
    without the row's set (a pool of that set alone: on it)."""
    out: dict[str, list[float | None]] = {}
    fitted: dict[frozenset[str], tuple[float, ...]] = {}
    for name, rows in sets.items():
        train = frozenset(pool) - {name} or frozenset(pool)  # a pool of one: in-sample
        if train not in fitted:
            fitted[train] = fit_sets({n: sets[n] for n in sorted(train)}, names)
        out[name] = [confidence(fitted[train], r, names) for r in rows]
    return out


def confidence(weights: Sequence[float], row: Row, names: Sequence[str]) -> float | None:
    """The confidence ``ask`` decides ``row`` on under ``weights`` (None: refused by a check;
    an answer given outside the model keeps its own)."""
    if row.features:
        return capped_probability(weights, row, names)
    return row.fixed


def figures(
    rows: Sequence[Row], confidences: Sequence[float | None], threshold: float
) -> SetFigures:
    """The figures of one set whose rows have ``confidences`` (see :func:`held_out`)."""
    out = SetFigures(questions=len(rows), answerable=sum(r.answerable for r in rows))
    scored: list[tuple[float, bool]] = []
    for row, p in zip(rows, confidences, strict=True):
        if row.features and p is not None:
            scored.append((p, row.right))
        if p is None or (row.features and p < threshold):
            out.false_abstentions += row.answerable
            out.unanswerable_abstained += not row.answerable
            continue
        out.gold += row.right
        shown = min(p, CONFIDENCE_MEDIUM - 0.01) if row.features.get("not_medium") else p
        counts = out.labels.setdefault(confidence_word(shown), [0, 0])
        counts[0] += 1
        counts[1] += row.right
    if scored:
        out.brier = brier([p for p, _ in scored], [y for _, y in scored])
    return out


def choose_threshold(
    sets: Mapping[str, Sequence[Row]],
    confidences: Mapping[str, Sequence[float | None]],
    judged: Sequence[str],
) -> float:
    """The threshold of :data:`THRESHOLDS` with the best mean score over the ``judged`` sets
    (the highest of equals: it refuses more wrong answers)."""
    return max(THRESHOLDS, key=lambda t: (round(mean_score(sets, confidences, judged, t), 9), t))


def mean_score(
    sets: Mapping[str, Sequence[Row]],
    confidences: Mapping[str, Sequence[float | None]],
    judged: Sequence[str],
    threshold: float,
) -> float:
    """The mean score over the ``judged`` sets at ``threshold``."""
    return sum(figures(sets[n], confidences[n], threshold).score for n in judged) / len(judged)


def fixed(
    sets: Mapping[str, Sequence[Row]],
    weights: Sequence[float],
    threshold: float,
    names: Sequence[str],
) -> dict[str, tuple[float, SetFigures]]:
    """Each set's figures under given ``weights`` and ``threshold`` (no cross-validation: what
    ``ask`` does with them)."""
    return {
        name: (threshold, figures(rows, [confidence(weights, r, names) for r in rows], threshold))
        for name, rows in sets.items()
    }


def nested(
    sets: Mapping[str, Sequence[Row]], pool: Sequence[str], names: Sequence[str]
) -> dict[str, tuple[float, SetFigures]]:
    """Each set's threshold and figures, judged without it: a set of ``pool`` by a model and
    a threshold chosen on the pool without it; any other set by the whole pool's."""
    outer = held_out(sets, pool, names)
    out: dict[str, tuple[float, SetFigures]] = {}
    whole = choose_threshold(sets, outer, pool)
    for name, rows in sets.items():
        threshold = whole
        if name in pool:
            inner_pool = [n for n in pool if n != name]
            inner_sets = {n: sets[n] for n in inner_pool}
            threshold = choose_threshold(
                inner_sets, held_out(inner_sets, inner_pool, names), inner_pool
            )
        out[name] = (threshold, figures(rows, outer[name], threshold))
    return out
