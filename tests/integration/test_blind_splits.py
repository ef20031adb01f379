"""The third to twenty-first blind sets (eval/blind3.md ... eval/blind21.md): their two halves are
the seeded split of eval/blindN_source.jsonl by ``eval/split_blind.py --set blindN`` (never edited
by hand), of equal size and mix (blind3: by language; blind4 and blind11 to blind21 by persona,
blind5 to blind10 by question style), and none of their questions repeats a question of another
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
# per set: its personas (styles) and the languages of each persona asked in fixed languages
PERSONAS = {
    "blind4": (
        {"journalist", "researcher", "adviser", "citizen"},
        {"researcher": {"en"}, "adviser": {"nl"}, "citizen": {"nl"}},
    ),
    "blind5": (
        {"searchbox", "correspondent", "change", "staff"},
        {"searchbox": {"nl"}, "correspondent": {"en"}, "staff": {"nl"}},
    ),
    "blind6": (
        {"kamerlid", "followup", "wethouder", "en_plain"},
        {"kamerlid": {"nl"}, "wethouder": {"nl"}, "en_plain": {"en"}},
    ),
    # every style of the seventh set is asked in both languages
    "blind7": (
        {"claim_check", "negation", "typo_mobile", "mixed_language"},
        {s: {"nl", "en"} for s in ("claim_check", "negation", "typo_mobile", "mixed_language")},
    ),
    # and every style of the eighth
    "blind8": (
        {"enumeration", "frequency", "document", "sequence"},
        {s: {"nl", "en"} for s in ("enumeration", "frequency", "document", "sequence")},
    ),
    # and every style of the ninth
    "blind9": (
        {"role", "quote_hunt", "ordinal_meeting", "compound"},
        {s: {"nl", "en"} for s in ("role", "quote_hunt", "ordinal_meeting", "compound")},
    ),
    # and every style of the tenth
    "blind10": (
        {"context_preamble", "causal", "change_over_time", "disagreement"},
        {
            s: {"nl", "en"}
            for s in ("context_preamble", "causal", "change_over_time", "disagreement")
        },
    ),
    # the eleventh: three personas' first-hour questions, each in both languages
    "blind11": (
        {"adviser", "researcher", "journalist"},
        {s: {"nl", "en"} for s in ("adviser", "researcher", "journalist")},
    ),
    # the twelfth: a news reader's questions in four forms, each in both languages
    "blind12": (
        {"news_names", "claim_check", "timeline", "outcome"},
        {s: {"nl", "en"} for s in ("news_names", "claim_check", "timeline", "outcome")},
    ),
    # the thirteenth: a policy adviser's briefing and a reporter's phone query, both languages
    "blind13": (
        {"adviser", "reporter"},
        {s: {"nl", "en"} for s in ("adviser", "reporter")},
    ),
    # the fourteenth: a researcher in both languages, a councillor in Dutch, a correspondent in
    # English
    "blind14": (
        {"researcher", "councillor", "correspondent"},
        {"researcher": {"nl", "en"}, "councillor": {"nl"}, "correspondent": {"en"}},
    ),
    # the fifteenth: a provincial policy adviser in Dutch, an investigative journalist and a
    # refugee NGO's staff member in both languages
    "blind15": (
        {"provincial_adviser", "journalist", "ngo_staff"},
        {"provincial_adviser": {"nl"}, "journalist": {"nl", "en"}, "ngo_staff": {"nl", "en"}},
    ),
    # the sixteenth: a municipal policy officer (mostly Dutch), a housing corporation or COA
    # staff member in both languages and a foreign researcher in English
    "blind16": (
        {"municipal_officer", "housing_reception", "foreign_researcher"},
        {
            "municipal_officer": {"nl", "en"},
            "housing_reception": {"nl", "en"},
            "foreign_researcher": {"en"},
        },
    ),
    # the seventeenth: a provincial government or CdK office staff member (mostly Dutch), a
    # journalist on deadline in both languages and a parliamentary staffer or NGO analyst (mostly
    # English)
    "blind17": (
        {"provincial_staff", "journalist", "parliamentary_analyst"},
        {
            "provincial_staff": {"nl", "en"},
            "journalist": {"nl", "en"},
            "parliamentary_analyst": {"nl", "en"},
        },
    ),
    # the eighteenth: a municipal policy officer or alderman's adviser (mostly Dutch), a thesis
    # researcher (mostly English) and a COA, Aedes or ministry staff member (both languages)
    "blind18": (
        {"municipal_officer", "thesis_researcher", "housing_reception_staff"},
        {
            "municipal_officer": {"nl", "en"},
            "thesis_researcher": {"nl", "en"},
            "housing_reception_staff": {"nl", "en"},
        },
    ),
    # the nineteenth: a fact checker (both languages), a new member of the LRT's secretariat
    # (mostly Dutch) and an international analyst (English only)
    "blind19": (
        {"fact_checker", "lrt_secretariat", "international_analyst"},
        {
            "fact_checker": {"nl", "en"},
            "lrt_secretariat": {"nl", "en"},
            "international_analyst": {"en"},
        },
    ),
    # the twentieth: a municipal councillor (mostly Dutch), a refugee-support NGO's policy
    # officer (both languages) and a parliamentary researcher (English only)
    "blind20": (
        {"councillor", "ngo_advocate", "parliamentary_researcher"},
        {
            "councillor": {"nl", "en"},
            "ngo_advocate": {"nl", "en"},
            "parliamentary_researcher": {"en"},
        },
    ),
    # the twenty-first: a voice-assistant user's spoken query (both languages), a municipal or
    # provincial lawyer (mostly Dutch) and a data journalist (mostly English)
    "blind21": (
        {"spoken_query", "legal_adviser", "data_journalist"},
        {
            "spoken_query": {"nl", "en"},
            "legal_adviser": {"nl", "en"},
            "data_journalist": {"nl", "en"},
        },
    ),
}
SETS = sorted(PERSONAS)
SPLIT_SETS = ["blind3", *SETS]
HALF = {
    "blind3": 60,
    "blind4": 55,
    "blind5": 55,
    "blind6": 55,
    "blind7": 55,
    "blind8": 55,
    "blind9": 50,
    "blind10": 50,
    "blind11": 50,
    "blind12": 55,
    "blind13": 55,
    "blind14": 55,
    "blind15": 55,
    "blind16": 55,
    "blind17": 55,
    "blind18": 55,
    "blind19": 55,
    "blind20": 55,
    "blind21": 55,
}


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
    personas, languages = PERSONAS[name]
    source = _rows(EVAL / f"{name}_source.jsonl")
    assert len(source) == 2 * HALF[name] and {r["persona"] for r in source} == personas
    answerable = sum(r["answerable"] for r in source)
    assert 0.6 * len(source) <= answerable <= 0.75 * len(source)
    assert len(source) - answerable >= 30
    share = len(source) / len(personas)  # four personas: 25 to 30 questions each
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
    assert set(counts) == PERSONAS[name][0]
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
    held = {f"blind{n}_holdout" for n in range(4, 22)}
    assert held <= {n for n in answer_sets.SETS if n.endswith("holdout")}
    for name in (
        "blind21_holdout",
        "blind20_holdout",
        "blind19_holdout",
        "blind18_holdout",
        "blind17_holdout",
        "blind16_holdout",
        "blind15_holdout",
        "blind14_holdout",
        "blind13_holdout",
        "blind12_holdout",
        "blind11_holdout",
        "blind10_holdout",
        "blind9_holdout",
        "blind8_holdout",
        "blind7_holdout",
        "blind6_holdout",
        "blind5_holdout",
        "blind4_holdout",
        "blind3_holdout",
    ):
        run = subprocess.run(
            [sys.executable, str(EVAL / f"{script}.py"), "--sets", f"blind5_design,{name}"],
            capture_output=True,
            text=True,
            check=False,
        )
        assert run.returncode == 2 and f"{name} is only measured" in run.stderr
        shown = run.stdout + run.stderr
        assert not any(f"b{n}-" in shown for n in (5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15))


def test_the_near_duplicate_check_never_shows_a_held_out_question() -> None:
    """eval/near_duplicates.py (eval/blind12.md) prints only scores for files holding held-out
    questions and skips the new set's own files (it reads no test-split row: split "test" is
    skipped as in test_no_question_repeats_one_of_another_set)."""
    script = load_eval_script("near_duplicates")
    assert script.hidden(EVAL / "blind11_holdout.jsonl")
    assert script.hidden(EVAL / "blind11_source.jsonl")
    assert script.hidden(EVAL / "speaker_blind2.jsonl")  # split into a *_holdout.jsonl
    assert not script.hidden(EVAL / "blind11_design.jsonl")
    others = script.other_questions("blind12_")
    assert not any(path.name.startswith("blind12_") for path, _, _ in others)
    assert script.jaccard(script.words("Wat zei de VNG?"), script.words("Wat zei de VNG?")) == 0.0
    assert script.jaccard(script.words("spreidingswet intrekken"), {"spreidingswet"}) == 0.5
