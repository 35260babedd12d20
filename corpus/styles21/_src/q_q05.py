"""Writer q, q05: a Violence Reduction Unit's annual report (Surrey), PDF, title band over two columns."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR
from pdfkit_q import styles, table, build_two_col, Paragraph, Spacer, mm, colors, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import FrameBreak, NextPageTemplate

DOC = 'q05_surrey_violence_reduction_unit_annual_report_year_three.pdf'
S = styles('#c8102e', size=8.7)
B, H2, SM, H1 = S['body'], S['h2'], S['small'], S['h1']
A = S['accent']
PQ = ParagraphStyle('pq', parent=B, fontName='Helvetica-BoldOblique', fontSize=9.5, leading=12.5, textColor=A)

band = Table([[Paragraph('<font size=8>Surrey Violence Reduction Unit \u2013 hosted by the Office of the Police and Crime '
                         'Commissioner for Surrey</font>', SM)],
              [Paragraph('<font size=20><b>Annual Report: Year Three</b></font>', H1)],
              [Paragraph('Preventing serious violence among young people in Surrey  |  Published July 2026', SM)]],
             colWidths=[170 * mm])
band.setStyle(TableStyle([('LINEBELOW', (0, -1), (-1, -1), 2, A), ('BOTTOMPADDING', (0, -1), (-1, -1), 6)]))


def p(t):
    return Paragraph(t, B)


def h(t):
    return Paragraph(t, H2)


C = S['cell']
trend = table([['Measure', 'Year 2', 'Year 3'],
               [Paragraph('Hospital admissions, sharp object, under 25', C), '56', '41'],
               [Paragraph('Knife crime offences', C), '673', '612'],
               [Paragraph('Under-25 victims of serious violence', C), '1,231', '1,148'],
               [Paragraph('First-time entrants to youth justice', C), '171', '148']], [50, 14, 14], A, zebra='#fbe9ec')

story = [
    band, FrameBreak(), NextPageTemplate('later'),
    h('Introduction from the Director'),
    p('Three years ago Surrey\u2019s partners agreed that serious violence among young people was preventable, not '
      'inevitable. This report sets out what the Violence Reduction Unit (VRU) and its partners did in our third year, '
      'which ended in March, and what changed.'),
    p('I am encouraged by the fall in hospital admissions, but I am clear that the numbers are small and a single bad '
      'month can reverse a trend. I am also clear that exploitation, not gangs, is the main route into violence for the '
      'children we meet.'),
    Paragraph('<b>Dr Imogen Rafferty</b>, Director, Surrey VRU', SM),
    h('What changed'),
    p('Hospital admissions for assault with a sharp object among under-25s fell to 41, from 56 in year two, a '
      'reduction of 27%. Police recorded 612 knife crime offences, 9% fewer than the 673 of the year before. There were '
      '1,148 under-25 victims of serious violence.'),
    p('First-time entrants to the youth justice system fell to 148 (171 in year two), a rate of 175 per 100,000 young '
      'people aged 10 to 17, below the South East rate of 189.'),
    Paragraph('<b>Table 1: Headline measures, years two and three</b>', SM),
    trend, Spacer(1, 4),
    h('Navigators in A&amp;E and custody'),
    p('Youth workers based in the emergency departments at Frimley Park, St Peter\u2019s and the Royal Surrey approached '
      '386 young people aged 10 to 25 after an assault, self-harm or exploitation-related attendance. 274 of them (71%) '
      'agreed to work with a navigator. Custody navigators saw 214 children in police custody suites.'),
    Table([[Paragraph('\u201cThe first conversation happens at 2am in a cubicle with a drip in his arm. That is the '
                      'moment he might actually listen.\u201d', PQ)],
           [Paragraph('\u2013 Kayleigh Dunn, A&amp;E youth navigator', SM)]], colWidths=[80 * mm],
          style=TableStyle([('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#fbe9ec'))])),
    h('Mentoring and schools'),
    p('158 young people started a mentoring programme that lasts 6 months; 121 completed it. Our schools inclusion '
      'project worked in 12 secondary schools, where permanent exclusions fell from 31 to 19.'),
    h('Child exploitation'),
    p('The VRU funds the coordinator of the multi-agency child exploitation (MACE) panel, which is accountable to the '
      'Surrey Safeguarding Children Partnership. The panel discussed 52 children in the year; 84 children were '
      'identified by partners as at risk of criminal exploitation, and 37 referrals were made to the National Referral '
      'Mechanism.'),
    p('Of the 52 children discussed at MACE, 19 were looked after and 11 were subject to a child protection plan. 26 had '
      'been reported missing at least once in the previous 3 months.'),
    p('In its annual report the Surrey Safeguarding Children Partnership recorded that two of its three rapid reviews in '
      '2025/26 involved a child at risk of criminal exploitation, and it commissioned one local child safeguarding '
      'practice review on that theme.'),
    h('Funding'),
    p('The VRU\u2019s budget for year three was \u00a31.46m from the Home Office, with \u00a3310,000 of match funding from '
      'the Police and Crime Commissioner. 58% was spent on commissioned interventions.'),
    h('What the evaluation found'),
    p('An independent evaluation by the University of Guildford (invented) found that young people who completed '
      'mentoring were less likely to be arrested in the following 12 months. The evaluation made 7 recommendations, all '
      'accepted by the VRU Strategic Board.'),
    p('Lisa Townsend-Hart, the Police and Crime Commissioner, said: \u201cThese are encouraging numbers, but behind every '
      'one of them is a young person whose life could have gone another way. Year four has to be about reaching children '
      'earlier, in primary school.\u201d'),
    h('Year four priorities'),
    p('Extend navigators to Epsom and East Surrey hospitals; reduce admissions for sharp-object assault to 35 or fewer; '
      'start a primary transition project in 20 schools.'),
    Paragraph('Surrey VRU, PO Box 999, Guildford. 01632 960815. surreyvru.example', SM),
]
build_two_col(os.path.join(DIR, DOC), 'Surrey Violence Reduction Unit Annual Report: Year Three', 'Surrey Violence Reduction Unit',
              story, 'Surrey VRU | Annual Report: Year Three', 'Surrey Violence Reduction Unit', 1, band_h=30)

per = P('2025-04-01', '2026-03-31')
prev = P('2024-04-01', '2025-03-31')
figs = [
    F(41, 'count', 'other', 'hospital admissions for assault with a sharp object, under 25s', 'fell to 41, from 56'),
    F(56, 'count', 'other', 'hospital admissions for sharp-object assault in year two', 'from 56 in year two', period=prev),
    F(27, 'percent', 'other', 'reduction in sharp-object admissions', 'a reduction of 27%'),
    F(612, 'count', 'other', 'knife crime offences', 'Police recorded 612 knife crime offences'),
    F(9, 'percent', 'other', 'fall in knife crime offences', '9% fewer than the 673'),
    F(673, 'count', 'other', 'knife crime offences in year two', 'fewer than the 673 of the year before', period=prev),
    F(1148, 'count', 'other', 'under-25 victims of serious violence', '1,148 under-25 victims of serious violence'),
    F(1231, 'count', 'other', 'under-25 victims of serious violence in year two', '1,231', period=prev),
    F(148, 'count', 'other', 'first-time entrants to youth justice', 'fell to 148 (171 in year two)'),
    F(171, 'count', 'other', 'first-time entrants in year two', '(171 in year two)', period=prev),
    F(175, 'rate_per_100000', 'other', 'first-time entrant rate per 100,000 aged 10 to 17', 'a rate of 175 per 100,000'),
    F(189, 'rate_per_100000', 'other', 'South East first-time entrant rate', 'below the South East rate of 189'),
    F(10, 'years', 'other', 'youth justice age band lower bound', 'young people aged 10 to 17', optional=True),
    F(17, 'years', 'other', 'youth justice age band upper bound', 'young people aged 10 to 17', optional=True),
    F(386, 'count', 'other', 'young people approached by A&E navigators', 'approached 386 young people'),
    F(10, 'years', 'other', 'navigator age band lower bound', '386 young people aged 10 to 25', optional=True),
    F(25, 'years', 'other', 'navigator age band upper bound', '386 young people aged 10 to 25', optional=True),
    F(274, 'count', 'other', 'young people who agreed to work with a navigator', '274 of them (71%)'),
    F(71, 'percent', 'other', 'share who agreed to work with a navigator', '274 of them (71%)', optional=True),
    F(214, 'count', 'other', 'children seen by custody navigators', 'Custody navigators saw 214 children'),
    F(158, 'count', 'other', 'young people who started mentoring', '158 young people started a mentoring programme'),
    F(6, 'months', 'other', 'length of the mentoring programme', 'lasts 6 months'),
    F(121, 'count', 'other', 'young people who completed mentoring', '121 completed it'),
    F(12, 'count', 'other', 'secondary schools in the inclusion project', 'worked in 12 secondary schools'),
    F(31, 'count', 'other', 'permanent exclusions before the project', 'permanent exclusions fell from 31 to 19', period=prev),
    F(19, 'count', 'other', 'permanent exclusions in project schools', 'fell from 31 to 19'),
    F(52, 'count', 'other', 'children discussed at the MACE panel', 'The panel discussed 52 children in the year'),
    F(84, 'count', 'other', 'children identified at risk of criminal exploitation', '84 children were identified'),
    F(37, 'count', 'other', 'National Referral Mechanism referrals', '37 referrals were made to the National Referral Mechanism'),
    F(19, 'count', 'looked_after_children', 'MACE children who were looked after', '19 were looked after'),
    F(11, 'count', 'child_protection_plans', 'MACE children subject to a CP plan', '11 were subject to a child protection plan'),
    F(26, 'count', 'other', 'MACE children reported missing in the previous 3 months', '26 had been reported missing'),
    F(2, 'count', 'other', 'rapid reviews involving a child at risk of criminal exploitation', 'two of its three rapid reviews'),
    F(3, 'count', 'rapid_reviews', 'rapid reviews held by the partnership', 'two of its three rapid reviews in 2025/26'),
    F(1, 'count', 'lcsprs_commissioned', 'LCSPR commissioned on criminal exploitation', 'it commissioned one local child safeguarding practice review'),
    F(1460000, 'gbp', 'other', 'Home Office funding for year three', '\u00a31.46m from the Home Office'),
    F(310000, 'gbp', 'other', 'PCC match funding', '\u00a3310,000 of match funding'),
    F(58, 'percent', 'other', 'share of budget spent on commissioned interventions', '58% was spent on commissioned interventions'),
    F(7, 'count', 'recommendations', 'evaluation recommendations', 'The evaluation made 7 recommendations'),
    F(35, 'count', 'other', 'priority: sharp-object admissions target', 'to 35 or fewer', optional=True),
    F(20, 'count', 'other', 'priority: schools in a primary transition project', 'project in 20 schools', optional=True),
]
quotes = [
    Q('The first conversation happens at 2am in a cubicle with a drip in his arm. That is the moment he might actually listen.',
      'Kayleigh Dunn', ['Dunn', 'Ms Dunn'], None, role='A&E youth navigator'),
    Q('These are encouraging numbers, but behind every one of them is a young person whose life could have gone another way. Year four has to be about reaching children earlier, in primary school.',
      'Lisa Townsend-Hart', ['Townsend-Hart', 'Ms Townsend-Hart', 'the Police and Crime Commissioner', 'the PCC'], 'said',
      role='Police and Crime Commissioner for Surrey'),
]
gold(DOC, 'council_report', 'Surrey Violence Reduction Unit Annual Report: Year Three', 'Surrey',
     'Surrey Safeguarding Children Partnership', per, figs,
     ['Year Three', 'year three', 'July 2026', 'Three years ago', 'Year 2', 'Year 3', '2am', '2025/26', '12 months',
      'Year four', 'PO Box 999', '01632 960815', 'Table 1', '100,000'],
     quotes,
     [{'name': 'Imogen Rafferty', 'role': 'Director, Surrey VRU'},
      {'name': 'Kayleigh Dunn', 'role': 'A&E youth navigator'},
      {'name': 'Lisa Townsend-Hart', 'role': 'Police and Crime Commissioner for Surrey'}],
     ['Surrey VRU | Annual Report: Year Three'],
     'SYNTHETIC document invented for evaluation (writer q, styles21). A Violence Reduction Unit\'s annual report (kind '
     'council_report: a multi-agency partnership\'s account of its year, hosted by the PCC\'s office, like a community safety '
     'partnership\'s annual report; not a police force\'s own document). Title band over two columns. The record period is '
     'only implied: "Year Three", "our third year, which ended in March", published July 2026 -> 2025-04-01 to 2026-03-31; '
     'year-two figures carry the 2024/25 period. Table 1 repeats the prose (mentions). The Director\'s introduction is '
     'first-person prose with a name line (not a quote). Youth justice rate per 100,000 (other) and the South East '
     'comparator; age bands optional; count (percent) -> percent optional. Permanent exclusions "fell from 31 to 19": the '
     'earlier figure is before the project (treated as the year before). MACE children who were looked after / on a CP '
     'plan keep those metrics; missing, NRM and at-risk counts other. The safeguarding partnership is named as holding the '
     'rapid reviews and commissioning an LCSPR (partnership per ruling 2): 3 rapid reviews required, the 2 involving '
     'exploitation are a feature-defined subset (other), 1 LCSPR commissioned. Evaluation\'s 7 recommendations -> recommendations (ruling 5). '
     'Year-four priorities optional. Quotes: a navigator\'s pull quote with a dash line (cue null), the PCC (said). '
     '"2am" and "12 months" (time points) are not figures.')
