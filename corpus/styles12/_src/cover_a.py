"""Coverage helper (writer A): list number tokens in each a* document not inside any gold anchor / not_figure / boilerplate / quote span."""
import json, glob, os, re, sys
sys.argv = [sys.argv[0]]
import check_a as C
NUMW = r'\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|half|third|quarter|hundred|dozen)\b'
for g in sorted(glob.glob(os.path.join(C.DIR, 'a[0-9]*.gold.json'))):
    gold = json.load(open(g))
    doc = os.path.join(C.DIR, gold['doc'])
    t = C.text_of(doc)
    cov = []
    for s in [f['anchor'] for f in gold['figures']] + gold['not_figures'] + gold['boilerplate'] + [q['text'] for q in gold['quotes']]:
        cov += C.spans(C.norm(s), t)
    out = []
    for m in list(re.finditer(r'\d[\d,.]*', t)) + list(re.finditer(NUMW, t, re.I)):
        if not any(a <= m.start() and m.end() <= b for a, b in cov):
            out.append('%s[%s]' % (t[max(0, m.start() - 25):m.start()].replace('\n', ' '), t[m.start():m.end()]))
    print('==', gold['doc'], len(out))
    for o in out:
        print('   ', o)
