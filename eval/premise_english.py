"""The premise check ``premise_supported`` as a classifier over ENGLISH why-premises (issue 16
session 25 task C2): per English why-question of the readable sets, which premise words the
check requires and which it drops (and why), and emulated tightenings that require a dropped
word through its translations; counted per fold, true premise (answerable) against false
premise (unanswerable). No `ask`: a premise counts as supported when a statement the search
finds (with its item heading) holds its needs, as eval/premise_widening.py reads them.

    python eval/premise_english.py [--sets ...] [--base BASE.json] [--yes-no] [--list]

A word of the premise is one of:
  name          capitalised, not first: the names check looks for it
  stance        a negative stance word (rule negative_stance_stated checks it)
  required      a need as written (the English word is an index term) or the one-word claim
  general       weight below implied_topic_min_weight: not required beside a specific word
  bridged       translations the index holds, not required (not the premise's only word)
  paraphrase    translations the index lacks: required only when the premise names nothing else
  untranslated  no dictionary or glossary translation (unless rule premise_unlisted_verb)
  dropped:*     no content word: ``org`` (an organisation), ``frame`` (a frame or speech word),
                ``function`` (a stopword of English Zipf 5.8 or more), ``stoplisted`` (a rarer
                word of the English stopword list: "fewer", "needed", "stop", "members"),
                ``other`` (a date, a number, a role)
Variants (each adds needs to the base premise's; the event verb is the first word after the
opening auxiliary that has no noun reading and whose translations are mostly Dutch infinitives):
  verb        the event verb, when bridged (or stoplisted with held translations), through its
              own translations
  verb+       ``verb`` with the translations of its lemmas (rule english_lemma_translations),
              every form of a strong Dutch translation (premise_verb_forms), and a separable
              verb's parts written up to 3 words apart
  verb*       ``verb+`` with parts up to 8 words apart ("sluit ... aan"), not for a phrasal verb
              (a particle after it: "hold back", "look for")
  event       ``verb+`` also when the event verb's translations are not in the index
  adj         the predicate adjective of a "be" premise with no event verb ("calm"), bridged
  bridged     every bridged word
  stoplisted  every stoplisted word with held translations
The changed word of a false premise is read from its answerable twin in the same set (the
English why-question with the most words in common, all but at most two of its own): the words
the twin lacks. ``--yes-no`` reads the English yes/no questions that open with an auxiliary as
"Why <question>" instead (the check reads why-questions only: an emulated extension). Folds as
eval/premise_refusals.py (normal: design = blind3..10 design halves, dev, probes a-m).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter

from answer_misses import _frame  # the script's folder is on the path
from answer_sets import SETS, sets_parser, studied
from premise_refusals import fold_of

from lrt_search.answer import premise as pm
from lrt_search.answer.premise_common import common_missing
from lrt_search.answer.premise_forms import verb_form_terms
from lrt_search.answer.stance import stance_words
from lrt_search.evaluation import engine_for, load_questions
from lrt_search.index.analysis import dutch_stopwords, english_stopwords, words
from lrt_search.lexicon.freedict import dutch_for, english_lemmas
from lrt_search.lexicon.wordclass import english_noun
from lrt_search.lexicon.wordfreq import zipf
from lrt_search.search.query import is_speech_word
from lrt_search.search.unread import _FRAME, content_words

_WHY = re.compile(r"^\W*(why)\b", re.IGNORECASE)
_AUX = re.compile(
    r"^\W*(did|does|do|was|were|is|are|has|have|had|will|would|can|could|should)\b",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’.,-]*[A-Za-z0-9]|[A-Za-z0-9]")
_TRUE_THAT = re.compile(r"^\W*(?:is it (?:true|correct|right) that|did you know that)\s+", re.I)
_NUMBERS = frozenset(["more", "fewer", "less", "higher", "lower", "half", "double", "twice"])
VARIANTS = ("base", "verb", "verb+", "verb*", "event", "adj", "bridged", "stoplisted")
_PARTICLES = frozenset(["back", "up", "out", "off", "for", "on", "down", "over", "away", "part"])
_SPAN = 8  # as rule premise_act: "sluit ook de voorzitter van het VB aan"
DROPPED = ("bridged", "paraphrase", "untranslated", "general")


def _translations(retriever, word: str, lemmas: bool) -> frozenset[str]:
    """The index-term needs of an English word's translations (as rule premise_english_bridges
    reads them), with ``lemmas`` those of its lemmas and the forms of strong Dutch verbs."""
    terms = set(pm._translated(retriever, word) or pm._glossary_terms(retriever, word))
    if not lemmas:
        return frozenset(terms)
    known = retriever.bm25.terms
    least = retriever.settings.implied_topic_min_weight
    for lemma in english_lemmas(word.lower()):
        for dutch in dutch_for(lemma):
            if dutch.isalpha() and pm.informativeness(dutch, False) >= least:
                terms.update(retriever.analyzer.tokenize_query(dutch, known)[:1])
    for dutch in {d for w in (word.lower(), *english_lemmas(word.lower())) for d in dutch_for(w)}:
        terms |= verb_form_terms(retriever, dutch.lower())
    return frozenset(terms)


def word_kinds(retriever, premise: str) -> list[tuple[str, str, frozenset[str]]]:
    """Each word of an English ``premise`` in order with its kind (see the module) and the
    terms that would require it (a stoplisted word's translations too)."""
    known = retriever.bm25.terms
    stance = stance_words(premise) if retriever.settings.negative_stance_stated else frozenset()
    out: list[tuple[int, str, str, frozenset[str]]] = []
    seen: set[int] = set()
    claims = 0
    for word, start, _ in content_words(premise, retriever.orgs):
        seen.add(start)
        if word[:1].isupper() and start > 0:
            out.append((start, word, "name", frozenset()))
            continue
        claims += 1
        if word.lower() in stance:
            out.append((start, word, "stance", frozenset()))
            continue
        terms = frozenset(retriever.analyzer.tokenize_query(word.lower(), known)[:1])
        if any(t in known for t in terms):
            general = pm._general(retriever, word, True)
            out.append((start, word, "general" if general else "required", terms))
            continue
        translated = _translations(retriever, word, False)
        if not translated:
            claim = pm.unlisted_claim(retriever, premise, word.lower(), claims == 1)
            out.append((start, word, "required" if claim else "untranslated", frozenset(claim)))
        else:
            held = any(t in known for t in translated)
            out.append((start, word, "bridged" if held else "paraphrase", translated))
    for m in _TOKEN.finditer(premise):
        if m.start() not in seen:
            why = _dropped_why(retriever, premise, m)
            stoplisted = why == "stoplisted"
            terms = _translations(retriever, m.group(0), False) if stoplisted else frozenset()
            out.append((m.start(), m.group(0), "dropped:" + why, terms))
    return [(w, k, t) for _, w, k, t in sorted(out, key=lambda row: row[0])]


def _dropped_why(retriever, premise: str, m: re.Match) -> str:
    """Why ``content_words`` drops a premise word: an organisation, a frame or speech word, a
    function word (a stopword of English Zipf 5.8 or more: "the", "did", "was"), a content
    word of the stopword list ("stoplisted": "fewer", "needed", "stop", "members"), else a
    date word."""
    if any(o.start <= m.start() < o.end for o in retriever.orgs.query_mentions(premise)):
        return "org"
    key = m.group(0).lower().removesuffix("'s").removesuffix("’s")
    if key in _FRAME or is_speech_word(key):
        return "frame"
    if key in dutch_stopwords() | english_stopwords():
        return "function" if zipf(key, "en") >= 5.8 else "stoplisted"
    return "other"  # a date, a role of the speaker


_EVENT_KINDS = (
    "required",
    "general",
    "bridged",
    "paraphrase",
    "untranslated",
    "dropped:stoplisted",
)
_BE = frozenset(["is", "are", "was", "were"])


def is_verb(word: str) -> bool:
    """Whether the English ``word`` reads as a verb: half or more of the one-word Dutch
    translations of it and its lemmas are infinitives (end in "-en": "join" -> "toetreden",
    "aansluiten"; not "calm" -> "kalm", "bedaard", "rust")."""
    key = word.lower()
    found = [d for form in (key, *english_lemmas(key)) for d in dutch_for(form)]
    return bool(found) and 2 * sum(d.endswith("en") for d in found) >= len(found)


def event_word(kinds: list[tuple[str, str, frozenset[str]]]) -> int | None:
    """The index in ``kinds`` of the premise's event verb: its first word after the opening
    auxiliary that is a content or stoplisted word with no noun reading (english_noun) that
    reads as a verb (:func:`is_verb`); None when it has none."""
    for i, (word, kind, _) in enumerate(kinds):
        if i and kind in _EVENT_KINDS and not english_noun(word.lower())[0] and is_verb(word):
            return i
    return None


def predicate_word(kinds: list[tuple[str, str, frozenset[str]]]) -> int | None:
    """The index in ``kinds`` of the predicate adjective of a premise opening with a form of
    "be" that has no event verb ("Why was the situation in Ter Apel calm ...": "calm"): its
    last content or stoplisted word with translations, no noun reading and no verb reading."""
    if not kinds or kinds[0][0].lower() not in _BE or event_word(kinds) is not None:
        return None
    found = None
    for i, (word, kind, terms) in enumerate(kinds):
        if i and kind in _EVENT_KINDS and terms and not english_noun(word.lower())[0]:
            found = i
    return found


def _apart(retriever, text: str, missing: list[frozenset[str]], span: int) -> set[str]:
    """The terms of ``missing`` that two words of ``text`` at most ``span`` apart give written
    together (answer.premise_apart.apart_terms with a span)."""
    wanted = frozenset().union(*missing)
    heads = {term[:3] for term in wanted}
    tokenize = retriever.analyzer.tokenize_query
    tokens = words(text)
    out: set[str] = set()
    for i, first in enumerate(tokens):
        for second in tokens[i + 1 : i + 1 + span]:
            for joined in (first + second, second + first):
                if joined[:3] in heads:
                    out.update(t for t in tokenize(joined, retriever.bm25.terms)[:1] if t in wanted)
    return out


def _held(frame, needs: tuple[frozenset[str], ...], apart: int = 0) -> bool:
    """Whether a statement the search found (with its heading) holds ``needs`` as the check
    premise_supported reads them (the common-word rule; English has no restated nouns)."""
    tokenize = frame.retriever.analyzer.tokenize
    common = frame.needs.premise_common
    for hit in frame.hits:
        if hit.chunk.kind == "header":
            continue
        heading = set(tokenize(hit.chunk.text.split("\n- ", 1)[0]))
        for s in hit.chunk.statements:
            held = set(tokenize(s.text)) | heading
            missing = [n for n in needs if not n & held]
            if missing and apart:  # a Dutch separable verb written apart: "sluit ... aan"
                held |= _apart(frame.retriever, s.text, missing, apart)
                missing = [n for n in missing if not n & held]
            if not missing or common_missing(needs, missing, common):
                return True
    return False


def _bridged(retriever, kind: str, terms: frozenset[str]) -> bool:
    return kind == "bridged" or (
        kind == "dropped:stoplisted" and any(t in retriever.bm25.terms for t in terms)
    )


def supported(frame, kinds) -> dict[str, bool | None]:
    """Per variant whether some statement supports the premise (``None``: the variant adds
    no need, so it is the base's)."""
    retriever = frame.retriever
    needs = frame.needs.premise_terms
    base = _held(frame, needs) if needs else True  # no needs: the check does not apply
    out: dict[str, bool | None] = {"base": base}
    ev, adj = event_word(kinds), predicate_word(kinds)
    word, kind, own = kinds[ev] if ev is not None else ("", "", frozenset())
    wide = _translations(retriever, word, True) if word else frozenset()
    bridged = _bridged(retriever, kind, own)
    extra = {
        "verb": own if bridged else frozenset(),
        "verb+": wide if bridged else frozenset(),
        "event": wide if bridged or kind in ("paraphrase", "dropped:stoplisted") else frozenset(),
    }
    _, akind, aown = kinds[adj] if adj is not None else ("", "", frozenset())
    extra["adj"] = aown if _bridged(retriever, akind, aown) else frozenset()
    phrasal = ev is not None and ev + 1 < len(kinds) and kinds[ev + 1][0].lower() in _PARTICLES
    extra["verb*"] = frozenset() if phrasal else extra["verb+"]
    for variant, need in extra.items():
        apart = _SPAN if variant == "verb*" else 3 if variant in ("verb+", "event") else 0
        out[variant] = base and _held(frame, (*needs, need), apart) if need else None
    more = tuple(t for _, k, t in kinds if k == "bridged" and t not in needs)
    out["bridged"] = base and _held(frame, needs + more) if more else None
    listed = tuple(
        t for _, k, t in kinds if k == "dropped:stoplisted" and _bridged(retriever, k, t)
    )
    out["stoplisted"] = base and _held(frame, needs + listed) if listed else None
    return out


def _twin(q, pool) -> set[str]:
    """The words of the answerable twin of the false premise ``q`` it lacks, or empty."""
    mine = [w.lower() for w in _TOKEN.findall(q.question)]
    best, share = None, 0
    for other in pool:
        theirs = [w.lower() for w in _TOKEN.findall(other.question)]
        common = len(set(mine) & set(theirs))
        if common > share and len(set(mine) - set(theirs)) <= 2:
            best, share = theirs, common
    return set(mine) - set(best) if best else set()


def _premise_question(q, yes_no: bool) -> str:
    """The question as read: a why-question as written; with ``yes_no`` an English yes/no
    question opening with an auxiliary as "Why <question>" (and no why-question); else ""."""
    if _WHY.match(q.question):
        return "" if yes_no else q.question
    text = _TRUE_THAT.sub("", q.question)  # "Is it true that the VNG left?": "the VNG left"
    if yes_no and text != q.question:
        return "Why " + text  # its claim, asked why
    if yes_no and _AUX.match(q.question):
        return "Why " + q.question[0].lower() + q.question[1:]
    return ""


def _rows(engine, names, yes_no: bool, base: dict) -> list[dict]:
    """One row per English premise read: set, question, fold, kinds, support per variant."""
    rows = []
    for name in names:
        path, split = SETS[name]
        questions = load_questions(path, split)
        english = [q for q in questions if q.lang == "en"]
        for q in english:
            text = _premise_question(q, yes_no)
            if not text:
                continue
            frame = _frame(engine, text)
            if not frame.needs.premise:
                continue
            kinds = word_kinds(frame.retriever, frame.needs.premise)
            pool = [o for o in english if o.answerable and o.id != q.id and _WHY.match(o.question)]
            was = base.get(f"{name}:{q.id}")
            rows.append(
                {
                    "set": name,
                    "id": q.id,
                    "fold": fold_of(name),
                    "true": q.answerable,
                    "type": q.type,
                    "why": bool(_WHY.match(q.question)),
                    "question": q.question,
                    "kinds": kinds,
                    "event": event_word(kinds),
                    "adj": predicate_word(kinds),
                    "changed": set() if q.answerable else _twin(q, pool),
                    "found": supported(frame, kinds),
                    "needs": bool(frame.needs.premise_terms),
                    "answered": None if was is None else not was["abstained"],
                }
            )
    return rows


def _print_row(r: dict) -> None:
    words = " ".join(
        f"{w}[{k}{'*' if i == r['event'] else ''}{'+' if i == r['adj'] else ''}]"
        for i, (w, k, _) in enumerate(r["kinds"])
    )
    label = "T" if r["true"] else "F"
    found = ",".join(f"{v}={int(b)}" for v, b in r["found"].items() if b is not None)
    answered = {None: "-", True: "answered", False: "refused"}[r["answered"]]
    changed = ",".join(sorted(r["changed"]))
    print(f"{r['fold']}\t{r['set']}:{r['id']}\t{label}\t{answered}\t{found}\tchanged={changed}")
    ev = r["kinds"][r["event"]] if r["event"] is not None else ("", "", frozenset())
    print(f"    {r['question'][:110]}\n    {words}\n    event {ev[0]}: {sorted(ev[2])[:8]}")


_CHECKED = ("required", "name", "stance", "dropped:org")


def _changed_kinds(part: list[dict]) -> tuple[int, Counter]:
    """Of the false premises with a twin: how many, the kinds of their changed words, what
    the change is (a number, the event verb, the predicate adjective, else an object or other
    word) and whether a changed word is checked (required, a name, a stance, an organisation)
    or only dropped."""
    twins = [r for r in part if r["changed"]]
    hit: Counter = Counter()
    for r in twins:
        kinds = {k for w, k, _ in r["kinds"] if w.lower() in r["changed"]} or {"absent"}
        hit.update(kinds)
        roles = [
            name
            for key, name in (("event", "verb"), ("adj", "adjective"))
            if r[key] is not None and r["kinds"][r[key]][0].lower() in r["changed"]
        ]
        number = any(ch.isdigit() for w in r["changed"] for ch in w) or r["changed"] & _NUMBERS
        role = "number" if number else roles[0] if roles else "object/other"
        checked = "checked" if kinds & set(_CHECKED) else "dropped"
        hit[f"<{role}, {checked}>"] += 1
        hit["<answered at base>"] += bool(r["answered"])
    return len(twins), hit


def _tally(rows: list[dict]) -> None:
    """Per fold and truth: word kinds, event kinds, changed words, and per variant the
    premises it leaves unsupported (answered at base: a true answer lost or a false one
    caught; "new": a question the base dump lacks)."""
    for fold in ("design", "validation"):
        for truth in (True, False):
            part = [r for r in rows if r["fold"] == fold and r["true"] == truth]
            kinds = Counter(k for r in part for _, k, _ in r["kinds"])
            name = "true" if truth else "false"
            read = sum(r["needs"] for r in part)
            print(
                f"{fold} {name} premises {len(part)} (with needs {read}); word kinds:"
                f" {dict(sorted(kinds.items()))}"
            )
            events = Counter(
                r["kinds"][r["event"]][1] if r["event"] is not None else "none" for r in part
            )
            print(f"   event verb kinds: {dict(sorted(events.items()))}")
            if not truth:
                n, hit = _changed_kinds(part)
                print(f"   with a twin {n}; the changed word's kind: {dict(hit)}")
            for variant in VARIANTS[1:]:
                lost = [r for r in part if r["found"]["base"] and r["found"].get(variant) is False]
                answered = [r for r in lost if r["answered"]]
                new = [r for r in lost if r["answered"] is None]
                print(
                    f"   {variant:8s} unsupported {len(lost)} (answered at base {len(answered)},"
                    f" new {len(new)}): {' '.join(r['set'] + ':' + r['id'] for r in lost)}"
                )


def main() -> int:
    parser = sets_parser(__doc__)
    parser.add_argument("--base", default="")
    parser.add_argument("--yes-no", action="store_true")
    parser.add_argument("--list", action="store_true")
    args, names, settings = studied(parser)
    base = {}
    if args.base:
        with open(args.base, encoding="utf-8") as f:
            base = json.load(f)
    engine = engine_for(settings, progress=False)
    rows = _rows(engine, names, args.yes_no, base)
    if args.list:
        for r in rows:
            _print_row(r)
    _tally(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
