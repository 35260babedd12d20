"""Helpers that write a gold file in the spec's key order (../../../../shared/spec/README.md section 2)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

FY = {  # financial years
    '2022/23': ('2022-04-01', '2023-03-31'),
    '2023/24': ('2023-04-01', '2024-03-31'),
    '2024/25': ('2024-04-01', '2025-03-31'),
    '2025/26': ('2025-04-01', '2026-03-31'),
    '2026/27': ('2026-04-01', '2027-03-31'),
}


def P(start, end, text):
    return {'start': start, 'end': end, 'text': text}


def fy(label, text=None):
    s, e = FY[label]
    return P(s, e, text or label)


NONE = {'start': None, 'end': None}


def F(value, unit, metric, subject, anchor, period=None, qualifier=None, optional=False):
    d = {'value': value, 'unit': unit, 'metric': metric, 'subject': subject, 'anchor': anchor}
    if period is not None:
        d['period'] = period
    if qualifier:
        d['qualifier'] = qualifier
    if optional:
        d['optional'] = True
    return d


def Q(text, speaker, aliases, cue, role=None, optional=False):
    d = {'text': text, 'speaker': speaker, 'aliases': aliases}
    if role:
        d['role'] = role
    d['cue'] = cue
    if optional:
        d['optional'] = True
    return d


def write(doc, kind, title, area, partnership, period, figures, not_figures, quotes, people,
          boilerplate, notes, areas=None):
    g = {'doc': doc, 'kind': kind, 'title': title, 'area': area}
    if areas is not None:
        g['areas'] = areas
    g.update({'partnership': partnership, 'period': period, 'figures': figures,
              'not_figures': not_figures, 'quotes': quotes, 'people': people,
              'boilerplate': boilerplate, 'notes': notes})
    name = doc.rsplit('.', 1)[0]
    with open(os.path.join(OUT, name + '.gold.json'), 'w', encoding='utf-8') as fh:
        json.dump(g, fh, indent=2, ensure_ascii=False)
        fh.write('\n')
