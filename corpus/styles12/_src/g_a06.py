"""a06: e-mail thread forwarded by a council press office to a journalist (txt, written here) and its gold."""
import os
from mk_a import F, P, Q, gold, DIR

DOC = 'a06_kensington_chelsea_press_office_email_thread.txt'
TEXT = """SYNTHETIC DOCUMENT: invented for evaluation. The people, e-mails, quotes and figures are made up; only the place name is real.

From: Press Office (RBKC) <pressoffice@rbkc.example>
Sent: 19 November 2026 16:42
To: Hannah Okafor <hannah.okafor@westlondonrecorder.example>
Cc: Daniel Reyes <daniel.reyes@rbkc.example>
Subject: FW: RE: Media enquiry MEQ-26-0814 - child protection referrals (deadline 5pm Thurs)

Hi Hannah,

Apologies for the delay - see below. The lines to take at the bottom are cleared for use and the quote from Cllr Osei-Bonsu is attributable. The rest of the chain is for background only, please don't quote Mark directly.

On your follow-up question: yes, the 97 includes 11 unborn babies on pre-birth plans. And the rapid reviews figure is for the same nine months, not the full year.

Thanks,
Daniel

Daniel Reyes
Senior Communications Officer | Communications and Engagement
Royal Borough of Kensington and Chelsea
T: 020 7946 0381 | M: 07700 900417
Out of hours media line: 020 7946 0999
Follow us @RBKC_news

-----Original Message-----
From: Hannah Okafor <hannah.okafor@westlondonrecorder.example>
Sent: 19 November 2026 11:05
To: Press Office (RBKC) <pressoffice@rbkc.example>
Subject: RE: Media enquiry MEQ-26-0814 - child protection referrals (deadline 5pm Thurs)

Thanks Daniel. Quick one - does the 97 on plans include unborn children? And is the rapid reviews number for the calendar year or the nine months?

Still need the statement by 5pm tomorrow if possible, we're running it in Friday's paper (page 7 lead, probably).

H

Hannah Okafor
Local Democracy Reporter | West London Recorder
07700 900862

-----Original Message-----
From: Daniel Reyes <daniel.reyes@rbkc.example>
Sent: 18 November 2026 17:20
To: Mark Pellow <mark.pellow@rbkc.example>
Subject: RE: Media enquiry MEQ-26-0814 - child protection referrals - DRAFT LINES

Mark - thanks, really helpful. I've turned your notes into the lines below and added the Cllr's quote (she's approved it). Shout by 10am if anything is wrong, otherwise I'll send.

D

>>> From: Mark Pellow
>>> Sent: 18 November 2026 15:58
>>> Subject: RE: Media enquiry MEQ-26-0814
>>>
>>> Daniel, figures below are from the Q2 performance pack, January to September 2026. Please don't use the "2,000 referrals" number Cllr Barclay used at scrutiny on 4 November - that was contacts, not referrals. Contacts for the nine months were 2,214. Referrals were 1,846, compared with 1,702 for January to September 2025, so an increase of 8%, nowhere near the 30% Hannah mentions (I think she has mixed up contacts with referrals).
>>>
>>> CP plans at 30 Sept: 97 children, 39.2 per 10,000. Inner London average is 44.1. S47s started in the nine months: 612. We notified the national panel of three serious incidents and held three rapid reviews. One went on to an LCSPR, which is under way.
>>>
>>> Average caseload is 14 per social worker, agency rate 9%. I'd rather we didn't lead on the agency figure.
>>>
>>> Mark
>>>
>>> Mark Pellow
>>> Head of Safeguarding and Quality Assurance
>>> Children's Services | RBKC
>>> 020 7946 0524

-----Original Message-----
From: Hannah Okafor <hannah.okafor@westlondonrecorder.example>
Sent: 17 November 2026 09:31
To: Press Office (RBKC) <pressoffice@rbkc.example>
Subject: Media enquiry - child protection referrals

Hello,

I'm writing a piece about pressure on children's social care in the borough. A councillor has told me referrals are up "by nearly 30 per cent" this year and that social workers are carrying "impossible" caseloads. A mother I spoke to says that after she raised concerns about her son "nobody came for six weeks."

Could you tell me:
1. How many referrals children's social care received in 2026 so far, and the same period last year?
2. How many children are on child protection plans?
3. How many serious incidents have been notified, and are any reviews under way?
4. A comment from the lead member.

Deadline 5pm Thursday 20 November.

Many thanks,
Hannah Okafor
Local Democracy Reporter | West London Recorder
07700 900862

=====================================================
LINES TO TAKE - MEQ-26-0814 - CLEARED 19/11/2026
=====================================================

- Between January and September 2026, children's social care received 1,846 referrals, compared with 1,702 in the same nine months of 2025, a rise of 8%.
- At 30 September 2026, 97 children in Kensington and Chelsea were subject to a child protection plan. That is a rate of 39.2 per 10,000 children, below the inner London average of 44.1.
- Social workers started 612 child protection (section 47) enquiries over the nine months.
- The Kensington and Chelsea Safeguarding Children Partnership notified three serious incidents to the national Child Safeguarding Practice Review Panel and carried out three rapid reviews, each within the 15 working day timescale. One local child safeguarding practice review has been commissioned.
- The average caseload for a children's social worker is 14 children.
- Since April the partnership has put £185,000 into a two-year early help outreach pilot in the north of the borough.

Attributable quote:

Cllr Miriam Osei-Bonsu, Lead Member for Family and Children's Services, said: "Every referral is a child someone was worried about, and I would rather we heard about them than didn't. Our social workers are under pressure, but caseloads here are manageable and we are not losing staff the way some boroughs are."

"Where a family feels we were too slow, I want to hear from them directly."

If pressed on agency staff: 9% of social work posts are filled by agency workers (reactive only - do not volunteer).

If pressed on the mother's case: we cannot comment on individual children or families.

=====================================================

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. The Royal Borough of Kensington and Chelsea may monitor e-mail traffic. Please consider the environment before printing this e-mail.
"""


