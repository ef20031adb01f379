"""Write eval/results.md: retrieval and answer quality of the configurations in eval/configs/.

    python eval/make_results.py [--index DIR] [--out eval/results.md] [--final]
    python eval/make_results.py --only-handwritten   # only the hand-written sets' ablation

Every figure in results.md comes from this script. It evaluates each configuration on the dev
and the test split, compares the default with the alternatives on test (paired permutation test
and bootstrap interval), runs the rare-word check, and reports the answers of `ask` with and
without the evidence checks, on dev, test and the generated set (eval/generated.jsonl), with the
reliability of the confidence labels (test only with --final), and each check and rule of `ask`
switched off in turn, on dev and generated and (counts) on the hand-written sets of
eval/answer_sets.toml (those with a label), never test.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from pathlib import Path

from answer_sets import REGISTRY, SETS  # eval/ is on sys.path for this script

from lrt_search.config import Settings
from lrt_search.evaluation import (
    MEASURES,
    EngineCache,
    Report,
    compare,
    evaluate_settings,
    load_questions,
)
from lrt_search.evaluation.reliability import abstained_by_change

HERE = Path(__file__).resolve().parent
CONFIGS = [
    ("bm25", "BM25 alone"),
    ("bm25-no-compounds", "BM25 alone, no compound handling"),
    ("dense", "dense alone (e5-small)"),
    ("hybrid-rrf", "hybrid RRF 1:1"),
    ("hybrid-rrf-bm25x2", "hybrid RRF, BM25 2:1"),
    ("hybrid-rrf-densex2", "hybrid RRF, dense 2:1"),
    ("hybrid-convex-0.3", "hybrid convex, alpha 0.3"),
    ("hybrid-convex-0.4", "hybrid convex, alpha 0.4"),
    ("hybrid-convex-0.6", "hybrid convex, alpha 0.6"),
    ("no-compounds", "default, no compound handling"),
    ("no-glossary", "default, no glossary"),
    ("no-query-scope", "default, no speaker/period filters"),
    ("no-lexical-guarantee", "default, no lexical guarantee (fusion before issue 8)"),
    ("no-evidence-checks", "default, no evidence checks in ask"),
    ("no-sentence-dense", "default, no sentence-level dense evidence"),
    ("no-light-verbs", "default, Dutch light verbs kept as query terms"),
    ("no-synonyms", "default, no Dutch synonyms"),
    ("no-bridges", "default, no dictionary bridges (FreeDict)"),
    ("expansion", "default + document expansion (off by default)"),
    ("no-speaker-fallback", "default, no fallback for a silent understood speaker"),
    ("learned-fusion", "default + learned fusion (fitted on dev: optimistic there)"),
    ("query-normalised", "default + BM25 as a share of the query's ceiling (off by default)"),
    ("no-bridge-lemmas", "default, inflected English words looked up as written (FreeDict)"),
    ("stemmer-porter", "default + original Snowball Dutch stemmer (off by default)"),
    ("before-issue-8", "before issue 8 (approximately; see the config)"),
    ("default", "**default**"),
]
# Compound and spelling-variant probes: a query word that the relevant statement writes as
# another compound or spelling. Reported as the BM25-only rank of the chunk with the quote.
PROBES = [
    (
        "indeplaatsstelling",
        "2023-11-03",
        "twijfelt over de haalbaarheid van versnelling van de indeplaatstellingen",
    ),
    (
        "indeplaatstelling",
        "2023-11-10",
        "Verschillende provincies zijn bezig met indeplaatsstellingen",
    ),
    (
        "asielopvanglocatie",
        "2025-03-19",
        "Er is veel tegenstand in de samenleving tegen opvanglocaties",
    ),
    ("statushoudershuisvesting", "2023-11-03", "Het moet niet alleen gaan om extra opvang"),
    (
        "taakstellingsbrief verzonden",
        "2023-11-03",
        "waaronder de brief inzake de taakstelling huisvesting",
    ),
    (
        "doorstroomlocaties voorrang",
        "2025-03-19",
        "onduidelijk of het verbod op voorrang ook geldt voor DSL's",
    ),
    (
        "coördinatiecentrumtaken",
        "2023-11-03",
        "Het IPO vraagt of het voorgestelde coördinatiecentrum",
    ),
    ("Accommodatieregeling", "2023-11-03", "Accomodatieregeling (HAR) kan er ondersteund worden"),
    ("opvangsituatie Ter Apel", "2022-07-08", "De situatie in Ter Apel is nog steeds kritiek"),
    ("flexwoningaanbod", "2022-07-08", "prijsopdrijvend effect nu op korte termijn flexwoningen"),
]
COMPARE = [
    "bm25",
    "dense",
    "hybrid-rrf",
    "no-compounds",
    "no-glossary",
    "no-query-scope",
    "no-lexical-guarantee",
    "no-sentence-dense",
    "no-light-verbs",
    "no-synonyms",
    "no-bridges",
    "expansion",
    "no-speaker-fallback",
    "learned-fusion",
    "before-issue-8",
]
ANSWERS = (
    "default",
    "no-evidence-checks",
    "no-synonyms",
    "no-bridges",
    "expansion",
    "before-issue-8",
)
# Issue 21's features, each with the configuration that switches it off (on by default) or on
# (off by default): the per-feature effect table (dev: chosen there; test: reported once).
FEATURES = [
    ("dictionary bridges (search/bridges.py, FreeDict)", "no-bridges", True),
    ("document expansion (search/expansion.py)", "expansion", False),
    ("silent understood speaker dropped (speaker_fallback)", "no-speaker-fallback", True),
    ("learned fusion (search/learned.py)", "learned-fusion", False),
    ("BM25 as a share of the query's ceiling (search/ceiling.py)", "query-normalised", False),
    ("English words' dictionary forms for bridges (bridge_lemmas)", "no-bridge-lemmas", True),
    ("original Snowball Dutch stemmer (stemmer dutch_porter)", "stemmer-porter", False),
]
# Issue 21's paraphrase questions written before its code changes, never tuned on.
HOLDOUT = HERE / "paraphrase_holdout.jsonl"
CHANGES = ("org_swap", "absent_topic", "no_meeting", "no_amount", "false_premise")


def row(label: str, values: dict[str, float]) -> str:
    return f"| {label} | " + " | ".join(f"{values[m]:.3f}" for m in MEASURES) + " |"


def generated_section(reports: dict[tuple[str, str], Report]) -> list[str]:
    """Unanswerable generated questions abstained on, by the change that made them."""
    lines = [
        "",
        "## The generated answerability set",
        "",
        "`eval/generated.jsonl` (`python eval/generate_answerability.py`; every label checked "
        "against the index by `tests/integration/test_generated_questions.py`): the share of "
        "unanswerable questions `ask` abstains on, by how they were made.",
        "",
        "| configuration | " + " | ".join(CHANGES) + " |",
        "|---|" + "---:|" * len(CHANGES),
    ]
    for name in ANSWERS:
        changes = abstained_by_change(reports[(name, "generated")].answer_records)
        cells = []
        for change in CHANGES:
            done, total = changes.get(change, (0, 0))
            cells.append(f"{done}/{total} ({done / max(total, 1):.2f})")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return lines


def ablation_section(args: argparse.Namespace, engines: EngineCache) -> list[str]:
    """Each check of `ask` switched off in turn (`lrt-search eval --ablate-checks`)."""
    from lrt_search.evaluation.ablation import ablate_checks, markdown_table, without_effect

    settings = Settings.from_toml(HERE / "configs" / "default.toml")
    if args.index:
        settings = settings.replace(index_dir=args.index)
    names = ("dev", "generated", "test") if args.final else ("dev", "generated")
    sets = {
        s: load_questions(HERE / ("generated.jsonl" if s == "generated" else "questions.jsonl"), s)
        for s in names
    }
    rows = ablate_checks(settings, sets, cache=engines, progress=False)
    idle = without_effect(rows)
    return [
        "",
        "## Checks of `ask`, each switched off in turn",
        "",
        "`lrt-search eval --ablate-checks` (`Settings.disabled_checks`): the first row with every "
        "check on, then the change when one check is off (a check that lowers abstention on "
        "unanswerable questions or gold quoted when switched off earns its place), and when one "
        "rule inside the checks is off (`rule <name>`: `answer.check_rules.RULES`, each a "
        "`Settings` switch; on the hand-written sets: the next table). Test only with `--final`.",
        "",
        *markdown_table(rows),
        "",
        "No measured effect on these sets: " + (", ".join(idle) if idle else "none") + ".",
    ]


# The hand-written answerability sets of eval/answer_sets.toml (never the test split), with the
# short names of the compact ablation table: the sets with a label there.
HANDWRITTEN = {s.name: s.label for s in REGISTRY if s.label}
HANDWRITTEN_HEADING = "### The same, on the hand-written sets"


def handwritten_key() -> list[str]:
    """One line per column of the hand-written ablation table: its label, the set's name and
    file, and the set's description, all from eval/answer_sets.toml."""
    return [
        f"- {s.label} = {s.name} (`eval/{s.file.name}`): {s.description}"
        for s in REGISTRY
        if s.name in HANDWRITTEN
    ]


