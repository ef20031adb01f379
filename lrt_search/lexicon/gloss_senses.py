"""Rule ``gloss_senses_framed``: an English word's Dutch translations are those of the sense its
frame in the question selects (issue 16, session 27 task D2).

FreeDict gives a word's Dutch translations by sense (:func:`~.freedict.english_senses`:
"offer" 1. "aanzoek" 2. "aanbieden" 3. "aanbieding, aanbod, offerte" 4. "indienen, offreren,
presenteren, voorstellen" ...), and so far every sense was searched and checked: "one general
offer" met "voorstellen" and "bieden", "someone calls a municipality" "noemen" and "roepen",
"stopping Ukrainian reception" "halte". The frame picks the sense by the word's part of speech:

- a **noun or predicate** after an article, a determiner, a quantifier, a possessive "'s" or
  one of ``noun_openers_en`` ("the offer", "one general offer": an adjective between them
  that is no English noun and leans to English, no name), or after a copula or "as" ("is
  critical", "described as critical"): its senses that are Dutch verbs (half their one-word
  terms verb forms with no noun reading, lexicon.wordclass) are dropped;
- a **verb** after "to", a modal or auxiliary of speech.toml, a subject pronoun ("someone
  calls"), a past participle after a copula ("was stopped"), or an "-ing" form not after a
  determiner and before its object ("stopping Ukrainian reception"): every FreeDict sense stays
  (Dutch says many verbs with a noun: "contact opnemen", "een bod doen"; dropping the noun
  senses lost "contact" for "contacted"), but a glossary ``[[sense]]`` of nouns is not added;
- an "-ing" form after a determiner ("the closing") keeps its verb senses: Dutch names the act
  by the infinitive ("het sluiten");
- any other frame selects nothing: every sense stays.

A translation in no dropped sense stays, and when the frame would drop every translation the
word keeps them all (the frame was misread). A sense the minutes hold that FreeDict lacks is
data of glossary.toml (``[[sense]]``: "offer" -> "bod"), chosen by the frame like the others;
fixed phrases are glossary terms ("call municipalities": "bellen"). Read by the search bridges
(search/bridges.py) and the topic check's translations (answer/topics.py)."""

from __future__ import annotations

from collections.abc import Sequence

from ..lazyre import lazy
from .freedict import english_headword, english_senses
from .wordclass import dutch_class, english_not_noun
from .wordlists import word_set, words

_WORD = lazy(r"\w+")


def _before(kind: str) -> frozenset[str]:
    """The words before an English word that make it a noun ("noun") or a verb ("verb")."""
    if kind == "noun":
        return (
            word_set("function_words", "articles")
            | word_set("function_words", "noun_determiners")
            | word_set("function_words", "quantifiers")
            | word_set("function_words", "noun_openers_en")
        )
    return (
        word_set("function_words", "infinitive_markers_en")
        | word_set("function_words", "subject_pronouns_en")
        | {w for w in words("speech", "subject_of_verb_before") if w.isascii()}
        | {w for w in words("speech", "actor_verbs_before") if w.isascii()}
        | word_set("speech", "discussion_subject_after")
    )


def frame_class(tokens: Sequence[str], i: int) -> str:
    """ "N" (a noun or predicate), "V" (a verb) or "" (not told) for the lower-case English word
    ``tokens[i]`` in its frame (see the module)."""
    word = tokens[i]
    prev = tokens[i - 1] if i else ""
    prev2 = tokens[i - 2] if i > 1 else ""
    after = tokens[i + 1] if i + 1 < len(tokens) else ""
    nouns = _before("noun")
    if prev in nouns or (prev2 in nouns and _adjective(prev)):
        return "N"
    predicate = word_set("function_words", "passive_auxiliaries_en") | word_set(
        "function_words", "predicate_openers_en"
    )
    if prev in predicate:
        return "V" if word.endswith("ed") else "N"
    if prev in _before("verb"):
        return "V"
    from ..index.analysis import english_stopwords

    if word.endswith("ing") and after and (after in nouns or after not in english_stopwords()):
        return "V"
    return ""


def _adjective(word: str) -> bool:
    """Whether ``word`` can stand between a determiner and a noun: general English that is no
    noun, leaning to English by a Zipf of 1 ("general", "new"; not a name as "COA")."""
    from .wordfreq import english_lean

    return english_not_noun(word) and english_lean(word) >= 1.0 and word not in _before("verb")


def sense_class(sense: Sequence[str]) -> str:
    """ "V" for a Dutch sense of verbs (half its one-word terms or more verb forms with no noun
    reading), "N" for one of nouns (none a verb form, none an infinitive in "-en"), else ""."""
    single = [t for t in sense if " " not in t]
    verbs = sum(dutch_class(t) == "V" for t in single)
    if single and verbs and 2 * verbs >= len(single):
        return "V"
    if single and not verbs and not any(t.endswith("en") for t in single):
        return "N"
    return ""


def framed(word: str, tokens: Sequence[str], i: int, translations: Sequence[str]) -> list[str]:
    """``translations`` of the English ``word`` (``tokens[i]``) with the senses glossary.toml
    adds (``[[sense]]``: "offer" -> "bod"), without those only the senses its frame rules out
    give (a noun's verb senses, a verb's added noun senses: see the module); all of them when
    the frame tells nothing or rules every one out."""
    from .glossary import added_senses

    kind = frame_class(tokens, i)
    added = added_senses(english_headword(word)) or added_senses(word)
    every = list(dict.fromkeys([*translations, *(t for s in added for t in s)]))
    if not kind:
        return every
    if kind == "V":  # every FreeDict sense: Dutch says a verb with a noun ("contact opnemen")
        return [*translations, *(t for s in added if sense_class(s) != "N" for t in s)]
    if word.endswith("ing"):
        return every  # "the closing": "het sluiten", the verb's sense
    other = "V"
    senses = (english_senses(english_headword(word)) or english_senses(word)) + added
    kept = {t for s in senses if sense_class(s) != other for t in s}
    dropped = {t for s in senses if sense_class(s) == other for t in s} - kept
    out = [t for t in every if t not in dropped]
    return out or every


def framed_in(question: str, word: str, translations: Sequence[str]) -> list[str]:
    """:func:`framed` at the first place ``word`` stands in ``question`` (all
    ``translations`` when it stands nowhere)."""
    tokens = [t.lower() for t in _WORD.findall(question)]
    key = word.lower()
    if key not in tokens:
        return list(translations)
    return framed(key, tokens, tokens.index(key), translations)


# Rule gloss_sense_context: a word of a single-word glossary term read in its other sense
# (which words: lexicon.glossary.unglossed).


def without_glossed(word: str, translations: Sequence[str]) -> list[str]:
    """``translations`` of the English ``word`` without those of the sense its glossary term
    glosses: a translation one of whose words shares its Dutch stem with a word of the term's
    Dutch ("sluiten" for "sluiting, sluiten, gesloten"), or holds it or is held in it."""
    from .glossary import Glossary
    from .stemmers import stem_word

    def stems(text: str) -> set[str]:
        return {stem_word("dutch", w) for w in _WORD.findall(text.lower())}

    glossed = {s for _, e in Glossary.default().matches(word) for t in e.nl for s in stems(t)}

    def related(stem: str) -> bool:
        return any(stem == g or (min(len(stem), len(g)) >= 4 and (stem in g or g in stem))
                   for g in glossed)  # fmt: skip

    return [t for t in translations if not any(related(s) for s in stems(t))]
