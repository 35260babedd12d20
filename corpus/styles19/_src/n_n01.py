"""Writer n, n01: an ambulance trust's safeguarding children annual report for one county, to the council's scrutiny committee (Herefordshire), PDF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR
from pdfkit_n import styles, table, build_two_col, Paragraph, Spacer, mm, colors, Table, TableStyle, NOTE
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import FrameBreak, NextPageTemplate

DOC = 'n01_herefordshire_ambulance_trust_safeguarding_children_annual_report_2025_26.pdf'
S = styles('#0b5d3b', size=8.8)
B, H2, SM = S['body'], S['h2'], S['small']
A = S['accent']
CARD_N = ParagraphStyle('cn', parent=B, fontName='Helvetica-Bold', fontSize=15, leading=17, textColor=colors.white)
CARD_T = ParagraphStyle('ct', parent=B, fontSize=7.5, leading=9, textColor=colors.white)


def p(t):
    return Paragraph(t, B)


def card(n, t):
    return [Paragraph(n, CARD_N), Paragraph(t, CARD_T)]


cards = Table([[card('684', 'child safeguarding referrals to Herefordshire Children\'s Services'),
                card('+14%', 'on 2024/25'),
                card('91%', 'Level 3 training compliance'),
                card('5', 'rapid reviews we contributed to')]], colWidths=[42.5 * mm] * 4)
cards.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), A), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                           ('LINEAFTER', (0, 0), (-2, -1), 1.5, colors.white), ('TOPPADDING', (0, 0), (-1, -1), 5)]))

pull = Table([[Paragraph('<i>"When we walk into a home at two in the morning we see what nobody else sees. The referral is how we '
                         'make sure someone else sees it too."</i>', B)],
              [Paragraph('- Karen Whitlow, Named Professional for Safeguarding', SM)]], colWidths=[80 * mm])
pull.setStyle(TableStyle([('LINEBEFORE', (0, 0), (0, -1), 2.5, A), ('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#e8f3ec'))]))

train = table([['Training level', '2024/25', '2025/26'],
               ['Level 1 (all staff)', '95%', '97%'],
               ['Level 2 (clinical support)', '90%', '94%'],
               ['Level 3 (registered clinicians)', '84%', '91%']], [40, 19, 19], A, zebra='#eef6f1')

story = [
    Paragraph('Herefordshire Council - Health, Care and Wellbeing Scrutiny Committee - 15 June 2026 - Agenda item 8', SM),
    Paragraph('Marches Ambulance Service NHS Trust<br/>Safeguarding Children and Young People in Herefordshire: Annual Report 2025/26', S['h1']),
    Spacer(1, 2 * mm),
    cards,
    NextPageTemplate('later'),
    FrameBreak(),
    Paragraph('1. Introduction', H2),
    p('1.1 Marches Ambulance Service NHS Trust provides the 999 emergency ambulance service, the NHS 111 clinical '
      'assessment service and non-emergency patient transport across Herefordshire, Shropshire, Telford and Wrekin and '
      'Worcestershire. This report sets out how the Trust met its duties under section 11 of the Children Act 2004 for '
      'children in Herefordshire during the year.'),
    p('1.2 Across the Trust area, crews attended 412,300 incidents in 2025/26, of which 31,870 were in Herefordshire. Children '
      'and young people under 18 were the patients at 3,940 of the Herefordshire incidents.'),
    Paragraph('2. Safeguarding referrals', H2),
    p('2.1 Our staff made 9,412 safeguarding referrals about children across the Trust area. Of these, 684 were made to '
      'Herefordshire Council\'s Children\'s Services through the Multi-Agency Safeguarding Hub (MASH), up from 602 in 2024/25, '
      'an increase of 14%. A further 1,288 referrals concerned adults at risk in Herefordshire.'),
    p('2.2 Neglect was the most common concern (38% of referrals about Herefordshire children), followed by domestic abuse (27%) '
      'and the mental health of a parent or carer (15%). 211 referrals (31%) were about children under five, and 17 were about '
      'unborn babies, most of them made by crews attending a pregnant woman.'),
    p('2.3 The Trust\'s standard is that every referral reaches the MASH on the day it is raised. In Herefordshire 96% of '
      'referrals met this standard, against a Trust target of 95%. The MASH told us that 402 of the 684 referrals (59%) led to '
      'further action, and 64 led to a strategy discussion.'),
    Paragraph('3. Child deaths and reviews', H2),
    p('3.1 Crews attended the sudden and unexpected deaths of 23 children across the Trust area during the year, 3 of them in '
      'Herefordshire. In every case the death was notified to the Child Death Overview Panel the same day.'),
    p('3.2 The Trust took part in 5 rapid reviews convened by the Herefordshire Safeguarding Children Partnership, compared '
      'with 3 the year before. It also contributed to one local child safeguarding practice review, published in January 2026. '
      'The review made 9 recommendations, 2 of them for the Trust; both have been completed.'),
    pull,
    Spacer(1, 2 * mm),
    Paragraph('4. Training and supervision', H2),
    p('4.1 Training compliance improved at every level (Table 1). Level 3 compliance among registered clinicians reached 91%, '
      'above the 90% required by the intercollegiate document for the first time.'),
    Paragraph('Table 1: Safeguarding children training compliance, Herefordshire staff', SM),
    train,
    Spacer(1, 2 * mm),
    p('4.2 The safeguarding team delivered 48 reflective supervision sessions to Herefordshire crews. The team has 9.6 FTE '
      'posts across the Trust, including 2 named professionals, and a budget of £612,000.'),
    Paragraph('5. Allegations and learning', H2),
    p('5.1 Seven allegations that a member of Trust staff had harmed a child, or behaved in a way that indicated they may '
      'pose a risk to children, were referred to the Herefordshire Local Authority Designated Officer (LADO). In two of them '
      'the threshold for a LADO investigation was met; both were concluded within the year.'),
    Paragraph('<b>Case study: a call at night</b>', B),
    p('A crew called to a man with chest pain found three children, the youngest aged 2, alone in a cold flat with no food. '
      'They stayed until the out-of-hours team arrived. "We could have treated the patient and left," one of the paramedics said. '
      '"But you can\'t un-see a fridge with nothing in it."'),
    Paragraph('6. Priorities for 2026/27', H2),
    p('6.1 Our priorities are to raise Level 3 compliance to 95% by March 2027, to complete the roll-out of the electronic '
      'referral form to NHS 111 staff, and to audit 60 Herefordshire referrals a quarter for quality.'),
    p('6.2 The Committee is asked to note the report. Contact: Safeguarding Team, 01632 960731, safeguarding@marches-ambulance.example'),
]
build_two_col(os.path.join(DIR, DOC), 'Safeguarding Children and Young People in Herefordshire: Annual Report 2025/26',
              'Marches Ambulance Service NHS Trust', story,
              'Marches Ambulance Service NHS Trust | Safeguarding Children Annual Report 2025/26 | Herefordshire',
              'OFFICIAL', 2, band_h=58)

Y24 = P('2024-04-01', '2025-03-31', '2024/25')
figs = [
    F(412300, 'count', 'other', 'incidents attended across the Trust area', 'crews attended 412,300 incidents'),
    F(31870, 'count', 'other', 'incidents attended in Herefordshire', 'of which 31,870 were in Herefordshire'),
    F(3940, 'count', 'other', 'Herefordshire incidents where the patient was under 18', 'the patients at 3,940 of the Herefordshire incidents'),
    F(9412, 'count', 'social_care_referrals', 'safeguarding referrals about children across the Trust area', 'made 9,412 safeguarding referrals about children'),
    F(684, 'count', 'social_care_referrals', "safeguarding referrals to Herefordshire Children's Services", 'Of these, 684 were made to'),
    F(602, 'count', 'social_care_referrals', "safeguarding referrals to Herefordshire Children's Services, 2024/25", 'up from 602 in 2024/25', period=Y24),
    F(14, 'percent', 'social_care_referrals', 'increase in referrals on 2024/25', 'an increase of 14%'),
    F(1288, 'count', 'other', 'referrals about adults at risk in Herefordshire', 'A further 1,288 referrals concerned adults at risk'),
    F(38, 'percent', 'social_care_referrals', 'share of referrals with neglect as the main concern', 'Neglect was the most common concern (38%'),
    F(27, 'percent', 'social_care_referrals', 'share of referrals about domestic abuse', 'domestic abuse (27%)'),
    F(15, 'percent', 'social_care_referrals', 'share of referrals about the mental health of a parent or carer', 'a parent or carer (15%)'),
    F(211, 'count', 'other', 'referrals about children under five', '211 referrals (31%) were about children under five'),
    F(31, 'percent', 'social_care_referrals', 'share of referrals about children under five', '211 referrals (31%)', optional=True),
    F(17, 'count', 'other', 'referrals about unborn babies', '17 were about unborn babies'),
    F(96, 'percent', 'other', 'referrals reaching the MASH on the day raised', '96% of referrals met this standard'),
    F(95, 'percent', 'other', 'Trust target for same-day referrals', 'against a Trust target of 95%', optional=True),
    F(402, 'count', 'other', 'referrals that led to further action', '402 of the 684 referrals (59%) led to further action'),
    F(59, 'percent', 'other', 'share of referrals that led to further action', '(59%) led to further action', optional=True),
    F(64, 'count', 'other', 'referrals that led to a strategy discussion', '64 led to a strategy discussion'),
    F(23, 'count', 'child_deaths', 'sudden and unexpected child deaths attended across the Trust area', 'unexpected deaths of 23 children across the Trust area'),
    F(3, 'count', 'child_deaths', 'sudden and unexpected child deaths attended in Herefordshire', '3 of them in Herefordshire'),
    F(5, 'count', 'rapid_reviews', 'rapid reviews the Trust took part in', 'The Trust took part in 5 rapid reviews'),
    F(3, 'count', 'rapid_reviews', 'rapid reviews the Trust took part in, 2024/25', 'compared with 3 the year before', period=Y24),
    F(1, 'count', 'lcsprs_published', 'local child safeguarding practice review published (Trust contributed)', 'one local child safeguarding practice review, published in January 2026'),
    F(9, 'count', 'recommendations', 'recommendations of the review', 'The review made 9 recommendations'),
    F(2, 'count', 'recommendations', 'recommendations for the Trust (both completed)', '2 of them for the Trust'),
    F(97, 'percent', 'other', 'Level 1 training compliance', 'Level 1 (all staff)'),
    F(95, 'percent', 'other', 'Level 1 training compliance, 2024/25', 'Level 1 (all staff)', period=Y24),
    F(94, 'percent', 'other', 'Level 2 training compliance', 'Level 2 (clinical support)'),
    F(90, 'percent', 'other', 'Level 2 training compliance, 2024/25', 'Level 2 (clinical support)', period=Y24),
    F(91, 'percent', 'other', 'Level 3 training compliance', 'Level 3 compliance among registered clinicians reached 91%'),
    F(84, 'percent', 'other', 'Level 3 training compliance, 2024/25', 'Level 3 (registered clinicians)', period=Y24),
    F(90, 'percent', 'other', 'Level 3 compliance required by the intercollegiate document', 'above the 90% required', optional=True),
    F(48, 'count', 'other', 'reflective supervision sessions', 'delivered 48 reflective supervision sessions'),
    F(9.6, 'count', 'other', 'safeguarding team FTE posts', 'The team has 9.6 FTE', optional=True),
    F(2, 'count', 'other', 'named professionals', 'including 2 named professionals'),
    F(612000, 'gbp', 'other', 'safeguarding team budget', 'a budget of £612,000'),
    F(7, 'count', 'other', 'allegations against staff referred to the LADO', 'Seven allegations that a member of Trust staff'),
    F(2, 'count', 'other', 'allegations meeting the LADO investigation threshold', 'In two of them the threshold'),
    F(3, 'count', 'other', 'children found alone (case study)', 'found three children', optional=True),
    F(2, 'years', 'other', 'age of the youngest child (case study)', 'the youngest aged 2', optional=True),
    F(95, 'percent', 'other', 'Level 3 compliance target for March 2027', 'raise Level 3 compliance to 95% by March 2027', period=P('2026-04-01', '2027-03-31', '2026/27'), optional=True),
    F(60, 'count', 'other', 'referrals to audit each quarter (plan)', 'to audit 60 Herefordshire referrals a quarter', optional=True),
]
WH = ['Whitlow', 'Karen Whitlow', 'Ms Whitlow']
quotes = [
    Q('When we walk into a home at two in the morning we see what nobody else sees. The referral is how we make sure someone else sees it too.',
      'Karen Whitlow', WH, None, role='Named Professional for Safeguarding, Marches Ambulance Service NHS Trust'),
    Q('We could have treated the patient and left,', 'a paramedic', ['one of the paramedics', 'paramedic', 'the paramedic'], 'said'),
    Q("But you can't un-see a fridge with nothing in it.", 'a paramedic', ['one of the paramedics', 'paramedic', 'the paramedic'], None),
]
gold(DOC, 'council_report', 'Safeguarding Children and Young People in Herefordshire: Annual Report 2025/26', 'Herefordshire', None,
     P('2025-04-01', '2026-03-31', 'Annual Report 2025/26'), figs,
     ['15 June 2026', 'Agenda item 8', '999', 'NHS 111', 'section 11', 'Children Act 2004', 'under 18', 'January 2026', 'Table 1',
      'two in the morning', 'Level 3', '01632 960731', 'March 2027'],
     quotes,
     [{'name': 'Karen Whitlow', 'role': 'Named Professional for Safeguarding, Marches Ambulance Service NHS Trust'}],
     ['OFFICIAL', 'Marches Ambulance Service NHS Trust | Safeguarding Children Annual Report 2025/26 | Herefordshire'],
     'SYNTHETIC document invented for evaluation (writer n, styles19). An invented ambulance trust\'s safeguarding children annual report '
     'for one county, presented to the county council\'s scrutiny committee (kind council_report, as an NHS trust\'s report; area '
     'Herefordshire; no partnership as author or subject, so null). Period from the title. Stat cards in a full-width band repeat prose '
     '(mentions); pdfplumber\'s plain reading interleaves the two columns, the gold assumes the column reading. Ambulance referrals to '
     'children\'s social care are social_care_referrals (the Trust-wide 9,412 is a wider-area comparator with the same metric); concern '
     'shares keep the whole\'s metric; under-fives and unborn babies are feature subsets (other), their bracketed % optional; referral '
     'outcomes and strategy discussions other; same-day timeliness other and its target optional. Child deaths attended: Trust-wide and '
     'Herefordshire (child_deaths). Rapid reviews with the year before; one LCSPR published; its 9 recommendations and the 2 for the Trust '
     '(recommendations). A training table with a 2024/25 column (own period); the 90% intercollegiate requirement optional; FTE optional. '
     'LADO allegations other. Case-study numbers (three children, aged 2) optional; "two in the morning" is a time point. 2026/27 '
     'priorities optional. Quotes: a pull quote with a dash attribution line (cue null) and an anonymous paramedic split by "said".')
