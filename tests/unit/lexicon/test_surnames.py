"""Rule surname_folding: Dutch spelling variants of a surname fold to one key, and a person
written another way resolves to the attendee list's one entry that folds alike."""

from __future__ import annotations

from lrt_search.ingest.people import People, parse_attendees
from lrt_search.ingest.speakers import attribute
from lrt_search.lexicon.organisations import OrgTable
from lrt_search.lexicon.surnames import fold_index, fold_surname

LIST = "Mw. Faber (AenM), Mw. Keizer (VRO), Dhr. De Rooij (VNG), Dhr. Van der Burg (SJenV)"


def test_variants_fold_alike() -> None:
    assert {fold_surname(n) for n in ("Keijzer", "Keyzer", "Keizer", "Kéizer")} == {"keizer"}
    assert fold_surname("v.d. Burg") == fold_surname("Van der Burg") == fold_surname("van den Burg")
    assert fold_surname("De Rooy") == fold_surname("De Rooij")
    assert fold_surname("Faber") != fold_surname("Fabre")


def test_a_key_two_listed_names_share_resolves_nobody() -> None:
    assert fold_index([("Meijer", "VNG"), ("Meyer", "IPO")]) == {}
    assert fold_index([("Meijer", "VNG"), ("Faber", "IPO")])["meier"] == "VNG"


def test_a_variant_spelling_in_the_minutes_speaks_for_the_listed_person() -> None:
    table = OrgTable.default()
    attendees = parse_attendees(LIST, table)
    people = People.from_attendees(attendees)
    code = table.resolve("VRO")
    assert attribute([("Mw. Keijzer licht de opstartwoningen toe.", 0)], table, people) == [(code,)]
    assert attribute([("Dhr. v.d. Burg geeft aan dat de wet klaar is.", 0)], table, people) == [
        ("SJenV",)
    ]
    off = People.from_attendees(attendees, fold=False)
    assert attribute([("Mw. Keijzer licht de opstartwoningen toe.", 0)], table, off) == [()]
    # A common Dutch word is no name, though it folds like one listed ("Meer", "Dhr. Mer").
    mer = People.from_attendees(parse_attendees("Dhr. Mer (COA)", table))
    assert mer.folded == {"mer": "COA"}
    assert attribute([("Meer gemeenten melden zich.", 0)], table, mer) == [()]
