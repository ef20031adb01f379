"""Rule ``group_speaker_subject`` (search/group_speaker.py): a group noun read as its member,
the speaker, lets the statements that write the group answer too."""

from __future__ import annotations

from switched import switched

from lrt_search.search.group_speaker import writes_group
from lrt_search.service import Engine

_GOLD = "zien in zijn ogen op tegen de laatste processtap"


def test_group_words_in_the_minutes() -> None:
    assert writes_group("Provincies nemen de tijd", ("IPO",))
    assert writes_group("een SPUK voor gemeenten", ("VNG",))
    assert not writes_group("IPO herkent de geuite zorgen", ("IPO",))
    assert not writes_group("Provincies nemen de tijd", ())


def test_a_statement_writing_the_group_answers(engine: Engine) -> None:
    question = "Waar zien provincies volgens het verslag tegen op bij de indeplaatstelling?"
    on = engine.ask(question)
    assert not on.abstained, on.reason
    assert any(_GOLD in c.quote for c in on.citations)
    off = switched(engine, group_speaker_subject=False).ask(question)
    assert all(_GOLD not in c.quote for c in off.citations)


def test_a_speaker_named_by_its_name_keeps_its_filter(engine: Engine) -> None:
    answer = engine.ask("Waar ziet het IPO volgens het verslag tegen op bij de indeplaatstelling?")
    assert all(_GOLD not in c.quote for c in answer.citations)


def test_the_group_rows_come_from_the_index_not_the_chunks(engine: Engine) -> None:
    # Issue 16 item 7: the rows writing the group are read from table stem_rows of the index;
    # no chunk is lower-cased on the question (the fallback fills _lower_texts).
    from lrt_search.search.parsed import read_question
    from lrt_search.search.query import SpeakerRules

    retriever = engine  # an Engine is its Retriever
    question = "Waar zien provincies volgens het verslag tegen op bij de indeplaatstelling?"
    parsed = read_question(
        question, retriever.orgs, retriever.glossary, rules=SpeakerRules.of(retriever.settings)
    )
    rows = retriever._group_rows(parsed)
    assert rows is not None and rows.size
    assert all("provincie" in retriever.chunks[int(r)].text.lower() for r in rows)
    assert retriever._lower_texts is None
    engine.ask(question)
    assert retriever._lower_texts is None
