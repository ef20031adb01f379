"""Rule ``topic_weight_words``: words that cannot make a topic absent alone.

The topic check (:func:`~lrt_search.answer.topics.topic_terms`) counts a question's word the
minutes lack as a missing topic word, and gate ``topic_known`` refuses when enough of the
topic's weight is missing. A word that names no topic - an adverb ("alvast"), a predicative or
adverbial adjective ("langzaam", "flink", "muurvast"), a light verb ("zaten"), the noun of a
fixed expression ("op gang komen", "de baas spelen") - says how a statement puts things, not
what it is about: the minutes say "de inburgering start traag", not "op gang". Such a word the
minutes lack makes no topic absent by itself: it counts as missing only beside a missing word
that is not general (as a paraphrase word does, ``answer.topics.paraphrases_missing``), never
alone, and it is listed as not understood (:mod:`lrt_search.search.unread`; rule
``unread_not_high`` keeps the answer from "high" when it is no adjective or verb). A content
word the minutes lack ("woonboten", "hittegolf", "belastingverhoging", an attributive adjective
"zwangere", a specific verb "afkalven") still refuses.

The classes (:func:`light_word`), of a lower-case Dutch word:

- ``light_verb``: a form of a light verb (``index.analysis.LIGHT_VERBS``: komen, gaan, zitten, ...);
- ``adjective``: a Dutch adjective of general Dutch (``lexicon.wordclass.dutch_class`` "A",
  Hunspell's adjective flags, Zipf 2.5 or more) written undeclined, so not before a noun (no
  final "-e") and no participle or form in "-en" ("verhoogd", "gesloten", "verworpen"):
  predicative or adverbial;
- ``adverb``: a word of ``lexicon/data/adverbs.toml`` (eval/make_adverb_data.py: Hunspell
  entries without flags of Zipf 3.5 or more, with two FreeDict translations or more, none of
  them a WordNet noun: "alvast": already, yet; not "arrogantie": arrogance);

of an English word: ``adverb``, a word of general English in "-ly" that WordNet reads as no
noun, made of a word of general English ("slowly", "finally"; not "supply"); and, in a
question, ``idiom``: the noun of a fixed expression of ``lexicon/data/idioms.toml`` written
with one of the expression's verbs (:func:`idiom_nouns`).
"""

from __future__ import annotations

from functools import cache

from ..index.analysis import LIGHT_VERBS
from ..lazyre import lazy
from ..lexicon.wordclass import dutch_class, english_not_noun
from ..lexicon.wordfreq import zipf
from ..lexicon.wordlists import mapping, word_set

#: The least Zipf of an adjective of the word-class table (its own floor).
ADJECTIVE_MIN_ZIPF = 2.5

#: The least Zipf of the word an English "-ly" adverb is made of.
ENGLISH_STEM_MIN_ZIPF = 3.0

_WORD = lazy(r"[^\W\d_]+", 0)
_PARTICIPLE = lazy(r"^(?:ge|be|ver|ont|her|er)\w+[dt]$|en$")


def light_word(word: str, english: bool) -> str:
    """The class of ``word`` when it cannot alone make a topic absent (see the module):
    "light_verb", "adjective", "adverb"; "" for a topic word (a noun, a name, a specific verb,
    a declined adjective, a rare word)."""
    key = word.lower()
    if not key.isalpha() or word != key:
        return ""  # a name or an acronym
    if english:
        return "adverb" if _english_adverb(key) else ""
    if key in LIGHT_VERBS:
        return "light_verb"
    kind = dutch_class(key)
    if kind == "A":
        undeclined = not key.endswith("e") and not _PARTICIPLE.search(key)
        return "adjective" if undeclined and zipf(key, "nl") >= ADJECTIVE_MIN_ZIPF else ""
    return "adverb" if key in word_set("adverbs", "words") else ""


def _english_adverb(word: str) -> bool:
    """An English word in "-ly" of general English that WordNet reads as no noun, made of a
        word of general English of four letters or more ("finally": "final", "happily": "happy",
    "simply": "simple"; not "supply", "rally", "apply")."""
    if not word.endswith("ly") or not english_not_noun(word):
        return False
    stem = word[:-2]
    stems = (stem, stem[:-1] + "y" if stem.endswith("i") else stem, stem + "le")
    return len(stem) >= 4 and any(zipf(s, "en") >= ENGLISH_STEM_MIN_ZIPF for s in stems)


@cache
def _idioms() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """(words of the expression, beginnings of its verbs' forms) of ``idioms.toml``."""
    verbs = mapping("idioms", "idiom_verbs")
    return tuple(
        (tuple(phrase.lower().split()), tuple(f for v in names for f in verbs[v]))
        for phrase, names in mapping("idioms", "idioms").items()
    )


def idiom_nouns(question: str) -> frozenset[str]:
    """The nouns of the fixed expressions of ``question`` (``lexicon/data/idioms.toml``): the
    expression's words in a row and a form of one of its verbs elsewhere in the question
    ("langzaam op gang komt": "gang"; "speelt ... de baas": "baas")."""
    ws = [w.lower() for w in _WORD.findall(question)]
    out: set[str] = set()
    for phrase, forms in _idioms():
        n = len(phrase)
        for i in range(len(ws) - n + 1):
            if tuple(ws[i : i + n]) != phrase:
                continue
            rest = ws[:i] + ws[i + n :]
            if any(_form_of(w, forms) for w in rest):
                out.add(phrase[-1])
    return frozenset(out)


def _form_of(word: str, beginnings: tuple[str, ...]) -> bool:
    """Whether ``word`` is one of ``beginnings`` with an ending of three letters at most
    ("kom": "komt", "komen"; not "was": "wasstraat")."""
    return any(word.startswith(b) and len(word) <= len(b) + 3 for b in beginnings)
