"""Write tests/data/meeting_counts.toml: questions that ask a COUNT OF MEETINGS with a word of
speech ("how many meetings talked about X", "in how many LRT's did the VNG raise X", "In
hoeveel vergaderingen werd gesproken over X", "Hoe vaak sprak het COA over X"), and what their
reading must be (issue 16, session 29 task C; blind28's class 3, blind26's class 5, blind27's
class 6).

    python eval/make_meeting_counts.py

Rules of the table (seed 29, ``random.Random(SEED)``; a fixed sample of the full cross):

- Count frames over meetings, sessions and times, Dutch and English: "how many meetings /
  LRT's / sessions + verb", "in how many meetings / LRT's / sessions + clause", "how many
  times", "how often"; "in hoeveel vergaderingen / overleggen / LRT's + clause", "hoeveel
  vergaderingen / overleggen + verb", "hoe vaak", "hoeveel keer".
- Verbs of speech from lexicon/data/speech.toml (each form checked by ``is_speech_word`` when
  the table is written; "sprak"/"spraken" are the one exception, left out of speech.toml for
  "spreken af", an agreement), each in the forms the frame takes: English base ("did the VNG
  raise"), past ("how many meetings talked about") and participle ("was X talked about");
  Dutch past singular ("sprak de VNG over"), past plural ("spraken over"), participle ("heeft
  de VNG X genoemd", "werd er over X gesproken").
- Topics: the item headings of the bundled minutes (``read_minutes``), split at "en", ",",
  "/", "(" and cut to phrases of one to three words, the meeting's own words (opening,
  mededelingen, wvttk, sluiting, verslag, stand van zaken) and numbered or dated phrases left
  out, and so is a phrase that names an organisation of the alias table ("onderwijs": OCW,
  "capaciteitsbesluit coa", "pakket bzk": whether it speaks is another class); the English
  frames ask them in the minutes' own Dutch word with "the" (as b28-043 asks "the
  Spreidingswet").
- With a real speaker (the organisations of lexicon/data/organisations.toml a frame names as
  subject: "did the VNG raise X", "sprak het COA over X") and without one.

Expected reading (``read_question`` with the default rules, no index): the speaker is the
real speaker's code or none, and no word of the count phrase ("many meetings", "LRT's",
"times", "often") is read as the speaker phrase or as a name; intent ``frequency``; the topic
holds the topic's words.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from toml_rows import write_rows  # the script's folder is on the path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "meeting_counts.toml"
SEED = 29
#: Rows kept per frame (of its full cross of verbs, topics, nouns and speakers).
PER_FRAME = 14

#: Heading words that name the meeting's own business, no topic.
_NOT_TOPICS = {"opening", "mededelingen", "overige", "wvttk", "w.v.t.t.k.", "sluiting",
               "vaststellen verslag", "actuele stand van zaken", "opvolging benen op tafelsessie",
               "inzake woonruimteverdeling", "arrangement op terrein van gezondheidszorg", "zaken",
               "inrichting", "sociale"}  # fmt: skip
#: Words a heading opens with that are no part of its topic ("Voortgang asielopgave").
_LEADS = ("voortgang", "aan", "versnelling implementatie")

#: (Dutch speaker, English speaker, code).
SPEAKERS = (
    ("de VNG", "the VNG", "VNG"),
    ("het COA", "the COA", "COA"),
    ("het IPO", "the IPO", "IPO"),
    ("Aedes", "Aedes", "Aedes"),
)

#: English verbs of speech: (base, past, participle); "{t}" stands where the topic goes.
VERBS_EN = (
    ("talk about {t}", "talked about {t}", "talked about"),
    ("speak about {t}", "spoke about {t}", "spoken about"),
    ("mention {t}", "mentioned {t}", "mentioned"),
    ("raise {t}", "raised {t}", "raised"),
    ("comment on {t}", "commented on {t}", "commented on"),
    ("warn about {t}", "warned about {t}", "warned about"),
)
#: Dutch verbs of speech: (past singular, past plural, participle) with "{t}" for the topic.
VERBS_NL = (
    ("sprak over {t}", "spraken over {t}", "over {t} gesproken"),
    ("praatte over {t}", "praatten over {t}", "over {t} gepraat"),
    ("noemde {t}", "noemden {t}", "{t} genoemd"),
    ("waarschuwde voor {t}", "waarschuwden voor {t}", "voor {t} gewaarschuwd"),
    ("zei iets over {t}", "zeiden iets over {t}", "iets over {t} gezegd"),
)
NOUNS_EN = ("meetings", "LRT's", "LRTs", "sessions")
NOUNS_NL = ("vergaderingen", "overleggen", "LRT's")

# (language, speaker, frame): {n} a noun of the meetings, {b}/{p}/{pp} a verb's base (Dutch:
# past singular), past (Dutch: past plural) and participle, {s} a speaker, {t} the topic.
FRAMES = (
    ("en", False, "How many {n} {p}?"),
    ("en", False, "how many {n} {p}, in 2023?"),
    ("en", False, "In how many {n} was {t} {pp}?"),
    ("en", False, "How many times was {t} {pp}?"),
    ("en", False, "How often was {t} {pp}?"),
    ("en", False, "In how many {n} did people {b}?"),
    ("en", True, "In how many {n} did {s} {b}?"),
    ("en", True, "How many times did {s} {b}?"),
    ("en", True, "How often did {s} {b}?"),
    ("en", True, "How many {n} did {s} {b} in?"),
    ("nl", False, "In hoeveel {n} werd er {pp}?"),
    ("nl", False, "Hoe vaak werd er {pp}?"),
    ("nl", False, "Hoeveel keer is er {pp}?"),
    ("nl", False, "Hoeveel {n} {p}?"),
    ("nl", True, "In hoeveel {n} heeft {s} {pp}?"),
    ("nl", True, "In hoeveel {n} {b}?"),
    ("nl", True, "Hoe vaak {b}?"),
    ("nl", True, "Hoe vaak heeft {s} {pp}?"),
    ("nl", True, "Hoeveel keer {b}?"),
)


def topics() -> list[str]:
    """The topic phrases of the corpus's item headings (see the module docstring)."""
    from lrt_search.ingest.corpus import read_minutes
    from lrt_search.lexicon.organisations import OrgTable

    orgs = OrgTable.default()
    out: dict[str, None] = {}
    for path in sorted((ROOT / "corpus").glob("*-lrt.txt")):
        for item in read_minutes(path).items:
            title = re.sub(r"\([^)]*\)|\S*\d\S*", " ", item.title.lower())
            for part in re.split(r"\s+en\s+|[,/]", title):
                phrase = re.sub(rf"^(?:{'|'.join(_LEADS)})\s+", "", " ".join(part.split()))
                if (
                    phrase
                    and phrase not in _NOT_TOPICS
                    and 1 <= len(phrase.split()) <= 4
                    and not orgs.query_mentions(phrase)  # "onderwijs": OCW, "pakket bzk"
                ):
                    out[phrase] = None
    return list(out)


