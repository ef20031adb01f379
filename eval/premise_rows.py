"""Rows of the why-premise check judged by meaning (issue 16, session 23 task B): for every
why-question of the readable answer sets whose premise the check ``premise_supported`` reads,
the premise, the statements the quote checks looked at (the passages ``ask`` reads) and, for the
best few by e5 cosine, what a meaning rule could decide on.

    python eval/premise_rows.py OUT.jsonl [--sets ...] [--config FILE.toml] [--base BASE.json]
    python eval/premise_rows.py ROWS.jsonl --summary --base BASE.json   (re-read written rows)

One JSON line per question: set, id, fold (1: blind11..19 design halves and probes n-z, where
the rule is fitted; 2: blind3..10 design halves, dev, probes a-m, generated and derived sets,
where it is validated unchanged), label (answerable: the premise is true), the base dump's
abstention and reason (``--base``), the premise and its needs, and ``rows``: the statements,
best cosine first (at most 5), each with ``cos`` (the premise embedded as a query, as ``ask``
embeds a question, against the statement's stored vector), ``share`` (the premise's needs the
statement and its item heading hold: what the check reads, 1.0 passes), ``failed`` (the quote
checks it fails), ``hard`` (it holds every name, organisation and number of the premise, and a
negation when the premise is negated), ``spk`` (by the asked speaker; ``-``: none asked) and
``gold`` (it holds a gold quote). ``only_premise``: the best cosine of a statement refused by
the premise check alone with ``hard`` true (what rule ``premise_meaning`` would read), and
``deltas`` for each such statement: (cos, delta, gold), ``delta`` the cosine minus that of the
premise without the content words the statement lacks (do the words it lacks bring the premise
nearer to it - said in other words - or not). The summary (:func:`summary`) counts what two
rules would release among the base's ``premise_unsupported`` refusals, fitted on fold 1 only.
The held-out sets ("*holdout") and the test split are never read.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from answer_misses import _frame  # the script's folder is on the path
from answer_sets import SETS, sets_parser, studied

import lrt_search.answer.candidates as candidates_module
from lrt_search.answer.candidates import scored_candidates
from lrt_search.evaluation import engine_for, load_questions
from lrt_search.lexicon.dates import MONTHS
from lrt_search.lexicon.textnorm import normalize_for_match
from lrt_search.search.unread import content_words

_WHY = re.compile(r"\b(waarom|why)\b", re.IGNORECASE)
_NEGATION = re.compile(r"\b(niet|geen|nooit|not|no|never|n't|nor|noch)\b", re.IGNORECASE)
_NUMBER = re.compile(r"\d[\d.,]*")
_WORD = re.compile(r"\w+")
_MONTHS = frozenset(MONTHS)  # Dutch and English month names and abbreviations
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
# a year, a half-year or a day of a month: the period, which scopes the meetings read
_DATE = re.compile(
    rf"\b(?:\d{{1,2}}\s+(?:{_MONTH})\s+)?(?:19|20)\d\d(?:-I{{1,2}})?\b|\b\d{{1,2}}\s+(?:{_MONTH})\b",
    re.IGNORECASE,
)
CUTS = (0.80, 0.82, 0.84, 0.85, 0.86, 0.87, 0.88, 0.89, 0.90, 0.91, 0.92)
DELTAS = (-0.01, -0.005, 0.0, 0.005, 0.01, 0.02)


def fold(name: str) -> int:
    """The fold of a set for this task: 1 (fitted on) or 2 (validated on)."""
    match = re.fullmatch(r"blind(\d+)_design", name)
    if match:
        return 1 if int(match.group(1)) >= 11 else 2
    if name.endswith("_probe") or name == "probes":
        return 1 if "n" <= name[0] <= "z" else 2
    return 2


def premise_facts(retriever, premise: str) -> tuple[set[str], set[str], set[str], bool]:
    """The premise's organisation codes, other names (capitalised words after its first),
    numbers, and whether it is negated; its dates are the period (they scope the meetings
    read), not facts a statement must write."""
    codes = {m.code for m in retriever.orgs.mentions(premise)}
    premise = _DATE.sub(" ", premise)
    names = set()
    for match in _WORD.finditer(premise):
        word = match.group()
        if word.lower() in _MONTHS:
            continue
        if match.start() > 0 and word[:1].isupper() and not word.isdigit():
            names.add(word.lower())
    numbers = {n.strip(".,") for n in _NUMBER.findall(premise)}
    return codes, names, numbers, bool(_NEGATION.search(premise))


def holds_facts(retriever, facts, text: str, heading: str, speakers) -> bool:
    """Whether a statement (with its heading) holds every name, code and number of the premise
    and a negation when the premise is negated."""
    codes, names, numbers, negated = facts
    both = f"{heading} {text}"
    found = {m.code for m in retriever.orgs.mentions(both)} | set(speakers)
    words = {w.lower() for w in _WORD.findall(both)}
    codes_lower = {c.lower() for c in found}
    if not codes <= found:
        return False
    # a capitalised word that is an organisation's form counts through its code
    if not all(n in words or n in codes_lower for n in names - {c.lower() for c in codes}):
        name_codes = {m.code for m in retriever.orgs.mentions(" ".join(names))}
        if not name_codes or not name_codes <= found:
            return False
    if not all(n in both for n in numbers):
        return False
    return not negated or bool(_NEGATION.search(text))


def without_unheld(retriever, premise: str, held: set[str]) -> str:
    """``premise`` without its content words (not names) none of whose index terms the
    statement holds: what the statement must say in other words for the premise to hold."""
    out, last = [], 0
    for word, start, end in content_words(premise, retriever.orgs):
        if word[:1].isupper() and start > 0:
            continue
        if set(retriever.analyzer.tokenize(word.lower())) & held:
            continue
        out.append(premise[last:start])
        last = end
    return " ".join("".join([*out, premise[last:]]).split())


def checked_statements(frame) -> list[tuple]:
    """Every statement the quote checks read for ``frame`` (as ``ask`` scores its candidates),
    with the checks it fails."""
    seen: list[tuple] = []
    original = candidates_module.failing

    def spy(checks, quote):
        failed, passed = original(checks, quote)
        seen.append((quote, tuple(failed)))
        return failed, passed

    candidates_module.failing = spy
    try:
        scored_candidates(frame)
    finally:
        candidates_module.failing = original
    return seen


def statement_vectors(frame) -> dict[str, object]:
    """The stored vector of each statement of the frame's passages, by its text."""
    vectors: dict[str, object] = {}
    for hit in frame.hits:
        if hit.chunk.kind == "header":
            continue
        stored = frame.retriever.statement_vectors_of(hit.chunk)
        for s, vec in zip(hit.chunk.statements, stored, strict=True):
            vectors.setdefault(s.text, vec)
    return vectors


