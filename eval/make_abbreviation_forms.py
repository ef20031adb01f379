"""Write tests/data/abbreviation_forms.toml: every abbreviation the minutes write, in the forms
users and the minutes inflect and compound it (issue 16 session 24 task D2), with what the
question reader must find in each.

    python eval/make_abbreviation_forms.py

Abbreviations: the index's table ``capital_words`` of the bundled corpus (no stopword, no word
of general Dutch or English, letters only, 2-6 long), the organisations' codes and aliases
(letters only, two capitals or more) and the glossary's and synonyms' short Dutch terms of no
general use ("amv", "azc"). Forms of each: plural/genitive "'s" and "s", lower case, the person
suffix "'ers" / "-ers" / "ers", the English genitive, a hyphenated compound with a noun of the
minutes before and after it, the compound written joined (lower case, 3 letters or more).

Each row: ``form``; ``terms``: the index terms of the abbreviation, one of which the reader must
give (with the minutes' own joined form, "OEK'ers" -> "oeker", where the minutes write it);
``other``: the index terms of the compound's other part (all required); ``words``: the words of
the minutes the row's reader knows (tests/unit/search/test_abbreviation_forms.py reads every
row).
"""

from __future__ import annotations

from pathlib import Path

from toml_rows import write_rows  # the script's folder is on the path

from lrt_search.config import Settings
from lrt_search.evaluation import engine_for
from lrt_search.index.analysis import DutchAnalyzer, dutch_stopwords, english_stopwords
from lrt_search.index.facts import corpus_facts
from lrt_search.lexicon.glossary import Glossary
from lrt_search.lexicon.wordfreq import zipf

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "abbreviation_forms.toml"
#: Nouns of the minutes to compound with (kept only where the minutes write them).
NOUNS = ("locaties", "regeling", "leden", "bestuur", "plekken", "bewoners", "medewerkers",
         "voorzieningen", "capaciteit", "locatie", "kosten", "aanpak")  # fmt: skip


def general(word: str) -> bool:
    """A stopword, or (of four letters or more) a word of general Dutch or English."""
    low = word.lower()
    if low in dutch_stopwords() or low in english_stopwords():
        return True
    return len(low) >= 4 and max(zipf(low, "nl"), zipf(low, "en")) >= 3.0


def abbreviations(engine) -> list[str]:
    """The abbreviations, as the minutes (or the organisation table) write them."""
    found = {w for w in corpus_facts(engine.chunks).capital_words() or set()}
    for org in engine.orgs.organisations.values():
        found.update(a for a in (org.code, *org.aliases) if sum(c.isupper() for c in a) >= 2)
    for entry in Glossary.default().entries:
        for term in entry.nl:
            base = term.removesuffix("'s").removesuffix("'ers")
            rare = max(zipf(base, "nl"), zipf(base, "en")) < 3.0
            if base.isalpha() and 2 <= len(base) <= 5 and rare:
                found.add(base)
    keep = {
        w for w in found
        if w.isalpha() and 2 <= len(w) <= 6 and not general(w) and w.upper() != "II"
    }  # fmt: skip
    keep = {w for w in keep if not (w.endswith("s") and w[:-1] in keep)}  # "CDKs" of "CDK"
    by_key: dict[str, str] = {}
    for w in sorted(keep):  # one spelling per abbreviation: the minutes' capitals first
        by_key.setdefault(w.lower(), w)
    return sorted(by_key.values(), key=str.lower)


def forms(abbr: str, nouns: list[str]) -> list[tuple[str, str, str]]:
    """(kind, form, noun) of one abbreviation."""
    low = abbr.lower()
    rows = [
        ("plural_apostrophe", f"{abbr}'s", ""),
        ("plural_s", f"{abbr}s", ""),
        ("lower_plural", f"{low}'s", ""),
        ("lower", f"de {low}", ""),
        ("genitive_en", f"the {abbr}'s", ""),
        ("ers_apostrophe", f"{abbr}'ers", ""),
        ("ers_hyphen", f"{abbr}-ers", ""),
        ("ers_lower", f"{low}'ers", ""),
    ]
    for i, noun in enumerate(nouns):
        rows += [
            ("compound_after", f"{abbr}-{noun}", noun),
            ("compound_after_lower", f"{low}-{noun}", noun),
            ("compound_before", f"{noun}-{abbr}", noun),
        ]
        if len(abbr) >= 3 and i == 0:
            rows += [("ers_joined", f"{low}ers", ""), ("compound_joined", f"{low}{noun}", noun)]
    return rows


def terms(analyzer: DutchAnalyzer, text: str) -> list[str]:
    """The index terms of ``text`` (stems, no compound parts)."""
    return [analyzer.with_options(decompound=False).tokenize(w)[0] for w in text.split()]


def build() -> list[dict[str, object]]:
    """Every row of the table."""
    engine = engine_for(Settings(), progress=False)
    facts = corpus_facts(engine.chunks)
    analyzer = DutchAnalyzer(stemmer=Settings().stemmer)
    nouns = [n for n in NOUNS if n in facts]
    rows: list[dict[str, object]] = []
    for k, abbr in enumerate(abbreviations(engine)):
        low = abbr.lower()
        picked = [nouns[(2 * k) % len(nouns)], nouns[(2 * k + 1) % len(nouns)]]
        for kind, form, noun in forms(abbr, picked):
            accepted = terms(analyzer, low)
            joined = form.replace("'", "").replace("-", "").lower()
            known = [low, *([noun] if noun else [])]
            if kind.startswith("ers") and joined in facts:
                accepted.append(terms(analyzer, joined)[0])  # the minutes' "OEK'ers"
                known.append(joined)
            rows.append(
                {
                    "abbreviation": abbr,
                    "kind": kind,
                    "form": form,
                    "terms": accepted,
                    "other": terms(analyzer, noun) if noun else [],
                    "words": known,
                }
            )
    return rows


HEAD = (
    "# Issue 16 session 24 task D2: abbreviations of the minutes inflected and compounded, and\n"
    "# the index terms the question reader must find in each (written by\n"
    "# eval/make_abbreviation_forms.py; read by tests/unit/search/test_abbreviation_forms.py).\n\n"
)


def main() -> int:
    """Write the table."""
    write_rows(OUT, HEAD, build())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
