#!/usr/bin/env python
"""Why the shape checks do not fire on "the asked detail is not in the quote" (issue 16 task A,
session 15): for every answered question of the readable answer sets, the kind of detail it
asks (how many, how often, when / until when / since when / a deadline, a cost, names of
persons / who voted), whether the question reader of ``ask`` recognises that kind (the intents
``quantity`` / ``money`` / ``percent`` / ``frequency``, ``property_tied.asks_time``,
``durations.asks_duration``), and whether the quote - alone, and with its passage neighbours
(the item heading, the statement before and after it in the same passage) - holds a token of
the kind (a number, a number next to the counted noun, a time, a money amount, a person's
name, a count of times).

    python eval/ask_outputs.py /tmp/out.jsonl --sets dev,generated,...   # never a holdout set
    python eval/asked_detail_scan.py /tmp/out.jsonl [--list KIND]

Per kind: answerable / unanswerable answered questions, how many the reader recognises, and
how many hold the token in the quote / in the quote or a neighbour / in a sentence (or the
sentence after one) that holds a content word of the question ("tied"); with ``--list KIND`` the
questions of that kind. Holdout sets and the test split are refused.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from answer_sets import SETS

from lrt_search import Settings
from lrt_search.answer.durations import asks_duration, states_duration
from lrt_search.answer.evidence import states_money
from lrt_search.answer.property_tied import asks_time, states_time
from lrt_search.answer.shape import answers_shape, counted_terms, counts, is_counted
from lrt_search.evaluation import engine_for, load_questions
from lrt_search.lexicon.intents import asks

# The asked kinds as this scan reads them (its own reading, to compare with ask's).
KINDS: dict[str, re.Pattern[str]] = {
    "often": re.compile(
        r"\b(?:hoe vaak|hoe dikwijls|hoeveel keer|hoeveel maal|how often|how many times)\b", re.I
    ),
    "count": re.compile(
        r"\b(?:hoeveel|how many|what number of|welk aantal|hoe groot|how large|how big)\b", re.I
    ),
    "cost": re.compile(
        r"\b(?:cost|costs|costed|kost|kosten|kostte|kostten|price|prijs|how much money|"
        r"welk bedrag|what amount|hoeveel geld)\b",
        re.I,
    ),
    "until": re.compile(
        r"\b(?:tot wanneer|until when|by when|uiterlijk wanneer|deadline|welke termijn|"
        r"what term|voor wanneer)\b",
        re.I,
    ),
    "since": re.compile(r"\b(?:sinds wanneer|since when|vanaf wanneer|from when)\b", re.I),
    "when": re.compile(r"\b(?:wanneer|wnr|when|what date|welke datum|op welke dag)\b", re.I),
    "names": re.compile(
        r"\b(?:namen|names?|wie stemde\w*|who voted|voted against|stemde\w* tegen|"
        r"which (?:mayors?|ministers?|officials|civil servants|persons?|people)|"
        r"welke (?:burgemeesters?|ministers?|ambtenaren|rijksambtenaren|personen|mensen))\b",
        re.I,
    ),
}
_PERSON = re.compile(
    r"\b(?:Dhr|Mw|Mevr|Mevrouw|De heer|Mr|Mrs|Ms|burgemeester|minister|staatssecretaris)\.?\s+"
    r"(?:van\s+|de\s+|der\s+|den\s+)*[A-Z][a-zé]+",
)
_TIMES = re.compile(
    r"\b(?:\d+|een|twee|drie|vier|vijf|zes|meerdere|enkele)\s*(?:keer|maal|x)\b|"
    r"\b(?:times|once|twice|wekelijks|dagelijks|maandelijks|regelmatig|nooit|never)\b",
    re.I,
)


def asked_kind(question: str) -> str | None:
    """The first kind of :data:`KINDS` the question asks (how often before how many)."""
    for kind, pattern in KINDS.items():
        if pattern.search(question):
            return kind
    return None


def recognised(question: str) -> str:
    """What ``ask``'s reader makes of the question: its intents of a property, "" for none."""
    seen = [i for i in ("quantity", "money", "percent", "frequency") if asks(i, question)]
    if asks_time(question, True):
        seen.append("time")
    if asks_duration(question):
        seen.append("duration")
    return "+".join(seen)


