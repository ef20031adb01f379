"""Dutch everyday words through FreeDict and back (issue 16/21, task G2): for every question of
the readable sets whose ``topic_absent`` gate fires on a Dutch question, the absent words with
their round-trip candidates (``dutch_to_english`` then ``english_to_dutch``) that the minutes
hold, how many English senses each shares with the word, and the e5 similarity of
"query: <word>" to "passage: <candidate>" (its margin: the similarity minus the best other
candidate's). Counts: answerable refusals whose every absent word gets a candidate (would be
lifted) vs unanswerable questions whose every absent word gets one (would be let through), per
filter: candidates of the word itself (own) or also of its compound head (head), sharing
>= 1 or >= 2 English senses, and with an e5 margin of ``E5_GAP`` or more over the mean of the
other candidates (e5). Per question: the filters it passes; per word: its candidates in the minutes
as candidate/shared senses/e5 margin (``*``: through the compound head only).

    python eval/round_trip_scan.py [--sets dev,generated,...] [--verbose]

The held-out sets ("*holdout") and the test split are never read.
"""

from __future__ import annotations

import argparse
import sys

from answer_sets import SETS, held_out, studied_sets

from lrt_search import Settings
from lrt_search.answer.answering import _asked
from lrt_search.answer.gates import gate_topic_absent
from lrt_search.answer.understanding import understand as _understand
from lrt_search.evaluation import engine_for, load_questions
from lrt_search.index.embedders import Embedder
from lrt_search.lexicon.freedict import dutch_to_english, english_to_dutch
from lrt_search.service import Engine


def candidates(word: str) -> dict[str, int]:
    """Dutch words reached from ``word`` through English and back, with the number of
    English senses each shares with ``word``."""
    senses = set(dutch_to_english(word))
    out: dict[str, int] = {}
    for sense in senses:
        for dutch in english_to_dutch(sense):
            if " " in dutch or dutch == word:
                continue
            out[dutch] = len(senses & set(dutch_to_english(dutch)))
    return out


def compound_heads(word: str) -> list[str]:
    """The last parts (four letters or more, after three or more) of ``word`` that are
    dictionary headwords, longest first."""
    return [word[i:] for i in range(3, len(word) - 3) if dutch_to_english(word[i:])]


RULES = ("own1", "own2", "own_e5", "own2_e5", "head1", "head2_e5")
E5_GAP = 0.02  # a candidate's e5 similarity to the word above the mean of the other candidates'


def _gaps(embedder: Embedder, word: str, found: dict[str, int]) -> dict[str, float]:
    """Each candidate's e5 similarity ("query: word" . "passage: candidate") minus the mean
    of the other candidates' (none for a lone candidate: nothing to compare with)."""
    if len(found) < 2:
        return {}
    query = embedder.embed_queries([word])[0]
    sims = dict(zip(found, (embedder.embed_passages(list(found)) @ query).tolist(), strict=True))
    total = sum(sims.values())
    return {c: s - (total - s) / (len(sims) - 1) for c, s in sims.items()}


def present(engine: Engine, words_: dict[str, int]) -> dict[str, int]:
    """The words of ``words_`` whose every analyzer term is in the index."""
    known = engine.bm25.terms
    analyzer = engine.analyzer
    return {
        w: n
        for w, n in words_.items()
        if (terms := analyzer.tokenize_query(w, known)) and all(t in known for t in terms)
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    readable = [n for n in SETS if not held_out(n) and n != "test"]
    parser.add_argument("--sets", default=",".join(readable))
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    names = studied_sets(parser, args.sets)
    engine = engine_for(Settings(), progress=False)
    embedder = engine.embedder
    counts: dict[tuple[str, bool], int] = {}
    for name in names:
        path, split = SETS[name]
        for q in load_questions(path, split):
            frame = _understand(engine, q.question, None, None, None)
            asked = _asked(frame)
            if asked.scope.english:
                continue
            params = gate_topic_absent(asked)
            if not params:
                continue
            absent = [w for w in params["words"] if " " not in w]
            lifted = {rule: True for rule in RULES}
            lines = []
            for word in absent:
                own = present(engine, candidates(word))
                heads = compound_heads(word)
                head = present(engine, candidates(heads[0])) if heads else {}
                found = {**head, **own}
                gap = _gaps(embedder, word, found)
                lifted["own1"] &= bool(own)
                lifted["own2"] &= any(n >= 2 for n in own.values())
                lifted["own_e5"] &= any(gap.get(c, -1) >= E5_GAP for c in own)
                lifted["own2_e5"] &= any(
                    gap.get(c, -1) >= E5_GAP and n >= 2 for c, n in own.items()
                )
                lifted["head1"] &= bool(found)
                lifted["head2_e5"] &= any(
                    gap.get(c, -1) >= E5_GAP and n >= 2 for c, n in found.items()
                )
                shown = ", ".join(
                    f"{c}{'' if c in own else '*'}/{found[c]}/{gap.get(c, 0):+.3f}"
                    for c in sorted(found)
                )
                extra = f" (head {heads[0]})" if heads else ""
                lines.append(f"\t\t{word}{extra}: {shown or '-'}")
            kind = "answerable" if q.answerable else "unanswerable"
            for rule, ok in lifted.items():
                if ok and absent:
                    counts[(rule, q.answerable)] = counts.get((rule, q.answerable), 0) + 1
            counts[("refused", q.answerable)] = counts.get(("refused", q.answerable), 0) + 1
            if args.verbose or q.answerable:
                passed = [r for r, ok in lifted.items() if ok and absent]
                print(f"{name}\t{q.id}\t{kind}\t{q.question}\t{' '.join(passed)}")
                print("\n".join(lines))
    print("topic_absent gate (Dutch questions): answerable lifted / unanswerable let through")
    for rule in ("refused", *RULES):
        print(f"  {rule:8s} {counts.get((rule, True), 0):4d} / {counts.get((rule, False), 0):4d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
