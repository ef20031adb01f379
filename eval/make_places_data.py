"""Build lrt_search/lexicon/data/places.toml: the place names of the minutes (rule
which_member_named, issue 16).

A place name is a capitalised word, or two (``Ter Apel``, ``Den Haag``), that stands after a
preposition of place or a place noun in the middle of a sentence ("in Ter Apel", "via
Zevenaar", "de locatie Budel"), is no organisation of organisations.toml, no country of the
file's list (a class of its own: "voor Syrië") and none of its ``not_places`` (the state, a
law, a meeting tool). The 12 provinces are written into the file by hand (no corpus needed).
Run ``python eval/make_places_data.py`` after the corpus changes (``--print``: only show).
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from lrt_search.answer.asked_class import _names
from lrt_search.lexicon.organisations import _load
from lrt_search.lexicon.wordlists import word_set

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "lrt_search" / "lexicon" / "data" / "places.toml"
_UPPER = "A-ZÀ-Ý"
_LOWER = "a-zà-ÿ"
_NAME = rf"[{_UPPER}][{_LOWER}]+(?:[ -][{_UPPER}][{_LOWER}]+)?"


def place_names(text: str) -> set[str]:
    """The place names of ``text``: a capitalised name after a place preposition or noun."""
    openers = "|".join(sorted(word_set("places", "place_openers")))
    pattern = re.compile(rf"(?<![.:•\-]\s)\b(?:{openers}) (?P<name>{_NAME})\b")
    orgs = _load(None)
    country = _names("countries")
    out = set()
    for match in pattern.finditer(text):
        name = match["name"]
        if orgs.mentions(name) or name.lower() in word_set("places", "not_places"):
            continue
        if country.fullmatch(name):  # a country is a class of its own
            continue
        out.add(name)
    return out


def main() -> None:
    """Collect the place names of every minutes file and write (or print) them."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--print", action="store_true", help="print the names only")
    args = parser.parse_args()
    names: set[str] = set()
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        names |= place_names(path.read_text(encoding="utf-8"))
    if args.print:
        print("\n".join(sorted(names)))
        return
    text = OUT.read_text(encoding="utf-8")
    head = text.split("minutes_places = [")[0]
    body = ", ".join(f'"{n}"' for n in sorted(names))
    OUT.write_text(f"{head}minutes_places = [{body}]\n", encoding="utf-8")
    print(f"{len(names)} place names written to {OUT}")


if __name__ == "__main__":
    main()
