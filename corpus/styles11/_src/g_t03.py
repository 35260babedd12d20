"""t03: published family court judgment excerpt (txt, written by hand here) and its gold."""
import os
from mk import F, P, Q, gold, DIR

DOC = 't03_liverpool_family_court_judgment_excerpt.txt'
TEXT = """SYNTHETIC DOCUMENT: invented for evaluation. The case, parties, judge, evidence, quotes and figures are made up; only the place name is real.

This judgment was delivered in private. The judge has given leave for this version of the judgment to be published on condition that (irrespective of what is contained in the judgment) in any published version of the judgment the anonymity of the child and members of her family must be strictly preserved. All persons, including representatives of the media, must ensure that this condition is strictly complied with. Failure to do so will be a contempt of court.

Neutral Citation Number: [2026] EWFC 214 (B)
Case No: LV25C00417

IN THE FAMILY COURT AT LIVERPOOL

Date: 6 October 2026

Before:
HER HONOUR JUDGE ANWEN PRICE

Between:
LIVERPOOL CITY COUNCIL (Applicant)
- and -
(1) AB (2) CD (Respondents)
- and -
E (a child, by her Children's Guardian)

Ms R. Hallam (instructed by Liverpool City Council) for the Applicant
Mr J. Osei (instructed by Harcourt & Lyle Solicitors) for the First Respondent
The Second Respondent did not attend and was not represented
Ms P. Naylor (instructed by Wavertree Family Law) for the Child through her Children's Guardian

Hearing dates: 22-25 September 2026

JUDGMENT (EXCERPT)

Introduction

1. This is the final hearing of care proceedings concerning E, a girl now aged 3. The local authority seeks a special guardianship order in favour of E's maternal aunt, with a supervision order for 12 months. The mother, AB, opposes that plan and seeks E's return to her care. The father, CD, has taken no part.

2. The local authority issued proceedings on 14 January 2026. By the end of this hearing they had lasted 36 weeks, well beyond the 26 weeks required by section 32(1)(a) of the Children Act 1989. I explain the reasons for that delay at paragraphs 24 to 27 below.

Background

5. E was made subject to a child protection plan under the category of neglect in June 2024. The plan lasted 17 months. During that time social workers made 41 visits to the home, 15 of them unannounced. The health visitor recorded that E was not brought to four of six developmental review appointments.

6. There were three earlier referrals to children's social care about the mother's older child, who has lived with his paternal grandparents since 2021.

The local authority's evidence

9. Ms Adaeze Okafor, the allocated social worker, gave evidence over a day and a half. She accepted that she had 23 children on her caseload, "which is more than I would like but not unusual in this team." The team manager's statement puts the team average at 19.

10. The local authority filed a statement about its wider practice, because the mother's counsel asked why the plan had lasted so long. It says that in 2025-26 Liverpool issued care proceedings in respect of 412 children, that the average case took 38 weeks, and that 1,027 children were subject to a child protection plan at 31 March 2026, and that police protection powers were used 64 times in the year. I record those figures because they were put to the witness, not because they decide anything in this case.

11. The parenting assessment offered 12 sessions over eight weeks. The mother attended seven of them.

The Children's Guardian

15. The Children's Guardian, Mr Tobias Lund, has been involved since January. His final analysis is clear. He told me: "E needs a decision now. Every further month is a month of her early childhood spent waiting."

The mother's evidence

17. The mother gave evidence with the help of an intermediary. She said: "I know I let things slip. I am not the same person I was two years ago." I accept that she loves E and that she has made real changes, including 14 months without a positive drug test.

Analysis

21. I remind myself of the guidance in Re B-S (Children) [2013] EWCA Civ 1146 and of the welfare checklist in section 1(3) of the Children Act 1989.

22. E has lived with her aunt for nine months under an interim care order. The special guardianship assessment is positive. The local authority will pay a special guardianship allowance of £186 a week and has agreed support for two years.

Orders

30. I make a special guardianship order in favour of the maternal aunt and a supervision order for 12 months. E will spend time with her mother six times a year, supervised for the first year.

HHJ Anwen Price
"""


