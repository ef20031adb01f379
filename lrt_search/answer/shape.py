"""Whether a statement has the shape of an answer: the identifiers the question names, and a
number that counts what a "how many" question counts."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..index.analysis import dutch_stopwords, english_stopwords, is_english, words
from ..lazyre import lazy
from ..lexicon.freedict import dutch_for, english_headword
from ..lexicon.intents import asks
from ..lexicon.wordclass import dutch_class, english_noun
from ..lexicon.wordlists import word_set
from .asked_detail import asks_rate
from .property_forms import count_word, length_starts, not_a_count
from .quantity_matches import AmountAsked, count_text, length_given

if TYPE_CHECKING:
    from ..search.retriever import Retriever

# A number that can be an amount: not a list marker ("1)"), a year, a half-year ("2025-II"),
# a day of a date ("1 april") or a time.
_AMOUNT = lazy(
    r"(?<![\w.,-])(?!(?:19|20)\d\d(?!\d|[.,]\d))\d[\d.,]*(?![\d)])(?![.,]?\d)"
    r"(?!-[IV]+\b)(?!\s*(?:jan|feb|maart|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec)\w*)"
    r"(?![:.]\d\d)",
    re.I,
)


def amount_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the numbers of ``text`` that can be amounts (not a list marker, a year, a
    half-year, a day of a date or a time)."""
    return [m.span() for m in _AMOUNT.finditer(text)]


#: Number words (a count written out: "twee", "honderd"): lexicon/data/numbers.toml.
NUMBER_WORDS = word_set("numbers", "number_words")


#: The unit of a percentage after its number ("50%", "50 procent").
PERCENT_UNIT = r"\s*(?:%|procent\b|percent\b|per ?cent\b)"
_SHARE = lazy(PERCENT_UNIT, re.I)
_WORD = lazy(r"\d[\d.,]*\d|\d|[^\W\d_][\w'’-]*")
_FOLLOWING = lazy(r"[^\W_][\w'’-]*|[.;:!?()]")
_COUNTED = lazy(r"\b(?:hoeveel|how many)\s+(?P<noun>[\w'’-]+(?:\s+[\w'’-]+)?)", re.I)


def counted_terms(retriever: Retriever, question: str) -> frozenset[str]:
    """Index terms of what a "hoeveel X" / "how many X" question counts (X and its glossary
    terms); empty when there is no such X or the index does not know it."""
    # (a "hoeveel" that is part of the topic, "het bericht over hoeveel ...", counts nothing)
    main = retriever.settings.main_clause_intent
    m = _COUNTED.search(question) if asks("quantity", question, main) else None
    if not m:
        return frozenset()
    # The counted noun and an adjective before it ("hoeveel aanvullende bedden").
    return noun_terms(retriever, m.group("noun"))


_GENERIC = word_set("numbers", "generic_counted")


def _counted_match(retriever: Retriever, question: str) -> re.Match[str] | None:
    """The "hoeveel X" / "how many X" of a question that counts a noun of something (no noun of
    anyone: "mensen", "people": any noun of people counts them) and asks no rate ("per dag":
    rule ``rate_stated`` reads it); None otherwise or with rule ``count_other_noun`` off."""
    settings = retriever.settings
    m = _COUNTED.search(question) if settings.count_other_noun else None
    if (
        not m
        or not asks("quantity", question, settings.main_clause_intent)
        or _GENERIC & set(words(m["noun"].lower()))
    ):
        return None
    return None if asks_rate(question) else m


def _written_as_minutes(retriever: Retriever, noun: str) -> bool:
    """Whether a counted noun has index terms of its own (the minutes' word, not only a
    translation: "refugees with a permit" may be counted as "statushouders")."""
    known = retriever.bm25.terms
    return any(t in known for t in retriever.analyzer.tokenize_query(noun, known))


def other_noun_asked(retriever: Retriever, question: str) -> bool:
    """Rule ``count_other_noun``: whether the question counts a noun (:func:`_counted_match`)
    it writes as the minutes do, or (rule ``counted_noun_forms_read``) in another form that
    :func:`counted_noun` reads."""
    m = _counted_match(retriever, question)
    if m is None:
        return False
    own = _written_as_minutes(retriever, m["noun"])
    return own or counted_noun(retriever, question) is not None


