"""Issue 16 item 7 (session 22): no kind of question reads the chunks of a whole period or
corpus. Every kind of check that once did (absence, group nouns, acronym compounds, names and
their reasons, the chair, attendance, a timeline, a spelling, meeting order, a yearless day) is
asked on a synthetic index of 2,000 chunks (eval/bench/synthetic.py: the bundled corpus's chunks
shuffled over 37 times as many meetings, written as a real index) whose chunk store counts the
rows it decodes; each question may decode what its searches return (a few dozen rows), never a
share of the corpus: at most ``BOUND`` rows, a sixteenth of it (the old absence read decoded
every chunk of 2023, about a tenth). ``reason_of_names`` read every statement of the period
when no speaker was asked and a name was one an organisation stands for ("IND", "Nidos": 199
rows here); the index's ``named_rows`` narrows it now. ``spelling_read_first``'s name test read
every chunk holding both words of a pair no chunk writes with capitals (603 rows here); the
index's ``titled_pairs`` narrows it now. Session 23's rules that read the index on a question's
path each have a question (and the caches a process fills on its first question are emptied
before each: ``office_of_period`` read every chunk's speakers, ``spoken_abbreviations`` every
chunk's words in capitals, on every CLI ``ask``; speaker rows and a table now).
``meeting_not_held`` read the header rows holding the rarest index term of a meeting's name,
which for a name with a word the minutes never write ("small LRT": "lrt") was half the headers
(159 rows here); it reads the word rows of every word now. The readers of a question's meeting
days (rules meeting_order, minutes_approved_next, session 25's meeting_references_read) found
them by halving the years 1990-2050 with the test of a period (about four tests per meeting
of the index, for each reader: 5,685 here, 22,740 for one question); they are listed from the
index's meeting days now, and a question may test at most ``BOUND`` periods."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest
from chunk_counting import count_decodes

from lrt_search.search import spoken_letters
from lrt_search.service import Engine

EVAL = Path(__file__).resolve().parents[2] / "eval"
SIZE = 2000
BOUND = SIZE // 16
QUESTIONS = [
    "Wie was er in 2023 afwezig bij de LRT?",  # absence_stated: a year of meetings
    "Why was the IPO absent from the LRT of november 2023?",
    "Wat zeggen de gemeenten over de huisvesting van statushouders?",  # group_speaker_subject
    "Hoeveel DSL-plekken zouden er kunnen ontstaan voor statushouders?",  # acronym compound
    "What did the VNG say about the Dispersal Act and the housing target in 2025?",  # names
    "Wat zei het COA over het IND en Nidos in 2023?",  # names an organisation stands for
    "What did Faber say about the Oekraïners?",  # a person, a demonym
    "Wie was de voorzitter van de LRT van 3 november 2023?",  # the chair
    "Wie waren aanwezig bij de LRT van 3 november 2023?",  # attendance
    "Was Lamers aanwezig in maart 2025?",  # person_present
    "Hoe ontwikkelde de opvangcrisis in Ter Apel zich in 2023 en 2024?",  # a timeline
    "What did COA say about capacity in Ter Appel?",  # typed spelling
    "Wat werd besproken in de tweede vergadering?",  # meeting order
    "Wat zei de VNG rond kerst over huisvesting?",  # a yearless holiday
    # reason_of_names: an organisation's name narrowed by the index's named_rows
    "Wat is er gezegd over het IND en Nidos en kerncentrales in 2023?",
    # typed spelling: a pair no chunk writes with capitals (table titled_pairs; 603 rows before)
    "Waar zien provincies knelpunten bij de indeplaatstelling?",
    # session 23 (task A3): meeting_not_held, a name the minutes never write (159 rows before)
    "What was decided at the small LRT about the reception of refugees?",
    "Wat werd er in de kleine LRT besloten over de opvang?",  # meeting_not_held: header rows
    "What is planned ahead of the cabinet meeting of 21 April 2023?",  # event_date
    # neighbours_across_parts: the neighbouring parts of each hit's item
    "Wat bood de staatssecretaris de leden aan na de klachten over de late aanlevering?",
    "Wat zei mevrouw Spies in maart 2025 over flexwoningen?",  # person_body_of_period: lists
    "Noem de namen van de rijksambtenaren die aansluiten bij de PRT's.",  # person_name_asked
    "Hoe lang duurt de consultatie van de AMvB voor de Spreidingswet?",  # length_stated
    "Hoeveel geld krijgen gemeenten voor de inburgering van statushouders?",  # amount_noun_tied
    "Tot wanneer konden gemeenten nog reageren op de conceptbrieven?",  # actor_not_speaker
    # office_of_period: who held the office then (every chunk's speakers before; speaker rows)
    "What did the housing minister say in November 2023 about flexwoningen?",
    # spoken_abbreviations: the minutes' capital words (every chunk before; capital_words)
    "Wat zei de ko a over de opvang in Ter Apel?",
    "Wat zei de VNG in de tweede helft van 2023 over huisvesting?",  # period_phrase_spans
    # session 24 (task G3): record_holds_claim and record_holds_topic read every record of the
    # period (every chunk without one) before; the BM25 postings of the units' terms now
    "Did the LRT agree to withdraw the Spreidingswet?",  # claim_unrecorded
    "Heeft de LRT besloten het toezicht te versterken?",  # claim_unrecorded (10,546 at 100k)
    "Wat is er besloten over de vergaderplaats?",  # record_other_topic
    "Wat is er afgesproken over de wachtruimte?",  # record_other_topic
    # silent_body (mentioned_on): every chunk writing each word of a body the alias table does
    # not know is read for the meetings that write it and a report of it speaking (189 rows here)
    pytest.param(
        "Wat zei de Tweede Kamer zelf over de spreidingswet?",
        marks=pytest.mark.xfail(strict=True, reason="silent_body reads the name's word rows"),
    ),
    "Hoeveel minderjarige asielzoekers verblijven er in Ter Apel?",  # quantity_modifier
    "Wat zei Aedes op acht juli twintig tweeëntwintig over flexwoningen?",  # date_words_read
    "eh hoeveel statushouders moeten gemeenten eh huisvesten?",  # intent_forms_read
    "Wie stemde in met de taakstelling?",  # unnamed_agent
    # session 25 (task H2): meeting_references_read reads the index's meeting days
    "Wat werd er in de zomervergadering gezegd over de situatie in Ter Apel?",  # a season
    "What did the COA say about the situation in Ter Apel at the previous meeting?",
    "Wat zei de VNG sinds de vorige vergadering over de opvang?",  # since a meeting
    "Wat zei de VNG in de vergadering van april over Oekraïense ontheemden?",  # a month after
    # yearless_event_day (day_of_mention.year_written: a BM25 search of the day and month)
    "What is planned ahead of the cabinet meeting of 21 April?",
    "Who does the state secretary have an introductory meeting with on 20 November?",
    # stranded_event_noun
    "Who was the state secretary going to have an introductory meeting with on 20 November 2023?",
]


@pytest.fixture(scope="module")
def big(built, tmp_path_factory: pytest.TempPathFactory) -> Engine:  # type: ignore[no-untyped-def]
    if str(EVAL) not in sys.path:
        sys.path.insert(0, str(EVAL))
    from bench.synthetic import write_synthetic

    base = built.engine
    folder = tmp_path_factory.mktemp("synthetic")
    write_synthetic(base, SIZE, folder / "index")
    (folder / "empty-corpus").mkdir()
    settings = base.settings.replace(index_dir=folder / "index", corpus_dir=folder / "empty-corpus")
    engine = Engine.load(settings=settings, build=False)
    engine._embedder = base.embedder  # the same model, already loaded
    return engine


#: Questions whose readers list the meeting days (rules meeting_order, meeting_references_read).
MEETING_DAYS = [
    "Wat werd besproken in de tweede vergadering?",
    "Wat werd er in de zomervergadering gezegd over de situatie in Ter Apel?",
    "What did the COA say about the situation in Ter Apel at the previous meeting?",
    "What did the minister explain at the first meeting of 2025?",
    "Wat zei de VNG sinds de vorige vergadering over de opvang?",
]


@pytest.mark.parametrize("question", MEETING_DAYS)
def test_no_question_tests_the_periods_of_every_meeting(
    big: Engine, question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from lrt_search.answer import meeting_period, understanding

    tested: list[object] = []
    real = meeting_period.period_has_meeting

    def counting(*args: object) -> bool:
        tested.append(args[1:])
        return real(*args)  # type: ignore[arg-type]

    for module in (meeting_period, understanding):  # understanding passed its own test before
        monkeypatch.setattr(module, "period_has_meeting", counting, raising=False)
    big.ask(question)
    assert len(tested) <= BOUND, (question, len(tested))


@pytest.mark.parametrize("question", QUESTIONS)
def test_no_question_decodes_a_share_of_the_corpus(
    big: Engine, question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert len(big.chunks) == SIZE
    decoded = count_decodes(monkeypatch)
    big.chunks._cache.clear()  # type: ignore[attr-defined]
    for attr in ("_people_orgs", "_evidence_words", "_bodies_present"):
        big.__dict__.pop(attr, None)
    spoken_letters._KNOWN.clear()  # each question pays a process's first reading
    big.ask(question)
    assert len(set(decoded)) <= BOUND, (question, len(set(decoded)))


@pytest.mark.parametrize("day", [dt.date(2023, 11, 20), dt.date(2023, 4, 21), dt.date(2024, 2, 8)])
def test_the_year_of_a_yearless_day_reads_a_bounded_search(
    big: Engine, day: dt.date, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rule yearless_event_day (session 25) reads the year a day without one is meant in from a
    BM25 search of its day and month (``day_of_mention.year_written``). On this index every day
    and month falls on a meeting's weekday in some year, so no question reaches it: it is asked
    directly, and decodes the search's hits only."""
    from lrt_search.answer.day_of_mention import _DEPTH, year_written

    decoded = count_decodes(monkeypatch)
    big.chunks._cache.clear()  # type: ignore[attr-defined]
    year_written(big, day)  # type: ignore[arg-type]
    assert 0 < len(set(decoded)) <= _DEPTH, (day, len(set(decoded)))


def test_a_pair_of_latin_letters_is_read_through_the_titled_table(big: Engine) -> None:
    # session 26 task H3: "Oekraïense" (not ASCII) read every chunk holding both words of each
    # pair spelling_read_first tested (6,074 of 100,000 synthetic chunks for the question above)
    for pair in (("oekraïense", "ontheemden"), ("van", "oekraïense")):
        rows = big.chunks.facts.titled_rows(pair)  # type: ignore[attr-defined]
        assert rows is not None and len(rows) <= BOUND, (pair, rows)
