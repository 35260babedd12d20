"""d07: a local family-support charity's annual impact report (PDF, reportlab: cover band, 'year in numbers' stat grid,
first-person foreword, case-study box, where-the-money-came-from table, pull quotes) and its gold."""
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether
from mk_d import F, P, Q, gold, DIR

DOC = 'd07_coventry_family_charity_impact_report_2025_26.pdf'
NOTE = 'SYNTHETIC document invented for evaluation: the charity, people, families, quotes and figures are made up; only place names are real.'
TEAL = colors.HexColor('#0E6E6E')
GRID = [('612', 'families supported'), ('1,148', 'children in those families'), ('874', 'referrals received'),
        ('19 days', 'average wait from referral to first visit'), ('9,640', 'hours of one-to-one family support'), ('74', 'volunteers'),
        ('78%', 'of families finished with a better Family Star score'), ('3,420', 'holiday meals served'), ('£1.84m', 'total income')]
MONEY = [('Coventry City Council (Family Help contract)', '£712,000', '39%'), ('National Lottery Community Fund', '£386,000', '21%'),
         ('Charitable trusts and foundations', '£331,000', '18%'), ('NHS Coventry and Warwickshire ICB', '£148,000', '8%'),
         ('Donations, events and legacies', '£196,000', '11%'), ('Other income', '£67,000', '4%'), ('Total', '£1,840,000', '100%')]


def decor(c, doc):
    c.saveState()
    c.setFillColor(TEAL)
    c.rect(0, 0, 6 * mm, 297 * mm, fill=1, stroke=0)
    c.setFillColor(colors.black)
    c.setFont('Helvetica', 7.5)
    c.drawString(18 * mm, 12 * mm, 'Foleshill Road Family Trust  |  Impact Report 2025/26  |  Registered charity no. 1190000  |  Company no. 12000000')
    c.drawRightString(195 * mm, 12 * mm, str(doc.page))
    c.setFont('Helvetica-Oblique', 6.5)
    c.drawString(18 * mm, 7.5 * mm, NOTE)
    c.restoreState()


