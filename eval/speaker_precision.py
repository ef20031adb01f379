"""Speaker precision of the question reading (issue 16, task C2): for every answerable question
with gold whose reading sets a speaker filter, is one of its gold quotes in a statement of that
speaker? No index and no ``ask``: the reading is :func:`~lrt_search.search.parsed.read_question`,
a statement's speakers are those of the parsed minutes (what the index stores); the speaker
filter holds the organisations ``OrgTable.expand`` adds (the ministry's minister, a group's
members), and with rule ``group_speaker_subject`` a statement writing the group ("Provincies
nemen de tijd"), as the search does. A speaker that is no statement's speaker anywhere in the
minutes (Defensie) sets no filter (rule ``speaker_fallback`` drops it) and is not counted.

    python eval/speaker_precision.py [--sets a,b] [--config FILE.toml] [--list]

Prints per set family (dev, probes a-m, probes n-z, blindN design halves, generated and derived
sets) the questions read with a speaker, how many have a gold statement of that speaker
(precision), and with ``--list`` each miss: the set, id, speaker, the words that made it the
speaker, the gold statements' speakers and the question. Held-out sets are never read.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

from answer_sets import SETS, held_out, readable_sets

from lrt_search.config import Settings
from lrt_search.evaluation import load_questions
from lrt_search.ingest.corpus import read_minutes
from lrt_search.ingest.reading import corpus_files
from lrt_search.lexicon.glossary import Glossary
from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.group_speaker import group_codes, writes_group
from lrt_search.search.parsed import read_question
from lrt_search.search.query import SpeakerRules

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def statements_by_date() -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """Each meeting date's statements (normalised text, speakers) in reading order."""
    out: dict[str, list[tuple[str, tuple[str, ...]]]] = defaultdict(list)
    for path in corpus_files(CORPUS):
        meeting = read_minutes(path)
        for item in meeting.items:
            for statement in item.statements:
                out[meeting.date.isoformat()].append(
                    (_norm(statement.text), tuple(statement.speakers))
                )
    return out


def gold_speakers(
    gold: list[tuple[str, str]], by_date: dict[str, list[tuple[str, tuple[str, ...]]]]
) -> tuple[set[str], bool, list[str]]:
    """The speakers of the statements holding the gold quotes, whether any was found, and
    their texts."""
    speakers: set[str] = set()
    texts: list[str] = []
    found = False
    for date, quote in gold:
        q = _norm(quote)
        for text, who in by_date.get(date, ()):
            if q in text or (len(text) > 20 and text in q):
                speakers.update(who)
                texts.append(text)
                found = True
    return speakers, found, texts


def family(name: str) -> str:
    """The set family of ``name`` (folds of issue 16's out-of-fold discipline)."""
    m = re.match(r"blind(\d+)_design$", name)
    if m:
        n = int(m.group(1))
        if n <= 10:
            return "design:blind3-10"
        return "validation:blind11-19" if n <= 19 else "new:blind20"
    if name == "dev":
        return "design:dev"
    if name.endswith("_probe") or name.startswith("comparison_probe") or name == "probes":
        return "design:probes a-m" if name[0] <= "m" else "validation:probes n-z"
    return "validation:generated/derived"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", default=readable_sets())
    parser.add_argument("--config", default="")
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    settings = Settings.from_toml(args.config) if args.config else Settings()
    rules = SpeakerRules.of(settings)
    orgs, glossary = OrgTable.default(), Glossary.default()
    by_date = statements_by_date()
    speaking = {c for rows in by_date.values() for _, who in rows for c in who}
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses: list[str] = []
    for name in args.sets.split(","):
        if held_out(name) or name not in SETS:
            continue
        path, split = SETS[name]
        for q in load_questions(path, split):
            if not q.answerable or not q.gold:
                continue
            p = read_question(q.question, orgs, glossary, rules=rules)
            if not p.speaker:
                continue
            who, found, texts = gold_speakers([(g.date, g.quote) for g in q.gold], by_date)
            if not found:
                continue
            filt = {c for code in p.speaker for c in orgs.expand(code)}
            if not filt & speaking:
                continue  # rule speaker_fallback drops a speaker that speaks nowhere
            fam = family(name)
            totals[fam][0] += 1
            if filt & who or (group_codes(p) and any(writes_group(t, p.speaker) for t in texts)):
                totals[fam][1] += 1
            else:
                misses.append(
                    f"{fam}\t{name}\t{q.id}\tspeaker={','.join(p.speaker)}"
                    f"\twords={'|'.join(p.speaker_words)}\tgold_by={','.join(sorted(who)) or '-'}"
                    f"\t{q.question}"
                )
    for fam in sorted(totals):
        n, ok = totals[fam]
        print(f"{fam}: {ok}/{n} read speakers have a gold statement ({ok / n:.2f})")
    n, ok = (sum(v[i] for v in totals.values()) for i in (0, 1))
    print(f"all: {ok}/{n} ({ok / max(n, 1):.2f}); misses {len(misses)}")
    if args.list:
        print("\n".join(sorted(misses)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
