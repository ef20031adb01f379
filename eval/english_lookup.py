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
from lrt_search.answer.topic_words import compound_terms
from lrt_search.answer.topics import topic_terms
from lrt_search.answer.translation_head import head_terms
from lrt_search.evaluation import engine_for, load_questions
from lrt_search.index.affixes import affixes
from lrt_search.index.analysis import is_english
from lrt_search.lexicon.freedict import dutch_for, english_headword, english_headwords
from lrt_search.lexicon.wordclass import english_not_noun
from lrt_search.lexicon.wordfreq import zipf
from lrt_search.service import Engine

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


def heads(engine: Engine) -> None:
    """Every English FreeDict headword of English Zipf 2.5-4 (below english_absent_below_zipf),
    no verb or adjective, no translation in the minutes, whose translation is the last part of
    a compound of the minutes: any translation after any first part ("loose"), or the rule's
    (a translation spelled as the word, after a whole Dutch word)."""
    known = engine.bm25.terms
    for word in sorted(w for w in english_headwords() if w.isalpha()):
        if not 2.5 <= zipf(word, "en") < 4.0 or english_not_noun(word):
            continue
        translations = dutch_for(word)
        if any(t in known for t in translations):
            continue
        loose = {
            t: [v for v in affixes(engine).ending(t) if len(v) > len(t) + 3]
            for t in translations
            if len(t) >= 4
        }
        loose = {t: v for t, v in loose.items() if v}
        if loose:
            rule = head_terms(engine, word, translations, lambda t: {t})
            print(f"{'rule ' if rule else 'loose'} {word}: {loose}")


def main() -> None:
    """Print the lacking English words by class and answerability."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sets", default="")
    parser.add_argument("--words", action="store_true", help="list every lacking word")
    parser.add_argument(
        "--heads", action="store_true", help="the reach of rule translation_compound_head"
    )
    args = parser.parse_args()
    chosen = set(args.sets.split(",")) if args.sets else None
    engine = engine_for(Settings.from_toml(HERE / "configs" / "default.toml"), progress=False)
    if args.heads:
        heads(engine)
        return
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
