"""Helper to write gold files in the folder's key order (annotation lives in the JSON; these scripts only type it).
Copied from corpus/styles15/_src/mk.py (itself from styles8)."""
import json, os
DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(value, unit, metric, subject, anchor, **kw):
    d = {'value': value, 'unit': unit, 'metric': metric, 'subject': subject, 'anchor': anchor}
    for k in ('period', 'qualifier', 'optional'):
        if k in kw:
            d[k] = kw.pop(k)
    assert not kw, kw
    return d


def P(start, end, text=None):
    d = {'start': start, 'end': end}
    if text:
        d['text'] = text
    return d


def Q(text, speaker, aliases, cue, role=None, optional=False):
    d = {'text': text, 'speaker': speaker, 'aliases': aliases}
    if role:
        d['role'] = role
    d['cue'] = cue
    if optional:
        d['optional'] = True
    return d


def gold(doc, kind, title, area, partnership, period, figures, not_figures, quotes, people, boilerplate, notes, areas=None):
    g = {'doc': doc, 'kind': kind, 'title': title, 'area': area}
    if areas is not None:
        g['areas'] = areas
    g.update({'partnership': partnership, 'period': period, 'figures': figures, 'not_figures': not_figures,
              'quotes': quotes, 'people': people, 'boilerplate': boilerplate, 'notes': notes})
    out = os.path.join(DIR, doc.rsplit('.', 1)[0] + '.gold.json')
    lines = ['{']
    items = list(g.items())
    for i, (k, v) in enumerate(items):
        comma = ',' if i < len(items) - 1 else ''
        if k in ('figures', 'quotes', 'people') and v:
            lines.append('  %s: [' % json.dumps(k))
            lines.append(',\n'.join('    ' + json.dumps(x, ensure_ascii=False) for x in v))
            lines.append('  ]' + comma)
        else:
            lines.append('  %s: %s%s' % (json.dumps(k), json.dumps(v, ensure_ascii=False), comma))
    lines.append('}')
    open(out, 'w', encoding='utf-8').write('\n'.join(lines) + '\n')
    print('wrote', os.path.basename(out), sum(not f.get('optional') for f in figures), 'figures',
          sum(not q.get('optional') for q in quotes), 'quotes')
