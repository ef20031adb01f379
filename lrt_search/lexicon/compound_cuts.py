"""Whether a cut of a Dutch word into a modifier and a head is a real one (rule
``analyzer_splits_checked``, issue 16 session 28 task C; the test of session 27's deleted rule
``compound_splits_checked``, code at commit 4bbad960, answer/compound_splits.py, moved here so
that the analyzer and any answer-side reader share one cut test).

Before, :meth:`lrt_search.index.analysis.DutchAnalyzer.split_compound` took any cut whose sides
were corpus words or stems, and the corpus holds many pieces of words: "jongeren" was read as
"jong" + "eren" (from the surname "Jonge"), "gemeentebesturen" as "gemeentebest" + "uren".

A cut ``modifier [link] head`` is real (:func:`real_cut`) when the modifier (its linking "s",
"en" or "e" removed) and the head are each a word (:func:`dutch_word`: general Dutch, wordfreq
Zipf ``SPLIT_PART_MIN_ZIPF`` or more, or a whole word of the minutes; a modifier may be a
verb's stem, "vergader|datum", a head an inflected form of a word, "woning|zoekenden"); the head
has a noun reading (lexicon.wordclass: "kerend", "gestaan", "loopt" have none); no start of
the word up to zero, one or two letters after the modifier is a word or a verb's stem followed
only by an inflectional or derivational ending (``inflections.toml`` ``dutch_split_endings``:
"jonger" + "en", "groep" + "ering"); a modifier ending in "s" after a word is read with its
link ("huisvesting|s", not "huisvestings"); and the word is no participle of a separable verb
(a verb particle + "ge": "ingelopen", "aangenomen"). The table: tests/data/analyzer_splits.toml
(eval/make_analyzer_splits.py, labelled with Hunspell nl by the same structure)."""

from __future__ import annotations

from collections.abc import Callable, Container
from functools import cache

from .datafiles import bundled_toml
from .dutch_forms import class_form, verb_particles
from .wordclass import dutch_class, is_paraphrase_word
from .wordfreq import english_lean, zipf_folded

#: The least Zipf (nl) of a part of a real cut that is no whole word of the minutes.
SPLIT_PART_MIN_ZIPF = 2.5
#: A part English knows this much better (Zipf, wordfreq) is no Dutch word ("making" 2.07).
ENGLISH_LEAN = 1.5


@cache
def split_endings() -> frozenset[str]:
    """The endings after which no cut falls (``inflections.toml`` ``dutch_split_endings``)."""
    return frozenset(str(e) for e in bundled_toml("inflections.toml")["dutch_split_endings"])


def dutch_word(part: str, vocabulary: Container[str] = ()) -> bool:
    """Whether ``part`` is a Dutch word: the minutes write it, or general Dutch knows it (Zipf
    ``SPLIT_PART_MIN_ZIPF`` or more) and English not much better ("making": no)."""
    if part in vocabulary:
        return True
    return zipf_folded(part, "nl") >= SPLIT_PART_MIN_ZIPF and english_lean(part) < ENGLISH_LEAN


def no_noun_reading(head: str) -> bool:
    """Whether ``head`` has no noun reading (lexicon.wordclass): a word of general Dutch as
    written (the class table holds every such word of Zipf 2.5 or more that is no noun), else
    its inflected form the table holds ("kerend" -> "keren"). A noun is never read through an
    inflected form ("recht" is no "rechte")."""
    if zipf_folded(head, "nl") >= SPLIT_PART_MIN_ZIPF:
        return bool(dutch_class(head))
    return is_paraphrase_word(class_form(head))


def participle_of_particle(word: str) -> bool:
    """Whether ``word`` begins with a verb particle and "ge" ("ingelopen", "aangenomen")."""
    return any(word.startswith(p + "ge") and len(word) > len(p) + 4 for p in verb_particles())


def real_cut(word: str, cut: int, link: str, is_word: Callable[[str], bool]) -> bool:
    """Whether ``word[:cut]`` (ending in ``link``) + ``word[cut:]`` is a modifier and a head
    (see the module); ``is_word`` tells a word (:func:`dutch_word` at run time). A modifier may
    be a verb's stem ("vergader"), a head an inflected form ("zoekend|en"); a modifier ending
    in "s" after a word is read with its link ("rijk|s", not "rijks")."""
    start, head = cut - len(link), word[cut:]
    modifier = word[:start]
    if participle_of_particle(word) or no_noun_reading(head):
        return False
    if not link and modifier.endswith("s") and len(modifier) > 4 and is_word(modifier[:-1]):
        return False
    bases = [head] + [head[: -len(e)] for e in ("en", "n", "s", "e") if head.endswith(e)]
    if not (is_word(modifier) or is_word(modifier + "en")):
        return False
    if not any(len(b) >= 4 and is_word(b) for b in bases):
        return False
    return not any(
        word[start + j :] in split_endings()
        and (is_word(word[: start + j]) or is_word(word[: start + j] + "en"))
        for j in (0, 1, 2)
    )
