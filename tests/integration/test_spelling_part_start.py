"""Rule ``spelling_keeps_part_start`` (issue 16 A3) on the bundled corpus: a compound of two
words of general Dutch that the minutes lack is not corrected into a minutes word whose part
starts otherwise ("spreidingsnet" is no "spreidingswet"); a slip inside a word still is. The
setting ``spelling_keeps_part_start`` switches the rule off."""

from __future__ import annotations

from switched import switched

from lrt_search.search.spelling import changes_part_start, general_compound
from lrt_search.service import Engine


def test_general_compound_splits_into_words_of_general_dutch() -> None:
    assert general_compound("sitsplaatsen", 3.0) == ("sit", "plaatsen")
    assert general_compound("werkgebouwen", 3.0) == ("werk", "gebouwen")
    assert general_compound("spreidingswte", 3.0) == ()  # "wte" is no word
    assert general_compound("tydelijke", 3.0) == ()


def test_a_changed_part_start_is_another_word() -> None:
    assert changes_part_start("sitsplaatsen", "uitplaatsen")  # the modifier's first letter
    assert changes_part_start("spreidingsnet", "spreidingswet")  # the head's first letter
    assert not changes_part_start("crisismodus", "crisismode")  # the head keeps its start
    assert not changes_part_start("flexwonignen", "flexwoningen")  # no two words
    assert not changes_part_start("krisismaatregelen", "crisismaatregelen")  # same key
    assert not changes_part_start("spreidings wet", "spreidingswet")  # a join


def test_a_real_compound_is_not_corrected(engine: Engine) -> None:
    question = "Is er een spreidingsnet voor statushouders besproken?"
    on = engine.ask(question)
    assert not any(n.startswith("spelling:") for n in on.notes)
    off = switched(engine, spelling_keeps_part_start=False).ask(question)
    assert "spelling: spreidingsnet -> spreidingswet" in off.notes


def test_a_slip_is_still_corrected(engine: Engine) -> None:
    answer = engine.ask("Wie wil de spreidingswte intrekken?")
    assert "spelling: spreidingswte -> spreidingswet" in answer.notes
    assert not answer.abstained
