"""The answers ``ask`` labels high, with what their label was decided on (issue 16 task G:
"high" must hold the answer nine times in ten).

    python eval/high_labels.py [--sets dev,generated,...] [--labels high] [--config FILE.toml]
                               [--jsonl FILE.jsonl] [--all]

Per answer labelled one of ``--labels`` (default high): the set, id, whether it holds a gold
quote (an answer to an unanswerable question never does), the confidence, the question, the
best quote (its kind and speakers), the confidence features
(:mod:`lrt_search.answer.confidence_features`) and what the demotion rules looked at: the
topic ("about X" or implied) and which of its words' units the quote holds, the topic words
nothing could check, whether a speaker was asked and whether the quote is theirs, the words
not understood, and the rule of ``not_high`` / ``not_medium`` that fired (none, for a label
that was not capped). Printed for the answers without a gold quote (``--all``: every one);
``--jsonl`` writes every one with its fields, for a comparison of right and wrong labels.

The test split and the held-out sets ("*holdout") are never run.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from answer_misses import _frame  # the script's folder is on the path
from answer_sets import SETS, sets_parser, studied

from lrt_search.answer.confidence_features import not_high, not_medium
from lrt_search.evaluation import engine_for, load_questions
from lrt_search.evaluation.runner import answer_record
from lrt_search.results import Answer, Citation
from lrt_search.service import Engine


def conditions(engine: Engine, question: str, best: Citation) -> dict[str, Any]:
    """What the demotion rules of the label look at, for the answer quoting ``best``."""
    frame = _frame(engine, question)
    needs, parsed = frame.needs, frame.parsed
    terms = set(engine.analyzer.tokenize(best.quote))
    units = [sorted(u) for u in needs.topic_units]
    return {
        "topic": needs.topic,
        "implied": needs.topic_implied,
        "units": units,
        "units_held": [bool(set(u) & terms) for u in units],
        "whole_held": bool(needs.topic_whole & terms),
        "unchecked": list(needs.topic_unchecked),
        "speaker_asked": bool(parsed is not None and parsed.speech and parsed.speaker_phrase),
        "codes": sorted(frame.codes),
        "quote_by_asked": bool(frame.codes & set(best.speakers or ())),
        "intents": sorted(parsed.intents) if parsed is not None else [],
        "property": frame.property_asked,
        "not_high": not_high(frame, best),
        "not_medium": not_medium(frame, best),
    }


def record(engine: Engine, name: str, q: Any, answer: Answer) -> dict[str, Any]:
    """One labelled answer with its features and the demotion rules' conditions."""
    gold = answer_record(q, answer).has_gold  # as eval/answer_sets.py counts it
    best = answer.citations[0]
    return {
        "set": name,
        "id": q.id,
        "answerable": q.answerable,
        "gold": gold,
        "label": answer.confidence_label,
        "confidence": round(answer.confidence, 4),
        "question": q.question,
        "quotes": [c.quote for c in answer.citations[:3]],
        "cited": [c.citation for c in answer.citations[:3]],
        "notes": list(answer.notes),
        "filters": {k: str(v) for k, v in answer.filters.items() if v},
        "kind": best.kind,
        "speakers": list(best.speakers or ()),
        "golds": [g.quote for g in q.gold][:2],
        "features": {k: round(v, 4) for k, v in answer.features.items()},
        **conditions(engine, q.question, best),
    }


def show(r: dict[str, Any]) -> str:
    """A readable block of record ``r``."""
    f = r["features"]
    feats = " ".join(
        f"{k}={f[k]}" for k in ("score", "lexical", "margin", "topic_cover", "topic_missing",
                                "implied", "speaker", "no_topic", "candidates") if k in f
    )  # fmt: skip
    lines = [
        f"{r['set']}:{r['id']} {'answerable' if r['answerable'] else 'UNANSWERABLE'} "
        f"gold={r['gold']} {r['label']} {r['confidence']}",
        f"  Q: {r['question']}",
        f"  quote [{r['kind']} {','.join(r['speakers'])}] {r['cited'][0]}: {r['quotes'][0][:240]}",
        f"  notes: {r['notes']} filters: {r['filters']}",
        f"  gold: {(r['golds'] or [''])[0][:200]}",
        f"  features: {feats}",
        f"  topic={r['topic']!r} implied={r['implied']} units_held={r['units_held']} "
        f"whole={r['whole_held']} unchecked={r['unchecked']}",
        f"  speaker_asked={r['speaker_asked']} codes={r['codes']} by_asked={r['quote_by_asked']} "
        f"intents={r['intents']} property={r['property']} "
        f"not_high={r['not_high']!r} not_medium={r['not_medium']!r}",
    ]
    return "\n".join(lines)


def main() -> int:
    parser = sets_parser(__doc__)
    parser.add_argument("--labels", default="high", help="comma-separated labels to keep")
    parser.add_argument("--jsonl", type=Path, default=None, help="write every record here")
    parser.add_argument("--all", action="store_true", help="print right answers too")
    args, names, settings = studied(parser)
    labels = set(args.labels.split(","))
    engine = engine_for(settings, progress=False)
    out = args.jsonl.open("w", encoding="utf-8") if args.jsonl else None
    for name in names:
        path, split = SETS[name]
        for q in load_questions(path, split):
            answer = engine.ask(q.question)
            if answer.abstained or answer.confidence_label not in labels:
                continue
            r = record(engine, name, q, answer)
            if out is not None:
                out.write(json.dumps(r, ensure_ascii=False) + "\n")
                out.flush()
            if args.all or not r["gold"]:
                print(show(r), flush=True)
    if out is not None:
        out.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
