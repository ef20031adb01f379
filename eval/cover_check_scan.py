"""Reading scan of task E3 (issue 16, session 25): the confidence feature ``topic_cover`` as now
(the units of the topic a quote's own words hold) against the units the topic check reads with
the same quote (:class:`lrt_search.answer.checks.Quote`: its words, its item heading, and the
statement before it when the quote is anchored). No answer changes: ``ask`` runs as it is and
the second cover is computed beside it, with the confidence and decision it would give.

    python eval/cover_check_scan.py OUT.jsonl --sets a,b,... [--base BASE.json]

Only questions answered or refused ``low_confidence`` in BASE.json are asked (every one without
it). Held-out sets and blind24/blind25 are refused. One JSON line per question: set, id,
answerable, has_gold, abstained, label; of the best statement its cover as now, as the topic
check reads it ("check") and with its item heading only ("heading"), the confidence with each,
whether it holds a gold quote; and whether any scored statement's cover differs.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from answer_sets import SETS, held_out  # the script's folder is on the path

import lrt_search.answer.answering as answering
import lrt_search.answer.candidates as candidates_mod
import lrt_search.answer.floor as floor_mod
from lrt_search.answer.calibration import probability
from lrt_search.answer.confidence_features import capped
from lrt_search.answer.confidence_features import features as original
from lrt_search.answer.cover_reading import cover_units
from lrt_search.config import Settings
from lrt_search.evaluation import engine_for, load_questions
from lrt_search.lexicon.textnorm import normalize_for_match

_CONTEXT: dict[str, set[str]] = {}  # statement text -> the terms the topic check read with it
_HEADING: dict[str, set[str]] = {}  # ... without the statement before it (its heading only)
_SEEN: list[dict[str, Any]] = []


def _failing(checks: Any, quote: Any) -> Any:
    _CONTEXT.setdefault(quote.text, set()).update(quote.terms | quote.heading_terms)
    heading = set(quote.retriever.analyzer.tokenize(quote.heading))
    _HEADING.setdefault(quote.text, set()).update(quote.terms | heading)
    return _orig_failing(checks, quote)


_orig_failing = candidates_mod.failing


def _features(frame: Any, c: Any, cands: Any, matched: Any) -> dict[str, float]:
    f = original(frame, c, cands, matched)
    units = cover_units(frame)
    ctx = _CONTEXT.get(c.quote)
    alt = f["topic_cover"]
    if units and ctx is not None:
        alt = sum(bool(u & ctx) for u in units) / len(units)
    head = _HEADING.get(c.quote)
    alt_h = f["topic_cover"]
    if units and head is not None:
        alt_h = sum(bool(u & head) for u in units) / len(units)
    weights = frame.retriever.settings.confidence_weights
    p_alt = capped(frame, c, probability(weights, dict(f, topic_cover=alt)))
    p_h = capped(frame, c, probability(weights, dict(f, topic_cover=alt_h)))
    _SEEN.append(
        {
            "quote": c.quote,
            "now": f["topic_cover"],
            "check": alt,
            "p_check": p_alt,
            "heading": alt_h,
            "p_heading": p_h,
            "ctx": ctx is not None,
        }
    )
    return f


def main() -> int:
    out = Path(sys.argv[1])
    names = sys.argv[sys.argv.index("--sets") + 1].split(",")
    base = {}
    if "--base" in sys.argv:
        base = json.loads(Path(sys.argv[sys.argv.index("--base") + 1]).read_text("utf-8"))
    candidates_mod.failing = _failing
    answering.confidence_features = _features
    floor_mod.confidence_features = _features
    engine = engine_for(Settings(), progress=False)
    with out.open("a", encoding="utf-8") as fh:
        for name in names:
            if held_out(name) or name.startswith(("blind24", "blind25")) or name not in SETS:
                continue
            path, split = SETS[name]
            for q in load_questions(path, split):
                b = base.get(f"{name}:{q.id}")
                if b and b["abstained"] and b["reason_code"] != "low_confidence":
                    continue
                _CONTEXT.clear()
                _SEEN.clear()
                _HEADING.clear()
                a = engine.ask(q.question)
                first = _SEEN[0] if _SEEN else None
                golds = [normalize_for_match(g.quote) for g in q.gold]
                if first is not None:
                    text = normalize_for_match(first["quote"])
                    first["gold"] = any(g in text for g in golds)
                rec = {
                    "set": name,
                    "id": q.id,
                    "answerable": q.answerable,
                    "has_gold": bool(b and b.get("has_gold")),
                    "abstained": a.abstained,
                    "reason_code": getattr(a, "reason_code", None),
                    "confidence": a.confidence,
                    "label": a.confidence_label if not a.abstained else "",
                    "first": first,
                    "any_differs": any(s["now"] != s["check"] for s in _SEEN),
                }
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
                fh.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