def handwritten_ablation_section(args: argparse.Namespace, engines: EngineCache) -> list[str]:
    """The check ablation on the hand-written sets (counts, not shares: the sets are small), so
    a rule whose effect shows only there is seen. One answer pass per set and row."""
    from lrt_search.evaluation.ablation import ablate_checks, count_table

    settings = Settings.from_toml(HERE / "configs" / "default.toml")
    if args.index:
        settings = settings.replace(index_dir=args.index)
    sets = {name: load_questions(*SETS[name]) for name in HANDWRITTEN}
    started = time.perf_counter()
    rows = ablate_checks(settings, sets, cache=engines, progress=False)
    print(f"hand-written ablation: {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return [
        "",
        HANDWRITTEN_HEADING,
        "",
        '`python eval/answer_sets.py` sets (never test): each cell is "unanswerable abstained '
        'false abstentions", as counts with every check on (`51/62 0/37`: 51 of 62 '
        "unanswerable questions abstained on, 0 of 37 answerable ones), then the change with "
        "the check or rule off (`-1 +1`: one unanswerable question more answered, one "
        "answerable one more refused; `=`: neither moves). A set named *holdout is only "
        "measured, never designed on. This section alone: "
        "`python eval/make_results.py --only-handwritten`. The columns (eval/answer_sets.toml):",
        "",
        *handwritten_key(),
        "",
        *count_table(rows, HANDWRITTEN),
    ]


