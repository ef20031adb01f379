"""The forms of a Dutch verb made from its infinitive (lexicon/verb_forms.py; rule
act_forms_split_read, issue 16 session 30 task C). By hand, no index."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from lrt_search.lexicon.verb_forms import verb_forms


@pytest.mark.parametrize(
    ("verb", "third", "past", "participle"),
    [
        ("verhogen", "verhoogt", "verhoogde", "verhoogd"),  # open syllable, inseparable prefix
        ("openen", "opent", "opende", "geopend"),  # schwa: no doubled vowel
        ("verminderen", "vermindert", "verminderde", "verminderd"),
        ("reduceren", "reduceert", "reduceerde", "gereduceerd"),
        ("stoppen", "stopt", "stopte", "gestopt"),  # doubled consonant, 't kofschip
        ("stellen", "stelt", "stelde", "gesteld"),
        ("starten", "start", "startte", "gestart"),  # a stem in -t
        ("eindigen", "eindigt", "eindigde", "geëindigd"),  # "ge" before "e"
        ("groeien", "groeit", "groeide", "gegroeid"),
        ("stijgen", "stijgt", "steeg", "gestegen"),  # dutch_strong
        ("besluiten", "besluit", "besloot", "besloten"),  # strong with a prefix: no "ge"
        ("ontslaan", "ontslaat", "ontsloeg", "ontslagen"),
        ("vervallen", "vervalt", "verviel", "vervallen"),
    ],
)
def test_forms_of_a_verb(verb: str, third: str, past: str, participle: str) -> None:
    forms = verb_forms(verb)
    assert (forms.third, forms.past, forms.participle) == (third, past, participle)


def test_a_separable_verb_keeps_its_particle_apart() -> None:
    forms = verb_forms("toe|nemen")
    assert forms.particle == "toe"
    assert forms.finite == ("neemt", "nemen", "nam", "namen")
    assert forms.joined == ("toenemen", "toeneemt", "toenam", "toenamen")
    assert forms.participle == "genomen"


def test_the_bare_stem_is_no_form_read() -> None:
    """The stem is mostly a noun ("afloop", "verval", "loop"): neither finite nor joined."""
    forms = verb_forms("op|lopen")
    assert "loop" not in forms.finite
    assert "oploop" not in forms.joined


def test_a_strong_verb_the_table_lacks_gets_weak_forms() -> None:
    """ "zwemmen" is no row of dutch_strong (no act's verb): its present is right, its past is
    not a word."""
    forms = verb_forms("zwemmen")
    assert forms.third == "zwemt"
    assert forms.past == "zwemde"


def test_the_act_verbs_strong_verbs_have_their_rows() -> None:
    """Session 30 task C2: "terug|brengen", "op|heffen", "op|houden", "krimpen" and
    "verlaten" are read by their strong forms (rows of dutch_strong)."""
    assert verb_forms("terug|brengen").past == "bracht"
    assert verb_forms("op|heffen").participle == "geheven"
    assert verb_forms("op|houden").pasts == "hielden"
    assert verb_forms("krimpen").past == "kromp"
    assert verb_forms("verlaten").past == "verliet"


def test_no_act_verb_is_strong_and_read_weak() -> None:
    """eval/strong_verbs_check.py: no verb of acts.toml ``verbs`` that Hunspell nl reads as
    strong (neither weak past nor weak participle a word) gets the weak forms."""
    pytest.importorskip("spylls")
    if not Path("/usr/share/hunspell/nl.dic").exists():
        pytest.skip("hunspell-nl is not installed")
    script = Path(__file__).resolve().parents[3] / "eval" / "strong_verbs_check.py"
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout
