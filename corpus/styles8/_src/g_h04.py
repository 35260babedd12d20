from mk import *
Y = P('2025-04-01', '2026-03-31')
rows = [('Barking and Dagenham', '418', '62', '352', '52.1', '6'), ('Newham', '506', '49', '389', '37.6', '8'), ('Redbridge', '247', '34', '228', '31.4', '3'), ('Waltham Forest', '371', '59', '270', '43.0', '5')]
figs = []
for c, a, b, d, e, f in rows:
    anc = ' '.join([c, a, b, d, e, f])
    figs += [F(int(a), 'count', 'looked_after_children', '%s children in care' % c, anc),
             F(int(b), 'rate_per_10000', 'looked_after_children', '%s children in care per 10,000' % c, anc),
             F(int(d), 'count', 'child_protection_plans', '%s children on child protection plans' % c, anc),
             F(float(e), 'rate_per_10000', 'child_protection_plans', '%s child protection plan rate' % c, anc),
             F(int(f), 'count', 'serious_incident_notifications', '%s serious incident notifications' % c, anc)]
figs += [F(70, 'rate_per_10000', 'looked_after_children', 'England children in care rate', 'England - 70 - 41.4 -'),
         F(41.4, 'rate_per_10000', 'child_protection_plans', 'England child protection plan rate', 'England - 70 - 41.4 -'),
         F(4612, 'count', 'social_care_referrals', 'Barking and Dagenham referrals', 'The council received 4,612 referrals'),
         F(19, 'percent', 'social_care_referrals', 'Barking and Dagenham re-referrals within a year', '19% of them were re-referrals within a year'),
         F(5, 'count', 'other', 'Newham notifications involving babies under a year old', 'Five of the eight involved babies under a year old'),
         F(8, 'count', 'rapid_reviews', 'Newham rapid reviews', 'held eight rapid reviews'),
         F(3, 'count', 'lcsprs_commissioned', 'Newham LCSPRs commissioned', 'commissioned three local child safeguarding practice reviews'),
         F(2, 'count', 'lcsprs_published', 'Newham LCSPRs published', 'publishing two'),
         F(50, 'percent', 'looked_after_children', 'Redbridge children in care rate as a share of England', 'half the England rate', optional=True),
         F(140, 'count', 'other', 'families worked with by the Redbridge edge-of-care team', 'had worked with 140 families in the year'),
         F(62, 'count', 'other', 'children kept safely at home (Redbridge)', 'We have kept 62 children safely at home'),
         F(3, 'count', 'rapid_reviews', 'Redbridge rapid reviews', 'all three led to rapid reviews'),
         F(5800000, 'gbp', 'other', "Waltham Forest children's services overspend", 'overspent by £5.8m'),
         F(7.2, 'percent', 'other', 'overspend as share of budget', 'equivalent to 7.2% of the budget'),
         F(66.67, 'percent', 'other', 'share of overspend on placements', 'Two-thirds of that overspend is placements.'),
         F(1542, 'count', 'looked_after_children', 'children in care across the four boroughs', '1,542 children were in care at the end of March'),
         F(1239, 'count', 'child_protection_plans', 'children on plans across the four boroughs', '1,239 were on child protection plans')]
gold('h04_east_london_councils_round_up.html', 'news_article',
     "Four councils, four stories: how east London's children's services compare", None,
     None, Y, figs,
     ['30 November 2026, 7:00am', '6 min read', '(12 comments)', '020 7946 0812', '020 7946 0813', '09912345', 'under a year old', 'per 10,000'],
     [Q('the youngest population in the country and some of the highest levels of need', 'Olusegun Bright', ['Bright', 'Mr Bright'], 'said the borough had', role="Director of children's services, Barking and Dagenham"),
      Q('We are not complacent about that number. But I would rather have children on a plan than children we have not seen.', 'Olusegun Bright', ['Bright', 'Mr Bright'], 'He added:'),
      Q('Eight is too many, and each one is a child,', 'Imran Hafeez', ['Hafeez', 'Dr Hafeez', 'Dr Imran Hafeez'], 'said', role='Independent scrutineer, Newham Safeguarding Children Partnership'),
      Q('The pattern we keep seeing is overcrowded housing and families moved into temporary accommodation far from their support.', 'Imran Hafeez', ['Hafeez', 'Dr Hafeez'], None),
      Q('We have kept 62 children safely at home who would otherwise have come into care,', 'Nadia Qureshi', ['Qureshi', 'Councillor Qureshi', 'Cllr Qureshi'], 'she said', role='Cabinet member for children, Redbridge'),
      Q('That is not luck.', 'Nadia Qureshi', ['Qureshi', 'Councillor Qureshi'], None),
      Q('Two-thirds of that overspend is placements. The market is broken.', 'Peter Lang', ['Lang', 'Councillor Lang', 'Cllr Lang'], 'said:', role='Finance lead, Waltham Forest Council'),
      Q('early in the new year', 'A spokesperson for the Waltham Forest Safeguarding Children Partnership', ['spokesperson', 'Waltham Forest Safeguarding Children Partnership'], 'said the partnership would publish its review of adolescent exploitation', optional=True)],
     [{'name': 'Kwame Asante', 'role': 'Local Democracy Reporter'}, {'name': 'Olusegun Bright', 'role': "Director of children's services, Barking and Dagenham"},
      {'name': 'Imran Hafeez', 'role': 'Independent scrutineer, Newham Safeguarding Children Partnership'}, {'name': 'Nadia Qureshi', 'role': 'Cabinet member for children, Redbridge'},
      {'name': 'Peter Lang', 'role': 'Finance lead, Waltham Forest Council'}],
     ['Sign up to our free daily newsletter.', 'Subscribe', 'Newham foster carers protest over allowances', 'Part of Riverside Media Group.'],
     "Regional news round-up comparing four councils: area null with areas Barking and Dagenham, Newham, Redbridge, Waltham Forest; partnership null (four partnerships). Period 2025/26. Comparison table annotated cell by cell (anchors are row texts); '-' cells not figures; prose repeats table cells (Barking and Dagenham's 52.1, Newham's 506 and eight notifications, Redbridge's 34, Waltham Forest's 371 and 270) - one fact each. Traps: 'Five of the eight' partitive (other: babies subset); eight notifications and eight rapid reviews are two facts; 'half the England rate' optional; 'all three led to rapid reviews' = 3 rapid reviews; 'Two-thirds of that overspend' inside a quote is also a figure; four speakers each with a follow-on sentence (pronoun 'She said' after 'Councillor Nadia Qureshi ... she said'), a fragment after 'said the borough had', an optional spokesperson fragment; newsletter promo and related-link comment counts are boilerplate.",
     areas=['Barking and Dagenham', 'Newham', 'Redbridge', 'Waltham Forest'])
