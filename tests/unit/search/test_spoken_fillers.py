"""Rule ``intent_forms_read`` (search/abbreviations.py ``drop_fillers``): the hesitation sounds
of a spoken question are dropped before it is read, so that the words that ask are read where
they stand ("eh waarom ...": a why; "how many um status holders": a count)."""

from __future__ import annotations

from lrt_search.lexicon.intents import asks
from lrt_search.search.abbreviations import drop_fillers


def test_fillers_dropped_where_they_stand() -> None:
    assert drop_fillers("eh hoeveel statushouders zijn er") == "hoeveel statushouders zijn er"
    assert drop_fillers("how many um status holders") == "how many status holders"
    assert drop_fillers("Uhm, wat is dit?") == "wat is dit?"
    assert drop_fillers("wat zei de VNG eh over X?") == "wat zei de VNG over X?"


def test_words_and_acronyms_kept() -> None:
    assert drop_fillers("UM is een afkorting") == "UM is een afkorting"
    assert drop_fillers("the hmm-thing") == "the hmm-thing"
    assert drop_fillers("er is een brief") == "er is een brief"  # "er" is Dutch, no filler
    assert drop_fillers("eh") == "eh"  # a question of fillers only is kept


def test_a_spoken_why_and_count_are_read() -> None:
    assert not asks("why", "eh waarom is de spreidingswet uitgesteld")
    assert asks("why", drop_fillers("eh waarom is de spreidingswet uitgesteld"))
    assert asks("quantity", drop_fillers("how um many status holders"))
