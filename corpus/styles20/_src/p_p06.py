"""Writer p, p06: a national kinship care charity's written evidence to a Commons committee inquiry (England), HTML."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR

DOC = 'p06_national_kinship_charity_written_evidence_to_commons_committee.html'
HTML = '''<!-- SYNTHETIC document invented for evaluation (styles20, writer p): the charity, witnesses, quotes and figures are made up; this is not a real parliamentary publication. -->
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Written evidence submitted by Kinship Families Together (CSR0112) - Committees - UK Parliament</title>
<link rel="stylesheet" href="/static/committees.css"></head>
<body>
<div class="skip"><a href="#main">Skip to main content</a></div>
<header class="site"><span class="brand">UK Parliament</span> <nav><a href="/committees">Committees</a> <a href="/publications">Publications</a> <a href="/inquiries">Inquiries</a></nav></header>
<main id="main">
<p class="breadcrumb">Education Committee &gt; Children's social care reform: one year on &gt; Written evidence</p>
<h1>Written evidence submitted by Kinship Families Together (CSR0112)</h1>
<p class="doc-meta">Inquiry: Children's social care reform: one year on. Published: 3 November 2026. HTML version. Download PDF (412 KB).</p>

<h2>Summary</h2>
<ul>
<li>More than 141,000 children in England are growing up in kinship care, most of them outside the care system and with little or no support.</li>
<li>In our 2026 survey, 47% of kinship carers said they had given up work or reduced their hours to care for the child.</li>
<li>Only 1 in 3 carers with a special guardianship order receives an allowance that matches the fostering allowance.</li>
<li>We ask the Committee to recommend a national kinship allowance for all special guardians and child arrangements order holders.</li>
</ul>

<h2>1. About Kinship Families Together</h2>
<p>1.1 Kinship Families Together is a national charity supporting grandparents, older siblings, aunts, uncles and family friends who raise children who cannot live with their parents. Our advice line answered 9,860 calls in 2025-26 and our 74 peer support groups meet across England and Wales.</p>
<p>1.2 This submission draws on our annual survey of kinship carers, which ran from 2 to 30 June 2026 and received 1,204 responses from carers in 138 of the 153 local authority areas in England, and on the experience of our advice line.</p>

<h2>2. The scale of kinship care</h2>
<p>2.1 The 2021 Census found 141,000 children living in kinship care in England [1]. Of the 83,630 children looked after by local authorities on 31 March 2025, 14,220 (17%) were placed with family or friends foster carers [2].</p>
<p>2.2 Courts made 3,920 special guardianship orders in 2024-25, of which 2,410 were for children who had been looked after [3]. Special guardianship lasts until the child is 18, but support from the local authority can stop long before then.</p>

<h2>3. What carers told us</h2>
<p>3.1 Money. 62% of respondents said they had experienced financial hardship in the last year, up from 55% in our 2025 survey. 34% of special guardians receive no allowance at all. The median weekly allowance reported by those who did receive one was &pound;142, against a national minimum fostering allowance of &pound;212 a week for a child aged 11 to 15 [4].</p>
<p>3.2 Work. 47% had given up work or reduced their hours. Of those, more than two-thirds (68%) said they would return to work if they had affordable childcare.</p>
<blockquote><p>"I was a nurse for thirty years. I gave it up the week the baby came to us, and nobody from the council ever asked how we would pay the rent."</p><footer>Grandmother, special guardian, Lancashire</footer></blockquote>
<p>3.3 Support. 58% said they had received no support plan, although the special guardianship regulations require an assessment of support needs before an order is made. Only 21% had been offered therapeutic support for the child through the Adoption and Special Guardianship Support Fund, which can pay up to &pound;2,500 a year for an assessment and &pound;5,000 a year for therapy per child.</p>
<p>3.4 An uncle caring for two nephews described the first weeks as "a crash course nobody signs up for". He told us: "The social worker said the placement was urgent and it had to be that night. After the court hearing we never saw her again."</p>

<h2>4. The kinship allowance pilot</h2>
<p>4.1 We welcome the Government's &pound;40 million kinship allowance pilot, announced in October 2025, which pays an allowance to new special guardians and kinship carers with a child arrangements order in 8 local authority areas over two years. But it reaches only a fraction of families: we estimate around 1,300 children.</p>

<h2>5. Recommendations</h2>
<p>5.1 The Committee should recommend that the Government:</p>
<ol type="a">
<li>introduce a statutory kinship allowance for all special guardians and child arrangements order holders, paid at no less than the national minimum fostering allowance, by April 2028;</li>
<li>extend paid kinship leave of at least 8 weeks to working kinship carers;</li>
<li>require every local authority to publish a kinship offer and report on it each year.</li>
</ol>
<p>5.2 We would be pleased to give oral evidence.</p>

<h2>References</h2>
<p class="refs">[1] ONS, Census 2021. [2] DfE, Children looked after in England including adoptions, year ending 31 March 2025. [3] Ministry of Justice, Family Court Statistics Quarterly, 2024-25. [4] DfE, national minimum fostering allowances 2026-27.</p>
<p class="date">November 2026</p>
</main>
<footer class="site"><p>Kinship Families Together is a registered charity in England and Wales (no. 1187342). Advice line 020 7946 0391. www.kinshipfamilies.example</p>
<p>Contact Parliament | Cookie policy | Accessibility statement | &copy; UK Parliament 2026</p></footer>
</body>
</html>
'''
open(os.path.join(DIR, DOC), 'w', encoding='utf-8').write(HTML)

SURV = P('2026-06-02', '2026-06-30', 'from 2 to 30 June 2026')
figs = [
    F(141000, 'count', 'other', 'children growing up in kinship care in England (2021 Census)', 'The 2021 Census found 141,000 children living in kinship care',
      period=P('2021-03-21', '2021-03-21', '2021 Census')),
    F(47, 'percent', 'other', 'kinship carers who gave up work or reduced their hours (2026 survey)', '47% had given up work or reduced their hours', period=SURV),
    F(33.33, 'percent', 'other', 'special guardians receiving an allowance matching the fostering allowance', 'Only 1 in 3 carers with a special guardianship order', period=SURV),
    F(9860, 'count', 'other', 'advice line calls answered in 2025-26', 'Our advice line answered 9,860 calls in 2025-26', period=P('2025-04-01', '2026-03-31', '2025-26')),
    F(74, 'count', 'other', 'peer support groups', 'our 74 peer support groups'),
    F(1204, 'count', 'other', 'survey responses', 'received 1,204 responses', period=SURV),
    F(138, 'count', 'other', 'local authority areas with respondents', 'from carers in 138 of the 153 local authority areas', period=SURV),
    F(153, 'count', 'other', 'local authority areas in England', '138 of the 153 local authority areas', optional=True),
    F(83630, 'count', 'looked_after_children', 'children looked after in England at 31 March 2025', 'Of the 83,630 children looked after by local authorities on 31 March 2025',
      period=P('2025-03-31', '2025-03-31', '31 March 2025')),
    F(14220, 'count', 'looked_after_children', 'looked after children placed with family or friends foster carers', '14,220 (17%) were placed with family or friends foster carers',
      period=P('2025-03-31', '2025-03-31', '31 March 2025')),
    F(17, 'percent', 'looked_after_children', 'share placed with family or friends foster carers', '14,220 (17%)', period=P('2025-03-31', '2025-03-31', '31 March 2025'), optional=True),
    F(3920, 'count', 'court_orders', 'special guardianship orders made in 2024-25', 'Courts made 3,920 special guardianship orders in 2024-25', period=P('2024-04-01', '2025-03-31', '2024-25')),
    F(2410, 'count', 'court_orders', 'of which for children who had been looked after', 'of which 2,410 were for children who had been looked after', period=P('2024-04-01', '2025-03-31', '2024-25')),
    F(18, 'years', 'other', 'special guardianship lasts until the child is 18', 'lasts until the child is 18'),
    F(62, 'percent', 'other', 'respondents who experienced financial hardship', '62% of respondents said they had experienced financial hardship', period=SURV),
    F(55, 'percent', 'other', 'financial hardship in the 2025 survey', 'up from 55% in our 2025 survey', period=P('2025-01-01', '2025-12-31', 'our 2025 survey')),
    F(34, 'percent', 'other', 'special guardians receiving no allowance', '34% of special guardians receive no allowance at all', period=SURV),
    F(142, 'gbp', 'other', 'median weekly allowance reported', 'The median weekly allowance reported by those who did receive one was \u00a3142', period=SURV),
    F(212, 'gbp', 'other', 'national minimum fostering allowance a week, child aged 11 to 15 (2026-27)', 'a national minimum fostering allowance of \u00a3212 a week',
      period=P('2026-04-01', '2027-03-31', '2026-27')),
    F(11, 'years', 'other', 'age band lower bound', 'for a child aged 11 to 15', optional=True),
    F(15, 'years', 'other', 'age band upper bound', 'for a child aged 11 to 15', optional=True),
    F(68, 'percent', 'other', 'of those who gave up work, would return with affordable childcare', 'more than two-thirds (68%)', period=SURV),
    F(66.67, 'percent', 'other', 'hedged restatement: more than two-thirds', 'more than two-thirds (68%)', qualifier='more than', optional=True),
    F(30, 'years', 'other', 'years as a nurse (inside the quote)', 'I was a nurse for thirty years', optional=True),
    F(58, 'percent', 'other', 'carers who received no support plan', '58% said they had received no support plan', period=SURV),
    F(21, 'percent', 'other', 'carers offered therapeutic support through the ASGSF', 'Only 21% had been offered therapeutic support', period=SURV),
    F(2500, 'gbp', 'other', 'ASGSF limit for an assessment per child a year', 'up to \u00a32,500 a year for an assessment', qualifier='up to'),
    F(5000, 'gbp', 'other', 'ASGSF limit for therapy per child a year', '\u00a35,000 a year for therapy per child'),
    F(2, 'count', 'other', 'nephews cared for by the uncle quoted', 'An uncle caring for two nephews', optional=True),
    F(40000000, 'gbp', 'other', 'Government kinship allowance pilot', 'the Government\'s \u00a340 million kinship allowance pilot'),
    F(8, 'count', 'other', 'local authority areas in the pilot', 'in 8 local authority areas over two years'),
    F(2, 'years', 'other', 'length of the pilot', 'in 8 local authority areas over two years'),
    F(1300, 'count', 'other', 'children the pilot reaches (charity estimate)', 'we estimate around 1,300 children', qualifier='around'),
    F(8, 'weeks', 'other', 'recommended paid kinship leave', 'paid kinship leave of at least 8 weeks', qualifier='at least', optional=True),
]
quotes = [
    Q('I was a nurse for thirty years. I gave it up the week the baby came to us, and nobody from the council ever asked how we would pay the rent.',
      'a grandmother', ['Grandmother', 'special guardian', 'a kinship carer'], None, role='Grandmother, special guardian, Lancashire'),
    Q('a crash course nobody signs up for', 'an uncle', ['uncle', 'a kinship carer'], 'described'),
    Q('The social worker said the placement was urgent and it had to be that night. After the court hearing we never saw her again.',
      'an uncle', ['uncle', 'a kinship carer'], 'told'),
]
gold(DOC, 'other', 'Written evidence submitted by Kinship Families Together (CSR0112)', None, None,
     {'start': None, 'end': None}, figs,
     ['CSR0112', '3 November 2026', '412 KB', '[1]', '[2]', '[3]', '[4]', 'year ending 31 March 2025', '2026-27', 'October 2025',
      'April 2028', '1187342', '020 7946 0391', 'November 2026', 'one year on', 'Census 2021', 'that night'],
     quotes,
     [],
     ['Skip to main content', 'Kinship Families Together is a registered charity in England and Wales (no. 1187342). Advice line 020 7946 0391. www.kinshipfamilies.example',
      'Contact Parliament | Cookie policy | Accessibility statement', 'Download PDF (412 KB)'],
     'SYNTHETIC document invented for evaluation (writer p, styles20). A national kinship care charity\'s written evidence to a '
     'Commons select committee inquiry, as published on the parliament site (kind other: a charity\'s submission; area null, no '
     'areas: England-wide). No record period: the submission gives no account of a period of its own work; survey figures carry '
     'the survey window, national statistics their own years. Summary bullets repeat body figures (141,000; 47%; "1 in 3" has no '
     'exact body value so it is required as 33.33). Looked after children in England and the family-and-friends placement subset '
     'keep looked_after_children (count required, % optional); SGOs made -> court_orders (nationally). "more than two-thirds (68%)": '
     'exact required, hedge optional. Age band 11 to 15 optional; number inside a quote optional; recommendations\' proposals '
     'optional. Quotes: a blockquote with a footer attribution line (cue null; anonymous grandmother), an uncle\'s fragment '
     '("described ... as") and his "told us:" quote. Footnote markers, reference years, charity number, PDF size not figures.')
