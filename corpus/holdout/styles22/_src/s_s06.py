"""Writer s, s06: a youth justice service's out of court disposals scrutiny panel annual report (Redbridge), HTML page
on a council site; period implied by the publication date."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR

DOC = 's06_redbridge_out_of_court_disposals_scrutiny_panel_annual_report.html'
HTML = '''<!DOCTYPE html>
<!-- SYNTHETIC document invented for evaluation: people, cases, quotes and figures are made up; only place names are real. -->
<html lang="en">
<head><meta charset="utf-8"><title>Out of Court Disposals Scrutiny Panel: annual report | Redbridge Council</title>
<style>.callout{border-left:4px solid #0b6e4f;padding:6px 12px}</style></head>
<body>
<div class="cookie">We use cookies to make this site work. <button>Accept all</button> <button>Reject non-essential</button></div>
<header><p>Redbridge Council</p><nav>Council tax | Bins and recycling | Housing | Children and families | Contact us</nav></header>
<main>
<p>Children and families &gt; Youth justice &gt; Scrutiny of out of court disposals</p>
<h1>Out of Court Disposals Scrutiny Panel: annual report</h1>
<p><em>Published 22 June 2026 by Redbridge Youth Justice Service. Report to the Redbridge Youth Justice Partnership Board.</em></p>

<h2>1. What the panel does</h2>
<p>1.1 When a child admits an offence, the police and the Youth Justice Service can deal with it without going to court, through an out of court disposal. The panel is independent: it looks at a random sample of closed cases and asks whether the decision was appropriate, fair and consistent with national guidance.</p>
<p>1.2 The panel is chaired by a magistrate and has seven members, including a youth worker, a head teacher and a community representative. Police and Youth Justice Service officers attend to answer questions but do not vote. It met 11 times during the last financial year.</p>

<h2>2. Out of court disposals in Redbridge</h2>
<p>2.1 During the year, 132 out of court disposals were given to 118 children. Of these, 74 were Outcome 22 (deferred prosecution with an intervention), 35 were youth cautions and 23 were youth conditional cautions. In the previous year there were 109 disposals.</p>
<p>2.2 The number of first-time entrants to the youth justice system fell to 58, a rate of 172 per 100,000 children aged 10 to 17, compared with 201 for London and 154 for England.</p>
<p>2.3 Of the children given a disposal, 41% were known to children's social care at the time. Nine were looked after by the council and six were on a child protection plan.</p>
<p>2.4 Black children made up 38% of children receiving a youth caution or conditional caution, against 14% of the borough's 10 to 17 population. The panel looks at this disproportionality at every meeting.</p>

<h2>3. What the panel found</h2>
<p>3.1 The panel scrutinised 40 cases, three in every ten disposals. It judged 27 of them appropriate, nine appropriate with comments and four inappropriate. In all four inappropriate cases the panel felt a less formal outcome would have been proportionate.</p>
<table>
<thead><tr><th>Panel judgement</th><th>2024/25</th><th>2025/26</th></tr></thead>
<tbody>
<tr><td>Appropriate</td><td>22</td><td>27</td></tr>
<tr><td>Appropriate with comments</td><td>8</td><td>9</td></tr>
<tr><td>Inappropriate</td><td>6</td><td>4</td></tr>
<tr><td>Cases scrutinised</td><td>36</td><td>40</td></tr>
</tbody></table>
<p>3.2 The average time from offence to decision was 38 days, down from 51. National guidance expects a decision within 20 working days where the child admits the offence early.</p>
<div class="callout"><p>"Some of the children we see have been through more by fifteen than most adults. The panel's job is to make sure the system does not add to it for the wrong reasons." &ndash; Margaret Lindqvist JP, Panel Chair</p></div>

<h2>4. Recommendations</h2>
<p>4.1 Last year the panel made eight recommendations. Six have been implemented and two are in progress. This year the panel makes five new recommendations, set out in Appendix A.</p>
<p>4.2 Among them, the panel asks that every child be offered a speech and language screening before a decision is made; last year 46% of children screened had an unmet communication need.</p>

<h2>5. Children's voice</h2>
<p>5.1 The Youth Justice Service asked children at the end of their intervention what they thought of it. Of 61 children who answered, 52 said they understood why they got the outcome they did.</p>
<p>5.2 One 16-year-old wrote: "I thought I was going to get locked up. My worker explained everything and I actually finished the course."</p>
<p>5.3 Sergeant Priya Nandra, the police decision-maker who attends the panel, said she valued the challenge: "It keeps us honest. We change our practice when they show us a pattern."</p>

<h2>6. Finance</h2>
<p>6.1 The panel costs about &pound;6,500 a year to run, met from the Youth Justice Grant, which was &pound;684,200 for the year.</p>

<p>Contact: youth.justice@redbridge.example or 020 7946 0571.</p>
</main>
<footer><p>Was this page helpful? Yes | No</p><p>&copy; Redbridge Council 2026 | Accessibility | Privacy</p></footer>
</body></html>
'''
open(os.path.join(DIR, DOC), 'w', encoding='utf-8').write(HTML)

Y = P('2025-04-01', '2026-03-31')
PY = P('2024-04-01', '2025-03-31', '2024/25')
figs = [
    F(7, 'count', 'other', 'panel members', 'has seven members', optional=True),
    F(11, 'count', 'other', 'panel meetings', 'It met 11 times', optional=True),
    F(132, 'count', 'other', 'out of court disposals', '132 out of court disposals were given'),
    F(118, 'count', 'other', 'children given a disposal', 'given to 118 children'),
    F(74, 'count', 'other', 'Outcome 22 disposals', '74 were Outcome 22'),
    F(35, 'count', 'other', 'youth cautions', '35 were youth cautions'),
    F(23, 'count', 'other', 'youth conditional cautions', '23 were youth conditional cautions'),
    F(109, 'count', 'other', 'disposals previous year', 'In the previous year there were 109 disposals', period=PY),
    F(58, 'count', 'other', 'first-time entrants', 'fell to 58'),
    F(172, 'rate_per_100000', 'other', 'first-time entrant rate', 'a rate of 172 per 100,000'),
    F(201, 'rate_per_100000', 'other', 'first-time entrant rate, London', 'compared with 201 for London'),
    F(154, 'rate_per_100000', 'other', 'first-time entrant rate, England', '154 for England'),
    F(10, 'years', 'other', 'age band lower', 'children aged 10 to 17', optional=True),
    F(17, 'years', 'other', 'age band upper', 'children aged 10 to 17', optional=True),
    F(41, 'percent', 'other', 'children known to children\'s social care', '41% were known to children\'s social care'),
    F(9, 'count', 'looked_after_children', 'children given a disposal who were looked after', 'Nine were looked after by the council'),
    F(6, 'count', 'child_protection_plans', 'children given a disposal on a child protection plan', 'six were on a child protection plan'),
    F(38, 'percent', 'other', 'Black children among those cautioned', 'Black children made up 38%'),
    F(14, 'percent', 'other', 'Black children in the 10 to 17 population', 'against 14% of the borough'),
    F(40, 'count', 'other', 'cases scrutinised', 'The panel scrutinised 40 cases'),
    F(30, 'percent', 'other', 'share of disposals scrutinised', 'three in every ten disposals'),
    F(27, 'count', 'other', 'cases judged appropriate', 'It judged 27 of them appropriate'),
    F(9, 'count', 'other', 'cases appropriate with comments', 'nine appropriate with comments'),
    F(4, 'count', 'other', 'cases judged inappropriate', 'four inappropriate'),
    F(22, 'count', 'other', 'cases judged appropriate, 2024/25', '22', period=PY),
    F(8, 'count', 'other', 'cases appropriate with comments, 2024/25', '8', period=PY),
    F(6, 'count', 'other', 'cases judged inappropriate, 2024/25', '6', period=PY),
    F(36, 'count', 'other', 'cases scrutinised, 2024/25', '36', period=PY),
    F(38, 'days', 'other', 'average time from offence to decision', 'was 38 days'),
    F(51, 'days', 'other', 'average time from offence to decision, previous year', 'down from 51', period=PY),
    F(20, 'days', 'other', 'national guidance decision timescale', 'within 20 working days'),
    F(8, 'count', 'recommendations', 'recommendations made last year', 'Last year the panel made eight recommendations', period=PY),
    F(6, 'count', 'recommendations', 'recommendations implemented', 'Six have been implemented'),
    F(2, 'count', 'recommendations', 'recommendations in progress', 'two are in progress'),
    F(5, 'count', 'recommendations', 'new recommendations', 'makes five new recommendations'),
    F(46, 'percent', 'other', 'children screened with an unmet communication need', '46% of children screened', period=PY),
    F(61, 'count', 'other', 'children who answered the feedback', 'Of 61 children who answered'),
    F(52, 'count', 'other', 'children who understood their outcome', '52 said they understood'),
    F(16, 'years', 'other', 'age of a child quoted', 'One 16-year-old wrote', optional=True),
    F(6500, 'gbp', 'other', 'annual cost of the panel', 'costs about \u00a36,500 a year', qualifier='about'),
    F(684200, 'gbp', 'other', 'Youth Justice Grant', '\u00a3684,200 for the year'),
]
quotes = [
    Q('Some of the children we see have been through more by fifteen than most adults. The panel\'s job is to make sure the system does not add to it for the wrong reasons.',
      'Margaret Lindqvist', ['Lindqvist', 'Margaret Lindqvist JP', 'Panel Chair'], None, role='Panel Chair, magistrate'),
    Q('I thought I was going to get locked up. My worker explained everything and I actually finished the course.',
      'a 16-year-old', ['16-year-old', 'One 16-year-old', 'a child'], 'wrote'),
    Q('It keeps us honest. We change our practice when they show us a pattern.', 'Priya Nandra',
      ['Nandra', 'Sergeant Nandra', 'Sergeant Priya Nandra'], 'said', role='police decision-maker'),
]
nf = ['22 June 2026', 'Outcome 22', '100,000', 'Appendix A', '1.1', '3.2', '020 7946 0571', 'by fifteen', 'seven members']
gold(DOC, 'council_report', 'Out of Court Disposals Scrutiny Panel: annual report', 'Redbridge', None, Y, figs, nf, quotes,
     [{'name': 'Margaret Lindqvist', 'role': 'Panel Chair'}, {'name': 'Priya Nandra', 'role': 'police decision-maker'}],
     ['We use cookies to make this site work.', 'Council tax | Bins and recycling | Housing | Children and families | Contact us',
      'Was this page helpful? Yes | No', '\u00a9 Redbridge Council 2026 | Accessibility | Privacy'],
     'SYNTHETIC (invented). A youth justice service\'s out of court disposals scrutiny panel annual report to the youth '
     'justice partnership board, on a council page (council_report). Record period implied only: published 22 June 2026, '
     '\'the last financial year\', \'During the year\' -> 2025/26. No safeguarding partnership named (null; a youth justice '
     'partnership board is not one). Youth justice counts are other; first-time entrant rates per 100,000 with London and '
     'England comparators; age band 10 to 17 two optional; looked after and CP-plan subsets keep their metric (the '
     'defining property has a metric); \'three in every ten\' = 30; the table\'s 2025/26 column repeats the prose, 2024/25 '
     'cells carry their own period (22, 8, 6, 36); the panel\'s recommendations are `recommendations` (ruling 5); 20 '
     'working days required; panel members and meetings optional (procedural); \'Outcome 22\' is a name. Quotes: the '
     'chair\'s callout with a dash attribution (cue null), a 16-year-old (wrote; age optional), a police sergeant (said she '
     'valued the challenge: "...").')
