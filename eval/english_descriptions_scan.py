"""Reading-only scan for the English descriptions of the minutes' governance terms (issue 16
session 25 task A3: glossary.toml / glossary_minutes.toml entries and CdK query aliases): every
readable question whose reading changes, or whose expansion-field terms meet an English stem a
glossary entry newly gives its chunks (only when ``expansion_weight`` is on); no ``ask`` runs.
The blind24/blind25 sets are skipped (first-run sets of session 25), the held-out sets and the
test split are never read.

    PYTHONHASHSEED=0 PYTHONPATH=<old tree> python eval/english_descriptions_scan.py dump OLD.jsonl
    PYTHONHASHSEED=0 PYTHONPATH=<new tree> python eval/english_descriptions_scan.py dump NEW.jsonl
    python eval/english_descriptions_scan.py compare OLD.jsonl NEW.jsonl AFFECTED.txt

``compare`` writes AFFECTED.txt for eval/affected_ask.py and prints each question found, with
its fold (eval/meeting_not_held_scan.py ``fold``).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from answer_sets import SETS  # the script's folder is on the path
from meeting_not_held_scan import fold
from reading_scan import flags, readable_sets, write_affected

from lrt_search.config import Settings
from lrt_search.lexicon.glossary import Glossary
from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.expansion import english_terms, query_terms
from lrt_search.search.parsed import read_question

#: Sets of this session's first runs, never designed or measured on here.
SKIPPED = ("blind24", "blind25")


def dump(out_file: str) -> None:
    """Write the glossary's English stems per Dutch term, then every question's readings."""
    glossary, orgs = Glossary.default(), OrgTable.default()
    stems: dict[str, set[str]] = {}
    for entry in glossary.entries:
        for nl in entry.nl:
            stems.setdefault(nl, set()).update(t for en in entry.en for t in english_terms(en))
    with open(out_file, "w", encoding="utf-8") as out:
        out.write(json.dumps({k: sorted(v) for k, v in stems.items()}, ensure_ascii=False) + "\n")
        for name, questions in readable_sets():
            if name.startswith(SKIPPED):
                continue
            for q in questions:
                row = {
                    "key": f"{name} {q.id}{flags(q)}",
                    "question": q.question,
                    "glossary": glossary.expand(q.question),
                    "parsed": repr(read_question(q.question, orgs, glossary)),
                    "terms": sorted(set(query_terms(q.question))),
                }
                out.write(json.dumps(row, ensure_ascii=False) + "\n")


def compare(old_file: str, new_file: str, affected_file: str) -> None:
    """Write the AFFECTED lines of the questions whose readings differ or meet a new stem."""
    old_lines = Path(old_file).read_text(encoding="utf-8").splitlines()
    new_lines = Path(new_file).read_text(encoding="utf-8").splitlines()
    old_stems, new_stems = json.loads(old_lines[0]), json.loads(new_lines[0])
    added = {s for nl, v in new_stems.items() for s in v if s not in old_stems.get(nl, [])}
    if Settings().expansion_weight <= 0:
        added = set()  # no expansion field is searched: the chunks' new stems change nothing
    print("stems newly given to chunks:", " ".join(sorted(added)))
    by_set: dict[str, list[str]] = {}
    olds = {row["key"]: row for row in map(json.loads, old_lines[1:])}
    for line in new_lines[1:]:
        new = json.loads(line)
        old = olds.get(new["key"])
        if old is None:
            continue  # a set the old tree did not register (the class probe: measured apart)
        met = sorted(set(new["terms"]) & added)
        changed = old["glossary"] != new["glossary"] or old["parsed"] != new["parsed"]
        if not (changed or met):
            continue
        name, item = new["key"].split()
        by_set.setdefault(name, []).append(item)
        why = f"glossary {old['glossary']} -> {new['glossary']}" if changed else f"meets {met}"
        print(fold(name, SETS[name][0]), name, item, "|", new["question"], "|", why)
    lines = [f"{name} {len(items)} {' '.join(items)}" for name, items in by_set.items()]
    write_affected(affected_file, lines)


if __name__ == "__main__":
    if sys.argv[1] == "dump":
        dump(sys.argv[2])
    else:
        compare(sys.argv[2], sys.argv[3], sys.argv[4])
