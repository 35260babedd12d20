"""Coverage pass (does not run the tool): list every number token in each b document's text that is not inside any gold
anchor, quote, not_figure or boilerplate span. Remaining hits should be repeat mentions or deliberate traps.
Run: /tmp/pdfgen8/bin/python _src/coverage_b.py"""
import glob, json, os, re
from check_b import text_of, DIR, norm
W = {'one','two','three','four','five','six','seven','eight','nine','ten','eleven','twelve','seventeen','half','third','fifth','double','twice'}
for g in sorted(glob.glob(os.path.join(DIR, 'b*.gold.json'))):
    gold = json.load(open(g)); t = text_of(os.path.join(DIR, gold['doc']))
    cov = [False] * len(t)
    for s in [f['anchor'] for f in gold['figures']] + [q['text'] for q in gold['quotes']] + gold['not_figures'] + gold['boilerplate']:
        s = norm(s); i = t.find(s)
        while i >= 0:
            for k in range(i, i + len(s)): cov[k] = True
            i = t.find(s, i + 1)
    miss = [m.group(0) + ' @' + t[max(0, m.start()-25):m.end()+10].replace('\n', ' ')
            for m in re.finditer(r'£?\d[\d,.]*%?|\b(?:' + '|'.join(W) + r')\b', t, re.I) if not any(cov[m.start():m.end()])]
    print('==', gold['doc'], len(miss))
    for x in miss: print('   ', x)
