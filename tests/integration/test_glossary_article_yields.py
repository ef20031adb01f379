"""Rule ``glossary_article_yields`` (off by default, docs/settings.md): a glossary term that
starts with an article ("the state", for "Rijk") does not win over a term of the next word as
long or longer ("state secretary", for "staatssecretaris"): the article is not counted."""

from __future__ import annotations

from switched import switched

from lrt_search.lexicon.glossary import Glossary
from lrt_search.service import Engine


def test_the_state_secretary_is_the_state_secretary(engine: Engine) -> None:
    question = "What did the state secretary say about the Spreidingswet in April 2023?"
    on = switched(engine, glossary_article_yields=True).ask(question).filters["glossary_terms"]
    assert "staatssecretaris" in on and "Rijk" not in on, on
    off = switched(engine, glossary_article_yields=False).ask(question).filters["glossary_terms"]
    assert "Rijk" in off and "staatssecretaris" not in off, off


def test_a_term_with_its_article_still_matches() -> None:
    glossary = Glossary.default(article_yields=True)
    # "the state" alone, and "the Netherlands" (longer than "netherlands"), keep their match
    assert [s for s, _ in glossary.matches("What does the state pay?")] == ["the state"]
    assert [s for s, _ in glossary.matches("in the Netherlands")] == ["the Netherlands"]
    assert "staatssecretaris" in glossary.expand("the state secretary")
    assert "Rijk" in Glossary.default().expand("the state secretary")