_JOINERS = word_set("questions", "part_joiners")
_SKIP = word_set("numbers", "count_modifier_skip")


def asked_nouns(question: str, m: re.Match[str]) -> list[str]:
    """The counted nouns of a "how many X" question (``m``: its :data:`_COUNTED` match), each
    of the one or two words of a noun (:func:`_noun_word`) after the words of an addition or
    degree (numbers.toml ``count_modifier_skip``: "additional", "extra"): X and, when X is
    coordinated ("doctors and nurses", "artsen en verpleegkundigen"), the noun after the
    joiner ("police officers")."""
    english = is_english(question)
    tail = list(itertools.dropwhile(lambda w: w in _SKIP, words(question[m.start("noun") :])))

    def noun_at(i: int) -> list[str]:
        got = list(itertools.takewhile(lambda w: _noun_word(w, english), tail[i : i + 2]))
        # a second word that is no noun is the sentence's verb ("artsen kwamen")
        return got[:1] if len(got) == 2 and not _is_noun(got[1], english) else got

    first = noun_at(0)
    if not first:  # "hoeveel van de achterstand", "hoeveel heeft ...": no noun counted
        return []
    out = [" ".join(first)]
    joined = len(tail) > len(first) and tail[len(first)] in _JOINERS
    if joined and (second := noun_at(len(first) + 1)):
        out.append(" ".join(second))
    return out


_OPENERS = word_set("questions", "part_openers")


def _noun_word(word: str, english: bool) -> bool:
    """Whether ``word`` can be a word of a counted noun: no question word or auxiliary
    (questions.toml ``part_openers``), and no stopword unless an English noun of more than
    three letters (stopwordsiso's long list holds "places")."""
    if word in _OPENERS or not word.isalpha():
        return False
    if word not in english_stopwords() and word not in dutch_stopwords():
        return True
    return english and len(word) > 3 and bool(english_noun(word)[0])


def _is_noun(word: str, english: bool) -> bool:
    """Whether ``word`` reads as a noun (English: the noun table; Dutch: no adjective or verb
    form of the word class table)."""
    if english:
        return bool(english_noun(word)[0])
    return word.isalpha() and not dutch_class(word)


def _translations(noun: str) -> set[str]:
    """The one-word Dutch translations (FreeDict) of each word of an English noun phrase."""
    return {d for w in words(noun) for d in dutch_for(english_headword(w) or w)}


def counted_noun(retriever: Retriever, question: str) -> Callable[[str], bool] | None:
    """Rule ``counted_noun_forms_read``: whether a word names what a "how many X" question
    counts when X is not written as the minutes write it (an English word, a Dutch word the
    minutes lack), for rule ``count_other_noun``: the index terms of X (and of a noun
    coordinated with it: "doctors and nurses"), of their glossary and synonym terms, of a
    glossary phrase that starts at X ("refugees with a permit") and, of an English question,
    of their FreeDict Dutch words. The terms may be none ("doctors": the minutes write no
    "arts"): then no statement names X and a number of another noun is no count of it ("circa
    1500 mensen"). None when the rule does not read the question: X written as the minutes do
    (rule count_other_noun's own reading), or an English X of which neither the glossary nor
    FreeDict knows a Dutch word ("responses": the lexicon cannot tell it is absent)."""
    settings = retriever.settings
    m = _counted_match(retriever, question) if settings.counted_noun_forms_read else None
    # X written as the minutes do, after an addition word too ("extra artsen": not "extra")
    if m is None or _written_as_minutes(retriever, " ".join(_unskipped(m["noun"]))):
        return None
    nouns, english = asked_nouns(question, m), is_english(question)
    if not nouns or not _is_noun(words(nouns[0])[-1], english):
        return None  # "hoeveel moest ...", "how many of the ..."
    if _GENERIC & {w for n in nouns for w in words(n)}:  # "doctors and people": anyone
        return None
    alone = words(nouns[0])
    # the head of a glossary phrase, for a noun the glossary lacks alone ("applicants")
    single = english and len(alone) == 1 and not retriever.glossary.matches(alone[0])
    head = alone[0] if single else ""
    dutch = _glossed(retriever, question[m.start("noun") :], alone[0], head)
    for noun in nouns:
        dutch += [*retriever.glossary.expand(noun), *(_translations(noun) if english else ())]
    if english and not dutch:
        return None
    known = retriever.bm25.terms
    terms = {t for n in nouns for t in noun_terms(retriever, n)}
    tokenize = retriever.analyzer.tokenize_query
    terms.update(t for d in dutch for t in tokenize(d, known) if t in known)
    return lambda w: bool(terms.intersection(retriever.analyzer.tokenize_query(w, known)))


