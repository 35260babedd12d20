"""d02: a community web forum thread quoting council child protection figures (txt, a saved page) and its gold."""
import os
from mk_d import F, P, Q, gold, DIR

DOC = 'd02_east_dunbartonshire_community_forum_thread.txt'
TEXT = """SYNTHETIC DOCUMENT: invented for evaluation. The forum, members, posts, quotes and figures are made up; only place names are real.

BearsdenMilngavieTalk.example  >  Local Issues  >  Council & Politics
Topic: Child protection numbers up 40%?? (Read 2,318 times)
Pages: [1] 2   Go Down

0 Members and 3 Guests are viewing this topic.

----------------------------------------------------------------------
glenlass
Full Member  *  Posts: 412
Child protection numbers up 40%??
« on: 14 September 2026, 20:02 »

Did anyone else see the paper going to the council's Education and Children's Services Committee on Thursday? It's the annual children's services performance report for 2025/26. Some of it is pretty alarming.

According to the report there were 58 children on the child protection register in East Dunbartonshire at 31 March 2026, compared with 41 a year earlier. That's a 41% increase in one year. They also say there were 1,146 child protection concerns over the year and 212 IRDs (that's inter-agency referral discussions, had to google it).

This bit stood out for me, direct from the report: "The increase in registrations is driven mainly by neglect and parental alcohol and drug use, and by a small number of large sibling groups registered at the same time."

Not sure what a "large sibling group" means in practice but it sounds grim.

Report to moderator   Logged
Likes: 9

----------------------------------------------------------------------
TorranceDad
Jr. Member  *  Posts: 37
Re: Child protection numbers up 40%??
« Reply #1 on: 14 September 2026, 20:31 »

Quote from: glenlass on 14 September 2026, 20:02
According to the report there were 58 children on the child protection register in East Dunbartonshire at 31 March 2026, compared with 41 a year earlier.

To be fair 58 is still tiny for a council our size. Scotland as a whole is about 2 per 1,000 kids and we were 2.9 per 1,000 aged 0-15, so a bit above but hardly off the scale. Small numbers jump about.

Report to moderator   Logged
Likes: 14

----------------------------------------------------------------------
glenlass
Full Member  *  Posts: 412
Re: Child protection numbers up 40%??
« Reply #2 on: 14 September 2026, 20:48 »

Fair point on the rate. The national figure in the report is 2.1 per 1,000 at 31 July 2025, so we've gone from below Scotland to above it.

Report to moderator   Logged
Likes: 3

----------------------------------------------------------------------
Kirkie_Mum
Newbie  *  Posts: 6
Re: Child protection numbers up 40%??
« Reply #3 on: 14 September 2026, 21:14 »

My neighbour is a social worker (not in EDC) and she says everyone is "firefighting" at the moment. Is it not the staffing that's the problem? The same paper says 17% of social work posts in children and families were vacant in March and the council spent £640,000 on agency social workers in the year.

Report to moderator   Logged
Likes: 21

----------------------------------------------------------------------
Cllr_Fiona_McGarvie
Verified: Councillor, Bearsden North
Posts: 88
Re: Child protection numbers up 40%??
« Reply #4 on: 14 September 2026, 22:05 »

Thanks all. I sit on the committee so just to give some context (speaking personally, not for the council).

The register went up but the number of children looked after fell slightly, from 296 to 284, and 61 of those 284 are in kinship care, which is where we want children to be if they can't live at home. Average time on the register was 7.4 months, down from 8.9.

On staffing, the vacancy rate is real and I raised it at committee. Our Chief Social Work Officer, Alasdair Brennan, told us: "We have filled eleven posts since January and we expect to be fully staffed in the children and families teams by the spring. Agency spend will come down as those staff finish their induction."

I'll also say the committee agreed one learning review in the year under the national guidance, and it will be published when it's finished.

--
Fiona McGarvie | Councillor for Bearsden North | surgeries 1st Saturday, Bearsden Library

Report to moderator   Logged
Likes: 33

----------------------------------------------------------------------
TorranceDad
Jr. Member  *  Posts: 37
Re: Child protection numbers up 40%??
« Reply #5 on: 14 September 2026, 22:19 »

Quote from: Cllr_Fiona_McGarvie on 14 September 2026, 22:05
The register went up but the number of children looked after fell slightly, from 296 to 284

Appreciate you coming on here Fiona. What happened to the £2.3m overspend the Milngavie & Bearsden Herald was on about in June?

Report to moderator   Logged
Likes: 5

----------------------------------------------------------------------
Cllr_Fiona_McGarvie
Verified: Councillor, Bearsden North
Posts: 88
Re: Child protection numbers up 40%??
« Reply #6 on: 14 September 2026, 22:41 »

The final figure was an overspend of £1.9m on children's social work, mostly external residential placements. There were 9 children in residential schools or care homes outside the area at year end, and each of those can cost over £6,000 a week.

The Herald piece quoted our convener, Cllr Mhairi Dalziel, saying "no child will be moved to save money, full stop" and that's still the position.

Report to moderator   Logged
Likes: 27

----------------------------------------------------------------------
Allander_Walker
Hero Member  *  Posts: 1,907
Re: Child protection numbers up 40%??
« Reply #7 on: 15 September 2026, 07:12 »

Just to correct the thread title for anyone skimming: it's 41%, not 40, and it's 17 more children. Nobody's saying it's good but the headline numbers on Facebook yesterday (one post said "over 100 kids on the at-risk register") are just wrong.

Report to moderator   Logged
Likes: 18

----------------------------------------------------------------------
Pages: [1] 2   Go Up
Share this topic: Facebook  X  WhatsApp
Members online: 214 (11 hidden)
Powered by SMF 2.1.4 | SMF (c) 2026, Simple Machines | Privacy | Forum rules
"""

