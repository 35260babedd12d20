"""Write the styles6 HTML sources and gold files (invented documents; see ../README.md)."""
import json
import pathlib

HERE = pathlib.Path(__file__).parent
OUT = HERE.parent
FY = {
    "2022/23": ("2022-04-01", "2023-03-31"), "2023/24": ("2023-04-01", "2024-03-31"),
    "2024/25": ("2024-04-01", "2025-03-31"), "Q1": ("2025-04-01", "2025-06-30"),
}


def per(key, text=None):
    s, e = FY[key]
    return {"start": s, "end": e, "text": text or key}


def fig(value, unit, metric, subject, anchor, period=None, optional=False):
    f = {"value": value, "unit": unit, "metric": metric, "subject": subject, "anchor": anchor}
    if period:
        f["period"] = period
    if optional:
        f["optional"] = True
    return f


def page(title, head, foot, body):
    return f"""<!DOCTYPE html>
<!-- Invented test document for review-records corpus/styles6: real area name, invented people and figures. -->
<html lang="en-GB"><head><meta charset="utf-8"><title>{title}</title>
<link rel="stylesheet" href="base.css"></head><body>
<div class="runhead">{head}</div>
<div class="runfoot">{foot}</div>
{body}
</body></html>
"""


def write(name, html, gold):
    (HERE / f"{name}.html").write_text(html, encoding="utf-8")
    gold = {"doc": f"{name}.pdf", **gold}
    (OUT / f"{name}.gold.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n",
                                           encoding="utf-8")

# ---------------------------------------------------------------- u01 Dudley annual report
FOOT_A = ("Dudley Safeguarding People Partnership &middot; Children's Annual Report 2024/25 &middot; "
          "Invented test document: people and figures are fictional. dscp@dudley-scp.example, 0121 496 0417")
