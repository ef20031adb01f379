"""Write tests/data/question_asides.toml: questions with an aside of the asker's and the topic
words and speaker the reader must give (issue 16, session 27 task A2, rule question_asides_read).

    python eval/make_question_asides.py

A question body is built from the minutes' facts (a body that speaks and a topic it speaks on,
Dutch and English, and a count of municipalities interested in a transit location) and asked
with an aside of each kind in every position: where the asker heard it ("zo las ik in de krant",
"heard it from another volunteer"), how sure the asker is ("volgens mij", "correct me if I'm
wrong"), a hedge of a count ("ongeveer", "roughly", "or so"), a bracketed or "i.e." gloss of a
topic word, a politeness frame ("Kunt u mij vertellen", "please") and why they ask ("voor een
artikel", "because our volunteers ask"). Positions: before the question (a lead clause, a
comma, or a sentence), after it (a comma, brackets, or a sentence), in the middle (between
commas or in brackets). ``topic`` is the content words of the body's topic (an aside's words are
no topic words; of a gloss, the glossed words are the topic), ``speaker`` the body's code (an
aside's "a colleague", "a journalist", "our volunteers" is no speaker). Read by
tests/unit/search/test_question_asides.py (no index).
"""

from __future__ import annotations

import sys
from pathlib import Path

from toml_rows import unique_rows, write_rows  # the script's folder is on the path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "question_asides.toml"
sys.path.insert(0, str(Path(__file__).resolve().parent))

#: (speaker nl, speaker en, code, topic nl, topic words nl, topic en, topic words en).
FACTS = [
    ("de VNG", "the VNG", "VNG", "de taakstelling", "taakstelling", "the housing target",
     "housing target"),
    ("het COA", "the COA", "COA", "de bezettingsgraad", "bezettingsgraad", "the occupancy rate",
     "occupancy rate"),
    ("Aedes", "Aedes", "Aedes", "flexwoningen", "flexwoningen", "flex homes", "flex homes"),
    ("het IPO", "the IPO", "IPO", "de spreidingswet", "spreidingswet", "the dispersal act",
     "dispersal"),
]  # fmt: skip
#: Glosses of the topics: (lang, topic, gloss); the topic's words are the topic.
GLOSSES = {
    "nl": {"de taakstelling": ["housing target", "= huisvestingsopgave", "dus de opgave"],
           "flexwoningen": ["tijdelijke woningen", "flexhomes"]},
    "en": {"the housing target": ["taakstelling", "i.e. the target for status holders"],
           "flex homes": ["flexwoningen", "= temporary homes"]},
}  # fmt: skip
#: The question bodies: (main clause, the same as a subordinate clause after a lead).
BODIES = {
    "nl": [("Wat zei {S} over {T}?", "wat {S} over {T} zei"),
           ("Wat heeft {S} gezegd over {T}?", "wat {S} heeft gezegd over {T}")],
    "en": [("What did {S} say about {T}?", "what {S} said about {T}"),
           ("What has {S} said about {T}?", "what {S} has said about {T}")],
}  # fmt: skip
#: A count asked (no speaker): (main, subordinate, topic words, the count's words for a hedge).
COUNTS = {
    "nl": ("Hoeveel gemeenten hadden interesse in een doorstroomlocatie?",
           "hoeveel gemeenten interesse hadden in een doorstroomlocatie",
           "interesse doorstroomlocatie", "Hoeveel"),
    "en": ("How many municipalities were interested in a transit location?",
           "how many municipalities were interested in a transit location",
           "transit location", "How many"),
}  # fmt: skip
#: Asides that stand in a clause of their own (a comma, brackets, a sentence), by kind.
CLAUSES = {
    "nl": {
        "source": ["zo las ik in de krant", "dat zei een collega", "hoorde ik van een collega",
                   "ik heb het gehoord van een vrijwilliger", "volgens een journalist"],
        "certainty": ["volgens mij", "naar ik begrijp", "als ik me niet vergis", "denk ik",
                      "voor zover ik weet", "corrigeer me als ik het mis heb"],
        "reason": ["voor een artikel", "het is voor mijn briefing",
                   "omdat onze vrijwilligers het vragen", "ik heb het nodig voor een presentatie"],
        "politeness": ["graag", "alstublieft", "alvast bedankt"],
    },
    "en": {
        "source": ["heard it from other volunteer", "I heard it from a colleague",
                   "a colleague told me", "I read it in the newspaper",
                   "according to a journalist"],
        "certainty": ["if I remember well", "correct me if I'm wrong", "I think",
                      "as far as I know", "if I'm not mistaken"],
        "reason": ["for my briefing", "I need it for an article",
                   "because our volunteers ask", "it is for our newsletter"],
        "politeness": ["please", "thanks in advance", "if possible"],
    },
}  # fmt: skip
#: Asides that lead the question, the body following as a subordinate clause, by kind.
LEADS = {
    "nl": {"politeness": ["Kunt u mij vertellen", "Kun je me vertellen", "Kunt u aangeven",
                          "Ik wil graag weten"],
           "certainty": ["Ik vraag me af"]},
    "en": {"politeness": ["Could you tell me", "Can you please tell me", "Please tell me",
                          "I'd like to know"],
           "certainty": ["I wonder"]},
}  # fmt: skip
#: Hedges of a count: (before the count's words, between commas after them, closing it).
HEDGES = {"nl": ("ongeveer", "zo ongeveer", "of zo"), "en": ("roughly", "roughly", "or so")}


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _placed(main: str, aside: str, lang: str, kind: str) -> list[tuple[str, str]]:
    """``main`` (ending in "?") with a clause ``aside`` in each position: (position, question);
    a sentence of its own only for a source or a reason, none before for an inverted one."""
    body = main[:-1]
    first, _, rest = body.partition(" ")
    verb, _, tail = rest.partition(" ")
    cut = tail.find(" over ") if lang == "nl" else tail.find(" about ")
    left, right = (f"{first} {verb} {tail[:cut]}", tail[cut + 1 :]) if cut > 0 else (body, "")
    out = [
        ("before, comma", f"{_cap(aside)}, {main[:1].lower()}{main[1:]}"),
        ("before, sentence", f"{_cap(aside)}. {main}"),
        ("after, comma", f"{body}, {aside}?"),
        ("after, brackets", f"{body} ({aside})?"),
        ("after, sentence", f"{main} {_cap(aside)}."),
    ]
    if kind not in {"source", "reason"}:
        out = [o for o in out if not o[0].endswith("sentence")]
    if aside in {"denk ik"}:
        out = [o for o in out if not o[0].startswith("before")]
    if right:
        out += [
            ("middle, commas", f"{left}, {aside}, {right}?"),
            ("middle, brackets", f"{left} ({aside}) {right}?"),
        ]
    return out


