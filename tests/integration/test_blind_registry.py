"""A blind set is one [[blind]] table of eval/answer_sets.toml (eval/blind_sets.py): a new set
registered in a temporary registry is split and checked (eval/split_blind.py), its halves become
answer sets (eval/answer_sets.py), its holdout half is refused by the miss listers and the fusion
fit, dump_families sums it on its own and near_duplicates skips its own files by set identity -
without a code change."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import pytest
from eval_scripts import EVAL, load_eval_script

BLIND22 = """
[[blind]]
name = "blind22"
seed = 19
strata = ["answerable", "persona", "lang"]
half = 10
description = \"\"\"A twenty-second set, made up for this test.\"\"\"
[blind.personas]
clerk = ["nl", "en"]
analyst = ["en"]
"""


def _write(path: Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A temporary eval/ folder: a registry holding blind22 only, its source and one other
    question file."""
    eval_dir = tmp_path / "eval"
    eval_dir.mkdir()
    (eval_dir / "answer_sets.toml").write_text(BLIND22, encoding="utf-8")
    rows = [
        {
            "id": f"b22-{i:03d}",
            "question": f"Vraag {i} over de spreidingswet?",
            "lang": "en" if i % 4 in (0, 1) else "nl",
            "persona": "analyst" if i % 4 == 0 else "clerk",
            "answerable": i % 3 != 0,
        }
        for i in range(1, 21)
    ]
    _write(eval_dir / "blind22_source.jsonl", rows)
    _write(eval_dir / "other_probe.jsonl", [{"id": "o1", "question": "Wie zat voor?"}])
    return eval_dir


def _split(folder: Path, *more: str) -> subprocess.CompletedProcess[str]:
    registry = str(folder / "answer_sets.toml")
    command = [sys.executable, str(EVAL / "split_blind.py"), "--registry", registry, *more]
    return subprocess.run(command, capture_output=True, text=True, check=False)


def test_a_new_blind_set_is_split_and_checked_from_its_table(folder: Path) -> None:
    blind = load_eval_script("blind_sets").blind_sets(folder / "answer_sets.toml")["blind22"]
    assert (blind.seed, blind.half, blind.strata[1]) == (19, 10, "persona")
    assert blind.personas == {"clerk": {"nl", "en"}, "analyst": {"en"}}
    assert _split(folder, "--set", "blind22").returncode == 0
    halves = [folder / f"blind22_{p}.jsonl" for p in ("design", "holdout")]
    assert [len(p.read_text(encoding="utf-8").splitlines()) for p in halves] == [10, 10]
    assert _split(folder, "--set", "blind22", "--check").returncode == 0
    halves[1].write_text(halves[1].read_text(encoding="utf-8")[::-1], encoding="utf-8")
    assert _split(folder, "--set", "blind22", "--check").returncode == 1
    assert _split(folder, "--set", "blind23", "--check").returncode == 2  # no such table


def test_its_halves_are_answer_sets_and_its_holdout_is_refused(folder: Path) -> None:
    answer_sets = load_eval_script("answer_sets")
    sets = answer_sets.registry(folder / "answer_sets.toml")
    assert [(s.name, s.file, s.split, s.label) for s in sets] == [
        ("blind22_design", folder / "blind22_design.jsonl", "all", "blind22_design"),
        ("blind22_holdout", folder / "blind22_holdout.jsonl", "all", "blind22_holdout"),
    ]
    assert "made up for this test" in sets[1].description
    assert answer_sets.held_out("blind22_holdout") and not answer_sets.held_out("blind22_design")
    parser = argparse.ArgumentParser()
    assert answer_sets.studied_sets(parser, "blind22_design") == ["blind22_design"]
    with pytest.raises(SystemExit) as exit_:
        answer_sets.studied_sets(parser, "blind22_design,blind22_holdout")
    assert exit_.value.code == 2
    fit_fusion = load_eval_script("fit_fusion")
    assert fit_fusion.never_fitted(["dev", "blind22_design", "blind22_holdout"]) == [
        "blind22_holdout"
    ]


def test_a_set_table_of_a_half_wins_and_a_name_twice_is_refused(folder: Path) -> None:
    registry = folder / "answer_sets.toml"
    own = '[[set]]\nname = "blind22_design"\nfile = "d.jsonl"\nsplit = "all"\ndescription = "x"\n'
    registry.write_text(own + BLIND22, encoding="utf-8")
    sets = load_eval_script("answer_sets").registry(registry)
    assert [(s.name, s.file.name) for s in sets] == [
        ("blind22_design", "d.jsonl"),
        ("blind22_holdout", "blind22_holdout.jsonl"),
    ]
    registry.write_text(BLIND22 + BLIND22, encoding="utf-8")
    with pytest.raises(ValueError, match="blind22 registered twice"):
        load_eval_script("blind_sets").blind_sets(registry)


def test_dump_families_sums_a_new_set_on_its_own_or_in_its_family(folder: Path) -> None:
    blind_sets = load_eval_script("blind_sets")
    dump_families = load_eval_script("dump_families")
    sets = blind_sets.blind_sets(folder / "answer_sets.toml")
    assert dump_families.family("blind22_design:b22-001", sets) == "blind22_design"
    assert dump_families.family("blind22_holdout:b22-002", sets) == "blind22_holdout"
    assert dump_families.family("blind4_design:b4-011", sets) == "other readable"
    registry = folder / "answer_sets.toml"
    registry.write_text(BLIND22.replace("half = 10", 'half = 10\nfamily = "b3..b10"'), "utf-8")
    sets = blind_sets.blind_sets(registry)
    assert dump_families.family("blind22_holdout:b22-002", sets) == "blind holdout b3..b10"
    # the registry's own sets, as before
    assert dump_families.family("blind4_design:b4-011") == "blind design b3..b10"
    assert dump_families.family("blind21_holdout:b21-001") == "blind21_holdout"
    assert dump_families.family("holdout:h-1") == "other holdout"


def test_near_duplicates_skips_a_candidates_own_set_by_identity(
    folder: Path, tmp_path: Path
) -> None:
    """A candidate file in /tmp is never compared with itself, nor with the committed files of
    its own blind set (named by --set or by its file name); every other file is compared."""
    script = load_eval_script("near_duplicates")
    assert _split(folder, "--set", "blind22").returncode == 0
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    candidate = drafts / "blind22_source.jsonl"
    candidate.write_text((folder / "blind22_source.jsonl").read_text("utf-8"), "utf-8")
    own = {(folder / f"blind22_{p}.jsonl").resolve() for p in ("source", "design", "holdout")}
    assert script.own_files(candidate, folder) == own | {candidate.resolve()}
    others = script.other_questions(script.own_files(candidate, folder), folder)
    assert {path.name for path, _, _ in others} == {"other_probe.jsonl"}
    renamed = drafts / "new_questions.jsonl"  # not a name of the set: --set names it
    renamed.write_text(candidate.read_text("utf-8"), "utf-8")
    assert script.own_files(renamed, folder, "blind22") == own | {renamed.resolve()}
    assert script.own_files(renamed, folder) == {renamed.resolve()}  # compared with them all
    with pytest.raises(ValueError, match="blind23"):
        script.own_files(renamed, folder, "blind23")
    inside = folder / "other_probe.jsonl"  # a committed file is not compared with itself
    assert [p.name for p, _, _ in script.other_questions(script.own_files(inside, folder), folder)]
    assert inside not in {p for p, _, _ in script.other_questions({inside.resolve()}, folder)}
