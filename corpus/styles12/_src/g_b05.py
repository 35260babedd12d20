"""Gold for b05 (child protection committee practitioner e-bulletin, Renfrewshire; written by hand)."""
from mk_b import F, P, Q, gold

DOC = 'b05_renfrewshire_child_protection_practitioner_ebulletin.html'
C24 = P('2024-01-01', '2024-12-31', '2024')
Q4 = P('2025-10-01', '2025-12-31', 'between October and December 2025')


def main():
    figs = [
        F(9, 'count', 'review_referrals', 'referrals considered for a possible learning review in 2025', 'the group considered nine referrals for a possible learning review'),
        F(6, 'count', 'review_referrals', 'referrals for a possible learning review in 2024', 'up from six in 2024', period=C24),
        F(9, 'count', 'rapid_reviews', 'rapid reviews held', 'We held a rapid review in all nine'),
        F(8, 'count', 'other', 'rapid reviews completed within 28 days', 'all but one were completed within', optional=True),
        F(3, 'count', 'lcsprs_commissioned', 'learning reviews recommended and agreed', 'recommended a learning review in three cases'),
        F(4, 'count', 'other', 'referrals concerning a baby under one', 'Four of the nine referrals concerned a baby under one'),
        F(2, 'count', 'lcsprs_published', 'learning reviews published', 'We published two learning reviews during the year'),
        F(1, 'count', 'lcsprs_ongoing', 'learning review in progress', 'one more is in progress'),
        F(17, 'count', 'recommendations', 'recommendations made by the two published reviews', 'made 17 recommendations'),
        F(12, 'count', 'recommendations', 'recommendations completed', '12 have been completed'),
        F(6, 'count', 'other', 'rapid reviews where neglect was a feature', 'Neglect was a feature in six of the nine rapid reviews'),
        F(5, 'count', 'other', 'rapid reviews where parental mental health was a feature', 'parental mental health in five'),
        F(7, 'count', 'reviews_with_learning', 'rapid reviews with learning identified', 'Learning for the partnership was identified in seven of them'),
        F(4, 'count', 'other', 'health appointments the baby was not brought to (Child V)', 'not brought to four health appointments in 11 weeks'),
        F(11, 'weeks', 'other', 'period of the missed appointments (Child V)', 'not brought to four health appointments in 11 weeks'),
        F(940, 'count', 'other', 'appointments for children under five recorded as Was Not Brought', '940 appointments for children under five'),
        F(5, 'days', 'other', 'time to speak to the family and GP after two WNBs (working days)', 'within five working days'),
        F(612, 'count', 'other', 'practitioners who attended committee training in 2025', '612 practitioners attended committee training'),
        F(94, 'percent', 'other', 'feedback rating training good or excellent', '94% of those who gave feedback rated it good or excellent'),
        F(8, 'count', 'other', 'places left, neglect course', 'Renfrewshire House, Room 2B 8', optional=True),
        F(41, 'count', 'other', 'places left, Child V session', 'Online (Teams) 41', optional=True),
        F(3, 'count', 'other', 'places left, interagency refresher', 'Paisley Learning Centre 3', optional=True),
        F(14, 'count', 'other', 'changes in the interagency procedures', 'The 14 changes are listed'),
        F(2430, 'count', 'social_care_referrals', 'child protection concerns received by social work in 2025', 'Social work received 2,430 child protection concerns in 2025'),
        F(1120, 'count', 'section_47_enquiries', 'concerns leading to an inter-agency referral discussion (IRD)', '1,120 of them led to an inter-agency referral discussion'),
        F(17, 'count', 'other', 'professional disagreements escalated', 'Seventeen professional disagreements were escalated', period=Q4),
        F(16, 'count', 'other', 'escalations resolved at the first stage', '16 were resolved at the first stage', period=Q4),
        F(23, 'count', 'other', "members of the young advisers' group", 'has grown to 23 members'),
        F(12, 'years', 'other', 'youngest age of young advisers', 'aged 12 to 19', optional=True),
        F(19, 'years', 'other', 'oldest age of young advisers', 'aged 12 to 19', optional=True),
    ]
    nf = ['Issue 38', 'February 2026', '28 days', '1. Learning from reviews', '2. 7-minute briefing', '7-minute briefing', 'Since 2024',
          'After two WNBs in a row', 'under one', 'under five', '(two pages)', 'Graded Care Profile 2', 'Room 2B', 'Tue 10 March 2026, 9.30am-12.30pm',
          'Thu 19 March 2026, 1pm-3pm', 'v4.2', '1 March 2026', 'page 2', 'PO Box 3399', 'PA1 9ZZ', '01632 960214', '1,960 subscribers',
          'in the last month']
    quotes = [
        Q('Nine referrals is a hard number to read, and behind every one is a child. What I want practitioners to take from this year is that the learning keeps coming back to the same place: who is holding the whole picture of the baby.',
          'Femi Adeyemi', ['Adeyemi', 'Dr Adeyemi', 'Dr Femi Adeyemi'], 'said', role='Independent chair, Renfrewshire Child Protection Committee'),
        Q('I sent the letter and I closed the episode. I thought that was the process. Nobody asked me what I thought was happening at home.',
          'a health visitor', ['health visitor', 'One health visitor'], 'told'),
    ]
    people = [{'name': 'Femi Adeyemi', 'role': 'Independent chair, Renfrewshire Child Protection Committee'}]
    bp = ['Having trouble viewing this email?', 'View it in your browser', 'In this issue', 'Read the full learning review reports and briefings',
          'You are receiving this e-bulletin because you subscribed on our website or attended committee training.', 'Unsubscribe',
          'Update your preferences', 'Forward to a colleague. Sent to 1,960 subscribers.']
    notes = ("Scottish child protection committee practitioner e-bulletin (HTML email in layout tables; kind council_report, as partnership newsletters in earlier "
             "folders). Record period calendar year 2025 ('In 2025 (January to December)'); '2024' and the Q4 escalation figures carry their own periods. "
             "Scottish vocabulary: referrals to the case review group for a possible learning review are review_referrals; rapid reviews are rapid_reviews; learning "
             "reviews recommended and agreed by the chief officers are lcsprs_commissioned, published lcsprs_published, in progress lcsprs_ongoing; child "
             "protection concerns are social_care_referrals; inter-agency referral discussions (IRDs) are section_47_enquiries. Traps: item numbers ('1.' to '4.') "
             "and the 7-minute briefing's seven numbered steps, 'Issue 38', '7-minute'; the value 9 for referrals and for rapid reviews ('a rapid review in all "
             "nine': implied count, required) and 'Nine' again inside the chair's quote; 'all but one' (= 8 within timescale, optional); '28 days' inside a "
             "timeliness statement (not a figure) vs 'within five working days' (a standalone deadline, a figure); 'After two WNBs in a row' is a rule threshold; "
             "'We notified the Care Inspectorate of each one' repeats the three; subsets defined by a feature (under one, neglect, mental health) are other; "
             "'Learning ... in seven of them' is reviews_with_learning; training places left in a table are optional; ages '12 to 19' a range (two optional); "
             "'14 changes' is a figure but 'page 2' and 'v4.2' are not. The scare-quoted term 'Was Not Brought' is a name, not a quote. Footer: PO box, postcode, "
             "phone number, '1,960 subscribers' (boilerplate).")
    gold(DOC, 'council_report', 'Protecting Children Together - practitioner e-bulletin, Issue 38, February 2026', 'Renfrewshire', 'Renfrewshire Child Protection Committee',
         P('2025-01-01', '2025-12-31', '2025 (January to December)'), figs, nf, quotes, people, bp, notes)


if __name__ == '__main__':
    main()
