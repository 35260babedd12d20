"""Coverage helper (does not run the tool): list every number or number word in each d document's text that lies
outside all gold anchors, quotes, not_figures and boilerplate spans, so the annotator can decide on each."""
import glob, json, os, re, sys
from check_d import text_of, DIR

WORDS = r'\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|half|third|quarter|fortnight|dozen|none|no)\b'
for g in sorted(glob.glob(os.path.join(DIR, 'd[0-9][0-9]_*.gold.json'))):
    if len(sys.argv) > 1 and not any(a in g for a in sys.argv[1:]):
        continue
    gold = json.load(open(g))
    t = text_of(os.path.join(DIR, gold['doc']))
    cov = [0] * len(t)
    strs = [f['anchor'] for f in gold['figures']] + [q['text'] for q in gold['quotes']] + gold['not_figures'] + gold['boilerplate']
    for s in strs:
        s = re.sub(r'\s+', ' ', s).strip()
        for m in re.finditer(re.escape(s), t):
            for i in range(m.start(), m.end()):
                cov[i] = 1
    print('==', gold['doc'])
    for m in re.finditer(r'£?\d[\d,.]*%?|' + WORDS, t, re.I):
        if not any(cov[m.start():m.end()]):
            if m.group(0).lower() == 'no' and not re.match(r'no\s+\w+', t[m.start():m.start() + 12]):
                continue
            print('   %-10s | %s' % (m.group(0), t[max(0, m.start() - 50):m.end() + 40]))
