"""Check every gold string against the document text: anchors, quote texts, not_figures,
boilerplate and people must occur verbatim (whitespace collapsed) in the text; prints the
offsets found. Also checks metric/unit vocabulary and key shape. Does not run the tool.

PDF text is pdfplumber's page.extract_text() joined in page order ('\\n' between pages). A second
reading (each page cropped into left and right halves) and a third (three vertical thirds) are also
tried, as in corpus/holdout/styles8/_src/check.py, from which this is adapted (the spec is looked for
in a 'shared' folder above this one, else at /work/shared/spec; key order is checked too).
Needs pdfplumber. Run: /work/wt/blind22/pdfgen-s/bin/python _src/check_q.py [-v]"""
import glob
import html.parser
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.dirname(HERE)


def _spec_path():
    d = HERE
    while d != os.path.dirname(d):
        cand = os.path.join(d, 'shared', 'spec', 'metrics.json')
        if os.path.exists(cand):
            return cand
        d = os.path.dirname(d)
    if os.path.exists('/work/shared/spec/metrics.json'):
        return '/work/shared/spec/metrics.json'
    raise SystemExit('shared/spec/metrics.json not found above ' + HERE)


SPEC = json.load(open(_spec_path()))


class V(html.parser.HTMLParser):
    SKIP = {'script', 'style', 'head', 'template', 'noscript'}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, t, a):
        if t in self.SKIP:
            self.skip += 1
        self.out.append(' ')

    def handle_endtag(self, t):
        if t in self.SKIP:
            self.skip -= 1
        self.out.append(' ')

    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)


_PDF = {}


def pdf_texts(path):
    if path not in _PDF:
        import pdfplumber
        plain, cols, thirds = [], [], []
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                plain.append(page.extract_text() or '')
                w = page.width
                left = page.crop((0, 0, w / 2, page.height)).extract_text() or ''
                right = page.crop((w / 2, 0, w, page.height)).extract_text() or ''
                cols.append(left + '\n' + right)
                thirds.append('\n'.join(page.crop((i * w / 3, 0, (i + 1) * w / 3, page.height)).extract_text() or ''
                                         for i in range(3)))
        _PDF[path] = ('\n'.join(plain), '\n'.join(cols), '\n'.join(thirds))
    return _PDF[path]


def raw_text(path, reading=0):
    if path.endswith('.pdf'):
        return pdf_texts(path)[reading]
    raw = open(path, encoding='utf-8').read()
    if path.endswith('.html'):
        p = V()
        p.feed(raw)
        raw = ''.join(p.out)
    return raw


def text_of(path, reading=0):
    return re.sub(r'\s+', ' ', raw_text(path, reading).replace('\u00a0', ' '))


def spans(needle, text):
    pat = r'\s+'.join(re.escape(w) for w in needle.split())
    return [(m.start(), m.end()) for m in re.finditer(pat, text)]


def norm(s):
    return re.sub(r'\s+', ' ', s.replace('\u00a0', ' ')).strip()


KEYS = ['doc', 'kind', 'title', 'area', 'partnership', 'period', 'figures', 'not_figures', 'quotes',
        'people', 'boilerplate', 'notes']
FKEYS = ['value', 'unit', 'metric', 'subject', 'anchor', 'period', 'qualifier', 'optional']
QKEYS = ['text', 'speaker', 'aliases', 'role', 'cue', 'optional']

VERBOSE = '-v' in sys.argv
ONLY = [a for a in sys.argv[1:] if not a.startswith('-')]


