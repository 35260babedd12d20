"""d03: a public procurement contract award notice for a children's service (HTML, Find-a-Tender style) and its gold."""
import os
from mk_d import F, P, Q, gold, DIR

DOC = 'd03_bolton_supported_accommodation_contract_award_notice.html'
TEXT = """<!DOCTYPE html>
<!-- SYNTHETIC DOCUMENT: invented for evaluation. The notice, suppliers, people, quotes and figures are made up; only place names are real. -->
<html lang="en">
<head>
<meta charset="utf-8">
<title>UK6: Contract award notice - Supported Accommodation for Looked After Young People and Care Leavers aged 16-21 - Find a Tender</title>
<style>body{font-family:Arial,sans-serif;max-width:960px;margin:auto} dt{font-weight:bold;margin-top:8px} .tag{background:#eee;padding:2px 6px}</style>
<script>window.__NOTICE__={"id":"031874-2026","views":1288,"ocid":"ocds-h6vhtk-05a1f2"};</script>
</head>
<body>
<a href="#main" class="skip">Skip to main content</a>
<div class="cookie">Cookies on Find a Tender. We use some essential cookies to make this service work. <button>Accept additional cookies</button> <button>Reject additional cookies</button></div>
<header><p>Find a Tender</p><nav><a href="/search">Search notices</a> | <a href="/account">Sign in</a></nav></header>
<main id="main">
<p class="tag">Contract</p>
<h1>Supported Accommodation for Looked After Young People and Care Leavers aged 16-21</h1>
<ul class="meta">
<li>Bolton Council</li>
<li>UK6: Contract award notice</li>
<li>Procurement Act 2023 - view information about notice types</li>
<li>Notice identifier: 2026/S 000-031874</li>
<li>Procurement identifier (OCID): ocds-h6vhtk-05a1f2</li>
<li>Published 21 October 2026, 3:47pm</li>
</ul>
<p><a href="#">Print this notice</a> | <a href="#">Download notice as PDF</a></p>

<h2>Scope</h2>
<h3>Reference</h3>
<p>BOL-CYP-2026-014</p>
<h3>Description</h3>
<p>Bolton Council has awarded a contract for the provision of Ofsted-registered supported accommodation for looked after young people aged 16 and 17 and for care leavers aged 18 to 21, across two lots.</p>
<p>At 31 March 2026 the council looked after 694 children, of whom 71 were aged 16 or 17 and living in supported accommodation. The council also supported 388 care leavers aged 18 to 21. Before this award, 46 of the 71 were placed with providers outside the borough, many through spot purchase at an average weekly cost of &pound;2,310. The Placement Sufficiency Strategy 2025-2028 identified 16-plus accommodation as "the single largest gap in our local placement mix" and set a target for 80% of young people in supported accommodation to live within 20 miles of Bolton by 2028.</p>
<p>Lot 1 (core and cluster, 24 hours staffed) provides 32 bed spaces in four core-and-cluster schemes. Lot 2 (floating support and step-down flats) provides 26 units, with outreach support of between 5 and 15 hours per week per young person. Providers must respond to a referral within 48 hours and offer a move-in date within 10 working days.</p>

<h3>Contract dates</h3>
<dl>
<dt>Start date</dt><dd>1 December 2026</dd>
<dt>End date</dt><dd>30 November 2029</dd>
<dt>Possible extension to</dt><dd>30 November 2031</dd>
<dt>Initial term</dt><dd>3 years</dd>
<dt>Extension</dt><dd>Up to 24 months, in one or more periods</dd>
</dl>

<h3>Main procurement category</h3>
<p>Services</p>
<h3>CPV classifications</h3>
<ul><li>85311000 - Social work services with accommodation</li><li>85311300 - Welfare services for children and young people</li></ul>
<h3>Contract locations</h3>
<ul><li>UKD36 - Greater Manchester North West</li></ul>

<h2>Contract 1. Lot 1: Core and cluster supported accommodation</h2>
<h3>Supplier</h3>
<p>Darcy Lever Young People's Housing Ltd (SME: Yes)</p>
<h3>Contract value</h3>
<ul>
<li>&pound;6,912,000 excluding VAT</li>
<li>&pound;6,912,000 including VAT (exempt supply)</li>
</ul>
<p>Above the relevant threshold</p>
<h3>Date assessment summaries were sent to tenderers</h3><p>2 October 2026</p>
<h3>Date contract signed</h3><p>19 October 2026</p>

<h2>Contract 2. Lot 2: Floating support and step-down flats</h2>
<h3>Supplier</h3>
<p>Deane Road Housing Trust (SME: No)</p>
<h3>Contract value</h3>
<ul>
<li>&pound;2,184,600 excluding VAT</li>
</ul>
<h3>Date contract signed</h3><p>20 October 2026</p>

<h2>Procedure</h2>
<h3>Procedure type</h3><p>Competitive flexible procedure</p>
<h3>Estimated value of the procurement (at tender notice)</h3><p>&pound;9,600,000 excluding VAT</p>
<h3>Total value awarded</h3><p>&pound;9,096,600 excluding VAT, a saving of &pound;503,400 against the estimate.</p>
<h3>Submissions</h3>
<dl>
<dt>Lot 1</dt><dd>Number of tenders received: 9. Of which from SMEs: 6. Number of tenders assessed: 7 (two excluded at the conditions of participation stage).</dd>
<dt>Lot 2</dt><dd>Number of tenders received: 4. Of which from SMEs: 1.</dd>
</dl>
<h3>Award criteria</h3>
<table border="1">
<tr><th>Criterion</th><th>Type</th><th>Weighting</th></tr>
<tr><td>Quality of care and safeguarding</td><td>Quality</td><td>45%</td></tr>
<tr><td>Social value</td><td>Quality</td><td>10%</td></tr>
<tr><td>Price</td><td>Price</td><td>45%</td></tr>
</table>
<p>Tenderers scoring less than 3 out of 5 on the safeguarding question (Q4.2) were excluded from further assessment.</p>

<h2>Other information</h2>
<h3>Conflicts assessment prepared/revised</h3><p>Yes</p>
<h3>Additional information</h3>
<p>The award was approved by the Executive Cabinet on 24 September 2026 (key decision KD/26/118). In the decision report the Director of Children's Services, Rebecca Houldsworth, wrote that the contract would "bring young people home to Bolton, closer to their schools, their families and the people who know them." Placements will be reviewed monthly through the contract management board; the first formal review will take place after 6 months.</p>
<p>Standstill period: 8 working days, ended 16 October 2026.</p>

<h2>Contracting authority</h2>
<p>Bolton Council<br>Public procurement organisation number: PNMN-2244-QXRV<br>Bolton Town Hall, Victoria Square, Bolton, BL1 1RU<br>Contact name: Commissioning Team, Children's Services<br>Telephone: 01632 960235<br>Email: commissioning.cyp@bolton.example<br>Region: UKD36 - Greater Manchester North West<br>Organisation type: Public authority - sub-central government</p>
</main>
<footer><p>Support links: Help | Accessibility statement | Cookies | Privacy | Terms and conditions</p><p>&copy; Crown copyright</p><p>This notice has been viewed 1,288 times.</p></footer>
</body>
</html>
"""

