"""Where `search` puts the gold passage, by language register and set family, no `ask`.

    python eval/register_recall.py [CONFIG.toml] [--families design,dev,generated,derived,probes]
        [--sets a,b] [--json OUT.json] [--from OUT.json] [--misses 20]

For every answerable question with gold of the readable sets (holdout sets and the test split
never), the rank of the first chunk holding a gold quote (eval/retrieval_sets.py's qrels) in
`Engine.search_question` at depth 50 (the question's understood period and speaker as filters,
as `ask` reads first). Prints R@1 / R@5 / R@10 / R@20 and MRR (0 past 50) per fold (design:
blind3..10 design halves, dev, probes a-m; validation: blind11..19 design halves, probes n-z,
generated and the derived sets), per family and per language as the project detects it
(index.analysis.is_english, not the file's label), and the English-Dutch gap of the twin sets
(language_pair_probe paired by id; reworded, everyday_speech, perfect_form, discussion_form each
paired with the generated question of its number; english_* probes en vs nl). With
``--misses N``, every design-fold question whose gold ranks below N or not at all, with the
gold's rank unfiltered, by BM25 alone and by e5 alone (filtered), to classify why.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

from answer_sets import SETS  # the script's folder is on the path

from lrt_search.config import Settings
from lrt_search.evaluation import load_questions
from lrt_search.evaluation.metrics import Qrels
from lrt_search.index.analysis import is_english
from lrt_search.service import Engine

DEPTH = 50
KS = (1, 5, 10, 20)
DERIVED = ("reworded", "everyday_speech", "perfect_form", "discussion_form")
Row = dict  # set, id, family, fold, lang, label, question, rank, relevant


def family_fold(name: str) -> tuple[str, str] | None:
    """(family, fold) of a readable set; None for a held-out one (never run)."""
    file, split = SETS[name]
    if "holdout" in name or "holdout" in str(file) or split == "test":
        return None
    if name.startswith("blind") and name.endswith("_design"):
        number = int(name[5:].split("_")[0])
        return "design", "design" if number <= 10 else "validation"
    if name == "dev":
        return "dev", "design"
    if name == "generated" or name in DERIVED:
        return ("generated" if name == "generated" else "derived"), "validation"
    return "probes", "design" if Path(str(file)).name[0] <= "m" else "validation"


def _first(ids: list[int], relevant: set) -> int | None:
    return next((i for i, c in enumerate(ids, 1) if c in relevant), None)


def collect(engine: Engine, families: set[str], sets: set[str], fold: str = "") -> list[Row]:
    """One row per answerable question with gold of the chosen readable sets (of ``fold``
    only when given)."""
    rows: list[Row] = []
    for name in SETS:
        got = family_fold(name)
        if got is None or got[0] not in families or (sets and name not in sets):
            continue
        if fold and got[1] != fold:
            continue
        questions = [q for q in load_questions(*SETS[name]) if q.answerable]
        relevant = Qrels.from_questions(questions, engine.chunks).relevant
        for q in questions:
            if q.id not in relevant:
                continue
            _, hits = engine.search_question(q.question, k=DEPTH)
            rank = _first([h.chunk_id for h in hits], relevant[q.id])
            lang = "en" if is_english(q.question) else "nl"
            rows.append({"set": name, "id": q.id, "family": got[0], "fold": got[1],
                         "lang": lang, "label": q.lang, "question": q.question, "rank": rank,
                         "relevant": sorted(relevant[q.id])})  # fmt: skip
    return rows


def figures(ranks: list[int | None]) -> str:
    """R@k and MRR of a list of ranks (None: not in the first 50)."""
    n = len(ranks)
    if not n:
        return "n=0"
    cells = [f"R@{k} {sum(r is not None and r <= k for r in ranks) / n:.3f}" for k in KS]
    mrr = sum(1 / r for r in ranks if r) / n
    return f"n={n:4} " + " ".join(cells) + f" MRR {mrr:.3f}"


def table(rows: list[Row]) -> None:
    """Per fold, family and detected language (and all), R@k and MRR."""
    groups: dict[tuple[str, str, str], list[int | None]] = defaultdict(list)
    for r in rows:
        for fam in (r["family"], "all"):
            for lang in (r["lang"], "all"):
                groups[(r["fold"], fam, lang)].append(r["rank"])
    print("| fold | family | lang | figures |\n|---|---|---|---|")
    for (fold, fam, lang), ranks in sorted(groups.items()):
        print(f"| {fold} | {fam} | {lang} | {figures(ranks)} |")
    wrong = [r for r in rows if r["lang"] != r["label"]]
    print(f"\nlanguage detected differs from the file's label: {len(wrong)} of {len(rows)}")


def _number(qid: str) -> str:
    return re.sub(r"\D", "", qid)


def twins(rows: list[Row]) -> None:
    """The English-Dutch gap of the twin sets."""
    by_set: dict[str, list[Row]] = defaultdict(list)
    for r in rows:
        by_set[r["set"]].append(r)
    pairs = defaultdict(dict)
    for r in by_set.get("language_pair_probe", []):
        pairs[r["id"][:-2]][r["lang"]] = r["rank"]
    both = [p for p in pairs.values() if "en" in p and "nl" in p]
    print("\n## twins")
    if both:
        print(f"language_pair_probe pairs {len(both)}: en {figures([p['en'] for p in both])}")
        print(f"{'':28}nl {figures([p['nl'] for p in both])}")
    generated = {_number(r["id"]): r for r in by_set.get("generated", [])}
    for name in (*DERIVED, *sorted(s for s in by_set if s.startswith("english_"))):
        for lang in ("en", "nl"):
            mine = [r for r in by_set.get(name, []) if r["lang"] == lang]
            if not mine:
                continue
            line = f"{name:28}{lang} {figures([r['rank'] for r in mine])}"
            source = [generated[_number(r["id"])] for r in mine if _number(r["id"]) in generated]
            if name in DERIVED and source:
                line += f" | its generated twins ({source[0]['lang']}..) "
                line += figures([s["rank"] for s in source])
            print(line)


def misses(engine: Engine, rows: list[Row], below: int) -> None:
    """Design-fold questions whose gold is below ``below``: where it stands unfiltered, by
    BM25 alone and by e5 alone (filtered as ask reads)."""
    print(f"\n## design fold: gold below {below} (rank filtered / unfiltered / bm25 / e5)")
    for r in rows:
        if r["fold"] != "design" or (r["rank"] is not None and r["rank"] <= below):
            continue
        relevant = set(r["relevant"])
        scope, _ = engine.search_question(r["question"], k=1)
        filt = {"org": list(scope.orgs) or None, "since": scope.since, "until": scope.until}
        extra = scope.glossary_terms if engine.settings.expand_glossary else ()
        free = _first([h.chunk_id for h in engine.search(r["question"], k=DEPTH)], relevant)
        modes = [_first([h.chunk_id for h in engine.search(r["question"], k=DEPTH, mode=m,
                                                           extra_terms=extra, **filt)],
                        relevant) for m in ("bm25", "dense")]  # fmt: skip
        cut = "speaker" if scope.orgs else ""
        cut += "+period" if scope.since or scope.until else ""
        print(
            f"{r['set']}:{r['id']} {r['lang']} {r['rank'] or '-'} / {free or '-'} / "
            f"{modes[0] or '-'} / {modes[1] or '-'} [{cut or 'no filter'}] {r['question']}"
        )


def paired(base: list[Row], rows: list[Row]) -> None:
    """Per fold and language: questions moved into / out of the first 1, 5, 10 and 20 against
    ``base`` (rows of the default), and the MRR difference."""
    before = {(r["set"], r["id"]): r["rank"] for r in base}
    moved: dict[tuple[str, str], dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    mrr: dict[tuple[str, str], float] = defaultdict(float)
    for r in rows:
        if (r["set"], r["id"]) not in before:
            continue
        a, b = before[(r["set"], r["id"])], r["rank"]
        key = (r["fold"], r["lang"])
        mrr[key] += (1 / b if b else 0) - (1 / a if a else 0)
        for k in KS:
            was, now = a is not None and a <= k, b is not None and b <= k
            if was != now:
                moved[key][f"R@{k}"].append(("+" if now else "-") + f"{r['set']}:{r['id']}")
    print("\n## against the base rows")
    for key in sorted(mrr):
        cells = []
        for k in KS:
            got = moved[key][f"R@{k}"]
            up = sum(g.startswith("+") for g in got)
            cells.append(f"R@{k} +{up} -{len(got) - up}")
        print(f"{key[0]} {key[1]}: " + ", ".join(cells) + f"; MRR sum {mrr[key]:+.2f}")
        print("   R@5 moves: " + " ".join(moved[key]["R@5"][:40]))


def main(argv: list[str] | None = None) -> int:
    """Tables, twins and (optionally) the design-fold misses."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("config", nargs="?", type=Path)
    parser.add_argument("--families", default="design,dev,generated,derived,probes")
    parser.add_argument("--sets", default="")
    parser.add_argument("--json", type=Path, help="write the rows here")
    parser.add_argument("--from", dest="source", type=Path, help="read rows, search nothing")
    parser.add_argument("--misses", type=int, default=0)
    parser.add_argument("--fold", default="", help="design or validation only")
    parser.add_argument("--against", type=Path, help="base rows (--json of the default)")
    args = parser.parse_args(argv)
    engine = Engine.load(progress=False)
    if args.config:
        engine = engine.with_settings(Settings.from_toml(args.config, base=engine.settings))
    if args.source:
        rows = json.loads(args.source.read_text())
    else:
        chosen = set(filter(None, args.sets.split(",")))
        rows = collect(engine, set(args.families.split(",")), chosen, args.fold)
    if args.json:
        args.json.write_text(json.dumps(rows))
    table(rows)
    twins(rows)
    if args.against:
        paired(json.loads(args.against.read_text()), rows)
    if args.misses:
        misses(engine, rows, args.misses)
    return 0


if __name__ == "__main__":
    sys.exit(main())
