"""Rule ``speaker_carried_over``: a bullet with no speaker written on it continues the speaker of
the statement before it in the same passage.

Minutes often give one organisation's account as a run of bullets of which only the first names
it ("COA geeft een toelichting ..." followed by "De opvangsituatie ... is kritiek."). For the
speaker checks (``speaker_speaks``, ``names_quoted``) such a bullet counts as said by the nearest
statement before it that has a speaker - so no other speaker stands between - as long as no
agreement, decision, action or note stands between either (these end a speaker's run). The
index, the cited speakers and every other check are unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..models import Statement


def carried_speakers(statements: Sequence[Statement], on: bool = True) -> list[tuple[str, ...]]:
    """For each statement, the speakers it carries over: those of the nearest statement before
    it with a speaker, when it has none of its own and only plain statements without a speaker
    stand between; ``()`` otherwise (a statement with speakers carries none; all ``()`` when
    ``on`` is false: ``Settings.speaker_carried_over``)."""
    if not on:
        return [()] * len(statements)
    carried: list[tuple[str, ...]] = []
    run: tuple[str, ...] = ()
    for statement in statements:
        if statement.speakers:
            carried.append(())
            run = statement.speakers
        elif statement.kind != "statement":
            carried.append(())
            run = ()
        else:
            carried.append(run)
    return carried
