"""Generated statement choice: does the statement score rank first the statement a question was
written from? No `ask`, no question set: the questions are made from the minutes.

    python eval/statement_choice_gen.py [--seed 7] [--json OUT.json]

Issue 16 session 27 task H. For every statement of ten words or more (no note, no header) one
question a template, written from the statement's content words in other forms:

- ``nl``: "Wat is er gezegd over <a> en <b>?", a and b two of its four rarest words (idf, six
  letters or more, no organisation), each in another inflection (-en / -s off or -en on);
- ``nl-spk``: "Wat zei <speaker> over <a>?" for a statement of one speaker;
- ``en-gloss``: "What was said about <x> and <y>?", x, y English terms of the glossary whose
  Dutch terms the statement writes (no Dutch word of the statement in the question);
- ``en-gloss-spk``: "What did <speaker> say about <x>?".

Each question is read as `ask` reads it (eval/answer_misses.py's frame) and its quote
candidates scored (answer/candidates.py ``scored_candidates``: every statement of the passages
read that passes the quote checks). The statement counts as chosen when it is the first under a
variant of the score; a question whose statement is no candidate is left out. The variants
recombine the parts of the score - the e5 cosine (with the small bonuses, ``base``), the term
share ``lexical`` weighed ``answer_lexical_weight``, the passage rank bonus
``answer_rank_weight / rank`` - with: other weights, the share of the statement's best sentence,
a share damped by the statement's length, a share whose idf is taken over the candidates
(terms many candidates hold count less), and the cosine of the statement's best sentence
(embedded here, cached per sentence).
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from typing import Any

from answer_misses import _frame  # the script's folder is on the path

from lrt_search.answer.candidates import query_terms_of, scored_candidates
from lrt_search.config import Settings
from lrt_search.evaluation import engine_for
from lrt_search.index.analysis import words
from lrt_search.lazyre import lazy
from lrt_search.lexicon.glossary import Glossary
from lrt_search.service import Engine

_SENTENCE = lazy(r"(?<=[.;:?!])\s+")
_Row = dict[str, Any]


def _other_form(word: str) -> str:
    """Another inflection of a Dutch word: a plural ending off, or one on."""
    if word.endswith("en") and len(word) > 7:
        return word[:-2]
    if word.endswith("s") and len(word) > 7:
        return word[:-1]
    return word + ("n" if word.endswith("e") else "en")


def _rare_words(engine: Engine, text: str) -> list[str]:
    """The statement's four rarest content words (one index term each, six letters or more)."""
    found = []
    for word in dict.fromkeys(w.lower() for w in words(text)):
        if len(word) < 6 or not word.isalpha() or engine.orgs.resolve(word):
            continue
        terms = engine.analyzer.tokenize(word)
        if len(terms) == 1 and engine.bm25.idf.get(terms[0], 0) > 0:
            found.append((engine.bm25.idf[terms[0]], word))
    return [w for _, w in sorted(found, reverse=True)[:4]]


def _english(dutch_to_english: dict[str, str], text: str) -> list[str]:
    low = f" {' '.join(words(text.lower()))} "
    return sorted({en for nl, en in dutch_to_english.items() if f" {nl} " in low})


def questions(engine: Engine, seed: int) -> list[tuple[str, str, str, str]]:
    """(chunk id, statement, kind, question) for every statement of ten words or more."""
    rng = random.Random(seed)
    dutch_to_english: dict[str, str] = {}
    for entry in Glossary.default(minutes=False).entries:
        for nl in entry.nl:
            dutch_to_english.setdefault(" ".join(words(nl.lower())), entry.en[0])
    out = []
    for chunk in engine.chunks:
        if chunk.kind == "header":
            continue
        for s in chunk.statements:
            if s.kind == "note" or len(s.text.split()) < 10:
                continue
            speaker = s.speakers[0] if len(s.speakers) == 1 else None
            rare, english = _rare_words(engine, s.text), _english(dutch_to_english, s.text)
            made = []
            if len(rare) >= 2:
                a, b = (_other_form(w) for w in rng.sample(rare, 2))
                made.append(("nl", f"Wat is er gezegd over {a} en {b}?"))
                if speaker:
                    made.append(("nl-spk", f"Wat zei {speaker} over {a}?"))
            if english:
                about = " and ".join(rng.sample(english, min(2, len(english))))
                made.append(("en-gloss", f"What was said about {about}?"))
                if speaker:
                    made.append(("en-gloss-spk", f"What did {speaker} say about {english[0]}?"))
            out += [(chunk.chunk_id, s.text, kind, q) for kind, q in made]
    return out


def _sentences(text: str) -> list[str]:
    return [x for x in _SENTENCE.split(text) if len(x.split()) >= 3] or [text]


