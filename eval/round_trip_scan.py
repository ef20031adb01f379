"""Dutch everyday words through FreeDict and back (issue 16/21, task G2): for every question of
the readable sets whose ``topic_absent`` gate fires on a Dutch question, the absent words with
their round-trip candidates (``dutch_to_english`` then ``english_to_dutch``) that the minutes
hold, how many English senses each shares with the word, and the e5 similarity of
"query: <word>" to "passage: <candidate>" (its margin: the similarity minus the best other
candidate's). Counts: answerable refusals whose every absent word gets a candidate (would be
lifted) vs unanswerable questions whose every absent word gets one (would be let through), per
filter (shared senses >= 1, 2; e5 margin >= 0).

    python eval/round_trip_scan.py [--sets dev,generated,...] [--verbose]

The held-out sets ("*holdout") and the test split are never read.
"""

from __future__ import annotations

import argparse
import sys

from answer_sets import SETS, held_out, studied_sets

from lrt_search import Settings
from lrt_search.answer.answering import _asked, _understand
from lrt_search.answer.gates import gate_topic_absent
from lrt_search.evaluation import engine_for, load_questions
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
    """The last parts (four letters or more) of ``word`` that are dictionary headwords."""
    return [word[i:] for i in range(3, len(word) - 3) if dutch_to_english(word[i:])]


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
            lifted = {"senses1": True, "senses2": True, "e5": True, "heads": True}
            lines = []
            for word in absent:
                found = present(engine, candidates(word))
                heads = present(engine, {h: 1 for h in compound_heads(word)})
                for head in compound_heads(word):
                    found |= {k: v for k, v in present(engine, candidates(head)).items()}
                margin: dict[str, float] = {}
                if found:
                    qv = embedder.embed_queries([word])[0]
                    pv = embedder.embed_passages(list(found))
                    sims = dict(zip(found, (pv @ qv).tolist(), strict=True))
                    for c, s in sims.items():
                        others = [v for k, v in sims.items() if k != c]
                        margin[c] = s - (max(others) if others else 0.0)
                lifted["senses1"] &= bool(found)
                lifted["senses2"] &= any(n >= 2 for n in found.values())
                lifted["e5"] &= any(m >= 0 and found[c] >= 1 for c, m in margin.items())
                lifted["heads"] &= bool(heads)
                shown = ", ".join(f"{c}/{found[c]}/{margin[c]:+.3f}" for c in sorted(found))
                extra = f" heads {list(heads)}" if heads else ""
                lines.append(f"\t\t{word}: {shown or '-'}{extra}")
            kind = "answerable" if q.answerable else "unanswerable"
            for rule, ok in lifted.items():
                if ok and absent:
                    counts[(rule, q.answerable)] = counts.get((rule, q.answerable), 0) + 1
            counts[("refused", q.answerable)] = counts.get(("refused", q.answerable), 0) + 1
            if args.verbose or q.answerable:
                print(f"{name}\t{q.id}\t{kind}\t{q.question}")
                print("\n".join(lines))
    print("topic_absent gate (Dutch questions): answerable lifted / unanswerable let through")
    for rule in ("refused", "senses1", "senses2", "e5", "heads"):
        print(f"  {rule:8s} {counts.get((rule, True), 0):4d} / {counts.get((rule, False), 0):4d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