def main():
    open(os.path.join(DIR, DOC), 'w', encoding='utf-8').write(TEXT)
    p = P('2026-01-01', '2026-09-30', 'January to September 2026')
    p25 = P('2025-01-01', '2025-09-30', 'January to September 2025')
    figs = [
        F(1846, 'count', 'social_care_referrals', 'referrals to children\'s social care, January-September 2026', 'children\'s social care received 1,846 referrals, compared with 1,702'),
        F(1702, 'count', 'social_care_referrals', 'referrals, January-September 2025', 'compared with 1,702 in the same nine months of 2025', period=p25),
        F(8, 'percent', 'social_care_referrals', 'rise in referrals on the same period of 2025', 'in the same nine months of 2025, a rise of 8%'),
        F(2214, 'count', 'social_care_referrals', 'contacts to children\'s social care in the nine months', 'Contacts for the nine months were 2,214'),
        F(97, 'count', 'child_protection_plans', 'children subject of a child protection plan at 30 September 2026', '97 children in Kensington and Chelsea were subject to a child protection plan'),
        F(11, 'count', 'other', 'unborn babies on pre-birth plans, included in the 97', 'the 97 includes 11 unborn babies on pre-birth plans'),
        F(39.2, 'rate_per_10000', 'child_protection_plans', 'rate of children on a child protection plan per 10,000', 'That is a rate of 39.2 per 10,000 children'),
        F(44.1, 'rate_per_10000', 'child_protection_plans', 'inner London average rate of child protection plans (comparator)', 'below the inner London average of 44.1'),
        F(612, 'count', 'section_47_enquiries', 'section 47 enquiries started in the nine months', 'Social workers started 612 child protection (section 47) enquiries'),
        F(3, 'count', 'serious_incident_notifications', 'serious incidents notified to the national panel', 'notified three serious incidents to the national Child Safeguarding Practice Review Panel'),
        F(3, 'count', 'rapid_reviews', 'rapid reviews carried out', 'carried out three rapid reviews, each within the 15 working day timescale'),
        F(1, 'count', 'lcsprs_commissioned', 'LCSPR commissioned', 'One local child safeguarding practice review has been commissioned'),
        F(1, 'count', 'lcsprs_ongoing', 'LCSPR under way', 'One went on to an LCSPR, which is under way', optional=True),
        F(14, 'count', 'other', 'average caseload per children\'s social worker', 'The average caseload for a children\'s social worker is 14 children'),
        F(9, 'percent', 'other', 'social work posts filled by agency workers', '9% of social work posts are filled by agency workers'),
        F(185000, 'gbp', 'other', 'partnership investment in the early help outreach pilot', 'put £185,000 into a two-year early help outreach pilot'),
        F(2, 'years', 'other', 'length of the early help outreach pilot', 'a two-year early help outreach pilot'),
        F(30, 'percent', 'social_care_referrals', 'rise in referrals claimed by a councillor (wrong, per the council)', 'referrals are up "by nearly 30 per cent" this year', qualifier='nearly', optional=True),
        F(2000, 'count', 'social_care_referrals', 'figure a councillor used at scrutiny (actually contacts)', 'Please don\'t use the "2,000 referrals" number', optional=True),
        F(6, 'weeks', 'other', 'time a mother says passed before anyone came', '"nobody came for six weeks."', optional=True),
    ]
    nf = ['MEQ-26-0814', '020 7946 0381', '07700 900417', '020 7946 0999', '07700 900862', '020 7946 0524', '19 November 2026 16:42', '17 November 2026 09:31', '19/11/2026', '5pm Thurs', 'Thursday 20 November', 'page 7 lead', '4 November', 'Q2 performance pack', 'At 30 September 2026', 'per 10,000 children', 'section 47', '15 working day timescale', 'by 10am', '@RBKC_news', 'S47s', 'by 5pm tomorrow']
    quotes = [
        Q('Every referral is a child someone was worried about, and I would rather we heard about them than didn\'t. Our social workers are under pressure, but caseloads here are manageable and we are not losing staff the way some boroughs are.', 'Miriam Osei-Bonsu', ['Cllr Osei-Bonsu', 'Osei-Bonsu', 'Cllr Miriam Osei-Bonsu'], 'said', role="Lead Member for Family and Children's Services"),
        Q('Where a family feels we were too slow, I want to hear from them directly.', 'Miriam Osei-Bonsu', ['Cllr Osei-Bonsu', 'Osei-Bonsu', 'Cllr Miriam Osei-Bonsu'], None, role="Lead Member for Family and Children's Services"),
        Q('nobody came for six weeks.', 'a mother', ['mother', 'A mother'], 'says'),
        Q('by nearly 30 per cent', 'a councillor', ['councillor', 'A councillor'], 'has told me'),
        Q('impossible', 'a councillor', ['councillor'], 'has told me', optional=True),
        Q('2,000 referrals', 'Cllr Barclay', ['Barclay'], None, optional=True),
    ]
    people = [
        {'name': 'Daniel Reyes', 'role': 'Senior Communications Officer, Royal Borough of Kensington and Chelsea'},
        {'name': 'Hannah Okafor', 'role': 'Local Democracy Reporter, West London Recorder'},
        {'name': 'Mark Pellow', 'role': 'Head of Safeguarding and Quality Assurance, Children\'s Services'},
        {'name': 'Miriam Osei-Bonsu', 'role': "Lead Member for Family and Children's Services"},
        {'name': 'Cllr Barclay', 'role': 'councillor (quoted figure at scrutiny)'},
    ]
    bp = ['This e-mail and any attachments are confidential and intended solely for the addressee.', 'Please consider the environment before printing this e-mail.', 'Out of hours media line: 020 7946 0999']
    notes = ("Press-office e-mail chain forwarded to a journalist (kind other; newest message on top, quoted internal e-mail with '>>>' prefixes; "
             "record period January-September 2026, the nine months the figures cover; area official name 'Kensington and Chelsea'). "
             "One fact, several mentions: the head of service's notes (1,846, 1,702, 97, 39.2, 44.1, 612, three, three, 14, 9%) are restated in the lines to take, where the anchors sit. "
             "'Contacts for the nine months were 2,214' is a different fact (contacts, same metric social_care_referrals). "
             "The councillor's '2,000 referrals' and the journalist's 'nearly 30 per cent' are claims the council says are wrong: optional figures; "
             "'up \"by nearly 30 per cent\"' is a quoted fragment of an unnamed councillor (required), 'impossible' a one-word scare quote (optional). "
             "'the 97 includes 11 unborn babies' is a feature subset (other). '15 working day timescale' sits inside a timeliness statement (not a figure); "
             "'One went on to an LCSPR, which is under way' is the same review as 'One ... has been commissioned' (ongoing optional). "
             "Traps: enquiry reference MEQ-26-0814, phone and mobile numbers, sent times, '5pm Thurs', 'page 7 lead', 'Q2 performance pack', '@RBKC_news'. "
             "The second paragraph of the attributable quote has no cue (same speaker). The mother's six weeks is a case fact inside her quote (optional).")
    gold(DOC, 'other', 'FW: RE: Media enquiry MEQ-26-0814 - child protection referrals', 'Kensington and Chelsea',
         'Kensington and Chelsea Safeguarding Children Partnership', p, figs, nf, quotes, people, bp, notes)


if __name__ == '__main__':
    main()
