"""c05: a social work regulator's fitness to practise final hearing decision page (Social Work England-style; the
regulator's site, people, case and figures are invented) about a social worker employed by North Tyneside Council,
written here as HTML, and its gold. Run: /tmp/pdfgen8/bin/python _src/c/g_c05.py"""
import os
from mk_c import F, P, Q, gold, DIR

DOC = 'c05_north_tyneside_social_worker_fitness_to_practise_decision.html'
HTML = '''<!DOCTYPE html>
<!-- SYNTHETIC DOCUMENT: invented for evaluation. The regulator's page, the social worker, witnesses, case and all figures are made up; only place names are real. -->
<html lang="en-GB">
<head><meta charset="utf-8"><title>Rachel Tindall: Final hearing outcome | Social Work Regulator</title>
<script type="application/ld+json">{"@type": "WebPage", "identifier": "FTPS-21874", "datePublished": "2026-11-03"}</script></head>
<body>
<div class="cookies"><p>Cookies on this site. We'd like to set 3 optional cookies to understand how you use the site.</p><button>Accept</button><button>Reject</button></div>
<nav class="crumbs"><a href="/">Home</a> &rsaquo; <a href="/concerns">Concerns</a> &rsaquo; <a href="/hearings">Hearings</a> &rsaquo; Decision</nav>
<main>
<p><a href="/hearings">&larr; Back to hearings</a></p>
<h1>Rachel Tindall: Final hearing outcome</h1>
<table class="case-summary">
<tr><th>Name of registered social worker</th><td>Rachel Tindall</td></tr>
<tr><th>Registration number</th><td>SW48213</td></tr>
<tr><th>Case reference</th><td>FTPS-21874</td></tr>
<tr><th>Hearing type</th><td>Final hearing (remote, by video)</td></tr>
<tr><th>Dates of hearing</th><td>13, 14, 15 and 16 October 2026</td></tr>
<tr><th>Hearing outcome</th><td>Fitness to practise impaired; suspension order, 12 months</td></tr>
<tr><th>Interim order</th><td>Interim suspension order (18 months) revoked</td></tr>
</table>

<h2>Introduction and attendees</h2>
<p>1. Ms Tindall did not attend and was not represented. Social Work England's case was presented by Kofi Adeyemi, case presenter.</p>
<p>2. The panel of three (a lay chair, a social worker adjudicator and a lay adjudicator) was satisfied that notice of the hearing had been served in accordance with rules 14 and 15 of the Fitness to Practise Rules 2019 and decided to proceed in her absence under rule 43.</p>

<h2>Allegations</h2>
<p>3. While employed as a social worker in a safeguarding and family support team at North Tyneside Council, between 1 March 2024 and 31 October 2024, you:</p>
<ol>
<li>failed to carry out statutory visits to children subject to child protection plans within the required timescale;</li>
<li>on or around 2 and 3 November 2024, created case records of visits that had not taken place;</li>
<li>your conduct at 2 was dishonest.</li>
</ol>
<p>4. The matters set out in allegations 1 to 3 amount to misconduct, and your fitness to practise is impaired by reason of misconduct.</p>

<h2>Background</h2>
<p>5. Ms Tindall qualified in 2013 and had been registered for 11 years, with no previous fitness to practise history. She joined North Tyneside Council in January 2022.</p>
<p>6. The council's procedure requires a child subject to a child protection plan to be visited at least every 10 working days. In October 2024 Ms Tindall was allocated 31 children, against a team average of 19. Twelve of them were subject to child protection plans.</p>
<p>7. Her team manager, Laura Pennington, told the panel that the service was under "sustained pressure" at the time. The service had 196 children on child protection plans and a social worker vacancy rate of 27%. "I had raised Rachel's caseload with senior managers at least twice. Nobody was pretending the numbers were safe," she said.</p>

<h2>Findings of fact</h2>
<p>8. The council's audit of 40 of Ms Tindall's case files found 17 in which case notes had been recorded after Ms Tindall had been told of the audit. For seven of the 12 children on child protection plans, no visit had taken place for more than six weeks.</p>
<p>9. Fourteen case records were created on 2 and 3 November 2024, up to nine weeks after the visits they described. In three of them, the family had been on holiday abroad on the date recorded. The panel found allegations 1, 2 and 3 proved.</p>
<p>10. Mr Adeyemi submitted that creating records of visits that never happened was "the most serious kind of dishonesty in this profession", because other professionals rely on those records to judge whether a child is safe.</p>
<p>11. In a reflective statement sent to Social Work England in June 2026, Ms Tindall wrote: "I was drowning, and instead of saying so I made the records say what should have happened. I know that a child could have been hurt because of what I wrote."</p>

<h2>Impairment</h2>
<p>12. The panel had regard to the public interest. As Cox J said in <em>CHRE v NMC and Grant</em> [2011] EWHC 927 (Admin), the panel must consider "the need to maintain public confidence in the profession and to declare and uphold proper standards of conduct". The panel found breaches of Social Work England professional standards 3.11, 5.3 and 6.1.</p>
<p>13. The panel accepted that the workload was excessive, but found that it did not explain the dishonesty. It found Ms Tindall's fitness to practise currently impaired on both the personal and the public components.</p>

<h2>Sanction</h2>
<p>14. The panel considered the sanctions in ascending order. It decided that a warning order would not mark the seriousness of the dishonesty, and that removal would be disproportionate given her insight and 11 years of unblemished practice. It imposed a suspension order for 12 months. A review hearing will be held before the order expires.</p>
<p>15. The interim suspension order imposed on 6 December 2024 for 18 months is revoked. Ms Tindall may appeal to the High Court within 28 days of being notified of this decision; the suspension order takes effect when the appeal period ends.</p>

<p class="updated">Published: 3 November 2026. Reference FTPS-21874.</p>
<div class="feedback"><p>Is this page useful?</p><button>Yes</button><button>No</button> <a href="/report-problem">Report a problem with this page</a></div>
</main>
<footer><p>Social Work Regulator (synthetic), PO Box 4127, Sheffield. Telephone 020 7946 0813. <a href="/privacy">Privacy</a> | <a href="/accessibility">Accessibility</a></p></footer>
</body></html>
'''
open(os.path.join(DIR, DOC), 'w', encoding='utf-8').write(HTML)

