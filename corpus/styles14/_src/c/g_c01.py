"""Gold for c01 (Trafford virtual school headteacher's annual report 2025/26). Run: /tmp/pdfgen8/bin/python _src/c/g_c01.py"""
from mk_c import F, P, Q, gold

PY = P('2024-09-01', '2025-08-31', '2024/25')
NY = P('2026-09-01', '2027-08-31', '2026/27')
AUT = P('2025-09-01', '2025-12-31', 'autumn term 2025')
SPR = P('2026-01-01', '2026-04-30', 'spring term 2026')
lac, o = 'looked_after_children', 'other'
figs = [
    F(318, 'count', lac, 'looked-after children of statutory school age on the Virtual School roll', 'had 318 looked-after children of statutory school age'),
    F(296, 'count', lac, 'children on roll at the end of 2024/25', 'up from 296 at the end of 2024/25', period=PY),
    F(0, 'count', o, 'children in care permanently excluded', 'No child in care was permanently excluded'),
    F(97, 'percent', o, 'PEPs completed on time in the summer term', '97% of PEPs were completed'),
    F(91.4, 'percent', o, 'overall attendance of children in care', 'Overall attendance was 91.4%'),
    F(812120, 'gbp', o, 'Pupil Premium Plus grant', 'The Pupil Premium Plus grant for 2025/26 was £812,120'),
    F(41, 'count', lac, 'looked-after young people in Years 12 and 13', 'a further 41 looked-after young people in Year 12 and Year 13'),
    F(139, 'count', o, 'children attending a school outside Trafford', '139 (44%) attend a school outside Trafford'),
    F(44, 'percent', o, 'children attending a school outside Trafford', '139 (44%) attend a school outside Trafford', optional=True),
    F(109, 'count', o, 'children with an education, health and care plan', '109 children (34%)'),
    F(34, 'percent', o, 'children with an education, health and care plan', '109 children (34%)', optional=True),
    F(29, 'percent', o, 'children in care nationally with an EHC plan (England comparator)', 'against 29% for children in care nationally', period=PY),
    F(23, 'count', o, 'children who changed school mid-year', '23 children changed school'),
    F(31, 'count', o, 'children who changed school mid-year in 2024/25', 'down from 31 in 2024/25', period=PY),
    F(94, 'percent', o, 'PEPs completed on time in the autumn term', 'autumn 94%', period=AUT),
    F(95, 'percent', o, 'PEPs completed on time in the spring term', 'spring 95%', period=SPR),
    F(186, 'count', o, 'PEPs quality-assured', 'We quality-assured 186 PEPs'),
    F(79, 'percent', o, 'PEPs rated good or better', '79% were rated good or better'),
    F(71, 'percent', o, 'PEPs rated good or better in 2024/25', 'up from 71% in 2024/25', period=PY),
    F(90.2, 'percent', o, 'attendance of children looked after (England comparator)', 'England, children looked after: 90.2%', period=PY),
    F(17.9, 'percent', o, 'children persistently absent', '17.9% of our children were persistently absent'),
    F(47, 'count', o, 'children with at least one suspension', '47 children received at least one suspension'),
    F(112, 'count', o, 'suspensions', '112 suspensions between them'),
    F(189.5, 'days', o, 'school days lost to suspension', '189.5 school days lost'),
    F(8, 'count', o, 'children on a reduced timetable', 'Eight children were on a reduced timetable'),
    F(6, 'weeks', o, 'deadline to return to full-time education', 'within six weeks'),
    F(31, 'percent', o, 'Key Stage 2 children at the expected standard in reading, writing and maths', '31% of the 26 children at the end of Key Stage 2'),
    F(26, 'count', o, 'children at the end of Key Stage 2 (cohort)', 'the 26 children at the end of Key Stage 2'),
    F(27, 'percent', o, 'Key Stage 2 expected standard in 2024/25', 'up from 27%', period=PY),
    F(33, 'percent', o, 'Key Stage 2 expected standard, England children looked after', 'KS2: expected standard in reading, writing 31 27 33 61', period=PY),
    F(61, 'percent', o, 'Key Stage 2 expected standard, England all pupils', 'KS2: expected standard in reading, writing 31 27 33 61', period=PY),
    F(22, 'count', o, 'Key Stage 2 cohort in 2024/25', 'KS2: children in the cohort (number) 26 22', period=PY),
    F(6, 'count', o, 'Year 11 young people with grade 4 or above in English and maths', 'six of the 34 young people in Year 11 achieved grade 4'),
    F(34, 'count', o, 'young people in Year 11 (Key Stage 4 cohort)', 'the 34 young people in Year 11'),
    F(18, 'percent', o, 'grade 4 or above in English and maths', '18% against 17%'),
    F(17, 'percent', o, 'grade 4 or above in English and maths, England children looked after', '18% against 17% for children in care nationally', period=PY),
    F(15, 'percent', o, 'grade 4 or above in English and maths in 2024/25', 'KS4: grade 4 or above in English and maths 18 15 17 65', period=PY),
    F(65, 'percent', o, 'grade 4 or above in English and maths, England all pupils', 'KS4: grade 4 or above in English and maths 18 15 17 65', period=PY),
    F(21.9, 'count', o, 'Attainment 8 average score', 'KS4: Attainment 8 (average score per pupil) 21.9 19.6 19.4 45.9', optional=True),
    F(19.6, 'count', o, 'Attainment 8 average score in 2024/25', 'KS4: Attainment 8 (average score per pupil) 21.9 19.6 19.4 45.9', period=PY, optional=True),
    F(19.4, 'count', o, 'Attainment 8 average score, England children looked after', 'KS4: Attainment 8 (average score per pupil) 21.9 19.6 19.4 45.9', period=PY, optional=True),
    F(45.9, 'count', o, 'Attainment 8 average score, England all pupils', 'KS4: Attainment 8 (average score per pupil) 21.9 19.6 19.4 45.9', period=PY, optional=True),
    F(30, 'count', o, 'Key Stage 4 cohort in 2024/25', 'KS4: children in the cohort (number) 34 30', period=PY),
    F(34, 'count', o, 'young people in Years 12 and 13 in education, employment or training', '34 (83%) were in education, employment or training'),
    F(83, 'percent', o, 'young people in Years 12 and 13 in education, employment or training', '34 (83%) were in education, employment or training', optional=True),
    F(12, 'count', o, 'care leavers starting university', 'Twelve care leavers started university courses'),
    F(1214, 'count', 'children_in_need', 'children in need', '1,214 children in need'),
    F(231, 'count', 'child_protection_plans', 'children subject to a child protection plan', 'of whom 231 were subject to a child protection plan'),
    F(388, 'count', o, 'children with a social worker on whom schools were advised', 'We gave advice to schools on 388 of these children'),
    F(84.1, 'percent', o, 'attendance of children on child protection plans in 2024/25', 'rose from 84.1% in 2024/25', period=PY),
    F(86.7, 'percent', o, 'attendance of children on child protection plans', 'to 86.7%'),
    F(57, 'count', o, 'previously looked-after children', '57 previously looked-after children'),
    F(2570, 'gbp', o, 'Pupil Premium Plus per eligible child', '£2,570 for each of 316 eligible children'),
    F(316, 'count', o, 'children eligible for Pupil Premium Plus', '316 eligible children'),
    F(600, 'gbp', o, 'Pupil Premium Plus passed to schools per child per term', 'We passed £600 per child per term'),
    F(1800, 'gbp', o, 'Pupil Premium Plus passed to schools per child per year', '(£1,800 a year)', optional=True),
    F(240900, 'gbp', o, 'Pupil Premium Plus kept centrally', 'kept £240,900 centrally'),
    F(11.6, 'count', o, 'full-time equivalent staff', '11.6 full-time equivalent staff'),
    F(15, 'percent', o, 'target for persistent absence', 'Reduce persistent absence to below 15%', period=NY, qualifier='below'),
    F(98, 'percent', o, 'target for on-time PEP completion', 'Raise on-time PEP completion to 98%', period=NY),
    F(2, 'count', o, 'education caseworkers to be recruited', 'Recruit two more education caseworkers', period=NY),
]
nf = ['2025/26', '2024/25', '2026/27', '19 November 2026', 'Agenda item 6', 'Item 6', '0161 496 0734', '1 September 2025',
      '31 August 2026', 'my third report', 'second year running', 'Key Stage 2', 'Key Stage 4', 'Reception to Year 11',
      'Year 12 and Year 13', 'grade 4 or above', 'grade 5', 'within 20 school days', '10% or more of possible sessions',
      '12 months or more', 'Table 1', 'Since 2021', '31 March 2026', 'September 2026', 'March 2026',
      'Section 22(3A) of the Children Act 1989', 'Children and Social Work Act 2017, section 4', 'KS4',
      '(number)', 'Attainment 8', 'Post-16', 'Years 12 and 13', 'at 31 March.', 'Year 11 student']
