"""Reading-only scan of rule ``speech_verb_forms_read`` (issue 16 session 28 task B2): its forms
are data (lexicon/data/speech.toml ``speech_verbs_nl`` / ``speech_verbs_en``, read wherever a
word of speech is asked for), so the readings of two code trees are compared, not the rule on
and off. No ``ask`` runs; held-out sets and the test split are never read; blind28 (this
session's first-run set) is skipped.

    PYTHONPATH=<base tree> python eval/speech_verb_forms_scan.py --dump BASE_READINGS.json
    PYTHONPATH=<this tree> python eval/speech_verb_forms_scan.py BASE_READINGS.json AFFECTED.txt

A reading: the question read once (:class:`ParsedQuestion` without its text), its implied
topic, its content words and the words of speech it holds (the answer's modules ask for them).
The second run prints each question read otherwise with its fold
(eval/reading_scan.two_folds) and writes the AFFECTED lines for eval/affected_ask.py.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from reading_scan import (  # the script's folder is on the path
    _tables,
    affected_lines,
    flags,
    question_reader,
    readable_sets,
    shown_fields,
    two_folds,
    write_affected,
)

from lrt_search.answer.implied_topic import implied_topic
from lrt_search.evaluation import Question
from lrt_search.search.query import is_speech_word
from lrt_search.search.unread import content_words

READ = question_reader()  # as ask reads a question, with the corpus's meeting days


def reading(question: str) -> dict[str, str]:
    """The fields of the question's reading this rule can change."""
    orgs, glossary = _tables()
    out = shown_fields(READ(question))
    out["implied_topic"] = implied_topic(question, orgs, glossary)
    out["content_words"] = repr([w for w, _, _ in content_words(question, orgs)])
    out["speech_words_held"] = repr(
        [w for w in re.findall(r"[\w'-]+", question) if is_speech_word(w)]
    )
    return out


def main(argv: list[str]) -> int:
    if argv[0] == "--dump":
        out = {
            f"{n}:{q.id}": reading(q.question)
            for n, qs in readable_sets()
            if not n.startswith("blind28")
            for q in qs
        }
        Path(argv[1]).write_text(json.dumps(out, ensure_ascii=False), encoding="utf-8")
        return 0
    base = json.loads(Path(argv[0]).read_text(encoding="utf-8"))

    def differs(name: str, q: Question) -> bool:
        if name.startswith("blind28"):
            return False
        was, now = base.get(f"{name}:{q.id}") or {}, reading(q.question)
        changed = {k: f"{was.get(k, '')} -> {v}" for k, v in now.items() if was.get(k) != v}
        if changed:
            print(two_folds(name), name, q.id, flags(q), q.question, changed, sep="\t")
        return bool(changed)

    write_affected(argv[1], affected_lines(differs))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