def build():
    ss = getSampleStyleSheet()
    body = ParagraphStyle('b', parent=ss['BodyText'], fontName='Helvetica', fontSize=9.5, leading=12.5, spaceAfter=5)
    h1 = ParagraphStyle('h1', parent=ss['Heading1'], fontName='Helvetica-Bold', fontSize=20, leading=24, textColor=TEAL)
    h2 = ParagraphStyle('h2', parent=ss['Heading2'], fontName='Helvetica-Bold', fontSize=11.5, leading=14, textColor=TEAL, spaceBefore=6)
    big = ParagraphStyle('big', parent=body, fontSize=8.5, leading=10.5, alignment=1, textColor=colors.white, spaceAfter=0)
    bign = ParagraphStyle('bign', parent=big, fontName='Helvetica-Bold', fontSize=17, leading=21)
    box = ParagraphStyle('box', parent=body, fontSize=9, leading=12)
    pull = ParagraphStyle('pull', parent=body, fontName='Helvetica-BoldOblique', fontSize=11, leading=14, textColor=TEAL, leftIndent=10, rightIndent=10, spaceBefore=4, spaceAfter=6)
    doc = SimpleDocTemplate(os.path.join(DIR, DOC), pagesize=A4, leftMargin=18 * mm, rightMargin=15 * mm, topMargin=15 * mm, bottomMargin=20 * mm,
                            title='Impact Report 2025/26', author='Foleshill Road Family Trust (synthetic)', subject=NOTE)
    s = [Paragraph('FOLESHILL ROAD FAMILY TRUST', h2), Paragraph('Impact Report 2025/26: Every family, every door', h1),
         Paragraph('Our year: 1 April 2025 to 31 March 2026', body),
         Paragraph('A word from our Chief Executive', h2),
         Paragraph('This was the busiest year in our 22-year history. We knocked on more doors, stayed longer with families who needed us, and for the first time took referrals straight from the city\'s Family Help teams. Demand still outstrips what we can offer, and I am proud of a staff team of 41 and our volunteers who never once closed the waiting list. Thank you to every funder, volunteer and family who trusted us. - Priya Chauhan, Chief Executive', body),
         Paragraph('Our year in numbers', h2)]
    rows = []
    for i in range(0, 9, 3):
        rows.append([[Paragraph(g[0], bign), Paragraph(g[1], big)] for g in GRID[i:i + 3]])
    t = Table(rows, colWidths=[58 * mm] * 3, rowHeights=[22 * mm] * 3)
    t.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), TEAL), ('GRID', (0, 0), (-1, -1), 2, colors.white), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
    s += [t, Spacer(1, 6)]
    s += [
        Paragraph('Who came to us', h2),
        Paragraph('We received 874 referrals, 16% more than in 2024/25. 41% came from children\'s social care and 23% from schools; 96 families referred themselves. Most families came to us because of money worries, poor housing or a parent\'s mental health, and more than half were already known to a social worker. Of the 612 families we supported, 147 had a child on a child protection plan when they started with us and 203 had a child in need plan.', body),
        Paragraph('What changed', h2),
        Paragraph('Families stayed with us for an average of 14 weeks. At closure, 78% had a better Family Star score on at least three of the eight outcome areas. For 58 children, the child protection plan ended while we were working with the family, and 9 children went on to become looked after. 6% of families we closed were re-referred to us within 12 months, down from 9% last year.', body),
        Paragraph('Our 26 parenting groups reached 214 parents, and 92% of those who finished a course said they felt more confident. Our volunteers gave 5,180 hours of their time, worth about £63,000 at the Real Living Wage.', body),
    ]
    case = Table([[Paragraph('<b>Jade\'s story</b> <i>(names and some details changed)</i><br/>Jade, 24, has two children under five. When her family support worker, Kemi, first visited, the family were sleeping in one room because of damp and Jade had not opened a letter for weeks. Over 16 weeks Kemi helped Jade get the flat repaired, sort out £2,300 of rent arrears and start a parenting course. Jade says: "Kemi didn\'t judge me. She came back every week when she said she would, and that was the first time anyone had."', box)]], colWidths=[174 * mm])
    case.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#E3F2F2')), ('BOX', (0, 0), (-1, -1), 1, TEAL),
                              ('LEFTPADDING', (0, 0), (-1, -1), 8), ('RIGHTPADDING', (0, 0), (-1, -1), 8), ('TOPPADDING', (0, 0), (-1, -1), 7), ('BOTTOMPADDING', (0, 0), (-1, -1), 7)]))
    s += [case, Spacer(1, 6)]
    s += [
        Paragraph('"They are often the only service a family will open the door to. When Foleshill Road are involved, I can see the risk coming down week by week."', pull),
        Paragraph('- Sam Okafor, social worker, Coventry City Council Family Help', body),
        Paragraph('Where our money came from', h2),
    ]
    mt = Table([['Source', 'Amount', 'Share']] + [list(r) for r in MONEY], colWidths=[100 * mm, 35 * mm, 25 * mm])
    mt.setStyle(TableStyle([('FONT', (0, 0), (-1, -1), 'Helvetica', 9), ('FONT', (0, 0), (-1, 0), 'Helvetica-Bold', 9), ('FONT', (0, -1), (-1, -1), 'Helvetica-Bold', 9),
                            ('LINEBELOW', (0, 0), (-1, 0), 0.8, TEAL), ('LINEABOVE', (0, -1), (-1, -1), 0.8, TEAL), ('ALIGN', (1, 0), (-1, -1), 'RIGHT')]))
    s += [mt, Spacer(1, 4),
          Paragraph('We spent £1,790,000, of which 84p in every pound went directly on services for families. Our reserves at 31 March 2026 covered 3.1 months of running costs, below our policy of four months. Full accounts are available from the Charity Commission.', body),
          Paragraph('Looking ahead', h2),
          Paragraph('From April 2026 our Family Help contract with Coventry City Council has been extended for two years. Our chair of trustees, Martin Devlin, said: "Our aim for next year is simple: nobody waits more than a fortnight for a first visit. We will need to raise another £250,000 to do it."', body),
          Paragraph('Get in touch: 024 7946 0000 is not our number - call 01632 960742 or email hello@foleshillroad.example. Donate at foleshillroad.example/give', body)]
    doc.build(s, onFirstPage=decor, onLaterPages=decor)


