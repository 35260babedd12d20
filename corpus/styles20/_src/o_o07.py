"""Writer o, o07: a House of Commons Committee of Public Accounts report (national, England), HTML."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR

DOC = 'o07_national_public_accounts_committee_report_learning_from_serious_incidents.html'
HTML = '''<!DOCTYPE html>
<!-- SYNTHETIC document invented for evaluation (writer o, styles20): the report, witnesses, quotes and figures are made up. -->
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Safeguarding children: learning from serious incidents - Committee of Public Accounts</title>
<style>.fn{font-size:80%} .para-no{font-weight:bold;margin-right:.5em}</style>
</head>
<body>
<div id="cookie"><p>We use necessary cookies to make our site work. We would also like to set optional analytics cookies.</p><button>Accept all</button> <button>Necessary only</button></div>
<header><a href="/">UK Parliament</a> <span>Committees</span> <nav><a href="#">MPs and Lords</a> <a href="#">Business</a> <a href="#">Committees</a></nav></header>
<main>
<p class="breadcrumb">Committees &gt; Committee of Public Accounts &gt; Publications &gt; Reports</p>
<p>House of Commons<br>Committee of Public Accounts</p>
<h1>Safeguarding children: learning from serious incidents</h1>
<p>Fortieth Report of Session 2026&#8211;27</p>
<p>Report, together with formal minutes relating to the report</p>
<p>Ordered by the House of Commons to be printed 25 November 2026</p>
<p>HC 1184<br>Published on 2 December 2026 by authority of the House of Commons</p>

<nav class="toc"><h2>Contents</h2><ol><li><a href="#summary">Summary</a></li><li><a href="#intro">Introduction</a></li><li><a href="#concs">Conclusions and recommendations</a></li><li><a href="#ch1">1 Notifications and reviews</a></li><li><a href="#ch2">2 Making the learning count</a></li><li><a href="#minutes">Formal minutes</a></li><li><a href="#witnesses">Witnesses</a></li></ol></nav>

<h2 id="summary">Summary</h2>
<p>When a child dies or is seriously harmed and abuse or neglect is known or suspected, local safeguarding partners must review what happened and learn from it. The number of serious incidents notified to the national Child Safeguarding Practice Review Panel has risen by nearly a fifth in three years, but the system that is supposed to learn from them is slow, and the Department for Education cannot show that the learning changes practice. The same findings appear in review after review. The Department does not know what the system costs, and has no plan to find out.</p>

<h2 id="intro">Introduction</h2>
<p>Since 2019, local safeguarding arrangements in England have been led by three safeguarding partners: the local authority, the integrated care board and the chief officer of police. In 2025&#8211;26 local authorities in England notified the Panel of 512 serious incidents, up from 437 in 2022&#8211;23. Around half (51%) involved a child who died: 261 children. Partnerships completed 498 rapid reviews in 2025&#8211;26, compared with 431 in 2022&#8211;23. On the basis of a report by the Comptroller and Auditor General, we took evidence from the Department and the Panel.</p>

<h2 id="concs">Conclusions and recommendations</h2>
<p><span class="para-no">1.</span><strong>Reviews take far too long to publish.</strong> The average local child safeguarding practice review took 17 months to publish, against the six months expected by Working Together to Safeguard Children 2023.</p>
<p>Recommendation: The Department should, within six months of this report, write to us setting out how it will bring the average time to publish down, and by when.</p>
<p><span class="para-no">2.</span><strong>The Department cannot show that recommendations are acted on.</strong> Partnerships could evidence that only 46% of the recommendations in reviews published in 2025&#8211;26 had been implemented.</p>
<p>Recommendation: The Department should publish, from 2027&#8211;28, an annual account of recommendations made and implemented, by partnership.</p>
<p><span class="para-no">3.</span><strong>The Department does not know what the system costs.</strong> It spends &#163;1.9 million a year on the Panel and its secretariat but has no figure for what partnerships spend.</p>
<p>Recommendation: The Department should, by June 2027, collect what each partnership spends on reviews and on its arrangements as a whole.</p>
<p>We make 6 recommendations in all; the other three concern national reviews, rapid review timeliness and the Panel&#8217;s own annual reporting.</p>

<h2 id="ch1">1 Notifications and reviews</h2>
<p><span class="para-no">1.</span>Children&#8217;s social care in England received 612,300 referrals in 2025&#8211;26, and 215,900 section 47 enquiries were started. At 31 March 2026, 399,500 children were in need and 50,010 were subject of a child protection plan, a rate of 41.8 per 10,000 children.<sup>[1]</sup></p>
<p><span class="para-no">2.</span>A rapid review should be completed within 15 working days of the notification. In 2025&#8211;26 only 58% were.<sup>[2]</sup> The Panel told us that 36% of notifications concerned babies under one, the group it considers most at risk.<sup>[3]</sup></p>
<p><span class="para-no">3.</span>Partnerships published 143 local child safeguarding practice reviews in 2025&#8211;26, up from 118 in 2022&#8211;23, and 212 were still in progress at 31 March 2026. In 2025&#8211;26, 23 partnerships (15%) published no review at all.<sup>[4]</sup> The Panel has carried out 9 national reviews since it was set up in 2018.<sup>[5]</sup></p>
<p><span class="para-no">4.</span>Dame Helen Carrow, Permanent Secretary at the Department, told us that the system was &#8220;not yet where it needs to be&#8221; and that reviews were &#8220;too often written for the file rather than for the front line&#8221;.<sup>[6]</sup></p>

<h2 id="ch2">2 Making the learning count</h2>
<p><span class="para-no">5.</span>The 143 reviews published in 2025&#8211;26 made 1,118 recommendations between them. The National Audit Office examined a sample of 60 reviews and found neglect featured in 41 of them and poor information sharing between agencies in 52.<sup>[7]</sup></p>
<p><span class="para-no">6.</span>Professor Martin Hale, Chair of the Panel, said the same findings &#8220;come round again and again, in the same words, from partnerships a hundred miles apart&#8221;.<sup>[8]</sup> The National Audit Office estimates that partnerships spend about &#163;110 million a year on their safeguarding arrangements, of which reviews are a small but growing part.<sup>[9]</sup></p>

<h2 id="minutes">Formal minutes</h2>
<p>Wednesday 25 November 2026</p>
<p>Members present: Dame Ruth Ellison, in the Chair; Nick Dyson; Jane Ormerod; Sarah Patel; Tom Whitfield</p>
<p>Draft Report (Safeguarding children: learning from serious incidents), proposed by the Chair, brought up and read. Ordered, That the draft Report be read a second time, paragraph by paragraph. Paragraphs 1 to 6 read and agreed to. Summary agreed to. Resolved, That the Report be the Fortieth of the Committee to the House.</p>

<h2 id="witnesses">Witnesses</h2>
<p>Wednesday 14 October 2026: Dame Helen Carrow, Permanent Secretary, Department for Education; Professor Martin Hale, Chair, Child Safeguarding Practice Review Panel; Gareth Lowe, Director, Children&#8217;s Social Care, Department for Education. Q1&#8211;112</p>

<div class="footnotes">
<p class="fn">[1] C&amp;AG&#8217;s Report, Safeguarding children: learning from serious incidents, Session 2026&#8211;27, HC 902, paras 1.3&#8211;1.6</p>
<p class="fn">[2] C&amp;AG&#8217;s Report, para 2.4, Figure 5</p>
<p class="fn">[3] Q 41</p>
<p class="fn">[4] C&amp;AG&#8217;s Report, paras 2.9&#8211;2.12</p>
<p class="fn">[5] Q 58</p>
<p class="fn">[6] Qq 12, 96</p>
<p class="fn">[7] C&amp;AG&#8217;s Report, para 3.7, Figure 9</p>
<p class="fn">[8] Q 77</p>
<p class="fn">[9] C&amp;AG&#8217;s Report, para 3.15</p>
</div>
</main>
<footer><p>&#169; UK Parliament 2026</p><p><a href="#">Cookie policy</a> <a href="#">Accessibility statement</a> <a href="#">Contact us</a></p></footer>
</body>
</html>
'''
open(os.path.join(DIR, DOC), 'w', encoding='utf-8').write(HTML)

y = P('2025-04-01', '2026-03-31', '2025\u201326')
y0 = P('2022-04-01', '2023-03-31', '2022\u201323')
snap = P('2026-03-31', '2026-03-31', '31 March 2026')
figs = [
    F(20, 'percent', 'serious_incident_notifications', 'rise in serious incidents notified over three years', 'risen by nearly a fifth in three years', qualifier='nearly', optional=True),
    F(512, 'count', 'serious_incident_notifications', 'serious incidents notified to the Panel, England', 'notified the Panel of 512 serious incidents', period=y),
    F(437, 'count', 'serious_incident_notifications', 'serious incidents notified to the Panel, England', 'up from 437 in 2022\u201323', period=y0),
    F(51, 'percent', 'serious_incident_notifications', 'notifications involving a child who died', 'Around half (51%) involved a child who died', period=y),
    F(50, 'percent', 'serious_incident_notifications', 'notifications involving a child who died (hedged)', 'Around half (51%)', qualifier='around', optional=True),
    F(261, 'count', 'child_deaths', 'children who died (notified incidents)', 'involved a child who died: 261 children', period=y),
    F(498, 'count', 'rapid_reviews', 'rapid reviews completed, England', 'Partnerships completed 498 rapid reviews', period=y),
    F(431, 'count', 'rapid_reviews', 'rapid reviews completed, England', 'compared with 431 in 2022\u201323', period=y0),
    F(17, 'months', 'other', 'average time to publish an LCSPR', 'took 17 months to publish'),
    F(6, 'months', 'other', 'expected time to publish an LCSPR (Working Together)', 'against the six months expected by Working Together'),
    F(6, 'months', 'other', 'deadline for the Department to reply (recommendation)', 'within six months of this report', optional=True),
    F(46, 'percent', 'recommendations', 'recommendations evidenced as implemented', 'only 46% of the recommendations', period=y),
    F(1900000, 'gbp', 'other', 'Department spend on the Panel and its secretariat a year', 'It spends \u00a31.9 million a year on the Panel'),
    F(6, 'count', 'recommendations', "Committee's recommendations", 'We make 6 recommendations in all'),
    F(3, 'count', 'recommendations', "Committee's other recommendations", 'the other three concern national reviews', optional=True),
    F(612300, 'count', 'social_care_referrals', "referrals to children's social care, England", 'received 612,300 referrals in 2025\u201326', period=y),
    F(215900, 'count', 'section_47_enquiries', 'section 47 enquiries started, England', '215,900 section 47 enquiries were started', period=y),
    F(399500, 'count', 'children_in_need', 'children in need, England', '399,500 children were in need', period=snap),
    F(50010, 'count', 'child_protection_plans', 'children subject of a child protection plan, England', '50,010 were subject of a child protection plan', period=snap),
    F(41.8, 'rate_per_10000', 'child_protection_plans', 'child protection plan rate, England', 'a rate of 41.8 per 10,000 children', period=snap),
    F(15, 'days', 'other', 'rapid review deadline (working days)', 'within 15 working days of the notification'),
    F(58, 'percent', 'other', 'rapid reviews completed within 15 working days', 'In 2025\u201326 only 58% were', period=y),
    F(36, 'percent', 'serious_incident_notifications', 'notifications concerning babies under one', '36% of notifications concerned babies under one'),
    F(143, 'count', 'lcsprs_published', 'LCSPRs published, England', 'Partnerships published 143 local child safeguarding practice reviews', period=y),
    F(118, 'count', 'lcsprs_published', 'LCSPRs published, England', 'up from 118 in 2022\u201323', period=y0),
    F(212, 'count', 'lcsprs_ongoing', 'LCSPRs in progress at 31 March 2026, England', '212 were still in progress at 31 March 2026', period=snap),
    F(23, 'count', 'other', 'partnerships that published no review', '23 partnerships (15%) published no review at all', period=y),
    F(15, 'percent', 'other', 'share of partnerships that published no review', '23 partnerships (15%)', period=y, optional=True),
    F(9, 'count', 'national_reviews', 'national reviews carried out by the Panel', 'The Panel has carried out 9 national reviews since it was set up in 2018', period=P('2018-01-01', None, 'since it was set up in 2018')),
    F(1118, 'count', 'recommendations', 'recommendations made by reviews published in 2025\u201326', 'made 1,118 recommendations between them', period=y),
    F(60, 'count', 'other', "reviews in the NAO's sample", 'a sample of 60 reviews'),
    F(41, 'count', 'other', 'sampled reviews where neglect featured', 'neglect featured in 41 of them'),
    F(52, 'count', 'other', 'sampled reviews with poor information sharing', 'poor information sharing between agencies in 52'),
    F(110000000, 'gbp', 'other', "partnerships' spending on safeguarding arrangements a year (NAO estimate)", 'about \u00a3110 million a year', qualifier='about'),
]
quotes = [
    Q('not yet where it needs to be', 'Helen Carrow', ['Dame Helen Carrow', 'Dame Helen', 'Carrow', 'the Permanent Secretary'],
      'told us', role='Permanent Secretary at the Department for Education'),
    Q('too often written for the file rather than for the front line', 'Helen Carrow',
      ['Dame Helen Carrow', 'Dame Helen', 'Carrow', 'the Permanent Secretary'], None),
    Q('come round again and again, in the same words, from partnerships a hundred miles apart', 'Martin Hale',
      ['Professor Hale', 'Professor Martin Hale', 'Hale'], 'said', role='Chair of the Child Safeguarding Practice Review Panel'),
]
gold(DOC, 'other', 'Safeguarding children: learning from serious incidents', None, None, P(None, None), figs,
     ['Session 2026\u201327', 'HC 1184', 'HC 902', 'Fortieth Report', '25 November 2026', '2 December 2026',
      '14 October 2026', 'Q1\u2013112', 'Q 41', 'Q 58', 'Q 77', 'Qq 12, 96', 'paras 1.3\u20131.6', 'para 2.4',
      'Figure 5', 'Figure 9', 'para 3.15', 'Paragraphs 1 to 6', 'Since 2019', 'three safeguarding partners',
      'Working Together to Safeguard Children 2023', 'section 47', 'per 10,000', 'under one', 'by June 2027',
      '2027\u201328', 'a hundred miles'],
     quotes,
     [{'name': 'Helen Carrow', 'role': 'Permanent Secretary, Department for Education'},
      {'name': 'Martin Hale', 'role': 'Chair, Child Safeguarding Practice Review Panel'},
      {'name': 'Gareth Lowe', 'role': "Director, Children's Social Care, Department for Education"}],
     ['We use necessary cookies to make our site work.', 'Members present: Dame Ruth Ellison, in the Chair',
      'Cookie policy'],
     'SYNTHETIC document invented for evaluation (writer o, styles20). A House of Commons Committee of Public Accounts '
     'report in the Parliament website\'s HTML layout (kind other: a parliament\'s document). National (England): area '
     'null, no areas; partnership null (partnerships in general, no single body). No record period: an inquiry report, '
     'not an account of a period of work; its figures carry their own periods (2025-26, 2022-23, 31 March 2026, since '
     '2018). National comparators keep their metrics (referrals, s47, CIN, CP count and rate). "Around half (51%)": 51 '
     'required, the hedge optional; the share of notifications involving a death keeps serious_incident_notifications '
     '(share of the whole), the 261 deaths child_deaths; the share of notifications concerning babies keeps the whole\'s '
     'metric; 58% of rapid reviews on time keeps rapid_reviews and the 15 working days is a required timescale. The six '
     'months of Working Together required (a standard); the recommendation\'s "within six months" optional. The '
     'Committee\'s 6 recommendations other (audit/scrutiny recommendations); the 1,118 review recommendations and the 46% '
     'implemented recommendations. "nearly a fifth" optional. Quotes: fragments of witnesses\' words in reported '
     'sentences (told us / said), a second fragment of the same sentence with no cue. Footnote and Q numbers, HC numbers, '
     'paragraph numbers, the formal minutes and the witness list are not figures or quotes.')
