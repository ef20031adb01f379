"""The single-word spelling suggestion (``search.spelling.closest_word``) reads from the stored
spellings only the words that could lie within its edit limit (``near``: a word lacking more
of the written word's characters than the limit is farther, each edit removes at most one);
on misspellings of the corpus's own words it suggests what the whole edit window suggested,
and the filtered rows are the full rows filtered, in order."""

from __future__ import annotations

import random

from editdistpy import damerau_osa

from lrt_search.index.facts import corpus_facts
from lrt_search.search.spelling import closest_word, edit_limit, vocabulary
from lrt_search.service import Engine

LETTERS = "abcdefghijklmnopqrstuvwxyzéë"


def _typos(words: list[str], rnd: random.Random) -> list[str]:
    """A deletion, insertion, substitution, transposition and two edits of each word."""
    out = []
    for w in words:
        i = rnd.randrange(len(w))
        c = rnd.choice(LETTERS)
        sub = w[:i] + c + w[i + 1 :]
        swap = w[:i] + w[i + 1 : i + 2] + w[i] + w[i + 2 :] if i < len(w) - 1 else w
        out += [w[:i] + w[i + 1 :], w[:i] + c + w[i:], sub, swap, sub[::-1][:1] + sub[1:-1] + "x"]
        out.append(w.capitalize())
    return out


def test_the_filtered_window_suggests_what_the_whole_window_suggested(engine: Engine) -> None:
    every = [w for ws in vocabulary(engine).values() for w in ws if len(w) >= 4]
    rnd = random.Random(5)
    suggested = 0
    for word in [*_typos(rnd.sample(every, 120), rnd), "huisvestng", "qqqqqq", "asielzoekrs"]:
        window = (len(word) - 2, len(word) + 2)
        near = (word.lower(), edit_limit(word, 2))
        whole, some = vocabulary(engine, *window), vocabulary(engine, *window, near)
        assert closest_word(word, some, 2) == closest_word(word, whole, 2), word
        suggested += closest_word(word, some, 2) is not None
        read = sum(len(ws) for ws in some.values())
        assert read <= sum(len(ws) for ws in whole.values())
    assert suggested > 200  # the typos were corrected, not only left alone


def test_the_filtered_rows_are_the_full_rows_filtered_in_order(engine: Engine) -> None:
    facts = corpus_facts(engine.chunks)
    for word, edits in (("huisvesting", 2), ("opvang", 1), ("gemeente", 2), ("zzz", 0)):
        full = facts.spellings(len(word) - 2, len(word) + 2)
        some = facts.spellings(len(word) - 2, len(word) + 2, near=(word, edits))
        assert full is not None and some is not None
        lacking = {w: sum(c not in w for c in set(word)) for w, _ in full}
        assert some == [(w, n) for w, n in full if lacking[w] <= edits], word
        near = [w for w, _ in full if damerau_osa.distance(word, w, edits) >= 0]
        assert set(near) <= {w for w, _ in some}
        assert len(some) < len(full)
