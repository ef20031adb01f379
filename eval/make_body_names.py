"""Write tests/data/body_names.toml: names of Dutch public bodies in the form capitalised
adjective + noun ("Nationale ombudsman", "Algemene Rekenkamer") or noun + "van" + noun ("Raad
van State"), asked as the speaker or the topic (issue 16, session 29 task D; eval/blind28.md
class 9, blind26 classes 4 and 11, blind27 class 9; rule ``body_names_read``).

Rules of the table (also in its header):
- The bodies: a list of Dutch public bodies and organisations written below (BODIES: as Dutch
  writes them, the adjective capitalised and the noun often in lower case, "Nationale
  ombudsman"), Hunspell nl's capitalised entries (/usr/share/hunspell/nl.dic) of two words, or
  of one ending in a body noun of lexicon/data/speech.toml ``body_heads`` ("Rekenkamer"), and
  generated ones: the 30 most frequent Dutch adjectives of wordfreq nl with an ending of
  questions.toml ``adjective_endings`` ("-ale", "-lijke", "-ische": the derived adjectives
  of bodies' names; no stopword, five letters or more) capitalised before a Dutch body noun
  of ``body_heads`` in lower case
  ("Regionale inspectie"), a sample of 40 (seed 29). Hunspell entries flagged as person names
  ("PN") or "Fw" ("Koenraad", "Leningraad") are left out.
- Forms: each body as listed; the adjective + noun ones also with the noun capitalised
  ("Nationale Ombudsman") or in lower case ("Nationale ombudsman"), as users write both.
- Frames: speaker frames in Dutch and English with verbs of speech and of contributing ("Wat
  zei de {b}", "Wat was de inbreng van de {b}", "Welke bijdrage leverde de {b}", "What did
  the {b} contribute at the LRT of March 2025"), and topic frames ("Is er gesproken over de
  {b}", "Was the {b} mentioned ..."), each with a topic of the minutes' headings; the frame
  of a body is chosen by a seeded draw (two per form).
- Expected: the body read as one name (``name``: every word of the form in one name of the
  question) and ``present`` whether the minutes hold it: its words in this order in one line
  of a file of corpus/*.txt (case folded), as ``eval/reasons_true.py`` judges a name absent. Known
  misses are none by design; a row the reader cannot meet is listed in the test.
Not built from questions of any answer set.
Run: PYTHONPATH=. .venv/bin/python eval/make_body_names.py
"""

from __future__ import annotations

import random
from pathlib import Path

import wordfreq
from toml_rows import unique_rows, write_rows  # the script's folder is on the path
from wordfreq import zipf_frequency

from lrt_search.index.analysis import dutch_stopwords, words
from lrt_search.lexicon.wordlists import words as listed

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "body_names.toml"
HUNSPELL = Path("/usr/share/hunspell/nl.dic")
HEADER = __doc__.split("Rules of the table (also in its header):\n", 1)[1].split("Run:")[0]
SEED = 29
ADJECTIVES = 30  # the most frequent adjectives of general Dutch that qualify

# Dutch public bodies and organisations, as Dutch writes them (general knowledge).
BODIES = [
    "Nationale ombudsman", "Algemene Rekenkamer", "Nationale Politie", "Centrale Raad van Beroep",
    "Raad van State", "Inspectie Justitie en Veiligheid", "Kinderombudsman",
    "Vluchtelingenwerk Nederland", "Eerste Kamer", "Tweede Kamer", "Hoge Raad",
    "Koninklijke Marechaussee", "Europese Commissie", "Gemeentelijke ombudsman",
    "Sociaal-Economische Raad", "Nederlandse Arbeidsinspectie", "Autoriteit Persoonsgegevens",
    "Centraal Bureau voor de Statistiek", "Raad voor de rechtspraak",
    "College voor de Rechten van de Mens",
    "Onderwijsinspectie", "Kiesraad", "Nationaal Coördinator Terrorismebestrijding en Veiligheid",
    "Europese Unie", "Landelijke Vreemdelingenvoorziening", "Dienst Terugkeer en Vertrek",
    "Gezondheidsraad", "Raad voor het Openbaar Bestuur", "Adviesraad Migratie",
    "Inspectie Gezondheidszorg en Jeugd", "Centrale ombudsman",
]  # fmt: skip
TOPICS_NL = ["de Spreidingswet", "de opvang in Ter Apel", "de huisvesting van statushouders"]
TOPICS_EN = ["the Spreidingswet", "reception in Ter Apel", "housing status holders"]
FRAMES_NL = [
    "Wat zei de {b} over {t}?",
    "Wat was de inbreng van de {b} over {t}?",
    "Welke bijdrage leverde de {b} aan het overleg over {t}?",
    "Wat heeft de {b} bijgedragen aan de discussie over {t}?",
    "Is er gesproken over de {b} bij {t}?",
]
FRAMES_EN = [
    "What did the {b} say about {t}?",
    "What did the {b} contribute at the LRT of March 2025?",
    "What was the input of the {b} on {t}?",
    "Was the {b} mentioned in the discussion of {t}?",
]
# Dutch body nouns: the words of speech.toml ``body_heads`` before its first English one.
_ENGLISH_HEADS = {"municipality", "city", "council", "house", "senate", "court", "union"}


