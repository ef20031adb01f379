"""The index terms of one Dutch topic word, when the minutes lack it as written.

:func:`dutch_word` (used by :func:`lrt_search.answer.topics.topic_terms`) tries, in turn,
another derivation of its stem, the compounds it heads, its inflections, its two known parts,
an English word in Dutch; of a compound the minutes lack it keeps the head they hold.
:func:`compound_terms` lists the minutes' compounds a word begins or ends.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from ..index.affixes import affixes, term_affixes
from ..index.analysis import dutch_stopwords
from ..lexicon.dutch_forms import class_form, dutch_forms
from ..lexicon.textnorm import same_word_family
from ..lexicon.wordclass import is_paraphrase_word
from ..lexicon.wordfreq import zipf_folded
from .compound_synonyms import dutch_compound
from .compound_words import LINKS, compound_of_known_parts
from .english_in_dutch import english_terms
from .rare_modifier import without_rare_modifier
from .word_forms import compound_heads, false_compound, minutes_forms, particles_after

if TYPE_CHECKING:
    from ..search.retriever import Retriever


_LINKS = LINKS  # linking morphemes ("studentenhuisvesting"), answer.compound_words


def compound_terms(retriever: Retriever, part: str) -> set[str]:
    """The minutes' words of which ``part`` (four letters or more) is the first part, before
    an optional linking "s"/"e"/"en" and a Dutch word ("bescherming" in
    "beschermingsmaatregelen"), or the last part, after a word beginning with a Dutch word
    ("macht" in "doorzettingsmacht"); a Dutch word has four letters or more and Zipf 3 or
    more, written with its diaeresis or without ("coordinatie" in "coordinatiecentrum")."""
    vocabulary = retriever.analyzer.vocabulary
    if len(part) < 4 or " " in part or not isinstance(vocabulary, Iterable):
        return set()

    def starts_with_word(rest: str) -> bool:
        # a word written without its diaeresis as the minutes' folded words are ("coordinatie")
        return any(zipf_folded(rest[:i], "nl") >= 3.0 for i in range(len(rest), 3, -1))

    out: set[str] = set()
    lookup = affixes(retriever)  # the words that begin or end with part, no scan
    for vocab_word in lookup.starting(part):
        rest = vocab_word[len(part) :]
        if len(rest) >= 4 and any(
            starts_with_word(rest[len(link) :]) for link in ("", "s", "e", "en")
        ):
            out.add(vocab_word)
    for vocab_word in lookup.ending(part):
        before = vocab_word[: -len(part)]
        if len(before) >= 4 and not vocab_word.startswith(part) and starts_with_word(before):
            out.add(vocab_word)
    return out


def dutch_word(
    retriever: Retriever,
    word: str,
    index_terms: Callable[[str], set[str]],
    found_units: list[tuple[str, tuple[str, ...], frozenset[str]]],  # topics._Unit
    shown: dict[str, str] | None = None,
    topic: str = "",
) -> set[str]:
    """The index terms of a Dutch topic word: its own, else those of another derivation of its
    stem, the compounds it heads, its spelling variant, of an English word its Dutch forms. Of
    a compound the minutes lack whose head they hold (:func:`_compound_head`), the head goes to
    ``found_units``: it stays missing with its own weight, but no longer outweighs the rest.
    Rule ``word_forms_read``: a false compound is not found; another form of its word that the
    minutes write is, and ``shown`` maps ``word`` to that word of the minutes."""
    forms_read = retriever.settings.word_forms_read
    found = index_terms(word)
    if forms_read:
        whole = _whole_word(retriever, word)
        if not whole and false_compound(retriever, word, index_terms):
            return set()  # found, if at all, by its parts or first letters: "begrijptdesnoods"
        # the separable verb of a particle after it ("voert uit" is no "voer"), and another form
        # of its word before its first letters or a compound it ends ("dacht" is no "aandacht")
        particles = particles_after(topic, word)
        held = minutes_forms(retriever, word, particles)
        joined = [h for h in held if h.startswith(tuple(particles))] if particles else []
        held = joined or ([] if found else held)
        if held_terms := set().union(*(index_terms(form) for form in held)):
            if shown is not None:
                shown[word] = held[0]
            return held_terms
    found = found or _same_stem(retriever, word) or _head_of(retriever, word)
    if not found and retriever.settings.dutch_inflections:  # "crises": "crisis"
        found = set().union(*(index_terms(form) for form in dutch_forms(word)))
    if not found and forms_read:
        heads = compound_heads(retriever, word)  # "toets": "uitvoeringstoets"
        found = set().union(*(index_terms(form) for form in heads))
        if found and shown is not None:
            shown[word] = heads[0]
    if not found and retriever.settings.compound_both_parts:
        found = compound_of_known_parts(retriever, word, index_terms, compound_terms)
    if not found and (compound := dutch_compound(retriever, word)):  # "flexhuizen"
        found = index_terms(compound)
        if found and shown is not None:
            shown[word] = compound
    found = found or english_terms(retriever, word, index_terms)  # english_word_in_dutch
    head = None if found else _compound_head(retriever, word, index_terms)
    if head is not None:
        found_units.append((head[0], (head[0],), frozenset(head[1])))
    return found


def _whole_word(retriever: Retriever, word: str) -> bool:
    """Whether the index holds ``word``'s own stem (not only its compound parts)."""
    terms = retriever.analyzer.tokenize_query(word, retriever.bm25.terms)
    return bool(terms) and terms[0] in retriever.bm25.terms