FIG = [
    F(612, 'count', 'other', 'families supported', 'Of the 612 families we supported'),
    F(1148, 'count', 'other', 'children in families supported', '1,148 children in those families'),
    F(874, 'count', 'other', 'referrals received by the charity', 'We received 874 referrals'),
    F(19, 'days', 'other', 'average wait from referral to first visit', '19 days'),
    F(9640, 'count', 'other', 'hours of one-to-one family support', '9,640'),
    F(74, 'count', 'other', 'volunteers', '74 volunteers'),
    F(78, 'percent', 'other', 'families finishing with a better Family Star score', 'At closure, 78% had a better Family Star score'),
    F(3420, 'count', 'other', 'holiday meals served', '3,420'),
    F(1840000, 'gbp', 'other', 'total income', '£1.84m total income'),
    F(22, 'years', 'other', "charity's history", 'the busiest year in our 22-year history', optional=True),
    F(41, 'count', 'other', 'staff team', 'a staff team of 41'),
    F(16, 'percent', 'other', 'increase in referrals on 2024/25', '16% more than in 2024/25'),
    F(41, 'percent', 'other', "referrals from children's social care", "41% came from children's social care"),
    F(23, 'percent', 'other', 'referrals from schools', '23% from schools'),
    F(96, 'count', 'other', 'families who referred themselves', '96 families referred themselves'),
    F(50, 'percent', 'other', 'families already known to a social worker', 'more than half were already known to a social worker', qualifier='more than'),
    F(147, 'count', 'child_protection_plans', 'families with a child on a child protection plan at the start', '147 had a child on a child protection plan when they started with us'),
    F(203, 'count', 'children_in_need', 'families with a child on a child in need plan at the start', '203 had a child in need plan'),
    F(14, 'weeks', 'other', 'average time families stayed with the charity', 'an average of 14 weeks'),
    F(3, 'count', 'other', 'minimum outcome areas improved', 'on at least three of the eight outcome areas', optional=True),
    F(58, 'count', 'child_protection_plans', 'children whose child protection plan ended during support', 'For 58 children, the child protection plan ended'),
    F(9, 'count', 'looked_after_children', 'children who became looked after', '9 children went on to become looked after'),
    F(6, 'percent', 'other', 'closed families re-referred within 12 months', '6% of families we closed were re-referred'),
    F(9, 'percent', 'other', 'closed families re-referred, last year', 'down from 9% last year', period=P('2024-04-01', '2025-03-31')),
    F(26, 'count', 'other', 'parenting groups', 'Our 26 parenting groups reached 214 parents'),
    F(214, 'count', 'other', 'parents reached by parenting groups', 'reached 214 parents'),
    F(92, 'percent', 'other', 'parents finishing a course who felt more confident', '92% of those who finished a course'),
    F(5180, 'count', 'other', 'volunteer hours', 'Our volunteers gave 5,180 hours of their time'),
    F(63000, 'gbp', 'other', 'value of volunteer hours', 'worth about £63,000 at the Real Living Wage', qualifier='about'),
    F(24, 'years', 'other', "case study parent's age", "Jade, 24, has two children", optional=True),
    F(16, 'weeks', 'other', 'case study support duration', 'Over 16 weeks Kemi helped Jade', optional=True),
    F(2300, 'gbp', 'other', 'case study rent arrears', 'sort out £2,300 of rent arrears', optional=True),
    F(712000, 'gbp', 'other', 'income from Coventry City Council', 'Coventry City Council (Family Help contract) £712,000'),
    F(39, 'percent', 'other', 'income share from Coventry City Council', '£712,000 39%'),
    F(386000, 'gbp', 'other', 'income from National Lottery Community Fund', 'National Lottery Community Fund £386,000'),
    F(21, 'percent', 'other', 'income share from National Lottery Community Fund', '£386,000 21%'),
    F(331000, 'gbp', 'other', 'income from charitable trusts and foundations', 'Charitable trusts and foundations £331,000'),
    F(18, 'percent', 'other', 'income share from charitable trusts and foundations', '£331,000 18%'),
    F(148000, 'gbp', 'other', 'income from NHS Coventry and Warwickshire ICB', 'NHS Coventry and Warwickshire ICB £148,000'),
    F(8, 'percent', 'other', 'income share from NHS ICB', '£148,000 8%'),
    F(196000, 'gbp', 'other', 'income from donations, events and legacies', 'Donations, events and legacies £196,000'),
    F(11, 'percent', 'other', 'income share from donations, events and legacies', '£196,000 11%'),
    F(67000, 'gbp', 'other', 'other income', 'Other income £67,000'),
    F(4, 'percent', 'other', 'income share from other income', '£67,000 4%'),
    F(1790000, 'gbp', 'other', 'total expenditure', 'We spent £1,790,000'),
    F(84, 'percent', 'other', 'share of spending on services for families', '84p in every pound went directly on services'),
    F(3.1, 'months', 'other', 'reserves cover', 'covered 3.1 months of running costs'),
    F(4, 'months', 'other', 'reserves policy', 'below our policy of four months'),
    F(2, 'years', 'other', 'Family Help contract extension', 'has been extended for two years'),
    F(14, 'days', 'other', 'target maximum wait for a first visit', 'nobody waits more than a fortnight for a first visit', period=P('2026-04-01', '2027-03-31'), optional=True),
    F(250000, 'gbp', 'other', 'additional fundraising needed', 'We will need to raise another £250,000', period=P('2026-04-01', '2027-03-31')),
]
NOT = ['Registered charity no. 1190000', 'Company no. 12000000', '01632 960742', '024 7946 0000', 'under five', 'eight outcome areas',
       'within 12 months', 'April 2026', '31 March 2026', '100%']