BODY_A = """
<h1>Dudley Safeguarding Children Partnership<br>Annual Report 2024/25</h1>
<p class="small">Covering 1 April 2024 to 31 March 2025 &middot; Published 30 September 2025</p>
<div class="cards">
 <div class="card"><span class="n">6,812</span><span class="l">contacts received by the front door</span></div>
 <div class="card"><span class="n">2,145</span><span class="l">referrals to children's social care</span></div>
 <div class="card"><span class="n">318</span><span class="l">children on a child protection plan at 31 March 2025</span></div>
 <div class="card"><span class="n">9</span><span class="l">rapid reviews held</span></div>
</div>
<div class="cols">
<h2>1. Foreword</h2>
<p>Welcome to our sixth annual report as a partnership. The independent scrutineer, Marguerite Ollerenshaw,
said: &ldquo;Partners in Dudley have kept their nerve during a demanding year, and the learning from our
reviews is now visible in everyday practice.&rdquo;</p>
<h2>2. Reviews and learning</h2>
<p>During 2024/25 the partnership received 14 serious incident notifications, up from 11 in 2023/24.
The partnership held 9 rapid reviews and in three of those cases agreed that a local child safeguarding
practice review should be commissioned. Two LCSPRs were published during the year and four remain ongoing.
The published reviews made 17 recommendations, of which 12 have been completed.</p>
<h2>3. The front door</h2>
<p>The rate of referrals was 412.7 per 10,000 children, compared with 533.3 across England. Re-referrals
within 12 months fell to 18.2%. There were 1,376 section 47 enquiries during the year, and 476 children were
looked after at year end.</p>
<h2>4. Training</h2>
<p>Multi-agency training reached 2,930 practitioners across 84 courses. Sessions are free to all partner
agencies; book on the learning hub or call 0121 496 0417.</p>
</div>
<h2>Table 1: Key activity, 2022/23 to 2024/25</h2>
<table>
<tr><th>Measure</th><th>2022/23</th><th>2023/24</th><th>2024/25</th></tr>
<tr><td>Referrals to children's social care</td><td class="num">2,301</td><td class="num">2,208</td><td class="num">2,145</td></tr>
<tr><td>Re-referrals within 12 months (%)</td><td class="num">21.4</td><td class="num">19.9</td><td class="num">18.2</td></tr>
<tr><td>Children on a child protection plan at 31 March</td><td class="num">341</td><td class="num">296</td><td class="num">318</td></tr>
<tr><td>Children looked after at 31 March</td><td class="num">488</td><td class="num">471</td><td class="num">476</td></tr>
<tr><td>Serious incident notifications</td><td class="num">8</td><td class="num">11</td><td class="num">14</td></tr>
</table>
<p class="small">Source: Dudley Council children's services performance team. Figures for 2024/25 are provisional.</p>
"""
P22, P23 = per("2022/23"), per("2023/24")
GOLD_A = {
    "kind": "council_report", "title": "Dudley Safeguarding Children Partnership Annual Report 2024/25",
    "area": "Dudley", "partnership": "Dudley Safeguarding Children Partnership",
    "period": {"start": "2024-04-01", "end": "2025-03-31", "text": "1 April 2024 to 31 March 2025"},
    "figures": [
        fig(6812, "count", "social_care_referrals", "contacts received by the front door", "6,812 contacts received by the front door"),
        fig(2145, "count", "social_care_referrals", "referrals to children's social care", "2,145 referrals to children's social care"),
        fig(318, "count", "child_protection_plans", "children on a CP plan at 31 March 2025", "318 children on a child protection plan"),
        fig(9, "count", "rapid_reviews", "rapid reviews held", "The partnership held 9 rapid reviews"),
        fig(14, "count", "serious_incident_notifications", "serious incident notifications", "received 14 serious incident notifications"),
        fig(11, "count", "serious_incident_notifications", "serious incident notifications 2023/24", "up from 11 in 2023/24", P23),
        fig(3, "count", "lcsprs_commissioned", "LCSPRs commissioned after rapid review", "in three of those cases agreed"),
        fig(2, "count", "lcsprs_published", "LCSPRs published", "Two LCSPRs were published"),
        fig(4, "count", "lcsprs_ongoing", "LCSPRs ongoing", "four remain ongoing"),
        fig(17, "count", "recommendations", "recommendations in published reviews", "made 17 recommendations"),
        fig(12, "count", "recommendations", "recommendations completed", "of which 12 have been completed"),
        fig(412.7, "rate_per_10000", "social_care_referrals", "referral rate", "412.7 per 10,000 children"),
        fig(533.3, "rate_per_10000", "social_care_referrals", "referral rate, England", "compared with 533.3 across England"),
        fig(12, "months", "other", "re-referral window (definition)", "Re-referrals within 12 months", optional=True),
        fig(18.2, "percent", "social_care_referrals", "re-referrals within 12 months", "fell to 18.2%"),
        fig(1376, "count", "section_47_enquiries", "section 47 enquiries", "1,376 section 47 enquiries"),
        fig(476, "count", "looked_after_children", "children looked after at year end", "476 children were looked after"),
        fig(2930, "count", "other", "practitioners trained", "reached 2,930 practitioners"),
        fig(84, "count", "other", "training courses", "across 84 courses"),
        fig(2301, "count", "social_care_referrals", "referrals 2022/23", "2,301 2,208 2,145", P22),
        fig(2208, "count", "social_care_referrals", "referrals 2023/24", "2,301 2,208 2,145", P23),
        fig(21.4, "percent", "social_care_referrals", "re-referrals 2022/23", "21.4 19.9 18.2", P22),
        fig(19.9, "percent", "social_care_referrals", "re-referrals 2023/24", "21.4 19.9 18.2", P23),
        fig(341, "count", "child_protection_plans", "CP plans at 31 March 2023", "341 296 318", P22),
        fig(296, "count", "child_protection_plans", "CP plans at 31 March 2024", "341 296 318", P23),
        fig(488, "count", "looked_after_children", "looked after at 31 March 2023", "488 471 476", P22),
        fig(471, "count", "looked_after_children", "looked after at 31 March 2024", "488 471 476", P23),
        fig(8, "count", "serious_incident_notifications", "serious incident notifications 2022/23", "8 11 14", P22),
    ],
    "not_figures": ["1 April 2024 to 31 March 2025", "30 September 2025", "sixth annual report", "0121 496 0417",
                    "Table 1", "2022/23 to 2024/25", "1. Foreword", "2. Reviews and learning", "at 31 March"],
    "quotes": [{"text": "Partners in Dudley have kept their nerve during a demanding year, and the learning from our reviews is now visible in everyday practice.",
                "speaker": "Marguerite Ollerenshaw", "aliases": ["Ollerenshaw", "Marguerite Ollerenshaw", "the independent scrutineer"],
                "role": "independent scrutineer", "cue": "said"}],
    "people": [{"name": "Marguerite Ollerenshaw", "role": "independent scrutineer"}],
    "boilerplate": [FOOT_A.replace("&middot;", "·")],
    "notes": ("Partnership annual report printed from HTML: a row of four statistic cards (number over label), "
              "two-column prose whose figures repeat cards and table cells (one figure each: 2,145, 318, 9, 18.2, 476, 14, 11), "
              "a year-column table 2022/23 | 2023/24 | 2024/25 whose last column is the record period; running footer "
              "with phone number on every page; section numbers '1.'-'4.'; 'sixth annual report'."),
}
write("u01_dudley_partnership_annual_report",
      page("Dudley Safeguarding Children Partnership Annual Report 2024/25",
           "Dudley Safeguarding Children Partnership &ndash; Annual Report 2024/25", FOOT_A, BODY_A), GOLD_A)

# ---------------------------------------------------------------- u02 Havering scorecard
FOOT_B = ("London Borough of Havering &middot; Children's Services Performance Scorecard &middot; Q2 2025/26 &middot; OFFICIAL "
          "&middot; Invented test document: indicators and figures are fictional.")
