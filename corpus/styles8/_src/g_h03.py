from mk import *
H = P('2026-04-01', '2026-09-30'); M = P('2025-10-01', '2026-03-31')
rows = [('Belfast', '598', '633', '78.4', '301', '266'), ('Northern', '512', '527', '50.6', '244', '229'), ('South Eastern', '401', '398', '51.2', '180', '183'),
        ('Southern', '489', '521', '50.0', '247', '215'), ('Western', '391', '407', '54.9', '200', '184')]
figs = [F(2486, 'count', 'child_protection_plans', 'children on the register at 30 September 2026', '2,486 children were on the register at 30 September 2026'),
        F(2391, 'count', 'child_protection_plans', 'children on the register at 31 March 2026', 'up from 2,391 at 31 March 2026', period=M),
        F(1172, 'count', 'child_protection_plans', 'children added to the register', '1,172 children were added to the register in the six months'),
        F(1077, 'count', 'child_protection_plans', 'children removed from the register', 'and 1,077 were removed'),
        F(1193, 'count', 'child_protection_plans', 'children registered under neglect', 'recorded for 1,193 children (48%)'),
        F(48, 'percent', 'child_protection_plans', 'share registered under neglect', 'recorded for 1,193 children (48%)')]
for t, a, b, r, ad, rm in rows:
    anc = '%s %s %s %s %s %s' % (t, a, b, r, ad, rm)
    figs += [F(int(a), 'count', 'child_protection_plans', '%s Trust register at 31 March 2026' % t, anc, period=M),
             F(int(b), 'count', 'child_protection_plans', '%s Trust register at 30 September 2026' % t, anc),
             F(float(r), 'rate_per_10000', 'child_protection_plans', '%s Trust register rate per 10,000 aged 0-17' % t, anc),
             F(int(ad), 'count', 'child_protection_plans', '%s Trust children added to the register' % t, anc),
             F(int(rm), 'count', 'child_protection_plans', '%s Trust children removed from the register' % t, anc)]
figs += [F(56.1, 'rate_per_10000', 'child_protection_plans', 'Northern Ireland register rate per 10,000', 'Northern Ireland 2,391 2,486 56.1 1,172 1,077'),
         F(11, 'percent', 'child_protection_plans', 're-registrations within two years as share of children added', 'accounted for 11% of children added to the register'),
         F(13, 'percent', 'child_protection_plans', 're-registration share in previous six months', 'compared with 13% in the previous six months', period=M),
         F(572, 'count', 'child_protection_plans', 'children registered under physical abuse', 'Physical abuse 572 23'),
         F(23, 'percent', 'child_protection_plans', 'share under physical abuse', 'Physical abuse 572 23'),
         F(497, 'count', 'child_protection_plans', 'children registered under emotional abuse', 'Emotional abuse 497 20'),
         F(20, 'percent', 'child_protection_plans', 'share under emotional abuse', 'Emotional abuse 497 20'),
         F(224, 'count', 'child_protection_plans', 'children registered under sexual abuse', 'Sexual abuse 224 9'),
         F(9, 'percent', 'child_protection_plans', 'share under sexual abuse', 'Sexual abuse 224 9'),
         F(9, 'count', 'review_referrals', 'notifications received by SBNI', 'received nine notifications in the period'),
         F(4, 'count', 'lcsprs_commissioned', 'case management reviews agreed', 'agreed to undertake a case management review (CMR) in four of them'),
         F(6, 'count', 'lcsprs_ongoing', 'CMRs in progress', 'Six CMRs were in progress at 30 September 2026'),
         F(2, 'count', 'other', 'CMRs running for more than 18 months', 'two of which have run for more than 18 months'),
         F(18, 'months', 'other', 'duration threshold for long-running CMRs', 'for more than 18 months', optional=True),
         F(1, 'count', 'lcsprs_published', 'CMRs published', 'One CMR was published in the period.'),
         F(96, 'percent', 'other', 'initial case conferences within 15 working days', '96% of initial child protection case conferences were held within 15 working days'),
         F(90, 'percent', 'other', 'regional target for timely initial conferences', 'against a regional target of 90%')]
gold('h03_northern_ireland_register_board_paper.html', 'council_report',
     'Child Protection Register: Six-monthly Report to 30 September 2026 (Children\'s Services Oversight Board paper CSOB/26/14)', None,
     None, H, figs,
     ['CSOB/26/14', 'Agenda item 7', '9 December 2026', 'BT4 3SQ', '1.1', '3.1', '6.2', '7.1', '028 9649 6431', 'within two years', '15 working days', 'in 2027', 'Rate per 10,000 (0-17)'],
     [Q('The rise is concentrated in Belfast and the Southern area and reflects more children being registered under the neglect category. Trusts are not telling us that thresholds have changed.', 'Ruairi Canavan', ['Canavan', 'Dr Canavan', 'Dr Ruairi Canavan', 'Director of Family and Childcare'], 'commented:', role='Director of Family and Childcare')],
     [{'name': 'Siobhán McCartan', 'role': "Head of Children's Services Assurance, SPPG"}, {'name': 'Ruairi Canavan', 'role': 'Director of Family and Childcare'}],
     ['The Board is asked to NOTE the report.', 'For noting'],
     "Northern Ireland board paper on the register across the five HSC Trusts (kind council_report). Every trust was already an area in earlier folders, so this paper is the regional one: area null for the whole of Northern Ireland (no 'areas' list), partnership null (the SBNI is named as the body that receives notifications and runs CMRs, not the author). Period = the six months 1 April to 30 September 2026; 31 March 2026 column and 'previous six months' carry 1 Oct 2025 - 31 Mar 2026. Registers are plans: register counts, added ('registrations'), removed ('de-registrations'), categories and re-registrations are child_protection_plans. Table rows annotated cell by cell (anchors are row texts); the Northern Ireland total row repeats the summary box (one fact: 2,391, 2,486, 1,172, 1,077 annotated once from the box; only the 56.1 rate from the row). Summary box '1,193 children (48%)' repeated in the category table (one fact each). CMRs are lcsprs_*; SBNI notifications are review_referrals; 'two of which have run for more than 18 months' is other. Trap: the value 9 for nine notifications and the 9% sexual abuse share; postcode, paper ref, paragraph numbers; reported speech 'He added that...' is not a quote.")
