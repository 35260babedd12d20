"""e07: a trade union branch press statement (txt; the document is hand-written in the folder, this script types
the gold). Run: python3 _src/g_e07.py"""
from mk import F, P, Q, gold

NAME = 'e07_east_lothian_union_branch_press_statement'
figs = [
    F(33.33, 'percent', 'other', 'caseloads above the council guideline', 'caseloads a third higher than the council\'s own guideline'),
    F(104, 'count', 'other', 'members who took part in the survey', '104 of the 146 members asked took part'),
    F(146, 'count', 'other', 'members asked to take part', '104 of the 146 members asked took part'),
    F(71, 'percent', 'other', 'survey response rate', 'a response rate of 71%'),
    F(24, 'count', 'other', 'average caseload reported', 'an average caseload of 24 children'),
    F(18, 'count', 'other', "council's caseload guideline", "against the council's guideline of 18"),
    F(38, 'percent', 'other', 'respondents given a child protection case in their first year', 'More than one in three (38%)'),
    F(33.33, 'percent', 'other', 'respondents given a child protection case in their first year (hedged)', 'More than one in three (38%)', qualifier='more than', optional=True),
    F(89, 'percent', 'other', 'respondents who could not always visit children as often as planned', 'nine in ten (89%)'),
    F(90, 'percent', 'other', 'respondents who could not always visit (hedged)', 'nine in ten (89%)', optional=True),
    F(17, 'count', 'other', 'vacant children and families social worker posts', '17 of the council\'s 84 children and families social worker posts were vacant'),
    F(84, 'count', 'other', 'children and families social worker posts', '17 of the council\'s 84 children and families social worker posts'),
    F(1900000, 'gbp', 'other', 'spending on agency social workers in 2025/26', 'The council spent \u00a31.9m on agency social workers in 2025/26', period=P('2025-04-01', '2026-03-31', '2025/26')),
    F(1200000, 'gbp', 'other', 'spending on agency social workers the year before', 'up from \u00a31.2m the year before', period=P('2024-04-01', '2025-03-31', 'the year before')),
    F(61, 'count', 'child_protection_plans', 'children on the child protection register at 31 July 2026', 'rose to 61 at 31 July 2026', period=P('2026-07-31', '2026-07-31', '31 July 2026')),
    F(43, 'count', 'child_protection_plans', 'children on the register a year earlier', 'from 43 a year earlier', period=P('2025-07-31', '2025-07-31', 'a year earlier')),
    F(18, 'count', 'other', 'proposed caseload cap', 'to cap caseloads at 18'),
    F(3000, 'gbp', 'other', 'proposed retention payment', 'a retention payment of \u00a33,000'),
    F(6, 'months', 'other', 'period in which newly qualified workers should not hold CP cases', 'in their first six months'),
    F(11, 'count', 'other', 'permanent staff recruited since April', 'we have recruited 11 permanent staff'),
    F(8, 'percent', 'other', 'fall in average caseloads since April', 'average caseloads have fallen by 8%'),
    F(1400, 'count', 'other', 'council staff represented by the branch', 'represents around 1,400 council staff', qualifier='around'),
    F(4, 'years', 'other', "quoted social worker's experience", "One social worker with four years' experience", optional=True),
]
notf = ['Tuesday 1 December 2026', 'from 6 to 27 October 2026', 'FOI-2026-0913', '07700 900514', '01632 960845', 'in 2023', 'their first year',
        '18 children per full-time social worker', 'the end of January', 'one hand', 'next week', 'Every one of those 24 children']
quotes = [
    Q('We are being asked to keep children safe with one hand tied behind our backs', 'Karen McVicar', ['McVicar', 'Ms McVicar'], None, optional=True),
    Q('We are being asked to keep children safe with one hand tied behind our backs. Our members are not asking for medals. They are asking for a caseload they can actually manage.',
      'Karen McVicar', ['McVicar', 'Ms McVicar'], 'said', role='SSCWU East Lothian branch secretary'),
    Q('Every one of those 24 children is a family with a story,', 'Karen McVicar', ['McVicar', 'Ms McVicar'], 'she added'),
    Q("When you have 24 of them, some stories don't get read properly, and that is when things go wrong.", 'Karen McVicar', ['McVicar', 'Ms McVicar'], 'she added'),
    Q('I go home and lie awake working out which visit I can push back to next week. That is not a safe way to run a service.',
      'a social worker', ['social worker', 'one social worker'], 'wrote'),
    Q('We value our social workers enormously and recognise the pressure they are under. Since April we have recruited 11 permanent staff, and average caseloads have fallen by 8%. We will meet the union to discuss the survey.',
      'an East Lothian Council spokesperson', ['East Lothian Council', 'spokesperson', 'a spokesperson'], 'said'),
]
people = [{'name': 'Karen McVicar', 'role': 'SSCWU East Lothian branch secretary'}, {'name': 'Jamie Rennie', 'role': 'SSCWU communications'}]
bp = ['FOR IMMEDIATE RELEASE', 'ENDS', 'Photographs of Karen McVicar are available on request.', 'Media contact:']
notes = ("Trade union branch press statement (txt), news_article; no record period (a survey statement: period null), so figures that belong to a year or date carry their own period (agency spend 2025/26 and the year before; register counts at 31 July 2026 and a year earlier). Traps: a headline quote with a dash that repeats the first sentence of the secretary's quote (the headline copy has cue null and is optional, as headline quotes are); 'a third higher' = 33.33 (a relative difference); '104 of the 146'; '24' vs guideline '18' and the proposed cap '18' (two facts, one value); 'More than one in three (38%)' and 'nine in ten (89%)' (exact required, hedged optional); the 24 repeated inside quotes is not a new figure ('Every one of those 24 children', 'When you have 24 of them'); a split quote with 'she added' in the middle; an anonymous social worker who 'wrote' (four years' experience optional); a council spokesperson's statement carrying figures (11 staff, 8%); notes to editors numbered 1-5 with a figure (around 1,400) among dates, an FOI reference, the guideline year and phone numbers; 'ENDS' and media-contact boilerplate.")
gold(NAME + '.txt', 'news_article', 'East Lothian social workers speak out on caseloads (SSCWU East Lothian Branch press statement)', 'East Lothian', None,
     P(None, None), figs, notf, quotes, people, bp, notes)
