"""Gold for p03 (partnership executive minutes with action log; fpdf2)."""
from mk import F, P, Q, gold

DOC = 'p03_westmorland_furness_partnership_executive_minutes.pdf'
FY = P('2026-04-01', '2027-03-31', '2026/27')
Q1 = P('2026-04-01', '2026-06-30', 'Quarter 1')


def main():
    figs = [
        F(4, 'count', 'other', 'members present (quorum)', 'quorate (4 of 5 members present)', optional=True),
        F(17, 'count', 'other', 'open actions on the executive action log', 'Members reviewed the 17 open actions on the log'),
        F(11, 'count', 'other', 'actions rated green', '11 are rated green'),
        F(4, 'count', 'other', 'actions rated amber', 'four amber'),
        F(2, 'count', 'other', 'actions rated red', 'and two red'),
        F(3, 'percent', 'other', 'proposed uplift in the health contribution for 2027/28', 'The ICB proposed an uplift of 3% in its contribution for 2027/28', period=P('2027-04-01', '2028-03-31')),
        F(2, 'count', 'other', 'multi-agency trainers to recruit', 'Recruit two multi-agency trainers'),
        F(12, 'months', 'other', 'fixed term of the trainer posts', '(fixed term, 12'),
        F(2931, 'count', 'social_care_referrals', 'contacts to the front door in Quarter 2', 'The front door received 2,931 contacts in the quarter'),
        F(812, 'count', 'social_care_referrals', "referrals to children's social care in Quarter 2", "of which 812 became referrals to children's social care"),
        F(19, 'percent', 'social_care_referrals', 're-referral rate, Quarter 2', 'The re-referral rate was 19%'),
        F(22, 'percent', 'social_care_referrals', 're-referral rate, Quarter 1', 'against 22% in Quarter 1', period=Q1),
        F(286, 'count', 'section_47_enquiries', 'section 47 enquiries in Quarter 2', 'There were 286 section 47 enquiries'),
        F(74, 'count', 'other', 'initial child protection conferences in Quarter 2', '74 initial child protection conferences'),
        F(81, 'percent', 'other', 'conferences held within 15 working days', '81% of conferences were held within 15 working days'),
        F(241, 'count', 'child_protection_plans', 'children subject to a child protection plan at 30 September 2026', '241 children were subject to a child protection plan'),
        F(37.8, 'rate_per_10000', 'child_protection_plans', 'child protection plan rate at 30 September 2026', 'a rate of 37.8 per 10,000'),
        F(252, 'count', 'child_protection_plans', 'children on a plan at 30 June 2026', 'compared with 252 at 30 June 2026', period=Q1),
        F(402, 'count', 'looked_after_children', 'children looked after', 'There were 402 children looked after'),
        F(1126, 'count', 'other', 'open early help assessments', 'Open early help assessments numbered 1,126'),
        F(20, 'count', 'other', 're-referred children audited', 'looked at 20 re-referred children'),
        F(13, 'count', 'other', 'audited cases closed without a home visit', 'found that in 13 the first referral had been closed without a home visit'),
        F(6, 'weeks', 'other', 'deadline for the revised closure checklist', 'would be in place within six weeks'),
        F(3, 'count', 'serious_incident_notifications', 'serious incident notifications in Quarter 2', 'The local authority made three serious incident notifications in Quarter 2'),
        F(3, 'count', 'rapid_reviews', 'rapid reviews completed in Quarter 2', 'three rapid reviews were completed'),
        F(1, 'count', 'lcsprs_commissioned', 'LCSPR agreed by the Safeguarding Partners', 'One case was recommended for a local child safeguarding practice review, which the Safeguarding Partners agreed'),
        F(2, 'count', 'lcsprs_ongoing', 'LCSPRs in progress', 'Two LCSPRs remain in progress'),
        F(2, 'years', 'other', 'delay to publication because of a trial (rhetorical, inside a quote)', 'cannot be published for two years', optional=True),
        F(534200, 'gbp', 'other', 'partnership budget 2026/27', 'The partnership budget for 2026/27 is £534,200', period=FY),
        F(521900, 'gbp', 'other', 'forecast outturn 2026/27 at Quarter 2', 'The forecast outturn at Quarter 2 is £521,900', period=FY),
        F(12300, 'gbp', 'other', 'forecast underspend 2026/27', 'an underspend of £12,300', period=FY),
    ]
    nf = ['EX/26/09', 'EX/26/11', 'EX/26/12', 'EX/26/15', 'EX/26/16', '30/09/2026', '12/11/2026', '31/12/2026', '31/10/2026', '30/11/2026', '12 November 2026',
          '10:00 to 12:30', '10 September 2026', '14 January 2027', '12.11.2026', 'page 1', 'Appendix A', 'item 4', 'Quarter 2', 'within 15 working days', '12 months and report findings',
          'Five are shown below', '1. Welcome and apologies', '7. Any other business', 'section 47', 'per 10,000', '30 September 2026']
    quotes = [
        Q('uncomfortable but fair', 'Karen Dobson', ['Dobson', 'Ms Dobson'], 'said', role="Director of Children's Services, Westmorland and Furness Council"),
        Q('A review that cannot be published for two years because of a trial still has lessons we can share now, and we should share them.', 'Dr Aled Morgan',
          ['Morgan', 'Dr Morgan', 'Aled Morgan'], 'asked that the minutes record his view', role='Independent Scrutineer and chair, Westmorland and Furness Safeguarding Children Partnership'),
    ]
    people = [
        {'name': 'Dr Aled Morgan', 'role': 'Independent Scrutineer, chair of the Executive Group'},
        {'name': 'Karen Dobson', 'role': "Director of Children's Services"},
        {'name': 'Det Supt Simon Pryce', 'role': 'Cumbria Constabulary'},
        {'name': 'Lorraine Hughes', 'role': 'Designated Nurse, North East and North Cumbria ICB'},
        {'name': 'Beth Carruthers', 'role': 'Business Manager'},
    ]
    bp = ['Westmorland and Furness Safeguarding Children Partnership | Executive Group | OFFICIAL', 'Minutes 12.11.2026 - page 1']
    notes = ("Safeguarding partnership executive group minutes (fpdf2, DejaVu Sans, 1 page; kind council_report). Record period = Quarter 2 2026/27 (July to September 2026), "
             "the quarter the data report covers; the budget figures carry the full-year period 2026/27, Quarter 1 comparators their own period. "
             "The action log is an fpdf2 table whose wrapped cells interleave in the extracted text ('Circulate the neglect toolkit ... early / EX/26/09 KD 30/09/2026 Green - complete / years settings'). "
             "Action numbers (EX/26/11), owners' initials, due dates and RAG words are not figures; action text carries figures ('Audit 20 cases' = the 20 audited in item 4, one figure; "
             "'uplift of 3%' repeated in item 6, one figure, anchored in the prose; 'two multi-agency trainers', '12 months' fixed term). "
             "Executive action-log counts (17 open: 11 green, four amber, two red) are other (these are not actions arising from reviews). 'Five are shown below' is not a figure. "
             "'within 15 working days' appears only inside timeliness measures here (81% of conferences; rapid reviews 'all within'): not a figure; 're-referred within 12 months' in the action text (split by the wrapped cells) is a window in a definition: not a figure. "
             "The quorum '4 of 5 members' is optional. The rhetorical 'two years' inside Dr Morgan's quote is optional. "
             "Quotes: Karen Dobson's fragment after 'said the finding was'; Dr Morgan's recorded view (cue 'asked that the minutes record his view').")
    gold(DOC, 'council_report', 'Westmorland and Furness Safeguarding Children Partnership Executive Group: minutes, 12 November 2026', 'Westmorland and Furness',
         'Westmorland and Furness Safeguarding Children Partnership', P('2026-07-01', '2026-09-30'), figs, nf, quotes, people, bp, notes)


if __name__ == '__main__':
    main()
