"""Writer s, s01: East Riding of Yorkshire Council Annual Governance Statement 2025/26 (PDF, single column, boxed
assurance opinion, significant-issues table); no quotes."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR
from pdfkit_s import styles, table, build, Paragraph, Spacer, mm, colors, Table, TableStyle

DOC = 's01_east_riding_of_yorkshire_annual_governance_statement_2025_26.pdf'
S = styles('#5b2a6e', font='Helvetica', size=9.5)
B, H2, SM, H1 = S['body'], S['h2'], S['small'], S['h1']
A = S['accent']

box = Table([[Paragraph('<b>Head of Internal Audit opinion 2025/26</b>', B)],
             [Paragraph('Reasonable assurance. Of the 46 audits in the revised plan, 42 were completed to at least draft '
                        'report stage. Seven reports gave limited assurance and none gave no assurance.', B)]],
            colWidths=[170 * mm])
box.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 1, A), ('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#f3eef6'))]))

issues = table([['Ref', 'Significant governance issue', 'Status at 31 March 2026'],
                ['SGI 1', Paragraph('Children\u2019s social care placement costs: outturn \u00a36.8m over the \u00a374.2m '
                                    'children\u2019s services budget', S['cell']), 'Open (carried forward)'],
                ['SGI 2', Paragraph('Social work workforce: agency social workers 22% of the qualified workforce '
                                    '(target 12%)', S['cell']), 'Open'],
                ['SGI 3', Paragraph('Special educational needs: 58% of new EHC plans issued within 20 weeks', S['cell']),
                 'Open'],
                ['SGI 4', Paragraph('Information governance: 3 data breaches reported to the ICO', S['cell']), 'Closed']],
               [16, 104, 50], A, zebra='#f3eef6')

story = [
    Paragraph('East Riding of Yorkshire Council', SM),
    Paragraph('Annual Governance Statement 2025/26', H1),
    Paragraph('To accompany the Statement of Accounts for the year ended 31 March 2026. Presented to the Audit '
              'Committee, 24 September 2026 (Agenda item 9).', SM),
    Paragraph('1. Scope of responsibility', H2),
    Paragraph('East Riding of Yorkshire Council is responsible for ensuring that its business is conducted in accordance '
              'with the law and proper standards, and that public money is safeguarded, properly accounted for and used '
              'economically, efficiently and effectively. The Accounts and Audit Regulations 2015 require the Council to '
              'prepare this statement each year.', B),
    Paragraph('2. The governance framework', H2),
    Paragraph('The Council\u2019s Local Code of Corporate Governance follows the seven principles of the CIPFA/SOLACE '
              'framework (2016). The Code was last reviewed by the Audit Committee in March 2026.', B),
    Paragraph('3. Review of effectiveness', H2),
    Paragraph('The review draws on the work of Internal Audit, the Audit Committee, directors\u2019 assurance statements, '
              'external auditors and inspectorates. All 11 directors and heads of service returned an assurance statement.', B),
    box, Spacer(1, 6),
    Paragraph('The Council received 1,412 requests under the Freedom of Information Act during the year and answered 91% '
              'of them within 20 working days, against 88% in 2024/25. Stage 1 complaints about all services numbered 2,106; '
              'the Local Government and Social Care Ombudsman upheld nine complaints against the Council.', B),
    Paragraph('4. Children\u2019s services', H2),
    Paragraph('Children\u2019s services remain the largest area of governance risk. The number of children looked after '
              'by the Council was 412 at 31 March 2026, up from 389 a year earlier. Of these, 71 lived in residential '
              'children\u2019s homes, 38 of them in homes outside the East Riding, and the average weekly cost of an '
              'external residential placement rose to \u00a66,140.'.replace('\u00a66', '\u00a36'), B),
    Paragraph('There were 268 children subject to a child protection plan, a rate of 41.3 per 10,000 children against '
              '41.6 for England. Children\u2019s social care received 3,914 referrals, and 1,022 section 47 enquiries were '
              'started. Of initial child protection conferences, 84% were held within 15 working days of the strategy '
              'discussion.', B),
    Paragraph('The Council notified two serious child safeguarding incidents to the Child Safeguarding Practice Review '
              'Panel. The East Riding Safeguarding Children Partnership held rapid reviews in both cases and published one '
              'local child safeguarding practice review, which made six recommendations for partner agencies; four are '
              'complete.', B),
    Paragraph('Ofsted\u2019s focused visit in January 2026 looked at the front door and found that managers had oversight '
              'of decisions, but that the quality of recording was variable. The improvement board met eight times.', B),
    Paragraph('5. Significant governance issues', H2),
    Paragraph('The issues below were identified through the review. Last year\u2019s statement reported five; three were '
              'closed during 2025/26 and two are carried forward as SGI 1 and SGI 2.', B),
    issues, Spacer(1, 6),
    Paragraph('The placement overspend (SGI 1) is the largest single pressure on the Council\u2019s revenue budget. A '
              'sufficiency programme will open three small children\u2019s homes with 10 beds in total by March 2028, at a '
              'capital cost of \u00a34.6m. Agency use (SGI 2) fell from 27% a year earlier; the Council recruited 19 newly '
              'qualified social workers through its academy.', B),
    Paragraph('6. Certification', H2),
    Paragraph('We have been advised on the result of the review of effectiveness by the Audit Committee, and we are '
              'satisfied that the arrangements are fit for purpose, subject to the actions above, which we will monitor '
              'during 2026/27.', B),
    Spacer(1, 10),
    Paragraph('Signed: Councillor Rosalind Ackerley, Leader of the Council &nbsp;&nbsp;&nbsp; Signed: Matthew Gethin-Hale, Chief Executive', B),
    Paragraph('Dated: 24 September 2026', SM),
]

build(os.path.join(DIR, DOC), 'Annual Governance Statement 2025/26', 'East Riding of Yorkshire Council', story,
      'East Riding of Yorkshire Council | Annual Governance Statement 2025/26',
      'Audit Committee 24 September 2026 | governance@eastriding.example | 01632 960214', 2)

Y = P('2025-04-01', '2026-03-31')
PY = P('2024-04-01', '2025-03-31', '2024/25')
figs = [
    F(46, 'count', 'other', 'audits in the revised plan', 'Of the 46 audits in the revised plan'),
    F(42, 'count', 'other', 'audits completed', '42 were completed to at least draft report stage'),
    F(7, 'count', 'other', 'limited assurance reports', 'Seven reports gave limited assurance'),
    F(0, 'count', 'other', 'no assurance reports', 'none gave no assurance', optional=True),
    F(11, 'count', 'other', 'directors and heads of service returning an assurance statement', 'All 11 directors and heads of service', optional=True),
    F(1412, 'count', 'other', 'Freedom of Information requests', '1,412 requests under the Freedom of Information Act'),
    F(91, 'percent', 'other', 'FOI requests answered within 20 working days', 'answered 91% of them within 20 working days'),
    F(20, 'days', 'other', 'FOI response timescale', 'within 20 working days'),
    F(88, 'percent', 'other', 'FOI requests answered in time, previous year', 'against 88% in 2024/25', period=PY),
    F(2106, 'count', 'other', 'stage 1 complaints', 'Stage 1 complaints about all services numbered 2,106'),
    F(9, 'count', 'other', 'complaints upheld by the Ombudsman', 'upheld nine complaints against the Council'),
    F(412, 'count', 'looked_after_children', 'children looked after', 'was 412 at 31 March 2026'),
    F(389, 'count', 'looked_after_children', 'children looked after a year earlier', 'up from 389 a year earlier', period=P('2025-03-31', '2025-03-31', '31 March 2025')),
    F(71, 'count', 'looked_after_children', 'children looked after living in residential homes', 'Of these, 71 lived in residential'),
    F(38, 'count', 'looked_after_children', 'children in residential homes outside the East Riding', '38 of them in homes outside the East Riding'),
    F(6140, 'gbp', 'other', 'average weekly cost of an external residential placement', 'rose to \u00a36,140'),
    F(268, 'count', 'child_protection_plans', 'children subject to a child protection plan', 'There were 268 children subject to a child protection plan'),
    F(41.3, 'rate_per_10000', 'child_protection_plans', 'child protection plan rate', 'a rate of 41.3 per 10,000'),
    F(41.6, 'rate_per_10000', 'child_protection_plans', 'child protection plan rate, England', '41.6 for England'),
    F(3914, 'count', 'social_care_referrals', 'referrals to children\'s social care', 'received 3,914 referrals'),
    F(1022, 'count', 'section_47_enquiries', 'section 47 enquiries started', '1,022 section 47 enquiries were started'),
    F(84, 'percent', 'other', 'initial child protection conferences held within 15 working days', '84% were held within 15 working days'),
    F(15, 'days', 'other', 'initial child protection conference timescale', 'within 15 working days of the strategy'),
    F(2, 'count', 'serious_incident_notifications', 'serious child safeguarding incidents notified', 'notified two serious child safeguarding incidents'),
    F(1, 'count', 'lcsprs_published', 'local child safeguarding practice review published', 'published one local child safeguarding practice review'),
    F(6, 'count', 'recommendations', 'recommendations of the LCSPR', 'which made six recommendations'),
    F(4, 'count', 'recommendations', 'LCSPR recommendations complete', 'four are complete'),
    F(8, 'count', 'other', 'improvement board meetings', 'The improvement board met eight times', optional=True),
    F(5, 'count', 'other', 'significant governance issues last year', 'Last year\u2019s statement reported five', period=PY),
    F(3, 'count', 'other', 'issues closed', 'three were closed during 2025/26'),
    F(2, 'count', 'other', 'issues carried forward', 'two are carried forward'),
    F(6800000, 'gbp', 'other', 'children\'s services outturn overspend', 'outturn \u00a36.8m over the'),
    F(74200000, 'gbp', 'other', 'children\'s services budget', 'over the \u00a374.2m'),
    F(22, 'percent', 'other', 'agency social workers as share of qualified workforce', 'agency social workers 22% of the qualified'),
    F(12, 'percent', 'other', 'agency social worker target', '(target 12%)', optional=True),
    F(58, 'percent', 'other', 'new EHC plans issued within 20 weeks', '58% of new EHC plans issued within 20 weeks'),
    F(20, 'weeks', 'other', 'EHC plan timescale', 'issued within 20 weeks'),
    F(3, 'count', 'other', 'data breaches reported to the ICO', '3 data breaches reported to the ICO'),
    F(3, 'count', 'other', 'small children\'s homes to open', 'will open three small children\u2019s homes', optional=True),
    F(10, 'count', 'other', 'beds in the new homes', 'with 10 beds in total by March 2028', optional=True),
    F(4600000, 'gbp', 'other', 'capital cost of the sufficiency programme', 'capital cost of \u00a34.6m'),
    F(27, 'percent', 'other', 'agency social workers a year earlier', 'fell from 27% a year earlier', period=PY),
    F(19, 'count', 'other', 'newly qualified social workers recruited', 'recruited 19 newly qualified social workers'),
]
nf = ['2015', 'seven principles', '2016', 'March 2026', 'Agenda item 9', '24 September 2026', 'SGI 1', 'SGI 2', 'SGI 3',
      'SGI 4', 'January 2026', 'March 2028', '2026/27', '01632 960214', '10,000']
gold(DOC, 'council_report', 'Annual Governance Statement 2025/26', 'East Riding of Yorkshire',
     'East Riding Safeguarding Children Partnership', Y, figs, nf, [],
     [{'name': 'Rosalind Ackerley', 'role': 'Leader of the Council'}, {'name': 'Matthew Gethin-Hale', 'role': 'Chief Executive'}],
     ['East Riding of Yorkshire Council | Annual Governance Statement 2025/26', 'Audit Committee 24 September 2026'],
     'SYNTHETIC (invented). A council\'s Annual Governance Statement (council_report), period in the title. No quotes: the '
     'signed certification is first-person prose. Traps: the internal audit opinion box (46 planned / 42 done / 7 limited; '
     '\'none gave no assurance\' optional), FOI 91% within 20 working days (share and timescale required, ruling 1/6), '
     'last year comparators with own periods, residential subsets keep looked_after_children, the partnership named once as '
     'holding rapid reviews and publishing the LCSPR (ruling 2/7), significant-issues table (targets optional), \'seven '
     'principles\', regulation and framework years, future homes and beds optional (plans), SGI references.')
