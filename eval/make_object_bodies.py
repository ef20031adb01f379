"""Write tests/data/object_bodies.toml: a body named as the owner of the act asked about is not
the speaker ("Wat antwoordde de CdK op het pleidooi van het IPO", "What did the state secretary
say about the VNG's concerns"): act nouns x owner bodies x frames, with the speaker asked
before them or without one (tests/unit/search/test_object_bodies_table.py; issue 16 session 28
task C2, rule ``object_frames_read`` made complete).

    python eval/make_object_bodies.py

Rules of the table (also in its header):
- Act nouns: nouns of saying, asking, proposing, objecting, committing or judging. Dutch: the
  candidates of ``DUTCH`` (general Dutch, with their article) kept when the minutes write the
  noun or wordfreq gives it Zipf >= 3.0 (nl). English: the FreeDict nld-eng translations of
  each kept Dutch noun that translate back to it (eng-nld), have wordfreq Zipf >= 3.5 (en) and
  are no sense of ``NOT_ACTS`` (senses of the Dutch word that name no act: "care", "sign");
  with the nouns the issue names (``ENGLISH_NAMED``).
- Owners {B}: every singular and group form of the bodies of tests/data/speaker_roles.toml
  ``[body.*]`` (every body of lexicon/data/organisations.toml), in turn.
- Speakers {S}: the titles and persons of speaker_roles.toml ``[objects] speaker`` and each
  body's singular form, in turn; never the owner's own body.
- Things: Dutch "{n} van {B}", "{n} van de kant van {B}", "{n} van {B} over de spreidingswet";
  English "{B}'s {n}", "the {n} of {B}", "the {n} from {B}", "{B}'s {n} about the distribution
  law".
- Whose statement answers (the row's ``speaker``):
  * a speaker asked before the thing - "Wat vond / Hoe reageerde / Wat antwoordde / Wat zei {S}
    (naar aanleiding) van / op / over {thing}", "What did {S} say about / think of / answer to",
    "How did {S} respond to {thing}" - is the speaker: {S}, not {B} (the owner's own bullet
    holds the act, not the reply);
  * no speaker - "Wat werd er gezegd over {thing}", "What was said about {thing}" - no speaker
    filter: the owner's act and every reply to it both answer;
  * the act itself asked - "Wat was {thing}", "What was {thing}" - the owner {B}: the act is
    the owner's own statement.
  A person speaker (``person``): the reader gives at most their own body and reads the surname
  in the speaker's position (search/speaker_people.person_speaks).
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import wordfreq
from toml_rows import write_rows  # the script's folder is on the path

from lrt_search.index.analysis import words
from lrt_search.lexicon.freedict import dutch_for, dutch_to_english

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "object_bodies.toml"
ROLES = ROOT / "tests" / "data" / "speaker_roles.toml"
HEADER = __doc__.split("Rules of the table (also in its header):\n", 1)[1]

# (article, noun): general Dutch nouns of an act of saying, asking, proposing, objecting,
# committing or judging (filtered by the minutes and wordfreq, see the rules).
DUTCH = [
    ("het", "pleidooi"), ("de", "oproep"), ("het", "verzoek"), ("het", "voorstel"),
    ("de", "kritiek"), ("de", "zorg"), ("de", "zorgen"), ("de", "wens"), ("het", "bezwaar"),
    ("de", "bezwaren"), ("de", "toezegging"), ("het", "signaal"), ("het", "advies"),
    ("de", "reactie"), ("de", "inbreng"), ("het", "standpunt"), ("de", "brief"),
    ("de", "notitie"), ("het", "aanbod"), ("het", "bod"), ("de", "vraag"), ("de", "suggestie"),
    ("de", "waarschuwing"), ("de", "belofte"), ("de", "mening"), ("het", "oordeel"),
    ("de", "visie"), ("de", "opmerking"), ("de", "klacht"), ("het", "protest"),
    ("het", "appel"), ("de", "uitspraak"), ("de", "verklaring"), ("de", "toelichting"),
    ("het", "antwoord"), ("de", "eis"), ("de", "aanbeveling"), ("de", "mededeling"),
    ("het", "plan"), ("het", "initiatief"), ("de", "oproep"), ("de", "hulpvraag"),
    ("het", "verzoekschrift"), ("de", "aanvraag"), ("het", "voornemen"), ("de", "afwijzing"),
    ("de", "instemming"), ("de", "steun"), ("de", "zienswijze"), ("de", "analyse"),
]  # fmt: skip
# Senses FreeDict gives a Dutch act noun that name no act.
NOT_ACTS = {
    "care", "annoyance", "disappointment", "grief", "see", "difficulty", "trouble", "mark",
    "sign", "token", "notice", "epistle", "annotation", "tender", "intention", "meaning",
    "level", "design", "diagram", "apple", "parade", "account", "supposition", "decision",
    "pronunciation", "adjudication", "proclamation", "affirmation", "ad", "information",
    "communication", "errand", "question", "want", "desire", "take care", "worry",
    "critical", "plane", "prop", "order", "project", "scheme", "notification",
}  # fmt: skip
ENGLISH_NAMED = [
    "plea",
    "request",
    "call",
    "proposal",
    "concern",
    "concerns",
    "objection",
    "criticism",
    "offer",
    "letter",
    "advice",
    "commitment",
    "position",
    "input",
]
ZIPF_NL, ZIPF_EN = 3.0, 3.5
PLURALS = {"zorgen", "bezwaren", "concerns", "worries"}  # "Wat waren de zorgen van {B}"
TOPIC = {"nl": "over de spreidingswet", "en": "about the distribution law"}
FRAMES = {  # (frame, who answers: "S", "none" or "B")
    "nl": [
        ("Wat vond {S} van {thing}?", "S"),
        ("Hoe reageerde {S} op {thing}?", "S"),
        ("Wat antwoordde {S} op {thing}?", "S"),
        ("Wat zei {S} over {thing}?", "S"),
        ("Wat zei {S} naar aanleiding van {thing}?", "S"),
        ("Wat werd er gezegd over {thing}?", "none"),
        ("Wat was {thing}?", "B"),
    ],
    "en": [
        ("What did {S} say about {thing}?", "S"),
        ("What did {S} think of {thing}?", "S"),
        ("What did {S} answer to {thing}?", "S"),
        ("How did {S} respond to {thing}?", "S"),
        ("What was said about {thing}?", "none"),
        ("What was {thing}?", "B"),
    ],
}
THINGS = {
    "nl": ["{art} {n} van {B}", "{art} {n} van de kant van {B}", "{art} {n} van {B} {T}"],
    "en": ["{B}'s {n}", "the {n} of {B}", "the {n} from {B}", "{B}'s {n} {T}"],
}


def vocabulary() -> set[str]:
    """The words of the bundled minutes, lower case."""
    out: set[str] = set()
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        out.update(words(path.read_text(encoding="utf-8")))
    return out


def dutch_nouns(vocab: set[str]) -> list[tuple[str, str]]:
    """The kept (article, noun) of ``DUTCH``, each once."""
    kept = [(a, n) for a, n in DUTCH if n in vocab or wordfreq.zipf_frequency(n, "nl") >= ZIPF_NL]
    return list(dict.fromkeys(kept))


def english_nouns(dutch: list[tuple[str, str]]) -> list[str]:
    """The English act nouns: round-trip FreeDict translations and ``ENGLISH_NAMED``."""
    out = list(ENGLISH_NAMED)
    for _, noun in dutch:
        for word in dutch_to_english(noun):
            if word in NOT_ACTS or " " in word or not re.fullmatch(r"[a-z]+", word):
                continue
            if noun in dutch_for(word) and wordfreq.zipf_frequency(word, "en") >= ZIPF_EN:
                out.append(word)
    return list(dict.fromkeys(out))


def owners(roles: dict, lang: str) -> list[tuple[str, str]]:
    """(code, form) of every body form of ``lang``, singular and group forms."""
    out = []
    for code, body in roles["body"].items():
        for key in (lang, f"{lang}_plural"):
            out.extend((code, form) for form in body.get(key, ()))
    return out


def speakers(roles: dict, lang: str) -> list[dict[str, str]]:
    """The titles and persons of ``[objects] speaker`` and each body's singular form."""
    out = [dict(s) for s in roles["objects"]["speaker"] if s["lang"] == lang]
    for code, body in roles["body"].items():
        out.extend({"form": form, "code": code} for form in body.get(lang, ())[:1])
    return out


