"""Gold for h01 (Ombudsman-style decision, written by hand)."""
from mk import F, P, Q, gold

DOC = 'h01_ombudsman_decision_richmond_child_protection_conference.html'


def main():
    figs = [
        F(38, 'days', 'other', 'working days from strategy discussion to initial conference', '38 working days after the strategy discussion'),
        F(9, 'months', 'other', 'time taken to respond to the complaint', 'took more than nine months', qualifier='more than'),
        F(15, 'days', 'other', 'statutory timescale for an initial child protection conference (working days)', 'should be held within 15 working days of the strategy discussion'),
        F(23, 'days', 'other', 'working days the conference was late', 'this was 23 working days late'),
        F(7, 'years', 'other', 'age of child Y', 'Y was aged 7', optional=True),
        F(11, 'years', 'other', 'age of child Z', 'Z was aged 11', optional=True),
        F(2, 'count', 'child_protection_plans', 'children on child protection plans (his two children)', 'Both children were on child protection plans', optional=True),
        F(14, 'months', 'other', 'duration of the child protection plans', 'on child protection plans for 14 months'),
        F(212, 'count', 'other', 'initial child protection conferences held in 2025-26', 'it held 212 initial child protection conferences in 2025-26', period=P('2025-04-01', '2026-03-31')),
        F(71, 'percent', 'other', 'initial conferences within 15 working days', '71% were within 15 working days', period=P('2025-04-01', '2026-03-31')),
        F(85, 'percent', 'other', 'target for timely initial conferences', 'against a target of 85%'),
        F(4, 'count', 'other', 'vacant independent chair posts', 'it had four vacancies out of 11 posts'),
        F(11, 'count', 'other', 'independent chair posts', 'four vacancies out of 11 posts'),
        F(10, 'days', 'other', 'stage 1 complaint response target (working days)', 'a target of 10 working days for a stage 1 response'),
        F(20, 'days', 'other', 'extended stage 1 timescale (working days)', 'which can be extended to 20'),
        F(65, 'days', 'other', 'stage 2 investigation timescale (working days)', '65 working days for a stage 2 investigation'),
        F(287, 'days', 'other', 'days until the stage 2 response', 'sent its stage 2 response 287 days later'),
        F(146, 'count', 'other', "children's statutory complaints received in 2024-25", "received 146 children's statutory complaints in 2024-25", period=P('2024-04-01', '2025-03-31')),
        F(98, 'count', 'other', "children's statutory complaints the year before", 'up from 98 the year before', period=P('2023-04-01', '2024-03-31')),
        F(1, 'months', 'other', 'deadline to apologise and pay', 'Within one month of my final decision'),
        F(500, 'gbp', 'other', 'payment for distress', 'pay him £500 for the distress'),
        F(150, 'gbp', 'other', 'payment for time and trouble', '£150 for his time and trouble'),
        F(650, 'gbp', 'other', 'total remedy payment', 'a total of £650'),
        F(3, 'months', 'other', 'deadline to review conference scheduling', 'Within three months the Council will review'),
        F(6, 'months', 'other', 'monitoring period for the report to the Ombudsman', 'over a six-month period'),
    ]
    nf = ['25 007 418', '24 014 882', '25 001 309', '09 Oct 2026', 'Paragraphs 27 to 31', 'paragraphs 24 and 25', 'sections 26(1) and 26A(1)',
          'Local Government Act 1974', 'Working Together to Safeguard Children 2023', '2 September 2024', 'June 2025', '020 7946 0921', 'stage 2', 'stage 1',
          'his two children']
    quotes = [
        Q('We accept that the conference should have been convened sooner and we are sorry for the worry this caused the family.', 'Richmond upon Thames London Borough Council', ['the Council', 'Council', 'Richmond upon Thames Council'], 'said'),
        Q('Every month we waited felt like another month of being treated as suspects.', 'Mr X', ['Mr X', 'the complainant', 'X'], 'told'),
        Q('the stage 2 backlog has been cleared since April.', 'Nadia Corrigan', ['Corrigan', 'Ms Corrigan', 'Ms Nadia Corrigan'], 'said', role="Complaints manager, Richmond upon Thames London Borough Council"),
        Q('maladministration', 'the Ombudsman', ['Ombudsman'], None, optional=True),
        Q('service failure', 'the Ombudsman', ['Ombudsman'], None, optional=True),
        Q('fault', 'the Ombudsman', ['Ombudsman', 'investigator'], None, optional=True),
    ]
    people = [{'name': 'Ms Nadia Corrigan', 'role': 'Complaints manager, Richmond upon Thames London Borough Council'}]
    bp = ['Home | Make a complaint | Decisions | Reports | About us | Contact us 020 7946 0921', 'Print this page | Was this page useful? Yes / No | Related decisions: 24 014 882, 25 001 309',
          'Investigator\'s decision on behalf of the Ombudsman']
    notes = ("Local Government and Social Care Ombudsman-style final decision on one complaint (kind other; period null: a single case; partnership null). "
             "Few figures, many traps: the case reference '25 007 418' in the title and two related-decision references in the footer, paragraph numbers in their own spans ('12.', '24.'), "
             "'Paragraphs 27 to 31', 'paragraphs 24 and 25', 'sections 26(1) and 26A(1)', 'Working Together ... 2023', the decision date, 'stage 1'/'stage 2' (names). "
             "Durations and deadlines are figures: 15 working days (guidance), 38 and 23 working days (this case), complaint timescales 10, 20 and 65 working days, 287 days, nine months, "
             "within one month / three months, a six-month period. The remedy is two payments and their stated total (three figures); the summary's '£650' repeats the total. "
             "Ages of the two children optional (they identify the children); 'his two children' / 'Both children were on child protection plans' is an implied count (optional). "
             "Council-wide statistics in paragraph 14 and 19 carry their own periods (2025-26, 2024-25, and 'the year before'); 71% of 212 conferences, target 85%. "
             "Quotes: the Council's stage 2 response (organisation speaker), Mr X (anonymised complainant), the complaints manager's fragment after reported speech; "
             "the scare-quoted 'maladministration', 'service failure' and 'fault' are optional.")
    gold(DOC, 'other', 'Richmond upon Thames London Borough Council (25 007 418): Ombudsman final decision, child protection', 'Richmond upon Thames', None,
         P(None, None), figs, nf, quotes, people, bp, notes)


if __name__ == '__main__':
    main()