ROWS_B = [  # ref, indicator, polarity, target, outturn, q1, q2, rag, sn, eng, dot, metric, unit
    ("CS01", "Contacts progressing to referral (%)", "High", "30%", 27.5, 29.1, 31.4, "G", 33.0, 34.8, "&uarr;", "social_care_referrals", "percent"),
    ("CS02", "Re-referrals within 12 months (%)", "Low", "20%", 22.3, 21.6, 23.8, "R", 21.0, 22.4, "&darr;", "social_care_referrals", "percent"),
    ("CS03", "Assessments completed within 45 working days (%)", "High", "90%", 86.1, 88.4, 89.2, "A", 84.5, 82.7, "&uarr;", "other", "percent"),
    ("CS04", "Section 47 enquiries per 10,000", "&ndash;", "&ndash;", 171.3, 158.9, 164.2, "&ndash;", 176.0, 179.6, "&ndash;", "section_47_enquiries", "rate_per_10000"),
    ("CS05", "Children subject of a CP plan per 10,000", "&ndash;", "&ndash;", 44.8, 46.1, 47.5, "&ndash;", 43.9, 41.6, "&ndash;", "child_protection_plans", "rate_per_10000"),
    ("CS06", "CP plans lasting 2 years or more (%)", "Low", "3%", 2.6, 3.4, 4.1, "R", 3.0, 2.9, "&darr;", "child_protection_plans", "percent"),
    ("CS07", "Children looked after per 10,000", "&ndash;", "&ndash;", 53.2, 54.0, 55.6, "&ndash;", 62.0, 70.0, "&ndash;", "looked_after_children", "rate_per_10000"),
]


def _row_b(r):
    cls = r[7] if r[7] in "GAR" else ""
    cells = [r[0], r[1], r[2], r[3], f"{r[4]:.1f}", f"{r[5]:.1f}", f"{r[6]:.1f}"]
    tds = "".join(f'<td class="num">{c}</td>' if i > 2 else f"<td>{c}</td>" for i, c in enumerate(cells))
    tds += f'<td class="{cls}">{r[7]}</td><td class="num">{r[8]:.1f}</td><td class="num">{r[9]:.1f}</td><td>{r[10]}</td>'
    return f"<tr>{tds}</tr>"


BODY_B = """
<h1>Children's Services Performance Scorecard</h1>
<p><b>Quarter 2 2025/26 (1 July to 30 September 2025)</b> &ndash; report to the People Overview and Scrutiny
Sub-Committee, 11 November 2025, Agenda item 5</p>
<h2>1. Summary</h2>
<p>Of the four indicators with a target, one is rated green, one amber and two red. Re-referrals rose to
23.8% in the quarter, above the 20% target. There were 412 children on a child protection plan at
30 September 2025, up from 398 at the end of June. The Director of Starting Well, Ruairi Pemberton-Agyei,
said: &ldquo;Repeat referrals are where I want the sub-committee's challenge; we are auditing every one of them.&rdquo;</p>
<h2>2. Scorecard</h2>
<table>
<tr><th>Ref</th><th>Indicator</th><th>Polarity</th><th>Target</th><th>2024/25 outturn</th><th>Q1</th><th>Q2</th><th>RAG</th><th>Stat. neighbours</th><th>England</th><th>DoT</th></tr>
""" + "\n".join(_row_b(r) for r in ROWS_B) + """
</table>
<p class="small">RAG: G = on or better than target; A = within 5% of target; R = more than 5% from target.
DoT = direction of travel since Q1. Statistical neighbours and England are the latest published (2024/25) figures.
Rates are per 10,000 children aged 0&ndash;17 on a rolling 12 months.</p>
"""
FIGS_B = [
    fig(4, "count", "other", "indicators with a target", "Of the four indicators with a target", optional=True),
    fig(1, "count", "other", "indicators rated green", "one is rated green"),
    fig(1, "count", "other", "indicators rated amber", "one amber"),
    fig(2, "count", "other", "indicators rated red", "two red"),
    fig(412, "count", "child_protection_plans", "children on a CP plan at 30 September 2025", "There were 412 children on a child protection plan"),
    fig(398, "count", "child_protection_plans", "children on a CP plan at end of June", "up from 398 at the end of June",
        per("Q1", "at the end of June")),
    fig(12, "months", "other", "re-referral window (definition)", "within 12 months", optional=True),
    fig(45, "days", "other", "assessment timescale (definition)", "within 45 working days", optional=True),
    fig(2, "years", "other", "plan duration (definition)", "2 years or more", optional=True),
]
for r in ROWS_B:
    ref, name, _pol, target, out, q1, q2, _rag, sn, eng, _dot, metric, unit = r
    anchor = f"{ref} {name}"
    if target[0].isdigit():
        FIGS_B.append(fig(float(target.rstrip("%")), "percent", metric, f"{name} target", anchor))
    FIGS_B += [fig(out, unit, metric, f"{name}, 2024/25 outturn", anchor, per("2024/25", "2024/25 outturn")),
               fig(q1, unit, metric, f"{name}, Q1", anchor, per("Q1", "Q1 2025/26")),
               fig(q2, unit, metric, f"{name}, Q2", anchor),
               fig(sn, unit, metric, f"{name}, statistical neighbours", anchor),
               fig(eng, unit, metric, f"{name}, England", anchor)]
