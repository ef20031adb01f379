"""The premise of a "why" question ("Waarom is de VNG uit de LRT gestapt?": the VNG left the
LRT): the index terms a statement must hold to support it.

Its content words (not names, not stopwords) each give their terms; a Dutch separable verb is
read whole ("uit ... gestapt" -> "uitstappen", not "stap"), so "stappen op de IBT ladder" does
not support "uit de LRT gestapt".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..search.unread import content_words

if TYPE_CHECKING:
    from ..search.parsed import ParsedQuestion
    from ..search.retriever import Retriever

#: Particles of Dutch separable verbs ("uit" in "uitstappen", "op" in "opvangen").
_PARTICLES = frozenset(["uit", "op", "aan", "af", "mee", "toe", "terug", "weg"])
_PARTICIPLE = re.compile(r"^ge(\w{3,}(?:d|t|en))$")


def premise_terms(
    retriever: Retriever, parsed: ParsedQuestion, english: bool
) -> tuple[str, tuple[frozenset[str], ...]]:
    """The premise of a why-question (``parsed.premise``: its words after the question word)
    and, per content word, the index terms one of which a supporting statement must hold;
    ``("", ())`` when the question does not ask why. English words the index lacks are left
    unchecked."""
    premise = parsed.premise
    if not parsed.asks("why") or not premise:
        return "", ()
    known = retriever.bm25.terms
    analyzer = retriever.analyzer
    needs: list[frozenset[str]] = []
    for word, start, _ in content_words(premise, retriever.orgs):
        if word[:1].isupper() and start > 0:
            continue  # a name: the names check looks for it
        form = word.lower()
        participle = _PARTICIPLE.match(form)
        near = premise[:start].lower().split()[-3:]
        particle = next((p for p in reversed(near) if p in _PARTICLES), None)
        if participle and particle:
            form = particle + participle.group(1)  # "uit" + "stapt"
        terms = frozenset(analyzer.tokenize_query(form, known)[:1])
        if english and not any(t in known for t in terms):
            continue  # an English word the minutes cannot hold: unchecked
        needs.append(terms)
    return premise, tuple(n for n in needs if n)
