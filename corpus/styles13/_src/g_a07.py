from mk_a import F, P, Q, gold
DOC = 'a07_north_lanarkshire_candidate_leaflet.txt'
p = P('2024-08-01', '2025-07-31', '2024-25 (year to 31 July 2025)')
figs = [
    F(19, 'years', 'other', "candidate's years as a children's nurse", 'a children\'s nurse at Wishaw General for 19 years', optional=True),
    F(263, 'count', 'child_protection_plans', 'children on the child protection register (latest)', 'has gone up from 187 to 263 in three years'),
    F(187, 'count', 'child_protection_plans', 'children on the register three years earlier', 'has gone up from 187 to 263 in three years', period=P('2021-08-01', '2022-07-31', 'three years earlier')),
    F(41, 'percent', 'child_protection_plans', 'rise in children on the register over three years', "That's a 41% rise"),
    F(25, 'percent', 'other', 'children in Coatbridge North growing up in poverty', '1 in 4 children in Coatbridge North are growing up in poverty'),
    F(25, 'count', 'other', 'highest social worker caseloads (children)', 'carrying caseloads of up to 25 children', qualifier='up to'),
    F(14600000, 'gbp', 'other', 'council spending on private residential homes last year', 'the council spent \u00a314.6 million sending children to private residential homes', period=P('2025-04-01', '2026-03-31', 'Last year')),
    F(900, 'count', 'looked_after_children', 'children looked after in North Lanarkshire', 'Over 900 children in North Lanarkshire are looked after', qualifier='Over'),
    F(2000000, 'gbp', 'other', 'pledged annual funding for family support hubs', '\u00a32 million a year for family support hubs'),
    F(3, 'count', 'other', 'family hubs pledged', 'Open 3 family hubs'),
    F(18, 'months', 'other', 'time within which the hubs would open', 'within 18 months of the election'),
    F(30, 'count', 'other', 'additional social workers pledged', 'Recruit 30 more social workers'),
    F(15, 'count', 'other', 'pledged caseload cap', 'cap caseloads at 15'),
    F(4, 'count', 'other', "council-run children's houses to be kept open", "Keep all 4 of our council-run children's houses open"),
    F(500, 'count', 'other', 'young carers and care-experienced young people in the pledged summer programme', 'A free summer programme for 500 young carers'),
    F(11, 'years', 'other', 'years the supporters have fostered', "We've fostered for eleven years", optional=True),
    F(3, 'years', 'other', "age of a supporter's son when nursed", 'when he was three', optional=True),
]
nf = ['Thursday 6 May 2027', 'VOTE 1 DOHERTY', 'MY FIVE PLEDGES', 'in three years', 'Table 2.3', '2024-25', 'September 2026', 'Put 1 beside', '(2, 3 and so on)', 'from 7am to 10pm', '5pm on 16 April 2027', '01632 960871', 'Unit 4', 'ML5 0XX', '22 Main Street', 'ML5 0XY', 'St Andrew\'s High']
quotes = [
    Q('manageable', "the council's report", ["the council's own report", 'North Lanarkshire Council'], 'called', optional=True),
    Q("Every one of those 263 children is somebody's wee boy or wee girl. Most of them don't need the police at the door. They need a health visitor who isn't stretched to breaking and a social worker who has time to sit down at the kitchen table,", 'Karen Doherty', ['Karen', 'Doherty', 'Ms Doherty'], 'says', role='Independent candidate for Coatbridge North'),
    Q("I'm not standing for a party. I'm standing for the families on my street.", 'Karen Doherty', ['Karen', 'Doherty', 'Ms Doherty'], None, role='Independent candidate for Coatbridge North'),
    Q("We've fostered for eleven years and we've never seen it this hard to get a social worker to call back. Karen gets it.", 'Moira and Jim Kelly', ['Moira Kelly', 'Jim Kelly', 'Kelly', 'the Kellys'], None, role='foster carers, Whifflet'),
    Q("She looked after my son in the children's ward when he was three. She's the real deal.", 'Sandra Quinn', ['Ms Quinn', 'Quinn'], None, role='Townhead resident'),
]
people = [{'name': 'Karen Doherty', 'role': 'Independent candidate for Coatbridge North'},
          {'name': 'Moira and Jim Kelly', 'role': 'foster carers, Whifflet'},
          {'name': 'Sandra Quinn', 'role': 'Townhead resident'}]
bp = ['Printed by Monkland Print Ltd, Unit 4, Drumpellier Business Park, Coatbridge ML5 0XX. Promoted by Karen Doherty, 22 Main Street, Coatbridge ML5 0XY.', 'Polling stations are open from 7am to 10pm.']
notes = ("Local election candidate leaflet (kind other; campaign material, not news), Scottish council election, plain text. Record period is the statistics year the main claim rests on (the Scottish Government table for 2024-25, year to 31 July 2025); the register's earlier value 'three years' before carries its own period, the \u00a314.6m 'Last year' the council's 2025-26 spend. "
         "Claims: 187 -> 263 (register, child_protection_plans) and the 41% rise (percentage change keeps the metric); '1 in 4' = 25% (other); 'up to 25' caseloads and the same value 25 as a percent; 'Over 900' looked after. "
         "Pledges are figures (other): \u00a32 million a year, 3 hubs, within 18 months, 30 social workers, cap 15, 4 children's houses, 500 young people; 'MY FIVE PLEDGES' and the list numbers 1.-5. are not. "
         "STV traps: 'VOTE 1', 'Put 1 beside', '(2, 3 and so on)'; times, dates, imprint addresses, postcodes, 'Table 2.3', phone. "
         "Quotes: the candidate in two paragraphs (first with 'says Karen' after the closing quote, second with no cue; the first repeats 263); two endorsements attributed by a dash line (cue null), one from a couple; the single quoted word \"manageable\" from the council's report is optional. Candidate's 19 years, 'eleven years' and a child's age are optional.")
gold(DOC, 'other', 'Karen Doherty, Independent candidate for Coatbridge North: Putting our kids first', 'North Lanarkshire', None, p, figs, nf, quotes, people, bp, notes)
