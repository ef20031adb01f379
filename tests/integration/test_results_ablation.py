"""eval/make_results.py's check ablation on the hand-written sets: the sets it runs (never the
test split) and the section it writes into an existing results.md."""

from __future__ import annotations

from eval_scripts import load_eval_script


def test_the_handwritten_ablation_runs_every_handwritten_set_and_never_test() -> None:
    make_results = load_eval_script("make_results")
    answer_sets = load_eval_script("answer_sets")
    sets = {name: answer_sets.SETS[name] for name in make_results.HANDWRITTEN}
    assert set(answer_sets.SETS) - set(sets) == {"dev", "generated"}  # in the first table
    for path, split in sets.values():
        assert path.name != "questions.jsonl" and split != "test"


def test_the_section_is_put_before_the_reliability_and_replaced_on_a_second_run() -> None:
    make_results = load_eval_script("make_results")
    heading = make_results.HANDWRITTEN_HEADING
    text = "# R\n\n## Checks\n\n| a |\n\n## Confidence reliability\n\nx\n"
    once = make_results.splice_section(text, heading, ["", heading, "", "| old |"])
    assert once == text.replace("\n## Confidence", f"\n{heading}\n\n| old |\n\n## Confidence")
    twice = make_results.splice_section(once, heading, ["", heading, "", "| new |"])
    assert twice == once.replace("| old |", "| new |")


def test_no_handwritten_keeps_the_section_as_the_results_file_has_it(tmp_path) -> None:
    make_results = load_eval_script("make_results")
    heading = make_results.HANDWRITTEN_HEADING
    out = tmp_path / "results.md"
    assert make_results._kept_section(out, heading) == []  # no file yet
    out.write_text(f"# R\n\n## Checks\n\n{heading}\n\n| kept |\n\n## Confidence\n\nx\n")
    assert make_results._kept_section(out, heading) == ["", heading, "", "| kept |"]
