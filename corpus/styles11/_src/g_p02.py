"""Gold for p02 (Scottish joint inspection of services for children at risk of harm; Chromium with @page running header)."""
from mk import F, P, Q, gold

DOC = 'p02_east_ayrshire_joint_inspection_children_at_risk_of_harm.pdf'
Y = P('2025-08-01', '2026-07-31', 'year to 31 July 2026')


def main():
    figs = [
        F(1408, 'count', 'social_care_referrals', 'child protection concerns received', 'Child protection concerns received 1,408 -', period=Y),
        F(612, 'count', 'section_47_enquiries', 'inter-agency referral discussions (IRDs)', 'Inter-agency referral discussions (IRDs) 612 -', period=Y),
        F(118, 'count', 'child_protection_plans', 'registrations on the child protection register', 'Registrations on the child protection register 118 -', period=Y),
        F(131, 'count', 'child_protection_plans', 'de-registrations', 'De-registrations 131 -', period=Y),
        F(96, 'count', 'child_protection_plans', 'children on the register at 31 July 2026', 'Children on the register at 31 July 2026 96 2,119', period=Y),
        F(2119, 'count', 'child_protection_plans', 'children on the register, Scotland', 'Children on the register at 31 July 2026 96 2,119', period=Y),
        F(4.2, 'rate_per_1000', 'child_protection_plans', 'register rate per 1,000 aged 0-15, East Ayrshire', 'Rate per 1,000 children aged 0-15 4.2 2.5', period=Y),
        F(2.5, 'rate_per_1000', 'child_protection_plans', 'register rate per 1,000 aged 0-15, Scotland', 'Rate per 1,000 children aged 0-15 4.2 2.5', period=Y),
        F(60, 'count', 'other', "children's records read", 'We read the records of 60 children and young people'),
        F(348, 'count', 'other', 'staff survey responses', 'We received 348 responses to our staff survey'),
        F(212, 'count', 'other', 'staff spoken to in focus groups', 'spoke to 212 staff in focus groups'),
        F(41, 'count', 'other', 'children and young people met', 'We met 41 children and young people'),
        F(37, 'count', 'other', 'parents and carers met', '37 parents and carers'),
        F(48, 'count', 'other', 'records with a prompt multi-agency IRD', 'In 48 of the 60 records we read'),
        F(80, 'percent', 'other', 'records with a prompt multi-agency IRD', 'In 48 of the 60 records we read (80%)', optional=True),
        F(12, 'count', 'other', 'records where the IRD was delayed or lacked health', 'In the remaining 12'),
        F(109, 'count', 'child_protection_plans', 'children on the register at 31 July 2025', 'fell from 109 at 31 July 2025', period=P('2024-08-01', '2025-07-31', 'year to 31 July 2025')),
        F(58, 'percent', 'child_protection_plans', 'registrations where neglect was a concern', 'Neglect was a concern in 58% of registrations', period=Y),
        F(142, 'count', 'other', 'children with an initial child protection planning meeting', 'Initial child protection planning meetings were held for 142 children', period=Y),
        F(91, 'percent', 'other', 'initial CPPMs within 28 calendar days of the IRD', 'Of these, 91% took place within 28', period=Y),
        F(19, 'count', 'child_protection_plans', 'children re-registered within 18 months', 'Nineteen children were re-registered', period=Y),
        F(88, 'percent', 'other', 'staff who knew what to do if worried about a child', '88% of survey respondents agreed'),
        F(54, 'percent', 'other', 'staff with time to build relationships with families', 'only 54% said they had time'),
        F(2, 'count', 'lcsprs_commissioned', 'learning reviews commissioned', 'commissioned two learning reviews in the year to 31 July 2026', period=Y),
        F(1, 'count', 'lcsprs_published', 'learning reviews published', 'and published one', period=Y),
        F(1300000, 'gbp', 'other', 'investment in the Whole Family Wellbeing service', 'invested £1.3 million over three years'),
        F(3, 'years', 'other', 'investment period', '£1.3 million over three years'),
        F(286, 'count', 'other', 'families supported by the Whole Family Wellbeing service in its first year', 'supported 286 families in its first year'),
        F(7, 'months', 'other', 'average time to convene review child protection planning meetings', 'which averaged 7 months'),
        F(6, 'months', 'other', 'expected time for review child protection planning meetings', 'against an expectation of 6 months'),
    ]
    nf = ['2.1 Impact on children and young people', '2.2 Impact on families', '5.1 Leadership', '6 excellent, 5 very good, 4 good, 3 adequate, 2 weak, 1 unsatisfactory',
          'six-point scale', 'per 1,000', 'aged 0-15', '31 July 2026', '31 July 2025', '15 December 2026', '7 September and 2 October 2026', '0131 496 0347',
          'Section 53', '(Scotland) Act 2010', 'within 28', 'within 18 months', 'Page 1', 'Page 2']
    quotes = [
        Q("My worker actually listens. She was the first one who didn't just read my file and decide.", 'a young person', ['young person', 'One young person'], 'told'),
        Q('frightening at the start, but honest.', 'a parent', ['parent', 'A parent'], 'said'),
        Q('We have moved from counting meetings to asking what changed for the child.', 'Morag Bell', ['Bell', 'Ms Bell'], 'told', role='Independent chair, East Ayrshire Child Protection Committee'),
    ]
    people = [{'name': 'Morag Bell', 'role': 'Independent chair, East Ayrshire Child Protection Committee'}]
    bp = ['Joint inspection of services for children at risk of harm in East Ayrshire | December 2026',
          'SYNTHETIC document invented for evaluation: people, findings, quotes and figures are made up.',
          'Contact: Care Inspectorate enquiries 0131 496 0347, enquiries@careinspectorate-scot.example.']
    notes = ("Scottish joint inspection report (Care Inspectorate style; kind other; Chromium print with a CSS @page running header, footer and page counter; 2 pages). "
             "Record period = fieldwork dates (7 September to 2 October 2026), as for inspection reports; the key statistics carry their own period (year to 31 July 2026). "
             "Scotland: the register is child_protection_plans (registrations, de-registrations, re-registrations, 'Neglect ... 58% of registrations'); IRDs are section_47_enquiries; "
             "child protection concerns are social_care_referrals; CPPMs are other; learning reviews are lcsprs_*; rate per 1,000 aged 0-15 is rate_per_1000. "
             "Traps: the evaluation grid's quality-indicator numbers (2.1, 2.2, 5.1), the six-point scale key ('6 excellent ... 1 unsatisfactory'), '-' cells in the Scotland column (not zeros), "
             "numbered paragraphs, 'aged 0-15', dates, the statutory reference, the phone number, 'Page 1'. The prose repeats 96, 4.2 and 2.5 from the box (one figure each). "
             "'48 of the 60 records (80%)': count required, percentage optional. 'within 28 calendar days' and 'within 18 months' are windows inside measures (not figures). "
             "'£1.3 million over three years' gives two figures.")
    gold(DOC, 'other', 'Joint inspection of services for children at risk of harm in East Ayrshire', 'East Ayrshire', 'East Ayrshire Child Protection Committee',
         P('2026-09-07', '2026-10-02'), figs, nf, quotes, people, bp, notes)


if __name__ == '__main__':
    main()
