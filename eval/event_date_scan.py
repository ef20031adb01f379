"""Which readable questions read a period that holds no meeting of the corpus, and how their
date attaches (issue 16 session 23 task D, rule ``event_date``): reading only, no ``ask``.

    python eval/event_date_scan.py [--sets a,b] [--fold design|validation] [--dump BASE.json]
                                   [--config FILE.toml] [--changed OFF.toml]

Per question: set, id, A/U, the period read, the base dump's reason (with ``--dump``), the
event-date reading (rule ``event_date``: the noun the date attaches to, or "-") and whether a
passage of the minutes writes the day. With ``--changed OFF.toml`` only the questions whose
reading differs between ``--config`` (default settings) and OFF.toml are printed, as lines of
eval/affected_ask.py's AFFECTED.txt (``<set> <n> <id><flags> ...``). Held-out sets are skipped;
the test split is never read.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from answer_sets import SETS, readable_sets  # the script's folder is on the path
from reading_scan import affected_lines, flags

from lrt_search import Settings
from lrt_search.answer.date_written import meeting_date_refuses
from lrt_search.answer.meeting_period import period_has_meeting
from lrt_search.answer.understanding import understand
from lrt_search.evaluation import Question, engine_for


def _fold(name: str, file: str) -> str:
    """The fold of a readable set (brief of session 23): design or validation."""
    if name.startswith("blind") and name.endswith("_design"):
        return "design" if int(name[5:].split("_")[0]) <= 10 else "validation"
    if name == "dev":
        return "design"
    if name.endswith("probe") or name.endswith("probe2") or name == "probes":
        return "design" if "a" <= file[0] <= "m" else "validation"
    return "validation"


def _reading(engine, question: str) -> tuple[str, str, bool]:
    """(the period read as the meetings', or "-"; the topic's date note, or ""; whether rule
    date_written_topic may read the date as the topic's)."""
    frame = understand(engine, question, None, None, None)
    period = "-"
    if frame.since is not None or frame.until is not None:
        held = period_has_meeting(engine, frame.since, frame.until)
        period = f"{frame.since}..{frame.until}" + ("" if held else " NONE")
    topic = next((n for n in frame.notes if "of the topic" in n), "")
    return period, topic, meeting_date_refuses(understand(engine, question, None, None, None))


def main() -> int:
    """Print the questions reading a period without a meeting, or (``--changed``) the AFFECTED
    lines of those read otherwise."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--sets", default=readable_sets())
    parser.add_argument("--fold", default="")
    parser.add_argument("--dump", default="")
    parser.add_argument("--config", default="")
    parser.add_argument("--changed", default="")
    args = parser.parse_args()
    settings = Settings.from_toml(args.config) if args.config else Settings()
    engine = engine_for(settings, progress=False)
    other = engine_for(Settings.from_toml(args.changed), progress=False) if args.changed else None
    base = json.loads(Path(args.dump).read_text(encoding="utf-8")) if args.dump else {}

    def differs(name: str, q: Question) -> bool:
        if args.fold and _fold(name, SETS[name][0].name) != args.fold:
            return False
        period, topic, _ = reading = _reading(engine, q.question)
        if other is not None:
            return reading != _reading(other, q.question)
        if topic or period.endswith("NONE"):
            rec = base.get(f"{name}:{q.id}", {})
            print(name, q.id, flags(q), period, rec.get("reason_code") or "-", topic or "-",
                  "|", q.question, sep="\t", flush=True)  # fmt: skip
        return False

    for line in affected_lines(differs, args.sets):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
