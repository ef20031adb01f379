"""The glossary matches English terms by their word stems, longest term first."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import Stemmer

from lrt_search.lexicon.glossary import Glossary, GlossaryEntry

ROOT = Path(__file__).resolve().parents[3]
_WORD = re.compile(r"\w+")


def reference(glossary: Glossary, text: str) -> list[tuple[str, GlossaryEntry]]:
    """Brute force: at each word, the longest term (in words) whose stems stand there."""
    stem = Stemmer.Stemmer("english").stemWord
    tokens = list(_WORD.finditer(text))
    stems = [stem(t.group(0).lower()) for t in tokens]
    terms = sorted(
        (
            (
                tuple(stem(w) for w in _WORD.findall(t.lower())),
                tuple(_WORD.findall(t.lower())),
                i,
            )
            for i, e in enumerate(glossary.entries)
            for t in e.en
        ),
        key=lambda pair: -len(pair[0]),
    )
    out, i = [], 0
    while i < len(stems):
        fitting = [
            (t, w, index) for t, w, index in terms if t and tuple(stems[i : i + len(t)]) == t
        ]
        if not fitting:
            i += 1
            continue
        n = len(fitting[0][0])
        fitting = [f for f in fitting if len(f[0]) == n]
        words = tuple(t.group(0).lower() for t in tokens[i : i + n])
        exact = [index for _, w, index in fitting if w == words]
        index = exact[0] if exact else fitting[0][2]
        out.append((text[tokens[i].start() : tokens[i + n - 1].end()], glossary.entries[index]))
        i += n
    return out


def test_same_matches_as_brute_force() -> None:
    glossary = Glossary.default(read=False)  # the stem matcher (rule glossary_matches_read off)
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


def test_every_term_finds_an_entry_that_holds_it() -> None:
    glossary = Glossary.default()
    for entry in glossary.entries:
        for term in entry.en:
            found = glossary.matches(f"What about {term}?")
            assert any(
                (surface.lower() == term.lower() and term in matched.en)
                or (term.lower() in surface.lower() and len(surface) > len(term))
                for surface, matched in found
            ), term


def test_inflections_and_overlaps() -> None:
    glossary = Glossary(
        [
            GlossaryEntry(("housing target",), ("taakstelling",)),
            GlossaryEntry(("housing",), ("huisvesting",)),
            GlossaryEntry(("withdraw",), ("intrekken",)),
            GlossaryEntry(("municipality",), ("gemeente",)),
        ]
    )
    assert glossary.matches("nothing here") == []
    assert [m for m, _ in glossary.matches("the Housing-Target and housing")] == [
        "Housing-Target",
        "housing",
    ]
    assert glossary.expand("housing targets") == ["taakstelling"]
    assert glossary.expand("withdrawing the act") == ["intrekken"]
    assert glossary.expand("the municipality's view; municipalities") == ["gemeente"]
    assert glossary.expand("municipal") == []  # a derivation (rule glossary_matches_read)
    assert Glossary(glossary.entries, read=False).expand("municipal") == ["gemeente"]  # stem
    assert glossary.expand("a withdrawn cat") == []  # "withdrawn" does not stem to "withdraw"
    assert Glossary([]).matches("housing") == []
