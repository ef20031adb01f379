"""Reading-only scan of rule gloss_sense_context (issue 16, session 30 task G): the readable
English questions that hold a word of lexicon/data/sense_contexts.toml in a collocation of its
other sense (lexicon.glossary.unglossed) and whose glossary terms or search bridges change
with the rule (the topic check reads the same words through the question). No ``ask`` runs;
held-out sets, the test split and blind30 (first run only) are never read.

    python eval/gloss_sense_context_scan.py AFFECTED.txt [--sets a,b]
"""

from __future__ import annotations

import argparse

from reading_scan import affected_lines, write_affected  # the script's folder is on the path

from lrt_search.evaluation import Question
from lrt_search.index.analysis import is_english
from lrt_search.lexicon.glossary import Glossary, unglossed
from lrt_search.search.bridges import bridge_map
from lrt_search.service import Engine


def main() -> int:
    """Write the AFFECTED lines; print each question whose reading differs."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--sets", default="")
    args = parser.parse_args()
    engine = Engine.load(build=False)
    known, analyzer, s = engine.bm25.terms, engine.analyzer, engine.settings
    on, off = Glossary.default(senses=True), Glossary.default(senses=False)

    def reading(text: str, rule: bool) -> tuple[object, ...]:
        glossary = on if rule else off
        other = unglossed(text) if rule else frozenset()
        bridges = bridge_map(text, analyzer, known, s.bridge_per_word, False,
                             framed=s.gloss_senses_framed, unglossed=other)  # fmt: skip
        return sorted(f"{t}={e.nl[0]}" for t, e in glossary.matches(text)), bridges

    def differs(set_name: str, q: Question) -> bool:
        if set_name.startswith("blind30") or not (q.lang == "en" or is_english(q.question)):
            return False
        if not unglossed(q.question):
            return False
        before, after = reading(q.question, False), reading(q.question, True)
        print(f"{set_name}\t{q.id}\t{'A' if q.answerable else 'U'}\t{q.question}")
        print(f"\tunglossed: {sorted(unglossed(q.question))}")
        for label, b, a in zip(("glossary", "bridges"), before, after, strict=True):
            if b != a:
                print(f"\t{label}: {b} -> {a}")
        return True

    write_affected(args.out, affected_lines(differs, args.sets))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
