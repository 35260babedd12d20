"""e01: Healthwatch report on children's access to mental health support (reportlab; stat cards, a table,
footnotes, running footer). Writes the PDF and its gold. Run: /tmp/pdfgen8/bin/python _src/g_e01.py"""
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from mk import F, P, Q, gold

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = 'e01_calderdale_healthwatch_children_mental_health_report'
OUT = os.path.join(os.path.dirname(HERE), NAME + '.pdf')
NOTE = 'SYNTHETIC document invented for evaluation: people, cases, quotes and figures are made up; only place names are real.'


def footer(c, doc):
    c.saveState()
    c.setFont('Helvetica', 7.5)
    c.drawString(18 * mm, 12 * mm, 'Healthwatch Calderdale | Waiting to be heard | September 2026')
    c.drawRightString(192 * mm, 12 * mm, 'Page %d' % doc.page)
    c.setFont('Helvetica-Oblique', 6.5)
    c.drawString(18 * mm, 8 * mm, NOTE)
    c.restoreState()


def build():
    ss = getSampleStyleSheet()
    body = ParagraphStyle('b', parent=ss['BodyText'], fontName='Helvetica', fontSize=9.5, leading=12.5, spaceAfter=5)
    small = ParagraphStyle('s', parent=body, fontSize=7.5, leading=9.5)
    h1 = ParagraphStyle('h1', parent=ss['Heading1'], fontName='Helvetica-Bold', fontSize=17, leading=20, textColor=colors.HexColor('#E4087B'))
    h2 = ParagraphStyle('h2', parent=ss['Heading2'], fontName='Helvetica-Bold', fontSize=11.5, leading=14, textColor=colors.HexColor('#004F6B'), spaceBefore=6)
    card = ParagraphStyle('card', parent=body, fontName='Helvetica-Bold', fontSize=16, leading=19, alignment=1, textColor=colors.white, spaceAfter=0)
    cardl = ParagraphStyle('cardl', parent=body, fontSize=8, leading=10, alignment=1, textColor=colors.white, spaceAfter=0)
    quote = ParagraphStyle('q', parent=body, fontName='Helvetica-Oblique', leftIndent=10 * mm, rightIndent=10 * mm, textColor=colors.HexColor('#004F6B'))
    doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=22 * mm,
                            title='Waiting to be heard: children and young people and mental health support in Calderdale',
                            author='Healthwatch Calderdale (synthetic)', subject=NOTE)
    s = []
    s.append(Paragraph('healthwatch Calderdale', h2))
    s.append(Paragraph('Waiting to be heard', h1))
    s.append(Paragraph("What children, young people and their families told us about getting mental health support in Calderdale. Engagement carried out April to July 2026. Published September 2026.", body))
    cards = [[Paragraph('612', card), Paragraph('46%', card), Paragraph('1 in 4', card), Paragraph('7', card)],
             [Paragraph('people shared their experiences', cardl), Paragraph('of young people did not know where to go for help', cardl),
              Paragraph('young people were turned away at least once', cardl), Paragraph('recommendations', cardl)]]
    t = Table(cards, colWidths=[43 * mm] * 4)
    t.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#004F6B')), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
                           ('LINEAFTER', (0, 0), (2, -1), 2, colors.white), ('TOPPADDING', (0, 0), (-1, -1), 5), ('BOTTOMPADDING', (0, 0), (-1, -1), 5)]))
    s.append(t)
    s.append(Spacer(1, 6))
    s.append(Paragraph('Summary', h2))
    s.append(Paragraph("Between April and July 2026 we heard from 612 people: 418 young people aged 11 to 18 who completed our online and paper survey, and 194 parents and carers. We also ran 14 focus groups in schools, youth clubs and the Youth Council, and spoke to staff from 9 voluntary organisations.<super>1</super>", body))
    s.append(Paragraph("Almost half of the young people (46%) said they would not know where to go if they needed help with their mental health. Around one in four (26%) said they had asked for help and been told they did not meet the threshold for a service, at least once. Of the 131 young people who had been referred to Child and Adolescent Mental Health Services (CAMHS), 58 said they were offered nothing while they waited.", body))
    s.append(Paragraph("Almost two-thirds of parents and carers (63%) told us their child had waited longer than 18 weeks from referral to a first appointment. Parents described chasing referrals, repeating their child's story and, in some cases, going to A&amp;E because they did not know what else to do.", body))
    s.append(Paragraph('\u201cI was told my anxiety wasn\u2019t bad enough yet. Yet. Like they were waiting for it to get worse.\u201d \u2014 young person, 15, Todmorden', quote))
    s.append(Paragraph('How long families waited', h2))
    s.append(Paragraph("We asked parents and carers whose child had been referred to CAMHS how long they waited for a first appointment (186 answered this question).", body))
    rows = [['Wait reported by parent or carer', 'Number', '%'], ['Under 4 weeks', '19', '10%'], ['4 to 12 weeks', '24', '13%'],
            ['12 to 18 weeks', '26', '14%'], ['18 to 52 weeks', '71', '38%'], ['Over a year', '46', '25%'], ['Total', '186', '100%']]
    t = Table(rows, colWidths=[80 * mm, 25 * mm, 25 * mm])
    t.setStyle(TableStyle([('FONT', (0, 0), (-1, 0), 'Helvetica-Bold', 9), ('FONT', (0, 1), (-1, -1), 'Helvetica', 9),
                           ('FONT', (0, -1), (-1, -1), 'Helvetica-Bold', 9), ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#F4D6E6')),
                           ('GRID', (0, 0), (-1, -1), 0.4, colors.grey), ('ALIGN', (1, 0), (-1, -1), 'RIGHT')]))
    s.append(t)
    s.append(Spacer(1, 6))
    s.append(Paragraph("For comparison, NHS figures show that Calderdale CAMHS received 2,310 referrals in 2025/26 and that the median wait from referral to a first appointment was 14 weeks.<super>2</super> The experiences we heard about are therefore not unusual, but the 46 families who waited more than a year are.", body))
    s.append(Paragraph('What is working', h2))
    s.append(Paragraph("Young people in schools with a Mental Health Support Team spoke more positively. Calderdale now has teams working in 38 of its 101 schools, funded through a \u00a31.4m allocation for 2026/27. Several young people praised the online service and the drop-in at the Orange Box youth centre. One 13-year-old told us the school counsellor \u201cjust listened, and didn\u2019t try to fix me in one go.\u201d", body))
    s.append(Paragraph('What people told us', h2))
    s.append(Paragraph('\u201cWe rang the single point of access four times. Every time it was a different person and every time I had to start again.\u201d \u2014 parent, Halifax', quote))
    s.append(KeepTogether(Paragraph("Priya Holroyd, Healthwatch Calderdale manager, said: \u201cThese are not complaints about individual staff, who families told us were kind and stretched. They are about a system that makes children prove how ill they are before it will help.\u201d", body)))
    s.append(Paragraph("She added: \u201cWe will return to this in twelve months and ask the same young people whether anything has changed.\u201d", body))
    s.append(Paragraph('Recommendations', h2))
    s.append(Paragraph("We make seven recommendations to NHS West Yorkshire Integrated Care Board (Calderdale place), Calderdale Council and the CAMHS provider. They include publishing waiting times by age every quarter, a named contact for every family on the waiting list, and support while waiting to be offered within 4 weeks of referral.", body))
    s.append(Paragraph("In its response, Calder Valley Mental Health NHS Foundation Trust said it \u201cwelcomes the report and accepts all of the recommendations that fall to the trust\u201d, and that a new waiting-list support offer would start in January 2027.", body))
    s.append(Spacer(1, 6))
    s.append(Paragraph("<super>1</super> Survey figures are rounded and some people skipped questions, so totals do not always add up. Full methodology in Appendix A (page 14). <super>2</super> NHS Mental Health Services Data Set, 2025/26, Calderdale sub-ICB location.", small))
    s.append(Paragraph("If you need help now, call NHS 111 and choose option 2, or text SHOUT to 85258. Healthwatch Calderdale, 01632 960412, info@healthwatchcalderdale.example. Registered charity no. 1139821.", small))
    doc.build(s, onFirstPage=footer, onLaterPages=footer)
    print('wrote', os.path.basename(OUT))


