"""How many questions of a run of ``eval/answer_sets.py --dump`` take the yes/no speech form of
rule ``speaker_silent_yes_no`` ("Heeft X iets gezegd over Y?": answer.speaker_silent.
asks_if_anything_said, and no question word first), and of those how many abstained with
``speaker_silent``, per set (held-out sets counted, never listed).

    python eval/answer_sets.py --dump run.json
    python eval/yes_no_form_count.py run.json
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from lrt_search.answer.speaker_silent import asks_if_anything_said, asks_what_was_said


def main() -> int:
    """Print per set: questions in the form, and those abstained with ``speaker_silent``."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dump", type=Path)
    args = parser.parse_args()
    records = json.loads(args.dump.read_text(encoding="utf-8"))
    form: Counter[str] = Counter()
    silent: Counter[str] = Counter()
    for key, record in records.items():
        name, question = key.split(":")[0], record.get("question", "")
        if asks_if_anything_said(question) and not asks_what_was_said(question):
            form[name] += 1
            silent[name] += record.get("reason_code") == "speaker_silent"
    for name in sorted(form):
        print(f"{name}\t{form[name]} in the form\t{silent[name]} abstained speaker_silent")
    print(f"total\t{sum(form.values())}\t{sum(silent.values())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