def measure(engine, q, name: str, base: dict) -> dict | None:
    """The row of one why-question, or ``None`` when the premise check does not read it."""
    frame = _frame(engine, q.question)
    needs = frame.needs.premise_terms
    if not needs:
        return None
    premise = frame.needs.premise
    retriever = frame.retriever
    seen = checked_statements(frame)
    vectors = statement_vectors(frame)
    pvec = retriever.query_vector(premise)
    golds = [normalize_for_match(g.quote) for g in q.gold]
    facts = premise_facts(retriever, premise)
    rows, only = [], -1.0
    done = set()
    for quote, failed in seen:
        if quote.text in done or quote.text not in vectors:
            continue
        done.add(quote.text)
        held = quote.terms | quote.heading_terms
        share = sum(1 for n in needs if n & held) / len(needs)
        cos = float(vectors[quote.text] @ pvec)
        hard = holds_facts(retriever, facts, quote.text, quote.heading, quote.speakers)
        spk = "-" if not frame.codes else str(bool(frame.codes & set(quote.speakers)))
        gold = any(g in normalize_for_match(quote.text) for g in golds) if golds else False
        delta = None
        if failed == ("premise_supported",) and hard:
            only = max(only, cos)
            reduced = without_unheld(retriever, premise, held)
            delta = round(cos - float(vectors[quote.text] @ retriever.query_vector(reduced)), 4)
        rows.append(
            {
                "cos": round(cos, 4),
                "share": round(share, 3),
                "failed": list(failed),
                "hard": hard,
                "spk": spk,
                "gold": gold,
                "delta": delta,
                "text": quote.text[:200],
            }
        )
    rows.sort(key=lambda r: -float(r["cos"]))
    was = base.get(f"{name}:{q.id}", {})
    return {
        "set": name,
        "id": q.id,
        "fold": fold(name),
        "label": q.answerable,
        "question": q.question,
        "premise": premise,
        "needs": [sorted(n)[:3] for n in needs],
        "abstained": was.get("abstained"),
        "reason": was.get("reason_code"),
        "base_gold": was.get("has_gold"),
        "only_premise": round(only, 4),
        "deltas": [(r["cos"], r["delta"], r["gold"]) for r in rows if r["delta"] is not None],
        "gold_only": max(
            (
                r["cos"]
                for r in rows
                if r["gold"] and r["hard"] and r["failed"] == ["premise_supported"]
            ),
            default=-1.0,
        ),
        "rows": rows[:5],
    }