def _row(kind: str, position: str, lang: str, question: str, topic: str, speaker: str) -> dict:
    return {"kind": kind, "position": position, "lang": lang, "question": question,
            "topic": topic.split(), "speaker": [speaker] if speaker else []}  # fmt: skip


def rows() -> list[dict[str, object]]:
    """Every row of the table, in order: bodies x asides x positions, then the counts."""
    out: list[dict[str, object]] = []
    for lang, li in (("nl", 0), ("en", 1)):
        for fact in FACTS:
            speaker, code, topic, words = fact[li], fact[2], fact[3 + 2 * li], fact[4 + 2 * li]
            for main_t, sub_t in BODIES[lang]:
                main = main_t.format(S=speaker, T=topic)
                sub = sub_t.format(S=speaker, T=topic)
                out.append(_row("none", "", lang, main, words, code))
                for kind, asides in CLAUSES[lang].items():
                    for aside in asides:
                        out += [
                            _row(kind, p, lang, q, words, code)
                            for p, q in _placed(main, aside, lang, kind)
                        ]
                for kind, leads in LEADS[lang].items():
                    out += [
                        _row(kind, "lead", lang, f"{lead} {sub}?", words, code) for lead in leads
                    ]
                for gloss in GLOSSES[lang].get(topic, []):
                    q = main_t.format(S=speaker, T=f"{topic} ({gloss})")
                    out.append(_row("gloss", "brackets", lang, q, words, code))
                    if gloss.split()[0] in {"dus", "i.e."}:
                        q = main_t.format(S=speaker, T=f"{topic}, {gloss}")
                        out.append(_row("gloss", "comma", lang, q, words, code))
        main, sub, words, count = COUNTS[lang]
        out.append(_row("none", "", lang, main, words, ""))
        before, between, closing = HEDGES[lang]
        out.append(
            _row("hedge", "before", lang, f"{_cap(before)} {main[:1].lower()}{main[1:]}", words, "")
        )
        rest = main[len(count) :]
        out.append(_row("hedge", "middle, commas", lang, f"{count}, {between},{rest}", words, ""))
        out.append(_row("hedge", "after", lang, f"{main[:-1]} {closing}?", words, ""))
        for kind, asides in CLAUSES[lang].items():
            for aside in asides:
                out += [
                    _row(kind, p, lang, q, words, "") for p, q in _placed(main, aside, lang, kind)
                ]
        for kind, leads in LEADS[lang].items():
            out += [_row(kind, "lead", lang, f"{lead} {sub}?", words, "") for lead in leads]
    return unique_rows(out, ("question",))


HEAD = """\
# Written by eval/make_question_asides.py (do not edit): questions with an aside of the asker's
# (where they heard it, how sure they are, a hedge, a gloss, a politeness frame, why they ask) in
# every position, and the topic words and speaker the reader must give (rule
# question_asides_read). `kind = "none"`: the body without an aside. Read by
# tests/unit/search/test_question_asides.py (no index).

"""


if __name__ == "__main__":
    write_rows(OUT, HEAD, rows())
