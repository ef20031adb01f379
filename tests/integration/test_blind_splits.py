"""The blind sets (eval/blind3.md ... eval/blind21.md and every [[blind]] table of
eval/answer_sets.toml since): their two halves are
the seeded split of eval/blindN_source.jsonl by ``eval/split_blind.py --set blindN`` (never edited
by hand), of equal size and mix (blind3: by language; the others by persona, blind5 to blind10's
being question styles), and none of their questions repeats a question of another
answer set (the test split is not read)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from eval_scripts import load_eval_script

EVAL = Path(__file__).resolve().parents[2] / "eval"
# every blind set of the registry (eval/answer_sets.toml, one [[blind]] table each): its seed,
# strata, questions per half and personas (styles) with the languages each is asked in
BLIND = load_eval_script("blind_sets").BLIND
SPLIT_SETS = list(BLIND)
SETS = [name for name, blind in BLIND.items() if blind.personas]
HALF = {name: blind.half for name, blind in BLIND.items()}


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _key(question: str) -> str:
    return " ".join(re.findall(r"\w+", question.casefold()))


def _assert_halves_share_the_mix(name: str, key: str) -> None:
    """Both halves of blind set ``name`` hold each (answerable, ``key``) pair within one."""
    mix = {
        half: Counter((r["answerable"], r[key]) for r in _rows(EVAL / f"{name}_{half}.jsonl"))
        for half in ("design", "holdout")
    }
    for pair in mix["design"] | mix["holdout"]:
        assert abs(mix["design"][pair] - mix["holdout"][pair]) <= 1, pair


@pytest.mark.parametrize("name", SPLIT_SETS)
def test_the_halves_are_the_seeded_split_of_the_source(name: str) -> None:
    script = load_eval_script("split_blind")
    source_path, design_path, holdout_path = script.paths(name)
    seed, keys = script.SETS[name]
    source = _rows(source_path)
    design, holdout = script.split(source, seed, keys)
    assert _rows(design_path) == design and _rows(holdout_path) == holdout
    assert len(design) == len(holdout) == HALF[name]
    assert {r["id"] for r in design} | {r["id"] for r in holdout} == {r["id"] for r in source}
    assert script.split(source, seed + 1, keys)[0] != design  # a seed, not a hand choice


@pytest.mark.parametrize("name", SETS)
def test_the_set_has_its_personas_and_both_halves_share_the_mix(name: str) -> None:
    languages = BLIND[name].personas
    source = _rows(EVAL / f"{name}_source.jsonl")
    assert len(source) == 2 * HALF[name] and {r["persona"] for r in source} == set(languages)
    answerable = sum(r["answerable"] for r in source)
    assert 0.6 * len(source) <= answerable <= 0.75 * len(source)
    assert len(source) - answerable >= 30
    share = len(source) / len(languages)  # four personas: 25 to 30 questions each
    for persona, count in Counter(r["persona"] for r in source).items():
        assert share - 3 <= count <= share + 5, persona
    for persona, langs in languages.items():
        assert {r["lang"] for r in source if r["persona"] == persona} == langs, persona
    _assert_halves_share_the_mix(name, "persona")


@pytest.mark.parametrize("name", SPLIT_SETS)
def test_no_question_repeats_one_of_another_set(name: str) -> None:
    others: set[str] = set()
    for path in EVAL.glob("*.jsonl"):
        if path.name.startswith(f"{name}_"):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else {}
            if isinstance(row, dict) and "question" in row and row.get("split") != "test":
                others.add(_key(row["question"]))
    source = _rows(EVAL / f"{name}_source.jsonl")
    assert not [r["id"] for r in source if _key(r["question"]) in others]


def test_blind3_has_the_asked_mix_and_both_halves_share_it() -> None:
    source = _rows(EVAL / "blind3_source.jsonl")
    answerable = sum(r["answerable"] for r in source)
    assert len(source) == 120 and 80 <= answerable <= 90 and len(source) - answerable >= 30
    assert 0.45 <= sum(r["lang"] == "en" for r in source) / len(source) <= 0.55
    _assert_halves_share_the_mix("blind3", "lang")


@pytest.mark.parametrize("name", SETS)
def test_persona_figures_count_each_persona_from_a_dump(name: str) -> None:
    script = load_eval_script("persona_figures")
    rows = _rows(EVAL / f"{name}_design.jsonl")
    # every answerable question answered with gold, every unanswerable one abstained on
    dump = {
        f"{name}_design:{r['id']}": {"abstained": not r["answerable"], "has_gold": r["answerable"]}
        for r in rows
    }
    counts = script.persona_counts(dump, f"{name}_design")
    assert set(counts) == set(BLIND[name].personas)
    for persona, c in counts.items():
        mine = [r for r in rows if r["persona"] == persona]
        assert c["answerable"] == c["gold"] == sum(r["answerable"] for r in mine)
        assert c["unanswerable"] == c["abstained"] == len(mine) - c["answerable"]
        assert c["false_abstentions"] == 0


@pytest.mark.parametrize(
    "script", ["abstention_causes", "answer_misses", "quote_misses", "premise_claim_verbs"]
)
def test_the_miss_listers_refuse_a_held_out_half(script: str) -> None:
    """A script that lists questions it gets wrong never runs a held-out half: it exits with a
    parser error before any question is read."""
    answer_sets = load_eval_script("answer_sets")
    held = [f"{name}_holdout" for name in reversed(BLIND)]
    assert set(held) <= {n for n in answer_sets.SETS if n.endswith("holdout")}
    assert len(held) >= 19  # blind3 ... blind21 and every set registered since
    ids = tuple(f"b{name[5:]}-" for name in BLIND)
    for name in held:
        run = subprocess.run(
            [sys.executable, str(EVAL / f"{script}.py"), "--sets", f"blind5_design,{name}"],
            capture_output=True,
            text=True,
            check=False,
        )
        assert run.returncode == 2 and f"{name} is only measured" in run.stderr
        shown = run.stdout + run.stderr
        assert not any(prefix in shown for prefix in ids)


def test_the_near_duplicate_check_never_shows_a_held_out_question() -> None:
    """eval/near_duplicates.py (eval/blind12.md) prints only scores for files holding held-out
    questions and skips the new set's own files, by set identity (it reads no test-split row:
    split "test" is skipped as in test_no_question_repeats_one_of_another_set)."""
    script = load_eval_script("near_duplicates")
    assert script.hidden(EVAL / "blind11_holdout.jsonl")
    assert script.hidden(EVAL / "blind11_source.jsonl")
    assert script.hidden(EVAL / "speaker_blind2.jsonl")  # split into a *_holdout.jsonl
    assert not script.hidden(EVAL / "blind11_design.jsonl")
    others = script.other_questions(script.own_files(EVAL / "blind12_source.jsonl"))
    assert not any(path.name.startswith("blind12_") for path, _, _ in others)
    assert {"blind2_probe.jsonl", "blind13_source.jsonl"} <= {path.name for path, _, _ in others}
    assert script.jaccard(script.words("Wat zei de VNG?"), script.words("Wat zei de VNG?")) == 0.0
    assert script.jaccard(script.words("spreidingswet intrekken"), {"spreidingswet"}) == 0.5