GOLD_B = {
    "kind": "council_report", "title": "Children's Services Performance Scorecard - Quarter 2 2025/26",
    "area": "Havering", "partnership": None,
    "period": {"start": "2025-07-01", "end": "2025-09-30", "text": "Quarter 2 2025/26 (1 July to 30 September 2025)"},
    "figures": FIGS_B,
    "not_figures": ["Agenda item 5", "11 November 2025", "within 5% of target", "more than 5% from target", "aged 0–17",
                    "CS01", "CS04", "CS07", "1. Summary", "2. Scorecard", "rolling 12 months", "30 September 2025"],
    "quotes": [{"text": "Repeat referrals are where I want the sub-committee's challenge; we are auditing every one of them.",
                "speaker": "Ruairi Pemberton-Agyei", "aliases": ["Pemberton-Agyei", "Ruairi Pemberton-Agyei", "the Director of Starting Well"],
                "role": "Director of Starting Well", "cue": "said"}],
    "people": [{"name": "Ruairi Pemberton-Agyei", "role": "Director of Starting Well"}],
    "boilerplate": [FOOT_B.replace("&middot;", "·")],
    "notes": ("Quarterly scorecard with Ref | Indicator | Polarity | Target | 2024/25 outturn | Q1 | Q2 | RAG | SN | England | DoT. "
              "Targets are figures with the indicator's metric ('30%', '20%', '90%', '3%'); en-dash cells are no value; RAG letters and "
              "arrows are not figures; refs CS01-CS07 are not figures; SN and England share values with other cells (3.0 vs 3% target). "
              "Prose repeats Q2 re-referrals 23.8% and the 20% target (one figure each). Legend thresholds 'within 5%' are traps."),
}
write("u02_havering_performance_scorecard_q2",
      page("Havering Children's Services Performance Scorecard Q2 2025/26",
           "Havering Council &ndash; People Overview and Scrutiny Sub-Committee &ndash; 11 November 2025", FOOT_B, BODY_B), GOLD_B)

# ---------------------------------------------------------------- u03 North Somerset minutes
FOOT_C = ("North Somerset Council &middot; Children and Young People's Services Policy and Scrutiny Panel &middot; "
          "Chairman's initials ______ &middot; Invented test document: people and figures are fictional.")
