"""Rule ``speaker_not_missing``: a reason never lists the asked speaker as a missing name.

"What did COA say about capacity in Ter Appel?" was refused "no statement COA mentions "coa",
"Ter Appel"": the speaker is among the question's focus names (a statement by the speaker holds
it), so the reason listed it among the names no statement of the speaker mentions, which is
never true of the speaker's own statements. A name that stands for the asked speaker's
organisation (in any case, with an article: "COA", "coa", "het COA") is left out of the names
of reasons ``name_not_quoted`` and ``not_together``; a reason whose only name is the speaker's
is no reason (the next check that applies gives it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .checks import Quote


def missing_names(probe: Quote) -> list[str]:
    """The focus names of ``probe``'s question a reason may list as missing: all of them, but
    (rule ``speaker_not_missing``) not one that stands for the asked speaker's organisation."""
    needs = probe.needs
    if not probe.retriever.settings.speaker_not_missing or not probe.codes:
        return [n for n, _, _ in needs.names]
    return [n for n, _, orgs in needs.names if not orgs & probe.codes]


def speaker_only(check: str, probe: Quote) -> bool:
    """Whether ``check`` is the names check and every focus name is the asked speaker's (rule
    ``speaker_not_missing``): then its reason would list only the speaker."""
    return check == "names_quoted" and bool(probe.needs.names) and not missing_names(probe)


__all__ = ["missing_names", "speaker_only"]
