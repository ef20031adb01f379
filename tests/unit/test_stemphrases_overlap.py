"""The glossary matcher gives way to an overlapping term with more words (issue 16 E3)."""

from lrt_search.lexicon.glossary import Glossary, GlossaryEntry
from lrt_search.lexicon.stemphrases import StemPhrases

_ARTICLES = frozenset({"the", "a", "an"})


def _scan(words: str, articles: frozenset[str] | None = _ARTICLES) -> list[str]:
    phrases = StemPhrases(
        (
            (tuple(p.split()), p)
            for p in ["the state", "state secretary", "p q", "q r", "x y z", "z w"]
        ),
        articles=articles,
    )
    return [payloads[0] for _, _, payloads in phrases.scan(words.split())]


def test_longer_overlapping_term_wins() -> None:
    assert _scan("the state secretary said") == ["state secretary"]
    assert _scan("about the state") == ["the state"]


def test_equal_overlap_keeps_leftmost() -> None:
    assert _scan("p q r") == ["p q"]
    assert _scan("x y z w") == ["x y z"]


def test_without_articles_leftmost_longest() -> None:
    assert _scan("the state secretary", articles=None) == ["the state"]


def test_glossary_state_secretary() -> None:
    glossary = Glossary(
        [
            GlossaryEntry(("the state",), ("Rijk",)),
            GlossaryEntry(("state secretary",), ("staatssecretaris",)),
        ]
    )
    assert glossary.expand("What did the State Secretary say about the state?") == [
        "staatssecretaris",
        "Rijk",
    ]