YR = None
FIG = [
    F(40, 'percent', 'child_protection_plans', 'rise in child protection numbers (thread title)', 'Child protection numbers up 40%??', optional=True),
    F(58, 'count', 'child_protection_plans', 'children on the child protection register at 31 March 2026', 'there were 58 children on the child protection register in East Dunbartonshire at 31 March 2026'),
    F(41, 'count', 'child_protection_plans', 'children on the child protection register a year earlier', 'compared with 41 a year earlier', period=P('2025-03-31', '2025-03-31')),
    F(41, 'percent', 'child_protection_plans', 'increase in children on the register', "That's a 41% increase in one year"),
    F(1146, 'count', 'social_care_referrals', 'child protection concerns', 'there were 1,146 child protection concerns over the year'),
    F(212, 'count', 'section_47_enquiries', 'inter-agency referral discussions (IRDs)', '212 IRDs'),
    F(2, 'rate_per_1000', 'child_protection_plans', 'child protection registration rate, Scotland (poster\'s estimate)', 'Scotland as a whole is about 2 per 1,000 kids', qualifier='about', optional=True),
    F(2.9, 'rate_per_1000', 'child_protection_plans', 'child protection registration rate per 1,000 aged 0-15', 'we were 2.9 per 1,000 aged 0-15'),
    F(2.1, 'rate_per_1000', 'child_protection_plans', 'child protection registration rate, Scotland', 'The national figure in the report is 2.1 per 1,000 at 31 July 2025', period=P('2025-07-31', '2025-07-31')),
    F(17, 'percent', 'other', 'social work posts in children and families vacant', '17% of social work posts in children and families were vacant'),
    F(640000, 'gbp', 'other', 'spend on agency social workers', 'the council spent £640,000 on agency social workers'),
    F(296, 'count', 'looked_after_children', 'children looked after, previous year', 'from 296 to 284', period=P('2025-03-31', '2025-03-31')),
    F(284, 'count', 'looked_after_children', 'children looked after', 'fell slightly, from 296 to 284'),
    F(61, 'count', 'looked_after_children', 'looked after children in kinship care', '61 of those 284 are in kinship care'),
    F(7.4, 'months', 'other', 'average time on the register', 'Average time on the register was 7.4 months'),
    F(8.9, 'months', 'other', 'average time on the register, previous year', 'down from 8.9', period=P('2024-04-01', '2025-03-31')),
    F(11, 'count', 'other', 'social work posts filled since January', 'We have filled eleven posts since January', period=P('2026-01-01', None)),
    F(1, 'count', 'lcsprs_commissioned', 'learning review agreed', 'the committee agreed one learning review in the year'),
    F(2300000, 'gbp', 'other', 'overspend reported by the Herald in June', 'the £2.3m overspend the Milngavie & Bearsden Herald was on about in June'),
    F(1900000, 'gbp', 'other', "final overspend on children's social work", "an overspend of £1.9m on children's social work"),
    F(9, 'count', 'looked_after_children', 'children in residential schools or care homes outside the area', 'There were 9 children in residential schools or care homes outside the area'),
    F(6000, 'gbp', 'other', 'weekly cost of an external residential placement', 'can cost over £6,000 a week', qualifier='over'),
    F(17, 'count', 'child_protection_plans', 'additional children on the register', "it's 17 more children"),
    F(100, 'count', 'child_protection_plans', 'children on the register claimed in a Facebook post', 'over 100 kids on the at-risk register', qualifier='over', optional=True),
]
NOT = ['2,318', '14 September 2026, 20:02', '2025/26', '31 March 2026', '31 July 2025', 'Reply #1', 'Reply #7', 'Posts: 412',
       'Posts: 1,907', 'Likes: 33', 'Members online: 214 (11 hidden)', 'SMF 2.1.4', '0-15', 'per 1,000', 'Pages: [1] 2',
       '0 Members and 3 Guests']
