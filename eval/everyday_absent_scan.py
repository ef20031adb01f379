"""What separates the absent words of answerable ``topic_absent`` refusals from those of
unanswerable ones (issue 16 task F, session 16): per refusal of a dump, per missing word its
general-language Zipf, word class, role in the topic, and whether a synonym group or a compound
part of it reaches the minutes; then the counts per class (A answerable, U unanswerable) and
family (design halves, dev, generated, other readable) of candidate rules that would lift the
gate.

    python eval/everyday_absent_scan.py DUMP.json [--gate-off OFF.json] [--sets a,b]

``OFF.json`` is a dump of the same sets with the topic gate off (``python eval/answer_sets.py
--sets <readable> --disable topic_known --disable implied_topic_known --dump OFF.json``): the
table then shows what ``ask`` would answer past the gate (``gold`` quoted, ``nogold``, or the
reason it still refuses), the ceiling of any gate rule. Word class: ``A`` adjective / ``V``
verb form (hunspell-nl, :mod:`lrt_search.lexicon.wordclass`), ``N`` noun or unlisted Dutch
word, English ``N`` a WordNet noun, ``X`` no noun. Role: ``H`` the head of an "X of Y" topic or
a noun of an implied topic, ``M`` a modifier or a paraphrase word (adjective, verb). ``syn``:
another word of the word's synonym group (lexicon/data/synonyms.toml) is an index term;
``part``: a compound part of the word (five letters or more) is one. Held-out sets are skipped;
the test split is never in a dump.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from answer_misses import _frame  # the script's folder is on the path
from topic_absent_features import topic_absent_records

from lrt_search import Settings
from lrt_search.answer.answering import _asked
from lrt_search.answer.informativeness import informativeness, zipf
from lrt_search.answer.semantic_evidence import pool_statements
from lrt_search.answer.topic_head import topic_head
from lrt_search.evaluation import engine_for
from lrt_search.lexicon.dutch_forms import class_form
from lrt_search.lexicon.synonyms import Synonyms
from lrt_search.lexicon.wordclass import dutch_class, english_noun

#: Zipf floors of an "everyday" word tried by the candidate rules.
_FLOORS = (3.5, 4.0, 4.5)


def _family(name: str) -> str:
    if name.startswith("blind") and name.endswith("_design"):
        return "design"
    return name if name in ("dev", "generated") else "other"


def _word_class(word: str, english: bool) -> str:
    if english:
        return "N" if english_noun(word)[0] else "X"
    return dutch_class(class_form(word)) or "N"


def _reaches(retriever, word: str, english: bool, synonyms: Synonyms) -> tuple[bool, bool]:
    """(a synonym of ``word`` is an index term, a compound part of five letters or more is)."""
    terms = retriever.bm25.terms
    analyzer = retriever.analyzer
    syn = not english and any(
        set(analyzer.tokenize_query(other, terms)) & set(terms) for other in synonyms.expand(word)
    )
    cuts = range(5, len(word) - 2)
    part = any(word[-n:] in analyzer.vocabulary or word[:n] in analyzer.vocabulary for n in cuts)
    return syn, part


def _features(engine, record: dict, synonyms: Synonyms) -> dict | None:
    asked = _asked(_frame(engine, record["question"]))
    check = asked.topic_check
    if check is None:
        return None
    lang = "en" if check.english else "nl"
    head = set(topic_head(asked.topic)[0]) if not asked.topic_implied else set()
    words = []
    for name, parts, _ in check.lacking:
        word = max(parts, key=lambda w: zipf(w, lang))
        cls = _word_class(name.split()[-1] if check.english else word, check.english)
        if asked.topic_implied:
            role = "H" if cls == "N" else "M"
        else:
            role = "H" if (set(name.split()) & head or not head) and cls == "N" else "M"
        syn, part = _reaches(asked.retriever, word, check.english, synonyms)
        words.append(
            {"word": name, "zipf": max(zipf(w, lang) for w in parts), "cls": cls, "role": role,
             "syn": syn, "part": part}
        )  # fmt: skip
    found = sum(max(informativeness(w, check.english) for w in u[1]) for u in check.found)
    return {"implied": asked.topic_implied, "share": check.missing_share, "found": found,
            "nfound": len(check.found), "words": words,
            "e5": _dense(asked.retriever, record["question"])}  # fmt: skip


def _dense(retriever, question: str) -> tuple[float, float, float]:
    """The e5 cosine of the question to its nearest statement of the pool, that statement's
    z over the pool, and its margin over the second nearest (nan when there is no pool)."""
    pooled = pool_statements(retriever, retriever.query_vector(question))
    if pooled is None or len(pooled[2]) < 2:
        return float("nan"), float("nan"), float("nan")
    sims = sorted(pooled[2].tolist(), reverse=True)
    z = (sims[0] - float(pooled[2].mean())) / max(float(pooled[2].std()), 1e-9)
    return sims[0], z, sims[0] - sims[1]


def _rules(feat: dict) -> list[str]:
    """The candidate rules that would lift this refusal."""
    out = []
    words = feat["words"]
    has_found = feat["nfound"] > 0 and bool(words)
    for floor in _FLOORS:
        every = all(w["zipf"] >= floor for w in words)
        if every and has_found:
            out.append(f"everyday>={floor}+found")
        if every and has_found and all(w["role"] == "M" for w in words):
            out.append(f"everyday>={floor}+found+modifier")
        if every and has_found and all(w["cls"] in "AVX" for w in words):
            out.append(f"everyday>={floor}+found+not_noun")
    if has_found and all(w["syn"] for w in words):
        out.append("synonym_in_minutes")
    if has_found and all(w["syn"] or w["part"] for w in words):
        out.append("synonym_or_part")
    if has_found and feat["share"] < 0.6 and all(w["role"] == "M" for w in words):
        out.append("modifier+share<0.6")
    _cos, z, margin = feat["e5"]
    for least in (3.0, 3.5):
        if has_found and z >= least:
            out.append(f"found+e5_z>={least}")
    if has_found and margin >= 0.01:
        out.append("found+e5_margin>=0.01")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dump", type=Path)
    parser.add_argument("--gate-off", type=Path, default=None)
    parser.add_argument("--sets", default="")
    args = parser.parse_args()
    wanted = set(filter(None, args.sets.split(",")))
    records = json.loads(args.dump.read_text(encoding="utf-8"))
    off = json.loads(args.gate_off.read_text(encoding="utf-8")) if args.gate_off else {}
    engine = engine_for(Settings(), progress=False)
    synonyms = Synonyms.default()
    counts: Counter = Counter()
    lifted: dict = {}
    for key, name, record in topic_absent_records(records, wanted):
        feat = _features(engine, record, synonyms)
        if feat is None:
            continue
        cls = "A" if record["answerable"] else "U"
        family = _family(name)
        after = off.get(key)
        if after is None:
            past = "-"
        elif after["abstained"]:
            past = after.get("reason_code") or "abstained"
        else:
            past = ("gold" if after.get("has_gold") else "nogold") + f"/{after.get('label')}"
        for rule in ["all", *_rules(feat)]:
            counts[(rule, family, cls)] += 1
            if past.startswith("gold") or (cls == "U" and past.startswith("nogold")):
                counts[(rule, family, cls + "+")] += 1
            if rule != "all" and (cls == "A" or family != "other"):
                lifted.setdefault(rule, []).append(f"{cls}:{record['id']}")
        words = " ".join(
            f"{w['word']}(z{w['zipf']:.1f},{w['cls']},{w['role']}"
            f"{',syn' if w['syn'] else ''}{',part' if w['part'] else ''})"
            for w in feat["words"]
        )
        print(
            f"{cls}\t{family}\t{key}\t{'implied' if feat['implied'] else 'about'} share "
            f"{feat['share']:.2f} found {feat['nfound']} (w{feat['found']:.1f}) e5 cos "
            f"{feat['e5'][0]:.3f} z {feat['e5'][1]:.2f} margin {feat['e5'][2]:.3f}\t{words}\t"
            f"past gate: {past}\t{record['question']}",
            flush=True,
        )
    _print_counts(counts, lifted)
    return 0


def _print_counts(counts: Counter, lifted: dict) -> None:
    rules = sorted({r for r, _, _ in counts if r != "all"}, key=lambda r: (r[0] != "e", r))
    families = ("design", "dev", "generated", "other")
    print("\nrule\t" + "\t".join(f"{f} A/U (gold/answered past the gate)" for f in families))
    for rule in ["all", *rules]:
        cells = [
            f"{counts[(rule, f, 'A')]}/{counts[(rule, f, 'U')]} "
            f"({counts[(rule, f, 'A+')]}/{counts[(rule, f, 'U+')]})"
            for f in families
        ]
        print(f"{rule}\t" + "\t".join(cells))
    for rule in rules:
        print(f"{rule}: lifted (A anywhere; U of design, dev, generated): "
              f"{' '.join(lifted.get(rule, []))}")  # fmt: skip


if __name__ == "__main__":
    sys.exit(main())