qs = [
    Q('Mr Hughes didn’t give up on me when I gave up on myself. I got my grade 5 in English.', 'a Year 11 student',
      ['Year 11 student', 'student', 'a student'], None),
    Q('The PEP meetings used to be paperwork. Now the virtual school sends someone who knows the child, and the targets actually get followed up.',
      'Kerry Madigan', ['Madigan', 'Ms Madigan'], 'said', role='designated teacher at a Stretford high school'),
    Q('knows its children well and challenges schools effectively', 'Ofsted', ["Ofsted's inspection", 'the inspection', 'inspectors'], 'found'),
]
people = [{'name': 'Simon Okafor-Reid', 'role': 'Virtual School Headteacher, Trafford'},
          {'name': 'Kerry Madigan', 'role': 'designated teacher at a Stretford high school'}]
bp = ["Trafford Virtual School | Headteacher's Annual Report 2025/26", 'Corporate Parenting Board | Item 6', 'Trafford Council',
      'SYNTHETIC document invented for evaluation']
notes = ("Virtual school headteacher's annual report (new genre) to a corporate parenting board; record period = the academic "
         "year 1 Sep 2025 - 31 Aug 2026 (not a financial year); partnership null. Traps: the headteacher's foreword is "
         "first-person prose (not a quote) and repeats 318 and the zero exclusions; a stat-card row printed as one number line "
         "('318 97% 91.4% 0 £812,120') whose labels interleave below it (extra mentions; the '0' card is the required zero "
         "'No child in care was permanently excluded'); footnote markers printed on their own lines inside sentences; table cells "
         "whose unit is only in the row label '(%)' / '(number)'; the England columns and '... nationally' comparators carry the "
         "2024/25 academic-year period; Attainment 8 scores have no spec unit (optional); counts with bracketed percentages "
         "(139 (44%), 109 (34%), 34 (83%): % optional); the value 34 for two facts (Year 11 cohort; post-16 EET) and 31 for two "
         "(KS2 31% and 31 school moves in 2024/25); term percentages with term periods; '£600 per child per term (£1,800 a year)' "
         "(the yearly restatement optional); 1,214 children in need and 231 on child protection plans inside an education report; "
         "'within 20 school days' and '10% or more of possible sessions' are definitions, 'within six weeks' is a deadline; "
         "targets for 2026/27; grade numbers, key stages and year groups are not figures; an anonymous pull quote with a dash "
         "line (cue null), a designated teacher's quote, an Ofsted fragment after 'found that'.")
gold('c01_trafford_virtual_school_head_annual_report_2025_26.pdf', 'council_report',
     "Trafford Virtual School: Virtual School Headteacher's Annual Report, academic year 2025/26", 'Trafford', None,
     P('2025-09-01', '2026-08-31', 'academic year 2025/26'), figs, nf, qs, people, bp, notes)