def _unskipped(noun: str) -> list[str]:
    """The words of a counted noun without its addition words ("extra", numbers.toml
    ``count_modifier_skip``); the noun itself when it is one."""
    return [w for w in words(noun) if w not in _SKIP] or words(noun)


def _glossed(retriever: Retriever, tail: str, first: str, head: str) -> list[str]:
    """The Dutch terms of the glossary phrases of ``tail`` (the question from its counted noun
    on) that start with the noun's first word ``first`` ("refugees with a permit"), and of the
    entries with a phrase of several words whose last word is ``head`` (a noun the glossary
    lacks alone: "applicants" of "asylum applicants": asielzoekers)."""
    out = [
        nl
        for text, entry in retriever.glossary.matches(tail)
        if words(text)[:1] == [first]
        for nl in entry.nl
    ]
    for entry in retriever.glossary.entries if head else ():
        if any(len(p := words(en)) > 1 and p[-1] == head for en in entry.en):
            out += entry.nl
    return out


def noun_terms(retriever: Retriever, noun: str) -> frozenset[str]:
    """Index terms of ``noun`` (what is counted) and of its glossary terms and synonyms; empty
    when the index knows none."""
    known = retriever.bm25.terms
    synonyms = retriever.synonyms
    phrases = [noun, *retriever.glossary.expand(noun), *(synonyms.expand(noun) if synonyms else [])]
    return frozenset(
        t for p in phrases for t in retriever.analyzer.tokenize_query(p, known) if t in known
    )


_ORDINALS = word_set("numbers", "ordinals")


def _number_word(seq: list[str], i: int, forms: bool = False) -> bool:
    """Whether ``seq[i]`` is a number word, not the half of a half-year ("tweede helft"); with
    ``forms`` (rule property_forms_read) any count in one word ("dertien", "tientallen")."""
    if seq[i] not in NUMBER_WORDS and not (forms and count_word(seq[i])):
        return False
    return not (seq[i] in ("helft", "half") and i > 0 and seq[i - 1] in _ORDINALS)


def answers_shape(
    text: str,
    context: set[str],
    required: set[str],
    quantity: bool,
    counted: Callable[[str], bool] | None = None,
    restated: bool = False,
    other_noun: bool = False,
    forms: bool = True,
    asked: AmountAsked | None = None,
    noun_read: bool = False,
) -> bool:
    """Whether a statement can answer: it (or its item heading's words, ``context``) holds the
    required identifiers, and it holds a number when the question asks for a quantity. When
    the statement names what the question counts (``counted`` says whether a word is that),
    the number must stand within four words of it: "twee suggesties ... statushouders" does
    not answer "hoeveel statushouders". "De tweede helft van 2023" is a period, not an
    amount. With ``restated`` (rule ``count_not_restated``) a number of the question itself
    (``required``: "How many of the 7,500 ...?") is no answer to its "how many". With ``forms``
    (rule property_forms_read) a count in one word counts ("dertien", "tientallen") and a
    number that names a thing, an order or a clock time does not ("artikel 3", "1e", "14.00
    uur"), and a length of time counts its unit when that, or time, is what is counted ("met
    een jaar" for "hoeveel jaar", "met hoeveel tijd"). With ``asked`` (rule
    quantity_matches_read, answer.quantity_matches: the question's reading) a
    count of a unit of time is any length of time, and a count of a noun no amount of money,
    no length of time and no number of the other flow. With ``noun_read`` (rule
    counted_noun_forms_read read ``counted``) a statement that does not name what is counted
    answers with no number: :func:`others_only`."""
    seq = words(text)
    own = set(seq)
    if required - own - context:
        return False
    if not quantity:
        return True
    if asked is not None and counted is not None:  # rule quantity_matches_read
        if (length := length_given(text, asked)) is not None:
            return length
        text = count_text(text, asked.flow)
        seq = words(text)
    positions = [(m.start(), m.group(0).lower()) for m in _WORD.finditer(text)]
    # A "hoeveel X" question counts: a percentage ("bijna 100%") is a share, not a count.
    amounts = [
        m for m in _AMOUNT.finditer(text) if counted is None or not _SHARE.match(text, m.end())
    ]
    amounts = [m for m in amounts if not (forms and not_a_count(text, m.start(), m.end()))]
    if forms and counted and length_starts(text, counted):  # "met een jaar": time counted
        return True
    if restated:  # rule count_not_restated: the question's own number is not the count asked
        amounts = [m for m in amounts if not set(words(m.group(0))) & required]
    if counted is None or not any(counted(w) for _, w in positions if not w[0].isdigit()):
        # What is counted is not named here (or said in other words): any amount may answer;
        # with rule count_other_noun, not one that counts another noun ("1500 mensen").
        if other_noun and counted is not None:
            return bool(amounts) and not others_only(text, counted, context, noun_read)
        return bool(amounts) or any(_number_word(seq, i, forms) for i in range(len(seq)))
    # The statement names what the question counts: a number answers only when it stands
    # within four words of it (else it counts something else: "twee suggesties").
    numbers = {m.start() for m in amounts}
    seen = [w for _, w in positions]
    for i, (start, _) in enumerate(positions):
        if start in numbers or _number_word(seen, i, forms):
            near = positions[max(0, i - 4) : i + 5]
            if any(counted(w) for _, w in near if not w[0].isdigit()):
                return True
    return False