def holds(kind: str, text: str, counted: object) -> bool:
    """Whether ``text`` holds a token of ``kind``."""
    if not text:
        return False
    if kind == "count":
        if counted is not None:
            return counts(text, counted)  # type: ignore[arg-type]
        return answers_shape(text, set(), set(), True, None)
    if kind == "often":
        return bool(_TIMES.search(text))
    if kind == "cost":
        return states_money(text)
    if kind in ("until", "since", "when"):
        return states_time(text) or states_duration(text)
    if kind == "names":
        return bool(_PERSON.search(text))
    return False


_SENTENCE = re.compile(r"(?<=[.!?;:])\s+")


def tied(kind: str, text: str, counted: object, terms: set[str], tokenize: object) -> bool:
    """Whether a sentence of ``text`` that holds a content term of the question (``terms``),
    or the sentence after one, holds a token of ``kind`` (the token tied to the topic)."""
    sentences = _SENTENCE.split(text) if text else []
    on_topic = [bool(terms & set(tokenize(s))) for s in sentences]  # type: ignore[operator]
    return any(
        (on_topic[i] or (i and on_topic[i - 1])) and holds(kind, s, counted)
        for i, s in enumerate(sentences)
    )


def neighbours(chunks: dict[str, object], cit: dict) -> tuple[str, str, str]:
    """The heading, the statement before and the one after ``cit`` in its passage."""
    chunk = chunks.get(cit["chunk_id"])
    if chunk is None:
        return "", "", ""
    heading = chunk.text.split("\n- ", 1)[0]
    statements = list(chunk.statements)
    for i, s in enumerate(statements):
        if s.span.line_start == cit["line_start"]:
            before = statements[i - 1].text if i else ""
            after = statements[i + 1].text if i + 1 < len(statements) else ""
            return heading, before, after
    return heading, "", ""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("outputs", type=Path)
    parser.add_argument("--list", default="")
    args = parser.parse_args()
    records = [json.loads(line) for line in args.outputs.read_text("utf-8").splitlines()]
    if any("holdout" in r["set"] for r in records):
        parser.error("holdout sets are never read")
    engine = engine_for(Settings(), progress=False)
    retriever = engine
    chunks = {c.chunk_id: c for c in engine.chunks}
    truth: dict[tuple[str, str], bool] = {}
    for name in {r["set"] for r in records}:
        file, split = SETS[name]
        for q in load_questions(file, split):
            truth[(name, q.id)] = q.answerable
    table: dict[tuple[str, bool], Counter[str]] = defaultdict(Counter)
    for r in records:
        answer, question = r["answer"], r["question"]
        kind = asked_kind(question)
        if kind is None or answer["abstained"] or not answer["citations"]:
            continue
        answerable = truth[(r["set"], r["id"])]
        terms = counted_terms(retriever, question) if kind == "count" else frozenset()
        counted = is_counted(retriever, terms)
        cits = answer["citations"]
        in_quote = any(holds(kind, c["quote"], counted) for c in cits)
        near = in_quote or any(holds(kind, t, counted) for c in cits for t in neighbours(chunks, c))
        terms = set(retriever.analyzer.tokenize(KINDS[kind].sub(" ", question)))
        texts = [c["quote"] for c in cits] + [t for c in cits for t in neighbours(chunks, c)]
        tie = any(tied(kind, t, counted, terms, retriever.analyzer.tokenize) for t in texts)
        seen = recognised(question)
        row = table[(kind, answerable)]
        row["answered"] += 1
        row["recognised"] += bool(seen)
        row["in_quote"] += in_quote
        row["in_quote_or_neighbour"] += near
        row["tied"] += tie
        if args.list in (kind, "all"):
            label = answer["confidence_label"]
            print(
                f"{kind:6} {'A' if answerable else 'U'} {r['set']}:{r['id']} {label:6} "
                f"read={seen or '-'} quote={int(in_quote)} near={int(near)} tied={int(tie)} | "
                f"{question[:90]}"
            )
    print("kind    truth  answered  recognised  token_in_quote  token_in_quote_or_neighbour  tied")
    for (kind, answerable), row in sorted(table.items()):
        print(
            f"{kind:7} {'A' if answerable else 'U':5} {row['answered']:8} {row['recognised']:11}"
            f" {row['in_quote']:15} {row['in_quote_or_neighbour']:28} {row['tied']:5}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
