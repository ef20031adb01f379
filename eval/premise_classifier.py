"""The check ``premise_supported`` measured as a classifier: one line per why-question of the
readable answer sets whose premise the check looks at, with its label (answerable: the premise
is true; unanswerable: false), the premise and its needs, the best supporting statement found
among the passages ``ask`` reads and the features a rule could decide on.

    python eval/premise_classifier.py [--sets dev,generated,...] [--config FILE.toml]

Per question: ``stmt`` the share of the premise's needs (lrt_search.answer.premise) held by the
best statement with its item heading (what the check reads: 1.00 passes); ``nbr`` the share held
by the statement, its heading and the statements before and after it in the item; ``item`` the
share held by the whole item; ``syn`` the share held by statement and heading when a Dutch
premise word's synonyms (lexicon/data/synonyms.toml) count too; ``cos`` the e5 cosine of the
premise (embedded as a query) to the best statement, and ``cosmax`` the highest cosine over
every statement read; ``spk`` whether the best statement is by the asked speaker (``-``: none
asked); ``neg`` whether the premise is negated; the missing needs (their first term). The
summary counts, per feature threshold, the true premises it would pass and the false ones it
would let through. The held-out sets ("*holdout") and the test split are never read.
"""

from __future__ import annotations

import re
import sys

from answer_misses import _frame  # the script's folder is on the path
from answer_sets import SETS, sets_parser, studied

from lrt_search.evaluation import engine_for, load_questions

_WHY = re.compile(r"\b(waarom|why)\b", re.IGNORECASE)
_NEGATION = re.compile(r"\b(niet|geen|nooit|not|no|never|n't)\b", re.IGNORECASE)


def _share(needs: tuple[frozenset[str], ...], terms: set[str]) -> float:
    return sum(1 for n in needs if n & terms) / len(needs) if needs else 1.0


def _synonym_needs(engine, premise: str, needs, english: bool):
    """The needs widened by the Dutch synonyms of the premise's words."""
    synonyms = engine.synonyms
    if english or synonyms is None:
        return needs
    tokenize = engine.analyzer.tokenize
    widened = []
    for need in needs:
        extra: set[str] = set()
        for word in premise.split():
            if set(tokenize(word)) & need:
                for other in synonyms.expand(word):
                    extra.update(tokenize(other)[:1])
        widened.append(need | extra)
    return tuple(widened)


def measure(engine, q, name: str) -> dict | None:
    """The features of one why-question, or ``None`` when the premise check does not apply."""
    frame = _frame(engine, q.question)
    needs = frame.needs.premise_terms
    if not needs:
        return None
    premise = frame.needs.premise
    english = frame.scope.english
    retriever = frame.retriever  # the evidence view: the checks' stemmer
    tokenize = retriever.analyzer.tokenize
    pvec = retriever.query_vector(premise)
    syn_needs = _synonym_needs(retriever, premise, needs, english)
    best = None
    cosmax = -1.0
    rescue = 0.0  # the best cosine of a statement holding every need but one (two or more)
    for hit in frame.hits:
        chunk = hit.chunk
        if chunk.kind == "header":
            continue
        heading = set(tokenize(chunk.text.split("\n- ", 1)[0]))
        item = set(tokenize(chunk.text))
        statements = chunk.statements
        vectors = retriever.statement_vectors_of(chunk)
        for i, (s, vec) in enumerate(zip(statements, vectors, strict=True)):
            own = set(tokenize(s.text)) | heading
            near = set(own)
            for j in (i - 1, i + 1):
                if 0 <= j < len(statements):
                    near |= set(tokenize(statements[j].text))
            cos = float(vec @ pvec)
            cosmax = max(cosmax, cos)
            if len(needs) >= 2 and sum(1 for n in needs if not n & own) <= 1:
                rescue = max(rescue, cos)
            row = (
                _share(needs, own),
                _share(needs, near),
                _share(needs, item),
                _share(syn_needs, own),
                cos,
            )
            if best is None or row > best[0]:
                missing = [sorted(n)[0] for n in needs if not n & own]
                by = "-" if not frame.codes else str(bool(frame.codes & set(s.speakers)))
                best = (row, s.text, missing, by)
    if best is None:
        return None
    (stmt, nbr, item, syn, cos), text, missing, by = best
    return {
        "set": name,
        "id": q.id,
        "label": q.answerable,
        "question": q.question,
        "premise": premise,
        "needs": [sorted(n)[:3] for n in needs],
        "stmt": stmt,
        "nbr": nbr,
        "item": item,
        "syn": syn,
        "cos": cos,
        "cosmax": cosmax,
        "rescue": rescue,
        "spk": by,
        "neg": bool(_NEGATION.search(premise)),
        "missing": missing,
        "best": text,
    }


def _passes(row: dict, feature: str, cut: float) -> bool:
    """Whether ``row`` passes at ``cut`` of ``feature``; a rescue only adds to the check."""
    if feature == "rescue":
        return row["stmt"] >= 1.0 or row["rescue"] >= cut
    return bool(row[feature] >= cut)


def _summary(rows: list[dict]) -> None:
    true = [r for r in rows if r["label"]]
    false = [r for r in rows if not r["label"]]
    print(f"\n{len(true)} true premises, {len(false)} false premises")
    for feature, cuts in (
        ("stmt", (1.0, 0.75, 0.66, 0.5)),
        ("nbr", (1.0, 0.75, 0.66, 0.5)),
        ("item", (1.0, 0.75, 0.66, 0.5)),
        ("syn", (1.0, 0.75, 0.66, 0.5)),
        ("cos", (0.80, 0.82, 0.84, 0.86, 0.88)),
        ("cosmax", (0.80, 0.82, 0.84, 0.86, 0.88)),
        ("rescue", (0.84, 0.85, 0.86, 0.87, 0.88)),
    ):
        for cut in cuts:
            t = sum(1 for r in true if _passes(r, feature, cut))
            f = sum(1 for r in false if _passes(r, feature, cut))
            print(
                f"  {feature} >= {cut:.2f}: true passed {t}/{len(true)}, "
                f"false passed {f}/{len(false)}"
            )


def main() -> int:
    _, names, settings = studied(sets_parser(__doc__))
    engine = engine_for(settings, progress=False)
    rows = []
    for name in names:
        path, split = SETS[name]
        for q in load_questions(path, split):
            if not _WHY.search(q.question):
                continue
            row = measure(engine, q, name)
            if row is None:
                continue
            rows.append(row)
            print(
                f"{name}\t{q.id}\t{'T' if q.answerable else 'F'}\tstmt={row['stmt']:.2f} "
                f"nbr={row['nbr']:.2f} item={row['item']:.2f} syn={row['syn']:.2f} "
                f"cos={row['cos']:.3f} cosmax={row['cosmax']:.3f} rescue={row['rescue']:.3f} "
                f"spk={row['spk']} "
                f"neg={int(row['neg'])} missing={row['missing']}\n\t{q.question}\n"
                f"\tpremise: {row['premise']!r} needs={row['needs']}\n\tbest: {row['best'][:160]}",
                flush=True,
            )
    _summary(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
