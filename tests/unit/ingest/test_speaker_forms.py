"""Speaker forms of session 8 task G (``ingest/speakers.py``, ``ingest/people.py``): a
preposition's object, a stance held at an organisation, a speaker's preposition before an
inverted subject, a clause with its own subject, a possessor after "van", on the bundled corpus
and on sentences in its style."""

from __future__ import annotations

from pathlib import Path

import pytest

from lrt_search.ingest.corpus import read_minutes
from lrt_search.ingest.speakers import attribute
from lrt_search.lexicon.organisations import OrgTable

ROOT = Path(__file__).resolve().parents[3]
TABLE = OrgTable.default()


def speakers(text: str) -> set[str]:
    return set(attribute([(text, 0)], TABLE)[0])


def corpus_speakers(name: str, opening: str) -> set[str]:
    """The speakers of the statement of ``corpus/name`` that starts with ``opening``."""
    meeting = read_minutes(ROOT / "corpus" / name)
    found = [
        s.speakers for item in meeting.items for s in item.statements if s.text.startswith(opening)
    ]
    assert len(found) == 1, opening
    return set(found[0])


def test_collectives_and_objects_of_a_pronoun_name_nobody_in_the_corpus() -> None:
    # tests/data/speaker_labels.jsonl: "medeoverheden" names no one member
    assert corpus_speakers("2023-04-06-lrt.txt", "Medeoverheden spreken zorgen") == set()
    assert corpus_speakers("2023-04-06-lrt.txt", "Afspraak: Afstemming tussen Rijk") == set()
    # "Zij roept medeoverheden op ... De VNG wil hier graag bij meedenken."
    assert corpus_speakers("2025-03-19-lrt.txt", "MAenM licht de nationale") == {"MAenM", "VNG"}
    assert speakers("Zij vraagt de VNG om een reactie.") == set()
    assert speakers("Er is overleg met het Rijk en de VNG over de locaties.") == set()


def test_a_possessor_after_van_speaks_only_for_a_word_of_speech_or_a_representative() -> None:
    assert corpus_speakers("2025-03-19-lrt.txt", "De vertegenwoordiging van de CDK") == {"CdK"}
    assert corpus_speakers("2023-04-06-lrt.txt", "Kritiek van IPO") == {"IPO"}
    assert speakers("Het dashboard van het COA laat een stabiele bezetting zien.") == set()
    assert speakers("De directeur van Aedes meldt dat er flexwoningen zijn besteld.") == {"Aedes"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Er is overleg met het COA over de locatie in Budel.", set()),
        ("A letter will be sent to the VNG about the funds.", set()),
        ("According to the IPO, the provinces need more time.", {"IPO"}),
        ("Bij het IPO bestaat twijfel over de haalbaarheid van de planning.", {"IPO"}),
        ("Bij de IND ligt de verantwoordelijkheid voor de beslissingen.", set()),
        ("Mede namens de CdK's vraagt het IPO om ondersteuning.", {"IPO", "CdK"}),
        ("Volgens het COA heeft de IND achterstanden.", {"COA"}),
        ("De VNG steunt het voorstel, terwijl het IPO twijfelt.", {"VNG", "IPO"}),
        ("SJenV heeft begrip, maar vraagt de VNG om geduld.", {"SJenV"}),
        ("Het ministerie van Sociale Zaken geeft aan dat het meedenkt.", {"SZW"}),
        ("De VNG-woordvoerder geeft aan dat gemeenten overvraagd worden.", {"VNG"}),
        ("Het Ipo vraagt om uitstel van de evaluatie.", {"IPO"}),  # rule title_cased_code
        ("Vervolgens wordt de Vng gevraagd te reageren.", set()),
    ],
)
def test_sentences_in_the_minutes_style(text: str, expected: set[str]) -> None:
    assert speakers(text) == expected
