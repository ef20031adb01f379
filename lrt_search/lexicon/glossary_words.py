"""Rule ``glossary_words_read``: an English word the glossary knows only inside a phrase of two
or more words, and that FreeDict and no one-word glossary term translate, is read alone as the
word of the phrase's Dutch term it stands for ("timeliness" of "timeliness of documents" ->
"tijdigheid", "coercive" of "coercive legal instruments" -> "dwingend juridisch
instrumentarium" -> "dwingend"). Each such word becomes a one-word entry of the glossary
(:func:`word_entries`, added by :func:`~lrt_search.lexicon.glossary.Glossary.default`), so the
question reader, the search and the topic check read it as they read any glossary term.

A word is aligned over every phrase it stands in, by three routes: its place (a Dutch term of as
many content words, another word of the phrase found at its own place and none at another), a
compound (a one-word Dutch term that is the other word's translation with a part of four letters
or more before or after it: "escalation ladder" / "escalatieladder"), its ending (a Dutch word
of the entry no other English word accounts for, with an ending of lexicon/data/cognates.toml
corresponding to the word's; a word with such an ending keeps only Dutch words of a
corresponding ending from every route). It is read only when the routes give one Dutch word, a
word of general Dutch (wordfreq) or of a glossary term as written, the English word is no
general word (its English Zipf below the ceiling: a frequent word has senses the phrase does not
give it) and no head of a two-word term (:func:`two_word_heads`: "quota" of "housing quota" is
rule glossary_head_reason's class; shaped on the design fold, where reading it answered "asylum
quotas per EU member state" and "the fishing quota"). The entry also holds the words of the
Dutch terms that hold the Dutch word as a compound's part ("escalation" -> "escalatie",
"escalatieladder"): the index keeps the minutes' compounds whole where it does not split them.
Table: tests/data/glossary_words.toml (eval/make_glossary_words.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

import Stemmer

from .cognates import derivation_pairs, suffix_pairs
from .freedict import english_headword, english_to_dutch
from .wordfreq import zipf

if TYPE_CHECKING:
    from .glossary import GlossaryEntry

_LETTERS = re.compile(r"[a-zà-ÿ]+")
_STEM = Stemmer.Stemmer("english").stemWord
_OneWord = dict[str, tuple[str, ...]]
#: The function_words.toml kinds a two-word term's head is read without (as rule
#: glossary_head_reason reads them).
_FUNCTION_KINDS = ("articles", "name_particles", "infinitive_markers_en")


def word_entries(entries: Sequence[GlossaryEntry], ceiling: float) -> list[GlossaryEntry]:
    """One entry per English word of the class (see the module) read as its Dutch word, in the
    order the words first stand in the glossary; ``ceiling``: the English Zipf from which a word
    is general (Settings.general_word_zipf)."""
    from ..index.analysis import english_stopwords
    from .glossary import GlossaryEntry

    one = _one_word(entries)
    stop = english_stopwords()
    phrases: dict[str, list[tuple[GlossaryEntry, list[str]]]] = {}
    for entry in entries:
        for term in entry.en:
            words = _content(term, stop)
            for word in dict.fromkeys(words) if len(words) >= 2 else ():
                phrases.setdefault(word, []).append((entry, words))
    out = []
    heads = two_word_heads(entries)
    for word, where in phrases.items():
        if _forms(word, one) or _STEM(word) in one or zipf(word, "en") >= ceiling:
            continue
        if any(_same_noun(word, head) for head in heads):
            continue  # rule glossary_head_reason's class: "quota" of "housing quota"
        found = _candidates(word, where, one)
        if len(found) == 1 and _dutch_word(dutch := next(iter(found)), entries):
            out.append(GlossaryEntry((word,), (dutch, *_holding(dutch, where)), alone=True))
    return out


def two_word_heads(entries: Sequence[GlossaryEntry]) -> set[str]:
    """The last words of the two-word English terms without function words (letters only):
    "quota" of "housing quota", "fallback" of "national fallback". Such a head is not read
    alone: the Dutch term names the kind its modifier makes (the heads read as their terms
    answered unanswerable questions, sessions 16 and 18; "fishing quota"), and rule
    ``glossary_head_reason`` words the refusal."""
    from .wordlists import word_set

    small = {w for kind in _FUNCTION_KINDS for w in word_set("function_words", kind)}
    out = set()
    for entry in entries:
        for term in entry.en:
            parts = term.lower().split()
            if len(parts) == 2 and not small & set(parts) and all(p.isalpha() for p in parts):
                out.add(parts[1])
    return out


def _same_noun(a: str, b: str) -> bool:
    """One noun: equal, or one the other's plural ("-s", "-es", "-y" / "-ies")."""
    return a == b or any(
        y in (x + "s", x + "es") or (x.endswith("y") and y == x[:-1] + "ies")
        for x, y in ((a, b), (b, a))
    )