FIG = [
    F(2, 'count', 'other', 'lots', 'across two lots', optional=True),
    F(694, 'count', 'looked_after_children', 'children looked after at 31 March 2026', 'the council looked after 694 children'),
    F(71, 'count', 'looked_after_children', 'looked after children aged 16 or 17 in supported accommodation', 'of whom 71 were aged 16 or 17 and living in supported accommodation'),
    F(388, 'count', 'other', 'care leavers aged 18 to 21 supported', 'The council also supported 388 care leavers aged 18 to 21'),
    F(46, 'count', 'looked_after_children', 'young people placed with providers outside the borough', '46 of the 71 were placed with providers outside the borough'),
    F(2310, 'gbp', 'other', 'average weekly cost of spot-purchased placement', 'at an average weekly cost of £2,310'),
    F(80, 'percent', 'other', 'target share of young people in supported accommodation within 20 miles', 'set a target for 80% of young people'),
    F(20, 'count', 'other', 'distance from Bolton in the target (miles)', 'within 20 miles of Bolton', optional=True),
    F(24, 'count', 'other', 'hours staffed (Lot 1)', '24 hours staffed', optional=True),
    F(32, 'count', 'other', 'bed spaces in Lot 1', 'provides 32 bed spaces in four core-and-cluster schemes'),
    F(4, 'count', 'other', 'core-and-cluster schemes in Lot 1', 'in four core-and-cluster schemes'),
    F(26, 'count', 'other', 'units in Lot 2', 'provides 26 units'),
    F(5, 'count', 'other', 'minimum outreach support hours per week', 'between 5 and 15 hours per week', optional=True),
    F(15, 'count', 'other', 'maximum outreach support hours per week', 'between 5 and 15 hours per week', optional=True),
    F(48, 'count', 'other', 'hours to respond to a referral', 'respond to a referral within 48 hours'),
    F(10, 'days', 'other', 'working days to offer a move-in date', 'offer a move-in date within 10 working days'),
    F(3, 'years', 'other', 'initial contract term', '3 years'),
    F(24, 'months', 'other', 'possible extension', 'Up to 24 months, in one or more periods', qualifier='up to'),
    F(6912000, 'gbp', 'other', 'Lot 1 contract value excluding VAT', '£6,912,000 excluding VAT'),
    F(6912000, 'gbp', 'other', 'Lot 1 contract value including VAT', '£6,912,000 including VAT (exempt supply)', optional=True),
    F(2184600, 'gbp', 'other', 'Lot 2 contract value excluding VAT', '£2,184,600 excluding VAT'),
    F(9600000, 'gbp', 'other', 'estimated value of the procurement at tender notice', '£9,600,000 excluding VAT'),
    F(9096600, 'gbp', 'other', 'total value awarded', '£9,096,600 excluding VAT'),
    F(503400, 'gbp', 'other', 'saving against the estimate', 'a saving of £503,400 against the estimate'),
    F(9, 'count', 'other', 'tenders received for Lot 1', 'Number of tenders received: 9.'),
    F(6, 'count', 'other', 'Lot 1 tenders from SMEs', 'Of which from SMEs: 6.'),
    F(7, 'count', 'other', 'Lot 1 tenders assessed', 'Number of tenders assessed: 7'),
    F(2, 'count', 'other', 'Lot 1 tenders excluded at conditions of participation', 'two excluded at the conditions of participation stage'),
    F(4, 'count', 'other', 'tenders received for Lot 2', 'Number of tenders received: 4.'),
    F(1, 'count', 'other', 'Lot 2 tenders from SMEs', 'Of which from SMEs: 1.'),
    F(45, 'percent', 'other', 'award weighting: quality of care and safeguarding', 'Quality of care and safeguarding Quality 45%'),
    F(10, 'percent', 'other', 'award weighting: social value', 'Social value Quality 10%'),
    F(45, 'percent', 'other', 'award weighting: price', 'Price Price 45%'),
    F(3, 'count', 'other', 'minimum safeguarding question score (out of 5)', 'scoring less than 3 out of 5 on the safeguarding question', optional=True),
    F(6, 'months', 'other', 'time to first formal contract review', 'the first formal review will take place after 6 months'),
    F(8, 'days', 'other', 'standstill period', 'Standstill period: 8 working days'),
]
NOT = ['2026/S 000-031874', 'ocds-h6vhtk-05a1f2', 'BOL-CYP-2026-014', '85311000', '85311300', 'UKD36', 'KD/26/118', 'Q4.2',
       'Procurement Act 2023', 'UK6', '1 December 2026', '30 November 2029', '30 November 2031', '21 October 2026, 3:47pm',
       '2025-2028', 'by 2028', '16-21', 'aged 16 and 17', 'aged 18 to 21', '01632 960235', 'BL1 1RU', 'PNMN-2244-QXRV', 'viewed 1,288 times',
       'Contract 1.', 'Contract 2.', 'Lot 1', 'Lot 2']
