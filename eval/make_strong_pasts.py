"""Write the Dutch strong and irregular verbs (lrt_search/lexicon/data/strong_verbs.toml) and
their test table (tests/data/strong_pasts.toml) for rule ``strong_pasts_read`` (issue 16
session 28 task B): a question's past form of a strong verb ("verbleven", "besloot", "boden",
"ontvingen", "ging ... akkoord") is read as its infinitive in the topic lookup.

    python eval/make_strong_pasts.py

Sources (no questions): Hunspell's Dutch dictionary (/usr/share/hunspell/nl.dic, Debian's
``hunspell-nl``: it lists a strong verb's past forms and participle as words of their own,
"bleef", "bleven", "gebleven"), wordfreq's Dutch frequencies, and inflections.toml
``dutch_strong`` (read as it is; its verbs are not written again).

Rules:
1. A base verb is a Hunspell word of letters ending in "en" (Zipf ``MIN_ZIPF`` or more) with a
   stem of one syllable after its onset (``_split``: onset, vowel, coda: "bl|ij|v"). Each
   ablaut series of ``SERIES`` (the vowel of the infinitive -> that of the past singular,
   past plural and participle, by the grammars' seven classes: "ij" -> "ee", "ee", "ee";
   "ie"/"ui" -> "oo", "oo", "oo"; "i"+cluster -> "o"; "e"+cluster -> "o" or "ie", "o";
   "e" -> "a", "aa", "o" or "e"; "a"/"aa" -> "oe", "oe", "a"; "a"/"oo"/"oe"/"ou"/"aa" -> "ie",
   "ie", the infinitive's) makes its three forms with Dutch spelling (a long vowel doubled
   in a closed syllable, single in an open one, a final v/z devoiced, a double consonant
   single at the end, "ge-" before the participle); the series is kept when general Dutch
   writes all three (each a Hunspell word, Zipf ``MIN_FORM_ZIPF`` or more) and writes the
   weak past ("-de"/"-te") less often than the strong one. A verb made of a prefix or
   particle (inflections.toml ``dutch_verb_prefixes``, ``dutch_verb_particles``) and a
   kept verb is left to the reader ("verblijven" is "ver" + "blijven").
   A series is kept over the weak past only when general Dutch writes its past more often
   than the weak past Hunspell accepts ("bijtte" is accepted, "beet" is written).
2. The irregular verbs no series makes (``IRREGULAR``: "gaan"/"ging", "komen"/"kwam",
   "brengen"/"bracht", ...) are written here from the grammars, each form checked against
   Hunspell (a row with a form Hunspell lacks is dropped and printed).
3. Table rows: every past singular, past plural and participle of each verb (kind "past",
   "past_plural", "participle"), and of each with a prefix or particle whose infinitive
   and form Hunspell holds ("verbleven",
   "ontvingen", "voorgesteld" of "voorstellen" is weak and is no row), each with its
   infinitive; twins (``infinitive = ""``): the forms a series makes of a Hunspell verb it does
   not hold ("leven" of "lijven", "geleven"), when general Dutch writes them, and the
   infinitives and present forms of the kept verbs (no past: "blijven", "blijft").
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

from toml_rows import unique_rows, write_rows  # the script's folder is on the path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "lrt_search" / "lexicon" / "data"
OUT_VERBS = DATA / "strong_verbs.toml"
OUT_TABLE = ROOT / "tests" / "data" / "strong_pasts.toml"
HUNSPELL = Path("/usr/share/hunspell/nl.dic")
MIN_ZIPF = 2.0  # a base verb general Dutch writes
MIN_FORM_ZIPF = 1.0  # each of its past forms
MIN_PART_ZIPF = 1.5  # its participle
WEAK_ZIPF = 1.5  # a weak past Hunspell accepts and general Dutch writes this often: a weak verb
#: Verbs the series keep whose forms are other words (read by hand: "noot" is no past of
#: "nieten", "rad" none of "reden", "broed" none of "braden", "wak" none of "weken").
HAND_EXCLUDED = ("braden", "kloven", "nieten", "reden", "tuigen", "weken")
VOWELS = "aeiouy"
#: The infinitive's vowel -> past singular, past plural, participle vowels; "coda" says whether
#: the series takes a coda of one consonant ("open": bl-ij-v-en) or a cluster ("closed"), or
#: only the coda written there (class 7's "a": "ll" vallen, "ng" hangen, vangen).
SERIES = (
    ("ij", "ee", "ee", "ee", "open"),  # 1 blijven bleef bleven gebleven
    ("ie", "oo", "oo", "oo", "open"),  # 2a bieden bood boden geboden
    ("ui", "oo", "oo", "oo", "open"),  # 2b sluiten sloot sloten gesloten
    ("ee", "oo", "oo", "oo", "open"),  # 2c wegen woog wogen gewogen
    ("i", "o", "o", "o", "closed"),  # 3a binden bond bonden gebonden
    ("e", "o", "o", "o", "closed"),  # 3b zenden zond zonden gezonden
    ("e", "ie", "ie", "o", "closed"),  # 3c helpen hielp hielpen geholpen
    ("ee", "a", "aa", "oo", "open"),  # 4 breken brak braken gebroken
    ("ee", "a", "aa", "ee", "open"),  # 5 geven gaf gaven gegeven
    ("aa", "oe", "oe", "aa", "open"),  # 6 dragen droeg droegen gedragen
    ("a", "ie", "ie", "a", "ll"),  # 7 vallen viel vielen gevallen
    ("aa", "ie", "ie", "aa", "open"),  # 7 laten liet lieten gelaten
    ("a", "i", "i", "a", "ng"),  # 7 vangen ving vingen gevangen
    ("oo", "ie", "ie", "oo", "open"),  # 7 lopen liep liepen gelopen
    ("oe", "ie", "ie", "oe", "open"),  # 7 roepen riep riepen geroepen
    ("ou", "ie", "ie", "ou", "open"),  # 7 houden hield hielden gehouden
)
#: Irregular verbs (infinitive, present, past, past plural, participle) no series makes.
IRREGULAR = (
    ("gaan", "gaat", "ging", "gingen", "gegaan"),
    ("staan", "staat", "stond", "stonden", "gestaan"),
    ("doen", "doet", "deed", "deden", "gedaan"),
    ("komen", "komt", "kwam", "kwamen", "gekomen"),
    ("zijn", "is", "was", "waren", "geweest"),
    ("hebben", "heeft", "had", "hadden", "gehad"),
    ("worden", "wordt", "werd", "werden", "geworden"),
    ("brengen", "brengt", "bracht", "brachten", "gebracht"),
    ("mogen", "mag", "mocht", "mochten", "gemogen"),
    ("kunnen", "kan", "kon", "konden", "gekund"),
    ("moeten", "moet", "moest", "moesten", "gemoeten"),
    ("vragen", "vraagt", "vroeg", "vroegen", "gevraagd"),
    ("jagen", "jaagt", "joeg", "joegen", "gejaagd"),
    ("zweren", "zweert", "zwoer", "zwoeren", "gezworen"),
    ("scheppen", "schept", "schiep", "schiepen", "geschapen"),
    ("heffen", "heft", "hief", "hieven", "geheven"),
    ("wassen", "wast", "wies", "wiesen", "gewassen"),
    ("zitten", "zit", "zat", "zaten", "gezeten"),
    ("liggen", "ligt", "lag", "lagen", "gelegen"),
    ("bidden", "bidt", "bad", "baden", "gebeden"),
    ("eten", "eet", "at", "aten", "gegeten"),
    ("sterven", "sterft", "stierf", "stierven", "gestorven"),
    ("bederven", "bederft", "bedierf", "bedierven", "bedorven"),
    ("zwerven", "zwerft", "zwierf", "zwierven", "gezworven"),
    ("trekken", "trekt", "trok", "trokken", "getrokken"),
    ("plegen", "pleegt", "placht", "plachten", "gepleegd"),
    ("waaien", "waait", "woei", "woeien", "gewaaid"),
    ("houden", "houdt", "hield", "hielden", "gehouden"),
    ("slaan", "slaat", "sloeg", "sloegen", "geslagen"),
    ("zien", "ziet", "zag", "zagen", "gezien"),
)


def zipf(word: str) -> float:
    import wordfreq

    return wordfreq.zipf_frequency(word, "nl")


def hunspell_words() -> tuple[set[str], set[str]]:
    """Hunspell's Dutch words (lower case, letters only; flags dropped), and those of them it
    flags as a verb's infinitive (flag "Vi": it makes the present forms)."""
    out, verbs = set(), set()
    for line in HUNSPELL.read_text(encoding="utf-8", errors="replace").splitlines()[1:]:
        word, _, flags = line.strip().replace("\u0133", "ij").partition("/")
        if word.isalpha() and word.islower():
            out.add(word)
            if "Vi" in flags:
                verbs.add(word)
    return out, verbs


