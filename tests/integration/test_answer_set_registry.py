"""eval/answer_sets.toml, the one registry of the answer sets: every question file of eval/ is
registered once (as an answer set or as another file), every registered file exists, and
eval/answer_sets.py and eval/make_results.py build SETS, HANDWRITTEN and the key of the
hand-written ablation table from it."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from collections import Counter
from pathlib import Path

import pytest
from eval_scripts import EVAL, load_eval_script

REGISTRY = EVAL / "answer_sets.toml"


def _tables() -> dict[str, list[dict]]:
    with REGISTRY.open("rb") as handle:
        return tomllib.load(handle)


def test_every_eval_jsonl_file_is_registered_once_and_every_registered_file_exists() -> None:
    tables = _tables()
    registered = Counter(t["file"] for kind in ("set", "other") for t in tables[kind])
    # a [[blind]] table registers its source, and its halves unless a [[set]] table does
    for blind in tables["blind"]:
        registered[f"{blind['name']}_source.jsonl"] += 1
        for part in ("design", "holdout"):
            if f"{blind['name']}_{part}" not in {t["name"] for t in tables["set"]}:
                registered[f"{blind['name']}_{part}.jsonl"] += 1
    assert [f for f, n in registered.items() if n > 1] == []
    on_disk = {p.name for p in EVAL.glob("*.jsonl")}
    assert on_disk - set(registered) == set(), "an eval/*.jsonl file not in answer_sets.toml"
    assert set(registered) - on_disk == set(), "a file of answer_sets.toml not in eval/"


def test_sets_keeps_its_type_and_the_order_of_the_registry() -> None:
    answer_sets = load_eval_script("answer_sets")
    tables = _tables()
    names = [t["name"] for t in tables["set"]]
    halves = [f"{b['name']}_{p}" for b in tables["blind"] for p in ("design", "holdout")]
    names += [n for n in halves if n not in names]  # appended: eval/answer_sets.blind_halves
    assert list(answer_sets.SETS) == names and len(set(names)) == len(names)
    assert names[:4] == ["dev", "generated", "probes", "holdout"]
    for name, (path, split) in answer_sets.SETS.items():
        assert isinstance(path, Path) and path.parent == EVAL and path.is_file(), name
        assert split in {"dev", "generated", "all"}, name
    assert answer_sets.SETS["dev"] == (EVAL / "questions.jsonl", "dev")
    assert answer_sets.SETS["reworded"] == (EVAL / "generated_reworded.jsonl", "generated")
    assert all(s.description for s in answer_sets.REGISTRY)


def test_make_results_builds_handwritten_and_its_key_from_the_labels() -> None:
    make_results = load_eval_script("make_results")
    tables = _tables()
    labelled = {t["name"]: t["label"] for t in tables["set"] if "label" in t}
    halves = [f"{b['name']}_{p}" for b in tables["blind"] for p in ("design", "holdout")]
    labelled |= {n: n for n in halves if n not in {t["name"] for t in tables["set"]}}
    assert labelled == make_results.HANDWRITTEN
    assert list(make_results.HANDWRITTEN) == [n for n in make_results.SETS if n in labelled]
    assert len(set(labelled.values())) == len(labelled)  # the table's columns are told apart
    assert make_results.HANDWRITTEN["searchbox_spelling_probe"] == "spelling"
    key = make_results.handwritten_key()
    assert len(key) == len(labelled)
    assert key[0].startswith("- probes = probes (`eval/probes.jsonl`): The probes: 99 questions")


@pytest.mark.parametrize(
    ("second", "error"),
    [
        ('name = "a"\nfile = "b.jsonl"\nsplit = "all"\ndescription = "x"', "registered twice"),
        ('name = "t"\nfile = "q.jsonl"\nsplit = "test"\ndescription = "x"', "split 'test'"),
        ('name = "n"\nfile = "q.jsonl"\nsplit = "all"', "lacks 'description'"),
    ],
)
def test_the_registry_refuses_a_name_twice_the_test_split_and_a_missing_field(
    tmp_path: Path, second: str, error: str
) -> None:
    answer_sets = load_eval_script("answer_sets")
    first = '[[set]]\nname = "a"\nfile = "a.jsonl"\nsplit = "dev"\ndescription = "x"\n'
    path = tmp_path / "sets.toml"
    path.write_text(f"{first}\n[[set]]\n{second}\n", encoding="utf-8")
    with pytest.raises(ValueError, match=error):
        answer_sets.registry(path)
    path.write_text(first, encoding="utf-8")
    assert answer_sets.registry(path)[0].file == tmp_path / "a.jsonl"


def test_list_prints_every_set_with_its_size_and_asks_nothing() -> None:
    run = subprocess.run(
        [sys.executable, str(EVAL / "answer_sets.py"), "--list"],
        capture_output=True,
        text=True,
        check=True,
    )
    heads = [line for line in run.stdout.splitlines() if not line.startswith(" ")]
    answer_sets = load_eval_script("answer_sets")
    assert [h.split()[0] for h in heads] == list(answer_sets.SETS)
    assert heads[0] == "dev  eval/questions.jsonl (dev: 112 questions)"
    assert "probes  eval/probes.jsonl (all: 99 questions, label probes)" in heads


def test_the_scripts_share_one_preamble_of_sets_and_config(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """eval/answer_sets.sets_parser / studied / config_settings: the ``--sets`` and ``--config``
    every script over the answer sets takes, read once (the scripts had their own copies)."""
    answer_sets = load_eval_script("answer_sets")
    parser = answer_sets.sets_parser("First line.\nMore.")
    assert parser.description == "First line."
    args = parser.parse_args([])
    assert args.sets == answer_sets.readable_sets() and args.config is None
    assert answer_sets.config_settings(args) == answer_sets.Settings()
    assert answer_sets.sets_parser("D", "dev").parse_args([]).sets == "dev"
    config = tmp_path / "c.toml"
    config.write_text("max_quotes = 3\n", encoding="utf-8")
    monkeypatch.setattr(sys, "argv", ["x", "--sets", "dev,generated", "--config", str(config)])
    _, names, settings = answer_sets.studied(answer_sets.sets_parser("D"))
    assert names == ["dev", "generated"] and settings.max_quotes == 3
    monkeypatch.setattr(sys, "argv", ["x", "--sets", "dev,blind3_holdout"])
    with pytest.raises(SystemExit) as exit_:
        answer_sets.studied(answer_sets.sets_parser("D"))
    assert exit_.value.code == 2
