"""Rule ``spelling_joins`` keys only the words whose letters could give the joined word's key
(``search.spelling.with_key``): the same words, in the same order, as keying every word of the
minutes, and the same suggestions as the loop that keyed every word of each pair's lengths
(the stored spellings read without the ASCII words that lack a letter the key needs)."""

from __future__ import annotations

import random
from collections import defaultdict
from itertools import pairwise

from lrt_search.lexicon.spelling_variants import spelling_key
from lrt_search.search.spelling import (
    _TOKEN,
    Suggestion,
    in_case_of,
    joined_words,
    vocabulary,
    with_key,
)
from lrt_search.service import Engine


def _every_word(engine: Engine) -> list[str]:
    return [w for ws in vocabulary(engine).values() for w in ws]


def test_with_key_finds_what_keying_every_word_finds(engine: Engine) -> None:
    words = _every_word(engine)
    by_key: dict[str, list[str]] = defaultdict(list)
    for w in words:
        by_key[spelling_key(w)].append(w)
    rnd = random.Random(3)
    keys = rnd.sample(sorted(by_key), 250)
    # keys of variants: joined, capitalised, accented, doubled, alternated, cut
    for w in rnd.sample(words, 150):
        keys.append(spelling_key(w.capitalize().replace("c", "k").replace("e", "ë", 1)))
        keys.append(spelling_key(w + w[-1] + "s"))
        keys.append(spelling_key(w[: len(w) // 2] + rnd.choice(words)))
    for key in keys:
        assert with_key(words, key) == by_key.get(key, []), key


def _keyed_every_word(engine: Engine, query: str, unknown: list[str]) -> list[Suggestion]:
    """The rule as it was written: every word of the pair's lengths keyed, a read per pair."""
    import re

    lost, out, corrected = set(unknown), [], query
    for a, b in pairwise(_TOKEN.findall(query)):
        if not ({a, b} & lost) or any(a in s.word.split() for s in out):
            continue
        key, n = spelling_key(a + b), len(a) + len(b)
        words = vocabulary(engine, n - 2, n + 2)
        found = [w for size in words.values() for w in size if spelling_key(w) == key]
        if found:
            better = max(found, key=lambda w: words[len(w)][w])
            pattern = rf"(?<!\w){re.escape(a)}\s+{re.escape(b)}(?!\w)"
            corrected = re.sub(pattern, in_case_of(a, better), corrected)
            out.append(Suggestion(f"{a} {b}", in_case_of(a, better), corrected))
    return out


def test_joined_words_as_when_every_word_was_keyed(engine: Engine) -> None:
    query = "Wat is er gezegd over doorstroom lokaties voor statushouders en asielzoekers centra?"
    got = joined_words(engine, query, ["lokaties", "centra"])
    assert [s.suggestion for s in got] == ["doorstroomlocaties"]
    words = _every_word(engine)
    rnd = random.Random(11)
    for _ in range(60):  # a word of the minutes cut in two, the second half misspelt
        w = rnd.choice([w for w in words if len(w) >= 10])
        cut = rnd.randrange(4, len(w) - 4)
        tail = w[cut:].replace("c", "k").replace("k", "kk", 1)
        query = f"Wat zei men over de {w[:cut]} {tail} en {rnd.choice(words)} {tail}?"
        unknown = [tail]
        assert joined_words(engine, query, unknown) == _keyed_every_word(engine, query, unknown), (
            query
        )


def test_stored_spellings_holding_letters_keep_the_order(engine: Engine) -> None:
    from lrt_search.index.facts import corpus_facts

    facts = corpus_facts(engine.chunks)
    every = facts.spellings(3, 30)
    assert every  # the session index stores its spellings
    for letters in ("", "e", "dlmor", "kst", "ë", "zqx"):
        held = facts.spellings(3, 30, letters)
        kept = [(w, n) for w, n in every if not w.isascii() or set(letters) <= set(w.lower())]
        assert held == kept, letters
