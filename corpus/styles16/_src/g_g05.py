"""g05: hospital trust 'Safeguarding children' web page with emergency department figures (HTML with <dl> key
numbers, an <aside> pull quote, a <details> block). Run: python3 _src/g_g05.py"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, P, Q, gold

DOC = 'g05_bracknell_forest_hospital_trust_safeguarding_children_page.html'
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), DOC)
HTML = '''<!-- SYNTHETIC document invented for evaluation: people, cases, quotes and figures are made up; only place names are real. -->
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Safeguarding children - Forest Park Hospitals NHS Foundation Trust</title></head>
<body>
<div class="nhs-header"><a href="/">Forest Park Hospitals NHS Foundation Trust</a> <a href="/jobs">Jobs</a> <a href="/contact">Contact us</a> <form><input placeholder="Search"></form></div>
<nav class="breadcrumb"><a href="/">Home</a> / <a href="/patients-visitors">Patients and visitors</a> / Safeguarding children</nav>
<main>
<h1>Safeguarding children</h1>
<p class="lede">Every member of staff at Forest Park Hospitals has a duty to protect children from harm. Our safeguarding children team works with Bracknell Forest Council, Thames Valley Police and the Bracknell Forest Safeguarding Children Partnership to make sure concerns are acted on quickly.</p>
<p>Page last reviewed: 16 June 2026. Next review due: 16 June 2027.</p>

<h2>Our year in numbers (2025/26)</h2>
<dl class="keynums">
<dt>Children and young people seen in our emergency department</dt><dd>21,470</dd>
<dt>Safeguarding checks prompted by the ED child liaison flag</dt><dd>3,118</dd>
<dt>Referrals to children's social care made by trust staff</dt><dd>964</dd>
<dt>Children seen after self-harm (aged under 18)</dt><dd>382</dd>
<dt>Child protection medicals</dt><dd>71</dd>
</dl>

<h2>The emergency department</h2>
<p>Our emergency department at Heathlands saw 21,470 attendances by children under 18 in 2025/26, about 58 a day. Every child's record is checked against the child protection information sharing system (CP-IS) when they book in. Staff made 412 referrals to children's social care from the department, nearly half (43%) of the trust total, and a further 227 children were discussed with the liaison health visitor.</p>
<p>We paid particular attention to infants. Twenty-six babies under one year old attended with an injury, and every one had a skeletal survey or a senior paediatric review. Nine of those babies became the subject of a section 47 enquiry, and in three cases the injury was found to be non-accidental.</p>
<p>Attendances after self-harm by children rose to 382 from 301 the year before. Around one in five of those children (21%) had attended at least twice. Waits for a child and adolescent mental health assessment averaged 9 hours; the longest wait was 31 hours.</p>

<aside class="pullquote"><p>\u201cBusy doesn\u2019t mean we stop being curious. A two-minute conversation in triage has changed the course of a child\u2019s life more than once this year.\u201d</p><p class="attrib">Bethan Lloyd-Ashworth, Named Nurse for Safeguarding Children</p></aside>

<h2>Learning from reviews</h2>
<p>The trust contributed to six rapid reviews led by the partnership during the year. Two went on to become local child safeguarding practice reviews, one of which was published in March 2026. Dr Kofi Asamoah, the trust's Named Doctor, said the published review had changed how the department responds to bruising in non-mobile babies: \u201cWe now treat any bruise on a baby who isn\u2019t moving about yet as a safeguarding question first and a medical question second.\u201d</p>
<p>The trust also reported 4 deaths of children to the Child Death Overview Panel, all of which were expected.</p>

<h2>Training</h2>
<p>At 31 March 2026, 93% of emergency department staff were up to date with level 3 safeguarding children training, against a target of 90%. Trust-wide compliance was 88%.</p>

<details><summary>How to raise a concern</summary>
<p>If you are worried that a child is being harmed, call Bracknell Forest Children's Social Care on 01632 960552 (out of hours 01632 960553). If a child is in immediate danger, call 999. Staff can contact the safeguarding team on extension 4471 or by bleeping 1209.</p>
</details>
<details><summary>Policies and annual reports</summary>
<ul><li><a href="/docs/sg-annual-2025-26.pdf">Safeguarding Children Annual Report 2025/26 (PDF, 1.4MB)</a></li><li><a href="/docs/sg-policy-v7.pdf">Safeguarding Children Policy v7.2</a></li></ul>
</details>
</main>
<footer><p>Forest Park Hospitals NHS Foundation Trust, Heathlands, Bracknell RG12 9XX. Switchboard 01632 960500.</p><p><a href="/accessibility">Accessibility</a> <a href="/privacy">Privacy and cookies</a></p></footer>
</body></html>
'''
open(OUT, 'w', encoding='utf-8').write(HTML)

PER = P('2025-04-01', '2026-03-31', '2025/26')
fig = [
    F(21470, 'count', 'other', 'emergency department attendances by children', 'Children and young people seen in our emergency department 21,470'),
    F(3118, 'count', 'other', 'safeguarding checks prompted by the ED child liaison flag', 'Safeguarding checks prompted by the ED child liaison flag 3,118'),
    F(964, 'count', 'social_care_referrals', "referrals to children's social care by trust staff", "Referrals to children's social care made by trust staff 964"),
    F(382, 'count', 'other', 'children seen after self-harm', 'Children seen after self-harm (aged under 18) 382'),
    F(71, 'count', 'other', 'child protection medicals', 'Child protection medicals 71'),
    F(58, 'count', 'other', 'child attendances per day', 'about 58 a day', qualifier='about'),
    F(412, 'count', 'social_care_referrals', "ED referrals to children's social care", 'Staff made 412 referrals'),
    F(43, 'percent', 'social_care_referrals', 'ED share of trust referrals', 'nearly half (43%)'),
    F(227, 'count', 'other', 'children discussed with the liaison health visitor', 'a further 227 children'),
    F(26, 'count', 'other', 'babies under one attending with an injury', 'Twenty-six babies under one year old'),
    F(9, 'count', 'section_47_enquiries', 'babies subject of a section 47 enquiry', 'Nine of those babies became the subject of a section 47 enquiry'),
    F(3, 'count', 'serious_harm_cases', 'non-accidental injuries', 'in three cases the injury was found to be non-accidental'),
    F(301, 'count', 'other', 'self-harm attendances previous year', 'from 301 the year before', period=P('2024-04-01', '2025-03-31', '2024/25')),
    F(21, 'percent', 'other', 'self-harm children attending at least twice', 'Around one in five of those children (21%)'),
    F(9, 'count', 'other', 'average wait in hours for CAMHS assessment', 'averaged 9 hours', optional=True),
    F(31, 'count', 'other', 'longest wait in hours', 'the longest wait was 31 hours', optional=True),
    F(6, 'count', 'rapid_reviews', 'rapid reviews the trust contributed to', 'contributed to six rapid reviews'),
    F(2, 'count', 'lcsprs_commissioned', 'rapid reviews that became LCSPRs', 'Two went on to become local child safeguarding practice reviews'),
    F(1, 'count', 'lcsprs_published', 'LCSPR published', 'one of which was published in March 2026'),
    F(4, 'count', 'child_deaths', 'child deaths reported to CDOP', 'reported 4 deaths of children'),
    F(93, 'percent', 'other', 'ED staff level 3 training compliance', '93% of emergency department staff'),
    F(90, 'percent', 'other', 'training target', 'against a target of 90%', optional=True),
    F(88, 'percent', 'other', 'trust-wide training compliance', 'Trust-wide compliance was 88%'),
]
nf = ['16 June 2026', '16 June 2027', 'aged under 18', 'under one year old', 'level 3', 'March 2026', '01632 960552', '01632 960553', '999', 'extension 4471', 'bleeping 1209', 'v7.2', '1.4MB', 'RG12 9XX', '01632 960500', 'two-minute', 'at least twice']
quotes = [
    Q('Busy doesn\u2019t mean we stop being curious. A two-minute conversation in triage has changed the course of a child\u2019s life more than once this year.', 'Bethan Lloyd-Ashworth', ['Lloyd-Ashworth', 'Ms Lloyd-Ashworth', 'Named Nurse for Safeguarding Children'], None, role='Named Nurse for Safeguarding Children'),
    Q('We now treat any bruise on a baby who isn\u2019t moving about yet as a safeguarding question first and a medical question second.', 'Kofi Asamoah', ['Asamoah', 'Dr Asamoah', 'Dr Kofi Asamoah'], 'said', role='Named Doctor'),
]
people = [{'name': 'Bethan Lloyd-Ashworth', 'role': 'Named Nurse for Safeguarding Children'}, {'name': 'Kofi Asamoah', 'role': 'Named Doctor'}]
gold(DOC, 'other', 'Safeguarding children - Forest Park Hospitals NHS Foundation Trust', 'Bracknell Forest', 'Bracknell Forest Safeguarding Children Partnership',
     PER, fig, nf, quotes, people,
     ['Jobs Contact us', 'Page last reviewed: 16 June 2026.', 'Accessibility Privacy and cookies', 'Safeguarding Children Annual Report 2025/26 (PDF, 1.4MB)'],
     "Hospital trust 'Safeguarding children' web page (kind other; the area is the borough the trust serves, named only through the council and partnership). Traps: a <dl> key-numbers list where term and value run together after tag stripping ('Child protection medicals 71'); 21,470 and 382 repeat in prose (one figure each); 'about 58 a day' a derived rate (count, qualified); ED referrals 412 and their share 'nearly half (43%)' (share keeps social_care_referrals; 'nearly half' is the same fact as 43%, not a separate 50); 'Twenty-six babies under one year old' (number word; 'under one' not a figure); nine babies subject of section 47 enquiries; three non-accidental injuries as serious_harm_cases; 'from 301 the year before' own period; 'one in five (21%)' one figure; waits in hours optional (no hours unit; value kept as a count only for matching); 'six rapid reviews', two became LCSPRs (commissioned), one published; 4 expected deaths reported to CDOP (child_deaths); training 93% vs target 90% (optional) and 88%; an <aside> pull quote attributed by a following line with no cue (cue null); the Named Doctor's quote after 'said'; phone numbers, extension, bleep, policy version, postcode, file size not figures.")