def dutch_heads() -> list[str]:
    heads = listed("speech", "body_heads")
    return [h for h in heads[: heads.index("municipality")] if h not in _ENGLISH_HEADS]


def minutes_lines() -> list[list[str]]:
    return [words(p.read_text(encoding="utf-8")) for p in sorted((ROOT / "corpus").glob("*.txt"))]


def present(body: str, lines: list[list[str]]) -> bool:
    seq = words(body)
    n = len(seq)
    return any(line[i : i + n] == seq for line in lines for i in range(len(line) - n + 1))


def hunspell_bodies(heads: list[str]) -> list[str]:
    out = []
    for line in HUNSPELL.read_text(encoding="utf-8").splitlines()[1:]:
        entry, _, flags = line.replace("ĳ", "ij").partition("/")
        if (
            not entry[:1].isupper()
            or not entry.replace(" ", "").isalpha()
            or "PN" in flags
            or "Fw" in flags
        ):
            continue
        last = entry.split()[-1].lower()
        for head in heads:
            first = last[: -len(head)].removesuffix("s")
            if last == head and " " in entry:
                out.append(entry)
            elif last.endswith(head) and len(first) >= 3 and zipf_frequency(first, "nl") >= 3:
                out.append(entry)  # "Rekenkamer", "Belastingdienst"; not "Koenraad"
    return out


def _adjective(word: str) -> bool:
    endings = tuple(listed("questions", "adjective_endings"))
    return word.endswith(endings) and word not in dutch_stopwords()


def generated_bodies(heads: list[str], rng: random.Random) -> list[str]:
    adjectives = [
        w for w in wordfreq.top_n_list("nl", 30000) if w.isalpha() and len(w) >= 5 and _adjective(w)
    ][:ADJECTIVES]
    pairs = sorted({(a, h) for a in adjectives for h in heads})
    return [f"{a.capitalize()} {h}" for a, h in rng.sample(pairs, 40)]


def forms(body: str) -> list[str]:
    parts = body.split()
    if len(parts) != 2 or not parts[0].endswith("e"):
        return [body]
    low, cap = f"{parts[0]} {parts[1].lower()}", f"{parts[0]} {parts[1].capitalize()}"
    return list(dict.fromkeys([body, low, cap]))


def rows() -> list[dict[str, object]]:
    rng = random.Random(SEED)
    heads = dutch_heads()
    lines = minutes_lines()
    bodies = [(b, "list") for b in BODIES]
    bodies += [(b, "hunspell") for b in hunspell_bodies(heads)]
    bodies += [(b, "generated") for b in generated_bodies(heads, rng)]
    out: list[dict[str, object]] = []
    for item in unique_rows(({"b": b, "s": s} for b, s in bodies), ("b",)):
        body, source = str(item["b"]), item["s"]
        for form in forms(body):
            for lang, frames, topics in (
                ("nl", FRAMES_NL, TOPICS_NL),
                ("en", FRAMES_EN, TOPICS_EN),
            ):
                for frame in rng.sample(frames, 2):
                    q = frame.format(b=form, t=rng.choice(topics))
                    row = {"q": q, "lang": lang, "source": source, "name": form}
                    out.append({**row, "present": present(form, lines)})
    return out


def main() -> None:
    write_rows(
        OUT, "".join("# " + line + "\n" for line in HEADER.strip().splitlines()) + "\n", rows()
    )


if __name__ == "__main__":
    main()
