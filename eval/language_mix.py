"""One language per answer (issue 16, session 22 task C2): the words of the other language in what
``ask`` shows for every readable question, in the question's language.

    python eval/language_mix.py [--sets dev,probes,...] [--ask N]

The reading step alone (answer/understanding.understand: the "understood" notes and what was
not understood, rendered as the CLI and the web page render them) for every question of the
readable sets, far cheaper than ``ask``; with ``--ask N`` also the whole answer (the CLI text,
the ``--json`` answer, reason and notes: :func:`~lrt_search.evaluation.one_language.mixed_outputs`)
of every N-th question. A word of the other language
(:mod:`lrt_search.evaluation.one_language`) is flagged unless the question has it or it stands in
curly quotes (the minutes' text); the closest passages, quotes and snippets are the minutes'.
Prints one line per flagged output (set, id, language, words, the text) and the counts per kind
of note. Held-out sets and the test split are never read.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from answer_sets import SETS, held_out  # the script's folder is on the path

from lrt_search.answer.understanding import understand
from lrt_search.config import Settings
from lrt_search.evaluation import engine_for, load_questions
from lrt_search.evaluation.one_language import mixed_outputs, other_language_words, words_of
from lrt_search.interfaces.web_text import note_text


def minutes_words(settings: Settings) -> set[str]:
    """The words of the corpus's minutes (lower case)."""
    files = sorted(Path(settings.corpus_dir).glob("*.txt"))
    return words_of(" ".join(p.read_text(encoding="utf-8") for p in files))


def reading_outputs(engine: object, question: str) -> tuple[str, list[tuple[str, str]]]:
    """The question's language and its notes and unread words as rendered: (kind, text)."""
    frame = understand(engine, question, None, None, None)  # type: ignore[arg-type]
    lang = frame.lang
    out = [(n.partition(": ")[0], note_text(n, lang)) for n in frame.notes]
    out += [("unread", u["note"]) for u in frame.unread]
    return lang, out


def main() -> int:
    """Print every output holding a word of the other language, and the counts."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", default=",".join(SETS))
    parser.add_argument("--ask", type=int, default=0, help="also ask every N-th question")
    args = parser.parse_args()
    settings = Settings()
    engine = engine_for(settings, progress=False)
    minutes = minutes_words(settings)
    flagged: Counter[str] = Counter()
    seen = 0
    for name in args.sets.split(","):
        if held_out(name) or name not in SETS:
            continue
        path, split = SETS[name]
        for q in load_questions(path, split):
            seen += 1
            lang, outputs = reading_outputs(engine, q.question)
            asked = words_of(q.question)
            found = [
                (kind, other_language_words(text, lang, minutes | asked) - asked, text)
                for kind, text in outputs
            ]
            if args.ask and seen % args.ask == 0:
                found += mixed_outputs(engine.ask(q.question), minutes)
            for kind, words, text in found:
                if words:
                    flagged[kind] += 1
                    flat = " / ".join(text.splitlines())
                    print(f"{name}\t{q.id}\t{lang}\t{kind}\t{','.join(sorted(words))}\t{flat}")
    print(f"# {seen} questions read; flagged outputs by kind: {dict(flagged)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
