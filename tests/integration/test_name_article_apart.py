"""Rule ``name_article_apart`` (answer.name_glue), on the bundled corpus: two names a Dutch
clause puts side by side with an article between them ("de Tweede Kamer de Tijdelijke wet") are
two names, each required on its own; read whole, the quote had to hold "Tweede Kamer de
Tijdelijke" word for word. A real name the minutes lack still refuses."""

from __future__ import annotations

from switched import switched

from lrt_search.answer.name_glue import article_parts
from lrt_search.search.parsed import read_question
from lrt_search.search.query import SpeakerRules
from lrt_search.service import Engine


def test_names_glued_by_an_article_are_two_names(engine: Engine) -> None:
    question = "Wilde het VB weten wanneer de Tweede Kamer de Tijdelijke wet Oekraïne agendeert?"
    answer = engine.ask(question)
    assert not answer.abstained
    assert any("Tijdelijke wet Oekraïne geagendeerd" in c.quote for c in answer.citations)
    off = switched(engine, name_article_apart=False).ask(question)
    assert off.abstained


def test_the_parts(engine: Engine) -> None:
    question = "Wanneer behandelt de Kamer de Tijdelijke wet?"
    assert article_parts(engine, "Kamer de Tijdelijke", question) == ["Kamer", "Tijdelijke"]
    # a particle before the article keeps the name whole ("Centraal Bureau voor de Statistiek")
    assert article_parts(engine, "Bureau voor de Statistiek", question) == [
        "Bureau voor de Statistiek"
    ]
    # the question's first word is capitalised anyway
    assert article_parts(engine, "Vroeg de VNG", "Vroeg de VNG om meer tijd?") == ["VNG"]


def test_a_real_absent_name_still_refuses(engine: Engine) -> None:
    answer = engine.ask("Wat zei Hugo de Vries namens de provincie over de Spreidingswet?")
    assert answer.abstained and answer.reason_code == "name_absent"


def test_a_name_glued_to_the_speakers_title_is_read(engine: Engine) -> None:
    question = "Wil volgens de Staatssecretaris de Woningwet iets veranderen voor gemeenten?"
    on = read_question(question, engine.orgs, engine.glossary)
    off = read_question(
        question, engine.orgs, engine.glossary, rules=SpeakerRules(name_article_apart=False)
    )
    assert ("Woningwet", "name") in on.names
    assert all(name != "Woningwet" for name, _ in off.names)
