from mk_a import F, P, Q, gold
DOC = 'a04_orkney_social_work_careers.html'
p = P('2025-04-01', '2026-03-31', '2025-26')
figs = [
    F(4, 'count', 'other', 'current social work vacancies', 'See our 4 current vacancies'),
    F(14, 'count', 'other', 'social workers in the Children and Families team', 'a team of 14 social workers'),
    F(2, 'count', 'other', 'senior practitioners in the team', 'two senior practitioners'),
    F(11, 'count', 'other', 'average caseload per full-time social worker at the end of March 2026', 'the average caseload in the team was 11 children per full-time social worker'),
    F(15, 'count', 'other', 'highest caseload held', 'nobody held more than 15'),
    F(18, 'percent', 'other', 'vacancy rate for qualified social workers at 31 March 2026', 'Our vacancy rate for qualified social workers was 18%'),
    F(12, 'percent', 'other', 'posts covered by agency staff', '12% of posts were covered by agency staff'),
    F(26, 'percent', 'other', 'posts covered by agency staff two years earlier', 'down from 26% two years earlier', period=P('2024-03-31', '2024-03-31', 'two years earlier')),
    F(152, 'count', 'social_care_referrals', 'child protection concerns received 2025-26', 'child protection concerns received'),
    F(41, 'count', 'section_47_enquiries', 'inter-agency referral discussions (IRDs)', 'inter-agency referral discussions (IRDs)'),
    F(9, 'count', 'child_protection_plans', 'children on the child protection register at 31 March 2026', 'children on the child protection register at 31 March 2026'),
    F(31, 'count', 'looked_after_children', 'children and young people looked after', 'children and young people looked after'),
    F(17, 'count', 'other', 'Orkney foster carer households', 'Orkney foster carer households'),
    F(100, 'percent', 'other', 'looked after children with an allocated social worker', 'of looked after children with an allocated social worker'),
    F(41976, 'gbp', 'other', 'Social Worker salary range (bottom, Grade H)', '\u00a341,976 \u2013 \u00a347,853', optional=True),
    F(47853, 'gbp', 'other', 'Social Worker salary range (top, Grade H)', '\u00a341,976 \u2013 \u00a347,853', optional=True),
    F(48920, 'gbp', 'other', 'Senior Practitioner salary range (bottom, Grade I)', '\u00a348,920 \u2013 \u00a353,104', optional=True),
    F(53104, 'gbp', 'other', 'Senior Practitioner salary range (top, Grade I)', '\u00a348,920 \u2013 \u00a353,104', optional=True),
    F(3000, 'gbp', 'other', 'welcome payment for new permanent social workers', 'A welcome payment of \u00a33,000'),
    F(12, 'months', 'other', "service before the second welcome-payment instalment", "the second after 12 months\u2019 service", optional=True),
    F(8000, 'gbp', 'other', 'relocation package', 'Relocation package of up to \u00a38,000', qualifier='up to'),
    F(1797, 'gbp', 'other', 'distant islands allowance a year', 'Distant islands allowance of \u00a31,797 a year'),
    F(38, 'days', 'other', 'annual leave including public holidays', "up to 38 days\u2019 annual leave", qualifier='up to', optional=True),
    F(8, 'count', 'other', 'protected caseload cap for newly qualified social workers', 'Protected caseload of no more than eight children', qualifier='no more than'),
    F(27, 'count', 'other', "testimonial: the practitioner's previous caseload in Leeds", 'a caseload of 27', optional=True),
    F(12, 'count', 'other', "testimonial: the practitioner's current caseload (families)", 'Here I have 12 families', optional=True),
    F(2, 'years', 'other', 'testimonial: two years in Orkney', 'in two years', optional=True),
    F(5, 'years', 'other', 'testimonial: the five years before', 'than in the five before', optional=True),
    F(18, 'months', 'other', 'fixed term of the throughcare post', 'fixed term, 18 months', optional=True),
]
nf = ['eight-seater', 'a handful of cases', '35-hour week', 'Grade H', 'Grade I', 'Ref OIC-CF-0412', 'OIC-CF-0418', 'OIC-CF-0421', 'x2', '15 January 2027', '22 January 2027', '01632 960733', 'KW15 1NY', '\u00a9 2026', 'joined 2025', 'in 2024', 'your first year', '2025-26', 'at 31 March 2026']
quotes = [
    Q("I moved up from Leeds in 2024 with a caseload of 27 and a waiting list I couldn\u2019t see the end of. Here I have 12 families and I actually see them. I have done more direct work in two years than in the five before.", 'Tom Ashworth', ['Tom', 'Mr Ashworth', 'Ashworth'], None, role='Senior Practitioner'),
    Q("You do need to like boats. But you also get a manager who answers the phone, and a team that covers for you when the ferry is cancelled.", 'Eilidh Rendall', ['Eilidh', 'Ms Rendall', 'Rendall'], None, role='Social Worker'),
    Q("In a small place you can\u2019t hide behind a process. Families know who you are, and that keeps us honest.", 'Fiona Stout', ['Ms Stout', 'Stout'], 'says', role='Head of Children, Families and Justice'),
]
people = [{'name': 'Tom Ashworth', 'role': 'Senior Practitioner'}, {'name': 'Eilidh Rendall', 'role': 'Social Worker'},
          {'name': 'Fiona Stout', 'role': 'Head of Children, Families and Justice'}]
bp = ['We use cookies to make this site work and, with your consent, to see how it is used.', 'Orkney Islands Council, School Place, Kirkwall, Orkney KW15 1NY']
notes = ("Council social-work recruitment landing page (kind other), Scottish island council; record period 2025-26 (the 'in numbers' panel). "
         "Stat cards put the number and its label in separate spans (the label is the anchor): concerns = social_care_referrals, IRDs = section_47_enquiries, register = child_protection_plans, looked after; foster households and 100% allocation are other. "
         "Workforce figures (caseload average 11 and maximum 15, vacancy 18%, agency 12% down from 26% two years earlier with its own snapshot period) are required (other). "
         "Decision on pay: salary bands are ranges, so each band is two optional figures; single stated amounts (welcome payment \u00a33,000, relocation 'up to \u00a38,000', allowance \u00a31,797 a year) are required gbp figures (other); '35-hour week' has no unit in the spec (not a figure); annual leave and the 12-month condition optional. "
         "'4 current vacancies' in the hero button is required although the list shows three adverts (one 'x2'). Testimonials are blockquotes attributed in a figcaption (cue null); their caseload numbers and 'two years'/'five before' are anecdotal and optional. "
         "The Head of Service's quote follows 'says ... :' in running prose. Traps: 'eight-seater', 'a handful', job refs, closing dates, phone, postcode, Grade H/I, a dataLayer script with 'vacancies':4 (not visible text).")
gold(DOC, 'other', 'Social work with children and families | Careers | Orkney Islands Council', 'Orkney Islands', 'Orkney Public Protection Committee', p, figs, nf, quotes, people, bp, notes)