def _split(stem: str) -> tuple[str, str, str] | None:
    """(onset, vowel, coda) of a stem of one syllable ("blijv": "bl", "ij", "v"); None when
    the stem has another vowel or none."""
    i = len(stem)
    while i and stem[i - 1] not in VOWELS + "j":
        i -= 1
    j = i
    while j and (stem[j - 1] in VOWELS or (stem[j - 1] == "j" and j >= 2 and stem[j - 2] == "i")):
        j -= 1
    onset, vowel, coda = stem[:j], stem[j:i], stem[i:]
    if not vowel or not coda or any(c in VOWELS for c in onset):
        return None
    if vowel not in ("a", "e", "i", "o", "u", "aa", "ee", "oo", "ie", "ij", "ui", "oe", "ou"):
        return None
    return onset, vowel, coda


def _devoice(coda: str) -> str:
    """A final v/z unvoiced, a double consonant single ("blijv" -> "blijf", "begonn" -> "begon")."""
    coda = {"v": "f", "z": "s"}.get(coda[-1], coda[-1]) if len(coda) == 1 else coda
    if len(coda) == 2 and coda[0] == coda[1]:
        coda = coda[0]
    return coda


def _open(vowel: str) -> str:
    """A long vowel in an open syllable ("ee" -> "e" in "bleven"; "ie", "oe", "ij" kept)."""
    return vowel[0] if vowel in ("aa", "ee", "oo", "uu") else vowel


