"""Write gold files for corpus/styles2 in the spec's key order (spec/README.md section 2).

Each document's gold is written as a small Python file (gold_<doc>.py) that calls these helpers,
so that periods and repeated speaker aliases are typed once.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, '..'))


def P(start, end, text):
    """A period (ISO dates) with the words the text uses."""
    return {"start": start, "end": end, "text": text}


def FY(y1):
    """UK financial year starting in April of y1: FY(2024) -> 2024/25."""
    return P("%d-04-01" % y1, "%d-03-31" % (y1 + 1), "%d/%02d" % (y1, (y1 + 1) % 100))


def F(value, unit, metric, subject, anchor, period=None, qualifier=None, optional=False):
    f = {"value": value, "unit": unit, "metric": metric, "subject": subject, "anchor": anchor}
    if period:
        f["period"] = period
    if qualifier:
        f["qualifier"] = qualifier
    if optional:
        f["optional"] = True
    return f


def Q(text, speaker, aliases, cue, role=None, optional=False):
    q = {"text": text, "speaker": speaker, "aliases": list(aliases)}
    if role:
        q["role"] = role
    q["cue"] = cue
    if optional:
        q["optional"] = True
    return q


def write(doc, kind, title, area, partnership, period, figures, not_figures, quotes, people,
          boilerplate, notes, areas=None):
    g = {"doc": doc, "kind": kind, "title": title, "area": area}
    if areas is not None:
        g["areas"] = areas
    g.update({"partnership": partnership,
              "period": period if period else {"start": None, "end": None},
              "figures": figures, "not_figures": not_figures, "quotes": quotes,
              "people": people, "boilerplate": boilerplate, "notes": notes})
    path = os.path.join(OUT, doc.rsplit('.', 1)[0] + '.gold.json')
    with open(path, 'w', encoding='utf-8') as fh:
        json.dump(g, fh, ensure_ascii=False, indent=2)
        fh.write('\n')
    return path
