"""Gold for b02 (LGA-style children's safeguarding peer review feedback letter, Herefordshire; Chromium PDF)."""
from mk_b import F, P, Q, gold

DOC = 'b02_herefordshire_childrens_safeguarding_peer_review_letter.pdf'
AUG26 = P('2026-08-31', '2026-08-31', 'end of August 2026')
AUG24 = P('2024-08-31', '2024-08-31', 'August 2024')
Y25 = P('2025-04-01', '2026-03-31', '2025/26')
L12 = P('2025-09-01', '2026-08-31', 'the last 12 months')


def main():
    figs = [
        F(6, 'count', 'other', 'peers in the review team', 'The team was made up of six peers'),
        F(4, 'days', 'other', 'days on site', 'We were on site for four days'),
        F(93, 'count', 'other', 'people the team spoke to', 'the team spoke to 93 people'),
        F(41, 'count', 'other', 'frontline practitioners and managers spoken to', 'including 41 frontline practitioners and managers'),
        F(12, 'count', 'other', 'partner agency representatives spoken to', '12 partner agency representatives'),
        F(11, 'count', 'other', 'children and young people spoken to', '11 children and young people'),
        F(34, 'count', 'other', 'meetings and focus groups', 'in 34 meetings and focus'),
        F(28, 'count', 'other', 'case files read', 'We read 28 case files'),
        F(19, 'count', 'other', 'case files read jointly with the practitioner or manager', 'their manager in 19 of'),
        F(60, 'count', 'other', 'documents considered', 'considered more than 60 documents', qualifier='more than'),
        F(3, 'count', 'other', 'questions the council asked the team to focus on', 'You asked us to focus on three questions', optional=True),
        F(38500, 'count', 'other', 'children in Herefordshire (population)', 'around 38,500 children', qualifier='about'),
        F(212, 'count', 'child_protection_plans', 'children subject of a child protection plan', '212 children were the subject of a child protection plan', period=AUG26),
        F(55.1, 'rate_per_10000', 'child_protection_plans', 'child protection plan rate', 'a rate of 55.1 per 10,000', period=AUG26),
        F(43.0, 'rate_per_10000', 'child_protection_plans', 'child protection plan rate, statistical neighbours', 'statistical neighbours (43.0)'),
        F(41.6, 'rate_per_10000', 'child_protection_plans', 'child protection plan rate, England', 'England (41.6)'),
        F(301, 'count', 'child_protection_plans', 'children on a child protection plan in August 2024', 'fallen from 301 children in August 2024', period=AUG24),
        F(386, 'count', 'looked_after_children', 'children in care', 'There were 386 children in care'),
        F(4900000, 'gbp', 'other', "forecast children's services overspend this year", "overspend of £4.9 million this year", period=P('2026-04-01', '2027-03-31', 'this year')),
        F(2600000, 'gbp', 'other', 'additional investment in the social work workforce', 'invested an additional £2.6 million'),
        F(22, 'percent', 'other', 'agency social workers (% of qualified workforce)', 'Agency social workers now make up 22%'),
        F(41, 'percent', 'other', 'agency social workers, September 2024', 'down from 41% in September 2024', period=P('2024-09-01', '2024-09-30', 'September 2024')),
        F(36, 'count', 'other', 'newly qualified social workers in their ASYE', '36 newly qualified social workers'),
        F(16.8, 'count', 'other', 'average caseload per social worker', 'is 16.8 children per social worker'),
        F(24, 'count', 'other', 'highest caseload of any worker met', 'no worker we met held more than 24'),
        F(94, 'percent', 'other', 'contacts decided within one working day', 'Ninety-four per cent of contacts receive a decision'),
        F(10, 'count', 'other', 'contacts sampled', 'the quality of the 10 contacts we sampled'),
        F(4, 'count', 'rapid_reviews', 'rapid reviews held in the last 12 months', 'the four rapid reviews held in', period=L12),
        F(2, 'count', 'lcsprs_commissioned', 'LCSPRs commissioned this year', 'the two local child safeguarding practice reviews the partnership commissioned'),
        F(25, 'percent', 'social_care_referrals', 're-referrals (about a quarter)', 'About a quarter of referrals are re-referrals', qualifier='about', optional=True),
        F(26, 'percent', 'social_care_referrals', 're-referrals within 12 months', '(26% in 2025/26)', period=Y25),
        F(5, 'count', 'other', 're-referred cases closed after a single assessment', 'five of the eight re-referred cases'),
        F(8, 'count', 'other', 're-referred cases looked at', 'five of the eight re-referred cases'),
        F(31, 'count', 'other', 'children subject of a plan for more than 18 months', '31 children have been subject of a plan for more than 18 months'),
        F(19, 'percent', 'other', 'turnover in the children in care teams', 'children in care teams was 19% last year'),
        F(3, 'count', 'other', 'interim team managers', 'three team managers in those teams are interim'),
        F(4, 'count', 'other', 'social workers for one child (head teacher)', 'four social workers for one child', optional=True),
        F(9, 'count', 'other', 'audits moderated', 'only 9 of the 72 audits'),
        F(72, 'count', 'other', 'audits completed April to July', 'only 9 of the 72 audits'),
        F(12, 'months', 'other', 'progress conversation offered within', 'A brief progress conversation is offered within 12 months'),
        F(10, 'days', 'other', 'publication of the letter within (working days)', 'within 10 working days unless you'),
    ]
    nf = ['18 Smith Square', 'SW1P 3HZ', '020 7946 0418', 'CSPC/26/047', 'HR4 0LE', '2 October 2026', '8 to 11 September 2026', 'the 2022 inspection',
          'per 10,000', 'within one working day', 're-referrals within 12 months', 'the last 12 months', 'over the last two years', 'more than 18 months',
          'eighteen months', 'Page 1 of 2', 'Page 2 of 2', '11. Re-referrals', '15. We would', 'September 2024']
    quotes = [
        Q("My social worker actually rings back now. That never used to happen, and it's why I'll tell her things.", 'a young person',
          ['young person', 'One young person'], 'told'),
        Q('four social workers for one child in eighteen months', 'a head teacher', ['head teacher', 'A head teacher'], 'put it to us'),
    ]
    people = [
        {'name': 'Paul Whitworth', 'role': 'Chief Executive, Herefordshire Council'},
        {'name': 'Andrea Whitlock', 'role': 'Peer Challenge Manager, Local Government Association'},
        {'name': 'Mark Edwards', 'role': 'LGA principal adviser'},
        {'name': 'Lucy Ferrand', 'role': "Director of Children's Services"},
        {'name': 'Ivan Prothero', 'role': 'Cabinet Member for Children and Young People'},
    ]
    bp = ["Children's Services Peer Challenge Programme", 'Yours sincerely,', 'On behalf of the peer team']
    notes = ("LGA-style peer review feedback letter to a chief executive (kind other: like an inspection letter; Chromium PDF with @page margin boxes "
             "for the page counter and the synthetic footer). Record period = the on-site dates 8 to 11 September 2026 (as an inspection). Area is the official "
             "name 'Herefordshire, County of' (the letter says Herefordshire / Herefordshire Council). Partnership null: the safeguarding partnership is never named. "
             "Traps: letterhead '18 Smith Square', postcode, phone number, 'Our ref: CSPC/26/047', paragraph numbers 1-15 (the list restarts with start= after each "
             "heading), 'the 2022 inspection', 'per 10,000'. The methodology counts are figures (other): six peers, four days, 93 people = 41 + 12 + 11 + the rest, "
             "34 meetings, 28 case files (19 jointly), 'more than 60 documents' (qualifier); 'three questions' optional. Snapshot figures at the end of August 2026 "
             "carry their own period; comparators keep the metric (43.0 statistical neighbours, 41.6 England). 'About a quarter' is a hedged restatement of 26% "
             "(optional). 'Ninety-four per cent of contacts receive a decision within one working day' is a timeliness measure (other); "
             "'one working day', 'within 12 months' (re-referrals) and 'more than 18 months' are windows inside measures, not figures; "
             "but 'offered within 12 months' and 'within 10 working days' are standalone deadlines (figures). 'no worker we met held more than 24' is a maximum "
             "caseload (24, no qualifier). The head teacher's words are a quoted fragment after 'put it to us bluntly:' (its 'four social workers' optional). "
             "The young person's quote is anonymous (speaker 'a young person'). The letter's own first-person prose ('we', 'us') is not a quote.")
    gold(DOC, 'other', "Herefordshire Council: children's safeguarding peer review, 8 to 11 September 2026", 'Herefordshire, County of', None,
         P('2026-09-08', '2026-09-11', '8 to 11 September 2026'), figs, nf, quotes, people, bp, notes)


if __name__ == '__main__':
    main()
