"""Rule ``glossary_derivations_read`` (issue 16 session 30 task D; blind29 class 7, blind28
class 2): an English question word that neither the glossary nor FreeDict reads, the act or the
verb of a one-word English glossary term, is read as that term's entry ("integrate",
"integrating" -> the entry of "integration": integratie, integreren, inburgering; "justifying"
-> "justification": onderbouwing; "modification" -> "modified": gewijzigd, wijziging).

A word and a term are one family when one is ``<base><noun ending>`` and the other ``<base><verb
ending>`` for a pair of lexicon/data/english_derivations.toml (of the word, its inflections are
tried: "integrated" is "integrate"; of the term, its singular, and the verb of an "-ed" term),
the verb of the pair has five letters or more and no noun reading (the English noun table:
"bill" / "billion", "place" / "placement", "culture" / "cultural" are no act and its verb).

Not read: an "-ed" form before a noun, an adjective ("an integrated approach", "integrated
package": integraal; tests/data/glossary_matches.toml); a word in a Dutch text; an English
stopword or a word more usual in Dutch; a word of speech or of the question's frame (speech.toml
``speech``, ``speaker_verbs_en``, ``discussion``; frame_words.toml ``request_words``: "commit",
"evaluate", "announce", as glossary_minutes keeps them out); a word FreeDict translates, or its
lemma ("participate", "decide": the topic check reads those); a verb whose noun the entry also
lists in the plural (the entry names things, not the act: "organise" is no "organisations"); a
family that meets entries of different senses (no Dutch term in common).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from .datafiles import bundled_toml
from .wordlists import alternation, word_set

if TYPE_CHECKING:
    from .glossary import Glossary

#: The shortest verb of a pair ("opt" / "option", "loc" / "location" are no family).
MIN_VERB = 5


def derived_entries(glossary: Glossary, lowered: list[str], taken: set[int]) -> dict[int, int]:
    """The positions of ``lowered`` (lower-case words of an English text) outside ``taken``
    that the rule reads, each with its entry's index in ``glossary.entries``; not an "-ed"
    form before a noun, an adjective ("an integrated package": integraal, no integratie)."""
    out = {}
    for i, word in enumerate(lowered):
        if i not in taken and word.isalpha() and len(word) >= 4:
            if word.endswith("ed") and _attributive(lowered, i):
                continue
            index = derived_entry(glossary, word)
            if index is not None:
                out[i] = index
    return out


def _attributive(lowered: list[str], i: int) -> bool:
    """Whether the "-ed" form ``lowered[i]`` stands before a noun: after an article or
    determiner ("an integrated approach"), or before a content word that is no adverb
    ("integrated package"; not "integrated into", "integrated quickly")."""
    from ..index.analysis import english_stopwords

    before = word_set("function_words", "articles") | word_set("function_words", "noun_determiners")
    if i and lowered[i - 1] in before:
        return True
    after = lowered[i + 1] if i + 1 < len(lowered) else ""
    return bool(after) and after not in english_stopwords() and not after.endswith("ly")


def derived_entry(glossary: Glossary, word: str) -> int | None:
    """The index of the one entry (or the first of entries sharing a Dutch term) whose one-word
    English term is of ``word``'s derivation family, when the rule reads ``word``."""
    terms = _one_word_terms(glossary)
    met: set[int] = set()
    for other, verb, noun_side in _counterparts(glossary, word):
        for index in terms.get(other, ()):
            things = not noun_side and _plural_listed(glossary.entries[index].en, other)
            if not things and _no_noun(verb):
                met.add(index)
    if not met or not _unread(word):
        return None
    first = min(met)
    nl = set(glossary.entries[first].nl)
    return first if all(nl & set(glossary.entries[i].nl) for i in met) else None


def _counterparts(glossary: Glossary, word: str) -> list[tuple[str, str, bool]]:
    """(the other side of a pair ``word`` or one of its inflections fits, the pair's verb,
    whether ``word`` is the pair's noun)."""
    out = []
    for base in glossary.inflections(word):
        for noun, verb in _pairs():
            if base.endswith(noun) and len(base) - len(noun) >= 3:
                other = base[: len(base) - len(noun)] + verb
                out.append((other, other, True))
            if base.endswith(verb) and len(base) - len(verb) >= 3:
                out.append((base[: len(base) - len(verb)] + noun, base, False))
    return [(other, verb, noun_side) for other, verb, noun_side in out if len(verb) >= MIN_VERB]


def _plural_listed(terms: tuple[str, ...], noun: str) -> bool:
    """Whether ``terms`` list ``noun`` in the plural ("organisations")."""
    plural = noun[:-1] + "ies" if noun.endswith("y") else noun + "s"
    return plural in terms


def _no_noun(verb: str) -> bool:
    from .wordclass import english_noun

    return not english_noun(verb)[0]


@cache
def _unread(word: str) -> bool:
    """Whether ``word`` is an English content word that no other reader reads: no stopword, no
    word more usual in Dutch, no word of speech or frame, nothing FreeDict translates."""
    from ..index.analysis import english_stopwords
    from .freedict import dutch_for, english_lemmas
    from .wordfreq import english_lean

    if word in english_stopwords() or english_lean(word) <= 0 or _frame().fullmatch(word):
        return False
    return not dutch_for(word) and not any(dutch_for(lemma) for lemma in english_lemmas(word))


@cache
def _frame() -> re.Pattern[str]:
    lists = [("speech", n) for n in ("speech", "speaker_verbs_en", "discussion")]
    lists.append(("frame_words", "request_words"))
    return re.compile("(?:" + "|".join(alternation(k, n) for k, n in lists) + ")", re.I)


@cache
def _pairs() -> tuple[tuple[str, str], ...]:
    return tuple((str(n), str(v)) for n, v in bundled_toml("english_derivations.toml")["pairs"])


def _one_word_terms(glossary: Glossary) -> dict[str, tuple[int, ...]]:
    """Every form of a one-word English term of ``glossary`` (the term, its singular, the verb
    of an "-ed" term) with its entries, kept on the glossary."""
    kept = glossary.__dict__.get("_derivation_terms")
    if kept is not None:
        return kept
    out: dict[str, tuple[int, ...]] = {}
    for index, entry in enumerate(glossary.entries):
        for term in entry.en:
            if term.isalpha():
                for form in term_forms(term.lower()):
                    out[form] = (*out.get(form, ()), index)
    glossary.__dict__["_derivation_terms"] = out
    return out


def term_forms(term: str) -> set[str]:
    """``term`` and its singular ("families": "family", "taxes": "tax", "plans": "plan") or, of
    an "-ed" term, its verb ("modified": "modify", "included": "include")."""
    out = {term}
    if term.endswith("ies"):
        out.add(term[:-3] + "y")
    elif term.endswith(("ses", "xes", "zes", "ches", "shes")):
        out.add(term[:-2])
    elif term.endswith("s") and not term.endswith("ss"):
        out.add(term[:-1])
    elif term.endswith("ied"):
        out.add(term[:-3] + "y")
    elif term.endswith("ed"):
        out.update((term[:-1], term[:-2]))
    return out
