import sys, json, re, dataclasses
sys.path.insert(0, '/work/hF/eval'); sys.path.insert(0, '/tmp/hFx')
from fold import fold
from answer_misses import _frame
from answer_sets import SETS
from lrt_search.evaluation import engine_for, load_questions
from lrt_search.config import Settings
modes = sys.argv[1:]
engines = {m: engine_for(dataclasses.replace(Settings(), premise_claim_required=m), progress=False) for m in [''] + modes}
for line in open('/tmp/hF2/why_all.txt'):
    name, n, *ids = line.split()
    path, split = SETS[name]
    qs = {q.id: q for q in load_questions(path, split)}
    for i in ids:
        qid, flag = i[:-1], i[-1]
        q = qs[qid]
        base = _frame(engines[''], q.question).needs.premise_terms
        for m in modes:
            fr = _frame(engines[m], q.question)
            if fr.needs.premise_terms != base:
                f = 'B19' if name.startswith('blind19') else fold(name)
                print(m, f, name, qid, flag, '|', q.question, '|', [sorted(x) for x in base], '->', [sorted(x) for x in fr.needs.premise_terms], flush=True)
