"""Does the confidence of ``ask`` mean something? Answers grouped by their confidence label
(high / medium / low), with the share that holds the answer (a quote containing a gold quote).

An answer to an unanswerable question never holds the answer; abstentions are counted apart
(with the share that was right to abstain: the question was unanswerable).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

LABELS = ("high", "medium", "low")
#: The share of answers holding the answer that each label promises (issue 16).
TARGETS = {"high": 0.90, "medium": 0.70}


@dataclass(frozen=True)
class AnswerRecord:
    """What ``ask`` did with one question of the set."""

    id: str
    answerable: bool
    abstained: bool
    confidence: float
    label: str  # Answer.confidence_label
    has_gold: bool  # a quote contains a gold quote
    change: str = ""  # how an unanswerable generated question was made (see eval/)
    reason: str | None = None
    reason_code: str | None = None

    @property
    def right(self) -> bool:
        """The answer holds the answer (answered), or abstaining was right (abstained)."""
        return (not self.answerable) if self.abstained else (self.answerable and self.has_gold)


@dataclass(frozen=True)
class ReliabilityRow:
    """One confidence label (or ``abstained``): how many, and how many were right."""

    label: str
    count: int
    right: int

    @property
    def share(self) -> float:
        """Share right (NaN for an empty row)."""
        return self.right / self.count if self.count else float("nan")

    @property
    def meets_target(self) -> bool | None:
        """Whether the share reaches the label's target (None: no target or no answers)."""
        target = TARGETS.get(self.label)
        return None if target is None or not self.count else self.share >= target

    def to_dict(self) -> dict[str, Any]:
        """JSON form."""
        share = None if not self.count else round(self.share, 4)
        return {"label": self.label, "count": self.count, "right": self.right, "share": share}


def reliability(records: Iterable[AnswerRecord]) -> list[ReliabilityRow]:
    """Rows for high, medium, low (answers given) and ``abstained``."""
    records = list(records)
    rows = []
    for label in LABELS:
        chosen = [r for r in records if not r.abstained and r.label == label]
        rows.append(ReliabilityRow(label, len(chosen), sum(r.right for r in chosen)))
    abstained = [r for r in records if r.abstained]
    rows.append(ReliabilityRow("abstained", len(abstained), sum(r.right for r in abstained)))
    return rows


def abstained_by_change(records: Iterable[AnswerRecord]) -> dict[str, tuple[int, int]]:
    """Unanswerable questions by how they were made: ``{change: (abstained, total)}``
    (``""``: written by hand)."""
    out: dict[str, tuple[int, int]] = {}
    for r in records:
        if r.answerable:
            continue
        done, total = out.get(r.change, (0, 0))
        out[r.change] = (done + r.abstained, total + 1)
    return dict(sorted(out.items()))