QS = [
    Q('Kemi didn\'t judge me. She came back every week when she said she would, and that was the first time anyone had.', 'Jade', ['Jade'], 'says'),
    Q('They are often the only service a family will open the door to. When Foleshill Road are involved, I can see the risk coming down week by week.',
      'Sam Okafor', ['Okafor', 'Mr Okafor'], None, role='social worker, Coventry City Council Family Help'),
    Q('Our aim for next year is simple: nobody waits more than a fortnight for a first visit. We will need to raise another £250,000 to do it.',
      'Martin Devlin', ['Devlin', 'Mr Devlin'], 'said', role='Chair of trustees'),
]
PEOPLE = [{'name': 'Priya Chauhan', 'role': 'Chief Executive'}, {'name': 'Sam Okafor', 'role': 'social worker, Coventry City Council Family Help'},
          {'name': 'Martin Devlin', 'role': 'Chair of trustees'}]
BOIL = ['Foleshill Road Family Trust | Impact Report 2025/26 | Registered charity no. 1190000 | Company no. 12000000',
        'Donate at foleshillroad.example/give']
NOTES = ("A local family-support charity's annual impact report (PDF by reportlab; kind other; partnership null; area Coventry; "
         "period the charity's year 1 April 2025 - 31 March 2026). Traps: a 3x3 'year in numbers' stat grid whose white-on-teal "
         "cells (read row by row, the number line before its label line, so anchors are the bare values) repeat prose facts (612, 874, 78%) and carry facts found only there (1,148 children, 19 days, 9,640 hours, 74 "
         "volunteers, 3,420 meals; '£1.84m' is the same fact as the table's '£1,840,000'); the Chief Executive's foreword is "
         "first-person prose signed with a dash, not a quote; a pull quote with a dash attribution on the next line (cue null); a "
         "case study with a pseudonymous parent ('Jade', speaker Jade; her age, the 16 weeks and £2,300 arrears are case facts, "
         "optional); families with a child on a CP or CIN plan at the start keep those metrics (feature of the family, set reference), "
         "58 children whose CP plan ended are child_protection_plans, 9 who became looked after looked_after_children; the "
         "charity's own referrals and re-referrals are other (not referrals to social care); '41% came from children's social care' "
         "is a share of the charity's referrals (other); 'more than half' hedged (no exact value, required); 'within 12 months' "
         "inside a re-referral definition is not a figure; the income table's amounts and shares are all figures, the Total row "
         "repeats £1.84m and '100%' is not a figure; '84p in every pound' = 84 percent; 'about £63,000' qualifier; 'a fortnight' "
         "inside a quote target (optional, 14 days); '22-year history' optional; registered charity and company numbers and a "
         "phone number the text itself says is not the charity's are not figures.")

if __name__ == '__main__':
    build()
    gold(DOC, 'other', 'Foleshill Road Family Trust Impact Report 2025/26: Every family, every door', 'Coventry', None,
         P('2025-04-01', '2026-03-31', '1 April 2025 to 31 March 2026'), FIG, NOT, QS, PEOPLE, BOIL, NOTES)
