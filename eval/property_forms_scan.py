"""Reading-only scan for rule ``property_forms_read`` (session 25 task G2): which statements of
the index the quote checks' readers read otherwise with the rule on and off, and which readable
questions can meet them (no ``ask``).

    python eval/property_forms_scan.py AFFECTED.txt

A question can change only when it asks a property the quote checks read (a time, a length, a
count, an amount, a percentage, a frequency, a rate: the question-side readers) and a passage
holding a statement read otherwise is among its hits (:data:`DEPTH` passages, searched with
the question's own filters and without them). The sets of session 25's first run (blind24,
blind25) are left out. Prints each statement read otherwise and each question listed.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable

from reading_scan import affected_lines, flags, write_affected  # the script's folder is on the path

from lrt_search.answer.asked_detail import asks_often, asks_rate, states_frequency
from lrt_search.answer.durations import states_length
from lrt_search.answer.evidence import states_figure_percentage, states_money, states_percentage
from lrt_search.answer.property_tied import asks_time, states_time
from lrt_search.answer.shape import answers_shape
from lrt_search.config import Settings
from lrt_search.evaluation import Question, engine_for
from lrt_search.lexicon.intents import asks
from lrt_search.lexicon.textnorm import split_sentences

#: Passages searched per question (rule quote_depth reads 20).
DEPTH = 30
_TIME: Callable[[str], bool] = lambda w: w.lower() in ("tijd", "time", "duur")  # noqa: E731
#: The readers, each with the rule on (True) or off (False).
READERS: dict[str, Callable[[str, bool], bool]] = {
    "time": states_time,
    "period": lambda t, f: states_time(t, f, halves=True),  # "voor welke periode"
    "length": lambda t, f: states_length(t, functools.partial(states_time, forms=f)),
    "count": lambda t, f: answers_shape(t, set(), set(), True, None, forms=f),
    # a length of time is a count when time is counted ("Met hoeveel tijd ...?")
    "time_count": lambda t, f: answers_shape(t, set(), set(), True, _TIME, forms=f),
    "amount": states_money,
    "percentage": states_percentage,
    "figure_percentage": states_figure_percentage,
    "frequency": states_frequency,
}
QUANTITY = ("quantity", "money", "percent", "quantity_noun", "cost_asked")


def asked_properties(question: str) -> set[str]:
    """The properties of :data:`READERS` ``question`` asks (the question-side readers)."""
    asked = set()
    if asks_time(question, True, True):
        asked |= {"time", "period", "length"}
    if any(asks(intent, question) for intent in QUANTITY) or asks_rate(question):
        asked |= {"count", "time_count", "amount", "percentage", "figure_percentage"}
    if asks_often(question):
        asked.add("frequency")
    return asked


def main() -> int:
    """Write the AFFECTED lines to the file named first; print what is read otherwise."""
    engine = engine_for(Settings(), progress=False)
    changed: dict[str, set[str]] = {}
    for chunk in engine.chunks:
        texts = [s.text for s in chunk.statements] + [chunk.text.split("\n- ", 1)[0]]
        for sentence in (s for t in texts for s in split_sentences(t)):
            props = [
                p for p, read in READERS.items() if read(sentence, True) != read(sentence, False)
            ]
            if props:
                changed.setdefault(chunk.chunk_id, set()).update(props)
                print("statement", chunk.meeting_date, props, sentence[:120], sep="\t")

    def differs(name: str, q: Question) -> bool:
        asked = set() if name.startswith(("blind24", "blind25")) else asked_properties(q.question)
        if not asked:
            return False
        hits = engine.search_question(q.question, k=DEPTH)[1] + engine.search(q.question, k=DEPTH)
        met = {p for h in hits for p in changed.get(h.chunk.chunk_id, set())} & asked
        if not met:
            return False
        print(name, q.id, flags(q), sorted(met), q.question, sep="\t")
        return True

    write_affected(sys.argv[1], affected_lines(differs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
