"""Write tests/data/possessive_bodies.toml: a body that owns the subject of a passive verb of
speech, discussion or decision is no speaker ("Were ... the COA's offer of flexible housing
proposed for the agenda of a subsequent LRT?", "Werd het aanbod van het COA besproken?", "Is
the VNG's plan discussed?"): the verb names no speaker, and the body is a name of the topic
(tests/unit/search/test_possessive_bodies_table.py; issue 16 session 29 task A2, blind29 class
5, blind27 class 2, blind20-24's class of the body whose act it is).

    python eval/make_possessive_bodies.py

Rules of the table (also in its header):
- Act nouns: nouns of an act that is proposed, discussed or decided. Dutch: the candidates of
  ``DUTCH`` (with their article) kept when the minutes write the noun or wordfreq gives it Zipf
  >= 3.0 (nl); English: the candidates of ``ENGLISH`` kept when wordfreq gives them Zipf >= 3.5
  (en). The candidates hold the nouns the brief names (aanbod, voorstel, plan, besluit, brief;
  offer, proposal, plan, decision, letter) and general nouns of the same kind.
- Owners {B} (``form``): every singular and group form of the bodies of
  tests/data/speaker_roles.toml ``[body.*]`` (every body of lexicon/data/organisations.toml),
  in turn (a seeded shuffle).
- Things: Dutch "{art} {n} van {B}", "{art} {n} van {B} over de spreidingswet"; English
  "{B}'s {n}", "the {n} of {B}", "the {n} from {B}", "{B}'s {n} of flexible housing".
- Passive frames (``PASSIVE``): the thing is the subject of a passive participle of speech,
  discussion or decision (lexicon/data/speech.toml words: "besproken", "voorgesteld",
  "genoemd", "aangekaart", "aangenomen", "discussed", "proposed", "mentioned", "raised",
  "adopted"), with or without a phrase after it ("voor de agenda", "in de LRT", "for the
  agenda", "at the LRT"). Expected: no speaker (``speaker = []``); a singular owner is a name of
  the topic (``name`` = its code; group forms "de gemeenten" are read as groups, no name).
- Twin frames (``ACTOR``), decided by the form: the body is the actor - the agent of the passive
  ("door {B} besproken", "proposed by {B}"), the subject of an active verb ("Heeft {B} {art}
  {n} besproken?", "Did {B} discuss the {n}?"), the owner of a representative ("Wat zei de
  directeur van {B} over ...", "What did {B}'s director say about ...") or the act itself asked
  ("Wat was {thing}?", "What was {thing}?"): expected the body's code as speaker.
"""

from __future__ import annotations

import random
import tomllib
from pathlib import Path

import wordfreq
from toml_rows import write_rows  # the script's folder is on the path

from lrt_search.index.analysis import words

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "possessive_bodies.toml"
ROLES = ROOT / "tests" / "data" / "speaker_roles.toml"
HEADER = __doc__.split("Rules of the table (also in its header):\n", 1)[1]
SEED = 29

DUTCH = [
    ("het", "aanbod"), ("het", "voorstel"), ("het", "plan"), ("het", "besluit"),
    ("de", "brief"), ("het", "verzoek"), ("het", "advies"), ("de", "suggestie"),
    ("de", "notitie"), ("het", "initiatief"), ("de", "aanvraag"), ("het", "voornemen"),
    ("de", "oproep"), ("het", "standpunt"), ("de", "aanbeveling"), ("het", "bod"),
    ("de", "wens"), ("de", "eis"), ("het", "idee"), ("de", "afspraak"),
]  # fmt: skip
ENGLISH = [
    "offer", "proposal", "plan", "decision", "letter", "request", "advice", "suggestion",
    "note", "initiative", "application", "intention", "appeal", "position", "recommendation",
    "bid", "wish", "demand", "idea", "agreement",
]  # fmt: skip
ZIPF_NL, ZIPF_EN = 3.0, 3.5
PASSIVE = {
    "nl": [
        "Werd {thing} besproken?",
        "Is {thing} besproken in de LRT?",
        "Werd {thing} voorgesteld voor de agenda?",
        "Is {thing} genoemd?",
        "Werd {thing} aangekaart tijdens de vergadering?",
        "Is {thing} aangenomen?",
    ],
    "en": [
        "Was {thing} discussed?",
        "Was {thing} discussed at the LRT?",
        "Was {thing} proposed for the agenda of a subsequent LRT?",
        "Was {thing} mentioned?",
        "Was {thing} raised at the meeting?",
        "Was {thing} adopted?",
    ],
}
ACTOR = {
    "nl": [
        "Werd {art} {n} door {B} besproken?",
        "Heeft {B} {art} {n} besproken?",
        "Wat zei de directeur van {B} over {art} {n}?",
        "Wat was {art} {n} van {B}?",
    ],
    "en": [
        "Was the {n} proposed by {B}?",
        "Did {B} discuss the {n}?",
        "What did {B}'s director say about the {n}?",
        "What was {B}'s {n}?",
    ],
}
THINGS = {
    "nl": ["{art} {n} van {B}", "{art} {n} van {B} over de spreidingswet"],
    "en": ["{B}'s {n}", "the {n} of {B}", "the {n} from {B}", "{B}'s {n} of flexible housing"],
}


