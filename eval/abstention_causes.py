"""Why ``ask`` refused an answerable question: one line per false abstention of each set, with
the check that fired, what its reason says, and where the gold statement stands.

    python eval/abstention_causes.py [--sets blind_probe,blind2_probe,...] [--config FILE.toml]

Per false abstention: the reason code and its parameters; for a gate (``topic_absent``,
``name_absent``) the question's topic and what the check found and lacked of it, and whether
the words it says are absent occur in the minutes (``occurs``: the reason is false); for a quote
check (``topic_not_quoted``, ``premise_unsupported``, ...) which checks the gold statement fails
(``gold_failed:<checks>``), or that it was not retrieved; for ``low_confidence`` the features.
The test split and the held-out sets ("*holdout") are never run.
"""

from __future__ import annotations

import sys

from answer_misses import _answerable_class, _frame  # the script's folder is on the path
from answer_sets import SETS, sets_parser, studied

from lrt_search.answer.answering import _asked
from lrt_search.evaluation import engine_for, load_questions
from lrt_search.index.analysis import words
from lrt_search.service import Engine


def _occurs(texts: list[list[str]], phrase: str) -> bool:
    seq = words(phrase)
    n = len(seq)
    return bool(n) and any(t[i : i + n] == seq for t in texts for i in range(len(t) - n + 1))


def _gate_detail(engine: Engine, question: str, texts: list[list[str]], params: dict) -> str:
    frame = _frame(engine, question)
    asked = _asked(frame)
    check = asked.topic_check
    said = params.get("words") or params.get("names") or []
    occurring = [w for w in said if _occurs(texts, w)]
    found = [name for name, _, _ in check.found] if check else []
    share = f"{check.missing_share:.2f}" if check else "-"
    implied = "implied" if asked.topic_implied else "about"
    return f"topic ({implied}) {asked.topic!r}: found {found} missing share {share}" + (
        f"; occurs: {occurring}" if occurring else ""
    )


def main() -> int:
    _, names, settings = studied(sets_parser(__doc__))
    engine = engine_for(settings, progress=False)
    texts = [words(c.text) for c in engine.chunks]
    for name in names:
        path, split = SETS[name]
        refused = 0
        for q in load_questions(path, split):
            if not q.answerable:
                continue
            answer = engine.ask(q.question)
            if not answer.abstained:
                continue
            refused += 1
            code, params = answer.reason_code, dict(answer.reason_params or {})
            if code in ("topic_absent", "name_absent"):
                detail = _gate_detail(engine, q.question, texts, params)
            elif code == "low_confidence":
                feats = answer.features or {}
                detail = " ".join(f"{k}={v:.2f}" for k, v in feats.items())
            else:
                detail = _answerable_class(engine, q, [])
            print(f"{name}\t{q.id}\t{code} {params}\t{q.question}\n\t\t{detail}")
        print(f"{name}: {refused} false abstentions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
