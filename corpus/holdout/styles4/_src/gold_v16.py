from gold import F, Q, P, NONE, fy, write
figs = [
    F(198, 'count', 'looked_after_children', 'children looked after', 'We now look after 198 children'),
    F(214, 'count', 'looked_after_children', 'children looked after twelve months ago', 'down from 214 twelve months ago', period=P('2025-03-31', '2025-03-31', 'twelve months ago')),
    F(87, 'count', 'other', 'families worked with by the edge-of-care team', 'worked with 87 families this year'),
    F(71, 'count', 'other', 'families where children stayed safely at home', 'in 71 of them the children stayed safely at home'),
    F(82, 'percent', 'other', 'share of edge-of-care families where children stayed at home', "That's 82%.", optional=True),
    F(11.5, 'percent', 'other', 'social worker turnover', 'Turnover fell to 11.5%'),
    F(17, 'percent', 'other', 'social worker turnover, previous year', 'from 17% the year before', period=fy('2024/25', 'the year before')),
    F(0, 'count', 'other', 'agency social workers in assessment teams', 'we have no agency social workers in our assessment teams'),
    F(161, 'count', 'child_protection_plans', 'children on child protection plans', 'rose to 161'),
    F(45, 'rate_per_10000', 'child_protection_plans', 'child protection plan rate', 'a rate of 45 per 10,000'),
    F(38, 'rate_per_10000', 'child_protection_plans', 'child protection plan rate, South West average', 'the South West average of 38'),
    F(40, 'count', 'child_protection_plans', 'new plans looked at closely', 'We looked closely at 40 of the new plans'),
    F(25, 'percent', 'child_protection_plans', 'new plans where parental mental health was the main worry', 'in roughly a quarter the main worry', qualifier='roughly'),
    F(16, 'years', 'other', 'age of the young person quoted', 'One 16-year-old told us', optional=True),
    F(16, 'years', 'other', 'lower age of personal adviser support', 'from 16 to 25', optional=True),
    F(25, 'years', 'other', 'upper age of personal adviser support', 'from 16 to 25', optional=True),
    F(5, 'count', 'other', 'approval steps for everyday decisions before', 'from 5 to 1'),
    F(1, 'count', 'other', 'approval steps for everyday decisions now', 'from 5 to 1'),
    F(93, 'percent', 'other', 'children in foster care with delegated authority in place', 'for 93% of children in foster care'),
    F(30, 'count', 'other', 'more foster families needed by 2028', 'We need 30 more foster families by 2028'),
]
nf = ['21 May 2026', '6 comments', '2025/26', 'April 2025', '4 June', '6.30pm', 'by 2028', '10,000', '0117 496 0100', 'BA1 5AW', 'three forms', 'for the first time']
quotes = [
    Q("I don't want to tell my story again to someone new every time.", 'a 16-year-old', ['16-year-old', 'a young person', 'One 16-year-old'], 'told'),
    Q('Just let us make ordinary decisions. Sleepovers, haircuts, school trips. It shouldn\'t take three forms.', 'a foster carer', ['foster carer', 'A foster carer'], None),
]
people = [{'name': 'Rachel Penrose', 'role': "Director of Children's Services"}]
bp = ['6 comments', 'Great to see the numbers on edge of care - 82% is brilliant. - Tom, Midsomer Norton', 'Guildhall, High Street, Bath BA1 5AW']
notes = ("Director of children's services' blog (news_article, as the cabinet member blog in styles3). The director's first-person prose is not a quote, however many figures it holds; "
         "only the words of the 16-year-old and the foster carer are quotes. Record period = 'the year from April 2025 to March 2026'. "
         "Traps: 'That's 82%.' restates 71 of 87 (optional); 'no agency social workers in our assessment teams' is a required zero; 'roughly a quarter' (hedged, no exact value given, so required); "
         "'from 16 to 25' (age range: two optional figures); 'from 5 to 1' (before and after); '93% of children in foster care' with delegated authority is a feature subset (other); 'three forms' rhetorical inside a quote; 'by 2028' and the event time are not figures; "
         "the foster carer's quote is introduced by 'put it another way:' (cue null); reader comment with 82% is boilerplate; area name with '&' in the page furniture.")
write('v16_banes_director_blog.html', 'news_article', "Director's blog: What a year of listening has taught us",
      'Bath and North East Somerset', None, P('2025-04-01', '2026-03-31', 'the year from April 2025 to March 2026'), figs, nf, quotes, people, bp, notes)