def main():
    errs = 0
    tot = {'f': 0, 'fo': 0, 'q': 0, 'qo': 0}
    for g in sorted(glob.glob(os.path.join(DIR, 's0*.gold.json'))):
        name = os.path.basename(g)
        if ONLY and not any(o in name for o in ONLY):
            continue
        gold = json.load(open(g))
        doc = os.path.join(DIR, gold['doc'])
        if os.path.basename(doc).rsplit('.', 1)[0] + '.gold.json' != name:
            print(name, 'ERROR doc name'); errs += 1
        t = text_of(doc)
        t2 = text_of(doc, 1) if doc.endswith('.pdf') else t
        t3 = text_of(doc, 2) if doc.endswith('.pdf') else t
        first = t if doc.endswith('.pdf') else open(doc, encoding='utf-8').read()[:400]
        if 'SYNTHETIC' not in first.upper():
            print(name, 'ERROR no synthetic note'); errs += 1
        if doc.endswith('.pdf'):
            from pypdf import PdfReader
            subj = (PdfReader(doc).metadata or {}).get('/Subject', '') or ''
            if 'SYNTHETIC' not in subj.upper():
                print(name, 'ERROR no synthetic Subject'); errs += 1
        order = [k for k in gold if k != 'areas']
        if order != KEYS:
            print(name, 'ERROR key order', order); errs += 1
        if gold['kind'] not in ('news_article', 'council_report', 'case_review', 'other'):
            print(name, 'ERROR kind'); errs += 1
        if not isinstance(gold['period'], dict) or set(gold['period']) - {'start', 'end', 'text'}:
            print(name, 'ERROR record period'); errs += 1

        def find(s, what):
            nonlocal errs
            s2 = norm(s)
            i = t.find(s2)
            if i < 0:
                i = t2.find(s2)
                if i >= 0 and VERBOSE:
                    print('   (%s found only in the column reading: %r)' % (what, s[:50]))
            if i < 0:
                i = t3.find(s2)
            if i < 0:
                print(name, 'ERROR', what, 'not in text:', repr(s)); errs += 1
            return i
        for f in gold['figures']:
            if f['metric'] not in SPEC['metrics'] or f['unit'] not in SPEC['units']:
                print(name, 'ERROR vocab', f); errs += 1
            if [k for k in f if k in FKEYS] != [k for k in FKEYS if k in f] or set(f) - set(FKEYS):
                print(name, 'ERROR figure keys', f); errs += 1
            if not isinstance(f['value'], (int, float)):
                print(name, 'ERROR value', f); errs += 1
            find(f['anchor'], 'anchor')
            if 'period' in f and not all(k in f['period'] for k in ('start', 'end')):
                print(name, 'ERROR period', f); errs += 1
            tot['fo' if f.get('optional') else 'f'] += 1
        rts = [raw_text(doc)] + ([raw_text(doc, 1), raw_text(doc, 2)] if doc.endswith('.pdf') else [])
        for item, what in [(f['anchor'], 'anchor') for f in gold['figures']] + [(q['text'], 'quote') for q in gold['quotes']]:
            sp = []
            for rt in rts:
                sp = spans(item, rt)
                if sp:
                    break
            if not sp:
                print(name, 'ERROR no span for', what, repr(item)); errs += 1
            elif VERBOSE:
                print('   %-6s %s %r' % (what, ','.join('%d-%d' % ab for ab in sp), item[:60]))
        for q in gold['quotes']:
            if set(q) - set(QKEYS) or [k for k in q if k in QKEYS] != [k for k in QKEYS if k in q]:
                print(name, 'ERROR quote keys', q); errs += 1
            i = find(q['text'], 'quote')
            if i >= 0 and max(t.count(norm(q['text'])), t2.count(norm(q['text'])), t3.count(norm(q['text']))) > 1:
                print(name, 'note: quote occurs twice', q['text'][:40])
            tot['qo' if q.get('optional') else 'q'] += 1
        for s in gold['not_figures']:
            find(s, 'not_figure')
        for s in gold['boilerplate']:
            find(s, 'boilerplate')
        for p in gold['people']:
            find(p['name'], 'person')
        print('%-58s %-14s figures %3d (+%d opt)  quotes %2d (+%d opt)' % (
            gold['doc'], gold['kind'], sum(not f.get('optional') for f in gold['figures']),
            sum(bool(f.get('optional')) for f in gold['figures']),
            sum(not q.get('optional') for q in gold['quotes']), sum(bool(q.get('optional')) for q in gold['quotes'])))
    print('TOTAL required figures %(f)d (+%(fo)d optional), required quotes %(q)d (+%(qo)d optional)' % tot)
    print('errors:', errs)
    return 1 if errs else 0


if __name__ == '__main__':
    sys.exit(main())
