"""Rule ``stand_in_lines`` (answer/stand_in.py): which questions it reads (absence,
replacement, stand-in, level of representation; not what was said, how long, why), and the
question's own person in the longer form a line writes it in. Inputs built by hand."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from lrt_search.answer.stand_in import _own, stand_in_asked
from lrt_search.lexicon.intents import asks


def _frame(question: str, names: tuple[str, ...] = (), orgs: tuple[str, ...] = ()) -> object:
    parsed = SimpleNamespace(names=tuple((n, "person") for n in names), speaker=())
    read = lambda intent: asks(intent, question)  # noqa: E731 (Frame.asks, the rule on)
    return SimpleNamespace(question=question, parsed=parsed, orgs=list(orgs), asks=read)


@pytest.mark.parametrize(
    ("question", "names", "orgs"),
    [
        ("Door wie werd Van Gennip vervangen?", ("Van Gennip",), ()),
        ("Who stood in for the state secretary?", (), ()),
        ("Wie nam in juli 2022 de plaats in van dhr. Van Rijn?", ("Van Rijn",), ()),
        ("Which ministers were unable to attend the LRT of 6 April 2023?", (), ()),
        ("Op welk niveau waren OCW en VRO vertegenwoordigd?", (), ("OCW", "VRO")),
        ("Was de VNG op bestuurlijk niveau vertegenwoordigd?", (), ("VNG",)),
    ],
)
def test_a_question_of_absence_replacement_or_level_is_read(
    question: str, names: tuple[str, ...], orgs: tuple[str, ...]
) -> None:
    assert stand_in_asked(_frame(question, names, orgs))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("question", "names", "orgs"),
    [
        ("What did MVRO say about the substitution?", (), ("MVRO",)),
        ("Hoe lang vervangt SJenV Van der Maat de heer Van der Burg?", ("Van der Burg",), ()),
        ("For how long is Van der Maat standing in for Van der Burg?", ("Van der Maat",), ()),
        ("Wat was de reden dat Van Gennip niet aanwezig kon zijn?", ("Van Gennip",), ()),
        ("Why was the IPO absent from the LRT of 10 November 2023?", (), ("IPO",)),
        ("Wat vervangt de Spreidingswet?", (), ()),  # a replacement of a thing: no name, no who
        ("Op welk niveau wordt de regie belegd?", (), ()),  # a level without representation
    ],
)
def test_another_question_is_not_read(
    question: str, names: tuple[str, ...], orgs: tuple[str, ...]
) -> None:
    assert not stand_in_asked(_frame(question, names, orgs))  # type: ignore[arg-type]


def test_the_own_person_in_the_form_the_line_writes() -> None:
    line = "Dhr. De Jonge kan niet aanwezig zijn en wordt vervangen door DGRVB."
    own = _own(line, ["Jonge"])
    assert "De Jonge" in own and "Jonge" in own
    assert _own("wordt vervangen door mw. Lamers", ["Van Rijn"]) == ["Van Rijn"]