def _speech_checked() -> None:
    """Every verb of the table is a word of speech of speech.toml in its first form (the base,
    or the Dutch past singular; but "sprak", see the module docstring)."""
    from lrt_search.search.query import is_speech_word_in

    for verbs in (VERBS_EN, VERBS_NL):
        for forms in verbs:
            text = forms[0].replace("{t}", "").strip()
            assert text.startswith("sprak") or is_speech_word_in(text), text


def _filled(lang: str, frame: str, verb: tuple[str, str, str], topic: str, noun: str,
            speaker: tuple[str, str, str]) -> str:  # fmt: skip
    """``frame`` with its slots filled (the verb's topic slot first)."""
    t = topic if lang == "nl" else f"the {topic}"
    s = speaker[0] if lang == "nl" else speaker[1]
    b, p, pp = verb
    if lang == "nl" and "{s}" not in frame and "{b}" in frame:  # "Hoe vaak sprak het COA ..."
        b = b.replace(" ", f" {s} ", 1)
    text = frame.format(n=noun, b=b, p=p, pp=pp, s=s, t="{t}").replace("{t}", t)
    text = text.replace(f" er {t} genoemd", f" {t} genoemd")  # "werd X genoemd", no "er"
    return text[0].upper() + text[1:] if not text.startswith("how") else text


def rows() -> list[dict[str, object]]:
    """A seeded sample of every frame's cross of verbs, topics, nouns and speakers."""
    rng = random.Random(SEED)
    heads = topics()
    out: list[dict[str, object]] = []
    seen: set[str] = set()
    for lang, spoken, frame in FRAMES:
        verbs = VERBS_NL if lang == "nl" else VERBS_EN
        nouns = NOUNS_NL if lang == "nl" else NOUNS_EN
        cross = [(v, t, n, s) for v in verbs for t in heads for n in nouns for s in SPEAKERS]
        for verb, topic, noun, speaker in rng.sample(cross, PER_FRAME):
            text = _filled(lang, frame, verb, topic, noun, speaker)
            if text in seen:
                continue
            seen.add(text)
            out.append({"question": text, "language": lang, "topic": topic,
                        "speaker": speaker[2] if spoken else ""})  # fmt: skip
    return out


def main() -> None:
    """Write the table."""
    _speech_checked()
    head = (
        "# Written by eval/make_meeting_counts.py (do not edit): questions that ask a count of\n"
        '# meetings with a word of speech, and the speaker they name ("": none). Read by\n'
        "# tests/unit/search/test_meeting_counts.py.\n\n"
    )
    write_rows(OUT, head, rows())


if __name__ == "__main__":
    main()
