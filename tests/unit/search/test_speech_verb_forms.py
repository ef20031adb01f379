"""Rule ``speech_verb_forms_read`` (issue 16 session 28 task B2; tried and deleted, code at
d222f51a, docs/settings.md): every row of the generated
table tests/data/speech_verb_forms.toml (eval/make_speech_verb_forms.py) - a verb of speech in
any form (past singular and plural, present, participle before and after the topic, infinitive,
te-infinitive, a subordinate clause's joined past; English base, "-s", participle, "-ing",
past) is read as speech: the question holds a word of speech, the body is the speaker, the
topic is the topic's words only, and no word of the verb is a content word (the "not
understood" note and the implied topic read those). No index."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

import pytest

from lrt_search.answer.implied_topic import implied_topic
from lrt_search.index.analysis import dutch_stopwords, english_stopwords
from lrt_search.lexicon.glossary import Glossary
from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.parsed import read_question
from lrt_search.search.unread import content_words

_TABLE = Path(__file__).resolve().parents[2] / "data" / "speech_verb_forms.toml"
_ROWS = tomllib.loads(_TABLE.read_text(encoding="utf-8"))["row"]


@cache
def _tables() -> tuple[OrgTable, Glossary]:
    return OrgTable.default(), Glossary.default()


def reading(question: str) -> dict[str, object]:
    """What the reader gives of ``question``: speech, speaker, topic words, content words."""
    orgs, glossary = _tables()
    parsed = read_question(question, orgs, glossary)
    stop = dutch_stopwords() | english_stopwords()
    if parsed.topic:
        topic = [w for w in parsed.topic.lower().split() if len(w) >= 3 and w not in stop]
    else:
        topic = implied_topic(question, orgs, glossary).lower().split()
    content = {w.lower() for w, _, _ in content_words(question, orgs)}
    return {
        "speech": parsed.speech,
        "speaker": ",".join(parsed.speaker),
        "topic": sorted(topic),
        "content": content,
    }


def wrong(row: dict) -> str:
    """Why ``row`` is read wrong, "" when it is read right."""
    got = reading(row["question"])
    verb_words = {w.lower() for w in row["form"].split()} - {"te", "zich"}
    why = []
    if not got["speech"]:
        why.append("no speech")
    if got["speaker"] != row["speaker"]:
        why.append(f"speaker {got['speaker']!r}")
    if got["topic"] != sorted(row["topic"]):
        why.append(f"topic {got['topic']}")
    if verb_words & got["content"]:  # type: ignore[operator]
        why.append(f"content {sorted(verb_words & got['content'])}")  # type: ignore[operator]
    return "; ".join(why)


#: Rows read wrong by decision: "notes" is left out of the forms of "note" (speech.toml
#: ``speech_verbs_not_forms``: "the notes" of a meeting are no speech).
KNOWN_MISSES = {"Who notes about reception?"}


@pytest.mark.xfail(reason="138 of 559 rows read wrong without the deleted rule", strict=True)
def test_every_row() -> None:
    """At main (without the rule) 138 of 559 rows are read wrong; with it (d222f51a) only the
    known misses."""
    bad = [(r["kind"], r["question"], w) for r in _ROWS if (w := wrong(r))]
    bad = [b for b in bad if b[1] not in KNOWN_MISSES]
    assert not bad, f"{len(bad)} of {len(_ROWS)} rows read wrong: {bad[:30]}"


def test_table_kinds() -> None:
    kinds = {r["kind"] for r in _ROWS}
    assert {"past", "past_plural", "participle_after", "te_infinitive", "ing"} <= kinds
