"""English content words of the readable English questions that the minutes cannot meet
(issue 16, task E2, session 20).

    python eval/english_gap_scan.py [--sets a,b,c] [--config FILE.toml] [--min N]

A word of an English question (no stopword, three letters or more, no digit, not capitalised
inside the question: a name) is *met* when the minutes hold it as written, when a glossary term
of the question holds it and has a Dutch term the index holds, or when one of its FreeDict
translations (its headword's, ``lexicon.freedict``) is a word the index holds (stem, compound
part). Prints every word that is not met, with the number of answerable and unanswerable
questions it stands in and one question, most frequent first (``--min``: at least N
questions). The held-out sets and the test split are never read (``answer_sets.studied``).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from answer_sets import SETS, sets_parser, studied  # the script's folder is on the path

from lrt_search.answer.names import corpus_words
from lrt_search.evaluation import engine_for, load_questions
from lrt_search.index.analysis import dutch_stopwords, english_stopwords, is_english
from lrt_search.lexicon.freedict import english_headword, english_to_dutch
from lrt_search.search.unread import is_known_word

_WORD = re.compile(r"[A-Za-z][a-z'-]+")


def unmet(engine: object, question: str) -> list[str]:
    """The content words of ``question`` the minutes cannot meet."""
    retriever = engine.evidence  # type: ignore[attr-defined]
    known = retriever.bm25.terms
    stop = english_stopwords() | dutch_stopwords()
    glossed = {
        w.lower()
        for text, entry in retriever.glossary.matches(question)
        if any(is_known_word(t, retriever.analyzer, known) for t in entry.nl)
        for w in text.split()
    }
    out = []
    for m in _WORD.finditer(question):
        word = m.group(0)
        low = word.lower()
        if len(low) < 3 or low in stop or (word[0].isupper() and m.start() > 0):
            continue
        if low in glossed or low in corpus_words(retriever):
            continue
        dutch = english_to_dutch(english_headword(low))
        if any(is_known_word(d, retriever.analyzer, known) for d in dutch):
            continue
        out.append(low)
    return out


def main() -> int:
    parser = sets_parser(__doc__)
    parser.add_argument("--min", type=int, default=1, help="at least N questions")
    args, names, settings = studied(parser)
    engine = engine_for(settings, progress=False)
    counts: Counter[tuple[str, bool]] = Counter()
    example: dict[str, str] = {}
    seen: defaultdict[str, set[str]] = defaultdict(set)
    for set_name in names:
        path, split = SETS[set_name]
        for q in load_questions(path, split):
            if not is_english(q.question) or q.question in seen["?"]:
                continue
            seen["?"].add(q.question)
            for word in dict.fromkeys(unmet(engine, q.question)):
                counts[(word, q.answerable)] += 1
                example.setdefault(word, f"{set_name}:{q.id} {q.question}")
    total = Counter({w: counts[(w, True)] + counts[(w, False)] for w, _ in counts})
    for word, n in total.most_common():
        if n >= args.min:
            print(f"{word}\tA {counts[(word, True)]}\tU {counts[(word, False)]}\t{example[word]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
