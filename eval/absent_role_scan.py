"""Every registered question the gate of rule ``absent_role_speaker`` fires on (issue 16 task
B2): the questions the rule can change, since the gate reads the question alone. Held-out sets
are counted only, never listed.

    PYTHONPATH=. python eval/absent_role_scan.py
"""

from __future__ import annotations

from answer_sets import REGISTRY, held_out

from lrt_search import Settings
from lrt_search.answer.absent_role import gate_role_unrecorded
from lrt_search.answer.evidence import Asked
from lrt_search.evaluation import engine_for, load_questions


def main() -> None:
    """Print each readable question the gate fires on, and a count per held-out set."""
    engine = engine_for(Settings())
    for entry in REGISTRY:
        fired = []
        for q in load_questions(entry.file, entry.split):
            params = gate_role_unrecorded(Asked(engine, q.question, None))  # type: ignore[arg-type]
            if params:
                fired.append((q.id, q.answerable, q.question, params["names"]))
        if fired and held_out(entry.name):
            answerable = sum(a for _, a, _, _ in fired)
            print(f"{entry.name}: fires on {len(fired)} (answerable {answerable})")
        elif fired:
            for row in fired:
                print(entry.name, *row)


if __name__ == "__main__":
    main()