def _compound_head(
    retriever: Retriever, word: str, index_terms: Callable[[str], set[str]]
) -> tuple[str, set[str]] | None:
    """The head of a Dutch compound noun the minutes lack, with its index terms
    (``Settings.compound_parts``): its longest last part of ``DutchAnalyzer.min_part`` letters
    or more that is a word of the corpus, after a modifier of three letters or more that is no
    stopword (without a linking "s", "en" or "e"): "internetconsultatie" is a "consultatie",
    "huurwoning" a "woning". An adjective or verb form ("binnenkwamen") is no compound noun."""
    if not retriever.settings.compound_parts or not word.isalpha():
        return None
    if is_paraphrase_word(class_form(word, retriever.settings.dutch_inflections)):
        return None
    analyzer = retriever.analyzer
    for cut in range(3, len(word) - analyzer.min_part + 1):
        modifier = word[:cut]
        for link in _LINKS:
            if modifier.endswith(link) and len(modifier) - len(link) >= 3:
                modifier = modifier[: -len(link)]
                break
        if modifier in dutch_stopwords():
            continue
        head = word[cut:]
        if head in analyzer.vocabulary:  # a word of the corpus as written, not a fragment
            return head, index_terms(head)
    return None


def _same_stem(retriever: Retriever, word: str) -> set[str]:
    """Index terms that share all but the last few letters with ``word``'s stem, at least six:
    another derivation of the same word ("Oekraïners" and "Oekraïne"); looked up by the
    stem's first six letters (:func:`term_affixes`), not read from every index term."""
    stems = retriever.analyzer.tokenize_query(word, retriever.bm25.terms)
    if len(stems) != 1 or len(stems[0]) < 6:
        return set()
    family = {
        t for t in term_affixes(retriever).starting(stems[0][:6]) if same_word_family(t, stems[0])
    }
    return without_rare_modifier(retriever, word, stems[0], family)  # rule of that name


def _head_of(retriever: Retriever, word: str) -> set[str]:
    """Index terms of which ``word``'s stem (at least five letters) is the head, the last part
    of a Dutch compound: "tafels" in "regietafels" (what the minutes call a table); looked up
    by suffix (:func:`term_affixes`), not read from every index term."""
    stems = retriever.analyzer.tokenize_query(word, retriever.bm25.terms)
    if len(stems) != 1 or len(stems[0]) < 5:
        return set()
    return {t for t in term_affixes(retriever).ending(stems[0]) if len(t) >= len(stems[0]) + 3}
