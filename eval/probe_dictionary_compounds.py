"""Probe: would splitting compounds with a Dutch dictionary (Hunspell's word list) help BM25?

    python eval/probe_dictionary_compounds.py [--dic /usr/share/hunspell/nl.dic]

Today's analyzer splits a compound only into parts that are words of the corpus itself
("huurwoning" -> "huur" + "woning" when both occur). With the ~180,000 lower-case words of
the hunspell-nl dictionary as well, more compounds split ("escalatieladder" -> "escalatie" +
"ladder" though "ladder" is no corpus word). Two ways, each paired with today's search on the
dev split of eval/questions.jsonl and on the held-out paraphrases (reported, never used to
choose): the dictionary parts in the main BM25 field (on both sides), and the parts that
only the dictionary finds as a separate BM25 field added at weights 0.3 / 0.6 / 1.0. The
test split is never read. Issue 21 measured no gain on dev (eval/results.md; docs/development.md)
and left it out.
"""

from __future__ import annotations

import argparse
import statistics
from collections import Counter
from pathlib import Path

import numpy as np

import lrt_search.search.retriever as retriever_module
from lrt_search.evaluation.compare import compare
from lrt_search.evaluation.questions import Question, load_questions
from lrt_search.evaluation.runner import Report, evaluate
from lrt_search.index.analysis import DutchAnalyzer
from lrt_search.index.build import make_analyzer
from lrt_search.service import Engine

HERE = Path(__file__).resolve().parent
SETS = (
    ("dev", HERE / "questions.jsonl", "dev"),
    ("held-out", HERE / "paraphrase_holdout.jsonl", "all"),
)


def dictionary_words(path: Path) -> list[str]:
    """The lower-case alphabetic words of a Hunspell .dic file (affix flags dropped)."""
    lines = path.read_text(encoding="utf-8").splitlines()[1:]
    heads = (entry.split("/")[0].strip() for entry in lines)
    return [w for w in heads if w.isalpha() and w.islower()]


def line(label: str, qs: list[Question], a: Report, b: Report) -> str:
    """Paraphrase R@5, R@5 and nDCG@10 without -> with, and the paired p."""
    para = [q.id for q in qs if q.type == "paraphrase" and q.id in a.per_question]
    pa = statistics.fmean(a.per_question[i]["R@5"] for i in para)
    pb = statistics.fmean(b.per_question[i]["R@5"] for i in para)
    c = {m.metric: m for m in compare(a.per_question, b.per_question).metrics}
    metrics = "  ".join(
        f"{k} {c[k].a:.3f} -> {c[k].b:.3f} (p {c[k].p_value:.3f})" for k in ("R@5", "nDCG@10")
    )
    return f"{label:28s} paraphrase R@5 {pa:.3f} -> {pb:.3f}  {metrics}"


def main_field(engine: Engine, dictionary: DutchAnalyzer) -> Engine:
    """``engine`` with the dictionary-splitting analyzer and a BM25 index built with it."""
    changed = engine.with_settings(engine.settings)
    changed.analyzer = dictionary
    tokens = [dictionary.tokenize(c.text) for c in engine.chunks]
    changed.bm25 = type(engine.bm25).build(tokens, engine.settings.bm25_k1, engine.settings.bm25_b)
    return changed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dic", type=Path, default=Path("/usr/share/hunspell/nl.dic"))
    args = parser.parse_args()
    if not args.dic.is_file():
        raise SystemExit(f"{args.dic}: no Hunspell dictionary (apt-get install hunspell-nl)")
    engine = Engine.load(progress=False)
    corpus = engine.analyzer
    texts = [c.text for c in engine.chunks]
    dictionary = make_analyzer(engine.settings).fit([*texts, " ".join(dictionary_words(args.dic))])
    sets = [(name, load_questions(path, split)) for name, path, split in SETS]
    base = {name: evaluate(engine, qs, answers=False, progress=False) for name, qs in sets}
    changed = main_field(engine, dictionary)
    for name, qs in sets:
        b = evaluate(changed, qs, answers=False, progress=False)
        print(line(f"main field, {name}", qs, base[name], b))

    def extra(text: str) -> list[str]:
        only = Counter(dictionary.tokenize(text)) - Counter(corpus.tokenize(text))
        return list(only.elements())

    field = type(engine.bm25).build([extra(t) for t in texts], 1.2, 0.75)
    original = retriever_module.expansion_added
    weight = [0.0]

    def added(retriever: object, query: str) -> np.ndarray:
        terms = [t for t in extra(query) if t in field.terms]
        scores = original(retriever, query)  # type: ignore[arg-type]
        return scores + weight[0] * field.scores(terms) if terms else scores

    retriever_module.expansion_added = added  # type: ignore[assignment]
    for weight[0] in (0.3, 0.6, 1.0):
        for name, qs in sets:
            b = evaluate(engine, qs, answers=False, progress=False)
            print(line(f"extra field {weight[0]}, {name}", qs, base[name], b))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
