"""Gold for p01 (NHS trust safeguarding children annual report)."""
from mk import F, P, Q, gold
from p01_islington_trust import ROWS

DOC = 'p01_islington_nhs_trust_safeguarding_children_annual_report.pdf'
LY = P('2024-04-01', '2025-03-31')


def num(s):
    return float(s.replace(',', '').rstrip('%')) if '.' in s else int(s.replace(',', '').rstrip('%'))


def main():
    figs = [
        F(1284, 'count', 'social_care_referrals', "referrals by trust staff to children's social care", "Trust staff made 1,284 referrals to children's social care"),
        F(1107, 'count', 'social_care_referrals', "referrals to children's social care, 2024/25", 'up from 1,107 in 2024/25', period=LY),
        F(16, 'percent', 'social_care_referrals', 'increase in referrals', 'an increase of 16%'),
        F(412, 'count', 'social_care_referrals', 'referrals from the emergency department', '412 came from the emergency department'),
        F(297, 'count', 'social_care_referrals', 'referrals from maternity services', '297 from maternity services'),
        F(185, 'count', 'social_care_referrals', 'referrals from the 0-19 service', '185 from the 0-19 service'),
        F(164, 'count', 'other', 'pre-birth referrals for unborn babies', 'A further 164 were pre-birth referrals'),
        F(3656, 'count', 'other', 'calls to the safeguarding advice line', 'The safeguarding advice line took 3,656 calls'),
        F(2341, 'count', 'other', 'outpatient appointments children were not brought to', 'not brought to 2,341 outpatient appointments'),
        F(143, 'count', 'other', 'child protection medicals', 'Paediatricians completed 143 child protection medicals'),
        F(38, 'count', 'other', 'medicals completed on the day of referral', '38 of them on the day of referral'),
        F(96, 'percent', 'other', 'eligible health visitors and school nurses receiving supervision', 'supervision reached 96% of eligible'),
        F(4.6, 'count', 'other', 'whole-time equivalent posts in the team', 'has 4.6 whole-time equivalent posts', optional=True),
        F(612000, 'gbp', 'other', 'safeguarding children team budget', 'a budget of £612,000'),
        F(9, 'count', 'rapid_reviews', 'rapid reviews the trust contributed to', 'The trust contributed to nine rapid reviews'),
        F(15, 'days', 'other', 'rapid review deadline (working days), inside a timeliness statement', 'each within 15 working days of the notification', optional=True),
        F(7, 'count', 'reviews_with_learning', 'rapid reviews with learning for health', 'identified in seven of the nine'),
        F(3, 'count', 'other', 'LCSPRs the trust contributed to', 'contributed to three local child safeguarding practice reviews'),
        F(2, 'count', 'lcsprs_commissioned', 'LCSPRs commissioned in the year', 'two were commissioned in the year'),
        F(1, 'count', 'lcsprs_published', 'LCSPRs published (Child V)', 'and one, Child V, was published in February'),
        F(23, 'count', 'child_deaths', 'child deaths the CDOP asked the trust about', 'information on 23 child deaths'),
        F(5, 'count', 'recommendations', 'Child V recommendations addressed to the trust', 'all five recommendations addressed to it'),
        F(4, 'count', 'recommendations', 'recommendations completed by 31 March 2026', 'completed four by 31 March 2026'),
        F(90, 'percent', 'other', 'training compliance target', 'The trust target is 90% for every staff group'),
        F(11, 'count', 'other', 'staff groups meeting the target', 'Eleven of the 14 staff groups met the target'),
        F(14, 'count', 'other', 'staff groups', 'Eleven of the 14 staff groups', optional=True),
        F(3, 'count', 'other', 'staff groups below target', 'A recovery plan for the three groups below target', optional=True),
    ]
    for lab, lev, scope, cur, prev in ROWS:
        anchor = '%s %s %s %s %s' % (lab, lev, scope, cur, prev)
        figs.append(F(num(scope), 'count', 'other', 'staff in scope for training: ' + lab, anchor))
        figs.append(F(num(cur), 'percent', 'other', 'training compliance 2025/26: ' + lab, anchor))
        figs.append(F(num(prev), 'percent', 'other', 'training compliance 2024/25: ' + lab, anchor, period=LY))
    nf = ['section 11', 'Children Act 2004', 'Intercollegiate Document (2019)', 'TB 26/041', 'Page 1 of 2', 'Page 2 of 2', '28 May 2026',
          '0-19', '020 7946 0813', 'three professionals on two occasions', 'Level', '31 March 2026', 'February 2026']
    quotes = [
        Q("the baby's bruising was seen by three professionals on two occasions, and each of them assumed that someone else had made the referral.", 'the review', ['the Child V review', 'review', 'Child V review'], 'found that'),
        Q('Our referral numbers have gone up because staff are more confident, not because children are less safe.', 'Grace Mbatha', ['Mbatha', 'Ms Mbatha'], 'said', role='Named Nurse for Safeguarding Children'),
        Q('keep asking who else has seen this child.', 'Grace Mbatha', ['Mbatha', 'Ms Mbatha'], 'added that'),
        Q('The midwife was the first person who asked me what was happening at home, and she waited for the answer.', 'a mother', ['mother', 'One mother'], 'told'),
    ]
    people = [
        {'name': 'Rachel Dunmore', 'role': 'Chief Nurse, executive lead'},
        {'name': 'Grace Mbatha', 'role': 'Named Nurse for Safeguarding Children'},
        {'name': 'Dr Owen Pritchard', 'role': 'Named Doctor for Safeguarding Children'},
    ]
    bp = ['Islington Community and Acute NHS Trust | Safeguarding Children Annual Report 2025/26 | Trust Board ref TB 26/041',
          'Safeguarding children team, 020 7946 0813, safeguarding.children@icat-nhs.example']
    notes = ("NHS trust safeguarding children annual report (reportlab, 2 pages; kind council_report: the closest kind for a statutory partner's annual report). "
             "The training table splits across the page break and its header row is repeated at the top of page 2 ('Staff group Level Staff in scope 2025/26 2024/25'), "
             "with the running footer between the two halves. Each table row gives three figures (staff in scope, 2025/26 compliance, 2024/25 compliance with its own period); "
             "the 'Level' cell (1, 2 or 3) is a training level, not a figure. '77.3%' in the prose repeats the Obstetric medical cell (one figure). "
             "Referrals by source (412/297/185) keep social_care_referrals; pre-birth referrals (a feature subset) are other. "
             "'three local child safeguarding practice reviews' the trust contributed to is other (the partnership commissions them; two commissioned in the year and one published are the metric figures). "
             "'each within 15 working days' states timeliness (the deadline inside a measure): optional. '4.6 whole-time equivalent' has no spec unit (optional). '14 staff groups' restates the table size (optional); 'the three groups below target' follows from it (optional). "
             "Traps: 'section 11 of the Children Act 2004', 'Intercollegiate Document (2019)', the board reference 'TB 26/041', page numbers, '0-19 service' (a name), the phone number, "
             "'three professionals on two occasions' inside the review's quoted finding (case fact inside a quote; not annotated). Quotes: the review's finding (document speaker), "
             "the named nurse's quote and fragment ('She added that the team would \"...\"'), an anonymous mother.")
    gold(DOC, 'council_report', 'Islington Community and Acute NHS Trust: Safeguarding Children Annual Report 2025/26', 'Islington',
         'Islington Safeguarding Children Partnership', P('2025-04-01', '2026-03-31'), figs, nf, quotes, people, bp, notes)


if __name__ == '__main__':
    main()
