"""Reading-only count for issue 16 session 22 task E2: questions whose topic holds a content
noun the minutes lack in every form the topic check reads (stem, compound part, glossary,
synonyms, plain words, FreeDict) and that is no frame word, by noun kind and by what ``ask``
did at base; what a rule "such a noun makes the topic absent" would refuse.

    python eval/absent_noun_scan.py BASE.json [--sets a,b] > OUT.tsv

Noun kind of a lacking word: ``name`` (written with a capital inside the question), ``every``
(general-language Zipf >= 4.0), ``common`` (3.0 <= Zipf < 4.0), ``rare`` (below 3.0: jargon or
a word general Dutch/English hardly uses). Dutch adjectives and verb forms (word-class table)
and English words that read as no noun are no nouns and are skipped. Held-out sets are skipped;
the test split is never in a dump. No ``ask`` runs.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from answer_misses import _understand  # the script's folder is on the path
from answer_sets import held_out

from lrt_search import Settings
from lrt_search.answer.answering import _asked
from lrt_search.answer.frame_words import is_frame_word
from lrt_search.answer.informativeness import zipf
from lrt_search.evaluation import engine_for
from lrt_search.lexicon.dutch_forms import class_form
from lrt_search.lexicon.wordclass import dutch_class, english_noun


def _kind(word: str, parts: tuple[str, ...], question: str, english: bool) -> str:
    """The noun kind of a lacking topic unit, or "" when it is no noun."""
    if is_frame_word(word):
        return ""
    if english:
        if not english_noun(word.split()[-1])[0]:
            return ""
    elif dutch_class(class_form(word)):
        return ""
    first = question.strip().split()[0] if question.strip() else ""
    for token in re.findall(r"[\w'-]+", question):
        if token.lower() == word.lower() and token[0].isupper() and token != first:
            return "name"
    z = zipf(word, "en" if english else "nl")
    return "every" if z >= 4.0 else "common" if z >= 3.0 else "rare"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dump", type=Path)
    parser.add_argument("--sets", default="")
    args = parser.parse_args()
    wanted = set(filter(None, args.sets.split(",")))
    records = json.loads(args.dump.read_text(encoding="utf-8"))
    engine = engine_for(Settings(), progress=False)
    for key, r in records.items():
        name = key.split(":")[0]
        if held_out(name) or (wanted and name not in wanted):
            continue
        asked = _asked(_understand(engine, r["question"], None, None, None))
        check = asked.topic_check
        if check is None or not check.missing:
            continue
        kinds = []
        for word, _parts, _terms in check.lacking:
            kind = _kind(word, _parts, r["question"], check.english)
            if kind:
                kinds.append(f"{word}={kind}")
        if not kinds:
            continue
        cls = "A" if str(r["answerable"]) == "True" else "U"
        state = (
            "abst:" + str(r["reason_code"])
            if str(r["abstained"]) == "True"
            else ("gold" if str(r.get("has_gold")) == "True" else "ans")
        )
        lang = "en" if check.english else "nl"
        print(f"{cls}\t{key}\t{state}\t{lang}\t{' '.join(kinds)}\t{r['question']}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