BODY_C = """
<h1>Minutes of the Children and Young People's Services Policy and Scrutiny Panel</h1>
<p>Tuesday 14 October 2025 at 6.00 pm, Town Hall, Weston-super-Mare</p>
<p><b>Present:</b> Councillor Felicity Marchbank (Chairman), Councillors Tom Ashdown, Priya Venkataraman,
Owain Lethbridge and Stella Quarrie.<br><b>Officers in attendance:</b> Harriet Colquhoun (Assistant Director,
Children's Social Care), Dominic Fairweather (Business Manager, North Somerset Safeguarding Children Partnership).</p>
<h2>CYP 21 &nbsp; Apologies for absence</h2>
<p>Apologies were received from Councillor Ben Oduya.</p>
<h2>CYP 22 &nbsp; Declarations of interest</h2>
<p>None.</p>
<h2>CYP 23 &nbsp; Minutes of the meeting held on 9 July 2025</h2>
<p>Resolved: that the minutes be approved as a correct record and signed by the Chairman.</p>
<h2>CYP 24 &nbsp; Quarter 1 2025/26 children's social care performance (Agenda item 6)</h2>
<p>The Assistant Director presented the report, which covered April to June 2025. The service had received
1,487 contacts in the quarter, of which 412 became referrals. Members were referred to the table below.</p>
<table>
<tr><th>Month</th><th>Contacts</th><th>Referrals</th><th>Section 47 enquiries</th><th>ICPCs</th></tr>
<tr><td>April 2025</td><td class="num">503</td><td class="num">139</td><td class="num">61</td><td class="num">14</td></tr>
<tr><td>May 2025</td><td class="num">492</td><td class="num">128</td><td class="num">57</td><td class="num">12</td></tr>
<tr><td>June 2025</td><td class="num">492</td><td class="num">145</td><td class="num">66</td><td class="num">17</td></tr>
<tr><td>Quarter 1 total</td><td class="num">1,487</td><td class="num">412</td><td class="num">184</td><td class="num">43</td></tr>
</table>
<p>Councillor Ashdown asked why 37 children had been subject to a plan for more than 18 months. In response,
Ms Colquhoun said that 229 children were subject to a child protection plan at 30 June 2025, a rate of
57.4 per 10,000, and that each long-running plan was now reviewed by a head of service.</p>
<p>Resolved: (1) that the Panel notes the report; (2) that a further report on repeat plans be brought to the
meeting on 13 January 2026.</p>
<h2>CYP 25 &nbsp; Safeguarding partnership update</h2>
<p>Mr Fairweather reported that 6 rapid reviews had been held since April 2025 and that one local child
safeguarding practice review had been commissioned. He said: &ldquo;The rapid reviews were all completed on time, and
the learning about neglect of older children is going straight into our training.&rdquo;</p>
<p>Resolved: that the update be noted.</p>
<p>The meeting closed at 8.42 pm.</p>
"""
PQ1 = per("Q1", "Quarter 1 2025/26")
MONTHS = [("April 2025", "2025-04-01", "2025-04-30"), ("May 2025", "2025-05-01", "2025-05-31"), ("June 2025", "2025-06-01", "2025-06-30")]
TAB_C = [(503, 139, 61, 14), (492, 128, 57, 12), (492, 145, 66, 17)]
FIGS_C = [
    fig(1487, "count", "social_care_referrals", "contacts in Quarter 1", "1,487 contacts in the quarter"),
    fig(412, "count", "social_care_referrals", "referrals in Quarter 1", "of which 412 became referrals"),
    fig(184, "count", "section_47_enquiries", "section 47 enquiries Quarter 1", "Quarter 1 total 1,487 412 184 43"),
    fig(43, "count", "other", "ICPCs Quarter 1", "Quarter 1 total 1,487 412 184 43"),
    fig(37, "count", "other", "children on a plan for more than 18 months", "why 37 children had been subject to a plan"),
    fig(18, "months", "other", "plan duration threshold", "for more than 18 months", optional=True),
    fig(229, "count", "child_protection_plans", "children on a CP plan at 30 June 2025", "229 children were subject to a child protection plan"),
    fig(57.4, "rate_per_10000", "child_protection_plans", "CP plan rate", "a rate of 57.4 per 10,000"),
    fig(6, "count", "rapid_reviews", "rapid reviews since April 2025", "6 rapid reviews had been held"),
    fig(1, "count", "lcsprs_commissioned", "LCSPR commissioned", "one local child safeguarding practice review had been commissioned"),
]
for (label, s, e), row in zip(MONTHS, TAB_C):
    p = {"start": s, "end": e, "text": label}
    for v, metric, what in zip(row, ["social_care_referrals", "social_care_referrals", "section_47_enquiries", "other"],
                               ["contacts", "referrals", "section 47 enquiries", "ICPCs"]):
        FIGS_C.append(fig(v, "count", metric, f"{what}, {label}", f"{label} " + " ".join(f"{x:,}" for x in row), p))
GOLD_C = {
    "kind": "council_report", "title": "Minutes of the Children and Young People's Services Policy and Scrutiny Panel, 14 October 2025",
    "area": "North Somerset", "partnership": "North Somerset Safeguarding Children Partnership",
    "period": {"start": "2025-04-01", "end": "2025-06-30", "text": "April to June 2025"},
    "figures": FIGS_C,
    "not_figures": ["CYP 21", "CYP 22", "CYP 23", "CYP 24", "CYP 25", "14 October 2025", "6.00 pm", "8.42 pm", "9 July 2025",
                    "13 January 2026", "(1)", "(2)", "Agenda item 6", "30 June 2025"],
    "quotes": [{"text": "The rapid reviews were all completed on time, and the learning about neglect of older children is going straight into our training.",
                "speaker": "Dominic Fairweather", "aliases": ["Fairweather", "Mr Fairweather", "Dominic Fairweather"],
                "role": "Business Manager, North Somerset Safeguarding Children Partnership", "cue": "said"}],
    "people": [{"name": "Harriet Colquhoun", "role": "Assistant Director, Children's Social Care"},
               {"name": "Dominic Fairweather", "role": "Business Manager, North Somerset Safeguarding Children Partnership"},
               {"name": "Felicity Marchbank", "role": "Chairman"}],
    "boilerplate": [FOOT_C.replace("&middot;", "·")],
    "notes": ("Committee minutes with minute numbers 'CYP 21'-'CYP 25' in headings, '(1)'/'(2)' resolutions, meeting times; "
              "a month-row table (April/May/June 2025 + Quarter 1 total) whose columns carry the metric; the value 492 is two "
              "different facts (contacts May and June); total row repeats prose 1,487 and 412 (one figure each)."),
}
write("u03_north_somerset_scrutiny_minutes",
      page("Minutes - North Somerset CYP Policy and Scrutiny Panel 14 October 2025",
           "North Somerset Council &ndash; Minutes &ndash; 14 October 2025", FOOT_C, BODY_C), GOLD_C)

