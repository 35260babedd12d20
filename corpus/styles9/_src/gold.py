"""Helpers that write a styles9 gold file in the spec's key order."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

FY = {"start": "2024-04-01", "end": "2025-03-31", "text": "2024/25"}
FY_PREV = {"start": "2023-04-01", "end": "2024-03-31", "text": "2023/24"}


def P(start, end, text):
    return {"start": start, "end": end, "text": text}


def F(value, unit, metric, subject, anchor, period=None, optional=False, qualifier=None):
    f = {"value": value, "unit": unit, "metric": metric, "subject": subject, "anchor": anchor}
    if period:
        f["period"] = period
    if qualifier:
        f["qualifier"] = qualifier
    if optional:
        f["optional"] = True
    return f


def Q(text, speaker, aliases, cue, role=None, optional=False):
    q = {"text": text, "speaker": speaker, "aliases": aliases}
    if role:
        q["role"] = role
    q["cue"] = cue
    if optional:
        q["optional"] = True
    return q


def write(doc, kind, title, area, partnership, period, figures, not_figures=(), quotes=(),
          people=(), boilerplate=(), notes="", areas=None):
    g = {"doc": doc, "kind": kind, "title": title, "area": area}
    if areas:
        g["areas"] = areas
    g.update({"partnership": partnership, "period": period, "figures": list(figures),
              "not_figures": list(not_figures), "quotes": list(quotes), "people": list(people),
              "boilerplate": list(boilerplate), "notes": notes})
    name = os.path.splitext(doc)[0] + ".gold.json"
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as fh:
        json.dump(g, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
