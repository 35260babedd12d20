"""Gold for h04 (a councillor's social-media thread archived as HTML, written by hand)."""
from mk import F, P, Q, gold

DOC = 'h04_newcastle_councillor_thread_archive.html'


def main():
    LY = P('2024-04-01', '2025-03-31')
    figs = [
        F(598, 'count', 'looked_after_children', 'children in care at 31 March 2026', 'Children in our care: 598 at 31 March 2026'),
        F(561, 'count', 'looked_after_children', 'children in care a year earlier', 'up from 561 a year earlier', period=LY),
        F(98, 'rate_per_10000', 'looked_after_children', 'children in care rate', "That's 98 per 10,000 children"),
        F(70, 'rate_per_10000', 'looked_after_children', 'children in care rate, England', 'The England rate is 70'),
        F(412, 'count', 'child_protection_plans', 'child protection plans', 'Child protection plans: 412'),
        F(67.5, 'rate_per_10000', 'child_protection_plans', 'child protection plan rate', 'a rate of 67.5 per 10,000'),
        F(448, 'count', 'child_protection_plans', 'child protection plans a year ago', "That's down from 448 a year ago", period=LY),
        F(5860, 'count', 'social_care_referrals', "referrals to children's social care", "Referrals to children's social care: 5,860"),
        F(21, 'percent', 'social_care_referrals', 're-referrals within 12 months', 'And 21% were re-referrals'),
        F(20, 'percent', 'social_care_referrals', 're-referrals (one in five, restating 21%)', 'One in five families coming back', optional=True),
        F(8, 'count', 'serious_incident_notifications', 'serious incidents notified to the national panel', 'Serious incidents notified to the national panel: 8'),
        F(8, 'count', 'rapid_reviews', 'rapid reviews', 'Rapid reviews: 8'),
        F(2, 'count', 'lcsprs_commissioned', 'LCSPRs commissioned', 'New local safeguarding practice reviews commissioned: 2'),
        F(6100000, 'gbp', 'other', "forecast overspend on children's social care", 'forecast to overspend by £6.1m this year', period=P('2026-04-01', '2027-03-31')),
        F(71400000, 'gbp', 'other', 'cost of placements', 'Placements alone cost £71.4m'),
        F(14500, 'gbp', 'other', 'weekly cost of the most expensive placement', 'The most expensive single placement costs £14,500 a WEEK'),
        F(20, 'count', 'other', 'more in-house foster carers sought by March 2028', '20 more in-house foster carers by March 2028'),
        F(2, 'count', 'other', "new council-run children's homes sought", "two new council-run children's homes"),
        F(6, 'count', 'other', "council-run children's homes", 'the council runs just 6 of its own homes'),
        F(24, 'count', 'other', "beds in council-run children's homes", 'with 24 beds'),
        F(73, 'count', 'looked_after_children', 'children in private residential placements', '73 children are in private residential placements'),
        F(40, 'count', 'other', 'closed child protection plans audited', 'Independent audit of 40 closed plans'),
        F(37, 'count', 'other', 'audited plans closed appropriately', 'found 37 were closed appropriately'),
    ]
    nf = ['1/9', '2/9', '9/9', '2,104 followers', '312 likes', '48 reposts', '140 likes', '12 likes', '95 likes', '11 reposts', '1861204457', '27 Nov 2026 14:02:11 UTC',
          '1 capture', '21:14', '08:02', 'item 7', 'pages 34-61', '@geordiedad_77', 'within 12 months', 'per 10,000', 'March 2028', '2025/26']
    quotes = [
        Q('We are spending more and more on fewer and fewer children in residential care, and that is not a sustainable model.', 'Graham Tulloch', ['Tulloch', 'Mr Tulloch', 'the director'], 'was honest at cabinet', role="Director of Children's Services, Newcastle City Council"),
        Q("Down from 448 a year ago, which is good news IF it's real", 'Priya Nandakumar', ['Nandakumar', 'Cllr Nandakumar', 'Cllr Priya Nandakumar', '@CllrNandakumar'], 'quoted this post', optional=True),
    ]
    people = [
        {'name': 'Priya Nandakumar', 'role': "Liberal Democrat councillor for Jesmond; opposition spokesperson for children's services, Newcastle City Council"},
        {'name': 'Graham Tulloch', 'role': "Director of Children's Services, Newcastle City Council"},
        {'name': 'Martin Hebburn', 'role': 'Cabinet member for children and young people, Newcastle City Council'},
    ]
    bp = ['archive.example | Saved from https://social.example/CllrNandakumar/status/1861204457 | 27 Nov 2026 14:02:11 UTC | 1 capture | Share | Download',
          "598 kids in care and they're spending on cycle lanes",
          'This page was archived by archive.example. Archived pages may not display as originally intended. Report a problem']
    notes = ("A councillor's social-media thread saved by a web archive (kind other; period 2025/26, the annual report the thread summarises; partnership null). "
             "The councillor's own posts (and her reply in r2) are first-person prose, not quotes, but their figures are figures. "
             "A reply from a member of the public ('598 kids in care ...') is reader comment: boilerplate, its 598 only repeats the thread. "
             "The cabinet member's quote-post: the quoted box repeats the councillor's own words (an embedded post: optional quote); his comment below gives new figures (40 audited, 37 closed appropriately). "
             "Required quote: the director's words in quote marks (cue 'was honest at cabinet:'). "
             "Traps: post counters '1/9' ... '9/9', like and repost counts, follower count, the status id in the URL, archive timestamp, '1 capture', times, 'item 7', 'pages 34-61', "
             "hashtags, the handle '@geordiedad_77', 'within 12 months' (window in a definition), 'March 2028' (target date). "
             "8 notifications and 8 rapid reviews are two facts. 'One in five' restates 21% (optional 20). 'this year' for the overspend is the current year 2026/27.")
    gold(DOC, 'other', 'Thread by @CllrNandakumar on the children\'s services annual report (archived 27 Nov 2026)', 'Newcastle upon Tyne', None,
         P('2025-04-01', '2026-03-31'), figs, nf, quotes, people, bp, notes)


if __name__ == '__main__':
    main()