QS = [
    Q('the single largest gap in our local placement mix', 'the Placement Sufficiency Strategy 2025-2028', ['Placement Sufficiency Strategy', 'the strategy', 'Sufficiency Strategy'], 'identified 16-plus accommodation as'),
    Q('bring young people home to Bolton, closer to their schools, their families and the people who know them.', 'Rebecca Houldsworth', ['Houldsworth', 'Ms Houldsworth'], 'wrote that the contract would', role="Director of Children's Services, Bolton"),
]
PEOPLE = [{'name': 'Rebecca Houldsworth', 'role': "Director of Children's Services"}]
BOIL = ['Skip to main content', 'Cookies on Find a Tender. We use some essential cookies to make this service work.', 'Print this notice',
        'Download notice as PDF', 'Support links: Help | Accessibility statement | Cookies | Privacy | Terms and conditions', 'Crown copyright',
        'Procurement Act 2023 - view information about notice types']
NOTES = ("A public procurement contract award notice (UK6 under the Procurement Act 2023, Find-a-Tender style HTML; kind other, "
         "partnership null, period null because a notice has no reporting period; area Bolton). Traps: notice, OCID, reference, "
         "CPV, NUTS/ITL region, key decision and organisation identifiers are not figures; contract dates are not figures but "
         "'3 years' initial term and 'Up to 24 months' extension are durations; money written '£6,912,000 excluding VAT' and the "
         "same value 'including VAT (exempt supply)' (optional, same fact restated); estimated value, awarded total and the saving "
         "are three facts; lot submissions in a <dl> ('Number of tenders received: 9. Of which from SMEs: 6.'); award weightings in a "
         "table (45% twice, two facts); 'less than 3 out of 5' a threshold (optional); the description's context figures about "
         "looked after children (694, the 71 aged 16-17 in supported accommodation and the 46 placed outside the borough keep "
         "looked_after_children; care leavers are other); '80% ... within 20 miles' a target (the miles optional); 'between 5 and 15 "
         "hours' a range (two optional); '24 hours staffed' optional; 'within 48 hours' (hours: count unit) and 'within 10 working "
         "days' deadlines; the age bands 16-21 and 18 to 21 are not figures; a strategy document speaks (fragment after 'identified ... "
         "as'); the DCS's written fragment after 'wrote that the contract would'; the view counter in a script and footer is not a "
         "figure; cookie banner and footer are boilerplate.")

if __name__ == '__main__':
    open(os.path.join(DIR, DOC), 'w', encoding='utf-8').write(TEXT)
    gold(DOC, 'other', 'UK6: Contract award notice - Supported Accommodation for Looked After Young People and Care Leavers aged 16-21', 'Bolton', None,
         P(None, None), FIG, NOT, QS, PEOPLE, BOIL, NOTES)