def _holding(dutch: str, where: list[tuple[GlossaryEntry, list[str]]]) -> list[str]:
    """The words of the phrases' Dutch terms that hold ``dutch`` as a compound's part
    ("escalatie": "escalatieladder"): found with it, as the index may not split them."""
    words = (w for entry, _ in where for term in entry.nl for w in term.lower().split())
    return list(dict.fromkeys(w for w in words if dutch in w and w != dutch))


def _content(term: str, stop: frozenset[str]) -> list[str]:
    return [w for w in term.lower().split() if _LETTERS.fullmatch(w) and w not in stop]


def _one_word(entries: Sequence[GlossaryEntry]) -> _OneWord:
    """The Dutch terms of the one-word English terms, by their English Snowball stem."""
    one: _OneWord = {}
    for entry in entries:
        for term in entry.en:
            if len(term.split()) == 1:
                key = _STEM(term.lower())
                one[key] = one.get(key, ()) + entry.nl
    return one


def _forms(word: str, one: _OneWord) -> set[str]:
    """The one-word Dutch forms of an English word: FreeDict (as written and by its lemma) and
    the one-word glossary terms of its stem."""
    out = set(english_to_dutch(word)) | set(english_to_dutch(english_headword(word)))
    out |= {t.lower() for t in one.get(_STEM(word), ())}
    return {f for f in out if " " not in f and len(f) >= 3}


def _found(dutch: str, english: str, forms: set[str]) -> bool:
    """Whether the Dutch word stands for the English one: a form of it, a compound or an
    inflection holding one (four letters or more), or their first five letters shared."""
    if len(english) >= 5 and dutch[:5] == english[:5]:
        return True
    return any(
        dutch == f or (len(f) >= 4 and (dutch.startswith(f) or dutch.endswith(f))) for f in forms
    )


def _at_place(i: int, words: list[str], dutch: list[str], one: _OneWord) -> str | None:
    if len(words) != len(dutch) or len(words) < 2:
        return None
    here = elsewhere = False
    for j, other in enumerate(words):
        if j != i:
            forms = _forms(other, one)
            here |= _found(dutch[j], other, forms)
            elsewhere |= any(_found(d, other, forms) for k, d in enumerate(dutch) if k != j)
    return dutch[i] if here and not elsewhere else None


def _in_compound(i: int, words: list[str], dutch: list[str], one: _OneWord) -> str | None:
    if len(words) != 2 or len(dutch) != 1:
        return None
    whole = dutch[0]
    for form in sorted(_forms(words[1 - i], one), key=len, reverse=True):
        if len(form) < 4 or len(whole) - len(form) < 4:
            continue
        if i == 0 and whole.endswith(form):
            part = whole[: -len(form)]
            return part[:-1] if part.endswith("s") and len(part) > 5 else part
        if i == 1 and whole.startswith(form):
            return whole[len(form) :]
    return None


def _endings(word: str) -> tuple[str, ...]:
    for english, dutch in (*derivation_pairs(), *suffix_pairs()):
        if word.endswith(english) or word.rstrip("s").endswith(english):
            return dutch
    return ()


def _by_ending(word: str, entry: GlossaryEntry, one: _OneWord) -> set[str]:
    from ..index.analysis import dutch_stopwords, english_stopwords

    endings = _endings(word)
    if not endings:
        return set()
    others = {w for t in entry.en for w in _content(t, english_stopwords()) if w != word}
    read = {w: forms for w in others if (forms := _forms(w, one)) or _STEM(w) in one}
    return {
        d
        for term in entry.nl
        for d in _content(term, dutch_stopwords())
        if d.endswith(endings) and not any(_found(d, w, f) for w, f in read.items())
    }


def _candidates(word: str, where: list[tuple[GlossaryEntry, list[str]]], one: _OneWord) -> set[str]:
    """The Dutch words the routes give ``word`` over the phrases ``where`` it stands."""
    from ..index.analysis import dutch_stopwords

    out: set[str] = set()
    for entry, words in where:
        i = words.index(word)
        for nl in entry.nl:
            dutch = _content(nl, dutch_stopwords())
            routes = (_at_place(i, words, dutch, one), _in_compound(i, words, dutch, one))
            out.update(r for r in routes if r)
        out |= _by_ending(word, entry, one)
    endings = _endings(word)
    return {d for d in out if d.endswith(endings)} if endings else out


def _dutch_word(dutch: str, entries: Sequence[GlossaryEntry]) -> bool:
    """A word of general Dutch, or a glossary term's word as written."""
    return zipf(dutch, "nl") > 0 or any(dutch in t.lower().split() for e in entries for t in e.nl)
