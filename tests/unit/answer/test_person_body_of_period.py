"""Rule person_body_of_period (answer.person_period): a person read as the speaker speaks for
the body the attendee lists of the question's period give them. Attendee lists, organisations
and questions are built by hand; no index."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import Any

import pytest

from lrt_search.answer import person_period
from lrt_search.answer.person_period import as_speaker_body, body_in_period
from lrt_search.config import Settings
from lrt_search.search.parsed import ParsedQuestion

_LISTS = [
    (dt.date(2023, 11, 10).toordinal(), "Dhr. De Jonge (MBZK), Mevr. Spies (VNG), Dhr. Kip"),
    (dt.date(2025, 3, 19).toordinal(), "Mw. Faber (AenM, voorzitter) Mw. Spies (Aedes)"),
]
_CODES = {"VNG": "VNG", "Aedes": "Aedes", "MBZK": "MBZK", "AenM": "AenM"}


class _Facts:
    def present_lists(self, since: int | None, until: int | None) -> list[tuple[int, str]]:
        low, high = since or 0, until or 10**9
        return [(d, p) for d, p in _LISTS if low <= d <= high]


def _retriever(on: bool = True) -> Any:
    orgs = SimpleNamespace(resolve=_CODES.get, expand=lambda code: {code})
    return SimpleNamespace(settings=Settings(person_body_of_period=on), chunks=None, orgs=orgs)


@pytest.fixture(autouse=True)
def _facts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(person_period, "corpus_facts", lambda chunks: _Facts())


def _parsed(since: dt.date | None, until: dt.date | None, speaker: str = "VNG") -> ParsedQuestion:
    return ParsedQuestion(
        "Wat zei Spies over flexwoningen?", speaker=(speaker,), speaker_words=("Spies",),
        since=since, until=until,
    )  # fmt: skip


def test_the_body_of_the_period() -> None:
    march = _parsed(dt.date(2025, 3, 1), dt.date(2025, 3, 31))
    november = _parsed(dt.date(2023, 11, 1), dt.date(2023, 11, 30))
    assert body_in_period(_retriever(), march, "Spies", "VNG") == "Aedes"
    assert body_in_period(_retriever(), november, "Spies", "VNG") == "VNG"


def test_the_first_body_without_a_period_with_several_or_off() -> None:
    assert body_in_period(_retriever(), _parsed(None, None), "Spies", "VNG") == "VNG"
    every = _parsed(dt.date(2023, 1, 1), dt.date(2025, 12, 31))  # VNG and Aedes: no one body
    assert body_in_period(_retriever(), every, "Spies", "VNG") == "VNG"
    march = _parsed(dt.date(2025, 3, 1), dt.date(2025, 3, 31))
    assert body_in_period(_retriever(on=False), march, "Spies", "VNG") == "VNG"
    assert body_in_period(_retriever(), march, "Jansen", "VNG") == "VNG"  # in no list


def test_the_speakers_name_stands_for_the_body_it_speaks_for() -> None:
    march = _parsed(dt.date(2025, 3, 1), dt.date(2025, 3, 31), speaker="Aedes")
    forms = ("Spies", (("spies",),), frozenset({"VNG"}))
    assert as_speaker_body(_retriever(), march, forms)[2] == {"Aedes"}
    assert as_speaker_body(_retriever(on=False), march, forms) == forms
    other = ("Budel", (("budel",),), frozenset[str]())  # not the speaker's word
    assert as_speaker_body(_retriever(), march, other) == other
