"""Rule ``acronym_compound_apart`` (issue 16, task B2): the asker's own words around an acronym
read as one name the minutes must hold word for word. A name (neither the alias table nor the
glossary knows it whole) that holds an acronym and another word, and that the minutes never
write as that phrase, is read as its parts:

- a hyphenated compound of the acronym and a general word ("AZC-plekken", "IBT-aanpak"): a topic,
  no name, when the minutes hold its general words ("azc" and "plekken" stand apart; the topic
  check finds the compound or its parts); else only its name part is the required name
  ("BRP-registration": "BRP");
- capitalised words stacked on an acronym ("Spreidingswet AMvB", "DSL SPUK"): each a name of its
  own (the minutes: "de AMvB voor de Spreidingswet").

A name the alias table mentions ("COA-locaties", "VB-voorzitter": the organisation stands for it)
or that joins names by a particle ("VNG of Defensie") is left to the other rules. A compound
whose name part the minutes lack stays whole and absent ("GGD-aanpak", "Omgevingswet
AMvB"); names without an acronym ("Ter Apel", "Eerste Kamer", "Van der Maat") are left whole.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..index.analysis import words
from ..lazyre import lazy
from ..search.phrases import ACRONYM, PARTICLES
from .names import has_phrase, name_known
from .names_reason import rows_of_words

if TYPE_CHECKING:
    from ..search.retriever import Retriever

_HYPHEN = lazy(r"(?<=\w)-(?=\w)")


def _in_minutes(retriever: Retriever, phrase: str) -> bool:
    """Whether a statement of the minutes writes ``phrase`` (its words in a row), read only in
    the chunks the index lists for every word of it (issue 16 item 7: never every chunk)."""
    seq = tuple(words(phrase))
    chunks = retriever.chunks
    rows = rows_of_words(chunks.facts, seq)
    held = range(len(chunks)) if rows is None else rows.tolist()
    return any(has_phrase(words(chunks[row].text), seq) for row in held)


def compound_parts(retriever: Retriever, name: str, question: str) -> list[str]:
    """The names ``name`` stands for under the rule (see the module): ``[name]`` when it is no
    compound of an acronym, ``[]`` for a compound that is a topic, else its name parts."""
    tokens = _HYPHEN.sub(" ", name).split()
    if any(t.lower() in PARTICLES for t in tokens):
        return [name]  # names joined by a particle: rules name_parts_apart, name_article_apart
    if tokens and len(tokens) > 1 and question.lstrip().startswith(tokens[0]):
        tokens = tokens[1:]  # the question's first word: capitalised anyway
    if len(tokens) < 2 or not any(ACRONYM.match(t) for t in tokens):
        return [name]
    orgs = retriever.orgs
    if orgs.resolve(name) is not None or orgs.query_mentions(name):
        return [name]  # the alias table knows it: its organisation stands for it
    if retriever.glossary.expand(name):
        return [name]
    if _in_minutes(retriever, " ".join(tokens)):
        return [name]
    named = [t for t in tokens if t[:1].isupper()]
    general = [t for t in tokens if not t[:1].isupper()]
    if not all(name_known(retriever, t) for t in named):
        return [name]
    if general and all(name_known(retriever, t) for t in general):
        return []
    return named
