"""Candidate features of the answers labelled high in a dump (issue 16 task F: which answers
labelled high do not hold the answer).

    python eval/high_features.py BASE.json OUT.jsonl --sets a,b,... [--labels high]

For every question of ``--sets`` labelled one of ``--labels`` in ``BASE.json`` (a dump of
``eval/answer_sets.py``): ``ask`` it again and write the record of ``eval/high_labels.py``
with the candidate features of the label (language, whether BM25 and the embedding agree on
the top passage, the meetings quoted against the question's period, the names of the question
the quotes lack, the words not understood). Held-out sets are refused.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from answer_misses import _frame  # the script's folder is on the path
from answer_sets import SETS, held_out
from high_labels import record

from lrt_search.config import Settings
from lrt_search.evaluation import engine_for, load_questions
from lrt_search.service import Engine


def extras(engine: Engine, question: str, answer: Any) -> dict[str, Any]:
    """The candidate features beyond the record of high_labels.py."""
    frame = _frame(engine, question)
    hits = frame.hits
    bm25_top = next((h.chunk_id for h in hits if h.bm25_rank == 1), None)
    dense_top = next((h.chunk_id for h in hits if h.dense_rank == 1), None)
    best = answer.citations[0]
    parsed = frame.parsed
    quotes = " ".join(c.quote for c in answer.citations).lower()
    names = [n for n, _ in (parsed.names if parsed else ())]
    return {
        "lang": parsed.language if parsed else "",
        "bm25_top": bm25_top,
        "dense_top": dense_top,
        "best_chunk": best.chunk_id,
        "top_agree": bm25_top == dense_top,
        "best_is_bm25_top": best.chunk_id == bm25_top,
        "best_is_dense_top": best.chunk_id == dense_top,
        "since": str(frame.since or ""),
        "until": str(frame.until or ""),
        "period": parsed.period if parsed else "",
        "period_scope": parsed.period_scope if parsed else "",
        "dates": sorted({c.meeting_date for c in answer.citations}),
        "names": names,
        "names_missing": [n for n in names if n.lower() not in quotes],
        "unread_notes": list(parsed.unread) if parsed else [],
        "frame_unread": [dict(u) for u in frame.unread],
        "speaker_codes": sorted(frame.codes),
        "parsed_speaker": list(parsed.speaker) if parsed else [],
        "n_citations": len(answer.citations),
        "comparison": frame.comparison is not None,
    }


def main() -> int:
    base = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    out_path = Path(sys.argv[2])
    names = sys.argv[sys.argv.index("--sets") + 1].split(",")
    labels = {"high"}
    if "--labels" in sys.argv:
        labels = set(sys.argv[sys.argv.index("--labels") + 1].split(","))
    engine = engine_for(Settings(), progress=False)
    with out_path.open("a", encoding="utf-8") as out:
        for name in names:
            if held_out(name):
                continue
            path, split = SETS[name]
            for q in load_questions(path, split):
                b = base.get(f"{name}:{q.id}")
                if not b or b["abstained"] or b["label"] not in labels:
                    continue
                answer = engine.ask(q.question)
                if answer.abstained:
                    continue
                r = record(engine, name, q, answer)
                r.update(extras(engine, q.question, answer))
                r["base_gold"] = b["has_gold"]
                out.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
                out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