o = 'other'
C24 = P('2024-10-01', '2024-10-31', 'October 2024')
figs = [
    F(12, 'months', o, 'suspension order', 'It imposed a suspension order for 12 months'),
    F(18, 'months', o, 'interim suspension order', 'The interim suspension order imposed on 6 December 2024 for 18 months'),
    F(3, 'count', o, 'panel members', 'The panel of three', optional=True),
    F(11, 'years', o, 'years the social worker had been registered', 'had been registered for 11 years'),
    F(10, 'days', o, 'required interval between statutory visits to a child on a child protection plan (working days)', 'at least every 10 working days'),
    F(31, 'count', o, "children allocated to the social worker", 'Ms Tindall was allocated 31 children'),
    F(19, 'count', o, 'team average caseload', 'against a team average of 19'),
    F(12, 'count', 'child_protection_plans', "children on the social worker's caseload subject to child protection plans", 'Twelve of them were subject to child protection plans'),
    F(196, 'count', 'child_protection_plans', 'children on child protection plans in the service', 'The service had 196 children on child protection plans', period=C24),
    F(27, 'percent', o, 'social worker vacancy rate', 'a social worker vacancy rate of 27%', period=C24),
    F(40, 'count', o, 'case files audited', "audit of 40 of Ms Tindall's case files"),
    F(17, 'count', o, 'case files with notes recorded after the social worker was told of the audit', 'found 17 in which case notes had been recorded'),
    F(7, 'count', o, 'children on plans not visited for more than six weeks', 'For seven of the 12 children on child protection plans'),
    F(6, 'weeks', o, 'time without a visit', 'no visit had taken place for more than six weeks', qualifier='more than'),
    F(14, 'count', o, 'case records created on 2 and 3 November 2024', 'Fourteen case records were created'),
    F(9, 'weeks', o, 'delay between the visits described and the records', 'up to nine weeks after the visits they described', qualifier='up to'),
    F(3, 'count', o, 'records of visits on dates when the family was abroad', 'In three of them, the family had been on holiday abroad'),
    F(28, 'days', o, 'appeal deadline', 'within 28 days of being notified of this decision'),
]
nf = ['SW48213', 'FTPS-21874', '13, 14, 15 and 16 October 2026', 'rules 14 and 15 of the Fitness to Practise Rules 2019',
      'rule 43', '1 March 2024 and 31 October 2024', '2 and 3 November 2024', 'allegations 1 to 3', 'at 2 was dishonest',
      'qualified in 2013', 'January 2022', 'In October 2024', 'June 2026', 'allegations 1, 2 and 3 proved', '[2011] EWHC 927 (Admin)',
      'standards 3.11, 5.3 and 6.1', '6 December 2024', '3 November 2026', '020 7946 0813', 'PO Box 4127', '3 optional cookies',
      '11 years of unblemished practice', 'at least twice', '1. Ms Tindall', '15. The interim']
