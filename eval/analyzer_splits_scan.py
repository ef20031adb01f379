"""Reading-only scan for rule analyzer_splits_checked (issue 16 session 28 task C;
index/analysis.py ``DutchAnalyzer.split_compound``, lexicon/compound_cuts.py).

    python eval/analyzer_splits_scan.py [AFFECTED.txt] [--sets a,b]

No ``ask``. The rule changes the terms of the BM25 index (a chunk's or statement's word cut
otherwise) and of the queries. A question is affected when its query terms (the analyzer's
``tokenize_query`` of the whole question, index vocabulary for variants) differ with the rule
on and off, or when one of its terms is a term whose occurrences in the minutes differ (a
chunk or statement holds it with one analyzer and not, or not as often, with the other:
"rijk" of "belangrijk", "jong" of "jongeren"). Not counted: the small change of a chunk's
length in terms that BM25 normalises by. blind28 (first-run only) is never read. Prints the
changed terms and each affected question; writes the AFFECTED lines for
eval/affected_ask.py.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from reading_scan import affected_lines  # the script's folder is on the path

from lrt_search.config import Settings
from lrt_search.evaluation import Question, engine_for


def changed_terms(on, off) -> set[str]:  # type: ignore[no-untyped-def]
    """The terms whose counts in some chunk or statement differ between the analyzers."""
    out: set[str] = set()
    for chunk in on.chunks:
        for text in [chunk.text, *(s.text for s in chunk.statements)]:
            a, b = Counter(on.analyzer.tokenize(text)), Counter(off.analyzer.tokenize(text))
            out |= {t for t in a.keys() | b.keys() if a[t] != b[t]}
    return out


def main() -> int:
    """Scan every readable set (or ``--sets``) but blind28; write AFFECTED lines to the file."""
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    names = ""
    if "--sets" in sys.argv:
        names = sys.argv[sys.argv.index("--sets") + 1]
        args = [a for a in args if a != names]
    on = engine_for(Settings(), progress=False)
    off = on.with_settings(on.settings.replace(analyzer_splits_checked=False))
    changed = changed_terms(on, off)
    print("terms whose occurrences differ:", " ".join(sorted(changed)), flush=True)

    def differs(name: str, q: Question) -> bool:
        if name.startswith("blind28"):
            return False
        a = on.analyzer.tokenize_query(q.question, on.bm25.terms)
        b = off.analyzer.tokenize_query(q.question, off.bm25.terms)
        hit = (set(a) | set(b)) & changed
        if a != b or hit:
            cls = "A" if q.answerable else "U"
            print(f"{cls} {name} {q.id} {q.question}\n   {sorted(set(a) ^ set(b))} {sorted(hit)}")
            return True
        return False

    text = "\n".join(affected_lines(differs, names)) + "\n"
    if args:
        Path(args[0]).write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
