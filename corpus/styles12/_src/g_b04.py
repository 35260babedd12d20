"""Gold for b04 (local newspaper editorial 'Our view' on Edinburgh's child protection figures; written by hand)."""
from mk_b import F, P, Q, gold

DOC = 'b04_edinburgh_editorial_child_protection_figures.html'
JUL25 = P('2025-07-31', '2025-07-31', 'a year earlier (31 July 2025)')
PREV = P('2024-08-01', '2025-07-31', 'the year before')
LEN = ['Lennox', 'Cllr Lennox', 'Fraser Lennox', 'Cllr Fraser Lennox']
ROLE = 'Leader of the City of Edinburgh Council'


def main():
    figs = [
        F(20, 'percent', 'child_protection_plans', 'rise in children on the register (more than a fifth)', 'risen by more than a fifth in a year', qualifier='more than', optional=True),
        F(236, 'count', 'child_protection_plans', 'children on the child protection register at 31 July', '236 children were on the child protection register'),
        F(193, 'count', 'child_protection_plans', 'children on the register a year earlier', 'A year earlier the figure was 193', period=JUL25),
        F(22, 'percent', 'child_protection_plans', 'rise in children on the register in twelve months', 'That is a rise of 22 per cent'),
        F(0.29, 'percent', 'child_protection_plans', 'children in the city on the register (one in every 340)', 'roughly one in every 340 children', qualifier='about', optional=True),
        F(8, 'count', 'other', 'primary school classrooms the children would fill', 'enough to fill eight primary school classrooms', optional=True),
        F(2.9, 'rate_per_1000', 'child_protection_plans', "Edinburgh's child protection register rate per 1,000 aged 0-15", "The report puts Edinburgh's rate at 2.9 children per 1,000"),
        F(2.1, 'rate_per_1000', 'child_protection_plans', 'child protection register rate, Scotland', 'The Scottish figure is 2.1'),
        F(5, 'count', 'lcsprs_commissioned', 'learning reviews begun in the year', 'began five learning reviews'),
        F(2, 'count', 'lcsprs_commissioned', 'learning reviews begun the year before', 'against two the year before', period=PREV),
        F(2216, 'count', 'social_care_referrals', 'child protection concerns reported to social work', 'Child protection concerns reported to social work reached 2,216'),
        F(1310, 'count', 'section_47_enquiries', 'inter-agency referral discussions (IRDs)', 'inter-agency referral discussions 1,310'),
        F(1800000, 'gbp', 'other', 'spending on agency social workers in the year', 'the council spent £1.8m on agency social workers'),
        F(5000, 'gbp', 'other', 'agency spending per day of the year', 'close to £5,000 for every day', qualifier='about', optional=True),
        F(27, 'percent', 'child_protection_plans', 're-registrations (share of registrations in the year)', '27% of registrations in the year'),
        F(19, 'percent', 'child_protection_plans', 're-registrations in the previous year', 'up from 19% in the previous year', period=PREV),
        F(31, 'count', 'other', 'permanent social workers recruited since the summer of 2025', 'recruited 31 permanent social workers'),
        F(17, 'count', 'other', 'average caseload (children)', 'average caseloads had fallen to 17 children'),
        F(23, 'count', 'other', 'average caseload a year ago', 'from 23 a year ago', period=P(None, None, 'a year ago')),
        F(22, 'years', 'other', 'years the reader fostered for the council', 'who fostered for the council for 22 years', optional=True),
        F(3200000, 'gbp', 'other', 'improvement fund agreed in June', 'the £3.2m improvement fund agreed in June'),
    ]
    nf = ['214 partners', 'Friday 13 November 2026', '4 min read', 'per 1,000 aged 0-15', 'at 31 July', 'page 14', 'three pages later', 'only two years ago',
          'in twelve months', 'Eight months on', 'the last ten years', 'ask three things', 'a second or third time', 'the summer of 2025', 'Comments (12)',
          '300 words', '14 Leith Walk', 'EH6 5AA', 'No. SC417620', '01632 960733', '1,200 new homes', 'for 3 weeks', '2 cars']
    quotes = [
        Q('turned the corner', 'Fraser Lennox', LEN, 'told', role=ROLE),
        Q('More children are being identified earlier, which is what a good front door should do,', 'the report',
          ['report', 'the annual child protection report', 'the same report'], 'says'),
        Q('Edinburgh is turning the corner,', 'Fraser Lennox', LEN, 'told'),
        Q('Our children are safer today than at any point in the last ten years.', 'Fraser Lennox', LEN, None),
        Q('Numbers sometimes go up before they come down, and I will not hide them when they do.', 'Fraser Lennox', LEN, 'added'),
        Q("When the numbers go up this fast it usually means the help came too late, not that it came early. I've seen it before.", 'Joan Achterberg',
          ['Achterberg', 'Mrs Achterberg', 'Joan Achterberg, of Leith'], 'wrote', role='reader, former foster carer, Leith'),
    ]
    people = [{'name': 'Fraser Lennox', 'role': ROLE}, {'name': 'Joan Achterberg', 'role': 'reader, former foster carer, Leith'}]
    bp = ['We and our 214 partners use cookies to personalise content and ads.', 'Advertisement', 'Share this article', 'Comments (12)',
          'Get the Courier newsletter every morning - sign up free', 'Most read', 'Granton waterfront: 1,200 new homes approved despite objections',
          'Princes Street closed to buses for 3 weeks from Monday', 'Police appeal after 2 cars set alight in Wester Hailes']
    notes = ("Local newspaper editorial ('Our view', kind news_article) in Scotland: the editorial board's first-person argument is not a quote, but it is full of "
             "figures. Record period the Scottish reporting year to 31 July 2026 (1 August 2025 to 31 July 2026: the council's annual child protection report the "
             "column argues about). Area 'City of Edinburgh' (official name; the page says Edinburgh / the City of Edinburgh Council); partnership null (the child "
             "protection committee is mentioned once, unnamed). Scottish vocabulary: the register is child_protection_plans, its rate is per 1,000 aged 0-15 "
             "(rate_per_1000; comparator Scotland 2.1 keeps the metric), child protection concerns are social_care_referrals, inter-agency referral discussions are "
             "section_47_enquiries, learning reviews begun are lcsprs_commissioned, re-registrations as a share keep the register metric. Rhetorical numbers are "
             "optional: 'more than a fifth' (restates 22 per cent), 'one in every 340 children' (about 0.29 percent), 'enough to fill eight primary school "
             "classrooms', 'close to £5,000 for every day'. '193', 'two the year before' and '19% in the previous year' carry their own periods; 'from 23 a year ago' "
             "has a period with no dates. The council's report speaks ('..., it says': speaker 'the report'); the leader's earlier words are a scare-quoted fragment "
             "after 'told ... that the capital had', then a split quote ('Edinburgh is turning the corner,' he told councillors. '...'), then 'he added'; a reader's "
             "letter is quoted ('wrote to us'); the spokesperson's reported speech carries figures (31, 17, 23) but is not a quote. Traps: cookie banner '214 "
             "partners', '4 min read', 'page 14', 'three pages later', 'in twelve months', 'Eight months on', 'the last ten years' inside a quote, 'three things', "
             "'Comments (12)', '300 words', street number and postcode, company number, phone number, and a Most-read list with numbers (boilerplate).")
    gold(DOC, 'news_article', "Our view: Edinburgh's child protection figures need explaining, not spinning", 'City of Edinburgh', None,
         P('2025-08-01', '2026-07-31', 'the year to 31 July 2026'), figs, nf, quotes, people, bp, notes)


if __name__ == '__main__':
    main()
