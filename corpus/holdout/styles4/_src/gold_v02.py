from gold import F, Q, P, NONE, fy, write
PRIOR = P('2024-09-30', '2024-09-30', 'a year earlier')
figs = [
    F(9600000, 'gbp', 'other', "forecast overspend of children's services this financial year", 'forecast to overspend by £9.6m this financial year'),
    F(118400000, 'gbp', 'other', "forecast spend of children's services", 'expected to spend £118.4m'),
    F(108800000, 'gbp', 'other', "children's services budget", 'against a budget of £108.8m'),
    F(548, 'count', 'looked_after_children', "children in the council's care at the end of September", "There were 548 children in the council's care"),
    F(511, 'count', 'looked_after_children', 'children in care a year earlier', 'compared with 511 a year earlier', period=PRIOR),
    F(61, 'count', 'looked_after_children', "children in care living in residential children's homes", "61 were living in residential children's homes"),
    F(7350, 'gbp', 'other', 'average weekly cost of a residential placement', 'average placement now costs £7,350 a week'),
    F(11, 'count', 'other', "private providers owning most children's home places nearby", "Eleven private providers now own the majority"),
    F(4100000, 'gbp', 'other', 'proposed savings', 'proposed £4.1m of savings in 2026/27', period=fy('2026/27')),
    F(1300000, 'gbp', 'other', 'savings from the early help service', '£1.3m from the early help service', period=fy('2026/27')),
    F(18, 'count', 'other', 'family support worker posts to be lost', 'the loss of 18 family support worker posts'),
    F(7000, 'gbp', 'other', 'weekly cost of a placement (rhetorical, inside a quote)', 'a £7,000-a-week placement', qualifier=None, optional=True),
    F(2214, 'count', 'other', 'families receiving early help', '2,214 families received early help in 2024/25', period=fy('2024/25')),
    F(83, 'percent', 'other', 'early help cases closed with needs met', '83 per cent of cases closed with needs met'),
    F(312, 'count', 'child_protection_plans', 'children subject to a child protection plan', 'has fallen to 312'),
    F(39.7, 'rate_per_10000', 'child_protection_plans', 'child protection plan rate', 'a rate of 39.7 per 10,000 children'),
    F(40.5, 'rate_per_10000', 'child_protection_plans', 'child protection plan rate, London average', 'the London average of 40.5'),
    F(96, 'count', 'other', 'agency social workers two years ago', 'from 96 to 58 in two years', period=P('2023-10-01', '2023-10-31', 'two years ago')),
    F(58, 'count', 'other', 'agency social workers now', 'from 96 to 58'),
    F(6, 'weeks', 'other', 'length of the consultation', 'runs for six weeks'),
]
# 'within 20 miles' has no unit in the spec: not annotated (see not_figures)
nf = ['14 October 2025', '20 October', '2025/26', '2024/25', 'within 20 miles', '10,000', 'in two years', '04519876', '© 2025', 'second quarter']
AB = ['Abara', 'Cllr Abara', 'Councillor Abara', 'Joyce Abara']
HA = ['Hale', 'Cllr Hale', 'Martin Hale']
quotes = [
    Q('not a Croydon problem but a national market that has been allowed to run out of control', 'Joyce Abara', AB, 'told', role='cabinet member for children and young people'),
    Q("Eleven private providers now own the majority of the children's home places within 20 miles of this town hall,", 'Joyce Abara', AB, 'said'),
    Q('They set the price and we pay it, because the alternative is a child with nowhere safe to sleep.', 'Joyce Abara', AB, None),
    Q('a false economy of the worst kind', 'Martin Hale', HA, 'said', role='Conservative group leader'),
    Q('You are taking away the very people who stop families reaching crisis point,', 'Martin Hale', HA, 'said'),
    Q('Every child who ends up in a £7,000-a-week placement because nobody knocked on the door early enough is a failure of this administration.', 'Martin Hale', HA, None),
    Q('I would ask the cabinet member to go back to officers and bring forward a plan that protects prevention, not one that guts it.', 'Martin Hale', HA, None),
    Q("These are the families who never make the headlines because the support worked. Cutting it to balance one year's books is short-sighted.", 'Priya Mensah', ['Mensah', 'Ms Mensah', 'Cllr Mensah'], 'said', role='Liberal Democrat councillor'),
    Q('No decisions have been taken. All savings proposals will be subject to public consultation before the budget is set in February.', 'a spokesperson for Croydon Council', ['spokesperson', 'Croydon Council', 'a Croydon Council spokesperson', 'the council'], 'said'),
]
people = [
    {'name': 'Joyce Abara', 'role': 'cabinet member for children and young people'},
    {'name': 'Martin Hale', 'role': 'Conservative group leader'},
    {'name': 'Priya Mensah', 'role': 'Liberal Democrat councillor'},
    {'name': 'Debbie Okafor', 'role': "corporate director for children, young people and education"},
    {'name': 'Tomasz Wright', 'role': 'Local Democracy Reporter'},
]
bp = ['Most read', 'Tram delays: 3 routes to be hit by weekend works', 'Man, 44, charged after Purley crash', '© 2025 South London Courier Ltd. Registered in England No. 04519876.']
notes = ("LDRS budget-row story on a Q2 2025/26 monitoring report; record period = the financial year 2025/26 whose overspend is reported; next year's savings carry 2026/27. "
         "Traps: councillor fragment after 'told the meeting the rise was'; quote split by 'she said' (pronoun -> Abara); 'Conservative group leader Cllr Martin Hale said' (role before name); "
         "a quote that opens in one paragraph and continues in the next; 'Liberal Democrat councillor Priya Mensah ... Ms Mensah said afterwards:'; 'According to officers' reported speech with figures; "
         "'A spokesperson for Croydon Council said:'; reported speech of the director with '96 to 58'; 'within 20 miles' (distance: no unit in the spec, not annotated); "
         "'£7,000-a-week' inside a quote is rhetorical (optional); Most read sidebar and company number are boilerplate.")
write('v02_croydon_childrens_budget_row.html', 'news_article', "Row erupts as Croydon children's services heads for £9.6m overspend",
      'Croydon', None, fy('2025/26', 'this financial year'), figs, nf, quotes, people, bp, notes)
