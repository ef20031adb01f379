"""Every reason of every abstention on the eval questions (dev), the probes, the two blind probes,
the design halves of the third to seventh blind sets, the meeting and period probes is
true of the minutes: what it says does not occur does not occur, a period it says holds no
meeting holds none, a statement it says no speaker makes is made by none, a header it says names
no time or place names none, an organisation it says is not on the attendee lists is not on
them."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from types import SimpleNamespace

import pytest

from lrt_search.answer.topics import topic_terms
from lrt_search.index.analysis import words
from lrt_search.lexicon.dates import MONTHS
from lrt_search.lexicon.intents import asks
from lrt_search.search.query import is_speech_word_in
from lrt_search.service import Engine

EVAL = Path(__file__).resolve().parents[2] / "eval"


def _questions() -> list[str]:
    out = []
    sets = (("questions.jsonl", "dev"), ("probes.jsonl", None), ("blind_probe.jsonl", None),
            ("blind2_probe.jsonl", None), ("blind3_design.jsonl", None),
            ("blind4_design.jsonl", None), ("blind5_design.jsonl", None),
            ("blind6_design.jsonl", None),
            ("blind7_design.jsonl", None),
            ("period_probe.jsonl", None), ("meeting_probe.jsonl", None),
            ("topic_head_probe.jsonl", None))  # fmt: skip
    for name, split in sets:
        for line in (EVAL / name).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if split is None or row.get("split") == split:
                out.append(row["question"])
    return out


def _occurs(texts: list[list[str]], phrase: str) -> bool:
    seq = words(phrase)
    n = len(seq)
    return any(t[i : i + n] == seq for t in texts for i in range(len(t) - n + 1))


def _day_written(question: str, lo: dt.date, hi: dt.date, texts: list[list[str]]) -> str | None:
    """A day of no meeting asked without a word of the meetings, of attendance, the chair or
    speech, that the minutes write ("17 februari"), is the day of something they tell of."""
    if lo != hi or is_speech_word_in(question):
        return None
    if any(asks(intent, question) for intent in ("meeting", "attendance", "chair")):
        return None
    names = [m for m, n in MONTHS.items() if n == lo.month]
    written = [f"{lo.day} {m}" for m in names if _occurs(texts, f"{lo.day} {m}")]
    return f"the minutes write the day: {written}" if written else None


def _false_reason(engine: Engine, answer: object, texts: list[list[str]]) -> str | None:
    code, params = answer.reason_code, answer.reason_params  # type: ignore[attr-defined]
    if code == "name_absent":
        present = [n for n in params["names"] if _occurs(texts, n)]
        return f"names occur: {present}" if present else None
    if code == "topic_absent":
        present = [w for w in params["words"] if _occurs(texts, w)]
        return f"words occur: {present}" if present else None
    if code == "no_meeting":
        dates = {c.meeting_date for c in engine.chunks}
        since, _, until = params["period"].partition(" to ")
        lo, hi = dt.date.fromisoformat(since), dt.date.fromisoformat(until or since)
        inside = [d for d in dates if lo <= d <= hi]
        if inside:
            return f"meetings in the period: {inside}"
        return _day_written(answer.question, lo, hi, texts)  # type: ignore[attr-defined]
    if code in ("header_lacks", "not_listed"):
        return _false_header_reason(engine, code, params)
    if code == "topic_not_quoted" and params.get("speaker"):
        codes = set(params["speaker"].split(", "))
        terms = topic_terms(engine, params["topic"], answer.filters["language"] == "en").terms  # type: ignore[attr-defined]
        said = [
            s.text
            for c in engine.chunks
            for s in c.statements
            if codes & set(s.speakers) and terms & set(engine.analyzer.tokenize(s.text))
        ]
        return f"the speaker says it: {said[:1]}" if said else None
    if code == "speaker_silent":
        return _spoken(engine, params)
    return None


#: What a header that names a time / a place holds, read independently of answer/meeting_facts.py.
_HEADER_HOLDS = {
    "time": re.compile(r"\b\d{1,2}[.:]\d{2}\b"),
    "place": re.compile(r"^Vergaderplaats\s+(?!\d)\w", re.M),
}


def _false_header_reason(engine: Engine, code: str, params: dict) -> str | None:
    headers = [
        c.text
        for c in engine.chunks
        if c.kind == "header" and c.meeting_date.isoformat() in params["dates"]
    ]
    if code == "header_lacks":
        holds = _HEADER_HOLDS.get(params["fact"])
        said = [h for h in headers if holds is None or holds.search(h)]
        return f"a header says it: {said[:1]}" if said else None
    listed = [n for n in params["names"] for h in headers if re.search(rf"\({re.escape(n)}\b", h)]
    return f"on the attendee lists: {listed}" if listed else None


def _spoken(engine: Engine, params: dict[str, object]) -> str | None:
    """Whether a speaker said to make no statement (in the period) makes one."""
    codes = {engine.orgs.resolve(n) or n for n in params["names"]}  # type: ignore[union-attr]
    since, _, until = str(params.get("period") or "").partition(" to ")
    lo = dt.date.fromisoformat(since) if since else dt.date.min
    hi = dt.date.fromisoformat(until or since) if since else dt.date.max
    said = [
        s.text
        for c in engine.chunks
        if lo <= c.meeting_date <= hi
        for s in c.statements
        if codes & {engine.orgs.resolve(x) or x for x in s.speakers}
    ]
    return f"the speaker speaks: {said[:1]}" if said else None


def test_every_reason_of_every_abstention_is_true(engine: Engine) -> None:
    texts = [words(c.text) for c in engine.chunks]
    false = []
    abstained = 0
    for question in _questions():
        answer = engine.ask(question)
        if not answer.abstained:
            continue
        abstained += 1
        assert answer.reason_code, question
        wrong = _false_reason(engine, answer, texts)
        if wrong:
            false.append((question, answer.reason, wrong))
    assert abstained >= 90
    assert false == [], "\n".join(map(str, false))


@pytest.mark.parametrize("code", ["name_absent", "topic_absent", "no_meeting", "speaker_silent"])
def test_the_reason_checker_sees_a_false_reason(engine: Engine, code: str) -> None:
    texts = [words(c.text) for c in engine.chunks]

    fake = SimpleNamespace(
        reason_code=code,
        reason_params={"names": ["COA"], "words": ["statushouders"], "period": "2023-11-03"},
        filters={"language": "nl"},
    )
    assert _false_reason(engine, fake, texts)


@pytest.mark.parametrize(
    "params",
    [
        {"code": "header_lacks", "fact": "time", "dates": ["2023-11-03"]},
        {"code": "header_lacks", "fact": "place", "dates": ["2023-11-10"]},
        {"code": "not_listed", "names": ["VNG"], "dates": ["2023-11-10"]},
    ],
)
def test_the_reason_checker_sees_a_false_header_reason(engine: Engine, params: dict) -> None:
    assert _false_header_reason(engine, params["code"], params)
