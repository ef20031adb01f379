"""Dutch separable verbs written apart (rule ``separable_verbs``, issue 16 task F2).

A Dutch separable verb splits in a main clause and in its "te" infinitive: "aanpakken" is
written "pakt het probleem aan" and "aan te pakken", "voorstellen" "stelt ... voor",
"opvangen" "vangt ... op". Their stems ("pak", "stelt") never meet the joined verb's or its
noun's ("aanpak", "voorstel", "opvang"). :func:`joined_candidates` reads a text's split forms
and offers, per split verb, the joined words it may stand for, most likely first; the
analyzer (:meth:`lrt_search.index.analysis.DutchAnalyzer.tokenize`) keeps the first whose stem
the corpus holds, as one more term of the text - for BM25 and for ``ask``'s word reading.
The particles and the clause openers are data (lexicon/data/separable.toml).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from ..lexicon.datafiles import bundled_toml

_CLAUSE_BREAK = re.compile(r"[.;:!?()\[\]\n\"]|,\s")
_VOWELS = frozenset("aeiouy")
#: How many words before a clause-final particle its verb may stand.
VERB_REACH = 8


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = bundled_toml("separable.toml")
    return (
        frozenset(data["particles"]),
        frozenset(data["not_before_te"]),
        frozenset(data["clause_openers"]),
    )


def _clauses(tokens_of: list[list[str]]) -> list[list[str]]:
    _, _, openers = _lists()
    out: list[list[str]] = []
    for tokens in tokens_of:
        clause: list[str] = []
        for token in tokens:
            if token in openers and clause:
                out.append(clause)
                clause = []
            clause.append(token)
        if clause:
            out.append(clause)
    return out


def _infinitive(stem: str) -> str:
    """The infinitive of a Dutch verb stem, guessed by the spelling rules: "pak" ->
    "pakken", "geef" -> "geven", "neem" -> "nemen", "vang" -> "vangen"."""
    if len(stem) < 2 or stem.endswith(("en", "aan")):
        return stem  # an infinitive or plural already: "voeren", "gaan"
    if len(stem) >= 3 and stem[-2] == stem[-3] and stem[-2] in _VOWELS and stem[-1] not in _VOWELS:
        last = {"f": "v", "s": "z"}.get(stem[-1], stem[-1])
        return stem[:-2] + last + "en"  # geef -> geven, neem -> nemen, lees -> lezen
    if (
        stem[-1] not in _VOWELS
        and stem[-2] in _VOWELS
        and (len(stem) < 3 or stem[-3] not in _VOWELS)
    ):
        return stem + stem[-1] + "en"  # pak -> pakken, zet -> zetten, stel -> stellen
    return stem + "en"  # vang -> vangen, sluit -> sluiten, merk -> merken


def _forms(particle: str, verb: str) -> list[str]:
    """The joined words a particle and a verb form may make, the infinitives first: "aan" +
    "pakt" -> "aanpakken", "aanpakten", "aanpak", "aanpakt"; the caller keeps the first whose
    stem the corpus holds."""
    stems = [verb[:-1], verb] if verb.endswith("t") and len(verb) > 3 else [verb]
    forms = [particle + _infinitive(stem) for stem in stems]
    return forms + [particle + stem for stem in stems]


def joined_candidates(text: str, words: Callable[[str], Sequence[str]]) -> list[list[str]]:
    """Per split separable verb of ``text`` (read into words by ``words``, the analyzer's),
    the joined words it may be, in order of preference: for "particle te verb" one; for a
    clause-final particle (or one before another particle: "zet in op"), those of each word
    before it in the clause, nearest first (which word is the verb is not known here; the
    caller keeps a known one)."""
    particles, not_before_te, openers = _lists()
    out: list[list[str]] = []
    for clause in _clauses([list(words(part)) for part in _CLAUSE_BREAK.split(text)]):
        for i, token in enumerate(clause):
            if token not in particles:
                continue
            nxt = clause[i + 1] if i + 1 < len(clause) else ""
            if nxt == "te" and i + 2 < len(clause) and token not in not_before_te:
                out.append([token + clause[i + 2]])
            elif (not nxt or nxt in particles) and i > 0:
                reach = clause[max(0, i - VERB_REACH) : i]
                verbs = [w for w in reversed(reach) if w.isalpha() and len(w) > 2]
                out.append(
                    [f for w in verbs if w not in particles | openers for f in _forms(token, w)]
                )
    return [c for c in out if c]
