"""Which Dutch verbs are strong or irregular, derived from Hunspell nl and wordfreq, and which of
them the readers of inflections.toml ``dutch_strong`` lack (issue 16, session 30 task C2).

    PYTHONPATH=<this checkout> python eval/strong_verbs_check.py [--all]

A verb is strong or irregular when Hunspell nl (Debian's hunspell-nl, read with spylls) knows
its infinitive and third person but neither weak past that lexicon/verb_forms.py would make
("brengde", "brengden"): general Dutch does not write them. Checked: every verb of acts.toml
``verbs`` (its particle and inseparable prefix taken off), the verbs of premise questions'
readers (the same table is read by rules premise_verb_forms and word_forms_read); with
``--all`` also every word of wordfreq's Dutch list (the 30,000 most frequent) ending in "-en"
that Hunspell reads so. Prints each strong verb ``dutch_strong`` lacks, and for each row of
``dutch_strong`` any form Hunspell does not know. Exit 1 when an act verb is strong and lacking.
"""

from __future__ import annotations

import sys

from lrt_search.lexicon.datafiles import bundled_toml
from lrt_search.lexicon.verb_forms import _row, _weak  # the reader's own forms


def _hunspell():  # type: ignore[no-untyped-def]
    from spylls.hunspell import Dictionary

    return Dictionary.from_files("/usr/share/hunspell/nl")


def is_strong(verb: str, check) -> bool:  # type: ignore[no-untyped-def]
    """Hunspell knows ``verb`` and its weak third person, and neither its weak past singular
    nor its weak participle ("hefte", "geheft"; the plural may be another word: "heften"; a
    participle that is the third person, "verlaat", is no weak form)."""
    if len(verb) < 5:
        return False
    inf, third, past, _, participle = _weak(verb)
    made = check(participle) and participle != third  # "verlaat": the third person
    return check(inf) and check(third) and not check(past) and not made


def act_verbs() -> set[str]:
    """The base verbs of acts.toml ``verbs`` (no particle)."""
    tables = bundled_toml("acts.toml").values()
    return {str(v).rpartition("|")[2] for t in tables for v in t.get("verbs", [])}


def reads_weak(verb: str) -> bool:
    """Whether the reader makes ``verb``'s weak forms (no row of ``dutch_strong`` reads it,
    neither its own nor its base verb's after an inseparable prefix: "vertrekken")."""
    return _row(verb) == _weak(verb)


def main() -> int:
    check = _hunspell().lookup
    data = bundled_toml("inflections.toml")
    bad = [f"{r[0]}: {f}" for r in data["dutch_strong"] for f in r if not check(str(f))]
    print("dutch_strong forms Hunspell does not know:", bad or "none")
    lacking = sorted(v for v in act_verbs() if is_strong(v, check) and reads_weak(v))
    print("act verbs strong and lacking:", lacking or "none")
    if "--all" in sys.argv:
        from wordfreq import top_n_list

        words = [w for w in top_n_list("nl", 30000) if w.endswith("en") and w.isalpha()]
        strong = [w for w in words if is_strong(w, check) and reads_weak(w)]
        print(len(strong), "strong or irregular verbs of wordfreq nl dutch_strong lacks:")
        print(" ".join(strong))
    return 1 if lacking else 0


if __name__ == "__main__":
    sys.exit(main())