def _kept_section(path: Path, heading: str) -> list[str]:
    """The section under ``heading`` of the results file at ``path`` as it stands (up to the
    next heading of its level or higher), with the blank line before it; none when absent."""
    if not path.exists():
        return []
    lines = path.read_text(encoding="utf-8").split("\n")
    if heading not in lines:
        return []
    start = lines.index(heading)
    end = next(
        (i for i in range(start + 1, len(lines)) if lines[i].startswith(("## ", "### "))),
        len(lines),
    )
    section = lines[start:end]
    while section and not section[-1].strip():
        section.pop()
    return ["", *section]


def splice_section(text: str, heading: str, section: list[str]) -> str:
    """``text`` with the section under ``heading`` (up to the next heading of level 2 or 3)
    replaced by ``section``, or ``section`` put before the confidence reliability section."""
    lines = text.split("\n")
    if heading in lines:
        start = lines.index(heading) - 1  # the blank line before it
        end = next(
            (i for i in range(start + 2, len(lines)) if lines[i].startswith(("## ", "### "))),
            len(lines),
        )
        end -= 1 if lines[end - 1] == "" and end < len(lines) else 0
    else:
        start = end = next(
            i - 1 for i, line in enumerate(lines) if line.startswith("## Confidence reliability")
        )
    return "\n".join(lines[:start] + section + lines[end:])


