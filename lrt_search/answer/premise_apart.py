"""Rule ``premise_words_apart`` (``Settings.premise_words_apart``): a Dutch why-premise's word
that the minutes write as two words a few words apart still meets its need, when the two
written together give the need's index term: a separable verb ("het opstellen van een
notitie": "een notitie op te stellen"), an adverb or adjective with its verb ("de
bekendmaking van de taakstelling": "taakstelling niet tijdig bekend is gemaakt"). The index and
the statement's terms read each word alone ("stell", "bekend", "gemaakt"), so the premise's
whole word ("opstel", "bekendmaak") stood in no statement and a true premise was refused. Only a
pair whose joined form is exactly the missing need's term counts (either order, at most
``_SPAN`` words apart: "stelt ... op"); the premise's event stays required, so a false premise
that changes it ("het intrekken van de notitie") is still unsupported. (Rule
``separable_verbs``, deleted in session 19, joined such pairs in BM25 and in every reading:
"stelt voor" read as "voorstel" drew statements onto noun topics; here only a premise need
that is missing from a candidate statement is looked for.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..index.analysis import words
from ..lazyre import lazy
from ..lexicon.dutch_forms import verb_particles
from .word_forms import paradigm_forms

if TYPE_CHECKING:
    from ..search.retriever import Retriever

#: How far apart (in words) the two parts of a written-apart word may stand.
_SPAN = 3
#: Where a clause ends: a punctuation mark, or a word that opens another clause.
_CLAUSE = lazy(r"[.,;:()!?]|\b(?:en|maar|of|dat|omdat|zodat|die|wat|waar|als|want)\b")


def apart_terms(
    retriever: Retriever, text: str, missing: list[frozenset[str]], dutch: bool
) -> set[str]:
    """The terms of ``missing`` (needs a statement ``text`` lacks) that two of its words at
    most ``_SPAN`` apart give when written together; empty unless ``dutch`` (the premise is
    Dutch and the rule on: an English word's needs are its translations, FreeDict's many
    senses, which joined pairs meet by chance: "leave" -> "uitgaan", "gaan ... uit")."""
    if not dutch or not missing:
        return set()
    wanted = frozenset().union(*missing)
    heads = {term[:3] for term in wanted}
    known = retriever.bm25.terms
    tokenize = retriever.analyzer.tokenize_query
    tokens = words(text)
    pairs = [(a, b) for i, a in enumerate(tokens) for b in tokens[i + 1 : i + 1 + _SPAN]]
    out: set[str] = set()
    for first, second in pairs:
        for joined in (first + second, second + first):
            if joined[:3] in heads:
                out.update(t for t in tokenize(joined, known)[:1] if t in wanted)
    if retriever.settings.premise_restatements_read:  # "past ... aan": "aanpassen"
        for verb, particle in closing_pairs(text):
            if (particle + verb)[:3] in heads:
                for form in (particle + verb, *paradigm_forms(particle + verb)):
                    out.update(t for t in tokenize(form, known)[:1] if t in wanted)
    return out


def closing_pairs(text: str) -> list[tuple[str, str]]:
    """Rule ``premise_restatements_read``: each word of a clause of ``text`` with the verb
    particle that closes the clause, however far apart ("JenV past de brieven nog aan": "past"
    and "aan"), where a separable verb's particle stands in a main clause. A clause ends at a
    punctuation mark or a word that opens another ("en", "dat", "maar", ...)."""
    out: list[tuple[str, str]] = []
    for clause in _CLAUSE.split(text.lower()):
        tokens = words(clause)
        if len(tokens) > 1 and tokens[-1] in verb_particles():
            out += [(word, tokens[-1]) for word in tokens[:-1]]
    return out
