"""Reading-only scan of rule gloss_senses_framed (issue 16, session 27 task D2): the readable
questions whose Dutch terms of an English word change - the search bridges (FreeDict words of
the question in the frame's sense), the held FreeDict translations of each content word
as the topic check reads them, or the glossary entries found (the rule's data: the belactie
entry's "call municipalities" terms; main's glossary.toml read from git). No ``ask`` runs;
held-out sets, the test split and blind27 (first run only) are never read.

    python eval/gloss_senses_scan.py AFFECTED.txt [--sets a,b] [--main REV]
"""

from __future__ import annotations

import argparse
import re
import subprocess
import tomllib

from reading_scan import affected_lines, write_affected  # the script's folder is on the path

from lrt_search.evaluation import Question
from lrt_search.index.analysis import is_english, query_words
from lrt_search.lexicon.datafiles import bundled_toml
from lrt_search.lexicon.freedict import dutch_for
from lrt_search.lexicon.gloss_senses import frame_class, framed_in
from lrt_search.lexicon.glossary import Glossary, _entries, added_senses
from lrt_search.search.bridges import bridge_map
from lrt_search.service import Engine


def main_glossary(rev: str) -> Glossary:
    """The glossary of ``rev`` (glossary.toml from git, glossary_minutes.toml as bundled)."""
    text = subprocess.run(
        ["git", "show", f"{rev}:lrt_search/lexicon/data/glossary.toml"],
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    entries = _entries("glossary.toml", tomllib.loads(text))
    return Glossary(entries + _entries("minutes", bundled_toml("glossary_minutes.toml")))


def main() -> int:
    """Write the AFFECTED lines; print each question whose reading differs."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--sets", default="")
    parser.add_argument("--main", default="160d464c")
    args = parser.parse_args()
    engine = Engine.load(build=False)
    known, analyzer, s = engine.bm25.terms, engine.analyzer, engine.settings
    new, old = Glossary.default(), main_glossary(args.main)

    def held(terms: list[str] | tuple[str, ...]) -> set[str]:
        out = set()
        for term in terms:
            tokens = analyzer.tokenize(term) if " " not in term else []
            if tokens and tokens[0] in known:
                out.add(term)
        return out

    def reading(text: str, on: bool) -> tuple[object, ...]:
        glossary = new if on else old
        bridges = bridge_map(text, analyzer, known, s.bridge_per_word, False,
                             framed=on)  # fmt: skip
        found = sorted(e.nl[0] for _, e in glossary.matches(text))
        topic = {}
        for word in query_words(text):
            every = dutch_for(word)
            topic[word] = sorted(held(framed_in(text, word, every) if on else every))
        return bridges, found, topic

    def framed_anywhere(text: str) -> bool:
        # The rule reads a word otherwise only in a noun frame, or where glossary.toml adds a
        # sense; the glossary's new terms hold "call"/"phone" (checked in full below).
        tokens = [t.lower() for t in re.findall(r"\w+", text)]
        return any(
            t in ("call", "calls", "called", "calling", "phone", "phoned")
            or added_senses(t)
            or frame_class(tokens, i) == "N"
            for i, t in enumerate(tokens)
        )

    def differs(set_name: str, q: Question) -> bool:
        if set_name.startswith("blind27") or not (q.lang == "en" or is_english(q.question)):
            return False
        if not framed_anywhere(q.question):
            return False
        before, after = reading(q.question, False), reading(q.question, True)
        if before != after:
            print(f"{set_name}\t{q.id}\t{'A' if q.answerable else 'U'}\t{q.question}")
            for label, b, a in zip(("bridges", "glossary", "topic"), before, after, strict=True):
                if b != a:
                    print(f"\t{label}: {b} -> {a}")
            return True
        return False

    write_affected(args.out, affected_lines(differs, args.sets))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
