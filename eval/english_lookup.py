"""How the English lookup of the topic check fares on the English questions of the readable
answer sets (no holdout, never test; issue 16 task C, issue 21): every English content word the
topic check (answer.topics.topic_terms on the whole question) reports as lacking, with its
dictionary translations and why none is in the minutes: "none" (no FreeDict entry), "rare" (all
translations rare in Dutch, Zipf < 3, for a common English word: only rare senses listed),
"compound" (a translation is a compound part of a word of the minutes: "secretaris" in
"staatssecretaris"), or "other"; counted for answerable and unanswerable questions apart.

    python eval/english_lookup.py [--sets a,b] [--words]
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from answer_sets import REGISTRY, held_out

from lrt_search import Settings
from lrt_search.answer.topics import compound_terms, topic_terms
from lrt_search.evaluation import engine_for, load_questions
from lrt_search.index.analysis import is_english
from lrt_search.lexicon.freedict import dutch_for, english_headword
from lrt_search.lexicon.wordfreq import zipf

HERE = Path(__file__).resolve().parent


def why(retriever: object, word: str) -> tuple[str, tuple[str, ...]]:
    """The class of a lacking English word and its one-word translations."""
    head = english_headword(word)
    translations = tuple(dict.fromkeys((*dutch_for(word), *dutch_for(head))))
    if not translations:
        return "none", translations
    if any(compound_terms(retriever, t) for t in translations):  # type: ignore[arg-type]
        return "compound", translations
    if zipf(word, "en") >= 4.0 and max(zipf(t, "nl") for t in translations) < 3.0:
        return "rare", translations
    return "other", translations


def main() -> None:
    """Print the lacking English words by class and answerability."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sets", default="")
    parser.add_argument("--words", action="store_true", help="list every lacking word")
    args = parser.parse_args()
    chosen = set(args.sets.split(",")) if args.sets else None
    engine = engine_for(Settings.from_toml(HERE / "configs" / "default.toml"), progress=False)
    counts: Counter[tuple[str, bool]] = Counter()
    questions = 0
    for entry in REGISTRY:
        if held_out(entry.name) or (chosen and entry.name not in chosen):
            continue
        for row in load_questions(entry.file, entry.split):
            if not is_english(row.question):
                continue
            questions += 1
            answerable = row.answerable
            check = topic_terms(engine, row.question, True)
            for name, _, _ in check.lacking:
                kind, translations = why(engine, name)
                counts[kind, answerable] += 1
                if args.words:
                    tag = "A" if answerable else "U"
                    shown = ", ".join(translations[:5])
                    print(f"{tag} {kind:8} {name:16} {shown:50} {entry.name}:{row.id}")
    print(f"{questions} English questions; lacking words by class (answerable / unanswerable):")
    for kind in ("none", "rare", "compound", "other"):
        print(f"  {kind:8} {counts[kind, True]:4} / {counts[kind, False]:4}")


if __name__ == "__main__":
    main()