def write_gold():
    per = P('2026-04-01', '2026-07-31', 'April to July 2026')
    fy = P('2025-04-01', '2026-03-31', '2025/26')
    figs = [
        F(612, 'count', 'other', 'people who shared their experiences', 'we heard from 612 people'),
        F(418, 'count', 'other', 'young people who completed the survey', '418 young people aged 11 to 18'),
        F(11, 'years', 'other', 'youngest age of survey respondents', 'aged 11 to 18', optional=True),
        F(18, 'years', 'other', 'oldest age of survey respondents', 'aged 11 to 18', optional=True),
        F(194, 'count', 'other', 'parents and carers who took part', 'and 194 parents and carers'),
        F(14, 'count', 'other', 'focus groups', 'We also ran 14 focus groups'),
        F(9, 'count', 'other', 'voluntary organisations spoken to', 'staff from 9 voluntary organisations'),
        F(46, 'percent', 'other', 'young people who would not know where to go for help', 'Almost half of the young people (46%)'),
        F(50, 'percent', 'other', 'young people who would not know where to go for help (hedged)', 'Almost half of the young people (46%)', qualifier='almost', optional=True),
        F(26, 'percent', 'other', 'young people told they did not meet the threshold', 'Around one in four (26%)'),
        F(25, 'percent', 'other', 'young people turned away at least once (hedged)', 'Around one in four (26%)', qualifier='around', optional=True),
        F(131, 'count', 'other', 'young people referred to CAMHS', 'Of the 131 young people who had been referred'),
        F(58, 'count', 'other', 'referred young people offered nothing while waiting', '58 said they were offered nothing while they waited'),
        F(63, 'percent', 'other', 'parents whose child waited longer than 18 weeks', 'Almost two-thirds of parents and carers (63%)'),
        F(66.67, 'percent', 'other', 'parents whose child waited longer than 18 weeks (hedged)', 'Almost two-thirds of parents and carers (63%)', qualifier='almost', optional=True),
        F(18, 'weeks', 'other', 'wait threshold reported', 'waited longer than 18 weeks from referral', optional=True),
        F(186, 'count', 'other', 'parents who answered the waiting question', '(186 answered this question)'),
        F(19, 'count', 'other', 'families waiting under 4 weeks', 'Under 4 weeks 19 10%'),
        F(10, 'percent', 'other', 'families waiting under 4 weeks (share)', 'Under 4 weeks 19 10%', optional=True),
        F(24, 'count', 'other', 'families waiting 4 to 12 weeks', '4 to 12 weeks 24 13%'),
        F(13, 'percent', 'other', 'families waiting 4 to 12 weeks (share)', '4 to 12 weeks 24 13%', optional=True),
        F(26, 'count', 'other', 'families waiting 12 to 18 weeks', '12 to 18 weeks 26 14%'),
        F(14, 'percent', 'other', 'families waiting 12 to 18 weeks (share)', '12 to 18 weeks 26 14%', optional=True),
        F(71, 'count', 'other', 'families waiting 18 to 52 weeks', '18 to 52 weeks 71 38%'),
        F(38, 'percent', 'other', 'families waiting 18 to 52 weeks (share)', '18 to 52 weeks 71 38%', optional=True),
        F(46, 'count', 'other', 'families who waited more than a year', 'but the 46 families who waited more than a year'),
        F(25, 'percent', 'other', 'families waiting over a year (share)', 'Over a year 46 25%', optional=True),
        F(2310, 'count', 'other', 'referrals received by Calderdale CAMHS', 'Calderdale CAMHS received 2,310 referrals in 2025/26', period=fy),
        F(14, 'weeks', 'other', 'median wait from referral to first CAMHS appointment', 'median wait from referral to a first appointment was 14 weeks', period=fy),
        F(38, 'count', 'other', 'schools with a Mental Health Support Team', 'teams working in 38 of its 101 schools'),
        F(101, 'count', 'other', 'schools in Calderdale', 'teams working in 38 of its 101 schools'),
        F(1400000, 'gbp', 'other', 'Mental Health Support Team allocation', 'funded through a \u00a31.4m allocation for 2026/27', period=P('2026-04-01', '2027-03-31', '2026/27')),
        F(7, 'count', 'recommendations', 'recommendations', 'We make seven recommendations'),
        F(4, 'weeks', 'other', 'recommended time to offer support while waiting', 'within 4 weeks of referral'),
        F(15, 'years', 'other', 'age of quoted young person', 'young person, 15, Todmorden', optional=True),
        F(13, 'years', 'other', 'age of quoted young person', 'One 13-year-old told us', optional=True),
        F(4, 'count', 'other', 'calls to the single point of access (parent quote)', 'We rang the single point of access four times', optional=True),
    ]
    notf = ['April to July 2026', 'September 2026', 'Page 1', 'page 14', 'NHS 111', 'option 2', '85258', '01632 960412', '1139821', '2025/26', 'January 2027', 'twelve months', '100%', 'Appendix A']
    yp = ['young person', 'a young person aged 15']
    quotes = [
        Q('I was told my anxiety wasn\u2019t bad enough yet. Yet. Like they were waiting for it to get worse.', 'a young person, 15, Todmorden', yp, None),
        Q('just listened, and didn\u2019t try to fix me in one go.', 'a 13-year-old', ['13-year-old', 'young person'], 'told us'),
        Q('We rang the single point of access four times. Every time it was a different person and every time I had to start again.', 'a parent, Halifax', ['parent'], None),
        Q('These are not complaints about individual staff, who families told us were kind and stretched. They are about a system that makes children prove how ill they are before it will help.', 'Priya Holroyd', ['Holroyd', 'Ms Holroyd'], 'said', role='Healthwatch Calderdale manager'),
        Q('We will return to this in twelve months and ask the same young people whether anything has changed.', 'Priya Holroyd', ['Holroyd', 'Ms Holroyd'], 'She added'),
        Q('welcomes the report and accepts all of the recommendations that fall to the trust', 'Calder Valley Mental Health NHS Foundation Trust', ['the trust', 'Calder Valley Mental Health'], 'said'),
    ]
    people = [{'name': 'Priya Holroyd', 'role': 'Healthwatch Calderdale manager'}]
    bp = ['Healthwatch Calderdale | Waiting to be heard | September 2026', 'If you need help now, call NHS 111 and choose option 2']
    notes = ("Healthwatch engagement report (PDF, reportlab): four stat cards ('612', '46%', '1 in 4', '7') repeat body figures; '1 in 4' card vs body 'Around one in four (26%)' - the exact 26 required, the hedged 25 optional; 'Almost half ... (46%)' and 'Almost two-thirds ... (63%)' the same; ages range 11 to 18 optional; a waiting-time table with count and % columns (counts required, shares optional; the 'Over a year 46' cell is the same fact as 'the 46 families who waited more than a year'; the 46 count and the 46% are different facts with one value; 'Total 186' repeats the prose 186, '100%' is not a figure); '18 weeks' is a band edge/threshold (optional); CAMHS NHS figures with their own 2025/26 period and a £1.4m 2026/27 allocation; '38 of its 101 schools'; seven recommendations; pull quotes with dash attributions to anonymous young people and a parent (cue null); a fragment with 'told us'; a manager's two quotes ('said:', 'She added:'); an organisation's quoted fragment; a footnote marker '2' extracted on its own line inside the CAMHS sentence; traps: NHS 111 option 2, SHOUT 85258, charity number, footnote markers, 'page 14', 'twelve months' inside a quote (not a figure).")
    gold(NAME + '.pdf', 'other', 'Waiting to be heard: children and young people and mental health support in Calderdale', 'Calderdale', None, per,
         figs, notf, quotes, people, bp, notes)


if __name__ == '__main__':
    build()
    write_gold()
