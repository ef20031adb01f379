"""Reading-only scan for rule premise_act (issue 16 session 24 task B3): every readable why- or
claim-question whose premise asserts an act of a ``premise = true`` table of
lexicon/data/acts.toml (raised, lowered, extended, ended, stopped, started, joined, left,
agreed, cancelled), with its fold, the act words as asked and the base outcome of
/work/notes/s24/base.json (or the dump named second); no ``ask`` runs.

    python eval/premise_act_scan.py AFFECTED.txt [BASE.json]

writes AFFECTED.txt for eval/affected_ask.py and prints a count per fold: true premises the
base answers (the rule may lose them), false premises the base answers (it may refuse them),
each with whether a statement near its topic (two shared words) states the act, only its
``opposite``, or neither.
The held-out sets are never read."""

from __future__ import annotations

import dataclasses
import json
import sys
from collections import Counter
from pathlib import Path
from types import SimpleNamespace

from answer_sets import SETS  # the script's folder is on the path
from meeting_not_held_scan import fold
from reading_scan import affected_lines, flags, write_affected

from lrt_search.answer.act_stated import asked_acts, premise_acts, states_named_acts
from lrt_search.config import Settings
from lrt_search.evaluation import Question
from lrt_search.lexicon.datafiles import bundled_toml
from lrt_search.lexicon.glossary import Glossary
from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.parsed import read_question
from lrt_search.search.query import SpeakerRules


def _statements() -> list[str]:
    """The bullet statements of the bundled minutes (corpus/*.txt), one a line."""
    root = Path(__file__).resolve().parent.parent / "corpus"
    lines = (line for f in sorted(root.glob("*.txt")) for line in f.read_text("utf-8").splitlines())
    return [line.strip()[2:] for line in lines if line.strip().startswith("- ")]


def _held(question: str, acts: list[str], statements: list[str]) -> str:
    """Whether a statement sharing two words of five letters or more with the question (its
    topic, roughly) states the act ("act"), only its opposite (``opposite`` of acts.toml:
    "opposite"), or neither ("neither"); "no topic" when none shares them."""
    words = {w.strip("?,.").lower() for w in question.split() if len(w.strip("?,.")) >= 5}
    near = [t for t in statements if len(words & {w.strip(",.").lower() for w in t.split()}) >= 2]
    if not near:
        return "no topic"
    if any(states_named_acts(",".join(acts), t) for t in near):
        return "act"
    table = bundled_toml("acts.toml")
    opposite = ",".join(table[a]["opposite"] for a in acts if "opposite" in table[a])
    if opposite and any(states_named_acts(opposite, t) for t in near):
        return "opposite"
    return "neither"


def main() -> int:
    """Write AFFECTED.txt and print the questions the rule reads, with the base outcome."""
    on = Settings()
    stub = SimpleNamespace(settings=dataclasses.replace(on, act_stated=False))
    table, glossary = OrgTable.default(None), Glossary.default()
    base_file = sys.argv[2] if len(sys.argv) > 2 else "/work/notes/s24/base.json"
    base = json.loads(Path(base_file).read_text(encoding="utf-8"))
    counts: Counter[tuple[str, str]] = Counter()
    statements = _statements()

    def differs(name: str, q: Question) -> bool:
        p = read_question(q.question, table, glossary, rules=SpeakerRules.of(on))
        premise = p.asks("why") or p.asks("claim_check")
        acts, words = asked_acts(stub, q.question, premise)  # type: ignore[arg-type]
        if not set(acts) & premise_acts():
            return False
        row = base.get(f"{name}:{q.id}", {})
        outcome = "abstained" if row.get("abstained") else "answered"
        if not row:
            outcome = "not in base"
        part = fold(name, SETS[name][0])
        part = "final" if name.startswith(("blind22", "blind23")) else part
        kind = "true" if q.answerable else "false"
        mine = [a for a in acts if a in premise_acts()]
        held = _held(q.question, mine, statements)
        counts[(part, f"{kind} premise {outcome}, topic statement holds: {held}")] += 1
        print(
            part,
            name,
            q.id,
            flags(q),
            ",".join(acts),
            f"[{words}]",
            outcome,
            held,
            row.get("reason_code") or "",
            "|",
            q.question,
        )
        return True

    write_affected(sys.argv[1], affected_lines(differs))
    for (part, what), n in sorted(counts.items()):
        print(f"{part:10} {what}: {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