qs = [
    Q('sustained pressure', 'Laura Pennington', ['Pennington', 'Ms Pennington', 'her team manager'], 'told the panel',
      role='team manager, North Tyneside Council', optional=True),
    Q("I had raised Rachel's caseload with senior managers at least twice. Nobody was pretending the numbers were safe,",
      'Laura Pennington', ['Pennington', 'Ms Pennington', 'her team manager'], 'said', role='team manager, North Tyneside Council'),
    Q('the most serious kind of dishonesty in this profession', 'Kofi Adeyemi', ['Adeyemi', 'Mr Adeyemi'], 'submitted',
      role="case presenter for Social Work England"),
    Q('I was drowning, and instead of saying so I made the records say what should have happened. I know that a child could have been hurt because of what I wrote.',
      'Rachel Tindall', ['Tindall', 'Ms Tindall'], 'wrote', role='registered social worker'),
    Q('the need to maintain public confidence in the profession and to declare and uphold proper standards of conduct', 'Cox J',
      ['Cox', 'Mrs Justice Cox'], 'said'),
]
people = [{'name': 'Rachel Tindall', 'role': 'registered social worker, formerly North Tyneside Council'},
          {'name': 'Kofi Adeyemi', 'role': 'case presenter for Social Work England'},
          {'name': 'Laura Pennington', 'role': 'team manager, North Tyneside Council'}]
bp = ["We'd like to set 3 optional cookies to understand how you use the site.", 'Back to hearings', 'Is this page useful?',
      'Report a problem with this page', 'Social Work Regulator (synthetic), PO Box 4127, Sheffield.']
notes = ("Fitness to practise final hearing decision of a social work regulator (Social Work England style; new genre), kind "
         "other, period none (a decision about one social worker; the allegation dates are not a reporting period), area the "
         "employing council (North Tyneside), partnership null. Traps: a case-summary table ('Registration number SW48213', "
         "'FTPS-21874', the hearing dates '13, 14, 15 and 16 October 2026', 'suspension order, 12 months' and '(18 months)' "
         "repeating the sanction paragraphs); numbered paragraphs and numbered allegations ('allegations 1 to 3', 'at 2 was "
         "dishonest'); rules, standards numbers ('3.11, 5.3 and 6.1') and a neutral citation; durations as figures (12- and "
         "18-month orders, 28-day appeal window, 'at least every 10 working days' visiting standard, 'more than six weeks', 'up "
         "to nine weeks', registered 11 years; '11 years of unblemished practice' repeats it); the service's 196 children on "
         "child protection plans and 27% vacancy rate carry the October 2024 period; 12 children on plans on one caseload "
         "(child_protection_plans) vs 'seven of the 12' (other); 'panel of three' and the four hearing dates are dates, not a duration; 'at least "
         "twice' inside a quote is not a figure. Quotes: the team manager's scare-quoted 'sustained pressure' (optional) and her "
         "quote with the cue after it ('she said' -> Laura Pennington), the case presenter's fragment after 'submitted that', "
         "the social worker's reflective statement ('wrote:'), a judge quoted from case law ('As Cox J said in ...'). The "
         "panel's own findings are prose, not quotes.")
gold(DOC, 'other', 'Rachel Tindall: Final hearing outcome', 'North Tyneside', None, P(None, None), figs, nf, qs, people, bp, notes)