def candidate_rows(engine: Engine, question: str, target: str, cache: dict) -> list[_Row] | None:
    """The parts of each candidate's score, or ``None`` when ``target`` is no candidate."""
    frame = _frame(engine, question)
    candidates, _ = scored_candidates(frame)
    if not any(c.quote == target for c in candidates):
        return None
    settings, idf = engine.settings, engine.bm25.idf
    ranks = {h.chunk.chunk_id: h.rank for h in frame.hits}
    terms = set(query_terms_of(frame))
    total = sum(idf.get(t, 1.0) for t in terms) or 1.0
    qv = engine.query_vector(question)
    rows = []
    for c in candidates:
        rank = ranks.get(c.chunk_id, 10)
        sentences = _sentences(c.quote)
        todo = [x for x in sentences if x not in cache]
        if todo:
            cache.update(zip(todo, engine.embedder.embed_passages(todo), strict=True))
        held = [sorted(terms & set(engine.analyzer.tokenize(x))) for x in sentences]
        rows.append(
            {
                "target": c.quote == target,
                "base": c.score - settings.answer_lexical_weight * c.lexical - 0.03 / rank,
                "lex": c.lexical,
                "rank": rank,
                "words": len(c.quote.split()),
                "held": sorted(terms & set(engine.analyzer.tokenize(c.quote))),
                "best": max(sum(idf.get(t, 1.0) for t in h) / total for h in held),
                "sentence_cos": max(float(cache[x] @ qv) for x in sentences),
                "idf": {t: idf.get(t, 1.0) for t in terms},
            }
        )
    return rows


def _local_share(rows: list[_Row]) -> Callable[[_Row], float]:
    """The share with each term's idf times its rarity among the candidates."""
    df = Counter(t for x in rows for t in x["held"])
    n = len(rows)
    weight = {t: w * math.log((n + 1) / (df[t] + 0.5)) for t, w in rows[0]["idf"].items()}
    total = sum(weight.values()) or 1.0
    return lambda x: sum(weight[t] for t in x["held"]) / total


VARIANTS: dict[str, Callable[[_Row, Callable[[_Row], float]], float]] = {
    "current (lex 0.15, rank 0.03)": lambda x, _: x["base"] + 0.15 * x["lex"] + 0.03 / x["rank"],
    "rank 0": lambda x, _: x["base"] + 0.15 * x["lex"],
    "lex 0": lambda x, _: x["base"] + 0.03 / x["rank"],
    "lex 0.05": lambda x, _: x["base"] + 0.05 * x["lex"] + 0.03 / x["rank"],
    "lex 0.3": lambda x, _: x["base"] + 0.3 * x["lex"] + 0.03 / x["rank"],
    "share mean(statement, best sentence)": lambda x, _: (
        x["base"] + 0.15 * (x["lex"] + x["best"]) / 2 + 0.03 / x["rank"]
    ),
    "share of best sentence": lambda x, _: x["base"] + 0.15 * x["best"] + 0.03 / x["rank"],
    "share damped by length (30 words)": lambda x, _: (
        x["base"] + 0.15 * x["lex"] * min(1.0, (30 / x["words"]) ** 0.5) + 0.03 / x["rank"]
    ),
    "share, idf over the candidates": lambda x, local: (
        x["base"] + 0.15 * local(x) + 0.03 / x["rank"]
    ),
    "cosine 0.7 statement + 0.3 best sentence": lambda x, _: (
        0.7 * x["base"] + 0.3 * x["sentence_cos"] + 0.15 * x["lex"] + 0.03 / x["rank"]
    ),
    "cosine of best sentence": lambda x, _: x["sentence_cos"] + 0.15 * x["lex"] + 0.03 / x["rank"],
}


def table(items: list[tuple[str, list[_Row]]]) -> list[str]:
    """One line per variant: how often the question's statement is first, per kind."""
    lines = []
    for name, score in VARIANTS.items():
        tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for kind, rows in items:
            local = _local_share(rows)
            first = max(rows, key=lambda x: score(x, local))
            for k in (kind, "all"):
                tally[k][0] += first["target"]
                tally[k][1] += 1
        cells = "  ".join(f"{k} {a}/{b}" for k, (a, b) in sorted(tally.items()))
        lines.append(f"{name:42s} {cells}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", help="write the candidates' score parts here")
    args = parser.parse_args(argv)
    engine = engine_for(Settings(), progress=False)
    made = questions(engine, args.seed)
    cache: dict = {}
    items, missing = [], 0
    for _, target, kind, question in made:
        rows = candidate_rows(engine, question, target, cache)
        if rows is None:
            missing += 1
            continue
        items.append((kind, rows))
    print(f"{len(made)} questions, {missing} whose statement is no candidate")
    print("\n".join(table(items)))
    if args.json:
        with open(args.json, "w") as out:
            json.dump([{"kind": k, "rows": r} for k, r in items], out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
