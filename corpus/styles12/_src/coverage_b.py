"""Coverage pass (writer B): list every number token in each document whose position is not inside a found anchor,
quote, not_figure or boilerplate span, for a human to judge. Does not run the tool."""
import json, glob, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check_b import text_of, spans
DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for g in sorted(glob.glob(os.path.join(DIR, 'b*.gold.json'))):
    if len(sys.argv) > 1 and not any(a in g for a in sys.argv[1:]):
        continue
    gold = json.load(open(g))
    t = text_of(os.path.join(DIR, gold['doc']))
    cov = [0] * len(t)
    items = [f['anchor'] for f in gold['figures']] + [q['text'] for q in gold['quotes']] + gold['not_figures'] + gold['boilerplate']
    for it in items:
        for a, b in spans(it, t):
            for i in range(a, b):
                cov[i] = 1
    words = {'one','two','three','four','five','six','seven','eight','nine','ten','eleven','twelve','thirteen','fourteen','fifteen','sixteen','seventeen','eighteen','nineteen','twenty','half','third','quarter','fifth'}
    out = []
    for m in re.finditer(r"\d[\d,.]*|\b[A-Za-z]+\b", t):
        tok = m.group(0)
        if tok[0].isalpha() and tok.lower() not in words:
            continue
        if not any(cov[m.start():m.end()]):
            out.append('%s«%s»%s' % (t[max(0, m.start()-30):m.start()], tok, t[m.end():m.end()+20]))
    print('==', gold['doc'], len(out))
    for o in out:
        print('   ', o)
