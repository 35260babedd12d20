"""Writer l, l07: Devon's Director of Children's Services, keynote speech text at a regional conference, 'check against delivery'
(PDF, 2 pages). A published speech -> other; period implied only by the date of delivery ('last year' in a May 2026 speech)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR
from pdfkit_l import styles, table, build, NOTE
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm

DOC = 'l07_devon_director_childrens_services_keynote_speech_text.pdf'
S = styles('#1d4f2b', font='Times-Roman', size=11)
b, sm = S['body'], S['small']
b = ParagraphStyle('bt', parent=b, leading=15, spaceAfter=7)
h1 = ParagraphStyle('h1t', parent=S['h1'], fontName='Times-Bold')
st = ParagraphStyle('stage', parent=b, fontName='Times-Italic', textColor=colors.HexColor('#666666'))
q1 = "I don't need you to fix my mum. I need you to turn up when you said you would."
q2 = 'a service that has found its footing but not yet its stride'
q3 = "For the first time in eleven years I know every child on my list by name."
q4 = 'They asked me what I wanted to happen, and then they wrote it down, and then it happened.'
story = []
A = story.append
A(Paragraph('SPEECH - CHECK AGAINST DELIVERY', sm))
A(Paragraph('"From inadequate to ordinary, and why ordinary is the hard part"', h1))
A(Paragraph('Rebecca Alcott, Director of Children\'s Services, Devon County Council<br/>'
            'Keynote address, South West Children\'s Services Conference, Exeter, 14 May 2026', sm))
A(Spacer(1, 4 * mm))
A(Paragraph('Thank you, Chair, and good morning.', b))
A(Paragraph('Two years ago this month, Ofsted told us that services for children in Devon were inadequate. I was four months '
            'into the job. I want to talk this morning about what we did next, what the numbers say now, and what I got wrong.', b))
A(Paragraph('[Slide 2: a letter in a child\'s handwriting]', st))
A(Paragraph('Not long after the inspection, a 13-year-old in our care wrote to me. I have her permission to read one line. '
            'She wrote: "' + q1 + '" I have kept that letter on my desk ever since.', b))
A(Paragraph('So let me start with turning up. Last year our front door took 9,840 contacts and passed 5,612 of them on as '
            'referrals to social care. Re-referrals within a year fell to 19%, from 27% the year before. We decide 91% of '
            'contacts within a working day now. When I arrived, it was closer to six in ten.', b))
A(Paragraph('[Slide 3: child protection and children in care]', st))
A(Paragraph('At the end of March, 512 children in Devon were on a child protection plan, down from 640 a year earlier. '
            'That is a rate of 35.6 per 10,000 children, below England\'s 41.2. I want to be careful here. A falling number is '
            'only good news if the right children are on plans, and our audits say that, in about one case in five, we still '
            'cannot show why a plan ended when it did.', b))
A(Paragraph('We had 812 children in care at the end of March, a rate of 56 per 10,000, where England is at 70. Sixty-four of '
            'them live in residential children\'s homes, at an average cost of £7,400 a week.', b))
A(Paragraph('Our last monitoring visit described Devon as "' + q2 + '". I think that is fair, and I quote it to my own '
            'leadership team more often than they would like.', b))
A(Paragraph('[Slide 4: workforce]', st))
A(Paragraph('None of this happens without social workers. Two years ago, 31% of our social work posts were filled by agency '
            'staff. Last year it was 18%. We recruited 46 newly qualified social workers through our academy, and average '
            'caseloads came down to 17 children. A team manager in Barnstaple said to me last month: "' + q3 + '"', b))
A(Paragraph('When things go wrong, we have to learn. Last year we notified the national panel of six serious incidents and '
            'held six rapid reviews, every one within the 15 working days. The Devon Children and Families Partnership '
            'commissioned one local child safeguarding practice review and published two, which made 11 recommendations '
            'between them. Nine are already complete.', b))
A(Paragraph('[Slide 5: money]', st))
A(Paragraph('And money. Two years ago children\'s services overspent by £14.2m. Last year the overspend was £2.1m, on a budget '
            'of £212m. We put £9.5m into family help, which now reaches about 4,300 families through 23 family hubs.', b))
A(Paragraph('A grandmother who now cares for her two grandchildren came to our family help conference in March. She said: '
            '"' + q4 + '" If that sentence is the only thing you take away from my speech, I will be happy.', b))
A(Paragraph('What did I get wrong? I moved too slowly on early help in the north of the county, and I let a 12-week wait for '
            'family group conferences run for most of a year. We have cut it to four weeks.', b))
A(Paragraph('Ordinary is the hard part. Ordinary is a social worker who turns up on Tuesday because she said Tuesday. '
            'Thank you.', b))
A(Paragraph('[Applause. Ends, 22 minutes.]', st))
build(os.path.join(DIR, DOC), 'From inadequate to ordinary: keynote speech by Devon\'s Director of Children\'s Services',
      'Devon County Council', story, 'Devon County Council | Speech | South West Children\'s Services Conference, 14 May 2026',
      'Check against delivery - published 15 May 2026', 2)

PER = P('2025-04-01', '2026-03-31', 'Last year')
PY = P('2024-04-01', '2025-03-31', 'the year before')
o = 'other'
figs = [
    F(13, 'years', o, 'age of the child who wrote to the director', 'a 13-year-old in our care wrote to me', optional=True),
    F(9840, 'count', 'social_care_referrals', 'contacts to the front door', 'Last year our front door took 9,840 contacts'),
    F(5612, 'count', 'social_care_referrals', "referrals to children's social care", 'passed 5,612 of them on as referrals to social care'),
    F(19, 'percent', 'social_care_referrals', 're-referrals within a year', 'Re-referrals within a year fell to 19%'),
    F(27, 'percent', 'social_care_referrals', 're-referrals the year before', 'from 27% the year before', period=PY),
    F(91, 'percent', o, 'contacts decided within a working day', 'We decide 91% of contacts within a working day now'),
    F(60, 'percent', o, 'contacts decided within a working day when the director arrived (hedged)', 'closer to six in ten', qualifier='closer to', optional=True),
    F(512, 'count', 'child_protection_plans', 'children on a child protection plan at the end of March', '512 children in Devon were on a child protection plan'),
    F(640, 'count', 'child_protection_plans', 'children on a child protection plan a year earlier', 'down from 640 a year earlier', period=P('2025-03-31', '2025-03-31', 'a year earlier')),
    F(35.6, 'rate_per_10000', 'child_protection_plans', 'child protection plan rate, Devon', 'That is a rate of 35.6 per 10,000 children'),
    F(41.2, 'rate_per_10000', 'child_protection_plans', 'child protection plan rate, England', "below England's 41.2"),
    F(20, 'percent', o, 'audited cases where the end of a plan could not be explained', 'in about one case in five', qualifier='about'),
    F(812, 'count', 'looked_after_children', 'children in care at the end of March', 'We had 812 children in care at the end of March'),
    F(56, 'rate_per_10000', 'looked_after_children', 'children in care rate, Devon', 'a rate of 56 per 10,000'),
    F(70, 'rate_per_10000', 'looked_after_children', 'children in care rate, England', 'where England is at 70'),
    F(64, 'count', 'looked_after_children', "children in care living in residential children's homes", "Sixty-four of them live in residential children's homes"),
    F(7400, 'gbp', o, 'average weekly cost of a residential placement', 'at an average cost of £7,400 a week'),
    F(31, 'percent', o, 'social work posts filled by agency staff two years ago', '31% of our social work posts were filled by agency staff', period=P('2024-04-01', '2025-03-31', 'Two years ago')),
    F(18, 'percent', o, 'social work posts filled by agency staff last year', 'Last year it was 18%'),
    F(46, 'count', o, 'newly qualified social workers recruited', 'We recruited 46 newly qualified social workers'),
    F(17, 'count', o, 'average social worker caseload', 'average caseloads came down to 17 children'),
    F(6, 'count', 'serious_incident_notifications', 'serious incidents notified to the national panel', 'we notified the national panel of six serious incidents'),
    F(6, 'count', 'rapid_reviews', 'rapid reviews held', 'held six rapid reviews'),
    F(15, 'days', o, 'rapid review deadline in working days', 'every one within the 15 working days'),
    F(1, 'count', 'lcsprs_commissioned', 'LCSPRs commissioned by the partnership', 'commissioned one local child safeguarding practice review'),
    F(2, 'count', 'lcsprs_published', 'LCSPRs published', 'and published two, which made 11 recommendations'),
    F(11, 'count', 'recommendations', 'recommendations of the two published reviews', 'which made 11 recommendations'),
    F(9, 'count', 'recommendations', 'recommendations already complete', 'Nine are already complete'),
    F(14200000, 'gbp', o, "children's services overspend two years ago", "Two years ago children's services overspent by £14.2m", period=P('2024-04-01', '2025-03-31', 'Two years ago')),
    F(2100000, 'gbp', o, "children's services overspend last year", 'Last year the overspend was £2.1m'),
    F(212000000, 'gbp', o, "children's services budget", 'on a budget of £212m'),
    F(9500000, 'gbp', o, 'investment in family help', 'We put £9.5m into family help'),
    F(4300, 'count', o, 'families reached by family help', 'reaches about 4,300 families', qualifier='about'),
    F(23, 'count', o, 'family hubs', 'through 23 family hubs'),
    F(2, 'count', o, "grandmother's grandchildren in her care", 'cares for her two grandchildren', optional=True),
    F(12, 'weeks', o, 'wait for family group conferences (previously)', 'a 12-week wait for family group conferences'),
    F(4, 'weeks', o, 'wait for family group conferences now', 'We have cut it to four weeks'),
    F(22, 'count', o, 'length of the speech in minutes', 'Ends, 22 minutes', optional=True),
    F(11, 'years', o, "years in practice (inside a quote)", 'For the first time in eleven years', optional=True),
]
nf = ['CHECK AGAINST DELIVERY', '14 May 2026', '15 May 2026', 'Two years ago this month', 'four months into the job',
      'Slide 2', 'Slide 3', 'Slide 4', 'Slide 5', 'last month', 'in March', 'on Tuesday', 'within a working day', 'per 10,000 children']
quotes = [
    Q(q1, 'a 13-year-old in care', ['13-year-old', 'a 13-year-old in our care'], 'wrote', role='a 13-year-old in the care of Devon County Council'),
    Q(q2, 'Ofsted', ['Ofsted', 'monitoring visit', 'Our last monitoring visit'], 'described', role="Ofsted's last monitoring visit"),
    Q(q3, 'a team manager', ['team manager', 'A team manager in Barnstaple'], 'said', role='a team manager in Barnstaple'),
    Q(q4, 'a grandmother', ['grandmother'], 'said', role='a grandmother caring for her two grandchildren'),
]
people = [{'name': 'Rebecca Alcott', 'role': "Director of Children's Services, Devon County Council"}]
bp = [NOTE, 'Page 1 of 2', 'Page 2 of 2', 'Check against delivery - published 15 May 2026']
gold(DOC, 'other', 'From inadequate to ordinary, and why ordinary is the hard part (keynote speech)', 'Devon', None, PER, figs, nf,
     quotes, people, bp,
     "A Director of Children's Services' keynote conference speech as published text, 'check against delivery' (kind other: neither "
     "governance nor a publication's reporting, like the earlier blogs and letters by a director). Period implied only by the date: "
     "'Last year' in a speech of 14 May 2026 = 2025/26; 'the year before', 'a year earlier' and 'Two years ago' carry their own periods; "
     "'at the end of March' snapshots are the period end. Partnership null (the Devon Children and Families Partnership is mentioned). "
     "The speech is first-person prose, not a quote; only words inside quote marks are quotes (a child's letter 'wrote', a monitoring "
     "visit fragment 'described ... as', a team manager, a grandmother). Contacts and referrals -> social_care_referrals (re-referral "
     "share too); residential placements keep looked_after_children; England comparators same metric; 'about one case in five' = 20 "
     "(hedged, required: no exact value); 'closer to six in ten' a hedged past value, optional; '15 working days' a standing deadline "
     "(required); the child's age optional (ages of people, as in styles17), 'within a working day' a window inside a measure (not a figure); the 12-week and four-week waits are durations "
     "(required). Slide cues, stage directions and 'Two years ago this month' are not figures; '22 minutes' optional (minutes).")
