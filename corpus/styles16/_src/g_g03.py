"""g03: police child exploitation problem profile, public summary (reportlab BaseDocTemplate with two text frames,
i.e. two columns, and a full-width key-figures band). Run: /tmp/pdfgen8/bin/python _src/g_g03.py"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pdfkit_g import *
from reportlab.platypus import Paragraph, Spacer, BaseDocTemplate, Frame, PageTemplate, FrameBreak
from reportlab.lib.units import mm
from mk import F, P, Q, gold

DOC = 'g03_halton_police_child_exploitation_problem_profile_summary.pdf'
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), DOC)
S = styles('#1d3557')
b, h1, h2, sm = S['body'], S['h1'], S['h2'], S['small']
b.fontSize = 9; b.leading = 11.5

def deco(c, doc):
    c.saveState(); c.setFont('Helvetica', 7.5)
    c.drawString(15 * mm, 288 * mm, 'Cheshire Constabulary | Halton Local Policing Unit | OFFICIAL - PUBLIC')
    c.drawString(15 * mm, 12 * mm, 'Child Exploitation Problem Profile 2026 - public summary')
    c.drawRightString(195 * mm, 12 * mm, 'Page %d of 1' % doc.page)
    c.setFont('Helvetica-Oblique', 6.5); c.drawString(15 * mm, 8 * mm, NOTE); c.restoreState()

doc = BaseDocTemplate(OUT, title='Child Exploitation Problem Profile 2026: public summary', author='Cheshire Constabulary (synthetic)', subject=NOTE)
W = 180 * mm; gap = 6 * mm; cw = (W - gap) / 2
top = Frame(15 * mm, 222 * mm, W, 60 * mm, id='top')
l1 = Frame(15 * mm, 20 * mm, cw, 200 * mm, id='l1'); r1 = Frame(15 * mm + cw + gap, 20 * mm, cw, 200 * mm, id='r1')
l2 = Frame(15 * mm, 20 * mm, cw, 262 * mm, id='l2'); r2 = Frame(15 * mm + cw + gap, 20 * mm, cw, 262 * mm, id='r2')
doc.addPageTemplates([PageTemplate('first', [top, l1, r1], onPage=deco, autoNextPageTemplate='later'),
                      PageTemplate('later', [l2, r2], onPage=deco)])
story = [
    Paragraph('Child Exploitation Problem Profile 2026: Halton', h1),
    Paragraph('Public summary of a restricted intelligence product. Period covered: 1 October 2025 to 30 September 2026. Prepared by the Force Intelligence Bureau for the Halton Children\u2019s Safeguarding Partnership. Author: DS Laura Penketh. Document ref. FIB/PP/26/017.', b),
    table([['Children flagged at risk', 'Exploitation crimes', 'Missing episodes', 'Police protection'],
           ['318', '142', '1,027', '47']], [45, 45, 45, 45], S['accent']),
    Paragraph('Key figures, 12 months to 30 September 2026', sm),
    FrameBreak(),
    Paragraph('Summary', h2),
    Paragraph('At the end of the period 318 children in Halton carried an exploitation risk flag on police systems, an increase of 21% on the previous profile. Of these, 196 were flagged for criminal exploitation, 88 for sexual exploitation and 34 for both. Boys made up 71% of children flagged for criminal exploitation; girls made up 83% of those flagged for sexual exploitation.', b),
    Paragraph('Officers recorded 142 crimes with an exploitation marker, including 39 offences of possession with intent to supply where the suspect was a child. Seven county lines were assessed as active in the borough, down from 11, with most lines running from Liverpool and Manchester. Intelligence suggests that a further two or three local lines operate only within Widnes and Runcorn.', b),
    Paragraph('Missing from home', h2),
    Paragraph('There were 1,027 missing episodes involving 412 children. A small group of 25 children accounted for 38% of all episodes. Return home interviews were offered after 94% of episodes but completed within 72 hours in only 61%. Children in care were reported missing 486 times; 203 of those episodes were from out-of-area placements in the borough.', b),
    Paragraph('Safeguarding outcomes', h2),
    Paragraph('Police protection powers were used 47 times for children at risk of exploitation, against 29 in 2024/25. Officers made 214 referrals to children\u2019s social care with an exploitation concern, and 23 children were the subject of a child protection plan with exploitation as a recorded factor at the end of September 2026. The Multi-Agency Child Exploitation meeting (MACE) reviewed 66 children.', b),
    Paragraph('Criminal justice activity produced 58 arrests of adults for exploitation-related offences and 9 Child Abduction Warning Notices. Two trafficking orders were obtained. One child died during the period in circumstances linked to exploitation; a rapid review was held and the Halton Children\u2019s Safeguarding Partnership has commissioned a local child safeguarding practice review.', b),
    FrameBreak(),
    Paragraph('Voices', h2),
    Paragraph('Chief Inspector Sunita Bhogal, who leads on child exploitation for the Halton area, said: \u201cA flag on a system doesn\u2019t protect a child. What protects a child is a trusted adult noticing the new trainers, the second phone, the taxi at midnight.\u201d', b),
    Paragraph('She added that the profile would be refreshed every 12 months. A parent who contributed to the profile described the experience of reporting her son missing: \u201cThey took him home nine times before anyone asked where he was actually going.\u201d', b),
    Paragraph('Intelligence requirements', h2),
    Paragraph('The profile sets 14 intelligence requirements for the next year. Gaps include online grooming on gaming platforms, for which only 6 intelligence reports were submitted, and the use of short-let properties. Partners can submit information through the Partnership Intelligence Portal or by calling 01632 960275. In an emergency always call 999.', b),
    Paragraph('Notes: Flags are recorded against a person, not a crime, so children can appear in more than one category. Numbers under 5 are shown as \u201c<5\u201d in the restricted version. Grading follows the 3x5x2 intelligence model.', sm),
]
doc.build(story)

PER = P('2025-10-01', '2026-09-30', '1 October 2025 to 30 September 2026')
fig = [
    F(318, 'count', 'other', 'children flagged at risk of exploitation', '318 children in Halton carried an exploitation risk flag'),
    F(142, 'count', 'other', 'crimes with an exploitation marker', 'Officers recorded 142 crimes'),
    F(1027, 'count', 'other', 'missing episodes', 'There were 1,027 missing episodes'),
    F(47, 'count', 'police_protection', 'uses of police protection powers', 'Police protection powers were used 47 times'),
    F(21, 'percent', 'other', 'increase in flagged children', 'an increase of 21%'),
    F(196, 'count', 'other', 'children flagged for criminal exploitation', '196 were flagged for criminal exploitation'),
    F(88, 'count', 'other', 'children flagged for sexual exploitation', '88 for sexual exploitation'),
    F(34, 'count', 'other', 'children flagged for both', '34 for both'),
    F(71, 'percent', 'other', 'boys among children flagged for criminal exploitation', 'Boys made up 71%'),
    F(83, 'percent', 'other', 'girls among children flagged for sexual exploitation', 'girls made up 83%'),
    F(39, 'count', 'other', 'possession with intent to supply offences with child suspect', 'including 39 offences of possession'),
    F(7, 'count', 'other', 'active county lines', 'Seven county lines were assessed as active'),
    F(11, 'count', 'other', 'active county lines, previous profile', 'down from 11'),
    F(2, 'count', 'other', 'further local lines (range low)', 'a further two or three local lines', optional=True),
    F(3, 'count', 'other', 'further local lines (range high)', 'a further two or three local lines', optional=True),
    F(412, 'count', 'other', 'children reported missing', 'involving 412 children'),
    F(25, 'count', 'other', 'children accounting for a large share of episodes', 'A small group of 25 children'),
    F(38, 'percent', 'other', 'share of missing episodes by the 25 children', 'accounted for 38% of all episodes'),
    F(94, 'percent', 'other', 'episodes with return home interview offered', 'offered after 94% of episodes'),
    F(3, 'days', 'other', 'return home interview timescale (72 hours)', 'within 72 hours', optional=True),
    F(61, 'percent', 'other', 'return home interviews completed within 72 hours', 'in only 61%'),
    F(486, 'count', 'other', 'missing episodes of children in care', 'Children in care were reported missing 486 times'),
    F(203, 'count', 'other', 'missing episodes from out-of-area placements', '203 of those episodes'),
    F(29, 'count', 'police_protection', 'uses of police protection powers 2024/25', 'against 29 in 2024/25', period=P('2024-04-01', '2025-03-31', '2024/25')),
    F(214, 'count', 'social_care_referrals', "police referrals to children's social care with exploitation concern", 'Officers made 214 referrals'),
    F(23, 'count', 'other', 'children on a child protection plan with exploitation as a factor', '23 children were the subject of a child protection plan'),
    F(66, 'count', 'other', 'children reviewed at MACE', 'reviewed 66 children'),
    F(58, 'count', 'other', 'arrests of adults for exploitation-related offences', 'produced 58 arrests'),
    F(9, 'count', 'other', 'Child Abduction Warning Notices', '9 Child Abduction Warning Notices'),
    F(2, 'count', 'other', 'trafficking orders', 'Two trafficking orders'),
    F(1, 'count', 'child_deaths', 'child who died in circumstances linked to exploitation', 'One child died during the period'),
    F(1, 'count', 'rapid_reviews', 'rapid review held', 'a rapid review was held', optional=True),
    F(1, 'count', 'lcsprs_commissioned', 'LCSPR commissioned', 'has commissioned a local child safeguarding practice review', optional=True),
    F(12, 'months', 'other', 'profile refresh interval', 'every 12 months'),
    F(9, 'count', 'other', 'times the son was taken home (parent quote)', 'nine times', optional=True),
    F(14, 'count', 'other', 'intelligence requirements', 'sets 14 intelligence requirements'),
    F(6, 'count', 'other', 'intelligence reports on online grooming on gaming platforms', 'only 6 intelligence reports'),
]
nf = ['FIB/PP/26/017', '12 months to 30 September 2026', '01632 960275', '999', '<5', '3x5x2', '2024/25', 'Numbers under 5']
quotes = [
    Q('A flag on a system doesn\u2019t protect a child. What protects a child is a trusted adult noticing the new trainers, the second phone, the taxi at midnight.', 'Sunita Bhogal', ['Bhogal', 'Chief Inspector Sunita Bhogal', 'Ch Insp Bhogal'], 'said', role='Chief Inspector, lead on child exploitation for the Halton area'),
    Q('They took him home nine times before anyone asked where he was actually going.', 'a parent who contributed to the profile', ['parent', 'A parent', 'mother'], 'described'),
]
people = [{'name': 'Laura Penketh', 'role': 'Detective Sergeant, Force Intelligence Bureau'}, {'name': 'Sunita Bhogal', 'role': 'Chief Inspector, child exploitation lead, Halton'}]
gold(DOC, 'other', 'Child Exploitation Problem Profile 2026: Halton (public summary)', 'Halton',
     'Halton Children\u2019s Safeguarding Partnership', PER, fig, nf, quotes, people,
     ['Cheshire Constabulary | Halton Local Policing Unit | OFFICIAL - PUBLIC', 'Child Exploitation Problem Profile 2026 - public summary'],
     "Police child exploitation problem profile, public summary (reportlab, one page, two text columns under a full-width key-figures band; plain extraction interleaves the columns line by line). Kind other (a police intelligence product), period October to September (not a financial year). Traps: four key-figure cards whose values repeat in prose (one figure each); flag counts by category overlap (196 + 88 + 34 = 318 but they are stated facts, all required); 'Seven ... down from 11' previous profile (period left to the record's as the previous profile's dates are not given); 'two or three local lines' a range, two optional figures; '72 hours' inside a timeliness measure (optional, 3 days: the vocabulary has no hours unit) and the timeliness '61%' other; missing episodes of children in care are other (episodes, not children); police protection 47 with a 2024/25 comparator (keeps police_protection); police referrals to children's social care (social_care_referrals); children on a CP plan with exploitation as a factor are a feature-defined subset (other); one death (child_deaths), implied single rapid review and LCSPR optional; the parent's 'nine times' inside a quote optional; '999', '<5', 'Numbers under 5', '3x5x2', the reference and phone number not figures; 'She added' (no quote marks) is reported speech; the parent is anonymous.")
