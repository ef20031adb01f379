"""Reading-only scan of rule keyword_first_topic (issue 16, session 25 task D): list every
readable question whose implied topic the rule changes (the first word of a search-box question
read as a topic word), with the topic off -> on and the words the minutes lack, and write them
as AFFECTED lines for eval/affected_ask.py. No ``ask`` runs.

    python eval/keyword_first_topic_scan.py AFFECTED.txt [SETS]
"""

from __future__ import annotations

import sys

from reading_scan import affected_lines, write_affected  # the script's folder is on the path

from lrt_search.answer.evidence import Asked
from lrt_search.answer.implied_topic import first_word_topic, implied_topic
from lrt_search.answer.understanding import understand
from lrt_search.config import Settings
from lrt_search.evaluation import Question, engine_for


def main() -> int:
    """Print each question the rule reads otherwise and write the AFFECTED file."""
    engine = engine_for(Settings(), progress=False)
    settings = engine.settings
    glossary = engine.glossary if settings.glossary_phrase_frame_word else None

    def differs(name: str, q: Question) -> bool:
        frame = understand(engine, q.question, None, None, None)
        if frame.parsed is not None and frame.parsed.topic:
            return False  # an "about X" phrase: the implied topic is not read
        if not first_word_topic(frame.question):
            return False
        args = (frame.question, engine.orgs, glossary, settings.frame_gap_topic)
        if implied_topic(*args, False) == implied_topic(*args, True):
            return False
        asked = Asked(engine, frame.question, frame.scope, frame.since, frame.until)
        check = asked.topic_check
        lacking = check.missing if check else ()
        print(
            name,
            q.id,
            "A" if q.answerable else "U",
            repr(implied_topic(*args, False)),
            "->",
            repr(asked.topic),
            "lacking",
            list(lacking),
            "|",
            q.question,
        )
        return True

    write_affected(sys.argv[1], affected_lines(differs, sys.argv[2] if len(sys.argv) > 2 else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