def series_forms(infinitive: str) -> list[tuple[str, str, str, str, str]]:
    """(present, past, past plural, participle, series vowel) of ``infinitive`` by each series
    of ``SERIES`` its vowel and coda fit."""
    if not infinitive.endswith("en") or len(infinitive) < 5:
        return []
    parts = _split(infinitive[:-2])
    if parts is None:
        return []
    onset, vowel, coda = parts
    single = len(coda) == 1
    out = []
    for inf_vowel, sg, pl, ptc, kind in SERIES:
        written = _open(inf_vowel) if single and kind == "open" else inf_vowel
        if vowel != written or (kind in ("open", "closed") and (kind == "open") != single):
            continue
        if kind not in ("open", "closed") and coda != kind:
            continue
        present = onset + (inf_vowel if kind == "open" else vowel) + _devoice(coda)
        present += "" if present.endswith("t") else "t"
        past = onset + sg + _devoice(coda)
        plural = onset + (_open(pl) if single else pl) + coda + "en"
        if not single and pl in ("o", "a") and len(coda) == 2 and coda[0] == coda[1]:
            plural = onset + pl + coda + "en"  # begonnen
        part = "ge" + onset + (_open(ptc) if single else ptc) + coda + "en"
        out.append((present, past, plural, part, inf_vowel + ">" + sg))
    return out


def _written(form: str, words: set[str]) -> bool:
    """General Dutch writes ``form``: a Hunspell word of Zipf ``MIN_FORM_ZIPF`` or more, or a
    form Hunspell makes by a suffix (no word of its own: "hielden") of Zipf 2.5 or more."""
    return zipf(form) >= (MIN_FORM_ZIPF if form in words else 2.5)


def weak_past(infinitive: str, hunspell) -> float:
    """The Zipf of the weak past of ``infinitive`` that Hunspell accepts ("wende" of "wennen",
    "leefde" of "leven"; not "blijfde"), 0 for none: a verb whose weak past general Dutch
    writes as often as a series' past is weak, whatever series its letters fit."""
    stem = infinitive[:-2]
    if len(stem) >= 2 and stem[-1] == stem[-2]:
        stem = stem[:-1]  # "klimm" -> "klim"
    elif len(stem) >= 3 and stem[-2] in "aeou" and stem[-3] not in VOWELS:
        stem = stem[:-1] + stem[-2:]  # an open syllable's vowel, doubled: "bar" -> "baar"
    stem = stem[:-1] + {"v": "f", "z": "s"}.get(stem[-1], stem[-1])
    return max([zipf(stem + e) for e in ("de", "te") if hunspell.lookup(stem + e)], default=0.0)


def strong_verbs(words: set[str], verbs: set[str], known: dict[str, tuple[str, ...]], bound):
    """The verbs the series hold (rule 1) and the twins they make of the verbs they do not."""
    from spylls.hunspell import Dictionary

    hunspell = Dictionary.from_files(str(HUNSPELL.with_suffix("")))
    kept: dict[str, tuple[str, ...]] = {}
    twins: dict[str, str] = {}
    for word in sorted(verbs):
        if not word.endswith("en") or zipf(word) < MIN_ZIPF or word in HAND_EXCLUDED:
            continue
        weak = weak_past(word, hunspell)
        # the series whose past forms general Dutch writes most ("sliep", not "sloep")
        ranked = sorted(series_forms(word), key=lambda r: -zipf(r[1]) - zipf(r[2]))
        for present, past, plural, part, _series in ranked:
            forms = (past, plural, part)
            if (
                weak < WEAK_ZIPF
                and zipf(part) >= MIN_PART_ZIPF
                and all(_written(f, words) for f in forms)
            ):
                kept.setdefault(word, (word, present, past, plural, part))
            else:
                for form in forms:
                    if form in words and zipf(form) >= MIN_FORM_ZIPF:
                        twins.setdefault(form, word)
    base = {**known, **kept}
    taken = {f for row in known.values() for f in row[2:4]}
    for word in sorted(kept, key=zipf, reverse=True):
        forms = kept[word][2:4]
        if word in taken or any(f in taken or (f in base and f != word) for f in forms):
            del kept[word]  # a past of another verb ("goten" of "gieten", "kozen" of "kiezen")
            continue
        taken.update(forms)
        if word in known or any(word.startswith(b) and word[len(b) :] in base for b in bound):
            del kept[word]  # "verblijven" is "ver" + "blijven"
    return kept, twins


