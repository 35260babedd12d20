"""j03: All-Party Parliamentary Group inquiry report (invented APPG) on local child safeguarding partnerships: disclaimer,
chair's foreword, inquiry facts box, findings with witness quotes, numbered recommendations. National: area null, no
record period. Run: /work/wt/blind17/pdfgen-j/bin/python _src/g_j03.py"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pdfkit_j import *
from reportlab.platypus import Paragraph, Spacer
from mk import F, P, Q, gold

DOC = 'j03_national_appg_inquiry_report_safeguarding_partnerships.pdf'
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), DOC)
S = styles('#7a1f3d')
b, h1, h2, sm, cell = S['body'], S['h1'], S['h2'], S['small'], S['cell']
DISC = ('This is not an official publication of the House of Commons or the House of Lords. It has not been approved by either House or its committees. '
        'All-Party Parliamentary Groups are informal groups of Members of both Houses with a common interest in particular issues.')

box = table([[Paragraph('<b>About the inquiry</b>', cell)],
             [Paragraph('Oral evidence sessions: 4 (March to June 2026)', cell)],
             [Paragraph('Written submissions: 187, including 64 from safeguarding partnerships and 38 from young people', cell)],
             [Paragraph('Practitioner survey: 1,052 responses', cell)]],
            [170], S['accent'], header_rows=1)

story = [
    Paragraph('All-Party Parliamentary Group for Children and Families', h2),
    Paragraph('Who is keeping watch? Inquiry into local child safeguarding partnerships', h1),
    Paragraph('Report of the inquiry, December 2026', sm),
    Paragraph(DISC, sm),
    Spacer(1, 4),
    Paragraph('Foreword from the Chair', h2),
    Paragraph('When we launched this inquiry, we asked a simple question: when a child is seriously hurt, who makes sure that the lessons are learned, and who checks? I am grateful to every family, young person and professional who gave us their time. What we heard was often hard to listen to, and I hope this report does it justice.', b),
    Paragraph('Helen Marsh MP, Chair of the APPG', b),
    box, Spacer(1, 6),
    Paragraph('1. The scale of harm', h2),
    Paragraph('In 2025-26, local authorities in England notified the Child Safeguarding Practice Review Panel of 438 serious incidents, compared with 482 in 2021-22. In 129 of the notified incidents a child had died, and in 309 a child had been seriously harmed. Babies under one year old were involved in 46% of notifications.', b),
    Paragraph('Submissions described rising demand behind these numbers. Referrals to children\u2019s social care reached 619,400 in 2024-25, local authorities started 226,100 section 47 enquiries, and 52,300 children were the subject of a child protection plan at 31 March 2025.', b),
    Paragraph('2. Reviews that arrive too late', h2),
    Paragraph('Partnerships published 94 local child safeguarding practice reviews in 2025-26. On average, a review was published 22 months after the incident it examined. Only 41% of partnerships that wrote to us had checked whether their review recommendations had made a difference. Professor Anne Kelleher told the group on 14 May: \u201cA review that lands two years after a baby died is a history lesson, not a safeguard.\u201d', b),
    Paragraph('3. Scrutiny without teeth', h2),
    Paragraph('Each of the 132 partnerships must arrange independent scrutiny, but only 12 employ a scrutineer for more than two days a week. In our survey, 62% of practitioners said they did not know who scrutinised their partnership, and 71% had never seen its annual report.', b),
    Paragraph('Kai, 17, who gave evidence with the group\u2019s young advisers, said: \u201cEveryone kept telling me the system had checks. Nobody could tell me who does the checking.\u201d', b),
    Paragraph('4. Money', h2),
    Paragraph('The average partnership budget was \u00a3455,000 in 2025-26. Of the 64 partnerships that sent written evidence, 49 said their budget had fallen in real terms since 2023-24. Detective Chief Superintendent Rob Fenwick, giving evidence for police chiefs, said that forces contributed \u201cwhatever is left after the statutory lines are paid\u201d, and that contributions had been frozen in cash terms for three years.', b),
    Paragraph('Recommendations', h2),
    Paragraph('We make 12 recommendations. The most urgent are:', b),
    Paragraph('R1. The Department for Education should set a ring-fenced grant of \u00a350m a year for safeguarding partnerships, allocated by child population.', b),
    Paragraph('R4. Local reviews should be published within 12 months of the rapid review, unless a criminal trial prevents it.', b),
    Paragraph('R7. Every partnership should spend at least 10% of its budget on independent scrutiny.', b),
    Paragraph('R11. The Panel should publish, each year, the time every partnership takes to publish its reviews.', b),
    Spacer(1, 6),
    Paragraph('The secretariat to the APPG is provided by Children First Coalition (an invented charity), registered charity number 1187733. Contact: appg@childrenfirst.example, 020 7946 0729. The full list of witnesses is at Annex B.', sm),
]
build(OUT, 'Who is keeping watch? Inquiry into local child safeguarding partnerships', 'APPG for Children and Families (invented)', story,
      'APPG for Children and Families | Inquiry report | December 2026', 'Who is keeping watch?', 2)

def Y(a):
    y = int(a[:4])
    return P('%d-04-01' % y, '%d-03-31' % (y + 1), a)

Y25 = Y('2025-26')
fig = [
    F(4, 'count', 'other', 'oral evidence sessions', 'Oral evidence sessions: 4'),
    F(187, 'count', 'other', 'written submissions', 'Written submissions: 187'),
    F(64, 'count', 'other', 'written submissions from safeguarding partnerships', '64 from safeguarding partnerships'),
    F(38, 'count', 'other', 'written submissions from young people', '38 from young people'),
    F(1052, 'count', 'other', 'practitioner survey responses', 'Practitioner survey: 1,052 responses'),
    F(438, 'count', 'serious_incident_notifications', 'serious incident notifications, England', 'notified the Child Safeguarding Practice Review Panel of 438 serious incidents', period=Y25),
    F(482, 'count', 'serious_incident_notifications', 'serious incident notifications, England, 2021-22', 'compared with 482 in 2021-22', period=Y('2021-22')),
    F(129, 'count', 'child_deaths', 'notified incidents in which a child died', 'In 129 of the notified incidents a child had died', period=Y25),
    F(309, 'count', 'serious_harm_cases', 'notified incidents in which a child was seriously harmed', 'in 309 a child had been seriously harmed', period=Y25),
    F(46, 'percent', 'serious_incident_notifications', 'share of notifications involving babies under one', 'involved in 46% of notifications', period=Y25),
    F(1, 'years', 'other', 'age threshold for babies', 'Babies under one year old', optional=True),
    F(94, 'count', 'lcsprs_published', 'local child safeguarding practice reviews published', 'Partnerships published 94 local child safeguarding practice reviews', period=Y25),
    F(619400, 'count', 'social_care_referrals', "referrals to children's social care, England", 'reached 619,400 in 2024-25', period=Y('2024-25')),
    F(226100, 'count', 'section_47_enquiries', 'section 47 enquiries started, England', 'started 226,100 section 47 enquiries', period=Y('2024-25')),
    F(52300, 'count', 'child_protection_plans', 'children subject of a child protection plan, England', '52,300 children were the subject of a child protection plan', period=P('2025-03-31', '2025-03-31', '31 March 2025')),
    F(41, 'percent', 'other', 'partnerships that had checked whether review recommendations made a difference', 'Only 41% of partnerships that wrote to us'),
    F(49, 'count', 'other', 'partnerships reporting a real-terms budget fall since 2023-24', '49 said their budget had fallen in real terms'),
    F(22, 'months', 'other', 'average time from incident to publication of a review', 'published 22 months after the incident'),
    F(2, 'years', 'other', 'time after death (in quote)', 'two years after a baby died', optional=True),
    F(132, 'count', 'other', 'safeguarding partnerships in England', 'Each of the 132 partnerships'),
    F(12, 'count', 'other', 'partnerships employing a scrutineer more than two days a week', 'only 12 employ a scrutineer'),
    F(2, 'days', 'other', 'scrutineer time threshold (days a week)', 'for more than two days a week', optional=True),
    F(62, 'percent', 'other', 'practitioners not knowing who scrutinised their partnership', '62% of practitioners said'),
    F(71, 'percent', 'other', "practitioners who had never seen the partnership's annual report", '71% had never seen its annual report'),
    F(17, 'years', 'other', 'age of young witness', 'Kai, 17', optional=True),
    F(455000, 'gbp', 'other', 'average partnership budget', 'The average partnership budget was \u00a3455,000 in 2025-26', period=Y25),
    F(3, 'years', 'other', 'years police contributions frozen in cash terms', 'frozen in cash terms for three years'),
    F(12, 'count', 'recommendations', 'recommendations of the inquiry', 'We make 12 recommendations'),
    F(50000000, 'gbp', 'other', 'recommended ring-fenced annual grant for partnerships', 'ring-fenced grant of \u00a350m a year'),
    F(12, 'months', 'other', 'recommended time to publish a local review', 'published within 12 months of the rapid review', optional=True),
    F(10, 'percent', 'other', 'recommended minimum share of budget on independent scrutiny', 'at least 10% of its budget', qualifier='at least', optional=True),
]
nf = ['December 2026', 'March to June 2026', '14 May', 'R1.', 'R4.', 'R7.', 'R11.', '1187733', '020 7946 0729', 'Annex B', 'Oral evidence sessions: 4 (March to June 2026)']
quotes = [
    Q('A review that lands two years after a baby died is a history lesson, not a safeguard.', 'Anne Kelleher', ['Kelleher', 'Professor Anne Kelleher', 'Professor Kelleher'], 'told', role='witness'),
    Q('Everyone kept telling me the system had checks. Nobody could tell me who does the checking.', 'Kai', ['Kai, 17'], 'said', role="young adviser to the APPG"),
    Q('whatever is left after the statutory lines are paid', 'Rob Fenwick', ['Fenwick', 'Detective Chief Superintendent Rob Fenwick', 'DCS Fenwick'], 'said', role='witness for police chiefs'),
]
people = [{'name': 'Helen Marsh', 'role': 'MP, Chair of the APPG for Children and Families'}, {'name': 'Anne Kelleher', 'role': 'Professor, witness'},
          {'name': 'Rob Fenwick', 'role': 'Detective Chief Superintendent, witness for police chiefs'}]
note = ("All-Party Parliamentary Group inquiry report (invented APPG; reportlab, 2 pages). National: area null, no areas, partnership null, record period null (the report is dated December 2026 and spans several years; the inquiry ran March to June 2026); kind other (not a council, partnership or news document). "
        "Traps: the standard APPG disclaimer (boilerplate); the chair's foreword is first-person prose, not a quote, and her name line follows it; an 'About the inquiry' box of label: value lines ('Oral evidence sessions: 4 (March to June 2026)'); "
        "national notifications with their own years (438 in 2025-26 vs 482 in 2021-22); deaths 129 and serious harm 309 (which add up to 438: three facts); 46% of notifications keeps serious_incident_notifications (a share of the whole); 'under one year old' optional; "
        "94 LCSPRs published; 22 months average; 'two years' inside a quote optional; 132 partnerships vs 12 with a scrutineer 'for more than two days a week' (the threshold optional); survey percentages; the young witness's age optional; "
        "\u00a3455,000 average budget; a quote fragment inside reported speech from a police witness; 'We make 12 recommendations' (recommendations) vs 'within 12 months' in R4 (a recommended deadline, optional, like a target) and 'at least 10%' (optional target); "
        "recommendation labels R1-R11 and the charity number not figures; three witnesses quoted with 'told the group', 'said:' and reported speech.")
gold(DOC, 'other', 'Who is keeping watch? Inquiry into local child safeguarding partnerships', None, None, {'start': None, 'end': None}, fig, nf, quotes, people,
     [DISC, 'APPG for Children and Families | Inquiry report | December 2026', 'Who is keeping watch?'], note)