QS = [
    Q('The increase in registrations is driven mainly by neglect and parental alcohol and drug use, and by a small number of large sibling groups registered at the same time.',
      'the report', ['report', "the annual children's services performance report"], None),
    Q('large sibling group', 'the report', ['report'], 'what a ... means', optional=True),
    Q('firefighting', 'a social worker', ['social worker', 'my neighbour', 'she'], 'she says everyone is', optional=True),
    Q('We have filled eleven posts since January and we expect to be fully staffed in the children and families teams by the spring. Agency spend will come down as those staff finish their induction.',
      'Alasdair Brennan', ['Brennan', 'Mr Brennan'], 'told us', role='Chief Social Work Officer, East Dunbartonshire Council'),
    Q('no child will be moved to save money, full stop', 'Mhairi Dalziel', ['Cllr Mhairi Dalziel', 'Cllr Dalziel', 'Dalziel'], 'saying', role='Convener'),
    Q('over 100 kids on the at-risk register', 'a Facebook post', ['one post', 'Facebook'], 'one post said', optional=True),
]
PEOPLE = [{'name': 'Fiona McGarvie', 'role': 'Councillor, Bearsden North'},
          {'name': 'Alasdair Brennan', 'role': 'Chief Social Work Officer'},
          {'name': 'Mhairi Dalziel', 'role': 'Convener'}]
BOIL = ['Fiona McGarvie | Councillor for Bearsden North | surgeries 1st Saturday, Bearsden Library', 'Report to moderator   Logged', 'Go Down', 'Share this topic: Facebook  X  WhatsApp', 'Powered by SMF 2.1.4 | SMF (c) 2026, Simple Machines | Privacy | Forum rules',
        'Verified: Councillor, Bearsden North']
NOTES = ("A community web forum thread (SMF-style, saved as text; kind other, partnership null) in which residents and a councillor "
         "discuss a Scottish council's annual children's services performance report. Area East Dunbartonshire; period 2025/26 (the year "
         "the discussed report covers). Scottish conventions: the child protection register is child_protection_plans, IRDs are "
         "section_47_enquiries, child protection concerns are social_care_referrals, a learning review agreed is lcsprs_commissioned, "
         "rate per 1,000 aged 0-15. Traps: forum quote blocks ('Quote from: glenlass on ...') repeat earlier posts without quote marks: "
         "they are extra mentions, not new figures and not quotes; posts are first-person prose, not quotes, but words in quote marks "
         "inside posts are quotes (the report, the CSWO, the convener via the Herald); the thread title's '40%' is a poster's rounding "
         "(optional) and '41%' the real increase; 'about 2 per 1,000' a hedged poster estimate (optional) next to the report's 2.1 "
         "(own period 31 July 2025); 'over 100 kids' from a wrong Facebook post (optional figure and optional quote); '17 more children' "
         "the difference (required); '£2.3m' a reported earlier overspend and '£1.9m' the final one; 'over £6,000 a week' with qualifier; "
         "a username ('Cllr_Fiona_McGarvie') differs from the person's name; post counts, likes, read counts, reply numbers, timestamps, "
         "'Members online: 214', 'SMF 2.1.4' are not figures; forum chrome is boilerplate; 'firefighting' is a scare-quoted word relayed "
         "second-hand (optional).")

if __name__ == '__main__':
    open(os.path.join(DIR, DOC), 'w', encoding='utf-8').write(TEXT)
    gold(DOC, 'other', 'Child protection numbers up 40%?? (community forum thread)', 'East Dunbartonshire', None,
         P('2025-04-01', '2026-03-31', '2025/26'), FIG, NOT, QS, PEOPLE, BOIL, NOTES)
