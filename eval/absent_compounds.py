"""Specific absent words (issue 16, task F2): Dutch question words the minutes lack as a whole
that the topic check finds through another route, counted by route and by whether the question
is answerable.

    python eval/absent_compounds.py [--sets dev,generated,...] [--list]

For every word of seven letters or more of a Dutch question of the readable sets that is no
index term itself (``index_terms`` of :func:`lrt_search.answer.topics.topic_terms`), the route
of ``topic_words.dutch_word`` that finds it: ``same_stem`` (another derivation: index
terms sharing a prefix, ``same_word_family``), ``head_of`` (a compound it heads), ``forms``
(an inflection), ``both_parts`` (rule ``compound_both_parts``) or ``missing`` (rule
``topic_spelling_alternation``'s route ``alternation`` was deleted in session 17). A
``same_stem`` find is ``prefix_modifier`` when a term found is a whole prefix of the word's
stem followed by four letters or more ("crisis" for "crisisnoodbevel": a compound's modifier,
no derivation). The word's general Dutch Zipf is printed with ``--list``.
No ``ask`` is run; the held-out sets ("*holdout") and the test split are never read.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter

from answer_sets import (  # the script's folder is on the path
    SETS,
    print_totals,
    readable_sets,
    studied_sets,
)

from lrt_search import Settings
from lrt_search.answer import topic_words
from lrt_search.answer.compound_words import compound_of_known_parts
from lrt_search.evaluation import engine_for, load_questions
from lrt_search.index.analysis import words
from lrt_search.lexicon.dutch_forms import dutch_forms
from lrt_search.lexicon.wordfreq import zipf


def route(retriever: object, word: str, index_terms: object) -> tuple[str, set[str]]:
    """The route by which ``topic_words.dutch_word`` finds ``word`` (see module), and
    its terms."""
    found = topic_words._same_stem(retriever, word)
    if found:
        stem = retriever.analyzer.tokenize_query(word, retriever.bm25.terms)[0]
        modifier = any(stem.startswith(t) and len(stem) - len(t) >= 4 for t in found)
        return ("prefix_modifier" if modifier else "same_stem"), found
    if found := topic_words._head_of(retriever, word):
        return "head_of", found
    if found := set().union(*(index_terms(f) for f in dutch_forms(word))):
        return "forms", found
    if found := compound_of_known_parts(retriever, word, index_terms, topic_words.compound_terms):
        return "both_parts", found
    return "missing", set()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", default=readable_sets())
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    # The routes as they were before rule same_stem_rare_modifier (which drops such prefixes).
    retriever = engine_for(Settings(same_stem_rare_modifier=False), progress=False)
    known = retriever.bm25.terms

    def index_terms(text: str) -> set[str]:
        return {t for t in retriever.analyzer.tokenize_query(text, known) if t in known}

    total: Counter[str] = Counter()
    for name in studied_sets(parser, args.sets):
        path, split = SETS[name]
        for q in load_questions(path, split):
            if q.lang != "nl":
                continue
            for word in {w.lower() for w in words(q.question)}:
                if len(word) < 7 or not word.isalpha() or index_terms(word):
                    continue
                how, found = route(retriever, word, index_terms)
                side = "answerable" if q.answerable else "unanswerable"
                total[f"{how}:{side}"] += 1
                if args.list and how != "missing":
                    z = zipf(word, "nl")
                    print(f"{name}\t{q.id}\t{side}\t{how}\t{word}\t{z:.2f}\t{sorted(found)[:4]}")
    print_totals(total)
    return 0


if __name__ == "__main__":
    sys.exit(main())
