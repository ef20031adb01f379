"""Rule ``english_topic_lemmas``: an English topic word whose own dictionary translations the
minutes lack is looked up by its lemma ("requests" -> "request" -> "verzoek", "waiting" ->
"wait" -> "wachten"), keeping only the lemma's translations the embedder ranks near its best.

FreeDict lists most English words only as their lemma, and lists some inflected forms as
headwords of their own in another sense ("waiting" -> "bediening", the waiting at table), so
a question's "requests" or "waiting" found nothing in the minutes. The lemma's translations may
hold a sense the question does not mean ("elections" -> "election" -> "keuze", a choice, while
the minutes lack "verkiezing"): a translation the minutes hold is kept only when its e5
similarity to the English lemma ("query: election" against "passage: keuze") is within
``Settings.english_lemma_sense_margin`` of the best of all the lemma's translations, held or
not (a margin, not a fixed cosine: e5's word cosines all sit in 0.80-0.92). The similarities
are computed once per lemma per process. Only a plural is looked up by its lemma (the rules
of an ending in "s"), unless ``Settings.english_lemma_verb_forms``: an "-ed" or "-ing" form is
a verb, which may say in other words what a statement says ("staying", "talked"), and so stays
unchecked as before.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from ..lexicon.freedict import dutch_for, english_lemmas

if TYPE_CHECKING:
    from ..index.embedders import Embedder
    from ..search.retriever import Retriever

_SIMILARITIES: dict[tuple[str, str], dict[str, float]] = {}


def lemma_terms(
    retriever: Retriever, word: str, index_terms: Callable[[str], set[str]]
) -> set[str]:
    """The index terms of the translations of ``word``'s first lemma whose translations the
    minutes hold, those ranked within the margin of the best (none when the rule is off)."""
    margin = retriever.settings.english_lemma_sense_margin
    if not retriever.settings.english_topic_lemmas:
        return set()
    for lemma in english_lemmas(word, not retriever.settings.english_lemma_verb_forms):
        translations = [t for t in dutch_for(lemma) if t.isalpha()]
        held = {t: terms for t in translations if (terms := index_terms(t))}
        if not held:
            continue
        similarity = _similarities(retriever.embedder, lemma, translations)
        best = max(similarity.values())
        return {
            term for t, terms in held.items() if similarity[t] >= best - margin for term in terms
        }
    return set()


def _similarities(embedder: Embedder, lemma: str, translations: Sequence[str]) -> dict[str, float]:
    """The cosine of the lemma's query vector to each translation's passage vector (e5 adds
    "query: " and "passage: " itself), cached per process."""
    key = (getattr(embedder, "name", ""), lemma)
    if key not in _SIMILARITIES:
        query = embedder.embed_queries([lemma])[0]
        passages = embedder.embed_passages(list(translations))
        _SIMILARITIES[key] = {
            t: float(vector @ query) for t, vector in zip(translations, passages, strict=True)
        }
    return _SIMILARITIES[key]
