"""``eval/bench.py``'s Must-show table judges each of issue 19's targets on the run's own
figures: wall time decides, a CPU ratio over the limit is named, every size counts."""

from __future__ import annotations

import sys

from eval_scripts import EVAL


def _row(search: float, ask: float, ask_cpu: float, decisions: float) -> dict[str, object]:
    def pair(value: float) -> dict[str, float]:
        return {"median": value, "min": value, "max": value}

    return {
        "ratio": pair(search),
        "cpu_ratio": pair(search),
        "ask": {
            "ratio": pair(ask),
            "cpu_ratio": pair(ask_cpu),
            "ratio_to_search": pair(ask / search),
            "cpu_ratio_to_search": pair(ask_cpu / search),
            "memory_ratio_to_search": 1.01,
        },
        "decisions": {"ratio": pair(decisions), "cpu_ratio": pair(decisions)},
    }


def test_each_target_is_judged_at_every_size() -> None:
    if str(EVAL) not in sys.path:
        sys.path.insert(0, str(EVAL))
    from bench import must_show  # the package eval/bench/, as eval/bench.py imports it

    result = {
        "sizes": {
            "corpus": _row(1.2, 1.3, 1.45, 0.3),
            "1000": _row(9.9, 9.9, 9.9, 9.9),  # not the largest size: not judged
            "100000": _row(1.1, 1.2, 1.2, 0.7),
        },
        "install": {"total_mib": 340.0},  # 356.5 MB
    }
    rows = {r["target"].split(" <=")[0]: r for r in must_show.must_show(result)}
    assert rows["CLI `search`"]["verdict"] == "met"
    assert rows["CLI `ask`"]["verdict"] == "met in wall time, not in CPU"
    assert rows["`decisions`"]["verdict"] == "NOT met"  # 0.7x at 100k
    cells = rows["`decisions`"]["cells"]
    assert cells == {"corpus": "0.30x (CPU 0.30x)", "100000": "0.70x (CPU 0.70x)"}
    assert rows["default install"]["verdict"] == "NOT met"
    table = must_show.render(list(rows.values()), ["corpus", "100000"])
    assert len(table) == 2 + len(rows) and table[0].startswith("| must show (issue 19)")
