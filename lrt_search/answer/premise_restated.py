"""Rule ``premise_noun_restated`` (``Settings.premise_noun_restated``): a statement that holds
every word a Dutch why-premise requires but one noun supports the premise, when the premise
requires three words or more. The minutes restate a noun more often than the event: "een
wetsaanpassing voor de inburgering" is "aanpassing van de Wet Inburgering", "een algemeen
huisvestingsbod" is "een algemeen bod", "het beleid vergt" is "Dit vergt". The event (a verb,
an adjective: "versneld", "uitbreiden", "weigerden") and the actor (a name, checked by the
names check) are still required, and a compound's parts (rule ``premise_compound_parts``) are
all required: a false premise is made by changing them ("uit de LRT gestapt", "een rechtszaak
aangespannen"). Of a premise of two words, the one held may be all the premise checks
("wilde MVRO de term doorstroomlocatie verbieden": "verbieden", a paraphrase word, is left
unchecked), so two must stand in the statement. Nor does the rule apply to a premise whose
event is a verb form of the question's frame (lexicon/data/questions.toml ``frame``:
"ingestemd", "afgesproken", "vastgesteld"), which the premise check never reads: "heeft het
IPO ingestemd met een snellere doorloop van indeplaatsstellingen" would rest on "snellere"
and "indeplaatsstellingen" alone.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from ..index.analysis import words
from ..lexicon.dutch_forms import class_form
from ..lexicon.wordclass import dutch_class
from ..lexicon.wordlists import word_set
from ..search.unread import content_words
from .premise import is_verb_form
from .premise_apart import apart_terms
from .premise_common import common_missing

if TYPE_CHECKING:
    from ..search.retriever import Retriever
    from .checks import Quote


def restated_nouns(
    retriever: Retriever, premise: str, needs: tuple[frozenset[str], ...], english: bool
) -> frozenset[frozenset[str]]:
    """The needs of a Dutch ``premise`` (:func:`~.premise.premise_terms`) that are a noun's own
    index terms (a word with a noun reading, not an adjective or verb form of the word-class
    table, nor a name), of which a supporting statement may lack one; empty when the rule is
    off, the premise is English (its needs are translations), requires two words or fewer, or
    holds a frame verb (its event unchecked)."""
    if not retriever.settings.premise_noun_restated or english or len(needs) < 3:
        return frozenset()
    if _frame_events().intersection(words(premise)):
        return frozenset()  # an event the premise check does not read ("ingestemd")
    known = retriever.bm25.terms
    inflections = retriever.settings.dutch_inflections
    out: set[frozenset[str]] = set()
    for word, start, _ in content_words(
        premise, retriever.orgs, main=retriever.settings.main_clause_intent
    ):
        if word[:1].isupper() and start > 0:
            continue  # a name
        own = frozenset(retriever.analyzer.tokenize_query(word.lower(), known)[:1])
        verb = is_verb_form(retriever, word.lower())  # rule premise_restatements_read
        if own in needs and not dutch_class(class_form(word.lower(), inflections)) and not verb:
            out.add(own)
    return frozenset(out)


def premise_held(quote: Quote) -> bool:
    """Whether ``quote`` (with its item heading, rule ``premise_in_heading``; a word it writes
    apart, rule ``premise_words_apart``) holds every need of the question's premise, or every
    one but a restated noun (rule ``premise_noun_restated``)."""
    needs = quote.needs
    held = quote.terms | quote.heading_terms
    if not quote.retriever.settings.premise_in_heading:
        held = quote.terms
    missing = [need for need in needs.premise_terms if not need & held]
    if missing:  # rule premise_words_apart: "op te stellen" meets "opstellen"
        held = held | apart_terms(quote.retriever, quote.text, missing, needs.premise_apart)
        missing = [need for need in missing if not need & held]
    if common_missing(needs.premise_terms, missing, needs.premise_common):
        return True  # rule premise_common_paraphrased (answer.premise_common)
    return not missing or (len(missing) == 1 and missing[0] in needs.premise_nouns)


@cache
def _frame_events() -> frozenset[str]:
    """The frame words that are verb or adjective forms (the word-class table)."""
    return frozenset(w for w in word_set("questions", "frame") if dutch_class(class_form(w)))
