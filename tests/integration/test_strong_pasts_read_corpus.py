"""Rule ``strong_pasts_read`` on the bundled corpus (session 28 task B): "verbleven" is read as
"verblijven", whose stem the minutes write ("verblijf"), not as the nonsense cut "verb" +
"leven" that the analyzer makes (off it finds "leef", "verbeteer" and "verblijfsstatus" by
their first letters); "uitging" is read as "uitgaan", but a light verb's past alone ("zat",
"ging") is not read: it frames the question."""

from __future__ import annotations

from switched import switched

from lrt_search.answer.topics import topic_terms
from lrt_search.service import Engine


def _check(engine: Engine, question: str, on: bool) -> tuple[set[str], tuple[str, ...]]:
    retriever = switched(engine, strong_pasts_read=on).evidence
    check = topic_terms(retriever, question, False)
    return set(check.terms), tuple(check.missing)


def test_a_strong_past_is_read_as_its_verb(engine: Engine) -> None:
    terms, missing = _check(engine, "Waar verbleven de Oekraïners?", True)
    assert "verblijf" in terms and not {"leef", "verbeteer"} & terms and not missing
    terms, _ = _check(engine, "Waar verbleven de Oekraïners?", False)
    assert "leef" in terms  # the nonsense cut


def test_a_light_verb_is_read_only_with_its_particle(engine: Engine) -> None:
    # "uitging" is "uitgaan", which the minutes write ("brieven die uitgaan"); "ging" alone is a
    # light verb that frames a question (index.analysis.LIGHT_VERBS) and is not read
    question = "Wanneer uitging de brief over de taakstelling?"
    terms, missing = _check(engine, question, True)
    assert "uitgaan" in terms and "uitging" not in missing
    _, missing = _check(engine, question, False)
    assert "uitging" in missing
    terms, _ = _check(engine, "Zat de minister aan tafel?", True)
    assert "zit" not in terms
