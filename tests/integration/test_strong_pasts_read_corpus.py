"""Rule ``strong_pasts_read`` on the bundled corpus (session 28 task B): "verbleven" is read as
"verblijven", whose stem the minutes write ("verblijf"), not as the nonsense cut "verb" +
"leven" that the analyzer makes (off it finds "leef", "verbeteer" and "verblijfsstatus" by
their first letters); "ging ... akkoord" reads "ging" as "gaan", a word of the minutes (off
"ging" is a topic word the minutes lack)."""

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


def test_an_irregular_past_is_no_missing_word(engine: Engine) -> None:
    _, missing = _check(engine, "Ging de VNG akkoord met het voorstel?", True)
    assert "ging" not in missing
    _, missing = _check(engine, "Ging de VNG akkoord met het voorstel?", False)
    assert "ging" in missing
