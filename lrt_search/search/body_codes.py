"""Rule ``org_codes_searched``: the codes of the bodies an English question names in words the
minutes never write ("the interior minister's question", "the reception agency's offer") are
searched too, where the body is not the speaker (a speaker filters the search instead): the
minutes write the body by its code ("de vraag van MBZK", "aanbod flexwoningen door COA")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .query import is_group

if TYPE_CHECKING:
    from ..lexicon.organisations import OrgTable
    from .parsed import ParsedQuestion


def body_codes(parsed: ParsedQuestion, orgs: OrgTable) -> tuple[str, ...]:
    """The codes of the bodies ``parsed`` (English) names by a question alias only, not as its
    speaker and not by a group noun ("the municipalities": the group, not its association)."""
    if not parsed.english:
        return ()
    question = parsed.text
    codes = [
        m.code
        for m in orgs.query_mentions(question)
        if not m.strong and m.code not in parsed.speaker and not is_group(question, m)
    ]
    return tuple(
        dict.fromkeys(
            c for c in codes if c in orgs.organisations and not orgs.organisations[c].members
        )
    )
