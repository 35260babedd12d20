"""Writer s, s07: a safeguarding partnership's multi-agency case file audit report (Bromley, neglect), plain text with
numbered paragraphs and a space-aligned grading table; no record period."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR

DOC = 's07_bromley_multi_agency_case_file_audit_neglect.txt'
TEXT = '''SYNTHETIC document invented for evaluation: people, cases, quotes and figures are made up; only place names are real.

BROMLEY SAFEGUARDING CHILDREN PARTNERSHIP
Multi-Agency Case File Audit: Neglect
Report to the Quality Assurance and Performance Subgroup
Author: Rachel Adeyemi, Partnership Quality Assurance Lead
Classification: OFFICIAL - SENSITIVE (redacted for publication)
Version 2.0

1. Why we did this audit

1.1 Neglect remains the most common category of abuse for Bromley children subject to a child protection plan. The partnership's neglect strategy commits it to testing, through audit, whether agencies recognise neglect early and act on it together.

1.2 This audit looked at cases where children had been living with neglect for some time, to see whether the partnership's neglect toolkit, the Graded Care Profile 2 (GCP2), was being used and whether it made a difference.

2. How we did it

2.1 A sample of 18 families was drawn at random from children open to children's social care because of neglect. Between them the families had 41 children, aged from 4 months to 17 years.

2.2 Eleven agencies took part, including children's social care, the two NHS trusts, the Metropolitan Police, schools and early years settings, and housing. Each agency audited its own records against the same tool, then 47 practitioners and managers met in three multi-agency workshops to agree a grading.

2.3 At the time of the audit, 23 of the 41 children were subject to a child protection plan and 12 to a child in need plan; the other six had been stepped down to early help.

3. What we found

3.1 Overall gradings agreed at the workshops were:

   Grading                    Families
   Outstanding                       1
   Good                              6
   Requires improvement              8
   Inadequate                        3
   Total                            18

3.2 In seven of the 18 families (39%), neglect had been known to at least one agency for more than two years before the first referral to children's social care. In the longest case the first school concern was recorded six years before the referral.

3.3 The GCP2 had been completed in only five families. Where it had been used, practitioners said it helped parents see what needed to change. "The GCP2 was the first time mum actually agreed with us about what was wrong," one health visitor said.

3.4 Initial child protection conferences were held within 15 working days of the strategy discussion in 13 of the 16 families where one was held. Core groups met at least every six weeks in all but two families.

3.5 Chronologies were up to date in nine families. In four families, school attendance below 80% was not shared with social care until the child protection conference.

3.6 Fathers and male carers were invisible in many records. In 10 families a father or male partner was in the household or in regular contact, but he had been seen by a professional in only three.

3.7 A GP who took part said: "We hold a lot of information about these families, but nobody asks us for it until the conference." A school designated safeguarding lead added that she had "never been sent a GCP2, not once".

4. Recommendations

4.1 The audit makes six recommendations. The subgroup agreed all six on 9 October 2025.

   R1  All agencies to use the GCP2 where neglect is a concern for more than three months.
   R2  Schools to share attendance below 90% with the lead professional every half term.
   R3  Children's social care to record fathers' and male carers' details in every assessment.
   R4  The partnership to run four GCP2 briefings by March 2026, for at least 120 practitioners.
   R5  Health to include GPs in core group invitations.
   R6  A re-audit of 10 families in six months' time.

4.2 The cost of the additional GCP2 training, £14,800, will be met from the partnership's training budget of £62,000.

5. Next steps

5.1 The subgroup will track the action plan at each meeting. An update will go to the partnership's executive in the spring.

Contact: bscp@bromley.example | 020 7946 0329
'''
open(os.path.join(DIR, DOC), 'w', encoding='utf-8').write(TEXT)

N = P(None, None)
figs = [
    F(18, 'count', 'other', 'families in the audit sample', 'A sample of 18 families was drawn'),
    F(41, 'count', 'other', 'children in the sampled families', 'the families had 41 children'),
    F(4, 'months', 'other', 'age of youngest child', 'aged from 4 months to 17 years', optional=True),
    F(17, 'years', 'other', 'age of oldest child', 'to 17 years', optional=True),
    F(11, 'count', 'other', 'agencies taking part', 'Eleven agencies took part'),
    F(2, 'count', 'other', 'NHS trusts', 'the two NHS trusts', optional=True),
    F(47, 'count', 'other', 'practitioners and managers at workshops', '47 practitioners and managers met'),
    F(3, 'count', 'other', 'multi-agency workshops', 'in three multi-agency workshops'),
    F(23, 'count', 'child_protection_plans', 'sampled children on a child protection plan', '23 of the 41 children were subject to a child protection plan'),
    F(12, 'count', 'children_in_need', 'sampled children on a child in need plan', '12 to a child in need plan'),
    F(6, 'count', 'other', 'sampled children stepped down to early help', 'the other six had been stepped down'),
    F(1, 'count', 'other', 'families graded outstanding', 'Outstanding                       1'),
    F(6, 'count', 'other', 'families graded good', 'Good                              6'),
    F(8, 'count', 'other', 'families graded requires improvement', 'Requires improvement              8'),
    F(3, 'count', 'other', 'families graded inadequate', 'Inadequate                        3'),
    F(7, 'count', 'other', 'families where neglect was known more than two years before referral', 'In seven of the 18 families (39%)'),
    F(39, 'percent', 'other', 'share of families with neglect known over two years', '(39%)', optional=True),
    F(2, 'years', 'other', 'delay threshold', 'for more than two years before the first referral', optional=True),
    F(6, 'years', 'other', 'longest delay from first school concern to referral', 'recorded six years before the referral'),
    F(5, 'count', 'other', 'families where the GCP2 was completed', 'completed in only five families'),
    F(15, 'days', 'other', 'initial conference timescale', 'within 15 working days'),
    F(13, 'count', 'other', 'families whose conference was held on time', 'in 13 of the 16 families'),
    F(16, 'count', 'other', 'families where a conference was held', '13 of the 16 families where one was held'),
    F(6, 'weeks', 'other', 'core group frequency', 'at least every six weeks'),
    F(2, 'count', 'other', 'families where core groups did not meet as required', 'in all but two families'),
    F(9, 'count', 'other', 'families with up-to-date chronologies', 'Chronologies were up to date in nine families'),
    F(4, 'count', 'other', 'families where low attendance was not shared', 'In four families, school attendance below 80%'),
    F(80, 'percent', 'other', 'attendance threshold', 'attendance below 80%', optional=True),
    F(10, 'count', 'other', 'families with a father or male partner present', 'In 10 families a father or male partner'),
    F(3, 'count', 'other', 'families where the father was seen', 'seen by a professional in only three'),
    F(6, 'count', 'recommendations', 'audit recommendations', 'The audit makes six recommendations'),
    F(6, 'count', 'recommendations', 'recommendations agreed', 'The subgroup agreed all six'),
    F(3, 'months', 'other', 'GCP2 threshold in R1', 'more than three months', optional=True),
    F(90, 'percent', 'other', 'attendance threshold in R2', 'attendance below 90%', optional=True),
    F(4, 'count', 'other', 'GCP2 briefings planned', 'run four GCP2 briefings', optional=True),
    F(120, 'count', 'other', 'practitioners to brief', 'for at least 120 practitioners', optional=True),
    F(10, 'count', 'other', 'families to re-audit', 'A re-audit of 10 families', optional=True),
    F(14800, 'gbp', 'other', 'cost of additional GCP2 training', '\u00a314,800'),
    F(62000, 'gbp', 'other', 'partnership training budget', 'training budget of \u00a362,000'),
]
quotes = [
    Q('The GCP2 was the first time mum actually agreed with us about what was wrong,', 'a health visitor',
      ['health visitor', 'one health visitor'], 'said'),
    Q('We hold a lot of information about these families, but nobody asks us for it until the conference.', 'a GP',
      ['GP', 'A GP who took part'], 'said'),
    Q('never been sent a GCP2, not once', 'a school designated safeguarding lead',
      ['school designated safeguarding lead', 'designated safeguarding lead'], 'added'),
]
nf = ['Version 2.0', 'Graded Care Profile 2', 'GCP2', '9 October 2025', 'March 2026', 'R1', 'R6', '1.1', '3.7',
      "in six months' time", 'every half term', '020 7946 0329']
gold(DOC, 'council_report', 'Multi-Agency Case File Audit: Neglect', 'Bromley', 'Bromley Safeguarding Children Partnership',
     N, figs, nf, quotes, [{'name': 'Rachel Adeyemi', 'role': 'Partnership Quality Assurance Lead'}], [],
     'SYNTHETIC (invented). A safeguarding partnership\'s multi-agency case file audit report to its QA subgroup '
     '(council_report). No record period (convention 4: an audit of a sample, no account of a period of work; the only '
     'dates are the agreement date and a deadline). Sample counts are other; children in the sample on a CP plan / CIN '
     'plan keep those metrics (the defining property has a metric), stepped down to early help other; grading table in '
     'plain text (counts required; Total 18 repeats the sample); \'seven of the 18 (39%)\' count required, percent '
     'optional; the two-year threshold and attendance thresholds optional; 15 working days and \'every six weeks\' '
     'required (timescale/standard); \'in all but two\' = 2; 16 conferences held; recommendations six required (ruling 5), '
     '\'agreed all six\' required (accepted recommendations, ruling 5); R1-R6 plan contents optional (a recommendation\'s own '
     'proposals); \'in six months\' time\' a time point; \'Graded Care Profile 2\' a name. Quotes: a health visitor (cue '
     'after), a GP (said:), a DSL\'s fragment (added that she had "...").')
