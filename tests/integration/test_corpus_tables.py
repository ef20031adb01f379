"""Issue 16 item 7: what the checks of ``ask`` need about the whole corpus is read from tables
built with the index (the corpus facts' word rows and meeting days), never scanned from every
chunk on a question; each gives the answer the old scan gave on the bundled corpus."""

from __future__ import annotations

import datetime as dt
import re

import numpy as np

from lrt_search.answer.evidence import Requirements
from lrt_search.answer.meeting_period import period_has_meeting
from lrt_search.answer.names import has_phrase
from lrt_search.answer.names_reason import _rows_naming, match_prefix
from lrt_search.index.analysis import words
from lrt_search.search.meeting_order import MEETING_SPAN, meeting_days
from lrt_search.search.typed_spelling import pair_matches
from lrt_search.service import Engine


def test_meeting_days_are_the_days_of_the_date_column(engine: Engine) -> None:
    def scanned(lo: dt.date | None, hi: dt.date | None) -> bool:  # the old column scan
        mask = engine.filter_mask(None, lo, hi, None)
        return mask is None or bool(mask.any())

    held = meeting_days(scanned, *MEETING_SPAN)
    assert [d.toordinal() for d in held] == list(engine.chunks.meeting_ordinals)
    one = dt.timedelta(days=1)
    for day in held:
        for lo, hi in ((day, day), (day - one, day - one), (day + one, None), (None, day - one)):
            assert period_has_meeting(engine, lo, hi) == scanned(lo, hi), (lo, hi)


def test_statements_naming_a_name_stand_in_the_rows_the_index_lists(engine: Engine) -> None:
    statements = [(row, words(s.text)) for row, c in enumerate(engine.chunks) for s in c.statements]
    vocabulary = sorted({w for _, said in statements for w in said})
    forms = [(w,) for w in vocabulary[::3]]
    forms += [tuple(said[i : i + 2]) for _, said in statements[::4] for i in (0, 3)]
    forms += [(w + "s",) for w in vocabulary[::11]] + [(w[:-1],) for w in vocabulary[::13]]
    for form in forms:
        if not form:
            continue
        needs = Requirements(names=(("name", (form,), frozenset()),))
        rows = _rows_naming(engine, needs.names)
        assert rows is not None
        naming = {row for row, said in statements if has_phrase(said, form)}
        assert naming <= set(rows.tolist()), form
    assert match_prefix("oekraieners") == "oekra" and match_prefix("dsls") == "dsl"


def test_a_pair_is_found_where_the_joined_minutes_hold_it(engine: Engine) -> None:
    texts = [" ".join(c.text.split()) for c in engine.chunks]
    joined = " ".join(texts)
    pairs = set()
    for row, text in enumerate(texts):
        tokens = re.findall(r"[^\W\d_]+", text)
        pairs.update(zip(tokens[::9], tokens[1::9], strict=False))
        if tokens and row + 1 < len(texts):  # across the end of a chunk
            following = re.findall(r"[^\W\d_]+", texts[row + 1])
            if following:
                pairs.add((tokens[-1], following[0]))
    pairs |= {("ter", "apel"), ("Ter", "Appel"), ("a", "b"), ("de", "gemeenten")}
    for first, second in sorted(pairs):
        pair = (first.lower(), second.lower())
        phrase = re.escape(" ".join(pair))
        old = re.findall(rf"(?<!\w){phrase}(?!\w)", joined, re.IGNORECASE)
        assert set(pair_matches(engine, pair)) == set(old), pair
        # rule spelling_read_first stops at the first match (typed_spelling._in_name)
        assert next(pair_matches(engine, pair), None) == (old[0] if old else None), pair
        # the name test reads only the rows of table titled_pairs: the same title-cased matches
        titled = [m for m in old if m.istitle()]
        assert {m for m in pair_matches(engine, pair, True) if m.istitle()} == set(titled), pair
        if engine.chunks.facts.titled_rows(pair) is not None:
            assert titled or not engine.chunks.facts.titled_rows(pair).size, pair
    assert np.asarray(engine.chunks.meeting_ordinals).dtype.kind == "i"


def test_header_rows_are_the_header_chunks(engine: Engine) -> None:
    # rule person_present reads the attendee lists of the header chunks of a period only
    headers = [row for row, c in enumerate(engine.chunks) if c.kind == "header"]
    assert list(engine.chunks.rows_of_kind("header")) == headers


