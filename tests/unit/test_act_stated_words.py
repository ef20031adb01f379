"""Rule act_stated: which acts a question presupposes (lexicon/data/acts.toml)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from lrt_search.answer.act_stated import asked_acts
from lrt_search.config import Settings

_ON: Any = SimpleNamespace(settings=Settings())


@pytest.mark.parametrize(
    ("question", "acts"),
    [
        ("wie stemde tegen de taakstelling 2025", ("vote",)),
        ("Who leaked the figures?", ("leak",)),
        ("When did the COA shut the location in Budel?", ("close",)),
        ("Is staatssecretaris Van der Burg afgetreden?", ("resign",)),
        ("Who replaced Van Rijn in July 2022?", ("replace",)),
        ("Who was temporarily replacing Van der Burg?", ("replace",)),
        # not asked: agreeing, coordinating, concluding, a thing described by what it replaces
        ("Stemde de VNG in met de taakstelling?", ()),
        ("Is dit afgestemd met de provincies?", ()),
        ("Is er een akkoord gesloten met Aedes?", ()),
        ("Wanneer is het pakket ter vervanging van de Spreidingswet klaar?", ()),
        ("How many responses did the bill replacing the Dispersal Act receive?", ()),
        ("Werkt het IPO nauw samen met de VNG?", ()),
    ],
)
def test_acts_asked(question: str, acts: tuple[str, ...]) -> None:
    assert asked_acts(_ON, question)[0] == acts


def test_no_act_when_off() -> None:
    off: Any = SimpleNamespace(settings=Settings(act_stated=False))
    assert asked_acts(off, "Who leaked the figures?") == ((), "")
