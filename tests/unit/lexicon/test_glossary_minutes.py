"""Rule glossary_minutes: the English forms of the minutes' own content terms
(lexicon/data/glossary_minutes.toml) are read after glossary.toml, only when asked for."""

from __future__ import annotations

import re

import Stemmer

from lrt_search.config import Settings
from lrt_search.lexicon.datafiles import bundled_toml
from lrt_search.lexicon.glossary import Glossary, GlossaryEntry

_WORD = re.compile(r"\w+")


def _key(term: str) -> tuple[str, ...]:
    stem = Stemmer.Stemmer("english").stemWord
    return tuple(stem(w) for w in _WORD.findall(term.lower()))


def test_on_by_default_and_after_the_core() -> None:
    assert Settings().glossary_minutes is True
    core, full = Glossary.default(minutes=False), Glossary.default()
    assert full.entries[: len(core.entries)] == core.entries
    assert len(full.entries) > len(core.entries)
    assert core.expand("municipalities getting cold feet") == [
        "gemeenten",
        "gemeente",
        "gemeentelijke",
    ]
    assert "koudwatervrees" in full.expand("municipalities getting cold feet")


def test_a_hand_built_entry_reads_its_inflections() -> None:
    glossary = Glossary([GlossaryEntry(("bottleneck",), ("knelpunten", "knelpunt"))])
    assert glossary.expand("Which bottlenecks were named?") == ["knelpunten", "knelpunt"]
    assert glossary.expand("Which bottles were named?") == []


def test_no_minutes_term_shadows_a_core_term() -> None:
    """A term whose stems equal a glossary.toml term's would hide one of the two entries."""
    core = {_key(t) for e in bundled_toml("glossary.toml")["term"] for t in e["en"]}
    minutes = [t for e in bundled_toml("glossary_minutes.toml")["term"] for t in e["en"]]
    assert [t for t in minutes if _key(t) in core] == []


def test_no_minutes_term_is_a_word_of_speech() -> None:
    """Terms that stem to a verb of speech ("talks": "talk", "comments": "comment",
    "suggestions": "suggest", "briefing": "brief") would read "Did they talk about X" as a
    topic: none is listed."""
    speech = {_key(w) for w in ("talk", "comment", "suggest", "brief", "raise", "find", "offer")}
    minutes = [t for e in bundled_toml("glossary_minutes.toml")["term"] for t in e["en"]]
    assert [t for t in minutes if _key(t) in speech] == []