def reliability_section(
    reports: dict[tuple[str, str], Report], splits: tuple[str, ...]
) -> list[str]:
    """Answers of the default configuration by confidence label, with the share holding the
    answer (targets: high >= 0.90, medium >= 0.70)."""
    lines = [
        "",
        "## Confidence reliability (default configuration)",
        "",
        "Answers given (not abstentions) by confidence label: how many, and the share whose "
        "quotes hold a gold quote (an answer to an unanswerable question never does). "
        "Abstained: how many, and the share that was right to abstain. Targets: high >= 0.90, "
        "medium >= 0.70. The confidence weights and the threshold in `Settings` are fitted by "
        "`python eval/calibrate.py` (dev + generated); test is shown only by `--final`.",
        "",
        "| label | " + " | ".join(f"{s} answers | {s} share" for s in splits) + " |",
        "|---|" + "---:|---:|" * len(splits),
    ]
    tables = {s: {r.label: r for r in reports[("default", s)].reliability} for s in splits}
    for label in ("high", "medium", "low", "abstained"):
        cells = []
        for split in splits:
            row = tables[split][label]
            cells.append(f"{row.count} | {row.share:.3f}" if row.count else "0 | -")
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return lines


def feature_effects(reports: dict[tuple[str, str], Report]) -> list[str]:
    """The per-feature effect table: without -> with the feature (the default on one side),
    on paraphrase R@5 and overall R@5 / nDCG@10, per split, with the paired permutation p."""
    lines = [
        "",
        "## Per-feature effect (without -> with the feature)",
        "",
        "Paraphrase R@5 and overall R@5 / nDCG@10; p from the paired permutation test on all "
        "answerable questions of the split. A feature on by default is compared with the "
        "default without it; one off by default, the default with it. Features were chosen on "
        "dev; the learned fusion's dev row uses weights fitted on dev (its honest, "
        "cross-validated dev figure is in the next section).",
        "",
        "| feature (config) | default | split | para R@5 | R@5 | p | nDCG@10 | p |",
        "|---|---|---|---:|---:|---:|---:|---:|",
    ]
    nan = dict.fromkeys(MEASURES, float("nan"))
    for label, config, on in FEATURES:
        for split in ("dev", "test"):
            default, other = reports[("default", split)], reports[(config, split)]
            off_r, on_r = (other, default) if on else (default, other)
            para = on_r.by_type.get("paraphrase", nan)["R@5"]
            para_off = off_r.by_type.get("paraphrase", nan)["R@5"]
            c = {m.metric: m for m in compare(off_r.per_question, on_r.per_question).metrics}
            lines.append(
                f"| {label} (`{config}`) | {'on' if on else 'off'} | {split} | "
                f"{para_off:.3f} -> {para:.3f} | "
                f"{c['R@5'].a:.3f} -> {c['R@5'].b:.3f} | {c['R@5'].p_value:.3f} | "
                f"{c['nDCG@10'].a:.3f} -> {c['nDCG@10'].b:.3f} | {c['nDCG@10'].p_value:.3f} |"
            )
    lines += learned_section()
    return lines


def holdout_section(engines: EngineCache, index: Path | None) -> list[str]:
    """Each feature of :data:`FEATURES` on the held-out paraphrase questions (default ->
    the feature's configuration), with the paired permutation p."""
    questions = load_questions(HOLDOUT, split="all")
    lines = [
        "",
        "## Held-out paraphrase questions",
        "",
        f"`eval/paraphrase_holdout.jsonl`: {len(questions)} everyday-word questions (half "
        "English) written for issue 21 before any of its code changes, no content word of the "
        "gold; never used to choose a setting. Default -> the configuration; p from the paired "
        "permutation test.",
        "",
        "| configuration | R@5 | p | nDCG@10 | p |",
        "|---|---:|---:|---:|---:|",
    ]
    reports = {}
    for name in ("default", *(config for _, config, _ in FEATURES)):
        settings = Settings.from_toml(HERE / "configs" / f"{name}.toml")
        if index:
            settings = settings.replace(index_dir=index)
        reports[name] = evaluate_settings(
            settings, questions, answers=False, progress=False, cache=engines
        )
    base = reports.pop("default")
    lines.append(f"| default | {base.overall['R@5']:.3f} | | {base.overall['nDCG@10']:.3f} | |")
    for name, report in reports.items():
        c = {m.metric: m for m in compare(base.per_question, report.per_question).metrics}
        lines.append(
            f"| {name} | {c['R@5'].b:.3f} | {c['R@5'].p_value:.3f} | "
            f"{c['nDCG@10'].b:.3f} | {c['nDCG@10'].p_value:.3f} |"
        )
    return lines