def others_only(
    text: str,
    counted: Callable[[str], bool],
    context: frozenset[str] | set[str] = frozenset(),
    bare: bool = False,
) -> bool:
    """Rule ``count_other_noun``: whether ``text`` does not name what is counted and each of
    its numbers that can be an amount counts another noun (:func:`counts_other`). With ``bare``
    (rule counted_noun_forms_read, for a noun it reads) a number that counts no noun ("vastgesteld
    op 13.500.") does not count what is asked either unless the statement or its item heading
    (``context``) names it: then no number of ``text`` answers."""
    if any(counted(w) for w in words(text) if not w[0].isdigit()):
        return False
    amounts = list(_AMOUNT.finditer(text))
    if bare and amounts and not any(counted(w) for w in context):
        return True
    return bool(amounts) and all(counts_other(text, m.end()) for m in amounts)


def counts_other(text: str, end: int) -> bool:
    """Rule ``count_other_noun``: whether the number ending at ``end`` of ``text`` counts a noun:
    the first word after it that is no number word, adjective or verb form
    (:func:`~lrt_search.lexicon.wordclass.dutch_class`), at most two words on ("500 extra
    plekken", "circa 1500 mensen"); the caller knows that noun is not what the question counts.
    A number before a function word ("van 13.500 is", "op 13.000 gezet") or a punctuation mark
    counts none."""
    for m in list(_FOLLOWING.finditer(text, end))[:3]:
        word = m.group(0).lower()
        if not word[0].isalpha():
            return False
        if word in NUMBER_WORDS or dutch_class(word):
            continue
        return len(word) > 2 and word not in dutch_stopwords()
    return False


def is_counted(retriever: Retriever, terms: frozenset[str]) -> Callable[[str], bool] | None:
    """Whether a word is what is counted (one of its query terms in ``terms``, of
    :func:`counted_terms` or :func:`noun_terms`); None without ``terms``."""
    if not terms:
        return None
    known = retriever.bm25.terms
    return lambda w: bool(terms.intersection(retriever.analyzer.tokenize_query(w, known)))


def counts(
    text: str,
    counted: Callable[[str], bool],
    forms: bool = True,
    asked: AmountAsked | None = None,
) -> bool:
    """Whether ``text`` names what a "how many" question counts with a number within four
    words of it ("circa 13.000 statushouders"; ``forms``: rule property_forms_read;
    ``matches``, ``flow``: rule quantity_matches_read)."""
    named = any(counted(w) for w in words(text) if not w[0].isdigit())
    return named and answers_shape(text, set(), set(), True, counted, forms=forms, asked=asked)
