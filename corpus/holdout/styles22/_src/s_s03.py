"""Writer s, s03: a national children's helpline charity's annual review (PDF, 2 pages, a stats-card strip, a topics
table, boxed young people's words). National (area null)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR
from pdfkit_s import styles, table, build, Paragraph, Spacer, mm, colors, Table, TableStyle
from reportlab.platypus import PageBreak

DOC = 's03_national_childrens_helpline_annual_review_2025_26.pdf'
S = styles('#c2410c', font='Helvetica', size=9.4)
B, H2, SM, H1 = S['body'], S['h2'], S['small'], S['h1']
A = S['accent']


def card(big, small):
    return Paragraph('<font size=15 color="#c2410c"><b>%s</b></font><br/><font size=7.5>%s</font>' % (big, small), S['cell'])


cards = Table([[card('318,240', 'counselling contacts'), card('57%', 'by online chat'),
                card('2,964', 'safeguarding referrals'), card('1,530', 'volunteer counsellors')]],
              colWidths=[42.5 * mm] * 4)
cards.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.6, A), ('INNERGRID', (0, 0), (-1, -1), 0.6, A),
                           ('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#fff4ec')), ('TOPPADDING', (0, 0), (-1, -1), 6),
                           ('BOTTOMPADDING', (0, 0), (-1, -1), 6)]))

topics = table([['Main concern', 'Counselling sessions', 'Change on 2024/25'],
                ['Mental and emotional health', '96,410', '+6%'],
                ['Family relationships', '41,880', '-2%'],
                ['Suicidal thoughts and feelings', '27,350', '+11%'],
                ['Abuse and neglect (all forms)', '23,760', '+4%'],
                ['Bullying and online safety', '19,920', '-5%']], [75, 40, 40], A, zebra='#fff4ec')


def voice(text, who):
    t = Table([[Paragraph('<i>\u201c%s\u201d</i><br/><font size=8>%s</font>' % (text, who), B)]], colWidths=[170 * mm])
    t.setStyle(TableStyle([('LINEBEFORE', (0, 0), (0, -1), 3, A), ('LEFTPADDING', (0, 0), (-1, -1), 10)]))
    return t


story = [
    Paragraph('TalkSafe \u2013 the free, confidential helpline for children and young people', SM),
    Paragraph('Annual Review 2025/26', H1),
    Paragraph('This review covers our work across England, Scotland, Wales and Northern Ireland from 1 April 2025 to 31 '
              'March 2026. Registered charity no. 1099999.', SM), Spacer(1, 4),
    cards, Spacer(1, 8),
    Paragraph('A year of listening', H2),
    Paragraph('Children and young people contacted TalkSafe 318,240 times for counselling this year, up from 301,600 in '
              '2024/25. More than half of those contacts (57%) came through our online chat, and the rest by phone and '
              'email. The busiest hours remain between 9pm and midnight.', B),
    Paragraph('Girls made 68% of contacts where gender was known. The youngest children who contacted us were aged 7; '
              'most were aged between 12 and 15.', B),
    Paragraph('Our chief executive, Marianne Ekwueme, said: \u201cBehind every number in this review is a child who waited '
              'until the house was quiet to reach out. Our job is to make sure someone is there when they do.\u201d', B),
    Paragraph('What children talked to us about', H2),
    topics, Spacer(1, 4),
    Paragraph('Mental and emotional health was again the main concern, in 96,410 counselling sessions. Sessions about '
              'suicidal thoughts and feelings rose by 11%, and in 4,318 of them the counsellor judged the child to be at '
              'immediate risk.', B),
    voice('I didn\u2019t think anyone would believe me. The counsellor just let me talk and then helped me tell my head '
          'of year.', 'Girl, 14'),
    PageBreak(),
    Paragraph('Keeping children safe', H2),
    Paragraph('When a child is at risk of serious harm, or asks us to, we share information with the police or children\u2019s '
              'social care. This year we made 2,964 safeguarding referrals: 1,842 to local authority children\u2019s social '
              'care and 1,122 to the police. In 9 out of 10 cases the child agreed to the referral being made.', B),
    Paragraph('Counsellors heard about sexual abuse in 6,240 sessions and about physical abuse in 5,115. Around a quarter of '
              'children who told us about abuse said it was the first time they had told anyone.', B),
    Paragraph('Our head of safeguarding, Dr Conor Keane, said the service was \u201coften the first door a child knocks on, '
              'not the last\u201d. \u201cWe pass on what we hear within the hour when a life is at risk,\u201d he said. '
              '\u201cLocal services then do the hard, long work.\u201d', B),
    Paragraph('Our volunteers', H2),
    Paragraph('TalkSafe is answered by 1,530 volunteer counsellors working from 12 bases, supported by 214 paid staff. New '
              'volunteers complete a 10-week training course before taking their first contact, and each gives at least '
              'four hours a week.', B),
    voice('You go home some nights and think about one conversation for days. But you know you were the one who picked up.',
          'Volunteer counsellor, Belfast base'),
    Paragraph('We answered 76% of calls and chats that reached us, against our target of 85%. Demand at peak times still '
              'outstrips the number of counsellors on shift.', B),
    Paragraph('Money', H2),
    Paragraph('Our income was \u00a319.4m, of which 61% came from public donations and fundraising, and 23% from grants from '
              'the four governments. Each counselling contact costs us about \u00a358. We spent \u00a318.9m, and held '
              'reserves equal to 4.2 months of spending at the year end.', B),
    Paragraph('TalkSafe: call 020 7946 0123 (24 hours) or chat at talksafe.example. Registered office: 10 Example Street, '
              'London.', SM),
]

build(os.path.join(DIR, DOC), 'TalkSafe Annual Review 2025/26', 'TalkSafe', story,
      'TalkSafe | Annual Review 2025/26', 'talksafe.example | Registered charity no. 1099999', 2)

Y = P('2025-04-01', '2026-03-31')
PY = P('2024-04-01', '2025-03-31', '2024/25')
figs = [
    F(318240, 'count', 'other', 'counselling contacts', 'contacted TalkSafe 318,240 times for counselling'),
    F(301600, 'count', 'other', 'counselling contacts previous year', 'up from 301,600 in', period=PY),
    F(57, 'percent', 'other', 'contacts through online chat', 'those contacts (57%) came through our online chat'),
    F(50, 'percent', 'other', 'contacts through online chat (hedged)', 'More than half of those contacts', qualifier='more than', optional=True),
    F(68, 'percent', 'other', 'contacts made by girls', 'Girls made 68% of contacts'),
    F(7, 'years', 'other', 'age of youngest children', 'were aged 7', optional=True),
    F(12, 'years', 'other', 'age range lower', 'aged between 12 and 15', optional=True),
    F(15, 'years', 'other', 'age range upper', 'aged between 12 and 15', optional=True),
    F(96410, 'count', 'other', 'sessions about mental and emotional health', 'in 96,410 counselling sessions'),
    F(6, 'percent', 'other', 'change in mental health sessions', '+6%'),
    F(41880, 'count', 'other', 'sessions about family relationships', '41,880'),
    F(-2, 'percent', 'other', 'change in family relationship sessions', '-2%'),
    F(27350, 'count', 'other', 'sessions about suicidal thoughts', '27,350'),
    F(11, 'percent', 'other', 'rise in sessions about suicidal thoughts', 'rose by 11%'),
    F(23760, 'count', 'other', 'sessions about abuse and neglect', '23,760'),
    F(4, 'percent', 'other', 'change in abuse and neglect sessions', '+4%'),
    F(19920, 'count', 'other', 'sessions about bullying and online safety', '19,920'),
    F(-5, 'percent', 'other', 'change in bullying sessions', '-5%'),
    F(4318, 'count', 'other', 'sessions with child at immediate risk', 'in 4,318 of them the counsellor judged'),
    F(2964, 'count', 'other', 'safeguarding referrals', 'we made 2,964 safeguarding referrals'),
    F(1842, 'count', 'social_care_referrals', 'referrals to children\'s social care', '1,842 to local authority children\u2019s social'),
    F(1122, 'count', 'other', 'referrals to the police', '1,122 to the police'),
    F(90, 'percent', 'other', 'referrals the child agreed to', 'In 9 out of 10 cases the child agreed'),
    F(6240, 'count', 'other', 'sessions about sexual abuse', 'sexual abuse in 6,240 sessions'),
    F(5115, 'count', 'other', 'sessions about physical abuse', 'physical abuse in 5,115'),
    F(25, 'percent', 'other', 'children telling of abuse for the first time', 'Around a quarter of', qualifier='around'),
    F(1530, 'count', 'other', 'volunteer counsellors', 'answered by 1,530 volunteer counsellors'),
    F(12, 'count', 'other', 'bases', 'working from 12 bases'),
    F(214, 'count', 'other', 'paid staff', 'supported by 214 paid staff'),
    F(10, 'weeks', 'other', 'volunteer training course', 'a 10-week training course'),
    F(76, 'percent', 'other', 'calls and chats answered', 'We answered 76% of calls and chats'),
    F(85, 'percent', 'other', 'answer-rate target', 'against our target of 85%', optional=True),
    F(19400000, 'gbp', 'other', 'income', 'Our income was \u00a319.4m'),
    F(61, 'percent', 'other', 'income from public donations', '61% came from public donations'),
    F(23, 'percent', 'other', 'income from government grants', '23% from grants'),
    F(58, 'gbp', 'other', 'cost of a counselling contact', 'costs us about \u00a358', qualifier='about'),
    F(18900000, 'gbp', 'other', 'spending', 'We spent \u00a318.9m'),
    F(4.2, 'months', 'other', 'reserves in months of spending', 'reserves equal to 4.2 months'),
]
quotes = [
    Q('Behind every number in this review is a child who waited until the house was quiet to reach out. Our job is to make sure someone is there when they do.',
      'Marianne Ekwueme', ['Ekwueme', 'Ms Ekwueme'], 'said', role='Chief executive, TalkSafe'),
    Q('I didn\u2019t think anyone would believe me. The counsellor just let me talk and then helped me tell my head of year.',
      'a 14-year-old girl', ['girl', 'Girl, 14', 'a girl'], None),
    Q('often the first door a child knocks on, not the last', 'Conor Keane', ['Keane', 'Dr Keane'], 'said',
      role='Head of safeguarding, TalkSafe'),
    Q('We pass on what we hear within the hour when a life is at risk,', 'Conor Keane', ['Keane', 'Dr Keane'], 'said'),
    Q('Local services then do the hard, long work.', 'Conor Keane', ['Keane', 'Dr Keane'], None),
    Q('You go home some nights and think about one conversation for days. But you know you were the one who picked up.',
      'a volunteer counsellor', ['volunteer counsellor', 'Volunteer counsellor, Belfast base'], None),
]
nf = ['1099999', '9pm', '020 7946 0123', '24 hours', 'within the hour', 'four hours a week', '10 Example Street']
gold(DOC, 'other', 'TalkSafe Annual Review 2025/26', None, None, Y, figs, nf, quotes,
     [{'name': 'Marianne Ekwueme', 'role': 'Chief executive'}, {'name': 'Conor Keane', 'role': 'Head of safeguarding'}],
     ['TalkSafe | Annual Review 2025/26', 'Registered charity no. 1099999'],
     'SYNTHETIC (invented). A national children\'s helpline charity\'s annual review (kind other: a charity\'s own report), '
     'UK-wide, area null, no partnership. Period from the scope sentence. The card strip repeats prose (318,240, 57%, '
     '2,964, 1,530). \'More than half ... (57%)\': 57 required, 50 optional; ages optional (7; range 12-15 two optional); the '
     'topics table: counts required, change column required (a percentage change takes the metric of what changed); '
     'referrals to children\'s social care social_care_referrals, to police other; \'9 out of 10\' = 90; \'Around a quarter\' '
     '25; the answer-rate target optional; hours (\'four hours a week\', \'within the hour\', \'24 hours\') not figures; '
     'money. Quotes: CEO (said:), two boxed voices with dash-less name lines (cue null), the head of safeguarding\'s fragment '
     '(said the service was "...") then a quote split by \'he said\' and a cue-less continuation.')
