"""The features of every ``topic_absent`` abstention of a dump (``answer_sets.py --dump``):
answerable (a false abstention) and unanswerable alike, so what separates the two shows.

    python eval/topic_absent_features.py DUMP.json [--sets dev,quote_probe,...]
    python eval/topic_absent_features.py DUMP.json --everyday-zipf 4.5 [--min-standout 2.5]
    python eval/topic_absent_features.py DUMP.json --passed [--sets ...]

With ``--passed`` it lists instead the questions that PASS the gate's missing share though the
minutes lack a topic word (answered, or refused for another reason), with the share of found
words weighed by their spread in the index (:func:`chunk_spread`), and counts per class the
questions answered now that a spread weighting would refuse: a found word of general weight
``g`` and spread ``s`` weighs ``min(g, g + a * (s - g))`` (``a`` = 0.5 is rule
``corpus_spread_weight``, for implied topics; ``a`` = 1 weighs it by its spread alone), on
implied topics only or on "about X" phrases too.

With ``--everyday-zipf Z`` it also counts what a rule "everyday missing word" would do at the
gate: a missing word of Zipf ``Z`` or more no longer counts as missing (with ``--min-standout``
only where the best statement on the found words stands out that far, ``--need-found`` only
where the minutes hold another topic word); per class (A, U) the abstentions the gate would
no longer make. Rejected in issue 16 task A: it releases several unanswerable questions for
each answerable one at every setting tried.

Per question: A (answerable) or U, the set and id, whether the topic is implied or an "about X"
phrase, the gate's missing share (and its threshold), the standout z of the best statement on
the topic's found words (``pool``: of the best statement of the whole pool, found words or
not), the found words, and per missing word its general-language Zipf (wordfreq, Dutch or
English) and its informativeness weight. Held-out sets ("*holdout") are skipped; the test
split is never in a dump.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from answer_misses import _frame, _understand  # the script's folder is on the path
from answer_sets import held_out

from lrt_search import Settings
from lrt_search.answer.answering import _asked
from lrt_search.answer.corpus_spread import chunk_spread, gate_missing_share
from lrt_search.answer.informativeness import informativeness, zipf
from lrt_search.answer.semantic_evidence import pool_statements
from lrt_search.answer.topic_discussed import standout
from lrt_search.evaluation import engine_for


def topic_absent_records(records: dict, wanted: set[str]) -> Iterator[tuple[str, str, dict]]:
    """The ``(key, set name, record)`` of a dump's ``topic_absent`` refusals on readable sets
    (held-out ones skipped; only ``wanted`` sets when given)."""
    for key, record in records.items():
        name = key.split(":")[0]
        if held_out(name) or (wanted and name not in wanted):
            continue
        if record.get("reason_code") == "topic_absent":
            yield key, name, record


def _released(check, share_limit: float, z: float, args: argparse.Namespace) -> bool:
    """Whether the everyday-word rule of ``args`` lifts the gate for ``check``."""
    if args.everyday_zipf is None or z < args.min_standout or (args.need_found and not check.found):
        return False
    lang = "en" if check.english else "nl"
    kept = [u for u in check.lacking if max(zipf(w, lang) for w in u[1]) < args.everyday_zipf]
    if len(kept) == len(check.lacking):
        return False
    if not kept:
        return True
    weight = [max(informativeness(w, check.english) for w in u[1]) for u in kept]
    found = [max(informativeness(w, check.english) for w in u[1]) for u in check.found]
    return sum(weight) / (sum(weight) + sum(found)) < share_limit


def _line(engine, record: dict, args: argparse.Namespace, released: dict) -> str:
    asked = _asked(_frame(engine, record["question"]))
    check = asked.topic_check
    if check is None:
        return "no topic check"
    settings = engine.settings
    implied = asked.topic_implied
    share = gate_missing_share(asked.retriever, check, implied)
    limit = settings.implied_topic_missing_share if implied else settings.topic_missing_share
    z = standout(asked.retriever, asked.topic, check)
    pooled = pool_statements(asked.retriever, asked.retriever.query_vector(asked.topic))
    sims = pooled[2] if pooled is not None else None
    pool_z = float((sims.max() - sims.mean()) / sims.std()) if sims is not None else float("nan")
    lang = "en" if check.english else "nl"
    missing = " ".join(
        f"{name}(z{max(zipf(w, lang) for w in parts):.1f},"
        f"w{max(informativeness(w, check.english) for w in parts):.1f})"
        for name, parts, _ in check.lacking
    )
    found = " ".join(
        f"{name}(w{max(informativeness(w, check.english) for w in parts):.1f})"
        for name, parts, _ in check.found
    )
    kind = "implied" if implied else "about"
    if _released(check, limit, z, args):
        released["A" if record["answerable"] else "U"].append(record["id"])
    return (
        f"{kind} share {share:.2f}/{limit:.2f} standout {z:.2f} pool {pool_z:.2f} | "
        f"found {found} | missing {missing} | topic {asked.topic!r}"
    )


_ALPHAS = (0.5, 0.75, 1.0)


def _spread_share(check, spreads: list[float], alpha: float) -> float:
    """The missing share with found words weighed ``min(g, g + alpha * (s - g))``."""
    missing = sum(max(informativeness(w, check.english) for w in u[1]) for u in check.lacking)
    found = 0.0
    for unit, spread in zip(check.found, spreads, strict=True):
        g = max(informativeness(w, check.english) for w in unit[1])
        found += min(g, g + alpha * (spread - g))
    return missing / (missing + found)


def _passed(engine, record: dict, moved: dict) -> str | None:
    """The line of a question whose topic lacks a word yet passed the gate's share, or None;
    adds its id to ``moved[(alpha, about, cls)]`` where that weighting would refuse it."""
    asked = _asked(_understand(engine, record["question"], None, None, None))
    check = asked.topic_check
    if check is None or not check.missing or record.get("reason_code") == "topic_absent":
        return None
    settings = engine.settings
    implied = asked.topic_implied
    limit = settings.implied_topic_missing_share if implied else settings.topic_missing_share
    spreads = [chunk_spread(asked.retriever, terms) for _, _, terms in check.found]
    cls = "A" if record["answerable"] else "U"
    z = None
    shares = []
    for alpha in _ALPHAS:
        share = _spread_share(check, spreads, alpha)
        shares.append(f"{share:.2f}")
        if share < limit or record["abstained"]:
            continue
        if z is None:
            z = standout(asked.retriever, asked.topic, check)
        if z < settings.topic_standout_z:
            for about in (False, True):
                if implied or about:
                    moved[(alpha, about, cls)].append(record["id"])
    found = " ".join(
        f"{name}(w{max(informativeness(w, check.english) for w in parts):.1f},s{s:.1f})"
        for (name, parts, _), s in zip(check.found, spreads, strict=True)
    )
    missing = " ".join(
        f"{name}(w{max(informativeness(w, check.english) for w in parts):.1f})"
        for name, parts, _ in check.lacking
    )
    return (
        f"{'implied' if implied else 'about'} share {check.missing_share:.2f}/{limit:.2f} "
        f"spread(a={','.join(map(str, _ALPHAS))}) {' '.join(shares)} standout "
        f"{'-' if z is None else f'{z:.2f}'} abstained {record['abstained']} | found {found} | "
        f"missing {missing} | topic {asked.topic!r}"
    )


def _list_passed(engine, records: dict, wanted: set[str]) -> None:
    """Print the ``--passed`` listing and its counts per weighting and class."""
    moved: dict = {(a, b, c): [] for a in _ALPHAS for b in (False, True) for c in "AU"}
    for key, record in records.items():
        name = key.split(":")[0]
        if held_out(name) or (wanted and name not in wanted):
            continue
        line = _passed(engine, record, moved)
        if line is not None:
            cls = "A" if record["answerable"] else "U"
            print(f"{cls}\t{key}\t{line}\t{record['question']}", flush=True)
    for alpha in _ALPHAS:
        for about in (False, True):
            a, u = moved[(alpha, about, "A")], moved[(alpha, about, "U")]
            scope = "implied+about" if about else "implied"
            print(f"refused a={alpha} {scope}: A {len(a)} U {len(u)} | A: {' '.join(a)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dump", type=Path)
    parser.add_argument("--sets", default="")
    parser.add_argument("--everyday-zipf", type=float, default=None)
    parser.add_argument("--min-standout", type=float, default=float("-inf"))
    parser.add_argument("--need-found", action="store_true")
    parser.add_argument("--passed", action="store_true")
    args = parser.parse_args()
    wanted = set(filter(None, args.sets.split(",")))
    records = json.loads(args.dump.read_text(encoding="utf-8"))
    engine = engine_for(Settings(), progress=False)
    released: dict[str, list[str]] = {"A": [], "U": []}
    if args.passed:
        _list_passed(engine, records, wanted)
        return 0
    for key, _name, record in topic_absent_records(records, wanted):
        cls = "A" if record["answerable"] else "U"
        line = _line(engine, record, args, released)
        print(f"{cls}\t{key}\t{line}\t{record['question']}", flush=True)
    if args.everyday_zipf is not None:
        for cls in ("A", "U"):
            print(f"released {cls}: {len(released[cls])} {' '.join(released[cls])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
