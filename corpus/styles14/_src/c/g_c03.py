"""Gold for c03 (Shetland Islands adoption and permanence panel annual report 2025/26). Run: /tmp/pdfgen8/bin/python _src/c/g_c03.py"""
from mk_c import F, P, Q, gold

PY = P('2024-04-01', '2025-03-31', '2024/25')
o, lac, co = 'other', 'looked_after_children', 'court_orders'
figs = [
    F(10, 'count', o, 'Adoption and Permanence Panel meetings', 'The Panel met 10 times in 2025/26'),
    F(8, 'count', o, 'Panel meetings in 2024/25', '(2024/25: 8)', period=PY),
    F(17, 'count', o, 'cases considered by the Panel', 'considered 17 cases'),
    F(41, 'count', lac, 'children looked after', '41 children were looked after by Shetland Islands Council'),
    F(9.6, 'rate_per_1000', lac, 'children looked after per 1,000 aged 0-17', 'a rate of 9.6 per 1,000 children'),
    F(12.3, 'rate_per_1000', lac, 'children looked after per 1,000 aged 0-17, Scotland comparator', '(Scotland: 12.3)', period=PY),
    F(29, 'count', lac, 'children looked after away from home', '29 were looked after away from home'),
    F(12, 'count', lac, 'children looked after at home with parents', '12 at home with parents'),
    F(9, 'count', 'child_protection_plans', 'children on the child protection register', 'Nine children were on the child protection register'),
    F(2.4, 'rate_per_1000', 'child_protection_plans', 'children on the register per 1,000 aged 0-15', 'a rate of 2.4 per 1,000 aged 0-15'),
    F(6, 'count', o, 'children for whom permanence away from home was recommended', 'recommended permanence away from home for six children'),
    F(3, 'count', o, 'adoptive households recommended for approval', 'the approval of three adoptive households'),
    F(1, 'count', o, 'increase in adoptive households approved', 'one more than last year', optional=True),
    F(1, 'count', o, 'household approved by another agency and matched with a Shetland child', 'one household was approved as prospective adopters by another agency'),
    F(6, 'months', o, 'PACE aim for a permanence decision', 'within six months of a child becoming looked after away from home'),
    F(11.2, 'months', o, 'average time looked after away from home before Panel', 'an average of 11.2 months'),
    F(14.6, 'months', o, 'average time before Panel in 2024/25', 'down from 14.6 months in 2024/25', period=PY),
    F(2, 'count', o, 'children who met the six-month aim', 'Two of the six children met the six-month aim'),
    F(4, 'count', co, 'applications for a Permanence Order with authority to adopt', 'lodged four applications for a Permanence Order'),
    F(3, 'count', co, 'Permanence Orders granted', 'Three Permanence Orders were granted'),
    F(1, 'count', co, 'Permanence Order granted from an application lodged in 2024/25', 'one of them from an application lodged in 2024/25', optional=True),
    F(2, 'count', co, 'Adoption Orders granted', 'two Adoption Orders were granted'),
    F(6, 'count', co, 'kinship care orders (section 11)', 'Six kinship care orders'),
    F(1, 'count', o, 'child placed with adopters off-island through the Adoption Register', 'one child with complex health needs'),
    F(31400, 'gbp', o, 'inter-agency fee', 'The inter-agency fee was £31,400'),
    F(11, 'count', o, 'members on the Panel central list', 'The central list has 11 members'),
    F(2, 'count', o, 'adoptive parents on the central list', 'including two adoptive parents'),
    F(3, 'count', o, 'members needed for a quorum', 'Three members must be present', optional=True),
    F(9, 'count', o, 'members attending Panel training', 'attended by nine members'),
    F(88700, 'gbp', o, 'cost of adoption allowances', 'Adoption allowances cost £88,700'),
    F(96000, 'gbp', o, 'adoption allowance budget', 'against a budget of £96,000'),
    F(13, 'count', o, 'families receiving an adoption allowance', '13 families received an allowance'),
    F(4.5, 'count', o, 'FTE social workers in the Family Placement Team', 'The Family Placement Team has 4.5 FTE social workers'),
    F(1, 'count', o, 'vacant social worker post', 'one post having been vacant', optional=True),
    F(7, 'months', o, 'months a social worker post was vacant', 'vacant for seven months of the year'),
    F(13, 'count', o, 'cases considered by the Panel in 2024/25', 'Cases considered by the Panel 13 17', period=PY),
    F(4, 'count', o, 'children recommended for permanence in 2024/25', 'Permanence away from home recommended (children) 4 6', period=PY),
    F(2, 'count', o, 'adoptive households approved in 2024/25', 'Adoptive households approved 2 3', period=PY),
    F(1, 'count', co, 'Permanence Orders granted in 2024/25', 'Permanence Orders granted 1 3', period=PY),
    F(38, 'count', lac, 'children looked after at 31 March 2025', 'Children looked after at 31 March 38 41 12,206', period=PY),
    F(12206, 'count', lac, 'children looked after in Scotland', 'Children looked after at 31 March 38 41 12,206', period=PY),
    F(8.9, 'rate_per_1000', lac, 'children looked after per 1,000 aged 0-17 in 2024/25', 'Rate per 1,000 aged 0-17 8.9 9.6 12.3', period=PY),
]
nf = ['4 November 2026', 'CF-27-26-F', 'Agenda Item 4', '1 April 2025 to 31 March 2026', '2024/25', '2025/26', 'per 1,000',
      'aged 0-17', 'aged 0-15', 'under five', 'Shetland Partnership Plan 2018-2028', 'Adoption and Children (Scotland) Act 2007',
      'Looked After Children (Scotland) Regulations 2009', 'section 11 of the Children (Scotland) Act 1995', 'Section 80',
      'regulation 19', 'paragraph 4.3', 'Appendix 1', 'Appendix 2', 'February 2026', '01632 960552', '20 October 2026',
      '5.1 None.', 'three years ago', 'the six-month aim', '1.0 Decisions', '2.1', '4.2', '6.3', 'At 31 March 2026']