def main():
    open(os.path.join(DIR, DOC), 'w', encoding='utf-8').write(TEXT)
    Y = P('2025-04-01', '2026-03-31', '2025-26')
    figs = [
        F(3, 'years', 'other', "E's age", 'a girl now aged 3', optional=True),
        F(12, 'months', 'other', 'duration of the supervision order sought and made', 'with a supervision order for 12 months'),
        F(36, 'weeks', 'other', 'duration of these proceedings', 'they had lasted 36 weeks'),
        F(26, 'weeks', 'other', 'statutory time limit for care proceedings', 'beyond the 26 weeks required by section 32(1)(a)'),
        F(17, 'months', 'other', "duration of E's child protection plan", 'The plan lasted 17 months'),
        F(41, 'count', 'other', 'social work visits to the home during the plan', 'social workers made 41 visits to the home'),
        F(15, 'count', 'other', 'unannounced visits', '15 of them unannounced'),
        F(4, 'count', 'other', 'developmental review appointments E was not brought to', 'was not brought to four of six developmental review appointments'),
        F(6, 'count', 'other', 'developmental review appointments offered', 'four of six developmental review appointments', optional=True),
        F(3, 'count', 'social_care_referrals', "earlier referrals about the mother's older child", "There were three earlier referrals to children's social care"),
        F(23, 'count', 'other', "children on the social worker's caseload", 'she had 23 children on her caseload'),
        F(19, 'count', 'other', 'team average caseload', 'puts the team average at 19'),
        F(412, 'count', 'court_orders', 'children in care proceedings issued by Liverpool in 2025-26', 'Liverpool issued care proceedings in respect of 412 children', period=Y),
        F(38, 'weeks', 'other', 'average duration of care proceedings in Liverpool, 2025-26', 'the average case took 38 weeks', period=Y),
        F(1027, 'count', 'child_protection_plans', 'children on a child protection plan in Liverpool at 31 March 2026', '1,027 children were subject to a child protection plan at 31 March 2026', period=Y),
        F(64, 'count', 'police_protection', 'uses of police protection powers in Liverpool, 2025-26', 'police protection powers were used 64 times in the year', period=Y),
        F(12, 'count', 'other', 'parenting assessment sessions offered', 'The parenting assessment offered 12 sessions'),
        F(8, 'weeks', 'other', 'length of the parenting assessment', '12 sessions over eight weeks'),
        F(7, 'count', 'other', 'parenting sessions attended', 'The mother attended seven of them'),
        F(14, 'months', 'other', 'time without a positive drug test', 'including 14 months without a positive drug test'),
        F(9, 'months', 'other', 'time E has lived with her aunt under an interim care order', 'E has lived with her aunt for nine months under an interim care order'),
        F(186, 'gbp', 'other', 'weekly special guardianship allowance', 'a special guardianship allowance of £186 a week'),
        F(2, 'years', 'other', 'duration of agreed special guardianship support', 'has agreed support for two years'),
        F(6, 'count', 'other', 'times a year E will spend time with her mother', 'six times a year'),
        F(2, 'years', 'other', "mother's 'two years ago' (time point inside a quote)", 'the same person I was two years ago', optional=True),
    ]
    nf = ['[2026] EWFC 214 (B)', 'LV25C00417', '6 October 2026', '22-25 September 2026', '14 January 2026', 'section 32(1)(a) of the Children Act 1989', 'paragraphs 24 to 27',
          '[2013] EWCA Civ 1146', 'section 1(3)', 'June 2024', 'since 2021', '2025-26', '31 March 2026', '(1) AB (2) CD', 'a day and a half', 'the first year']
    quotes = [
        Q('which is more than I would like but not unusual in this team.', 'Adaeze Okafor', ['Okafor', 'Ms Okafor', 'Ms Adaeze Okafor'], 'accepted that', role='allocated social worker, Liverpool City Council'),
        Q('E needs a decision now. Every further month is a month of her early childhood spent waiting.', 'Tobias Lund', ['Lund', 'Mr Lund', 'Mr Tobias Lund'], 'told', role="Children's Guardian"),
        Q('I know I let things slip. I am not the same person I was two years ago.', 'AB', ['the mother', 'mother', 'AB'], 'said'),
    ]
    people = [
        {'name': 'Anwen Price', 'role': 'Her Honour Judge'},
        {'name': 'Adaeze Okafor', 'role': 'allocated social worker, Liverpool City Council'},
        {'name': 'Tobias Lund', 'role': "Children's Guardian"},
    ]
    bp = ['This judgment was delivered in private. The judge has given leave for this version of the judgment to be published',
          'Failure to do so will be a contempt of court.', 'Ms R. Hallam (instructed by Liverpool City Council) for the Applicant']
    notes = ("Published family court judgment excerpt (kind other; period null: a single case; partnership null; area Liverpool, the applicant council whose figures are quoted). "
             "The judge's own prose is not a quote; required quotes are the words in quote marks: the social worker's fragment after 'She accepted that she had ...', "
             "the Guardian ('He told me:' after 'Mr Tobias Lund ... His final analysis'), and the mother, AB (anonymised by initials; aliases 'the mother'). "
             "Traps: neutral citation '[2026] EWFC 214 (B)', case number 'LV25C00417', the case-law citation '[2013] EWCA Civ 1146', statutory references 'section 32(1)(a)', 'section 1(3)', "
             "paragraph numbers and 'paragraphs 24 to 27', '(1) AB (2) CD', hearing dates, 'a day and a half' (no unit), 'for the first year' (time point), 'since 2021'. "
             "Durations are figures: 36 weeks, 26 weeks (statutory limit), 17 months, 8 weeks, 14 months, nine months, two years' support, supervision order 12 months (durations are other, not court_orders / child_protection_plans, whose metrics count orders and children). "
             "The plan sought in para 1 and the order made in para 30 ('a supervision order for 12 months') are one fact. "
             "Liverpool-wide figures in para 10 (412 children in proceedings, average 38 weeks, 1,027 on plans, 64 uses of police protection) are quoted from the council's evidence and carry the period 2025-26. "
             "E's age is optional (identifies the child); 'four of six': four required, six optional; the mother's 'two years ago' is a time point inside a quote (optional).")
    gold(DOC, 'other', 'Liverpool City Council v AB and CD (Re E) [2026] EWFC 214 (B): judgment excerpt', 'Liverpool', None, P(None, None),
         figs, nf, quotes, people, bp, notes)


if __name__ == '__main__':
    main()
