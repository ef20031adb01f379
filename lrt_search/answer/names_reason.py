"""Rule ``reason_names_minutes`` (``Settings.reason_names_minutes``; issue 16 task C1, session
18): the reason ``name_not_quoted`` ("no statement CdK mentions “Dispersal Act” between
2023-04-01 and 2025-03-31") speaks of the minutes, so it is given only when no statement of the
minutes by the asked speaker in the period searched names every name it lists - read by the
names check's own forms (:func:`.names.name_forms`: "Dispersal Act" as "Spreidingswet", a
person as their organisation; :meth:`.evidence.Requirements.names_ok`). When one does (it was
not among the passages read, or failed another check), the reason is ``no_answer``, which is
true (blind14_design b14-022: the CdK's "wat er na 1 juli gebeurt met de Spreidingswet" of
2025-03-19 stood outside the passages). Only the reason changes, never the decision.

The statements read are those of the chunks the index lists for a word that can stand for a
name (the corpus facts' ``word_rows``, built with the index) within the period and by the
speaker (the date column and the speaker rows): never every chunk of the minutes."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import numpy as np

from ..index.analysis import words
from ..index.named_rows import alias_options
from ..index.rowsets import intersect, sorted_unique
from ..search.filters import row_mask
from .messages import Reason

if TYPE_CHECKING:
    from ..index.facts import CorpusFacts
    from ..search.retriever import Retriever
    from .checks import Quote
    from .frame import Frame


def match_prefix(name_word: str) -> str:
    """The prefix every word that stands for ``name_word`` starts with
    (:func:`.names._word_matches`: the word itself with up to three letters more, its
    singular, a demonym's stem of five letters or more, a word of its family sharing six)."""
    k, word = min(len(name_word), 5), name_word
    while len(word) > 3 and word.endswith("s"):  # a plural: its singular matches too
        word = word[:-1]
        k = min(k, len(word))
    return name_word[:k]


def rows_of_words(facts: CorpusFacts, seq: Iterable[str]) -> np.ndarray | None:
    """The rows of the chunks holding, for each word of ``seq`` (as :func:`words` gives it), a
    word that may stand for it (:func:`match_prefix`; the corpus facts' word rows): every chunk
    whose words :func:`.names.has_phrase` finds ``seq`` in is among them. None: any chunk may
    (no word, or an index written before the word rows were)."""
    found: np.ndarray | None = None
    for word in seq:
        rows = facts.rows_with_prefix(match_prefix(word))
        if rows is None:
            return None
        found = rows if found is None else intersect(found, rows)
    return found


def _rows_naming(
    retriever: Retriever, names: Iterable[tuple[str, tuple[tuple[str, ...], ...], frozenset[str]]]
) -> np.ndarray | None:
    """The rows of the chunks that may hold a statement naming every name: a word of one of its
    forms, or (a name an organisation stands for) that organisation mentioned or speaking (the
    index's ``named_rows``); None: any chunk may."""
    facts, options = retriever.chunks.facts, alias_options(retriever.settings)
    found: np.ndarray | None = None
    for _name, forms, orgs in names:
        if not forms or not all(forms):
            continue
        held = [facts.rows_with_prefix(max(map(match_prefix, form), key=len)) for form in forms]
        if orgs:  # or a statement mentioning one of its organisations, or spoken by one
            held.append(facts.named_rows(orgs, options))
        if any(rows is None for rows in held):  # an index written before the tables were
            return None
        rows: np.ndarray = sorted_unique(np.concatenate(held))  # type: ignore[arg-type]
        found = rows if found is None else intersect(found, rows)
    return found


def reason_of_names(reason: Reason, frame: Frame, probe: Quote) -> Reason:
    """``reason``, or ``no_answer`` instead of ``name_not_quoted`` when a statement of the
    minutes by the asked speaker (``probe.codes``) in the period searched names every focus
    name of the question."""
    retriever = frame.retriever
    if reason.code != "name_not_quoted" or not retriever.settings.reason_names_minutes:
        return reason
    mentions, needs = retriever.orgs.mentions, probe.needs
    mask = row_mask(retriever.chunks, (frame.since, frame.until, None), set(probe.codes) or None)
    rows = np.arange(len(retriever.chunks)) if mask is None else np.flatnonzero(mask)
    naming = _rows_naming(retriever, needs.names)
    if naming is not None:
        rows = rows[np.isin(rows, naming)]
    for row in rows:
        for said in retriever.chunks[int(row)].statements:
            if probe.codes and not probe.codes.intersection(said.speakers):
                continue
            named = {m.code for m in mentions(said.text)} | set(said.speakers)
            if needs.names_ok([words(said.text)], named):
                return Reason("no_answer", {"speaker": reason.params.get("speaker")})
    return reason


__all__ = ["match_prefix", "reason_of_names", "rows_of_words"]
