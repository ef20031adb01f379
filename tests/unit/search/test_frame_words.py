"""Rule frame_words_unread (search/frame_words.py, issue 16 session 29 task F2): the frames of
a claim check or a question about the minutes are blanked before topic, search and expansion
words are read. By hand, no index."""

from __future__ import annotations

from lrt_search.config import Settings
from lrt_search.search.frame_words import frame_free, framed


def test_an_opener_is_no_topic() -> None:
    assert frame_free("Is it true that COA made two suggestions?") == "COA made two suggestions?"
    assert frame_free("Is it correct that the target was 13,500?") == "the target was 13,500?"
    assert frame_free("Klopt het dat de VNG dat zei?") == "de VNG dat zei?"
    assert frame_free("Staat er in de notulen dat Aedes waarschuwde?") == "Aedes waarschuwde?"
    assert frame_free("Can you confirm that IPO agreed?") == "IPO agreed?"
    assert frame_free("Kunt u bevestigen dat IPO akkoord ging?") == "IPO akkoord ging?"


def test_a_closer_and_a_tail_are_no_topic() -> None:
    assert frame_free("COA deed twee suggesties. Klopt dat?") == "COA deed twee suggesties?"
    assert frame_free("COA made two suggestions. Is that correct?") == "COA made two suggestions?"
    assert frame_free("COA made two suggestions, right?") == "COA made two suggestions?"
    assert frame_free("COA deed twee suggesties, of niet?") == "COA deed twee suggesties?"


def test_a_frame_word_inside_the_claim_stays() -> None:
    assert (
        frame_free("Was the right to housing discussed?") == "Was the right to housing discussed?"
    )
    assert frame_free("Is het waar?") == "Is het waar?"  # the frame alone: as written
    assert frame_free("Klopt dat?") == "Klopt dat?"


def test_the_switch() -> None:
    text = "Is it true that COA made two suggestions?"
    assert framed(Settings(), text) == "COA made two suggestions?"
    assert framed(Settings(frame_words_unread=False), text) == text
