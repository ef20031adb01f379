"""Emulated widenings of the check ``premise_supported`` (issue 16 session 25 task C): over every
why-question of the readable sets whose premise the check reads, whether any statement the search
finds (with its item heading) would support the premise under each variant, counted per fold and
label. No `ask`: the statements are those `ask` reads before choosing; the noun and common-word
rules and words written apart (answer/premise_restated.py) are part of ``base``.

    python eval/premise_widening.py [--sets ...] [--flipped]

Variants (each adds to ``base``):
  adj    a need met by the other inflection of a Dutch adjective with a long vowel the analyzer
         keeps apart ("late" / "laat", "hoge" / "hoog", "grote" / "groot", "-er")
  part   a need (4 letters or more) met by a statement word that starts or ends with it and is 3
         letters longer: the premise word as a compound's part ("wet" / "wetgevingen",
         "prijs" / "prijsopdrijvend", "woon" / "flexwoningen")
  noun2  rule premise_noun_restated for a Dutch premise of two needs too: one noun need may lack
         (not the premise's first word, not with a frame verb)
  adj2   noun2 for an adjective too (the word-class table's "A")
Prints each question a variant changes (fold, set, id, T/F for a true or false premise), then per
fold the premises supported by each variant. Folds as eval/premise_refusals.py.
"""

from __future__ import annotations

import re
import sys

from answer_misses import _frame  # the script's folder is on the path
from answer_sets import SETS, sets_parser, studied
from premise_refusals import fold_of

from lrt_search.answer.premise_apart import apart_terms
from lrt_search.answer.premise_restated import _frame_events
from lrt_search.evaluation import engine_for, load_questions
from lrt_search.index.analysis import words
from lrt_search.lexicon.dutch_forms import class_form
from lrt_search.lexicon.wordclass import dutch_class
from lrt_search.search.unread import content_words

_WHY = re.compile(r"\b(waarom|why)\b", re.IGNORECASE)
VARIANTS = ("base", "adj", "part", "noun2", "adj2")


def adjective_forms(term: str) -> set[str]:
    """The other inflections of a Dutch adjective's term with a long vowel ("laat" -> "late",
    "later"; "hoge" -> "hoog")."""
    out = {term}
    closed = re.match(r"^(.*[^aeiou])([aeou])\2([^aeiou])$", term)
    if closed:
        stem = closed.group(1) + closed.group(2) + closed.group(3)
        out |= {stem + "e", stem + "er"}
    open_ = re.match(r"^(.*[^aeiou])([aeou])([^aeiou])(?:e|er)$", term)
    if open_:
        out.add(open_.group(1) + open_.group(2) * 2 + open_.group(3))
    return out


def _met(need: frozenset[str], held: set[str], variant: str) -> bool:
    if need & held:
        return True
    if variant == "adj":
        return any(adjective_forms(t) & held for t in need)
    if variant == "part":
        return any(
            len(s) >= len(t) + 3 and (s.startswith(t) or s.endswith(t))
            for t in need
            if len(t) >= 4
            for s in held
        )
    return False


def _classes(retriever, premise: str, needs) -> dict[frozenset[str], tuple[str, bool]]:
    """Per need, the word class of its premise word and whether it is the first word."""
    known = retriever.bm25.terms
    out = {}
    for word, start, _ in content_words(premise, retriever.orgs):
        if word[:1].isupper() and start > 0:
            continue
        own = frozenset(retriever.analyzer.tokenize_query(word.lower(), known)[:1])
        if own in needs:
            out[own] = (dutch_class(class_form(word.lower())), start == 0)
    return out


def supported(frame) -> dict[str, bool]:
    """Whether some statement supports the premise, per variant."""
    needs, retriever = frame.needs, frame.retriever
    terms = needs.premise_terms
    english = frame.scope.english
    tokenize = retriever.analyzer.tokenize
    classes = _classes(retriever, needs.premise, terms)
    framed = bool(_frame_events().intersection(words(needs.premise)))  # as premise_noun_restated
    out = dict.fromkeys(VARIANTS, False)
    for hit in frame.hits:
        if hit.chunk.kind == "header":
            continue
        heading = set(tokenize(hit.chunk.text.split("\n- ", 1)[0]))
        for s in hit.chunk.statements:
            held = set(tokenize(s.text)) | heading
            missing = [n for n in terms if not n & held]
            if missing and not english:
                held |= apart_terms(retriever, s.text, missing, True)
            for variant in ("base", "adj", "part"):
                lack = [n for n in terms if not _met(n, held, variant)]
                if not lack or (len(lack) == 1 and lack[0] in needs.premise_nouns):
                    out[variant] = True
            lack = [n for n in terms if not n & held]
            if english or framed or len(terms) != 2 or len(lack) != 1:
                continue
            kind, first = classes.get(lack[0], ("?", True))
            out["noun2"] |= kind == "" and not first
            out["adj2"] |= kind in ("", "A") and not first
    for variant in VARIANTS[1:]:
        out[variant] |= out["base"]
    return out


def main() -> int:
    parser = sets_parser(__doc__)
    parser.add_argument("--flipped", action="store_true")
    args, names, settings = studied(parser)
    engine = engine_for(settings, progress=False)
    counts: dict[tuple[str, bool], list[int]] = {}
    for name in names:
        path, split = SETS[name]
        for q in load_questions(path, split):
            if not _WHY.search(q.question):
                continue
            frame = _frame(engine, q.question)
            if not frame.needs.premise_terms:
                continue
            found = supported(frame)
            fold = fold_of(name, args.flipped)
            row = counts.setdefault((fold, q.answerable), [0] * (len(VARIANTS) + 1))
            row[0] += 1
            for i, variant in enumerate(VARIANTS):
                row[i + 1] += found[variant]
            changed = [v for v in VARIANTS[1:] if found[v] and not found["base"]]
            if changed:
                label = "T" if q.answerable else "F"
                print(f"{fold}\t{name}\t{q.id}\t{label}\t{','.join(changed)}\t{q.question[:90]}")
    for (fold, label), row in sorted(counts.items()):
        shares = "  ".join(f"{v} {n}" for v, n in zip(VARIANTS, row[1:], strict=True))
        print(f"{fold} {'true' if label else 'false'} premises {row[0]}: supported {shares}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