qs = [
    Q('Every child whose plan we considered this year had a voice at Panel, in writing, in a drawing or through their social worker. That was not true three years ago.',
      'the Panel chair', ['Panel chair', "the Panel chair's annual statement", 'chair'], 'notes'),
    Q("I wanted to stay on the island. I didn't mind who with, I just wanted to stay.", 'a young person',
      ['young person', 'One young person'], 'told'),
]
people = [{'name': 'Ingrid Manson', 'role': 'Team Leader, Family Placement, Shetland Islands Council'}]
bp = ['Shetland Islands Council', 'Education and Families Committee | Agenda Item 4', 'Report No: CF-27-26-F',
      'SYNTHETIC document invented for evaluation']
notes = ("Scottish council committee report presenting an Adoption and Permanence Panel annual report (new genre), record period "
         "the financial year (the report says '1 April 2025 to 31 March 2026'; not the Scottish year to 31 July); partnership "
         "null. Scottish conventions: the register is plans (count and rate per 1,000 aged 0-15); looked-after rate per 1,000 "
         "aged 0-17 with a Scotland comparator. Permanence Orders (with authority to adopt), Adoption Orders and section 11 kinship "
         "care orders are court orders made by the sheriff court, so they take court_orders (applications lodged too, as the "
         "metric covers 'made or applied for'). Traps: a cover block (reference 'CF-27-26-F', meeting date), numbered paragraphs "
         "'1.1'-'6.3' in their own cells; '5.1 None.' is not a zero; 'one more than last year' is a difference (optional, the "
         "2024/25 value is in the appendix); 'within six months' is the PACE aim (a figure), 'the six-month aim' repeats it; "
         "'Two of the six children' is a timeliness subset (other); 'one of them from an application lodged in 2024/25' optional; "
         "quorum optional; 'under five', 'aged 0-17', 'aged 0-15' are age bands; the appendix repeats 2025/26 values and adds "
         "2024/25 and Scotland values (12,206 with its own period); many small values repeat across different facts (1, 2, 3, "
         "4, 6, 9, 12, 13); 'three years ago' inside a quote is a time point; an unnamed Panel chair speaks through a written "
         "statement ('notes:'), a young person 'told their reviewing officer:'.")
gold('c03_shetland_adoption_permanence_panel_annual_report_2025_26.pdf', 'council_report',
     'Adoption and Permanence Panel: Annual Report 2025/26', 'Shetland Islands', None,
     P('2025-04-01', '2026-03-31', '1 April 2025 to 31 March 2026'), figs, nf, qs, people, bp, notes)