def test_present_lists_are_those_of_the_decoded_headers(engine: Engine) -> None:
    # rule person_present reads the "Aanwezig" lists of a period from the index's table; each
    # period gives the lists the decoded header chunks gave
    from types import SimpleNamespace

    from lrt_search.answer.person_present import _present_lists, _read_present_lists

    days = [dt.date.fromordinal(int(d)) for d in engine.chunks.meeting_ordinals]
    one = dt.timedelta(days=1)
    periods = [(None, None), (days[0], days[-1]), (days[-1] + one, None), (None, days[0] - one)]
    periods += [(d, d) for d in days] + [(d, None) for d in days] + [(None, d - one) for d in days]
    for since, until in periods:
        frame = SimpleNamespace(retriever=engine, since=since, until=until)
        assert _present_lists(frame) == _read_present_lists(frame), (since, until)  # type: ignore[arg-type]
    assert _present_lists(SimpleNamespace(retriever=engine, since=None, until=None))  # type: ignore[arg-type]


def test_people_orgs_are_those_of_every_entry(engine: Engine) -> None:
    # attendance.people_orgs reads each distinct entry once: the same map, in the same order,
    # as resolving every entry of every attendee list in chunk order
    from lrt_search.answer.attendance import people_orgs

    old: dict[str, str] = {}
    for surname, org in engine.chunks.facts.attendees():
        if surname not in old and (code := engine.orgs.resolve(org)):
            old[surname] = code
    assert list(people_orgs(engine).items()) == list(old.items())


def test_absence_lines_are_those_of_the_decoded_chunks(engine: Engine) -> None:
    # rule absence_stated reads the statements of absence of a period from the index's table
    # (absence_lines); each period gives the meeting days and statements the decoded chunks gave
    from types import SimpleNamespace

    from lrt_search.answer.absence import period_rows, period_statements
    from lrt_search.index.absence_lines import absence_statements

    days = [dt.date.fromordinal(int(d)) for d in engine.chunks.meeting_ordinals]
    one = dt.timedelta(days=1)
    periods = [(None, days[-1]), (days[0], days[-1]), (days[-1] + one, None), (days[0], None)]
    periods += [(d, d) for d in days] + [(d, None) for d in days] + [(None, d - one) for d in days]
    for since, until in periods:
        frame = SimpleNamespace(retriever=engine, since=since, until=until)
        rows = period_rows(frame)  # type: ignore[arg-type]
        decoded = [s for r in rows for s in absence_statements(engine.chunks[r])]
        held = sorted({int(engine.chunks.dates[r]) for r in rows})
        assert period_statements(frame) == (held, decoded), (since, until)  # type: ignore[arg-type]
    assert period_statements(SimpleNamespace(retriever=engine, since=days[0], until=None))[1]  # type: ignore[arg-type]


def test_named_rows_are_those_of_the_decoded_chunks(engine: Engine) -> None:
    # rule reason_names_minutes narrows a name an organisation stands for by the index's table
    # named_rows: for each code, exactly the chunks with a statement that mentions it (through
    # the question side's own alias table) or that it speaks
    from lrt_search.index.named_rows import alias_options

    table, options = engine.orgs, alias_options(engine.settings)
    found: dict[str, set[int]] = {}
    for row in range(len(engine.chunks)):
        for said in engine.chunks[row].statements:
            for code in {m.code for m in table.mentions(said.text)} | set(said.speakers):
                found.setdefault(code, set()).add(row)
    assert len(found) > 10
    for code, rows in found.items():
        stored = engine.chunks.facts.named_rows([code], options)
        assert stored is not None and set(stored.tolist()) == rows, code
    assert engine.chunks.facts.named_rows(["IND"], "0,0,0") is None  # other alias options
    for code, rows in found.items():  # a name the organisation stands for: the rule's rows
        needs = Requirements(names=(("name", (("qqzz",),), frozenset({code})),))
        narrowed = _rows_naming(engine, needs.names)
        assert narrowed is not None and rows <= set(narrowed.tolist()), code


def test_capital_words_are_those_of_the_decoded_chunks(engine: Engine) -> None:
    # rule spoken_abbreviations (session 23 task A3): table capital_words, not every chunk
    from lrt_search.index.capital_words import capital_words
    from lrt_search.search.spoken_letters import known_abbreviations, spoken_key

    stored = engine.chunks.facts.capital_words()
    assert stored is not None and {"COA", "IPO", "VNG"} <= stored
    assert stored == capital_words(c.text for c in engine.chunks)
    assert known_abbreviations(engine)[spoken_key("COA")] == "COA"


def test_office_holders_present_are_those_of_the_decoded_chunks(engine: Engine) -> None:
    # rule office_of_period (session 23 task A3): speaker rows and chunk dates, not every chunk
    from lrt_search.answer.office_period import _OFFICES, bodies_present

    holders = {h for office in _OFFICES.values() for h in office["holders"]}
    spoken: dict[int, set[str]] = {}
    for chunk in engine.chunks:
        spoken.setdefault(chunk.meeting_date.toordinal(), set()).update(chunk.speakers)
    engine.__dict__.pop("_bodies_present", None)
    present = bodies_present(engine)
    assert any(present.values())
    for day, codes in spoken.items():
        assert codes & holders <= present.get(day, frozenset()), day