def learned_section() -> list[str]:
    """The learned fusion's cross-validated dev figures (eval/fusion_cv.json, written by
    ``python eval/fit_fusion.py --l2 0.3 --gen-weight 0.3 --json eval/fusion_cv.json``)."""
    try:
        cv = json.loads((HERE / "fusion_cv.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    d, learned = cv["default"], cv["learned_cv"]
    return [
        "",
        "## Learned fusion, cross-validated on dev",
        "",
        f"`eval/fit_fusion.py`: a pairwise logistic ranker over the features of "
        f"`search/learned.py`, trained on {cv['n_dev']} dev questions and {cv['n_generated']} "
        f"generated paraphrases (`eval/paraphrases.jsonl`, weight {cv['gen_weight']}), "
        f"L2 {cv['l2']}; each of {cv['folds']} dev folds searched with the weights of the "
        "others. Test is not used.",
        "",
        "| questions | default R@5 | learned R@5 | default nDCG@10 | learned nDCG@10 |",
        "|---|---:|---:|---:|---:|",
        *(
            f"| {group} | {d[group]['R@5']:.3f} | {learned[group]['R@5']:.3f} | "
            f"{d[group]['nDCG@10']:.3f} | {learned[group]['nDCG@10']:.3f} |"
            for group in ("paraphrase", "all")
        ),
        "",
        f"Paired permutation p over all dev questions: R@5 {cv['p']['R@5']:.3f}, nDCG@10 "
        f"{cv['p']['nDCG@10']:.3f}.",
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--index", type=Path, default=None, help="index folder (default index/)")
    parser.add_argument("--out", type=Path, default=HERE / "results.md")
    parser.add_argument(
        "--final",
        action="store_true",
        help="also report the test split in the reliability and ablation tables (once, at the "
        "end: the confidence and the checks are tuned on dev + generated only)",
    )
    parser.add_argument(
        "--only-handwritten",
        action="store_true",
        help="only (re)write the check ablation on the hand-written sets in --out",
    )
    parser.add_argument(
        "--no-handwritten",
        action="store_true",
        help="keep --out's check ablation on the hand-written sets as it is (its longest part: "
        "run it apart, in parallel, with --only-handwritten)",
    )
    args = parser.parse_args()
    if args.only_handwritten:
        section = handwritten_ablation_section(args, EngineCache())
        args.out.write_text(
            splice_section(args.out.read_text(encoding="utf-8"), HANDWRITTEN_HEADING, section),
            encoding="utf-8",
        )
        print(f"wrote {args.out}", file=sys.stderr)
        return 0
    questions = HERE / "questions.jsonl"
    splits = {s: load_questions(questions, split=s) for s in ("dev", "test")}
    generated = load_questions(HERE / "generated.jsonl", split="generated")
    reports: dict[tuple[str, str], Report] = {}
    engines = EngineCache()  # one index load for all configurations
    for name, _ in CONFIGS:
        settings = Settings.from_toml(HERE / "configs" / f"{name}.toml")
        if args.index:
            settings = settings.replace(index_dir=args.index)
        for split, qs in splits.items():
            reports[(name, split)] = evaluate_settings(
                settings, qs, answers=name in ANSWERS, progress=False, cache=engines
            )
            print(f"evaluated {name} on {split}", file=sys.stderr)
        if name in ANSWERS:
            reports[(name, "generated")] = evaluate_settings(
                settings, generated, answers=True, progress=False, cache=engines
            )
            print(f"evaluated {name} on generated", file=sys.stderr)
    lines = [
        "# Evaluation results",
        "",
        f"Generated by `python eval/make_results.py` on {dt.date.today().isoformat()} from "
        f"`eval/questions.jsonl` ({len(splits['dev'])} dev and {len(splits['test'])} test "
        "questions; retrieval metrics over the answerable ones, "
        f"{len(reports[('default', 'dev')].per_question)} dev and "
        f"{len(reports[('default', 'test')].per_question)} test). A chunk is relevant when it "
        "contains a gold quote. Configurations are in `eval/configs/`; the defaults of the "
        "engine were chosen on **dev** only.",
        "",
    ]
    header = "| configuration | " + " | ".join(MEASURES) + " |"
    rule = "|---|" + "---:|" * len(MEASURES)
    for split in ("dev", "test"):
        lines += [f"## Retrieval, {split} split", "", header, rule]
        for name, label in CONFIGS:
            lines.append(row(label, reports[(name, split)].overall))
        lines.append("")
    lines += ["## Default configuration by language and question type", ""]
    lines += [
        "| group | dev MRR@10 | test MRR@10 | dev R@5 | test R@5 |",
        "|---|---:|---:|---:|---:|",
    ]
    dev, test = reports[("default", "dev")], reports[("default", "test")]
    nan = dict.fromkeys(MEASURES, float("nan"))
    for kind, d_groups, t_groups in (
        ("lang", dev.by_language, test.by_language),
        ("type", dev.by_type, test.by_type),
    ):
        for group in sorted(set(d_groups) | set(t_groups)):
            d, t = d_groups.get(group, nan), t_groups.get(group, nan)
            lines.append(
                f"| {kind}={group} | {d['MRR@10']:.3f} | {t['MRR@10']:.3f} | "
                f"{d['R@5']:.3f} | {t['R@5']:.3f} |"
            )
    lines += [
        "",
        "## Paraphrase questions by configuration",
        "",
        "| configuration | dev R@5 | test R@5 | dev MRR@10 | test MRR@10 |",
        "|---|---:|---:|---:|---:|",
    ]
    for name in (
        "default",
        "no-sentence-dense",
        "no-lexical-guarantee",
        "no-light-verbs",
        "no-synonyms",
        "no-bridges",
        "expansion",
        "no-speaker-fallback",
        "learned-fusion",
        "query-normalised",
        "no-bridge-lemmas",
        "stemmer-porter",
        "before-issue-8",
    ):
        d = reports[(name, "dev")].by_type.get("paraphrase", nan)
        t = reports[(name, "test")].by_type.get("paraphrase", nan)
        lines.append(
            f"| {name} | {d['R@5']:.3f} | {t['R@5']:.3f} | {d['MRR@10']:.3f} | {t['MRR@10']:.3f} |"
        )
    lines += feature_effects(reports)
    lines += holdout_section(engines, args.index)
    lines += [
        "",
        "## Paired comparisons on the test split (default minus other)",
        "",
        "Two-sided paired permutation test (10,000 resamples, scipy) and 95% bootstrap "
        "interval of the mean difference per question.",
        "",
        "| other | metric | other | default | diff | wins/ties/losses | p | 95% CI |",
        "|---|---|---:|---:|---:|---|---:|---|",
    ]
    for other in COMPARE:
        comparison = compare(
            reports[(other, "test")].per_question, test.per_question, names=(other, "default")
        )
        for m in comparison.metrics:
            if m.metric not in ("MRR@10", "nDCG@10", "R@5"):
                continue
            lines.append(
                f"| {other} | {m.metric} | {m.a:.3f} | {m.b:.3f} | {m.diff:+.3f} | "
                f"{m.wins}/{m.ties}/{m.losses} | {m.p_value:.3f} | "
                f"[{m.ci_low:+.3f}, {m.ci_high:+.3f}] |"
            )
    lines += [
        "",
        "## Compound and spelling-variant handling (BM25 alone)",
        "",
        "Rank of the chunk holding the quote for a one-word query written as another "
        "compound or spelling than the minutes use (- = not in the top 10).",
        "",
        "| query | relevant statement | with compound handling | without |",
        "|---|---|---:|---:|",
    ]
    from lrt_search.evaluation import Gold, Qrels, Question
    from lrt_search.lexicon.textnorm import normalize_for_match

    with_c = engines.get(
        Settings(mode="bm25").replace(**({"index_dir": args.index} if args.index else {}))
    )
    without = with_c.with_settings(
        with_c.settings.replace(decompound=False, spelling_variants=False)
    )
    found = {True: 0, False: 0}
    for query, date, quote in PROBES:
        probe = Question("p", query, "nl", "probe", "dev", True, (Gold(date, quote),))
        relevant = Qrels.from_questions([probe], with_c.chunks).relevant.get("p", set())
        if not relevant:
            raise SystemExit(f"probe quote not in the corpus: {quote!r}")
        ranks = []
        for engine in (with_c, without):
            ids = [h.chunk_id for h in engine.search(query, k=10)]
            rank = next((i for i, cid in enumerate(ids, 1) if cid in relevant), None)
            ranks.append(str(rank) if rank else "-")
            found[engine is with_c] += rank is not None
        short = normalize_for_match(quote)[:60]
        lines.append(f"| `{query}` | {date}: \u201c{short}\u201d | {ranks[0]} | {ranks[1]} |")
    lines.append(
        f"| **found in top 10** | | **{found[True]}/{len(PROBES)}** | "
        f"**{found[False]}/{len(PROBES)}** |"
    )
    lines += [
        "",
        "## Rare-word check",
        "",
        "For every corpus word in 2-5 chunks (surface form: lower case, accents folded; no "
        "stopwords), a one-word search: the share of searches whose top 10 holds **every** "
        "chunk that contains the word (target 1.00).",
        "",
        "| configuration | words | complete | share |",
        "|---|---:|---:|---:|",
    ]
    from lrt_search.evaluation.rare_words import rare_word_check

    for name in (
        "default",
        "no-bridges",
        "expansion",
        "learned-fusion",
        "no-bridge-lemmas",
        "stemmer-porter",
        "no-lexical-guarantee",
        "before-issue-8",
        "bm25",
        "dense",
    ):
        settings = Settings.from_toml(HERE / "configs" / f"{name}.toml")
        if args.index:
            settings = settings.replace(index_dir=args.index)
        check = rare_word_check(engines.get(settings))
        lines.append(f"| {name} | {check.words} | {check.complete} | {check.share:.3f} |")
    lines += [
        "",
        "## Answers (`lrt-search ask`)",
        "",
        "Abstained on unanswerable: the share of questions the minutes do not answer where "
        "`ask` says so. False abstention: the share of answerable questions where it abstains. "
        "Gold quoted: the share of answerable questions whose quotes hold a gold quote. The "
        "confidence is the calibrated probability of `eval/calibrate.py` (fitted on dev + "
        "generated).",
        "",
        "| configuration | split | answerable | gold quoted | unanswerable | abstained on "
        "unanswerable | false abstentions | abstention accuracy |",
        "|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    for name in ANSWERS:
        for split in ("dev", "generated", "test"):
            a = reports[(name, split)].answers
            assert a is not None
            lines.append(
                f"| {name} | {split} | {a.answerable} | {a.quotes_with_gold} "
                f"({a.gold_rate:.3f}) | {a.unanswerable} | {a.abstained_unanswerable} "
                f"({a.abstained_unanswerable / max(a.unanswerable, 1):.3f}) | "
                f"{a.abstained_answerable} ({a.abstained_answerable / max(a.answerable, 1):.3f}) "
                f"| {a.abstention_accuracy:.3f} |"
            )
    lines += generated_section(reports)
    lines += ablation_section(args, engines)
    if args.no_handwritten:  # kept as --out has it (run --only-handwritten apart)
        lines += _kept_section(args.out, HANDWRITTEN_HEADING)
    else:
        lines += handwritten_ablation_section(args, engines)
    lines += reliability_section(
        reports, ("dev", "generated", "test") if args.final else ("dev", "generated")
    )
    lines.append("")
    args.out.write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
