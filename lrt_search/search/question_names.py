"""The names a question writes, with their kind (moved out of search/parsed.py in session 30
task F, which had reached its 400 lines): :func:`names_of` is ``ParsedQuestion.names``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from .body_names import body_names
from .meeting_counts import count_spans
from .mention_names import body_of
from .phrases import ARTICLES, names_in
from .table_places import table_places
from .title_case import is_title_case, lower_title_case

if TYPE_CHECKING:
    from ..lexicon.glossary import Glossary
    from ..lexicon.organisations import Mention, OrgTable
    from .office_names import Office
    from .query import SpeakerRules

#: "speaker": words of the organisation asked as the speaker ("the Minister for Asylum and
#: Migration"); "organisation": another organisation of the alias table; "glossary": a term of
#: the glossary; "name": any other capitalised name ("Ter Apel", "Faber").
NameKind = Literal["speaker", "organisation", "glossary", "name"]


def _name_kind(name: str, orgs: OrgTable, glossary: Glossary | None) -> NameKind:
    if orgs.resolve(name) is not None or orgs.query_mentions(name):
        return "organisation"
    if glossary is not None and glossary.expand(name):
        return "glossary"
    return "name"


def names_of(
    question: str,
    mentions: list[Mention],
    orgs: OrgTable,
    glossary: Glossary | None,
    rules: SpeakerRules,
    office: Office | None = None,
) -> tuple[tuple[str, NameKind], ...]:
    """The names of ``question`` with their kind; a name inside the words of an organisation
    asked as the speaker stands for those words (once). With ``title_case`` (rule
    ``title_case_not_names``, :mod:`~lrt_search.search.title_case`) a question in Title Case
    has only the names of its words in lower case (acronyms kept); rule
    ``sentence_start_not_names`` (``sentence_starts``) and ``address_not_name`` (``address``):
    see :func:`~.phrases.names_in`. Rule ``name_article_apart`` (``articles``): the name a run
    glues to the speaker's words by an article is a name of its own (:func:`_glued_after`).
    Rule ``org_mention_names`` (``inside``): :func:`~.mention_names.body_of`. Rule
    ``name_forms_read``: a place of the name tables written in lower case is a name
    (:func:`~.table_places.table_places`). The switches are those of ``rules`` of these names."""
    articles, inside = rules.name_article_apart, rules.org_mention_names
    out: list[tuple[str, NameKind]] = []
    read = question
    if rules.title_case_not_names and is_title_case(question):
        read = lower_title_case(question)
    bodies = orgs.query_mentions(question) if inside else []
    switches = rules.sentence_start_not_names, rules.address_not_name, rules.opener_names_kept
    found = names_in(read, *switches, rules.sentence_opener_verbs_unnamed)
    if rules.body_names_read:  # "de Nationale ombudsman": one name (search/body_names.py)
        found = body_names(read, found)
    if rules.name_forms_read:
        found += table_places(read, found)
    counts = count_spans(read) if rules.meeting_counts_read else []
    for name in found:
        at = read.find(name)
        if any(a <= at < b for a, b in counts):
            continue  # rule meeting_counts_read: "How many LRT's ...": no name
        if office is not None and orgs.resolve(office.code) is None and office.holds(at, name):
            continue  # rule office_names_read: "Prime Minister" is the office, no name
        title = next((m for m in mentions if m.start <= at < m.end), None)
        if title is None:
            kind = _name_kind(name, orgs, glossary)
            body = body_of(name, at, kind, bodies, orgs)  # rule org_mention_names
            if body is None or (body, "organisation") not in out:
                out.append((body, "organisation") if body else (name, kind))
        else:
            if (title.text, "speaker") not in out:
                out.append((title.text, "speaker"))
            glued = _glued_after(read, title.end, at + len(name)) if articles else ""
            if glued:  # rule name_article_apart: "de Staatssecretaris de Omgevingswet"
                out.append((glued, _name_kind(glued, orgs, glossary)))
    return tuple(out)


def _glued_after(read: str, start: int, end: int) -> str:
    """The words of a run of capitalised words after the speaker's words (``read[start:end]``)
    when an article glues them on ("de Staatssecretaris de Omgevingswet": "Omgevingswet"; answer.
    name_glue), else ""."""
    rest = read[start:end].split()
    if len(rest) < 2 or rest[0].lower() not in ARTICLES:
        return ""
    return " ".join(rest[1:]).strip("'’-")
