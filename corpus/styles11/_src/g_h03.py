"""Gold for h03 (council child protection FAQ with <details> accordions, written by hand)."""
from mk import F, P, Q, gold

DOC = 'h03_hammersmith_fulham_child_protection_faq.html'
Y23 = P('2023-04-01', '2024-03-31')
Y24 = P('2024-04-01', '2025-03-31')


def main():
    figs = [
        F(1, 'days', 'other', 'time to decide what happens next (working days)', 'decide what should happen next within one working day'),
        F(9870, 'count', 'social_care_referrals', 'contacts handled by the hub', 'Last year the hub handled 9,870 contacts'),
        F(2240, 'count', 'social_care_referrals', "referrals to children's social care", "2,240 of them became referrals to children's social care"),
        F(1018, 'count', 'section_47_enquiries', 'section 47 enquiries started', 'In 2025-26 we started 1,018 section 47 enquiries'),
        F(33.33, 'percent', 'other', 'section 47 enquiries leading to an initial conference', 'About a third of them led to an initial child protection conference', qualifier='about'),
        F(15, 'days', 'other', 'timescale for an initial conference (working days)', 'should be held within 15 working days of the strategy discussion'),
        F(331, 'count', 'other', 'initial child protection conferences held', 'we held 331 initial conferences'),
        F(84, 'percent', 'other', 'initial conferences within timescale', '84% met that timescale'),
        F(3, 'months', 'other', 'time to first review conference', 'The first review conference is held within three months'),
        F(6, 'months', 'other', 'interval between later review conferences', 'at least every six months'),
        F(163, 'count', 'child_protection_plans', 'children with a child protection plan at 31 March 2026', '163 children in Hammersmith & Fulham had a child protection plan'),
        F(39.2, 'rate_per_10000', 'child_protection_plans', 'child protection plan rate', 'That is a rate of 39.2 per 10,000 children'),
        F(41.8, 'rate_per_10000', 'child_protection_plans', 'child protection plan rate, England', 'below the England rate of 41.8'),
        F(36.5, 'rate_per_10000', 'child_protection_plans', 'child protection plan rate, inner London', 'the inner London rate of 36.5'),
        F(71, 'count', 'child_protection_plans', 'plans with emotional abuse as the main category', 'Emotional abuse was the main category for 71 of them'),
        F(58, 'count', 'child_protection_plans', 'plans with neglect as the main category', 'and neglect for 58'),
        F(2106, 'count', 'social_care_referrals', 'referrals 2023-24', '2023-24 2,106 947 178', period=Y23),
        F(947, 'count', 'section_47_enquiries', 'section 47 enquiries 2023-24', '2023-24 2,106 947 178', period=Y23),
        F(178, 'count', 'child_protection_plans', 'child protection plans at 31 March 2024', '2023-24 2,106 947 178', period=Y23),
        F(2318, 'count', 'social_care_referrals', 'referrals 2024-25', '2024-25 2,318 1,055 171', period=Y24),
        F(1055, 'count', 'section_47_enquiries', 'section 47 enquiries 2024-25', '2024-25 2,318 1,055 171', period=Y24),
        F(171, 'count', 'child_protection_plans', 'child protection plans at 31 March 2025', '2024-25 2,318 1,055 171', period=Y24),
        F(126, 'count', 'other', 'parents supported by the advocacy service', 'supported 126 parents at conferences last year'),
        F(9.4, 'months', 'other', 'average duration of a child protection plan', 'the average plan lasted 9.4 months'),
        F(4, 'percent', 'child_protection_plans', 'plans lasting two years or more when they ended', '4% of plans had lasted two years or more'),
        F(17, 'percent', 'child_protection_plans', 'children subject to a plan for a second or later time', '17% had had one before'),
        F(3, 'count', 'rapid_reviews', 'rapid reviews held', 'it held three rapid reviews after serious incidents'),
        F(1, 'count', 'lcsprs_published', 'LCSPRs published', 'published one local child safeguarding practice review'),
        F(10, 'days', 'other', 'complaint response aim (working days)', 'We aim to respond within 10 working days'),
    ]
    nf = ['999', '020 7946 0384', '020 7946 0999', '020 7946 0712', '9am to 5pm', 'section 47 of the Children Act 1989', '2023-24 to 2025-26', '31 March 2026',
          'per 10,000', '3 November 2026', 'May 2027', '1 of 12 pages', '1. What happens', '4. How many', 'two years or more', 'within a year']
    quotes = [
        Q('I thought the conference would be about blaming me. It was hard, but they asked what I needed and they wrote it down.', 'a parent', ['parent', 'One parent'], 'told'),
        Q('We publish these answers because families have a right to understand a process that can feel frightening.', 'Jacqui Fenwick', ['Fenwick', 'Ms Fenwick'], 'said', role="Strategic Director of Children's Services, Hammersmith & Fulham Council"),
    ]
    people = [{'name': 'Jacqui Fenwick', 'role': "Strategic Director of Children's Services, Hammersmith & Fulham Council"}]
    bp = ['Skip to main content', 'Home > Children and young people > Keeping children safe > FAQs', 'Page last reviewed: 3 November 2026 | Next review due: May 2027',
          'Was this page helpful? Yes / No | 1 of 12 pages in Keeping children safe']
    notes = ("Council FAQ page (kind other) built from <details>/<summary> accordions, numbered questions ('1.' to '8.' are question numbers, not figures), and a small table inside one accordion. "
             "Record period 2025-26 (the year the answers report); table rows for 2023-24 and 2024-25 have their own periods, and the 2025-26 row repeats the prose (2,240, 1,018, 163: one figure each). "
             "The area is spelled 'Hammersmith & Fulham' on the page; the official name is 'Hammersmith and Fulham'. "
             "Deadlines are figures ('within one working day', 'within 15 working days', 'within three months', 'at least every six months', 'within 10 working days'); "
             "'within a year' and 'two years or more' are windows inside statements/measures (not figures). 'About a third' = 33.33 percent. "
             "Plan categories, the share lasting two years or more and 'had had one before' (repeat plans) are child_protection_plans; the average duration (months) is other. "
             "Traps: 999, three phone numbers, '9am to 5pm', 'section 47 of the Children Act 1989', 'per 10,000', review dates, '1 of 12 pages'.")
    gold(DOC, 'other', 'Child protection: frequently asked questions', 'Hammersmith and Fulham', 'Hammersmith & Fulham Safeguarding Children Partnership',
         P('2025-04-01', '2026-03-31'), figs, nf, quotes, people, bp, notes)


if __name__ == '__main__':
    main()
