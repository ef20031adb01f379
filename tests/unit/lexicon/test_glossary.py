"""The glossary's word index finds exactly what one regex over every term finds."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from lrt_search.lexicon.glossary import Glossary, GlossaryEntry, _phrase

ROOT = Path(__file__).resolve().parents[3]


def reference(glossary: Glossary, text: str) -> list[tuple[str, GlossaryEntry]]:
    """The one big regex the word index replaces: every term, longest first, whole words."""
    pairs = sorted(
        ((t.lower(), i) for i, e in enumerate(glossary.entries) for t in e.en),
        key=lambda pair: -len(pair[0]),
    )
    pattern = re.compile("|".join(f"((?<!\\w){_phrase(t)}(?!\\w))" for t, _ in pairs), re.I)
    return [
        (m.group(0), glossary.entries[pairs[m.lastindex - 1][1]]) for m in pattern.finditer(text)
    ]


def test_same_matches_as_one_regex() -> None:
    glossary = Glossary.default()
    terms = [t for e in glossary.entries for t in e.en]
    questions = [
        json.loads(line)["question"]
        for line in (ROOT / "eval" / "questions.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    rng = random.Random(3)
    texts = list(questions)
    for _ in range(500):
        picked = rng.sample(terms, 3)
        words = [
            t.upper().replace(" ", rng.choice(["-", "  ", " "])) if rng.random() < 0.3 else t
            for t in picked
        ]
        texts.append("What about " + " and ".join(words) + "? " + rng.choice(terms)[:-1])
    found = 0
    for text in texts:
        expected = reference(glossary, text)
        assert glossary.matches(text) == expected, text
        found += bool(expected)
    assert found > 300


def test_no_terms_and_overlaps() -> None:
    glossary = Glossary(
        [
            GlossaryEntry(("housing target",), ("taakstelling",)),
            GlossaryEntry(("housing",), ("huisvesting",)),
        ]
    )
    assert glossary.matches("nothing here") == []
    assert [m for m, _ in glossary.matches("the Housing-Target and housing")] == [
        "Housing-Target",
        "housing",
    ]
    assert glossary.expand("housing targets") == ["huisvesting"]
    assert Glossary([]).matches("housing") == []
