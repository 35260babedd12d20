"""Writer k, k02: education safeguarding (section 175/157) audit annual report to a safeguarding partnership (Northumberland), PDF two columns."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR
from pdfkit_k import styles, table, build_two_col, Paragraph, Spacer, mm, colors, Table, TableStyle, FrameBreak, NextPageTemplate

DOC = 'k02_northumberland_education_safeguarding_section_175_audit_report.pdf'
S = styles('#5b2a86', size=9)
B, H2, SM = S['body'], S['h2'], S['small']
A = S['accent']


def p(t):
    return Paragraph(t, B)


def card(rows):
    t = Table(rows, colWidths=[42 * mm] * 4)
    t.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#efe8f5')), ('BOX', (0, 0), (-1, -1), 0.6, A),
                           ('INNERGRID', (0, 0), (-1, -1), 0.6, colors.white), ('ALIGN', (0, 0), (-1, -1), 'CENTER'),
                           ('FONT', (0, 0), (-1, 0), 'Helvetica-Bold', 14), ('FONT', (0, 1), (-1, 1), 'Helvetica', 7.5),
                           ('TEXTCOLOR', (0, 0), (-1, 0), A)]))
    return t


story = [
    Paragraph('Northumberland Children and Adults Safeguarding Partnership', SM),
    Paragraph('Keeping Children Safe in Education: Section 175/157 Safeguarding Audit Report', S['h1']),
    Paragraph('Education Safeguarding Group  |  Report to the Partnership Executive, March 2026', B),
    card([['186', '97%', '1,420', '23'],
          ['settings returned the audit', 'return rate', 'staff on DSL training', 'settings with an action plan']]),
    Spacer(1, 2 * mm),
    Paragraph('Schools and colleges have a duty under section 175 of the Education Act 2002 (section 157 for independent '
              'schools) to safeguard and promote the welfare of children. The audit is how the Partnership gets assurance '
              'that they do.', SM),
    FrameBreak(), NextPageTemplate('later'),
    Paragraph('1. Scope', H2),
    p('1.1 This report covers the partnership year 1 April 2025 to 31 March 2026. Settings completed the audit tool between '
      '6 October and 28 November 2025, and the Education Safeguarding Team followed up in the spring term.'),
    p('1.2 All 192 maintained schools, academies, independent schools, pupil referral units and further education colleges '
      'in the county were asked to take part. 186 returned the audit, a return rate of 97% against 91% in 2024. The six '
      'settings that did not return it have been written to by the Director of Education.'),
    Paragraph('2. Headline findings', H2),
    p('2.1 Settings rate themselves against 14 standards. Each setting\'s overall rating was agreed with the team:'),
    table([['Overall rating', '2025', '2024'],
           ['Green: all met', '139', '121'],
           ['Amber: partly met', '41', '47'],
           ['Red: not met', '6', '7'],
           ['Total returned', '186', '175']], [44, 18, 18], A, zebra='#efe8f5'),
    Spacer(1, 2 * mm),
    p('2.2 Almost every setting (181 of 186) has at least one trained deputy designated safeguarding lead (DSL). 94% of DSLs '
      'had refreshed their training within the last two years, up from 88%. Safeguarding training for governors and '
      'trustees is weaker: 78% of settings said every governor had completed it.'),
    p('2.3 172 settings (92%) confirmed that they meet the DfE filtering and monitoring standards. Of the rest, 11 are small '
      'primary schools sharing a provider whose contract ends in August.'),
    p('2.4 The team visited 40 settings to check the single central record. Gaps were found at 6, all put right within 5 '
      'working days of the visit.'),
    Paragraph('3. Referrals and allegations', H2),
    p('3.1 Education settings made 2,614 referrals to children\'s social care during the year, 24% of the 10,884 referrals '
      'the Front Door received. This is the second largest source after the police. At 31 March 2026, 318 children in '
      'Northumberland were subject to a child protection plan; DSLs attended 89% of the initial child protection '
      'conferences to which they were invited.'),
    p('3.2 The Local Authority Designated Officer received 118 referrals about adults working in education settings, out of '
      '264 referrals in total. Operation Encompass sent 1,946 notifications to schools after police attended a domestic '
      'abuse incident where a child lives.'),
    Paragraph('4. Training and support', H2),
    p('4.1 The team ran 38 DSL training sessions attended by 1,420 staff. A further 612 governors used the e-learning module. '
      'The DSL network met 3 times and average attendance was 96 DSLs.'),
    p('4.2 Feedback was positive. One DSL wrote: "The audit felt less like a test this year and more like a conversation '
      'about what we actually do." Another said the tool was "too long for a small school".'),
    Paragraph('5. Actions', H2),
    p('5.1 23 settings have an action plan agreed with the team, including all 6 rated red; each red setting will be '
      're-audited within 20 school days. The Partnership\'s target remains a 100% return.'),
    p('5.2 Dr Imran Qureshi, who chairs the Education Safeguarding Group, said: "Ninety-seven per cent is a strong return, '
      'but six settings not returning is six too many. We will be in those schools before Easter."'),
    p('5.3 The Executive is asked to note the findings and endorse the actions in section 5.'),
    Spacer(1, 2 * mm),
    Paragraph('Contact: Education Safeguarding Team, County Hall, Morpeth. Tel 01632 960277. '
              'educationsafeguarding@northumberland.example', SM),
]

build_two_col(os.path.join(DIR, DOC), 'Keeping Children Safe in Education: Section 175/157 Safeguarding Audit Report',
              'Northumberland Children and Adults Safeguarding Partnership', story,
              'NCASP  |  Section 175/157 Audit Report', 'Northumberland Children and Adults Safeguarding Partnership', 1, band_h=62)

Y24 = P('2024-04-01', '2025-03-31', '2024')
figs = [
    F(186, 'count', 'other', 'settings that returned the audit', '186 returned the audit'),
    F(97, 'percent', 'other', 'audit return rate', 'a return rate of 97% against 91% in 2024'),
    F(91, 'percent', 'other', 'audit return rate in 2024', 'a return rate of 97% against 91% in 2024', period=Y24),
    F(192, 'count', 'other', 'settings asked to take part in the audit', 'All 192 maintained schools'),
    F(6, 'count', 'other', 'settings that did not return the audit', 'The six settings that did not return it'),
    F(14, 'count', 'other', 'audit standards', 'against 14 standards', optional=True),
    F(139, 'count', 'other', 'settings rated green', 'Green: all met 139 121'),
    F(121, 'count', 'other', 'settings rated green in 2024', 'Green: all met 139 121', period=Y24),
    F(41, 'count', 'other', 'settings rated amber', 'Amber: partly met 41 47'),
    F(47, 'count', 'other', 'settings rated amber in 2024', 'Amber: partly met 41 47', period=Y24),
    F(6, 'count', 'other', 'settings rated red', 'Red: not met 6 7'),
    F(7, 'count', 'other', 'settings rated red in 2024', 'Red: not met 6 7', period=Y24),
    F(175, 'count', 'other', 'settings that returned the audit in 2024', 'Total returned 186 175', period=Y24),
    F(181, 'count', 'other', 'settings with a trained deputy DSL', '(181 of 186)'),
    F(94, 'percent', 'other', 'DSLs with refreshed training', '94% of DSLs had refreshed their training'),
    F(88, 'percent', 'other', 'DSLs with refreshed training the year before', 'up from 88%', period=Y24),
    F(78, 'percent', 'other', 'settings where every governor completed safeguarding training', '78% of settings said every governor'),
    F(172, 'count', 'other', 'settings meeting the DfE filtering and monitoring standards', '172 settings (92%) confirmed'),
    F(92, 'percent', 'other', 'settings meeting the DfE filtering and monitoring standards', '172 settings (92%) confirmed', optional=True),
    F(11, 'count', 'other', 'small primary schools sharing a provider', '11 are small primary schools'),
    F(40, 'count', 'other', 'settings visited to check the single central record', 'The team visited 40 settings'),
    F(6, 'count', 'other', 'settings with gaps in the single central record', 'Gaps were found at 6'),
    F(5, 'days', 'other', 'time to put single central record gaps right', 'all put right within 5 working days of the visit'),
    F(2614, 'count', 'social_care_referrals', 'referrals to children\'s social care from education settings', 'Education settings made 2,614 referrals'),
    F(24, 'percent', 'social_care_referrals', 'share of Front Door referrals from education settings', 'during the year, 24% of the'),
    F(10884, 'count', 'social_care_referrals', 'referrals received by the Front Door', '10,884 referrals the Front Door received'),
    F(318, 'count', 'child_protection_plans', 'children subject to a child protection plan', '318 children in Northumberland were subject to a child protection plan'),
    F(89, 'percent', 'other', 'initial child protection conferences attended by DSLs', 'DSLs attended 89% of the initial child protection'),
    F(118, 'count', 'other', 'LADO referrals about adults working in education settings', 'received 118 referrals about adults working in education settings'),
    F(264, 'count', 'other', 'LADO referrals in total', '264 referrals in total'),
    F(1946, 'count', 'other', 'Operation Encompass notifications to schools', 'Operation Encompass sent 1,946 notifications'),
    F(38, 'count', 'other', 'DSL training sessions', 'The team ran 38 DSL training sessions'),
    F(1420, 'count', 'other', 'staff who attended DSL training', 'attended by 1,420 staff'),
    F(612, 'count', 'other', 'governors who used the e-learning module', 'A further 612 governors'),
    F(3, 'count', 'other', 'DSL network meetings', 'The DSL network met 3 times'),
    F(96, 'count', 'other', 'average attendance at DSL network meetings', 'average attendance was 96 DSLs'),
    F(23, 'count', 'other', 'settings with an agreed action plan', '5.1 23 settings have an action plan'),
    F(20, 'days', 'other', 're-audit of red settings', 're-audited within 20 school days'),
    F(100, 'percent', 'other', 'target audit return rate', 'target remains a 100% return', optional=True),
    F(97, 'percent', 'other', 'audit return rate (in a quote)', 'Ninety-seven per cent is a strong return', optional=True),
]
gold(DOC, 'council_report', 'Keeping Children Safe in Education: Section 175/157 Safeguarding Audit Report', 'Northumberland',
     'Northumberland Children and Adults Safeguarding Partnership', P('2025-04-01', '2026-03-31', '1 April 2025 to 31 March 2026'), figs,
     ['section 175', 'Education Act 2002', 'section 157', '175/157', '6 October', '28 November 2025', 'within the last two years',
      '1.2', '2.1', '31 March 2026', '01632 960277', 'section 5', 'August'],
     [Q('The audit felt less like a test this year and more like a conversation about what we actually do.', 'a DSL',
        ['One DSL', 'a designated safeguarding lead', 'DSL'], 'wrote'),
      Q('too long for a small school', 'another DSL', ['Another', 'a DSL', 'a designated safeguarding lead'], 'said'),
      Q('Ninety-seven per cent is a strong return, but six settings not returning is six too many. We will be in those schools before Easter.',
        'Dr Imran Qureshi', ['Qureshi', 'Dr Qureshi', 'Imran Qureshi'], 'said', role='Chair, Education Safeguarding Group')],
     [{'name': 'Imran Qureshi', 'role': 'Chair, Education Safeguarding Group'}],
     ['Contact: Education Safeguarding Team, County Hall, Morpeth.'],
     'SYNTHETIC document invented for evaluation (writer k, styles18). A safeguarding partnership\'s annual report on the '
     'schools\' section 175/157 safeguarding audit, two columns under a band of stat cards that repeat prose figures (mentions). '
     'Record period from the scope sentence (partnership year); the audit window dates are not figures. The rating table\'s '
     '2024 column carries the 2024 audit (stated as \'2024\'; given the partnership-year period 2024/25). Referrals from '
     'education settings and their share keep social_care_referrals (share keeps the whole\'s metric; the whole is required). '
     'LADO referrals and Operation Encompass notifications are other. \'(181 of 186)\' after \'Almost every setting\' is '
     'exact. \'within the last two years\' is a window in a definition (not a figure); \'within 5 working days\' and \'within 20 '
     'school days\' are deadlines. Target and the number of standards optional; the spoken \'Ninety-seven per cent\' inside a '
     'quote optional. The 6 red settings and the 6 non-returning settings are different facts sharing a value; \'all 6 rated '
     'red\' repeats the red count. A written DSL comment, a reported-speech fragment (\'said the tool was "..."\', required as '
     'the speaker\'s own words) and the group chair.')
