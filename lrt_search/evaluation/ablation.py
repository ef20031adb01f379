"""The measured effect of every check of ``ask``: each switched off in turn.

For each name of :func:`lrt_search.answer.checks.check_names`, ``ask`` runs with
``Settings.disabled_checks = (name,)`` on every question set; the row holds the share of
unanswerable questions abstained on, the false abstentions and the share of answerable questions
quoting gold, next to the same figures with every check on. A check whose removal changes
nothing on any set has no measured benefit. Rules inside the checks that a setting switches
(:data:`lrt_search.answer.check_rules.RULES`) get a row each too.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..config import Settings
from .questions import Question
from .runner import AnswerStats, EngineCache, ask_all

#: The row of the configuration with every check on.
ALL_ON = "(all checks on)"


@dataclass(frozen=True)
class AblationRow:
    """The answers with one check off (or none: :data:`ALL_ON`), per question set."""

    check: str
    stats: Mapping[str, AnswerStats]

    def figures(self, name: str) -> tuple[float, float, float]:
        """(abstained on unanswerable, false abstentions, gold quoted) on set ``name``."""
        s = self.stats[name]
        return s.abstained_rate, s.false_abstention_rate, s.gold_rate

    def to_dict(self) -> dict[str, Any]:
        """JSON form."""
        return {
            "check": self.check,
            "sets": {
                name: dict(zip(FIGURES, (round(v, 4) for v in self.figures(name)), strict=True))
                for name in self.stats
            },
        }


FIGURES = ("abstained_on_unanswerable", "false_abstentions", "gold_quoted")


def check_names() -> list[str]:
    """The names of the checks of ``ask``, in order (from the answer package's registry)."""
    from ..answer.checks import check_names as names

    return list(names())


def ablate_checks(
    settings: Settings,
    sets: Mapping[str, Sequence[Question]],
    names: Sequence[str] | None = None,
    cache: EngineCache | None = None,
    progress: bool | None = None,
) -> list[AblationRow]:
    """The all-on row, then one row per check (default: every check) switched off, and (by
    default) one per rule of :data:`lrt_search.answer.check_rules.RULES` switched off ("rule
    compound_parts": every question asked again).

    Gates run first, in order, and stop a question at the first that fails; so switching off
    a gate changes only the questions it stopped (asked again), and switching off a quote check
    or the confidence threshold only those no gate stopped. The others keep their answer."""
    from ..answer.check_rules import RULES
    from ..answer.checks import CHECKS

    cache = cache or EngineCache()
    base = cache.get(settings, progress)
    gates = {c.name: c.reason_code for c in CHECKS if c.stage == "gate"}
    first = {name: ask_all(base.with_settings(settings), qs, progress) for name, qs in sets.items()}
    rows = [AblationRow(ALL_ON, {name: stats for name, (stats, _) in first.items()})]
    for check in names if names is not None else check_names():
        engine = base.with_settings(
            settings.replace(disabled_checks=(*settings.disabled_checks, check))
        )
        stats = {}
        for name, qs in sets.items():
            same = {
                r.id: r
                for r in first[name][1]
                if (r.reason_code != gates[check] if check in gates
                    else r.reason_code in gates.values())
            }  # fmt: skip
            stats[name] = ask_all(engine, qs, progress, known=same)[0]
        rows.append(AblationRow(check, stats))
    for rule in RULES if names is None else ():
        engine = base.with_settings(settings.replace(**{rule.setting: rule.off}))
        stats = {name: ask_all(engine, qs, progress)[0] for name, qs in sets.items()}
        rows.append(AblationRow(f"rule {rule.name}", stats))
    return rows


def without_effect(rows: Sequence[AblationRow]) -> list[str]:
    """The checks whose removal changes none of the figures on any set."""
    base = rows[0]
    return [
        row.check
        for row in rows[1:]
        if all(row.figures(name) == base.figures(name) for name in base.stats)
    ]


def markdown_table(rows: Sequence[AblationRow]) -> list[str]:
    """The table for eval/results.md: per set the three figures, as differences from all-on
    for the rows of a check switched off."""
    sets = list(rows[0].stats)
    head = " | ".join(f"{n} abstained on unanswerable | {n} false abstentions | {n} gold quoted"
                      for n in sets)  # fmt: skip
    lines = [f"| check off | {head} |", "|---|" + "---:|" * (3 * len(sets))]
    base = rows[0]
    for row in rows:
        cells = []
        for name in sets:
            values = row.figures(name)
            if row is base:
                cells += [f"{v:.3f}" for v in values]
            else:
                deltas = (v - b for v, b in zip(values, base.figures(name), strict=True))
                cells += [f"{d:+.3f}" if abs(d) > 1e-9 else "0" for d in deltas]
        lines.append(f"| {row.check} | " + " | ".join(cells) + " |")
    return lines


def _delta(value: int, base: int) -> str:
    return f"{value - base:+d}" if value != base else "0"


def count_table(rows: Sequence[AblationRow], short: Mapping[str, str] | None = None) -> list[str]:
    """A compact table of counts for small sets (at most ~100 columns for six sets): per set
    "unanswerable abstained / false abstentions", as counts ``51/62 0/37`` with every check on,
    then the change in each (``-1 +1``) or ``=`` when neither moves. ``short`` names the sets
    in the header."""
    sets = list(rows[0].stats)
    names = [(short or {}).get(n, n) for n in sets]
    lines = [
        "| off | " + " | ".join(names) + " |",
        "|---|" + ":---:|" * len(sets),
    ]
    base = rows[0]
    for row in rows:
        cells = []
        for name in sets:
            s, b = row.stats[name], base.stats[name]
            if row is base:
                cells.append(
                    f"{s.abstained_unanswerable}/{s.unanswerable} "
                    f"{s.abstained_answerable}/{s.answerable}"
                )
            elif (s.abstained_unanswerable, s.abstained_answerable) == (
                b.abstained_unanswerable,
                b.abstained_answerable,
            ):
                cells.append("=")
            else:
                cells.append(
                    f"{_delta(s.abstained_unanswerable, b.abstained_unanswerable)} "
                    f"{_delta(s.abstained_answerable, b.abstained_answerable)}"
                )
        lines.append(f"| {row.check} | " + " | ".join(cells) + " |")
    return lines