def _released(row: dict, cut: float, delta: float | None) -> tuple[bool, bool]:
    """Whether a statement refused by the premise check alone, holding the premise's facts,
    reaches cosine ``cut`` (and, unless ``delta`` is None, a contrast of at least ``delta``)
    in ``row``; and whether one such statement holds a gold quote."""
    found = [(c, g) for c, d, g in row["deltas"] if c >= cut and (delta is None or d >= delta)]
    return bool(found), any(g for _, g in found)


def _count(rows: list[dict], cut: float, delta: float | None) -> tuple[list[str], list[str]]:
    """The answerable (gold marked ``*``) and unanswerable questions released at a point."""
    true, false = [], []
    for row in rows:
        hit, gold = _released(row, cut, delta)
        if hit and row["label"]:
            true.append(row["id"] + ("*" if gold else ""))
        elif hit:
            false.append(row["id"])
    return true, false


def summary(rows: list[dict]) -> None:
    """Per fold: the base's ``premise_unsupported`` refusals a rule would release - a statement
    refused by the premise check alone that holds the premise's facts, at cosine ``t`` (rule
    A), and (rule B) whose premise words it lacks add at least ``d`` to the cosine (``delta``:
    cosine of the whole premise minus that of the premise without them). The point is chosen
    on fold 1 (most answerable released minus unanswerable released; ties: the higher
    threshold) and printed unchanged for fold 2."""
    refused = [r for r in rows if r["abstained"] and r["reason"] == "premise_unsupported"]
    folds = {f: [r for r in refused if r["fold"] == f] for f in (1, 2)}
    for f, mine in folds.items():
        print(
            f"fold {f}: refused premise_unsupported: {sum(r['label'] for r in mine)} "
            f"answerable, {sum(not r['label'] for r in mine)} unanswerable"
        )
    for rule, deltas in (("A", (None,)), ("B", DELTAS)):
        best = None
        for cut in CUTS:
            for delta in deltas:
                true, false = _count(folds[1], cut, delta)
                print(
                    f"  rule {rule} fold 1 t={cut:.2f} d={delta}: answerable {len(true)} "
                    f"unanswerable {len(false)}"
                )
                key = (len(true) - len(false), cut, delta or 0.0)
                if best is None or key > best[0]:
                    best = (key, cut, delta)
        assert best is not None
        _, cut, delta = best
        for f, mine in folds.items():
            true, false = _count(mine, cut, delta)
            print(
                f"rule {rule} chosen on fold 1 (t={cut:.2f}, d={delta}) fold {f}: answerable "
                f"released {len(true)} {' '.join(true)} | unanswerable released "
                f"{len(false)} {' '.join(false)}"
            )


def main() -> int:
    parser = sets_parser(__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--base", type=Path, default=None)
    parser.add_argument("--summary", action="store_true", help="only summarise OUT's rows")
    args, names, settings = studied(parser)
    base = json.loads(args.base.read_text(encoding="utf-8")) if args.base else {}
    if args.summary:
        rows = [json.loads(line) for line in args.out.read_text(encoding="utf-8").splitlines()]
        for row in rows:
            was = base.get(f"{row['set']}:{row['id']}", {})
            row["abstained"], row["reason"] = was.get("abstained"), was.get("reason_code")
        summary(rows)
        return 0
    engine = engine_for(settings, progress=False)
    rows = []
    with args.out.open("w", encoding="utf-8") as out:
        for name in names:
            path, split = SETS[name]
            for q in load_questions(path, split):
                if not _WHY.search(q.question):
                    continue
                row = measure(engine, q, name, base)
                if row is None:
                    continue
                rows.append(row)
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
                out.flush()
    summary(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
