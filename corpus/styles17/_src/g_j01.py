"""j01: Sandwell corporate risk register extract with commentary, Quarter 2 2026/27 (report to Cabinet; reportlab,
cover-details box, RAG summary strip, register extract table, numbered commentary). No quotes.
Run: /work/wt/blind17/pdfgen-j/bin/python _src/g_j01.py"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pdfkit_j import *
from reportlab.platypus import Paragraph, Spacer
from mk import F, P, Q, gold

DOC = 'j01_sandwell_corporate_risk_register_q2_extract.pdf'
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), DOC)
S = styles('#00594f')
b, h1, h2, sm, cell = S['body'], S['h1'], S['h2'], S['small'], S['cell']

details = table([['Meeting', 'Cabinet'], ['Date', '18 November 2026'], ['Agenda item', '9'],
                 ['Report of', 'Director of Finance (Section 151 Officer)'], ['Key decision', 'No'],
                 ['Wards affected', 'All'], ['Classification', 'Public (Appendix B exempt, paragraph 3)']],
                [45, 125], S['accent'], header_rows=0)
details.setStyle(TableStyle([('BACKGROUND', (0, 0), (0, -1), colors.HexColor('#e3efed')),
                             ('TEXTCOLOR', (0, 0), (-1, -1), colors.black)]))

rag = table([['Red', 'Amber', 'Green', 'Total'], ['6', '9', '4', '19']], [42.5, 42.5, 42.5, 42.5], S['accent'])

reg = table([['Ref', 'Risk', 'Owner', 'Inherent', 'Current', 'Target', 'Trend'],
             ['CR03', 'Failure to safeguard children', 'DCS', '25', '16', '10', 'Stable'],
             ['CR08', 'Placement sufficiency and cost', 'DCS', '20', '20', '12', 'Up'],
             ['CR11', 'Social work workforce', 'DCS', '20', '15', '9', 'Down'],
             ['CR14', 'Medium-term financial plan', 'S151', '25', '20', '12', 'Stable'],
             ['CR17', 'SEND high needs deficit', 'DCS', '20', '16', '12', 'Stable']],
            [14, 58, 16, 20, 20, 20, 22], S['accent'])

story = [
    Paragraph('Sandwell Metropolitan Borough Council', h2),
    Paragraph('Corporate Risk Register: Quarter 2 2026/27 review (extract: children, families and finance risks)', h1),
    details, Spacer(1, 8),
    Paragraph('1. Purpose of the report', h2),
    Paragraph('1.1 This report presents the quarterly review of the corporate risk register as at 30 September 2026, with the commentary of each risk owner. The full register is at Appendix A; this extract reproduces the five risks that relate to children\u2019s services and the council\u2019s financial position, which the Children\u2019s Services and Education Scrutiny Board asked to see in full.', b),
    Paragraph('1.2 The register holds 19 strategic risks. Six are rated red, nine amber and four green. At the end of Quarter 1 five risks were red; risk CR08 has moved from amber to red this quarter.', b),
    rag, Spacer(1, 3),
    Paragraph('Figure 1. Corporate risks by current rating, 30 September 2026.', sm),
    Paragraph('2. How risks are scored', h2),
    Paragraph('2.1 Each risk is scored on a 5x5 matrix as likelihood multiplied by impact. Scores of 15 to 25 are red, 8 to 12 are amber and 1 to 6 are green. The inherent score assumes no controls; the current score reflects controls in place; the target score is the level the owner expects to reach by 31 March 2027 with the further actions listed in Appendix A.', b),
    reg, Spacer(1, 3),
    Paragraph('Table 1. Register extract. DCS: Executive Director of Children and Education. S151: Director of Finance.', sm),
    Paragraph('3. Risk owner commentary', h2),
    Paragraph('<b>CR03 Failure to safeguard children.</b> 3.1 The current score remains 16 (likelihood 4, impact 4). At 30 September 2026, 398 children were subject to a child protection plan, a rate of 57.4 per 10,000 children, against 43.2 per 10,000 for England in 2025/26; at the end of Quarter 1 the figure was 412. Children\u2019s social care started 611 section 47 enquiries in the quarter.', b),
    Paragraph('3.2 Two serious incident notifications were made to the Child Safeguarding Practice Review Panel in the quarter. Rapid reviews were completed for both within 15 working days, and the safeguarding partners agreed to commission one local child safeguarding practice review. An inspection of local authority children\u2019s services is expected within the next 12 months and a self-evaluation has been refreshed.', b),
    Paragraph('<b>CR08 Placement sufficiency and cost.</b> 3.3 The current score has risen from 16 to 20. There were 873 children in care at 30 September 2026, a rate of 101 per 10,000, up from 851 at 31 March 2026. Of these, 64 live in residential children\u2019s homes, and 11 of those placements cost more than \u00a310,000 a week. The external placements budget is forecast to overspend by \u00a35.3m in 2026/27. Two council-run children\u2019s homes with 8 beds between them are due to open in spring 2027.', b),
    Paragraph('<b>CR11 Social work workforce.</b> 3.4 Agency staff made up 22% of qualified social workers at the end of September, down from 29% a year earlier; the target is 15% by March 2027. Average caseloads in the safeguarding teams were 18.6 children per worker. The Social Work Academy took on 24 newly qualified social workers in September.', b),
    Paragraph('<b>CR14 Medium-term financial plan.</b> 3.5 The budget gap for 2027/28 is estimated at \u00a321.4m, rising to \u00a338.9m over the three years to 2029/30. Children\u2019s social care accounts for \u00a37.8m of the council\u2019s forecast 2026/27 overspend of \u00a311.2m.', b),
    Paragraph('<b>CR17 SEND high needs deficit.</b> 3.6 The Dedicated Schools Grant high needs deficit is forecast to reach \u00a346.0m by 31 March 2027. There were 3,412 education, health and care plans at the end of the quarter, and 61% of new plans were issued within 20 weeks (England: 46%).', b),
    Paragraph('4. Recommendations', h2),
    Paragraph('4.1 That Cabinet notes the Quarter 2 position and the movement of CR08 to red. 4.2 That Cabinet refers risk CR03 to the Children\u2019s Services and Education Scrutiny Board for its meeting on 14 January 2027.', b),
    Spacer(1, 6),
    Paragraph('Contact officer: Priya Dhaliwal, Head of Risk and Insurance, risk.management@sandwell.example, 01632 960233. Background papers: Risk Management Strategy 2025-2028.', sm),
]
build(OUT, 'Corporate Risk Register Quarter 2 2026/27', 'Sandwell Metropolitan Borough Council', story,
      'Sandwell MBC | Cabinet 18 November 2026 | Item 9 | OFFICIAL', 'Corporate Risk Register Q2 2026/27', 2)

PER = P('2026-07-01', '2026-09-30', 'Quarter 2 2026/27')
Q1 = P('2026-04-01', '2026-06-30', 'Quarter 1')
FY = P('2026-04-01', '2027-03-31', '2026/27')
fig = [
    F(19, 'count', 'other', 'strategic risks on the register', 'The register holds 19 strategic risks'),
    F(6, 'count', 'other', 'risks rated red', 'Six are rated red'),
    F(9, 'count', 'other', 'risks rated amber', 'nine amber'),
    F(4, 'count', 'other', 'risks rated green', 'four green'),
    F(5, 'count', 'other', 'risks rated red at end of Quarter 1', 'At the end of Quarter 1 five risks were red', period=Q1),
    F(25, 'count', 'other', 'CR03 inherent risk score', 'CR03 Failure to safeguard children DCS 25 16 10', optional=True),
    F(16, 'count', 'other', 'CR03 current risk score', 'The current score remains 16', optional=True),
    F(10, 'count', 'other', 'CR03 target risk score', 'CR03 Failure to safeguard children DCS 25 16 10', optional=True),
    F(4, 'count', 'other', 'CR03 likelihood score', 'likelihood 4, impact 4', optional=True),
    F(4, 'count', 'other', 'CR03 impact score', 'likelihood 4, impact 4', optional=True),
    F(20, 'count', 'other', 'CR08 inherent risk score', 'CR08 Placement sufficiency and cost DCS 20 20 12', optional=True),
    F(20, 'count', 'other', 'CR08 current risk score', 'has risen from 16 to 20', optional=True),
    F(16, 'count', 'other', 'CR08 previous risk score', 'has risen from 16 to 20', optional=True, period=Q1),
    F(12, 'count', 'other', 'CR08 target risk score', 'CR08 Placement sufficiency and cost DCS 20 20 12', optional=True),
    F(20, 'count', 'other', 'CR11 inherent risk score', 'CR11 Social work workforce DCS 20 15 9', optional=True),
    F(15, 'count', 'other', 'CR11 current risk score', 'CR11 Social work workforce DCS 20 15 9', optional=True),
    F(9, 'count', 'other', 'CR11 target risk score', 'CR11 Social work workforce DCS 20 15 9', optional=True),
    F(25, 'count', 'other', 'CR14 inherent risk score', 'CR14 Medium-term financial plan S151 25 20 12', optional=True),
    F(20, 'count', 'other', 'CR14 current risk score', 'CR14 Medium-term financial plan S151 25 20 12', optional=True),
    F(12, 'count', 'other', 'CR14 target risk score', 'CR14 Medium-term financial plan S151 25 20 12', optional=True),
    F(20, 'count', 'other', 'CR17 inherent risk score', 'CR17 SEND high needs deficit DCS 20 16 12', optional=True),
    F(16, 'count', 'other', 'CR17 current risk score', 'CR17 SEND high needs deficit DCS 20 16 12', optional=True),
    F(12, 'count', 'other', 'CR17 target risk score', 'CR17 SEND high needs deficit DCS 20 16 12', optional=True),
    F(398, 'count', 'child_protection_plans', 'children subject of a child protection plan', '398 children were subject to a child protection plan'),
    F(57.4, 'rate_per_10000', 'child_protection_plans', 'child protection plan rate', 'a rate of 57.4 per 10,000 children'),
    F(43.2, 'rate_per_10000', 'child_protection_plans', 'child protection plan rate, England comparator', 'against 43.2 per 10,000 for England in 2025/26', period=P('2025-04-01', '2026-03-31', '2025/26')),
    F(412, 'count', 'child_protection_plans', 'children on a child protection plan at end of Quarter 1', 'at the end of Quarter 1 the figure was 412', period=P('2026-06-30', '2026-06-30', 'end of Quarter 1')),
    F(611, 'count', 'section_47_enquiries', 'section 47 enquiries started in the quarter', 'started 611 section 47 enquiries'),
    F(2, 'count', 'serious_incident_notifications', 'serious incident notifications to the Panel', 'Two serious incident notifications were made'),
    F(2, 'count', 'rapid_reviews', 'rapid reviews completed (both notifications)', 'Rapid reviews were completed for both', optional=True),
    F(15, 'days', 'other', 'rapid review timescale (working days)', 'within 15 working days', optional=True),
    F(1, 'count', 'lcsprs_commissioned', 'LCSPR agreed to be commissioned', 'agreed to commission one local child safeguarding practice review'),
    F(12, 'months', 'other', 'window in which inspection is expected', 'within the next 12 months', optional=True),
    F(873, 'count', 'looked_after_children', 'children in care', 'There were 873 children in care'),
    F(101, 'rate_per_10000', 'looked_after_children', 'children in care rate', 'a rate of 101 per 10,000'),
    F(851, 'count', 'looked_after_children', 'children in care at 31 March 2026', 'up from 851 at 31 March 2026', period=P('2026-03-31', '2026-03-31', '31 March 2026')),
    F(64, 'count', 'looked_after_children', 'children in care in residential children\'s homes', 'Of these, 64 live in'),
    F(11, 'count', 'other', 'residential placements costing more than \u00a310,000 a week', '11 of those placements cost more than'),
    F(10000, 'gbp', 'other', 'weekly cost threshold for high-cost placements', 'cost more than \u00a310,000 a week', optional=True),
    F(5300000, 'gbp', 'other', 'forecast external placements overspend', 'forecast to overspend by \u00a35.3m in 2026/27', period=FY),
    F(2, 'count', 'other', 'council-run children\'s homes due to open', 'Two council-run children\u2019s homes'),
    F(8, 'count', 'other', 'beds in the new children\'s homes', 'with 8 beds between them'),
    F(22, 'percent', 'other', 'agency share of qualified social workers', 'Agency staff made up 22% of qualified social workers'),
    F(29, 'percent', 'other', 'agency share a year earlier', 'down from 29% a year earlier', period=P('2025-09-30', '2025-09-30', 'a year earlier')),
    F(15, 'percent', 'other', 'agency share target by March 2027', 'the target is 15% by March 2027', optional=True, period=P('2027-03-31', '2027-03-31', 'March 2027')),
    F(18.6, 'count', 'other', 'average caseload in safeguarding teams', 'Average caseloads in the safeguarding teams were 18.6'),
    F(24, 'count', 'other', 'newly qualified social workers taken on', 'took on 24 newly qualified social workers'),
    F(21400000, 'gbp', 'other', 'budget gap 2027/28', 'The budget gap for 2027/28 is estimated at \u00a321.4m', period=P('2027-04-01', '2028-03-31', '2027/28')),
    F(38900000, 'gbp', 'other', 'budget gap over three years to 2029/30', 'rising to \u00a338.9m over the three years', period=P('2027-04-01', '2030-03-31', 'three years to 2029/30')),
    F(3, 'years', 'other', 'medium-term planning horizon', 'over the three years to 2029/30'),
    F(7800000, 'gbp', 'other', 'children\'s social care share of forecast overspend', 'Children\u2019s social care accounts for \u00a37.8m', period=FY),
    F(11200000, 'gbp', 'other', 'council forecast overspend 2026/27', 'forecast 2026/27 overspend of \u00a311.2m', period=FY),
    F(46000000, 'gbp', 'other', 'forecast DSG high needs deficit by 31 March 2027', 'forecast to reach \u00a346.0m by 31 March 2027', period=P('2027-03-31', '2027-03-31', '31 March 2027')),
    F(3412, 'count', 'other', 'education, health and care plans', 'There were 3,412 education, health and care plans'),
    F(61, 'percent', 'other', 'new EHC plans issued within 20 weeks', '61% of new plans were issued within 20 weeks'),
    F(20, 'weeks', 'other', 'EHC plan timescale', 'issued within 20 weeks', optional=True),
    F(46, 'percent', 'other', 'new EHC plans issued within 20 weeks, England comparator', '(England: 46%)'),
]
nf = ['18 November 2026', 'Agenda item 9', 'paragraph 3', 'Quarter 2 2026/27', '30 September 2026', '5x5', 'Scores of 15 to 25', '8 to 12', '1 to 6',
      'Appendix A', 'Table 1', 'Figure 1', '4.1', '4.2', '14 January 2027', '01632 960233', '2025-2028', 'CR03', 'CR08', 'CR17', 'Section 151', 'Page 1 of 2', 'per 10,000 children']
build_note = ("Corporate risk register extract with owner commentary, report to Cabinet (reportlab, 2 pages, no quotes). Period from the title (Quarter 2 2026/27). "
              "Traps: a cover-details box ('Agenda item 9', 'paragraph 3'); a RAG strip 'Red Amber Green Total / 6 9 4 19' that repeats 1.2's word numbers; the Quarter 1 red count with its own period; "
              "scoring-matrix bands ('5x5', '15 to 25', '8 to 12', '1 to 6') are not figures; risk scores (inherent/current/target, likelihood/impact, 'risen from 16 to 20') optional as in styles13's risk rating; "
              "CP plans count and rate with an England comparator (own period) and the Q1 count (snapshot period); s47 in the quarter; two notifications, the implied two rapid reviews and '15 working days' optional, one LCSPR commissioned; "
              "children in care count, rate and 31 March snapshot; residential homes keep looked_after_children, the cost-defined subset (11) is other and the \u00a310,000 threshold optional; "
              "\u00a3m forecasts with their own year periods (2026/27, 2027/28, three years to 2029/30); agency share vs a year earlier and a target (optional, own period); caseload 18.6; "
              "EHCP timeliness 61% with England comparator 46% (20 weeks optional). The residential-homes sentence crosses the page break (footer and header inside it). Partnership null: the council's register, the partners are only mentioned.")
gold(DOC, 'council_report', 'Corporate Risk Register: Quarter 2 2026/27 review (extract: children, families and finance risks)', 'Sandwell',
     None, PER, fig, nf, [], [{'name': 'Priya Dhaliwal', 'role': 'Head of Risk and Insurance'}],
     ['Sandwell MBC | Cabinet 18 November 2026 | Item 9 | OFFICIAL', 'Corporate Risk Register Q2 2026/27'], build_note)
