"""Writer m, m02: sexual assault referral centre (SARC) annual report, Isle of Wight; band of stat cards over two columns, PDF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR
from pdfkit_m import styles, table, build_two_col, Paragraph, Spacer, mm, colors, Table, TableStyle, FrameBreak, NextPageTemplate
from reportlab.lib.styles import ParagraphStyle

DOC = 'm02_isle_of_wight_sexual_assault_referral_centre_annual_report.pdf'
S = styles('#0f6b78', size=9)
B, H2, SM, H1, C = S['body'], S['h2'], S['small'], S['h1'], S['cell']
A = S['accent']
BIG = ParagraphStyle('big', parent=B, fontName='Helvetica-Bold', fontSize=15, leading=17, textColor=A, alignment=1)
CAP = ParagraphStyle('cap', parent=SM, alignment=1)
PQ = ParagraphStyle('pq', parent=B, fontName='Helvetica-Oblique', fontSize=10, leading=13, textColor=A)


def p(t):
    return Paragraph(t, B)


def card(n, cap):
    return [Paragraph(n, BIG), Paragraph(cap, CAP)]


cards = Table([[card('412', 'people supported'), card('137', 'children and young people'), card('68%', 'seen within 3 hours'), card('96%', 'would recommend us')]],
              colWidths=[42.5 * mm] * 4)
cards.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.6, A), ('INNERGRID', (0, 0), (-1, -1), 0.6, A),
                           ('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#e6f3f4')), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))

story = [
    Paragraph('The Wight Haven Sexual Assault Referral Centre', H1),
    Paragraph('Annual Report to Commissioners', S['h2']),
    Paragraph('Jointly commissioned by NHS England (South East) and the Office of the Police and Crime Commissioner. '
              'Provided by Solent Island Forensic Healthcare CIC.', SM),
    Spacer(1, 2 * mm),
    cards,
    NextPageTemplate('later'),
    FrameBreak(),
    Paragraph('Introduction', H2),
    p('Wight Haven is the island\'s only sexual assault referral centre (SARC). We offer crisis support, forensic medical '
      'examinations, sexual health aftercare and a route into independent advocacy, 24 hours a day, to anyone on the Isle of '
      'Wight who has been raped or sexually assaulted, whether or not they choose to report to the police. This report '
      'covers the year from 1 April 2025 to 31 March 2026.'),
    Paragraph('Who came to us', H2),
    p('We supported 412 people, up from 371 in the previous year. Of these, 275 were adults and 137 were children and young '
      'people under 18. 288 people (70%) were referred by Hampshire and Isle of Wight Constabulary and 124 referred themselves; '
      'self-referrals have risen from 96 two years ago as more people learn that they can come to us without a police report.'),
    p('Most people we see are women and girls: 352 of those supported (85%) were female. The youngest child seen was 3 and the '
      'oldest adult 81.'),
    Paragraph('Forensic medical examinations', H2),
    p('We carried out 226 forensic medical examinations (FMEs). Forensic samples can usually be taken for up to 7 days after '
      'an assault, and 161 people were examined within that window. Of the 226, 154 (68%) were seen within 3 hours of the '
      'police or the person asking for an examination, against the national service specification standard of 4 hours. A '
      'further 58 people chose to have samples stored while they decided whether to report; samples are kept for 2 years.'),
    Paragraph('Children and young people', H2),
    p('Children under 13 are seen by a paediatrician with our forensic nurse; older young people can choose. In the year '
      '43 children under 13 and 94 young people aged 13 to 17 were seen. For every child we consider whether a referral to '
      'children\'s social care is needed: we made 61 referrals to the Isle of Wight Children\'s Services front door, and '
      '19 of the children were already subject of a child protection plan. 11 were in care.'),
    p('Our Children and Young People\'s Independent Sexual Violence Adviser (CHISVA) supported 88 young people, and 23 '
      'were waiting for a first appointment at the year end, with an average wait of 16 days.'),
    Paragraph('Aftercare and advocacy', H2),
    p('We referred 301 people to an Independent Sexual Violence Adviser (ISVA), 73% of those we saw. 187 people received '
      'emergency contraception or a pregnancy test, and 264 were offered HIV post-exposure prophylaxis risk assessment; 31 '
      'started a 28-day course.'),
    Paragraph('"Nobody made me feel stupid for waiting a week. They just said, you\'re here now."', PQ),
    Paragraph('- a woman supported in October 2025', SM),
    Spacer(1, 2 * mm),
    Paragraph('Feedback', H2),
    p('We asked everyone to complete a short feedback card and 168 did. 96% would recommend the service to a friend, and 91% '
      'said they felt listened to, compared with 88% last year.'),
    Paragraph('Funding and staffing', H2),
    p('The contract value for the year was £1.14m: £790,000 from NHS England and £350,000 from the Police and Crime '
      'Commissioner. We employ 14 staff, including 6 forensic nurse examiners, and have 2 sessional forensic physicians on '
      'the rota.'),
    Paragraph('Looking ahead', H2),
    p('Our clinical lead, Dr Priya Raman, said: "The rise in self-referrals is the figure I am proudest of. It means people '
      'trust us before they trust the system." She added that the centre would "work harder on the weeks after the '
      'examination, when most people go quiet".'),
    p('In 2026/27 we will open a second examination suite and aim to see 75% of people within 3 hours. We are also piloting a '
      'six-month outreach clinic at the island\'s further education college.'),
    Spacer(1, 2 * mm),
    Paragraph('Wight Haven SARC, 24-hour line 01632 960519. www.wighthaven.example. Solent Island Forensic Healthcare CIC, '
              'company no. 11842076.', SM),
]

build_two_col(os.path.join(DIR, DOC), 'Wight Haven SARC Annual Report to Commissioners', 'Solent Island Forensic Healthcare CIC',
              story, 'Wight Haven SARC  |  Annual Report to Commissioners', 'Wight Haven Sexual Assault Referral Centre', 1, band_h=52)

Y24 = P('2024-04-01', '2025-03-31', 'the previous year')
figs = [
    F(412, 'count', 'other', 'people supported by the SARC', 'We supported 412 people'),
    F(371, 'count', 'other', 'people supported by the SARC', 'up from 371 in the previous year', period=Y24),
    F(275, 'count', 'other', 'adults supported', '275 were adults'),
    F(137, 'count', 'other', 'children and young people under 18 supported', '137 were children and young people under 18'),
    F(288, 'count', 'other', 'people referred by the police', '288 people (70%) were referred by Hampshire'),
    F(70, 'percent', 'other', 'people referred by the police', '288 people (70%)', optional=True),
    F(124, 'count', 'other', 'self-referrals', '124 referred themselves'),
    F(96, 'count', 'other', 'self-referrals two years ago', 'self-referrals have risen from 96 two years ago', period=P('2023-04-01', '2024-03-31', 'two years ago')),
    F(352, 'count', 'other', 'people supported who were female', '352 of those supported (85%) were female'),
    F(85, 'percent', 'other', 'people supported who were female', '352 of those supported (85%)', optional=True),
    F(3, 'years', 'other', 'age of the youngest child seen', 'The youngest child seen was 3', optional=True),
    F(81, 'years', 'other', 'age of the oldest adult seen', 'the oldest adult 81', optional=True),
    F(226, 'count', 'other', 'forensic medical examinations', 'We carried out 226 forensic medical examinations'),
    F(7, 'days', 'other', 'forensic window after an assault', 'for up to 7 days after', qualifier='up to'),
    F(161, 'count', 'other', 'people examined within the forensic window', '161 people were examined within that window'),
    F(154, 'count', 'other', 'examinations seen within 3 hours', 'Of the 226, 154 (68%) were seen within 3 hours'),
    F(68, 'percent', 'other', 'examinations seen within 3 hours', 'Of the 226, 154 (68%)', optional=True),
    F(4, 'count', 'other', 'national service specification standard in hours', 'standard of 4 hours', optional=True),
    F(58, 'count', 'other', 'people who chose to have samples stored', 'A further 58 people chose to have samples stored'),
    F(2, 'years', 'other', 'storage period for samples', 'samples are kept for 2 years'),
    F(43, 'count', 'other', 'children under 13 seen', '43 children under 13'),
    F(94, 'count', 'other', 'young people aged 13 to 17 seen', '94 young people aged 13 to 17 were seen'),
    F(61, 'count', 'social_care_referrals', 'referrals to the children\'s services front door', 'we made 61 referrals to the Isle of Wight Children\'s Services front door'),
    F(19, 'count', 'child_protection_plans', 'children seen already subject of a child protection plan', '19 of the children were already subject of a child protection plan'),
    F(11, 'count', 'looked_after_children', 'children seen who were in care', '11 were in care'),
    F(88, 'count', 'other', 'young people supported by the CHISVA', 'supported 88 young people'),
    F(23, 'count', 'other', 'young people waiting for a first CHISVA appointment', '23 were waiting for a first appointment'),
    F(16, 'days', 'other', 'average wait for a first CHISVA appointment', 'an average wait of 16 days'),
    F(301, 'count', 'other', 'people referred to an ISVA', 'We referred 301 people to an Independent Sexual Violence Adviser'),
    F(73, 'percent', 'other', 'people referred to an ISVA', '73% of those we saw', optional=True),
    F(187, 'count', 'other', 'people given emergency contraception or a pregnancy test', '187 people received emergency contraception'),
    F(264, 'count', 'other', 'people offered HIV PEP risk assessment', '264 were offered HIV post-exposure prophylaxis'),
    F(31, 'count', 'other', 'people who started a PEP course', '31 started a 28-day course'),
    F(28, 'days', 'other', 'length of a PEP course', 'started a 28-day course'),
    F(168, 'count', 'other', 'feedback cards completed', 'We asked everyone to complete a short feedback card and 168 did'),
    F(96, 'percent', 'other', 'respondents who would recommend the service', '96% would recommend the service to a friend'),
    F(91, 'percent', 'other', 'respondents who felt listened to', '91% said they felt listened to'),
    F(88, 'percent', 'other', 'respondents who felt listened to last year', 'compared with 88% last year', period=Y24),
    F(1140000, 'gbp', 'other', 'contract value for the year', 'The contract value for the year was £1.14m'),
    F(790000, 'gbp', 'other', 'contract funding from NHS England', '£790,000 from NHS England'),
    F(350000, 'gbp', 'other', 'contract funding from the Police and Crime Commissioner', '£350,000 from the Police and Crime Commissioner'),
    F(14, 'count', 'other', 'staff employed', 'We employ 14 staff'),
    F(6, 'count', 'other', 'forensic nurse examiners', 'including 6 forensic nurse examiners'),
    F(2, 'count', 'other', 'sessional forensic physicians', 'have 2 sessional forensic physicians', optional=True),
    F(75, 'percent', 'other', 'aim: people seen within 3 hours', 'aim to see 75% of people within 3 hours', optional=True),
    F(6, 'months', 'other', 'outreach clinic pilot', 'piloting a six-month outreach clinic'),
]
gold(DOC, 'other', 'The Wight Haven Sexual Assault Referral Centre: Annual Report to Commissioners', 'Isle of Wight', None,
     P('2025-04-01', '2026-03-31', '1 April 2025 to 31 March 2026'), figs,
     ['24 hours a day', '01632 960519', '11842076', 'October 2025', 'within 3 hours of the', '2026/27', 'a week', 'under 13'],
     [Q("Nobody made me feel stupid for waiting a week. They just said, you're here now.", 'a woman supported in October 2025',
        ['a woman', 'a service user', 'a woman supported'], None),
      Q('The rise in self-referrals is the figure I am proudest of. It means people trust us before they trust the system.',
        'Dr Priya Raman', ['Priya Raman', 'Dr Raman', 'Raman'], 'said', role='clinical lead'),
      Q('work harder on the weeks after the examination, when most people go quiet', 'Dr Priya Raman',
        ['Priya Raman', 'Dr Raman', 'Raman'], 'added', role='clinical lead')],
     [{'name': 'Priya Raman', 'role': 'Clinical lead, Wight Haven SARC'}],
     ['Wight Haven SARC, 24-hour line 01632 960519.', 'company no. 11842076'],
     'SYNTHETIC document invented for evaluation (writer m, styles19). A SARC provider\'s annual report to its NHS England and PCC '
     'commissioners (kind other: a health provider\'s report, not a council or partnership paper). Period from the scope '
     'sentence only. Stat cards in the band repeat prose facts (mentions). SARC activity is other; children referred to the '
     'children\'s services front door -> social_care_referrals; children already on a CP plan -> child_protection_plans; '
     'children in care -> looked_after_children. Count (percent) makes the percent optional; "73% of those we saw" restates '
     '301/412 (optional). "the previous year" and "last year" have the 2024/25 period, "two years ago" 2023/24. Forensic '
     'window "up to 7 days", sample storage 2 years and the 28-day PEP course are standing durations (figures); the 4-hour '
     'standard is hours (not a spec unit; optional with unit count) and "within 3 hours" is the timeliness measure\'s window '
     '(not a separate figure). Ages youngest/oldest optional; "under 13" and "aged 13 to 17" are age-band definitions of the '
     'counts. The aim of 75% optional. The pull quote with a dash line has cue null; "a week" inside it is rhetorical (not '
     'a figure). Dr Raman\'s fragment after "She added that" is her own words (required).')
