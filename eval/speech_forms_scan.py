"""Reading-only scan for rule ``speech_forms_read`` (issue 16 session 25 task F2): its words of
speech are data (lexicon/data/speech.toml, not switched), so the readings are compared with
those of another code tree, not with the rule off. No ``ask`` runs.

    PYTHONPATH=<base tree> python eval/speech_forms_scan.py --dump BASE_READINGS.json
    PYTHONPATH=<this tree> python eval/speech_forms_scan.py BASE_READINGS.json AFFECTED.txt

The first writes every readable question's reading (:class:`ParsedQuestion` without its text);
the second prints each question read otherwise now, or holding other words of speech (the
answer's modules ask for them too), and writes the AFFECTED lines for eval/affected_ask.py.
"""

from __future__ import annotations

import re
import sys

from reading_scan import question_reader, shown_fields, tree_scan

from lrt_search.search.query import is_speech_word

READ = question_reader()  # as ask reads a question, with the corpus's meeting days


def _reading(question: str) -> dict[str, str]:
    out = shown_fields(READ(question))
    # the answer's modules ask whether a word is one of speech (premise needs, silent_body,
    # day_of_mention, unread): the words of speech the question holds
    out["speech_words_held"] = repr(
        [w for w in re.findall(r"[\w'-]+", question) if is_speech_word(w)]
    )
    return out


def main() -> int:
    """Dump the readings, or compare with a dump and write the AFFECTED lines."""
    return tree_scan(_reading, sys.argv[1:])


if __name__ == "__main__":
    raise SystemExit(main())
