"""h03: a children's charity's trustees' annual report, narrative part (Charity Commission SORP layout: objectives,
achievements, financial review with a two-year table, reserves, structure and governance), St Helens (reportlab;
running header and footer). Writes the PDF and its gold. Run: /tmp/pdfgen8/bin/python _src/g_h03.py"""
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer
from mk import F, P, Q, gold
from pdfh import NOTE, styles, make_footer, table

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = 'h03_st_helens_childrens_charity_trustees_annual_report'
OUT = os.path.join(os.path.dirname(HERE), NAME + '.pdf')
YR = P('2025-04-01', '2026-03-31', 'year ended 31 March 2026')
PREV = P('2024-04-01', '2025-03-31', 'year ended 31 March 2025')
A = '#2E3A87'


def build():
    st = styles(A)
    b = st['body']
    doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm, bottomMargin=20 * mm,
                            title='Sankey Valley Children and Families Trust: Trustees\u2019 Annual Report for the year ended 31 March 2026',
                            author='Sankey Valley Children and Families Trust (invented)', subject=NOTE)
    s = []
    s.append(Paragraph('SANKEY VALLEY CHILDREN AND FAMILIES TRUST', st['h2']))
    s.append(Paragraph('(A company limited by guarantee) Registered charity number 1160273 | Company number 09418852', st['small']))
    s.append(Paragraph('Trustees\u2019 Annual Report for the year ended 31 March 2026', st['h1']))
    s.append(Paragraph('The trustees, who are also directors of the charity for the purposes of the Companies Act 2006, present their annual report together with the financial statements of the charity for the year ended 31 March 2026. The report has been prepared in accordance with the Charities SORP (FRS 102), second edition.', b))
    s.append(Paragraph('Objectives and activities', st['h2']))
    s.append(Paragraph('The charity\u2019s objects are to relieve the needs of children and young people under the age of 18 living in the borough of St Helens and their families who are in conditions of hardship or distress. We do this through three programmes: Family Support (home visiting for families referred by schools and children\u2019s services), Safe Space (one-to-one support for children affected by domestic abuse) and Young Carers.', b))
    s.append(Paragraph('The trustees have paid due regard to the Charity Commission\u2019s guidance on public benefit (PB1) when reviewing the charity\u2019s aims and planning its activities.', b))
    s.append(Paragraph('Achievements and performance', st['h2']))
    s.append(Paragraph('During the year the charity worked with 1,046 children and young people from 583 families, compared with 912 children from 517 families in 2024/25. Referrals rose by 19% to 734, with St Helens Borough Council\u2019s early help teams the largest single source (41% of referrals).', b))
    s.append(Paragraph('<b>Family Support.</b> Our family workers supported 296 families at home. At the point of referral, 64 of those families had a child subject to a child protection plan and 118 had a child on a child in need plan. By the time their support ended, 37 of the 64 families had seen the child protection plan stepped down. Average length of support was 22 weeks.', b))
    s.append(Paragraph('<b>Safe Space.</b> 187 children affected by domestic abuse received one-to-one support, usually for 12 sessions. Of the 142 who completed an outcome measure at the start and end, 81% showed a reduction in trauma symptoms. The waiting list stood at 58 children at 31 March 2026 and the average wait was 9 weeks.', b))
    s.append(Paragraph('<b>Young Carers.</b> 412 young carers aged 8 to 17 were registered with the service, of whom 126 were newly identified during the year, many through our schools programme which now reaches 31 of the borough\u2019s 54 primary schools.', b))
    s.append(Paragraph('A young carer who joined the residential trip to the Lake District in August wrote in her feedback: \u201cIt was the first time in two years I didn\u2019t have to think about Mum\u2019s tablets. I just got to be eleven.\u201d', st['quote']))
    s.append(Paragraph('The local authority\u2019s Director of Children\u2019s Services, writing in support of our Lottery application, described the Family Support programme as \u201can essential part of the early help offer in St Helens, and one we could not replicate\u201d.', b))
    s.append(Paragraph('Financial review', st['h2']))
    s.append(Paragraph('Total income for the year was \u00a31,284,611 (2025: \u00a31,107,380), of which 62% came from contracts and grants from public bodies. Total expenditure was \u00a31,251,940 (2025: \u00a31,129,502), giving a net surplus of \u00a332,671 after a deficit the year before.', b))
    rows = [['Summary of financial activities', '2026 \u00a3', '2025 \u00a3'],
            ['Donations and legacies', '214,380', '188,912'],
            ['Charitable activities (contracts and grants)', '796,125', '671,044'],
            ['Other trading and fundraising', '274,106', '247,424'],
            ['Total income', '1,284,611', '1,107,380'],
            ['Total expenditure', '1,251,940', '1,129,502'],
            ['Net income / (expenditure)', '32,671', '(22,122)']]
    s.append(table(rows, [90, 32, 32], head='#DADFF2'))
    s.append(Spacer(1, 5))
    s.append(Paragraph('<b>Reserves policy.</b> The trustees aim to hold free reserves equal to between three and six months of unrestricted expenditure, currently \u00a3171,000 to \u00a3342,000. At 31 March 2026 free reserves were \u00a3236,450 (2025: \u00a3203,779), equivalent to 4.1 months. Restricted funds of \u00a398,320 are held for the Safe Space programme.', b))
    s.append(Paragraph('<b>Going concern.</b> The trustees have reviewed forecasts to March 2028 and consider that the charity has adequate resources to continue for at least 12 months from the date of approval of these financial statements.', b))
    s.append(Paragraph('Structure, governance and management', st['h2']))
    s.append(Paragraph('The charity is governed by its articles of association, last amended on 14 March 2022. The board has nine trustees, who met six times during the year; average attendance was 83%. Two trustees were appointed and one retired. The charity employs 34 staff (27.5 full-time equivalent) and is supported by 61 volunteers who gave an estimated 4,800 hours. The highest-paid employee received between \u00a360,000 and \u00a370,000. No trustee received any remuneration.', b))
    s.append(Paragraph('<b>Safeguarding.</b> The charity reported 27 safeguarding concerns to St Helens children\u2019s social care during the year, of which 9 led to a strategy discussion and 4 to a section 47 enquiry. No serious incidents were reported to the Charity Commission.', b))
    s.append(Paragraph('<b>Plans for future periods.</b> In 2026/27 the trustees plan to open a second Safe Space base in Newton-le-Willows and to reduce the average wait to 6 weeks.', b))
    s.append(Paragraph('Chair\u2019s statement', st['h2']))
    s.append(Paragraph('This year our staff and volunteers supported more children than ever before. I thank them, and I thank our funders, without whom none of this is possible. Demand continues to outstrip what we can offer, and the board has made reducing waiting times its first priority.', b))
    s.append(Paragraph('Approved by the board of trustees on 22 September 2026 and signed on its behalf by: <b>Graham Nuttall-Reyes</b>, Chair of Trustees', b))
    doc.build(s, onFirstPage=make_footer('Sankey Valley Children and Families Trust | Trustees\u2019 Annual Report 2025/26'),
              onLaterPages=make_footer('Sankey Valley Children and Families Trust | Trustees\u2019 Annual Report 2025/26', 'Report of the Trustees (continued) | for the year ended 31 March 2026'))
    print('wrote', os.path.basename(OUT))
    m31 = P('2026-03-31', '2026-03-31', 'at 31 March 2026')
    figures = [
        F(1046, 'count', 'other', 'children and young people the charity worked with', 'worked with 1,046 children and young people from 583 families'),
        F(583, 'count', 'other', 'families the charity worked with', 'from 583 families'),
        F(912, 'count', 'other', 'children worked with, 2024/25', 'compared with 912 children from 517 families in 2024/25', period=PREV),
        F(517, 'count', 'other', 'families worked with, 2024/25', 'from 517 families in 2024/25', period=PREV),
        F(19, 'percent', 'other', 'rise in referrals to the charity', 'Referrals rose by 19% to 734'),
        F(734, 'count', 'other', 'referrals to the charity', 'Referrals rose by 19% to 734'),
        F(41, 'percent', 'other', 'share of referrals from early help teams', '(41% of referrals)'),
        F(296, 'count', 'other', 'families supported at home by family workers', 'supported 296 families at home'),
        F(64, 'count', 'child_protection_plans', 'families with a child on a child protection plan at referral', '64 of those families had a child subject to a child protection plan'),
        F(118, 'count', 'children_in_need', 'families with a child on a child in need plan at referral', '118 had a child on a child in need plan'),
        F(37, 'count', 'child_protection_plans', 'families whose child protection plan was stepped down', '37 of the 64 families had seen the child protection plan stepped down'),
        F(22, 'weeks', 'other', 'average length of family support', 'Average length of support was 22 weeks'),
        F(187, 'count', 'other', 'children affected by domestic abuse given one-to-one support', '187 children affected by domestic abuse'),
        F(12, 'count', 'other', 'usual number of Safe Space sessions', 'usually for 12 sessions'),
        F(142, 'count', 'other', 'children completing an outcome measure', 'Of the 142 who completed an outcome measure'),
        F(81, 'percent', 'other', 'children showing a reduction in trauma symptoms', '81% showed a reduction in trauma symptoms'),
        F(58, 'count', 'other', 'children on the Safe Space waiting list', 'The waiting list stood at 58 children', period=m31),
        F(9, 'weeks', 'other', 'average wait for Safe Space', 'the average wait was 9 weeks'),
        F(412, 'count', 'other', 'registered young carers', '412 young carers aged 8 to 17 were registered'),
        F(126, 'count', 'other', 'young carers newly identified', 'of whom 126 were newly identified'),
        F(31, 'count', 'other', 'primary schools reached by the schools programme', 'reaches 31 of the borough\u2019s 54 primary schools'),
        F(54, 'count', 'other', 'primary schools in the borough', 'reaches 31 of the borough\u2019s 54 primary schools', optional=True),
        F(1284611, 'gbp', 'other', 'total income', 'Total income for the year was \u00a31,284,611'),
        F(1107380, 'gbp', 'other', 'total income, 2025', '(2025: \u00a31,107,380)', period=PREV),
        F(62, 'percent', 'other', 'share of income from public bodies', 'of which 62% came from contracts and grants'),
        F(1251940, 'gbp', 'other', 'total expenditure', 'Total expenditure was \u00a31,251,940'),
        F(1129502, 'gbp', 'other', 'total expenditure, 2025', '(2025: \u00a31,129,502)', period=PREV),
        F(32671, 'gbp', 'other', 'net surplus', 'a net surplus of \u00a332,671'),
        F(214380, 'gbp', 'other', 'donations and legacies', 'Donations and legacies 214,380 188,912'),
        F(188912, 'gbp', 'other', 'donations and legacies, 2025', 'Donations and legacies 214,380 188,912', period=PREV),
        F(796125, 'gbp', 'other', 'income from charitable activities (contracts and grants)', 'Charitable activities (contracts and grants) 796,125 671,044'),
        F(671044, 'gbp', 'other', 'income from charitable activities, 2025', 'Charitable activities (contracts and grants) 796,125 671,044', period=PREV),
        F(274106, 'gbp', 'other', 'other trading and fundraising income', 'Other trading and fundraising 274,106 247,424'),
        F(247424, 'gbp', 'other', 'other trading and fundraising income, 2025', 'Other trading and fundraising 274,106 247,424', period=PREV),
        F(-22122, 'gbp', 'other', 'net expenditure (deficit), 2025', 'Net income / (expenditure) 32,671 (22,122)', period=PREV),
        F(3, 'months', 'other', 'reserves target, lower bound', 'between three and six months of unrestricted expenditure', optional=True),
        F(6, 'months', 'other', 'reserves target, upper bound', 'between three and six months of unrestricted expenditure', optional=True),
        F(171000, 'gbp', 'other', 'reserves target in pounds, lower bound', 'currently \u00a3171,000 to \u00a3342,000', optional=True),
        F(342000, 'gbp', 'other', 'reserves target in pounds, upper bound', 'currently \u00a3171,000 to \u00a3342,000', optional=True),
        F(236450, 'gbp', 'other', 'free reserves', 'free reserves were \u00a3236,450', period=m31),
        F(203779, 'gbp', 'other', 'free reserves, 2025', '(2025: \u00a3203,779)', period=P('2025-03-31', '2025-03-31', 'at 31 March 2025')),
        F(4.1, 'months', 'other', 'free reserves in months of expenditure', 'equivalent to 4.1 months'),
        F(98320, 'gbp', 'other', 'restricted funds held for Safe Space', 'Restricted funds of \u00a398,320'),
        F(12, 'months', 'other', 'going concern horizon', 'for at least 12 months from the date of approval', qualifier='at least'),
        F(9, 'count', 'other', 'trustees', 'The board has nine trustees'),
        F(6, 'count', 'other', 'board meetings', 'who met six times during the year'),
        F(83, 'percent', 'other', 'average attendance at board meetings', 'average attendance was 83%'),
        F(2, 'count', 'other', 'trustees appointed', 'Two trustees were appointed'),
        F(1, 'count', 'other', 'trustees retired', 'and one retired', optional=True),
        F(34, 'count', 'other', 'staff employed', 'The charity employs 34 staff'),
        F(27.5, 'count', 'other', 'full-time equivalent staff', '(27.5 full-time equivalent)'),
        F(61, 'count', 'other', 'volunteers', 'supported by 61 volunteers'),
        F(4800, 'count', 'other', 'volunteer hours', 'an estimated 4,800 hours', qualifier='an estimated'),
        F(60000, 'gbp', 'other', 'highest-paid employee band, lower bound', 'between \u00a360,000 and \u00a370,000', optional=True),
        F(70000, 'gbp', 'other', 'highest-paid employee band, upper bound', 'between \u00a360,000 and \u00a370,000', optional=True),
        F(0, 'count', 'other', 'trustees receiving remuneration', 'No trustee received any remuneration', optional=True),
        F(27, 'count', 'social_care_referrals', "safeguarding concerns reported to children's social care", 'reported 27 safeguarding concerns to St Helens children\u2019s social care'),
        F(9, 'count', 'other', 'concerns that led to a strategy discussion', 'of which 9 led to a strategy discussion'),
        F(4, 'count', 'section_47_enquiries', 'concerns that led to a section 47 enquiry', '4 to a section 47 enquiry'),
        F(0, 'count', 'other', 'serious incidents reported to the Charity Commission', 'No serious incidents were reported to the Charity Commission'),
        F(6, 'weeks', 'other', 'target average wait for 2026/27', 'reduce the average wait to 6 weeks', period=P('2026-04-01', '2027-03-31', '2026/27')),
        F(11, 'years', 'other', 'age of the young carer quoted', 'I just got to be eleven', optional=True),
    ]
    quotes = [
        Q('It was the first time in two years I didn\u2019t have to think about Mum\u2019s tablets. I just got to be eleven.', 'a young carer',
          ['young carer', 'A young carer who joined the residential trip'], 'wrote'),
        Q('an essential part of the early help offer in St Helens, and one we could not replicate', "the Director of Children's Services",
          ['Director of Children\u2019s Services', 'The local authority\u2019s Director of Children\u2019s Services'], 'described'),
    ]
    people = [{'name': 'Graham Nuttall-Reyes', 'role': 'Chair of Trustees'}]
    nf = ['1160273', '09418852', 'Companies Act 2006', 'FRS 102', 'second edition', 'under the age of 18', '(PB1)', 'aged 8 to 17', 'in August',
          'March 2028', '14 March 2022', 'section 47', 'Newton-le-Willows', '22 September 2026', 'at 31 March 2026', 'three programmes', 'in two years']
    bp = ['Sankey Valley Children and Families Trust | Trustees\u2019 Annual Report 2025/26', 'Report of the Trustees (continued) | for the year ended 31 March 2026']
    notes = ("The narrative part of a local children's charity's trustees' annual report (Charity Commission / SORP structure; genre new: "
             "earlier folders have a charity impact report, briefings and statistics pages, not the statutory trustees' report); a charity's "
             "document, so other; area St Helens; partnership null; period the year ended 31 March 2026. Traps: the charity and company "
             "numbers, 'Companies Act 2006', 'FRS 102', 'PB1'; comparatives in brackets '(2025: £1,107,380)' with the prior year's period; "
             "a two-year SOFA-style table in pounds with an accounting-bracket negative '(22,122)' = -22122 (2025 column), 2026 totals "
             "repeating the prose; subsets of the charity's families keep child_protection_plans / children_in_need (64, 118, 37 stepped "
             "down); safeguarding concerns reported to children's social care are social_care_referrals and the section 47 subset "
             "section_47_enquiries, while strategy discussions are other; the zero 'No serious incidents were reported to the Charity "
             "Commission' is required (it is the charity's own serious-incident reporting, other, not a serious incident notification), "
             "'No trustee received any remuneration' optional; reserves and salary ranges as two optional figures each; '4.1 months', "
             "'at least 12 months'; the chair's statement is first-person prose with no quote marks (not a quote) and contains no figures; a "
             "young carer's written quote (the age 'eleven' inside it optional, 'in two years' rhetorical) and a fragment from an unnamed "
             "Director of Children's Services (cue 'described').")
    gold(NAME + '.pdf', 'other', 'Sankey Valley Children and Families Trust: Trustees\u2019 Annual Report for the year ended 31 March 2026', 'St. Helens', None, YR,
         figures, nf, quotes, people, bp, notes)


if __name__ == '__main__':
    build()