# ---------------------------------------------------------------- u04 Bexley review tracker
FOOT_D = ("Bexley Safeguarding Partnership &middot; Executive Group &middot; Restricted &ndash; do not circulate &middot; "
          "Invented test document: cases, people and figures are fictional.")
ROWS_D = [  # ref, incident, notified, rr date, days, decision, status, recs, actions %
    ("BX-24-01", "12/05/2024", "15/05/2024", "29/05/2024", 10, "LCSPR", "Published", 6, 100),
    ("BX-24-02", "03/07/2024", "05/07/2024", "18/07/2024", 9, "No LCSPR &ndash; single agency learning", "Closed", 3, 100),
    ("BX-24-03", "21/09/2024", "24/09/2024", "09/10/2024", 11, "LCSPR", "In progress", None, None),
    ("BX-24-04", "02/12/2024", "04/12/2024", "17/12/2024", 9, "National review (CSPRP)", "In progress", None, None),
    ("BX-25-01", "14/02/2025", "17/02/2025", "03/03/2025", 10, "No LCSPR", "Closed", 4, 50),
]


def _row_d(r):
    cells = list(r[:4]) + [str(r[4]), r[5], r[6], "&ndash;" if r[7] is None else str(r[7]),
                           "&ndash;" if r[8] is None else f"{r[8]}%"]
    return "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"


BODY_D = """
<h1>Rapid Review and LCSPR Tracker</h1>
<p>Report to the Bexley Safeguarding Partnership Executive Group, 22 May 2025 &ndash; Item 4.2<br>
Period covered: 1 April 2024 to 31 March 2025</p>
<div class="cards">
 <div class="card"><span class="n">5</span><span class="l">serious incident notifications</span></div>
 <div class="card"><span class="n">2</span><span class="l">LCSPRs commissioned</span></div>
 <div class="card"><span class="n">1</span><span class="l">LCSPR published</span></div>
 <div class="card"><span class="n">13</span><span class="l">recommendations made</span></div>
</div>
<h2>1. Summary</h2>
<p>All five notifications led to a rapid review, and every rapid review was completed within the 15 working day
timescale. The average time from notification to rapid review was 9.8 working days. One case was referred to the
Child Safeguarding Practice Review Panel for a national review. Of the 13 recommendations made, 11 have been
fully implemented.</p>
<h2>2. Tracker</h2>
<table>
<tr><th>Ref</th><th>Date of incident</th><th>Notified to Ofsted</th><th>Rapid review</th><th>Working days</th>
<th>Decision</th><th>Status</th><th>Recs</th><th>Actions complete</th></tr>
""" + "\n".join(_row_d(r) for r in ROWS_D) + """
</table>
<p class="small">Working days are counted from notification to the rapid review meeting. Refs follow the pattern BX-YY-NN.</p>
<p>Contact: Lindiwe Harcourt-Moss, Partnership Manager, 0121 496 0538.</p>
"""
FIGS_D = [
    fig(5, "count", "serious_incident_notifications", "serious incident notifications", "5 serious incident notifications"),
    fig(2, "count", "lcsprs_commissioned", "LCSPRs commissioned", "2 LCSPRs commissioned"),
    fig(1, "count", "lcsprs_published", "LCSPR published", "1 LCSPR published"),
    fig(13, "count", "recommendations", "recommendations made", "Of the 13 recommendations made"),
    fig(5, "count", "rapid_reviews", "rapid reviews (all five notifications)", "All five notifications led to a rapid review"),
    fig(15, "days", "other", "rapid review timescale", "within the 15 working day timescale", optional=True),
    fig(9.8, "days", "other", "average time from notification to rapid review", "9.8 working days"),
    fig(1, "count", "national_reviews", "case referred for a national review", "One case was referred", optional=True),
    fig(11, "count", "recommendations", "recommendations fully implemented", "11 have been fully implemented"),
]
for r in ROWS_D:
    anchor = " ".join(str(x) for x in r[:5])
    # a case register's cells: optional, as tests/test_tables.py::test_case_register_gives_no_figures
    FIGS_D.append(fig(r[4], "days", "other", f"working days to rapid review, {r[0]}", anchor, optional=True))
    if r[7] is not None:
        FIGS_D.append(fig(r[7], "count", "recommendations", f"recommendations, {r[0]}", f"{r[0]} ... {r[7]}", optional=True))
        FIGS_D.append(fig(r[8], "percent", "other", f"actions complete, {r[0]}", f"{r[0]} ... {r[8]}%", optional=True))
