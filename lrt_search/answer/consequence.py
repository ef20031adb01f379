"""Rule ``consequence_stated``: a consequence asked ("What happens if X?", "What would happen
to the waiting times if ...?", "Wat als gemeenten X niet doen?", "Wat gebeurt er zonder X?";
intent ``consequence`` of lexicon/data/intents.toml) is answered only by a statement one of
whose sentences states a consequence, in one of the ways the minutes write it (``consequence_
stated``: "Als het landenbeleid niet gewijzigd wordt, zal ...", "Zonder extra plekken kan ...",
"heeft invloed op", "wanneer ...") and holds a term of the question's topic. A quote that only
holds the topic ("Er wordt een oproep gedaan aan de PRT's voor bedden" for "Wat als de PRT's
geen bedden aanbieden?") does not say what would happen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon.intents import pattern
from ..lexicon.textnorm import split_sentences

if TYPE_CHECKING:
    from ..search.parsed import ParsedQuestion
    from ..search.retriever import Retriever
    from .checks import Quote


def asks_consequence(retriever: Retriever, parsed: ParsedQuestion) -> bool:
    """Whether the question asks what happens if (rule ``consequence_stated`` on)."""
    return retriever.settings.consequence_stated and parsed.asks("consequence")


def states_consequence(q: Quote) -> bool:
    """Whether a sentence of the quote states a consequence of the question's topic: it holds
    a way of writing one, and it or the sentence before it (which it refers back to: "... voor
    Syrië. Als het landenbeleid niet gewijzigd wordt, zal ...") holds a term of the topic (any,
    when the question names no topic terms)."""
    stated = pattern("consequence_stated")
    topic = q.needs.topic_terms
    sentences = split_sentences(q.text)
    tokenize = q.retriever.analyzer.tokenize
    for i, sentence in enumerate(sentences):
        if not stated.search(sentence):
            continue
        near = " ".join(sentences[max(0, i - 1) : i + 1])
        if not topic or topic & set(tokenize(near)):
            return True
    return False
