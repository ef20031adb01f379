"""Where an answerable question's gold quote is lost, and by which score terms: one line per
miss of each set, and the candidates' features for ``eval/fit_quote_ranker.py``.

    python eval/quote_ranks.py [--sets dev,paraphrase_probe,...] [--config F] [--dump F.json]

Per answerable question ``ask`` did not quote the gold for (the classes of
``eval/answer_misses.py``): ``abstained``; ``gold_not_retrieved`` (not in the passages ``ask``
answers from); ``gold_failed:<check>`` (there, but fails a quote check); ``gold_outscored``
(a candidate ranked below the chosen quote), with the score terms of the gold candidate and of
the best one: ``cos`` (statement cosine to the question), ``lex`` (0.15 x the term share),
``rank`` (0.03 / passage rank) and the features of :mod:`lrt_search.answer.quote_ranker`.

``--dump`` writes, for every answerable question whose gold statement is a candidate, each
candidate's base score, features and whether it holds the gold. The test split is never run.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from answer_misses import _answerable_class, _frame  # the script's folder is on the path
from answer_sets import SETS, config_settings, sets_parser

from lrt_search import Settings
from lrt_search.answer.candidates import query_terms_of, scored_candidates
from lrt_search.answer.quote_ranker import FEATURES, feature_rows
from lrt_search.evaluation import engine_for, load_questions
from lrt_search.evaluation.questions import Question
from lrt_search.lexicon.textnorm import normalize_for_match
from lrt_search.service import Engine

DEFAULT_SETS = (
    "dev,generated,paraphrase_probe,blind_probe,blind2_probe,"
    "quote_probe,english_probe,holdout,probes"
)


def _terms(row: list[float], score: float, s: Settings) -> str:
    f = dict(zip(FEATURES, row, strict=True))
    cos = score - s.answer_lexical_weight * f["lexical"] - s.answer_rank_weight * f["rank"]
    named = " ".join(f"{k}={v:.2f}" for k, v in f.items() if k not in ("lexical", "rank"))
    return (
        f"score={score:.3f} cos~{cos:.3f} lex={s.answer_lexical_weight * f['lexical']:.3f} "
        f"rank={s.answer_rank_weight * f['rank']:.3f} {named}"
    )


def _record(engine: Engine, q: Question) -> dict | None:
    """The candidates of ``q`` with their features and gold flags; None when the gold
    statement is no candidate."""
    frame = _frame(engine, q.question)
    candidates, _ = scored_candidates(frame)
    golds = [normalize_for_match(g.quote) for g in q.gold]
    gold = [any(g in normalize_for_match(c.quote) for g in golds) for c in candidates]
    if not any(gold):
        return None
    rows = feature_rows(frame, candidates, query_terms_of(frame))
    return {
        "id": q.id,
        "meeting": str(q.gold[0].date) if q.gold else "",
        "lang": q.lang,
        "scores": [c.score for c in candidates],
        "rows": rows.round(5).tolist(),
        "gold": gold,
        "quotes": [c.quote[:100] for c in candidates],
    }


def _gold_rank(engine: Engine, q: Question, depth: int = 50) -> str:
    """The rank of the first passage holding the gold quote in a search ``depth`` deep."""
    golds = [normalize_for_match(g.quote) for g in q.gold]
    _, hits = engine.search_question(q.question, k=depth)
    for h in hits:
        if any(g in normalize_for_match(h.chunk.text) for g in golds):
            return str(h.rank)
    return f">{depth}"


def _run_set(engine: Engine, name: str, dump: list[dict]) -> Counter[str]:
    path, split = SETS[name]
    counts: Counter[str] = Counter()
    for q in load_questions(path, split):
        if not q.answerable:
            continue
        answer = engine.ask(q.question)
        record = None if answer.abstained else _record(engine, q)
        if record is not None:
            dump.append({"set": name, **record})
        quotes = [normalize_for_match(c.quote) for c in answer.citations]
        if any(normalize_for_match(g.quote) in t for g in q.gold for t in quotes):
            counts["quoted"] += 1
            continue
        why = "abstained" if answer.abstained else _answerable_class(engine, q, quotes)
        if why == "gold_not_retrieved":
            why += f" (passage rank {_gold_rank(engine, q)})"
        counts[why.split(" ")[0].split(":")[0]] += 1
        print(f"{name}\t{q.id}\t{why}\t{q.question}")
        if record is not None and why.startswith("gold_outscored"):
            g = record["gold"].index(True)
            for label, n in (("gold", g), ("best", 0)):
                print(
                    f"\t{label}: {_terms(record['rows'][n], record['scores'][n], engine.settings)}"
                )
                print(f"\t      {record['quotes'][n]}")
    return counts


def main() -> int:
    parser = sets_parser(__doc__, DEFAULT_SETS)
    parser.add_argument("--dump", type=Path, default=None)
    args = parser.parse_args()
    settings = config_settings(args)
    engine = engine_for(settings, progress=False)
    dump: list[dict] = []
    for name in args.sets.split(","):
        counts = _run_set(engine, name, dump)
        print(f"{name}: " + ", ".join(f"{k} {v}" for k, v in counts.most_common()))
    if args.dump:
        args.dump.write_text(json.dumps(dump, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
