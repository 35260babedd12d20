"""a02 gold: coroner's Regulation 28 report (PDF built by a02_monmouthshire_pfd.py)."""
from mk_a import F, P, Q, gold

DOC = 'a02_monmouthshire_coroner_prevention_of_future_deaths_report.pdf'


def main():
    p = P(None, None)
    figs = [
        F(23, 'months', 'other', 'age of the child who died', 'Ffion Mai Jenkins, aged 23 months', optional=True),
        F(4, 'days', 'other', 'length of the inquest hearing', 'which was heard over four days', optional=True),
        F(7, 'weeks', 'other', 'time between removal from the register and death', 'seven weeks before her death'),
        F(2, 'days', 'other', 'time between admission and death', 'two days after she was admitted', optional=True),
        F(8, 'months', 'other', 'time the child was on the child protection register', 'During the eight months she was on the register'),
        F(14, 'count', 'other', 'social worker visits in which the child was seen', 'seen by her allocated social worker on 14 occasions'),
        F(3, 'count', 'other', 'planned home visits that did not take place', 'three planned home visits did not take place'),
        F(5, 'count', 'other', 'core group meetings', 'The core group met five times'),
        F(2, 'count', 'other', 'domestic abuse incidents attended by police at the address', 'attended two domestic abuse incidents at the address'),
        F(4, 'count', 'other', 'vacant social worker posts in the team', 'had four of its 12 social worker posts vacant'),
        F(12, 'count', 'other', 'social worker posts in the team', 'had four of its 12 social worker posts vacant'),
        F(21, 'count', 'other', 'average caseload in the team', 'average caseloads in the team were 21 children'),
        F(16, 'count', 'other', "council's caseload standard", "against the council's own standard of 16"),
        F(96, 'count', 'child_protection_plans', 'children on the child protection register at 31 March 2026', 'had risen to 96 at 31 March 2026', period=P('2025-04-01', '2026-03-31', 'at 31 March 2026')),
        F(71, 'count', 'child_protection_plans', 'children on the register a year earlier', 'from 71 a year earlier', period=P('2024-04-01', '2025-03-31', 'a year earlier')),
        F(2.6, 'count', 'other', 'full-time equivalent health visitor vacancies', 'carrying 2.6 full-time equivalent vacancies'),
        F(2, 'count', 'other', 'developmental reviews the child was not brought to', 'Ffion was not brought to two developmental reviews'),
        F(1, 'count', 'lcsprs_commissioned', 'extended child practice review commissioned (implied count)', 'an extended child practice review has been commissioned', optional=True),
        F(19, 'days', 'other', 'delay in sending one police notification', 'One notification was sent 19 days later'),
        F(56, 'days', 'other', 'deadline for responses to the report', 'respond to this report within 56 days of the date of this report'),
    ]
    nf = ['paragraph 7, Schedule 5', 'regulations 28 and 29', 'Coroners and Justice Act 2009', 'Coroners (Investigations) Regulations 2013', '1a Traumatic brain injury',
          'Ref: 2026-0412', 'Page 1', '19 February 2026', '29 September 2026', '11 December 2025', '28 January 2026', '30 November 2026', '5 October 2026', 'summer 2027',
          'within the 24 hours', '(1) The review', '(5) Missed', '1. The Chief Executive', '4. The Chair', 'REGULATION 28', '9 Dated', 'April 2025']
    quotes = [
        Q('We simply did not have enough experienced social workers for the number of children we were holding,', 'Sian Howells', ['Mrs Howells', 'Howells', 'Mrs Sian Howells'], 'she said', role="Head of Children's Services, Monmouthshire County Council"),
        Q('Ffion was loud and funny and she loved the ducks at Castle Meadows. I trusted the people who said she was safe.', "Ffion's mother", ['mother', 'the mother', "Ffion's mother"], 'said'),
        Q('with hindsight, we de-registered on hope rather than evidence.', 'Huw Davies', ['Mr Davies', 'Davies', 'Mr Huw Davies'], 'accepted in evidence', role='Independent reviewing officer, chair of the review child protection conference'),
    ]
    people = [
        {'name': 'Gareth Prosser-Evans', 'role': 'Assistant Coroner for Gwent'},
        {'name': 'Sian Howells', 'role': "Head of Children's Services, Monmouthshire County Council"},
        {'name': 'Huw Davies', 'role': 'Independent reviewing officer'},
        {'name': 'Ffion Mai Jenkins', 'role': 'the child who died'},
    ]
    bp = ['Regulation 28 - Prevention of Future Deaths report - Ref: 2026-0412', 'NOTE: This form is to be used after an inquest.',
          'I am also under a duty to send a copy of your response to the Chief Coroner and all interested persons who in my opinion should receive it.']
    notes = ("Coroner's Regulation 28 Report to Prevent Future Deaths (kind other; an inquest has no reporting period, so the record period is null; "
             "area Monmouthshire; partnership null: the regional South East Wales Safeguarding Children Board is an addressee, not the author or subject). "
             "Welsh context: the register is child_protection_plans; a register count at 31 March 2026 and 'a year earlier' carry their own periods. "
             "Case facts are figures (seven weeks, eight months, 14 occasions, three visits, five core groups, two incidents, 19 days); the child's age, the four-day hearing and 'two days after she was admitted' are optional (ages identify people; hearing length is procedural). "
             "'four of its 12 social worker posts' gives two figures (vacancies and establishment). '56 days' is the statutory response deadline (required); '30 November 2026' the date it falls on (not a figure). "
             "'within the 24 hours required by the regional information sharing protocol' is a standard in hours (no spec unit; not a figure). 'an extended child practice review has been commissioned' is an implied count (optional). "
             "Traps: the numbered addressee list 1.-4., section numbers 1-9 as headings (the '5 CORONER'S CONCERNS' heading is orphaned at the foot of page 1), matters of concern '(1)'-'(5)', "
             "'paragraph 7, Schedule 5', 'regulations 28 and 29', the Acts' years, '1a' cause-of-death line, reference and page numbers, many dates. "
             "The italic narrative conclusion has no quote marks (not a quote). Quotes: the Head of Children's Services (cue 'she said' after the quote), the mother's statement read to the inquest, "
             "and the conference chair's fragment ('accepted in evidence that \"...\"').")
    gold(DOC, 'other', 'Regulation 28: Report to Prevent Future Deaths - Ffion Mai Jenkins', 'Monmouthshire', None, p,
         figs, nf, quotes, people, bp, notes)


if __name__ == '__main__':
    main()
