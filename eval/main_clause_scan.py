"""Reading-only scan of rule ``main_clause_intent`` (session 25 task G3; lexicon/intents.py
``main_clause``): every question of the readable sets read as ``ask`` reads what it asks for
(eval/intent_forms_scan.py ``reading``: intents, header, topic, counted words, premise, a time,
a length, an amount asked, the asked form) with the rule off and on (the setting passed to
each reading), then compared (no ``ask``).

    PYTHONPATH=. python eval/main_clause_scan.py --dump off OFF.json
    PYTHONPATH=. python eval/main_clause_scan.py --dump on ON.json
    python eval/main_clause_scan.py --diff OFF.json ON.json AFFECTED.txt
"""

from __future__ import annotations

import sys

from intent_forms_scan import diff, dump

if __name__ == "__main__":
    if sys.argv[1] == "--dump":
        dump(sys.argv[3], sys.argv[2] == "on")
    else:
        diff(*sys.argv[2:5])
