"""Write tests/data/act_stated_forms.toml: sentences shaped like the minutes' statements that
state, or do not state, an act of lrt_search/lexicon/data/acts.toml by one of its Dutch verbs
in Dutch word order (issue 16, session 30 task C; rule act_forms_split_read), read by
tests/unit/answer/test_act_stated_forms.py (no index).

    python eval/make_act_stated_forms.py

Verbs: every verb of each premise act's ``verbs`` (infinitives; a separable particle written
"toe|nemen"). Forms: those of lrt_search/lexicon/verb_forms.py (a strong verb's from
inflections.toml ``dutch_strong``), each checked with Hunspell nl (Debian's hunspell-nl, read
with spylls): a sentence with a form Hunspell does not know is not written. A strong verb
``dutch_strong`` lacks (:data:`LEXICON_LACKS`: "brengen", "heffen", "houden", "krimpen",
"laten") gets its real past and participle here, and its rows whose form the reader cannot
make are written with ``known_miss`` saying so.

Rows (``kind``), each with ``act``, ``verb``, ``sentence`` and ``stated`` (whether the sentence
states ``act``):

- stated: the verb's third person in a main clause with the particle split off at the clause's
  end (``main_present``: "De instroom neemt dit jaar toe."), its past (``main_past``), its
  plural (``main_plural``), the particle before an amount (``amount``: "neemt sterk toe met
  500."), "om ... te" (``om_te``: "om de taakstelling toe te nemen"), a verb cluster
  (``te_laten``: "om de toewijzingen toe te laten nemen", ``modal``: "dat de instroom toe zal
  nemen"), the perfect (``perfect``: "heeft de taakstelling toegenomen"; ``passive``: "is ...
  toegenomen") and subordinate order (``subordinate``: "meldt dat de instroom toeneemt",
  ``subordinate_past``). Verbs without a particle get the same frames but the split and
  cluster ones.
- not stated: the base verb without its particle (``base_alone``: "Het COA neemt de
  taakstelling."), the particle as part of another word (``joined_word``: "daartoe",
  "erop", only words Hunspell knows), the particle as a preposition before a noun
  (``preposition``: "Het COA stapt dit jaar op de locatie."), and the verbs of the act's
  ``opposite`` in the stated frames (``opposite``: "neemt ... af" for raise).

Subjects, things and adjuncts are words of the minutes ("het COA", "de taakstelling", "de
bezetting in Ter Apel"), none of them a stated form of any act. Seeded (:data:`SEED`): the
subject, thing and adjunct of each sentence are drawn at random.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from toml_rows import unique_rows, write_rows  # the script's folder is on the path

from lrt_search.lexicon.datafiles import bundled_toml
from lrt_search.lexicon.verb_forms import VerbForms, verb_forms

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "act_stated_forms.toml"
SEED = 30

SUBJECTS = ["Het COA", "De VNG", "Het IPO", "SJenV", "Het kabinet", "De gemeente Utrecht"]
THINGS = [
    "het aantal statushouders",
    "de instroom",
    "de taakstelling",
    "de bezetting in Ter Apel",
    "de opvangcapaciteit",
    "het aantal opvangplekken",
    "de huisvesting van statushouders",
    "de wachttijd",
    "de noodopvang",
    "de pilot",
]
ADJUNCTS = [
    "dit jaar",
    "volgens het COA",
    "de komende maanden",
    "opnieuw",
    "sterk",
    "in 2024",
    "naar verwachting",
    "per 1 januari",
]
#: Particles that are prepositions too ("op de locatie"); not "aan": after "sluit" or "schuift"
#: a phrase with "aan" keeps the joining sense ("sluit aan de tafel"), no row of either label.
PREPOSITIONS = {"op", "in", "uit", "bij", "door", "over", "voor", "om", "na"}
NOUNS = ["de locatie", "de agenda", "het overleg"]

#: Strong verbs inflections.toml ``dutch_strong`` lacked at the table's first commit: past
#: singular, plural, participle, written here apart from the lexicon (since session 30 task C2
#: the lexicon has them: rows of a verb whose forms the reader makes otherwise get ``known_miss``).
LEXICON_LACKS = {
    "brengen": ("bracht", "brachten", "gebracht"),
    "heffen": ("hief", "hieven", "geheven"),
    "houden": ("hield", "hielden", "gehouden"),
    "krimpen": ("kromp", "krompen", "gekrompen"),
    "laten": ("liet", "lieten", "gelaten"),
}
MISS = "dutch_strong lacks this strong verb: its past and participle are not made"
#: A stated pattern of acts.toml that reads a base verb alone, whatever follows (data of
#: session 26, not this rule): its rows of ``base_alone``, ``joined_word``, ``preposition``.
DATA_READS_BASE = {("leave", "stappen"): "leave's `stated` 'stapt\\w*' holds every form of stappen"}


def _hunspell():  # type: ignore[no-untyped-def]
    from spylls.hunspell import Dictionary

    return Dictionary.from_files("/usr/share/hunspell/nl")


def _forms(verb: str) -> tuple[VerbForms, bool]:
    """The verb's forms, with the real ones of :data:`LEXICON_LACKS`; whether they differ from
    the lexicon's (the reader's)."""
    forms = verb_forms(verb)
    for base, (past, pasts, participle) in LEXICON_LACKS.items():
        if forms.infinitive.endswith(base):
            prefix = forms.infinitive[: -len(base)]
            part = participle[2:] if prefix in ("ver", "be", "ont", "her", "ge") else participle
            real = VerbForms(
                forms.particle,
                forms.infinitive,
                forms.stem,
                forms.third,
                prefix + past,
                prefix + pasts,
                prefix + part,
            )
            return real, real != forms
    return forms, False


def _stated_frames(f: VerbForms, pick: random.Random) -> list[tuple[str, str, bool]]:
    """(kind, sentence, needs a past or participle) of the frames that state the verb."""
    s, t, m = pick.choice(SUBJECTS), pick.choice(THINGS), pick.choice(ADJUNCTS)
    p = f.particle
    sp = f" {p}" if p else ""
    rows = [
        ("main_present", f"{t.capitalize()} {f.third} {m}{sp}.", False),
        ("main_past", f"{t.capitalize()} {f.past} {m}{sp}.", True),
        ("main_plural", f"De aantallen {f.infinitive} {m}{sp}.", False),
        ("om_te", f"{s} doet een voorstel om {t}{sp} te {f.infinitive}.", False),
        ("te_laten", f"{s} doet twee suggesties om {t}{sp} te laten {f.infinitive}.", False),
        ("perfect", f"{s} heeft {t} {p}{f.participle}.", True),
        ("passive", f"{t.capitalize()} is {m} {p}{f.participle}.", True),
        ("subordinate", f"{s} meldt dat {t} {m} {p}{f.third}.", False),
        ("subordinate_past", f"{s} meldde dat {t} {m} {p}{f.past}.", True),
    ]
    if p:
        rows.append(("amount", f"{t.capitalize()} {f.third} {m} {p} met 500.", False))
        rows.append(("modal", f"{s} verwacht dat {t} {p} zal {f.infinitive}.", False))
    return rows


def _unstated_frames(
    f: VerbForms, known: set[str], pick: random.Random, own: set[str]
) -> list[tuple[str, str]]:
    """(kind, sentence) of the frames that do not state the verb; none when the base verb is
    itself a verb of the act (``own``: "starten" of "op|starten")."""
    s, t, m = pick.choice(SUBJECTS), pick.choice(THINGS), pick.choice(ADJUNCTS)
    p = f.particle
    if not p or f.infinitive in own:
        return []
    rows = [("base_alone", f"{s} {f.third} {t}.")]
    rows += [
        ("joined_word", f"{s} {f.third} {w} {t}.") for w in ("daar" + p, "er" + p) if w in known
    ]
    if p in PREPOSITIONS:
        rows.append(("preposition", f"{s} {f.third} {m} {p} {pick.choice(NOUNS)}."))
    return rows


def _words_known(sentence: str, forms: VerbForms, check) -> bool:  # type: ignore[no-untyped-def]
    """Whether Hunspell knows every word of ``sentence`` that is a form of the verb."""
    made = {forms.particle + w for w in (forms.third, forms.past, forms.pasts, forms.participle)}
    made |= {forms.third, forms.past, forms.pasts, forms.infinitive}
    return all(check(w) for w in re.findall(r"\w+", sentence.lower()) if w in made)


#: The stated frames an opposite act's verbs are written in.
OPPOSITE_FRAMES = ("main_present", "om_te", "te_laten", "perfect", "subordinate", "amount")


def _row(act: str, verb: object, kind: str, sentence: str, stated: bool, why: str = "") -> dict:
    row = {"act": act, "verb": verb, "kind": kind, "sentence": sentence, "stated": stated}
    return row | ({"known_miss": why} if why else {})


def _act_rows(act: str, data: dict, pick: random.Random, check, known: set[str]) -> list[dict]:  # type: ignore[no-untyped-def]
    """The rows of one premise act: its verbs stated and not, its opposite's verbs."""
    out = []
    own = {str(v) for v in data[act]["verbs"] if "|" not in str(v)}
    for verb in data[act].get("verbs", []):
        forms, lacks = _forms(str(verb))
        for kind, sentence, needs in _stated_frames(forms, pick):
            if _words_known(sentence, forms, check):
                out.append(_row(act, verb, kind, sentence, True, MISS if lacks and needs else ""))
        why = DATA_READS_BASE.get((act, forms.infinitive), "")
        for kind, sentence in _unstated_frames(forms, known, pick, own):
            if _words_known(sentence, forms, check):
                out.append(_row(act, verb, kind, sentence, False, why))
    for verb in data.get(str(data[act].get("opposite", "")), {}).get("verbs", []):
        forms, _ = _forms(str(verb))
        for kind, sentence, _ in _stated_frames(forms, pick):
            if kind in OPPOSITE_FRAMES and _words_known(sentence, forms, check):
                out.append(_row(act, verb, "opposite", sentence, False))
    return out


def rows() -> list[dict[str, object]]:
    data = bundled_toml("acts.toml")
    pick = random.Random(SEED)
    check = _hunspell().lookup
    particles = PREPOSITIONS | {"aan", "toe", "af", "mee"}
    known = {w for p in particles for w in ("daar" + p, "er" + p) if check(w)}
    out: list[dict[str, object]] = []
    for act in [name for name, table in data.items() if table.get("premise")]:
        out += _act_rows(act, data, pick, check, known)
    return unique_rows(out, ["act", "sentence"])


def main() -> None:
    table = rows()
    head = (
        "# Generated by eval/make_act_stated_forms.py (issue 16 session 30 task C; rule\n"
        "# act_forms_split_read): a sentence states `act` or not; see the script's header.\n\n"
    )
    write_rows(OUT, head, table)


if __name__ == "__main__":
    main()
