"""Warm in-process time of ``Engine.ask`` under two settings, run in turn on the same questions:
what a rule of ``ask`` costs (e.g. ``quote_depth``).

    python eval/ask_cost.py --b eval/configs/quote-depth-off.toml [--b G.toml ...]
                            [--a F.toml] [--sets dev] [--rounds 2]
                            [--synthetic 100000 --every 4 [--keep DIR]] [--profile RE]

``--synthetic N`` asks on a synthetic index of ``N`` chunks made from the bundled corpus's
(:func:`bench.synthetic.write_synthetic`, as ``eval/bench.py`` makes them; written into a
temporary folder and removed after; with ``--keep DIR`` written into ``DIR`` once and asked
there again by later runs, e.g. of another commit's package through ``PYTHONPATH``);
``--every K`` asks every K-th question only.
Each question is asked once under each setting first (caches warm), then ``--rounds`` times
A, B, A, B, ...; printed: median and mean per setting and the median of the per-question
ratios B / A. ``--profile RE`` then asks every question once more under A with cProfile and
prints the profiled pass's CPU seconds and the functions matching ``RE`` (``--b`` may then be
left out). The test split is never run.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from answer_sets import SETS  # the script's folder is on the path

from lrt_search import Settings
from lrt_search.evaluation import engine_for, load_questions
from lrt_search.service import Engine


def _settings(path: Path | None) -> Settings:
    return Settings.from_toml(path) if path else Settings()


def _timed(engine: Engine, question: str) -> float:
    start = time.perf_counter()
    engine.ask(question)
    return time.perf_counter() - start


def _synthetic(base: Engine, size: int, folder: Path) -> Engine:
    """An engine on a synthetic index of ``size`` chunks written into ``folder`` (or kept there
    by an earlier run of the same size), sharing ``base``'s loaded model."""
    from bench.synthetic import write_synthetic

    empty = folder / "empty-corpus"  # no files: the synthetic index is fresh
    empty.mkdir(parents=True, exist_ok=True)
    marker = folder / f"synthetic-{size}.done"
    if not marker.exists():
        row = write_synthetic(base, size, folder / "index")
        marker.write_text(f"{row['n_chunks']} chunks, vocabulary {row['vocabulary']}\n")
    print(f"synthetic index: {marker.read_text().strip()} ({folder})")
    settings = base.settings.replace(index_dir=folder / "index", corpus_dir=empty)
    big = Engine.load(settings=settings, build=False)
    big._embedder = base.embedder  # the same model, already loaded
    return big


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--a", type=Path, default=None, help="settings A (default: defaults)")
    parser.add_argument(
        "--b", type=Path, default=[], action="append", help="settings B (repeatable)"
    )
    parser.add_argument(
        "--profile", default=None, help="cProfile A once over the questions; print these functions"
    )
    parser.add_argument("--sets", default="dev")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--synthetic", type=int, default=0, help="chunks of a synthetic index")
    parser.add_argument("--every", type=int, default=1, help="every K-th question only")
    parser.add_argument("--keep", type=Path, default=None, help="keep the synthetic index here")
    args = parser.parse_args()
    if args.keep:
        return _run(args, args.keep)
    folder = Path(tempfile.mkdtemp(prefix="lrt-ask-cost-"))
    try:
        return _run(args, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _run(args: argparse.Namespace, folder: Path) -> int:
    base = engine_for(Settings(), progress=False)
    if args.synthetic:
        base = _synthetic(base, args.synthetic, folder)
    where = {"index_dir": base.settings.index_dir, "corpus_dir": base.settings.corpus_dir}
    questions = [q.question for name in args.sets.split(",") for q in load_questions(*SETS[name])]
    questions = questions[:: args.every]
    a = base.with_settings(_settings(args.a).replace(**where))
    for path in args.b:
        print(f"B = {path}")
        _compare(a, base.with_settings(_settings(path).replace(**where)), questions, args.rounds)
    if args.profile:
        _profile(a, questions, args.profile)
    return 0


def _profile(engine: Engine, questions: list[str], pattern: str) -> None:
    """Each question asked once (caches warm), then once under cProfile: the CPU seconds of
    the profiled pass and the cumulative time of the functions whose name matches ``pattern``
    (a regular expression, e.g. ``joined_words|spelling_key|doc_count``), in CPU seconds."""
    import cProfile
    import pstats

    for q in questions:
        engine.ask(q)
    profile = cProfile.Profile(time.process_time)  # CPU: the machine is shared
    start = time.process_time()
    profile.enable()
    for q in questions:
        engine.ask(q)
    profile.disable()
    print(f"profiled: {len(questions)} asks, {time.process_time() - start:.2f} s CPU")
    pstats.Stats(profile).sort_stats("cumulative").print_stats(pattern)


def _compare(a: Engine, b: Engine, questions: list[str], rounds: int) -> None:
    """Each question once under each setting, then ``rounds`` times A, B in turn; prints the
    medians and means and the median of the per-question ratios B / A."""
    for q in questions:
        a.ask(q), b.ask(q)
    times: dict[str, list[float]] = {"A": [], "B": []}
    ratios = []
    for _ in range(rounds):
        for q in questions:
            ta, tb = _timed(a, q), _timed(b, q)
            times["A"].append(ta)
            times["B"].append(tb)
            ratios.append(tb / ta)
    for name, values in times.items():
        print(
            f"{name}: median {statistics.median(values) * 1000:.1f} ms, "
            f"mean {statistics.mean(values) * 1000:.1f} ms ({len(values)} asks)"
        )
    print(f"B / A per question, median: {statistics.median(ratios):.3f}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
