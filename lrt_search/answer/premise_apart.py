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

if TYPE_CHECKING:
    from ..search.retriever import Retriever

#: How far apart (in words) the two parts of a written-apart word may stand.
_SPAN = 3


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
    out: set[str] = set()
    for i, first in enumerate(tokens):
        for second in tokens[i + 1 : i + 1 + _SPAN]:
            for joined in (first + second, second + first):
                if joined[:3] in heads:
                    out.update(t for t in tokenize(joined, known)[:1] if t in wanted)
    return out
