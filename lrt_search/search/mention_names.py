"""Rule ``org_mention_names`` (issue 16 session 24 task B2): a capitalised word inside the words
of an organisation the question names but does not ask as the speaker stands for that
organisation, not for a name of its own: "Koning" of "Klopt het dat de commissarissen van de
Koning klagen ...", "Nederlandse" of "de Vereniging van Nederlandse Gemeenten", "Housing" of
"the Minister for Housing and Spatial Planning". Without it the word is a name the minutes lack
("name_absent") or one every quote must hold ("name_not_quoted"). A word that names another
organisation stays its own name ("BZK" of "de minister van BZK": the ministry, not MBZK), and
so does a word inside words that name no body on their own (a conjunct of "the justice and
interior ministers": "the justice" alone would be reported as absent)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..lexicon.organisations import Mention, OrgTable


def body_of(name: str, at: int, kind: str, bodies: Sequence[Mention], orgs: OrgTable) -> str | None:
    """The words (as :meth:`OrgTable.query_mentions` gives them) of the organisation among
    ``bodies`` whose words hold ``name`` (at character ``at`` of the question), when ``name``
    (of kind ``kind``) stands for it; else None."""
    body = next((m for m in bodies if m.start <= at < at + len(name) <= m.end), None)
    if body is None or _named(body.text, orgs) != body.code:
        return None  # no body, or words that name it only in the question's context
    if body.text.lower() == name.lower():
        return None  # the name is the body's whole mention: kept as written ("COA", not "coa")
    if kind == "organisation" and _named(name, orgs) != body.code:
        return None
    return body.text


def _named(words: str, orgs: OrgTable) -> str | None:
    """The organisation ``words`` name on their own ("the justice" of "the justice and interior
    ministers" names none)."""
    return orgs.resolve(words) or next((m.code for m in orgs.query_mentions(words)), None)


__all__ = ["body_of"]
