"""Listing of the class of task C2, session 29 (no rule, no ``ask``): every readable question
(no held-out half, no test split, no blind29) that names two periods joined by "en", "of",
"alsook", "and", "or", "as well as" (the second with or without its preposition; a shared year
or month as in "op 3 en 10 november 2023", "in april en november 2023"), not as the ends of a
span ("tussen", "between", "van", "from", "t/m"), with its fold and the period the question
reader reads now (one since..until). Writes AFFECTED lines for eval/affected_ask.py.

    python eval/period_pairs_scan.py AFFECTED.txt
"""

from __future__ import annotations

import re
import sys

# the script's folder is on the path
from fold_figures import fold_of
from reading_scan import affected_lines, question_reader, readable_sets, write_affected

from lrt_search.index.analysis import is_english
from lrt_search.lexicon.dates import MONTH_WORDS

_Y = r"(?:19|20)\d{2}"
_PART = (
    rf"(?:\d{{1,2}}(?:\s+(?:{MONTH_WORDS})\.?)?(?:\s+{_Y})?|(?:{MONTH_WORDS})\.?(?:\s+{_Y})?"
    rf"|{_Y}|Q[1-4]\s+{_Y}|\d{{1,2}}[-/]\d{{1,2}}[-/]{_Y})"
)
_JOIN = r"(?:en|and|of|or|as\s+well\s+as|alsook)"
_PREP = r"(?:(?:in|op|on|during|tijdens)\s+(?:de\s+|het\s+|the\s+)?)?"
_PAIR = re.compile(
    rf"\b{_PREP}(?P<a>{_PART})\s+(?P<j>{_JOIN})\s+{_PREP}(?P<b>{_PART})(?![\w/-])", re.I
)
# the ends of a span: "tussen juli 2022 en maart 2025", "between April and November 2023"
_SPAN_BEFORE = re.compile(
    rf"\b(?:tussen|between|van|from)\s+(?:(?:\d{{1,2}}|{MONTH_WORDS})\.?\s+){{0,2}}$", re.I
)


def pair_of(question: str) -> str:
    """The first pair of periods ``question`` names ("" none): both parts hold a year, a month
    or a day with a month after it."""
    for m in _PAIR.finditer(question):
        a, b = m.group("a"), m.group("b")
        if _SPAN_BEFORE.search(question[: m.start()]):
            continue
        if m.group("j").lower() == "of" and is_english(question):
            continue  # "item 2 of 19 March 2025"
        dated = re.search(rf"{_Y}|{MONTH_WORDS}", m.group(0), re.I)
        if dated and not (a.isdigit() and len(a) <= 2 and not re.search(MONTH_WORDS, b, re.I)):
            return m.group(0)
    return ""


def main() -> int:
    """Print each question of the class (set, id, fold, pair, period read); write AFFECTED."""
    read = question_reader()

    def differs(name: str, q: object) -> bool:
        pair = pair_of(q.question)  # type: ignore[attr-defined]
        if not pair:
            return False
        p = read(q.question)  # type: ignore[attr-defined]
        fold = fold_of(name, 29, frozenset())
        print(name, q.id, fold, pair, f"{p.since}..{p.until}", q.question, sep="\t")  # type: ignore[attr-defined]
        return True

    names = ",".join(n for n, _ in readable_sets() if not n.startswith("blind29"))
    write_affected(sys.argv[1], affected_lines(differs, names))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
