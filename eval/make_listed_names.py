"""Write tests/data/listed_names.toml: an organisation name written with its article ("de
commissaris van de koning", "het COA", "the IPO") is the body the alias table resolves its name
to (issue 16, session 30 task F2; rule ``listed_names_article_free``, read by rule
attendance_org_listed's ``not_listed``).

Rules of the table (also in its header):
- Names: the code and every alias and query alias of each body of lexicon/data/organisations.toml
  that the alias table resolves to that body and that starts with no article; a seeded draw of
  one article of function_words.toml ``articles`` ("de", "het", "the") before it.
- Twins: the topics of the minutes' item headings with their article ("de spreidingswet", "het
  coördinatiecentrum", "the housing target"): no body.
- Expected: ``code``, the body ("" for none); ``at_main``: whether the alias table resolved the
  name with its article before the rule.
Not built from questions of any answer set.
Run: PYTHONPATH=. .venv/bin/python eval/make_listed_names.py
"""

from __future__ import annotations

import random
import tomllib
from pathlib import Path

from toml_rows import unique_rows, write_rows  # the script's folder is on the path

from lrt_search.lexicon.organisations import OrgTable

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "lrt_search" / "lexicon" / "data"
OUT = ROOT / "tests" / "data" / "listed_names.toml"
HEADER = __doc__.split("Rules of the table (also in its header):\n", 1)[1].split("Run:")[0]
SEED = 30
ARTICLES = ["de", "het", "the"]
TOPICS = ["spreidingswet", "coördinatiecentrum", "housing target", "taakstelling", "opvang"]


def rows() -> list[dict[str, object]]:
    rng = random.Random(SEED)
    orgs = OrgTable.default()
    data = tomllib.loads((DATA / "organisations.toml").read_text(encoding="utf-8"))["org"]
    out: list[dict[str, object]] = []
    for code, org in data.items():
        for name in (code, *org.get("aliases", []), *org.get("query_aliases", [])):
            if name.split()[0].lower() in ARTICLES or orgs.resolve(name) != code:
                continue
            written = f"{rng.choice(ARTICLES)} {name}"
            out.append({"name": written, "code": code, "at_main": orgs.resolve(written) == code})
    for topic in TOPICS:
        written = f"{rng.choice(ARTICLES)} {topic}"
        out.append({"name": written, "code": "", "at_main": True})
    return unique_rows(out, ["name"])


def main() -> None:
    write_rows(
        OUT, "".join("# " + line + "\n" for line in HEADER.strip().splitlines()) + "\n", rows()
    )


if __name__ == "__main__":
    main()
