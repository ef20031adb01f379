"""Which rules earn their place on questions they were not shaped on (issue 16, rule audit).

For every named check of ``lrt_search.answer.checks.CHECKS``, the confidence floor
(``confident``) and every rule of ``check_rules.RULES`` (a Settings switch inside the checks), this
finds the commit that introduced it (``git log -S<name> --reverse``) and the answer sets a rule
could not have been shaped on: sets whose file was first committed in a commit that is not an
ancestor of (nor) the rule's commit. dev and generated always count as shaped; held-out sets
("*holdout") are measured as figures only, never listed or chosen on.

One process, one loaded index. The base run records, per question, the checks that applied and
those that failed (gates: stopped the question; quote checks: refused a statement). A check
switched off can change only the questions where it failed, the confidence floor only those
refused for ``low_confidence``, a rule switch only those where one of its checks applied: only
those are asked again. Per rule and per family (independent readable sets, all readable sets,
design halves, holdout halves) the script prints what the rule earns when on - right refusals
(unanswerable refused by the rule: UA lost when off), false refusals (answerable refused:
FA given back when off) and gold quotes (gold lost when off) - and writes a JSON record.

    PYTHONPATH=. python eval/rule_audit.py [--rules a,b] [--configs X-off.toml,...]
                                           [--json FILE] [--markdown FILE]

``--refusals-only``: only the questions refused at base are asked again (a quote check fails on
some statement of most questions; this measures what a rule refuses in a fraction of the time,
but not the gold it changes among answered questions). ``--configs``: off-configs of
eval/configs (Settings switches outside the checks) measured too; every question is asked again
for them (slow).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tomllib
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from answer_sets import REGISTRY, held_out

from lrt_search import Settings
from lrt_search.answer import check_rules
from lrt_search.answer import checks as checks_module
from lrt_search.evaluation import engine_for, load_questions
from lrt_search.evaluation.reliability import AnswerRecord
from lrt_search.evaluation.runner import ask_one

ROOT = Path(__file__).resolve().parent.parent
#: Where the Settings fields are defined (the answer rules' switches since session 28).
SETTINGS_FILES = ["lrt_search/config.py", "lrt_search/rule_settings"]
SHAPED = ("dev", "generated")  # always shaped on: every rule was measured on them
#: Rules that only add refusals to the topic gates: off, they change only the questions a gate
#: of theirs stopped (every other rule is asked again wherever one of its checks applied).
GATE_REFUSALS = frozenset(
    ("asked_noun_absent", "topic_head_required", "english_noun_absent",
     "english_untranslated_absent", "speaker_silent_yes_no")
)  # fmt: skip
_CURRENT: list[str] = [""]  # the key ("set:id") of the question being asked
APPLIED: dict[str, set[str]] = defaultdict(set)
FAILED: dict[str, set[str]] = defaultdict(set)


def _git(*args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.strip()


def introduced(needle: str, paths: Iterable[str] = ("lrt_search",)) -> str:
    """The first commit whose diff adds or removes ``needle`` under ``paths`` ("" if none)."""
    out = _git("log", "--reverse", "--format=%H", f"-S{needle}", "--", *paths)
    return out.split("\n")[0] if out else ""


def set_commit(path: Path) -> str:
    """The commit that first added the file ``path``."""
    out = _git("log", "--diff-filter=A", "--format=%H", "--", str(path.relative_to(ROOT)))
    return out.split("\n")[-1] if out else ""


def independent(rule_commit: str, commit: str) -> bool:
    """Whether a set first committed in ``commit`` was unseen at ``rule_commit``: not an
    ancestor of it (nor it)."""
    if not rule_commit or not commit:
        return False
    seen = subprocess.run(
        ["git", "merge-base", "--is-ancestor", commit, rule_commit], cwd=ROOT, check=False
    )
    return seen.returncode != 0


def _wrapped(check: Any) -> Any:
    """``check`` recording, for the current question, that it applied and that it failed."""

    def applies(x: Any) -> bool:
        on = check.applies(x)
        if on:
            APPLIED[_CURRENT[0]].add(check.name)
        return on

    def test(x: Any) -> Any:
        result = check.test(x)
        failed = (
            (result is not None and result is not False) if check.stage == "gate" else (not result)
        )
        if failed:
            FAILED[_CURRENT[0]].add(check.name)
        return result

    return replace(check, applies=applies, test=test)


@dataclass
class Rule:
    """A rule audited: its name, how it is switched off and its introducing commit."""

    name: str
    off: Callable[[Settings], Settings]
    affected: Callable[[str, AnswerRecord], bool]  # which base questions may change
    commit: str
    figures: dict[str, dict[str, int]] = field(default_factory=dict)
    changed: list[str] = field(default_factory=list)


def rules(base: Settings, configs: Iterable[str]) -> list[Rule]:
    """Every check, the confidence floor, every rule switch and the off-configs ``configs``."""
    out: list[Rule] = []
    for c in checks_module.CHECKS:
        out.append(Rule(
            c.name,
            lambda s, n=c.name: s.replace(disabled_checks=(*s.disabled_checks, n)),
            lambda key, r, n=c.name: n in FAILED[key],
            introduced(f'"{c.name}"'),
        ))  # fmt: skip
    out.append(Rule(
        checks_module.CONFIDENCE,
        lambda s: s.replace(disabled_checks=(*s.disabled_checks, checks_module.CONFIDENCE)),
        lambda key, r: r.reason_code == "low_confidence",
        introduced("abstain_below", SETTINGS_FILES),
    ))  # fmt: skip
    for rule in check_rules.RULES:
        out.append(Rule(
            f"rule {rule.name}",
            lambda s, f=rule.setting, v=rule.off: s.replace(**{f: v}),
            lambda key, r, cs=rule.checks, n=rule.name: bool(
                set(cs) & (FAILED if n in GATE_REFUSALS else APPLIED)[key]
            )
            or (checks_module.CONFIDENCE in cs and not r.abstained),
            introduced(rule.setting, SETTINGS_FILES),
        ))  # fmt: skip
    for name in configs:
        path = ROOT / "eval" / "configs" / name
        keys = [k for k in tomllib.loads(path.read_text(encoding="utf-8")) if k != "name"]
        field_name = keys[0] if keys else ""
        out.append(Rule(
            f"config {name}",
            lambda s, p=path: Settings.from_toml(p),
            lambda key, r: True,
            introduced(field_name, SETTINGS_FILES),
        ))  # fmt: skip
    return out


def _counts(records: Iterable[AnswerRecord]) -> dict[str, int]:
    ua = fa = gold = 0
    for r in records:
        if r.answerable:
            fa += r.abstained
            gold += (not r.abstained) and r.has_gold
        else:
            ua += r.abstained
    return {"ua": ua, "fa": fa, "gold": gold}


def earned(
    base: Mapping[str, AnswerRecord], off: Mapping[str, AnswerRecord], keys: Iterable[str]
) -> dict[str, int]:
    """What the rule earns on ``keys``: right refusals (UA on - off), false refusals caused (FA
    on - off) and gold (on - off); and the number of questions in ``keys``."""
    keys = list(keys)
    on, no = _counts(base[k] for k in keys), _counts(off.get(k, base[k]) for k in keys)
    return {"n": len(keys), "right": on["ua"] - no["ua"], "false": on["fa"] - no["fa"],
            "gold": on["gold"] - no["gold"]}  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rules", default="", help="comma-separated rule names (default all)")
    parser.add_argument("--configs", default="", help="comma-separated off-configs")
    parser.add_argument("--sets", default="", help="comma-separated sets (default all)")
    parser.add_argument(
        "--refusals-only", action="store_true", help="ask again only questions refused at base"
    )
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--markdown", type=Path, default=None)
    args = parser.parse_args()
    checks_module.CHECKS = tuple(_wrapped(c) for c in checks_module.CHECKS)
    settings = Settings()
    engine = engine_for(settings)
    questions: dict[str, Any] = {}
    family: dict[str, str] = {}
    commits: dict[str, str] = {}
    for s in REGISTRY:
        if args.sets and s.name not in args.sets.split(","):
            continue
        commits[s.name] = set_commit(s.file)
        for q in load_questions(s.file, s.split):
            questions[f"{s.name}:{q.id}"] = q
            family[f"{s.name}:{q.id}"] = s.name
    base: dict[str, AnswerRecord] = {}
    for key, q in questions.items():
        _CURRENT[0] = key
        base[key] = ask_one(engine, q)
    print(f"base: {len(base)} questions asked", file=sys.stderr, flush=True)
    wanted = set(filter(None, args.rules.split(",")))
    audited = [r for r in rules(settings, filter(None, args.configs.split(",")))
               if not wanted or r.name in wanted]  # fmt: skip
    results = []
    for rule in audited:
        off_engine = engine.with_settings(rule.off(settings))
        off: dict[str, AnswerRecord] = {}
        for key, q in questions.items():
            if rule.affected(key, base[key]) and (base[key].abstained or not args.refusals_only):
                _CURRENT[0] = "(off)"
                off[key] = ask_one(off_engine, q)
        results.append(audit_row(rule, base, off, family, commits))
        print(row_line(results[-1]), flush=True)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    if args.markdown:
        args.markdown.write_text("\n".join(markdown(results)) + "\n", encoding="utf-8")
    return 0


def audit_row(
    rule: Rule,
    base: Mapping[str, AnswerRecord],
    off: Mapping[str, AnswerRecord],
    family: Mapping[str, str],
    commits: Mapping[str, str],
) -> dict[str, Any]:
    """The figures of ``rule`` per family and the readable questions it changes."""
    indep_sets = {
        n for n, c in commits.items()
        if n not in SHAPED and not held_out(n) and independent(rule.commit, c)
    }  # fmt: skip
    groups = {
        "independent": [k for k in base if family[k] in indep_sets],
        "readable": [k for k in base if not held_out(family[k])],
        "design": [k for k in base if family[k].endswith("_design")],
        "holdout": [k for k in base if held_out(family[k])],
        "dev": [k for k in base if family[k] == "dev"],
        "generated": [k for k in base if family[k] == "generated"],
    }
    changed = sorted(
        k for k in off if not held_out(family[k])
        and (off[k].abstained, off[k].has_gold) != (base[k].abstained, base[k].has_gold)
    )  # fmt: skip
    return {
        "rule": rule.name,
        "commit": rule.commit[:7],
        "independent_sets": len(indep_sets),
        "asked_again": len(off),
        "figures": {g: earned(base, off, keys) for g, keys in groups.items()},
        "changed": changed,
    }


def _cell(f: Mapping[str, int]) -> str:
    return f"{f['right']:+d}/{f['false']:+d}/{f['gold']:+d}"


def row_line(row: Mapping[str, Any]) -> str:
    """One line per rule: right/false refusals/gold per family."""
    figs = row["figures"]
    cells = "  ".join(f"{g} {_cell(f)}" for g, f in figs.items())
    return f"{row['rule']:38} {row['commit']} sets {row['independent_sets']:3}  {cells}"


def markdown(results: Iterable[Mapping[str, Any]]) -> list[str]:
    """The audit table: per rule, right refusals / false refusals / gold quotes it earns."""
    groups = ("independent", "readable", "design", "holdout", "dev", "generated")
    lines = [
        "| rule | introduced | indep. sets (questions) | " + " | ".join(groups) + " |",
        "|---|---|---:|" + "---:|" * len(groups),
    ]
    for row in results:
        figs = row["figures"]
        lines.append(
            f"| {row['rule']} | {row['commit']} | {row['independent_sets']} "
            f"({figs['independent']['n']}) | " + " | ".join(_cell(figs[g]) for g in groups) + " |"
        )
    return lines


if __name__ == "__main__":
    sys.exit(main())
