"""The claim verbs of the English do-support why-questions of the readable answer sets (rule
``premise_unlisted_verb``, issue 16): per question its premise's first content word that is no
name, whether the index holds it, a cognate of it or one of its one-word dictionary translations,
and whether the rule requires it; then, per answerable and unanswerable, how many questions the
rule touches and how many a broader version would (a claim verb none of whose translations the
index holds). Held-out sets are never read.

    python eval/premise_claim_verbs.py [--sets a,b]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter

from answer_sets import SETS, held_out, studied_sets

from lrt_search import Settings
from lrt_search.answer.premise_unlisted import spellings, unlisted_claim
from lrt_search.evaluation import engine_for, load_questions
from lrt_search.lexicon.cognates import cognate_forms
from lrt_search.lexicon.freedict import english_headword, english_to_dutch
from lrt_search.search.unread import content_words
from lrt_search.service import Engine

_WHY = re.compile(r"\bwhy\s+((?:do|does|did)\s+.*)", re.IGNORECASE)


def claim_row(engine: Engine, question: str) -> tuple[str, str, bool, bool] | None:
    """(claim verb, what the index holds of it, rule requires it, no form of it held) of an
    English do-support why-question; None for another question or a premise of names only."""
    found = _WHY.search(question)
    if not found:
        return None
    premise = found.group(1).rstrip("?. ")
    words = [w for w, s, _ in content_words(premise, engine.orgs) if not (w[:1].isupper() and s)]
    if not words:
        return None
    word = words[0].lower()
    known, analyzer = engine.bm25.terms, engine.analyzer

    def held(form: str) -> bool:
        return any(t in known for t in analyzer.tokenize(form)[:1])

    self_held = any(t in known for t in analyzer.tokenize_query(word, known)[:1])
    tr = [t for f in spellings(word) for t in english_to_dutch(english_headword(f)) if " " not in t]
    held_tr = [t for t in tr if held(t)]
    cognates = [c for c in cognate_forms(word) if held(c)]
    required = bool(not self_held and unlisted_claim(engine, premise, word, True))
    what = f"self={self_held} translations={len(tr)} held={held_tr[:3]} cognates={cognates}"
    return word, what, required, not (self_held or held_tr or cognates)


def main() -> int:
    """Print the claim verb of each English do-support why-question and the counts."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", default="")
    args = parser.parse_args()
    names = studied_sets(parser, args.sets) if args.sets else [s for s in SETS if not held_out(s)]
    engine = engine_for(Settings())
    counts: Counter[str] = Counter()
    for name in names:
        path, split = SETS[name]
        for q in load_questions(path, split):
            row = claim_row(engine, q.question)
            if row is None:
                continue
            kind = "answerable" if q.answerable else "unanswerable"
            word, what, required, none_held = row
            counts[f"{kind} asked"] += 1
            counts[f"{kind} required by premise_unlisted_verb"] += required
            counts[f"{kind} no form held (broader version)"] += none_held
            mark = kind[0].upper()
            print(f"{name}:{q.id} {mark} {word} {what} required={required} | {q.question}")
    for key in sorted(counts):
        print(f"{key}: {counts[key]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