GOLD_D = {
    "kind": "council_report", "title": "Rapid Review and LCSPR Tracker",
    "area": "Bexley", "partnership": "Bexley Safeguarding Partnership",
    "period": {"start": "2024-04-01", "end": "2025-03-31", "text": "1 April 2024 to 31 March 2025"},
    "figures": FIGS_D,
    "not_figures": ["BX-24-01", "BX-24-02", "BX-25-01", "12/05/2024", "29/05/2024", "22 May 2025", "Item 4.2", "0121 496 0538",
                    "BX-YY-NN", "1. Summary", "2. Tracker"],
    "quotes": [], "people": [{"name": "Lindiwe Harcourt-Moss", "role": "Partnership Manager"}],
    "boilerplate": [FOOT_D.replace("&middot;", "·")],
    "notes": ("Review tracker: one row per case (a case register: its cells are optional, following the project's "
              "rule that a register of cases gives no figures) with refs 'BX-24-01' (not figures), dd/mm/yyyy dates (not figures), a working-days "
              "column (days, other), text decision/status cells, recommendation counts and '% actions complete' with en-dash "
              "cells for open cases. Card row of four; the value 5 is notifications and rapid reviews; 1 is an LCSPR published and a "
              "national review (optional)."),
}
write("u04_bexley_review_tracker",
      page("Bexley Rapid Review and LCSPR Tracker", "Bexley Safeguarding Partnership &ndash; Executive Group &ndash; 22 May 2025",
           FOOT_D, BODY_D), GOLD_D)

# ---------------------------------------------------------------- u05 Denbighshire register
FOOT_E = ("Tudalen 31 / Page 31 &middot; Cyngor Sir Ddinbych / Denbighshire County Council &middot; "
          "Invented test document: people and figures are fictional.")