def _possessive(form: str) -> str:
    """ "{B}'s" for a form ending in s is "{B}'"."""
    return form + "'" if form.endswith("s") else form + "'s"


def rows_of(lang: str, nouns: list[tuple[str, str]], roles: dict) -> list[dict[str, object]]:
    """Every frame x thing x noun of ``lang``, owners and speakers in turn."""
    bodies, says, out, turn = owners(roles, lang), speakers(roles, lang), [], 0
    for frame, answers in FRAMES[lang]:
        for thing in THINGS[lang]:
            for art, noun in nouns:
                code, form = bodies[turn % len(bodies)]
                speaker = says[turn % len(says)]
                turn += 1
                if speaker["code"] == code:
                    speaker = says[turn % len(says)]
                    turn += 1
                if speaker["code"] == code:
                    continue
                filled = thing.replace("{B}'s", _possessive(form)).replace("{B}", form)
                art = art if lang == "nl" else ""
                filled = filled.format(art=art, n=noun, T=TOPIC[lang]).strip()
                verb = frame.replace(
                    " was {thing}", " were {thing}" if lang == "en" else " waren {thing}"
                )
                text = (
                    (verb if noun in PLURALS else frame)
                    .replace("{thing}", filled)
                    .replace("{S}", speaker["form"])
                )
                text = text[0].upper() + text[1:]
                want = {"S": [speaker["code"]], "none": [], "B": [code]}[answers]
                person = speaker.get("person", "") if answers == "S" else ""
                row = {"lang": lang, "question": text, "frame": frame, "noun": noun}
                row.update(owner=code, speaker=want, person=person)
                out.append(row)
    return out


def main() -> None:
    roles = tomllib.loads(ROLES.read_text(encoding="utf-8"))
    dutch = dutch_nouns(vocabulary())
    english = [("", n) for n in english_nouns(dutch)]
    print(f"{len(dutch)} Dutch nouns, {len(english)} English nouns")
    rows = rows_of("nl", dutch, roles) + rows_of("en", english, roles)
    head = "".join(f"# {line}".rstrip() + "\n" for line in HEADER.splitlines()) + "\n"
    write_rows(OUT, head, rows)


if __name__ == "__main__":
    main()
