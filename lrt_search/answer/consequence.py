"""Rule ``consequence_stated``: a consequence asked ("What happens if X?", "What would happen
to the waiting times if ...?", "Wat als gemeenten X niet doen?", "Wat gebeurt er zonder X?";
intent ``consequence`` of lexicon/data/intents.toml) is answered only by a statement one of
whose sentences states a consequence, in one of the ways the minutes write it (``consequence_
stated``: "Als het landenbeleid niet gewijzigd wordt, zal ...", "Zonder extra plekken kan ...",
"heeft invloed op", "wanneer ...") and holds a term of the question's topic. A quote that only
holds the topic ("Er wordt een oproep gedaan aan de PRT's voor bedden" for "Wat als de PRT's
geen bedden aanbieden?") does not say what would happen.

Rule ``cause_stated`` (issue 16 task E2, session 21) widens it to the mirror shape: a cause
asked without "why" (intent ``cause``: "What led X to ...", "Hoe komt het dat ...", "Om welke
reden ...", "What was the reason ..."; a "why" question has the premise checks) is answered
only by a statement one of whose sentences states a cause (``cause_stated``: "omdat",
"gelet op", "Door het verbod ...", "maakt ... terughoudend", "reden") and it or a sentence
beside it holds a term of the topic. "Er zijn een hoop juridische procedures gaande" does not
say what is behind them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon.intents import asks, pattern
from ..lexicon.textnorm import split_sentences

if TYPE_CHECKING:
    from ..search.parsed import ParsedQuestion
    from ..search.retriever import Retriever
    from .checks import Quote


def asks_consequence(retriever: Retriever, parsed: ParsedQuestion) -> str:
    """What the question asks of its topic: "consequence" (what happens if; rule
    ``consequence_stated`` on), "cause" (what caused it, asked without "why"; rule
    ``cause_stated`` on), or ""."""
    settings = retriever.settings
    if settings.consequence_stated and parsed.asks("consequence"):
        return "consequence"
    cause = settings.cause_stated and not parsed.asks("why") and not parsed.asks("consequence")
    return "cause" if cause and asks("cause", parsed.text, settings.main_clause_intent) else ""


def states_consequence(q: Quote) -> bool:
    """Whether a sentence of the quote states the asked consequence (or cause) of the question's
    topic: it holds a way of writing one, and it or the sentence before it (which it refers back
    to: "... voor Syrië. Als het landenbeleid niet gewijzigd wordt, zal ...") - for a cause also
    the sentence after it ("... is kortdurend. Daarom moet ...") - holds a term of the topic
    (any, when the question names no topic terms)."""
    kind = q.needs.consequence
    stated = pattern(f"{kind}_stated")
    after = 2 if kind == "cause" else 1
    topic = q.needs.topic_terms
    sentences = split_sentences(q.text)
    tokenize = q.retriever.analyzer.tokenize
    for i, sentence in enumerate(sentences):
        if not stated.search(sentence):
            continue
        near = " ".join(sentences[max(0, i - 1) : i + after])
        if not topic or topic & set(tokenize(near)):
            return True
    return False
