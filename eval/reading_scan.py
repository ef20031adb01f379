"""The loop every reading-only scan shares (issue 16, session 23 task A4): walk the readable
answer sets, list the questions a rule reads otherwise, and write them as the AFFECTED lines
eval/affected_ask.py takes ("<set> <n> <id><flags> ..."). No ``ask`` runs.

A scan supplies only ``differs(set_name, question) -> bool`` (reading with the rule on and off,
printing whatever it wants to show) and calls::

    write_affected(path, affected_lines(differs))

Held-out sets ("*holdout") and the test split are never yielded. A scan of a rule of the
question reader (a switch of ``SpeakerRules``) reads each question with :func:`question_reader`
(the bundled corpus's meeting days in place of an index, :func:`held`); one that compares the
two readings whole and prints the question and what it shows of each takes
:func:`rule_differs` as its ``differs``; one that compares the readings of two code trees
runs :func:`tree_scan`. (Session 28 task F: these lines had been copied into 11 scans.)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from answer_sets import SETS, held_out  # the script's folder is on the path

from lrt_search.evaluation import Question, load_questions

if TYPE_CHECKING:
    from lrt_search.lexicon.glossary import Glossary
    from lrt_search.lexicon.organisations import OrgTable
    from lrt_search.search.parsed import ParsedQuestion
    from lrt_search.search.query import SpeakerRules

ROOT = Path(__file__).resolve().parent.parent
#: The days of the bundled corpus's meetings (its ``corpus/*-lrt.txt`` files), in order.
DAYS = sorted(dt.date.fromisoformat(p.name[:10]) for p in (ROOT / "corpus").glob("*-lrt.txt"))


def readable_sets(names: str = "") -> Iterator[tuple[str, list[Question]]]:
    """(name, questions) of every registered set that may be read, in registry order: never a
    held-out set, never the test split. ``names`` (comma-separated) keeps only those sets."""
    wanted = set(names.split(",")) if names else None
    for name, (path, split) in SETS.items():
        if held_out(name) or split == "test" or (wanted is not None and name not in wanted):
            continue
        yield name, [q for q in load_questions(path, split) if q.split != "test"]


def flags(q: Question) -> str:
    """The flags eval/affected_ask.py reads after a question's id: "G" when it bears gold
    quotes, then "A" (answerable) or "U" (unanswerable)."""
    return ("G" if q.gold else "") + ("A" if q.answerable else "U")


def affected_lines(differs: Callable[[str, Question], bool], names: str = "") -> list[str]:
    """One line "<set> <n> <id><flags> ..." per readable set holding a question for which
    ``differs(set_name, question)`` is true; sets with none are left out."""
    lines = []
    for name, questions in readable_sets(names):
        items = [q.id + flags(q) for q in questions if differs(name, q)]
        if items:
            lines.append(f"{name} {len(items)} {' '.join(items)}")
    return lines


def write_affected(path: Path | str, lines: list[str]) -> None:
    """Write the AFFECTED ``lines`` to ``path``, one a line, ending in a newline."""
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")


def held(since: dt.date | None, until: dt.date | None) -> bool:
    """Whether the bundled corpus holds a meeting from ``since`` to ``until`` (either end open):
    the ``has_meeting`` a scan gives ``read_question`` in place of an index."""
    return any((since is None or since <= d) and (until is None or d <= until) for d in DAYS)


@cache
def _tables() -> tuple[OrgTable, Glossary]:
    from lrt_search.lexicon.glossary import Glossary
    from lrt_search.lexicon.organisations import OrgTable

    return OrgTable.default(), Glossary.default()


def question_reader(
    rules: SpeakerRules | None = None, date_words: bool = False
) -> Callable[[str], ParsedQuestion]:
    """``read_question`` of a question with ``rules`` (None: the defaults), the default
    organisation table and glossary and the corpus's meeting days (:func:`held`); with
    ``date_words``, of the question as ``ask`` reads it after rule date_words_read."""
    from lrt_search.search.date_words import read_date_words
    from lrt_search.search.parsed import read_question

    orgs, glossary = _tables()

    def read(question: str) -> ParsedQuestion:
        text = read_date_words(question)[0] if date_words else question
        return read_question(text, orgs, glossary, held, rules)

    return read


def rule_differs(
    on: SpeakerRules | None,
    off: SpeakerRules,
    shown: Callable[[ParsedQuestion], object],
    date_words: bool = False,
) -> Callable[[str, Question], bool]:
    """A ``differs`` for :func:`affected_lines`: whether the question is read otherwise with
    ``on`` than with ``off`` (:func:`question_reader`), printing for each such question
    "<set> <id> <flags> <question> <shown off> -> <shown on>", tab-separated."""
    read_on, read_off = question_reader(on, date_words), question_reader(off, date_words)

    def differs(name: str, q: Question) -> bool:
        now, was = read_on(q.question), read_off(q.question)
        if now == was:
            return False
        print(name, q.id, flags(q), q.question, shown(was), "->", shown(now), sep="\t")
        return True

    return differs


def print_affected(lines: list[str]) -> None:
    """Print the AFFECTED ``lines`` to stdout, one a line (nothing when there are none)."""
    for line in lines:
        print(line)


def shown_fields(parsed: ParsedQuestion) -> dict[str, str]:
    """Every field of ``parsed`` but its text, as its repr; a set's sorted (hash seeds differ)."""
    import dataclasses

    def shown(value: object) -> str:
        return repr(sorted(value)) if isinstance(value, (set, frozenset)) else repr(value)

    return {k: shown(v) for k, v in dataclasses.asdict(parsed).items() if k != "text"}


def tree_scan(reading: Callable[[str], dict[str, str]], argv: list[str]) -> int:
    """The two runs of a scan that compares the readings of two code trees (a rule that adds
    data, not only a switch): ``--dump FILE`` writes ``reading(question)`` of every readable
    question as JSON (run in the base tree); ``BASE AFFECTED`` prints each question read
    otherwise than in BASE with the fields that changed, and writes the AFFECTED lines."""
    import json

    if argv[0] == "--dump":
        out = {f"{n}:{q.id}": reading(q.question) for n, qs in readable_sets() for q in qs}
        Path(argv[1]).write_text(json.dumps(out, ensure_ascii=False), encoding="utf-8")
        return 0
    base = json.loads(Path(argv[0]).read_text(encoding="utf-8"))

    def differs(name: str, q: Question) -> bool:
        was, now = base.get(f"{name}:{q.id}"), reading(q.question)
        if was == now:
            return False
        changed = [k for k in now if was is None or was.get(k) != now[k]]
        shown = {k: (was or {}).get(k, "") + " -> " + now[k] for k in changed}
        print(name, q.id, flags(q), q.question, shown, sep="\t")
        return True

    write_affected(argv[1], affected_lines(differs))
    return 0


def two_folds(name: str) -> str:
    """'design' or 'validation' of the readable set ``name``: design are the design halves of
    blind3..blind10, dev, generated and the probes whose file name starts with a..m; every
    other set is validation (no newest or derived fold: eval/fold_figures.py ``fold_of``)."""
    import re

    m = re.fullmatch(r"blind(\d+)_design", name)
    if m:
        return "design" if int(m.group(1)) <= 10 else "validation"
    path = Path(SETS[name][0])
    if name in ("dev", "generated"):
        return "design"
    if path.name.endswith("_probe.jsonl"):
        return "design" if path.name[0] <= "m" else "validation"
    return "validation"