def irregular(words: set[str], known: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """The rows of ``IRREGULAR`` whose forms Hunspell holds and dutch_strong lacks (rule 2)."""
    out = {}
    for row in IRREGULAR:
        if row[0] in known:
            continue
        if all(f in words or zipf(f) >= 2.5 for f in row):
            out[row[0]] = row
        else:
            print("dropped", row, [f for f in row if f not in words], file=sys.stderr)
    return out


def prefixed(row: tuple[str, ...], lead: str, inseparable: bool) -> tuple[str, ...]:
    """``row`` with ``lead`` before each form (an inseparable prefix drops the "ge-")."""
    part = row[4][2:] if inseparable and row[4].startswith("ge") else row[4]
    return (*(lead + f for f in row[:4]), lead + part)


def table_rows(verbs, twins, words, prefixes, particles) -> list[dict[str, object]]:
    """The rows of rule 3."""
    rows: list[dict[str, object]] = []
    past_forms = set()
    for row in verbs.values():
        past_forms.update(row[2:])
        for kind, form in zip(("past", "past_plural", "participle"), row[2:], strict=True):
            rows.append({"kind": kind, "form": form, "infinitive": row[0]})
    leads = [(p, True) for p in prefixes] + [(p, False) for p in particles]
    pool = []
    for row in verbs.values():
        for lead, inseparable in leads:
            new = prefixed(row, lead, inseparable)
            if _written(new[0], words):  # a verb general Dutch has ("verblijven", "ontvangen")
                named = zip(("past", "past_plural", "participle"), new[2:], strict=True)
                pool += [(k, f, new[0]) for k, f in named if _written(f, words)]
    for kind, form, infinitive in sorted(set(pool)):
        rows.append({"kind": "prefixed_" + kind, "form": form, "infinitive": infinitive})
    for form, of in sorted(twins.items()):
        if form not in past_forms and form not in verbs:
            rows.append({"kind": "twin", "form": form, "infinitive": "", "made_of": of})
    for row in verbs.values():
        for form in row[:2]:
            if form not in past_forms:
                rows.append({"kind": "not_past", "form": form, "infinitive": ""})
    return unique_rows(rows, ["form"])


def main() -> int:
    words, verbs = hunspell_words()
    inflections = tomllib.loads((DATA / "inflections.toml").read_text(encoding="utf-8"))
    known = {str(r[0]): tuple(str(f) for f in r) for r in inflections["dutch_strong"]}
    prefixes = tuple(str(p) for p in inflections["dutch_verb_prefixes"])
    particles = tuple(str(p) for p in inflections["dutch_verb_particles"])
    extra = irregular(words, known)
    kept, twins = strong_verbs(words, verbs, known, prefixes + particles + ("ge",))
    kept = {k: v for k, v in kept.items() if k not in extra}
    generated = {**extra, **kept}
    header = (
        "# Dutch strong and irregular verbs beside inflections.toml dutch_strong, written by\n"
        "# eval/make_strong_pasts.py (its header has the rules; do not edit by hand): each row is\n"
        "# [infinitive, present third person, past singular, past plural, past participle]; read\n"
        "# by rule strong_pasts_read (lrt_search.answer.premise_forms strong_infinitive).\n"
    )
    lines = [f"    {list(row)}," for _, row in sorted(generated.items())]
    text = header + "dutch_strong_more = [\n" + "\n".join(lines).replace("'", '"') + "\n]\n"
    OUT_VERBS.write_text(text, encoding="utf-8")
    every = {**known, **generated}
    rows = table_rows(every, twins, words, prefixes, particles)  # type: ignore[arg-type]
    head = "".join("# " + line + "\n" for line in (__doc__ or "").split("\n\n")[0].splitlines())
    write_rows(OUT_TABLE, head + "\n", rows)
    print(len(generated), "verbs written,", len(rows), "rows", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
