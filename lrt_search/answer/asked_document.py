"""Whether a question asks what a document said, and whether a statement names a document.

"Wat stond er in de nota van het COA over de kosten van ...?" asks the content of a
document: a statement on the costs that names no nota, memo, letter or report does not say
what the document held, and quoting it answers another question ("De VNG spreekt hun zorgen
uit over de LVV" for "What was in the memo the VNG sent about the LVV?"). Rule
``document_content_named`` (``Settings.document_content_named``, measured in
docs/settings.md), the quote check ``document_named`` with reason ``no_document``: a question
of the forms of ``lexicon/data/documents.toml`` (`asks_content`: "what ... in <the> memo",
"what did the letter ... say", "what was the note about", "de inhoud van de brief") is
answered only by a statement that, with its item heading, names a document (`stated`:
"notitie", "brief", "Kamerbrieven", "memo", "onepager", "document", "stukken"). Any document
counts, not only the one asked: the minutes name a document in their own words ("notitie"
for a "memo"), so a statement on another document of the same topic still passes.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Any

from ..lazyre import lazy
from ..lexicon.wordlists import alternation, regex_text

if TYPE_CHECKING:
    from .checks import Quote
    from .evidence import Requirements

_Pattern = Any  # a lazily compiled re.Pattern (lrt_search.lazyre)


def _doc(english: bool) -> str:
    """A noun of `asked` (of a Dutch question, `asked_dutch` too), or a Dutch compound
    ending in one ("governancenotitie")."""
    nouns = alternation("documents", "asked")
    if not english:
        nouns = f"(?:{nouns}|{alternation('documents', 'asked_dutch')})"
    return rf"[\w-]*?{nouns}"


@cache
def _asks(english: bool) -> _Pattern:
    pattern = regex_text("documents", "asks_content").replace("\\\n", "")  # line joins
    return lazy(pattern.replace("{doc}", _doc(english)), re.I)


@cache
def _stated() -> _Pattern:
    return lazy(rf"(?<![\w'])\w*{alternation('documents', 'stated')}(?![\w'])", re.I)


def asked_document(question: str, english: bool) -> str:
    """The document noun of ``question`` when it asks what that document said ("memo" of "What
    was in the memo the VNG sent ...?"), else ""."""
    match = _asks(english).search(question)
    if not match:
        return ""
    noun = re.search(rf"(?<![\w'-]){_doc(english)}(?![\w'])", match[0], re.I)
    return noun[0].lower() if noun else ""


def names_document(text: str) -> bool:
    """Whether ``text`` names a document ("de notitie governance", "Kamerbrieven")."""
    return bool(_stated().search(text))


def quote_names_document(q: Quote) -> bool:
    """Check ``document_named``: the statement, with its item heading, names a document."""
    return names_document(f"{q.heading}\n{q.text}")


def document_params(needs: Requirements) -> dict[str, object]:
    """The parameters of reason ``no_document``: the document as asked and the topic."""
    return {"words": [needs.document], "topic": needs.topic or needs.document}
