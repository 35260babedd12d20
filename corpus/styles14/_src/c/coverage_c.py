"""Writer c: list numbers (digits and common number words) in a document's text that no figure anchor, not_figure,
boilerplate string, quote or person covers. Uses check_c's text readings. Run: /tmp/pdfgen8/bin/python _src/c/coverage_c.py c01"""
import glob, json, os, re, sys
import check_c as C

WORDS = r'\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|hundred|thousand|million|half|third|quarter|none|no|dozen|single)\b'
for g in sorted(glob.glob(os.path.join(C.DIR, 'c[0-9][0-9]_*.gold.json'))):
    if sys.argv[1:] and not any(a in g for a in sys.argv[1:]):
        continue
    gd = json.load(open(g))
    doc = os.path.join(C.DIR, gd['doc'])
    t = C.text_of(doc)
    cov = [False] * len(t)
    items = [f['anchor'] for f in gd['figures']] + gd['not_figures'] + gd['boilerplate'] + [q['text'] for q in gd['quotes']]
    for s in items:
        for a, b in C.spans(C.norm(s), t):
            for i in range(a, b):
                cov[i] = True
    print('==', gd['doc'])
    for m in re.finditer(r'\d[\d,.]*|' + WORDS, t, flags=re.I):
        if not any(cov[m.start():m.end()]):
            if m.group().lower() == 'no':
                continue
            print('  %-10s ...%s...' % (m.group(), t[max(0, m.start() - 40):m.end() + 30]))
