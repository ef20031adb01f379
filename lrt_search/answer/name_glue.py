"""Rule ``name_article_apart`` (issue 16, task G): two names that a clause puts side by side
with an article between them ("wanneer de Kamer de Tijdelijke wet ...", "of Defensie de Budelse
locatie ...") are read by :func:`~lrt_search.search.phrases.names_in` as one run of capitalised
words, because "de", "het" and "the" are name particles ("Van de Wiel", "Council of the ...").
A name never spans an article that follows a capitalised word that is no particle itself: such a
run is its names, each required on its own, unless the alias table or the glossary knows it
whole. A run that opens the question ("Vroeg de VNG ...", "Krijgt de Tweede Kamer ...") loses
its first word, which is capitalised anyway. A real name the minutes lack stays absent: "Hugo de
Vries" is "Hugo" and "Vries", neither of which the minutes know."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..search.phrases import ARTICLES, PARTICLES

if TYPE_CHECKING:
    from ..search.retriever import Retriever


def _cuts(tokens: list[str]) -> list[int]:
    """The positions of the articles that glue two names: after a capitalised word that is no
    particle, before a capitalised word."""
    return [
        i
        for i in range(1, len(tokens) - 1)
        if tokens[i].lower() in ARTICLES
        and tokens[i - 1].lower() not in PARTICLES
        and tokens[i - 1][:1].isupper()
        and tokens[i + 1][:1].isupper()
    ]


def article_parts(retriever: Retriever, name: str, question: str) -> list[str]:
    """The names glued by an article in ``name`` (see the module); ``[name]`` when none."""
    tokens = name.split()
    cuts = _cuts(tokens)
    if not cuts:
        return [name]
    if retriever.orgs.resolve(name) is not None or retriever.glossary.expand(name):
        return [name]
    groups = [tokens[a + 1 : b] for a, b in zip([-1, *cuts], [*cuts, len(tokens)], strict=True)]
    if question.lstrip().startswith(tokens[0]):
        groups[0] = groups[0][1:]  # the question's first word: capitalised anyway
    return [" ".join(g) for g in groups if g]