def vocabulary() -> set[str]:
    """The words of the bundled minutes, lower case."""
    out: set[str] = set()
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        out.update(words(path.read_text(encoding="utf-8")))
    return out


def nouns(lang: str, vocab: set[str]) -> list[tuple[str, str]]:
    """The kept (article, noun) of ``lang`` (module docstring)."""
    if lang == "nl":
        return [
            (a, n) for a, n in DUTCH if n in vocab or wordfreq.zipf_frequency(n, "nl") >= ZIPF_NL
        ]
    return [("", n) for n in ENGLISH if wordfreq.zipf_frequency(n, "en") >= ZIPF_EN]


def owners(roles: dict, lang: str) -> list[tuple[str, str, bool]]:
    """(code, form, singular) of every body form of ``lang``."""
    out = []
    for code, body in roles["body"].items():
        out.extend((code, form, True) for form in body.get(lang, ()))
        out.extend((code, form, False) for form in body.get(f"{lang}_plural", ()))
    return out


def _fill(text: str, form: str, art: str, noun: str) -> str:
    """``text`` with the owner, article and noun put in; "{B}'s" of a form ending in s is
    "{B}'"; the first letter upper case."""
    own = form + "'" if form.endswith("s") else form + "'s"
    text = text.replace("{B}'s", own).replace("{B}", form).format(art=art, n=noun)
    return text[0].upper() + text[1:]


def rows_of(lang: str, kept: list[tuple[str, str]], roles: dict, rng: random.Random) -> list:
    """Every passive frame x thing x noun, and every actor frame x noun, owners in turn."""
    bodies = owners(roles, lang)
    rng.shuffle(bodies)
    out, turn = [], 0
    for frame in PASSIVE[lang]:
        for thing in THINGS[lang]:
            for art, noun in kept:
                code, form, single = bodies[turn % len(bodies)]
                turn += 1
                text = _fill(frame.replace("{thing}", thing), form, art, noun)
                row = {"lang": lang, "question": text, "frame": frame, "thing": thing}
                row.update(
                    noun=noun, owner=code, form=form, speaker=[], name=code if single else ""
                )
                out.append(row)
    for frame in ACTOR[lang]:
        for art, noun in kept:
            code, form, single = bodies[turn % len(bodies)]
            turn += 1
            text = _fill(frame, form, art, noun)
            row = {"lang": lang, "question": text, "frame": frame, "thing": ""}
            row.update(noun=noun, owner=code, form=form, speaker=[code], name="")
            out.append(row)
    return out


def main() -> None:
    roles = tomllib.loads(ROLES.read_text(encoding="utf-8"))
    vocab, rng = vocabulary(), random.Random(SEED)
    rows = []
    for lang in ("nl", "en"):
        kept = nouns(lang, vocab)
        print(f"{lang}: {len(kept)} nouns")
        rows += rows_of(lang, kept, roles, rng)
    head = "".join(f"# {line}".rstrip() + "\n" for line in HEADER.splitlines()) + "\n"
    write_rows(OUT, head, rows)
    print(f"{len(rows)} rows -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