BODY_E = """
<p class="small">Adroddiad i / Report to: Pwyllgor Craffu Partneriaethau / Partnerships Scrutiny Committee<br>
Dyddiad y cyfarfod / Date of meeting: 27 November 2025 &middot; Eitem / Item 7</p>
<h1>Child Protection Register Annual Report 2024/25</h1>
<h2>1. Purpose of the report</h2>
<p>1.1 This report sets out activity on Denbighshire's child protection register between 1 April 2024 and
31 March 2025, under Part 7 of the Social Services and Well-being (Wales) Act 2014.</p>
<h2>2. Register activity</h2>
<p>2.1 There were 124 registrations and 135 de-registrations during the year, so the number of children on the
register fell from 101 to 90. The register rate of 50.2 per 10,000 children compares with 47.9 for Wales.</p>
<table>
<tr><th>Tabl 1 / Table 1</th><th>2022/23</th><th>2023/24</th><th>2024/25</th></tr>
<tr><td>Cofrestriadau / Registrations</td><td class="num">118</td><td class="num">131</td><td class="num">124</td></tr>
<tr><td>Dadgofrestriadau / De-registrations</td><td class="num">109</td><td class="num">127</td><td class="num">135</td></tr>
<tr><td>Children on the register at 31 March</td><td class="num">97</td><td class="num">101</td><td class="num">90</td></tr>
<tr><td>Rate per 10,000 children aged under 18</td><td class="num">54.1</td><td class="num">56.3</td><td class="num">50.2</td></tr>
<tr><td>Re-registrations within 12 months (%)</td><td class="num">6.8</td><td class="num">7.6</td><td class="num">4.8</td></tr>
</table>
<h2>3. Categories of registration</h2>
<table>
<tr><th>Tabl 2 / Table 2: category at 31 March 2025</th><th>Number</th><th>%</th></tr>
<tr><td>Esgeulustod / Neglect</td><td class="num">41</td><td class="num">45.6</td></tr>
<tr><td>Cam-drin emosiynol / Emotional abuse</td><td class="num">27</td><td class="num">30.0</td></tr>
<tr><td>Cam-drin corfforol / Physical abuse</td><td class="num">15</td><td class="num">16.7</td></tr>
<tr><td>Cam-drin rhywiol / Sexual abuse</td><td class="num">7</td><td class="num">7.8</td></tr>
<tr><td>Cyfanswm / Total</td><td class="num">90</td><td class="num">100.0</td></tr>
</table>
<h2>4. Child practice reviews</h2>
<p>4.1 Eleven referrals for a child practice review were considered by the North Wales Safeguarding Board, of which
two concise reviews were agreed. One extended review remains in progress.</p>
<p>4.2 The Head of Children's Services, Gwenllian Prys-Hartley, said: &ldquo;Fewer children are on the register
because families are getting help earlier, not because the threshold has moved.&rdquo;</p>
"""
E = per("2024/25")
FIGS_E = [
    fig(124, "count", "child_protection_plans", "registrations", "There were 124 registrations"),
    fig(135, "count", "child_protection_plans", "de-registrations", "135 de-registrations"),
    fig(101, "count", "child_protection_plans", "children on the register a year earlier", "fell from 101 to 90", P23),
    fig(90, "count", "child_protection_plans", "children on the register at 31 March 2025", "fell from 101 to 90"),
    fig(50.2, "rate_per_10000", "child_protection_plans", "register rate", "register rate of 50.2 per 10,000"),
    fig(47.9, "rate_per_10000", "child_protection_plans", "register rate, Wales", "compares with 47.9 for Wales"),
    fig(118, "count", "child_protection_plans", "registrations 2022/23", "Registrations 118 131 124", P22),
    fig(131, "count", "child_protection_plans", "registrations 2023/24", "Registrations 118 131 124", P23),
    fig(109, "count", "child_protection_plans", "de-registrations 2022/23", "De-registrations 109 127 135", P22),
    fig(127, "count", "child_protection_plans", "de-registrations 2023/24", "De-registrations 109 127 135", P23),
    fig(97, "count", "child_protection_plans", "children on the register at 31 March 2023", "97 101 90", P22),
    fig(54.1, "rate_per_10000", "child_protection_plans", "register rate 2022/23", "54.1 56.3 50.2", P22),
    fig(56.3, "rate_per_10000", "child_protection_plans", "register rate 2023/24", "54.1 56.3 50.2", P23),
    fig(6.8, "percent", "child_protection_plans", "re-registrations 2022/23", "6.8 7.6 4.8", P22),
    fig(7.6, "percent", "child_protection_plans", "re-registrations 2023/24", "6.8 7.6 4.8", P23),
    fig(4.8, "percent", "child_protection_plans", "re-registrations 2024/25", "6.8 7.6 4.8"),
    fig(12, "months", "other", "re-registration window (definition)", "within 12 months", optional=True),
    fig(41, "count", "child_protection_plans", "register: neglect", "Neglect 41 45.6"),
    fig(45.6, "percent", "child_protection_plans", "register: neglect share", "Neglect 41 45.6"),
    fig(27, "count", "child_protection_plans", "register: emotional abuse", "Emotional abuse 27 30.0"),
    fig(30.0, "percent", "child_protection_plans", "register: emotional abuse share", "Emotional abuse 27 30.0"),
    fig(15, "count", "child_protection_plans", "register: physical abuse", "Physical abuse 15 16.7"),
    fig(16.7, "percent", "child_protection_plans", "register: physical abuse share", "Physical abuse 15 16.7"),
    fig(7, "count", "child_protection_plans", "register: sexual abuse", "Sexual abuse 7 7.8"),
    fig(7.8, "percent", "child_protection_plans", "register: sexual abuse share", "Sexual abuse 7 7.8"),
    fig(100.0, "percent", "child_protection_plans", "total share", "Total 90 100.0", optional=True),
    fig(11, "count", "review_referrals", "child practice review referrals", "Eleven referrals for a child practice review"),
    fig(2, "count", "lcsprs_commissioned", "concise reviews agreed", "two concise reviews were agreed"),
    fig(1, "count", "lcsprs_ongoing", "extended review in progress", "One extended review remains in progress"),
]
GOLD_E = {
    "kind": "council_report", "title": "Child Protection Register Annual Report 2024/25",
    "area": "Denbighshire", "partnership": None,
    "period": {"start": "2024-04-01", "end": "2025-03-31", "text": "between 1 April 2024 and 31 March 2025"},
    "figures": FIGS_E,
    "not_figures": ["Tudalen 31 / Page 31", "27 November 2025", "Item 7", "1.1", "2.1", "4.1", "4.2", "Part 7", "(Wales) Act 2014",
                    "Table 1", "Table 2", "aged under 18", "at 31 March 2025"],
    "quotes": [{"text": "Fewer children are on the register because families are getting help earlier, not because the threshold has moved.",
                "speaker": "Gwenllian Prys-Hartley", "aliases": ["Prys-Hartley", "Gwenllian Prys-Hartley", "Head of Children's Services"],
                "role": "Head of Children's Services", "cue": "said"}],
    "people": [{"name": "Gwenllian Prys-Hartley", "role": "Head of Children's Services"}],
    "boilerplate": [FOOT_E.replace("&middot;", "·")],
    "notes": ("Welsh scrutiny report with bilingual labels ('Tabl 1 / Table 1', 'Cofrestriadau / Registrations'), page label "
              "'Tudalen 31 / Page 31', numbered paragraphs 1.1-4.2; register table by year (2024/25 repeats prose: 124, 135, 90, 50.2; "
              "101 repeats 2023/24 cell) and a category table Number | % with a Total row (90 repeated, 100.0 optional). "
              "The value 7 is sexual-abuse registrations only; 'Part 7' is a trap."),
}
write("u05_denbighshire_child_protection_register",
      page("Denbighshire Child Protection Register Annual Report 2024/25",
           "Denbighshire County Council &ndash; Partnerships Scrutiny Committee &ndash; 27 November 2025", FOOT_E, BODY_E), GOLD_E)
