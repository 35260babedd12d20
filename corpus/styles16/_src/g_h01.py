"""h01: annual review of a 16 and 17 year old homelessness joint protocol (housing and children's services), North
Somerset (reportlab; stat cards, a two-year table, footnotes, running header and footer). Writes the PDF and its gold.
Run: /tmp/pdfgen8/bin/python _src/g_h01.py"""
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer
from mk import F, P, Q, gold
from pdfh import NOTE, styles, make_footer, cards, table

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = 'h01_north_somerset_16_17_homelessness_protocol_review'
OUT = os.path.join(os.path.dirname(HERE), NAME + '.pdf')
YR = P('2025-04-01', '2026-03-31', '1 April 2025 to 31 March 2026')
PREV = P('2024-04-01', '2025-03-31', '2024/25')


def build():
    st = styles('#6A1B4D')
    b = st['body']
    doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm, bottomMargin=20 * mm,
                            title='Joint Protocol for Homeless 16 and 17 Year Olds: Annual Review 2025/26',
                            author='North Somerset Council (invented)', subject=NOTE)
    s = []
    s.append(Paragraph('North Somerset Council | Housing Solutions and Children\u2019s Social Care', st['small']))
    s.append(Paragraph('Joint Protocol for Homeless 16 and 17 Year Olds: Annual Review 2025/26', st['h1']))
    s.append(Paragraph('Report to the Corporate Parenting Board, 21 October 2026. Agenda item 7. Report author: Lorna Threlfall, Joint Protocol Lead. Covers 1 April 2025 to 31 March 2026.', b))
    s.append(cards(st, [('94', 'young people aged 16 or 17 presented as homeless'), ('88%', 'joint assessments started within 10 working days'),
                        ('41', 'returned home or to family'), ('0', 'placed in bed and breakfast')], accent='#6A1B4D'))
    s.append(Spacer(1, 5))
    s.append(Paragraph('1. Purpose', st['h2']))
    s.append(Paragraph('1.1 This report reviews the second full year of the joint protocol agreed between Housing Solutions and Children\u2019s Social Care in March 2024, which sets out how the council meets its duties to 16 and 17 year olds who are homeless or at risk of homelessness under the Housing Act 1996 and section 20 of the Children Act 1989. The protocol follows the 2018 joint guidance and the principles of the <i>Southwark</i> judgment (2009).', b))
    s.append(Paragraph('2. Summary of activity', st['h2']))
    s.append(Paragraph('2.1 In 2025/26, 94 young people aged 16 or 17 presented to the council as homeless or threatened with homelessness, an increase of 17 on the previous year (77). Most came through Housing Solutions (52), followed by schools and colleges (19), children\u2019s social care (14) and the police (9).', b))
    s.append(Paragraph('2.2 A joint assessment was completed for 86 young people. The remaining eight either returned home before assessment or withdrew. 76 of the 86 assessments (88%) were started within 10 working days of the young person presenting, against a protocol target of 90%, and the average time to complete an assessment was 23 working days.', b))
    rows = [['Table 1: outcomes of joint assessments', '2024/25', '2025/26'],
            ['Young people presenting', '77', '94'],
            ['Joint assessments completed', '71', '86'],
            ['Returned home or to wider family', '33', '41'],
            ['Became looked after (section 20)', '11', '13'],
            ['Supported accommodation (section 17)', '19', '24'],
            ['Housed under homelessness duty', '8', '8'],
            ['Placed in bed and breakfast', '2', '0']]
    s.append(table(rows, [92, 30, 30], head='#EAD7E2'))
    s.append(Spacer(1, 5))
    s.append(Paragraph('2.3 Family mediation remains the single most effective part of the protocol. 41 young people returned home or moved in with wider family, almost half of those assessed (48%). Of the 41, 35 were still living there six months later.', b))
    s.append(Paragraph('2.4 13 young people became looked after under section 20 after being told about their rights and choosing to be accommodated, compared with 11 in 2024/25. Each was given a written explanation and access to an independent advocate. Eight more were already known to children\u2019s social care as children in need, and 3 were subject to a child protection plan at the point they presented.<super>1</super>', b))
    s.append(Paragraph('2.5 For the first time since the protocol began, no 16 or 17 year old was placed in bed and breakfast accommodation, even for one night (two were placed in 2024/25, for a total of 9 nights).', b))
    s.append(Paragraph('3. What young people told us', st['h2']))
    s.append(Paragraph('3.1 The Participation Team spoke to 17 young people who had been through the protocol. Fourteen said they understood what was happening to them. Several said they had to repeat their story to housing and then again to a social worker.', b))
    s.append(Paragraph('\u201cThe first woman I saw at the council was kind but then I had to say everything again to someone else the next day. When you\u2019re 16 and you\u2019ve been kicked out you don\u2019t want to say it twice.\u201d \u2014 young person, aged 16', st['quote']))
    s.append(Paragraph('3.2 In response, the protocol now uses one shared referral form and a joint first visit, so that a housing officer and a social worker meet the young person together within 2 working days.', b))
    s.append(Paragraph('4. Costs', st['h2']))
    s.append(Paragraph('4.1 Supported accommodation for 16 and 17 year olds cost \u00a3612,300 in 2025/26, an average of \u00a3850 a week per young person. The cost of the mediation service (two workers) was \u00a388,000. Housing Solutions estimates that each successful return home avoids around \u00a322,000 a year in accommodation costs.', b))
    s.append(Paragraph('5. Comment from the protocol lead', st['h2']))
    s.append(Paragraph('5.1 Lorna Threlfall, Joint Protocol Lead, said: \u201cThe headline is zero bed and breakfast placements, and the team should be proud of that. But 94 is the highest number of young people we have seen, and the rise is coming from schools and colleges. That tells us we need to get in earlier.\u201d', b))
    s.append(Paragraph('5.2 Cllr Rebecca Hollins, Cabinet Member for Children, Young People and Families, has written in response: \u201cNo young person in North Somerset should have to sleep in a B&amp;B because they have nowhere else to go. This year, none did.\u201d', b))
    s.append(Paragraph('6. Recommendations', st['h2']))
    s.append(Paragraph('6.1 The Board is asked to note the report and to endorse four recommendations: (a) a target of 95% of joint assessments started within 10 working days for 2026/27; (b) a schools and colleges pathway by April 2027; (c) a quarterly report on section 20 decisions; and (d) a refresh of the protocol by the end of 2026/27.', b))
    s.append(Spacer(1, 4))
    s.append(Paragraph('<super>1</super> Figures for children in need and child protection plans relate to the young person\u2019s status on the day they presented. Table 1 counts each young person once, by their outcome at 31 March 2026. Contact: Housing Solutions, 01632 960318, jointprotocol@n-somerset.example. Section 3 of the protocol (page 4) sets out the assessment timescales.', st['small']))
    doc.build(s, onFirstPage=make_footer('North Somerset Council | 16 and 17 Year Olds Joint Protocol | Annual Review 2025/26'),
              onLaterPages=make_footer('North Somerset Council | 16 and 17 Year Olds Joint Protocol | Annual Review 2025/26', 'Corporate Parenting Board | 21 October 2026 | Item 7'))
    print('wrote', os.path.basename(OUT))
    figures = [
        F(94, 'count', 'other', '16 and 17 year olds presenting as homeless or threatened with homelessness', 'In 2025/26, 94 young people aged 16 or 17 presented'),
        F(17, 'count', 'other', 'increase in presentations on the previous year', 'an increase of 17 on the previous year'),
        F(77, 'count', 'other', 'young people presenting, previous year', 'on the previous year (77)', period=PREV),
        F(52, 'count', 'other', 'presentations through Housing Solutions', 'Most came through Housing Solutions (52)'),
        F(19, 'count', 'other', 'presentations through schools and colleges', 'schools and colleges (19)'),
        F(14, 'count', 'social_care_referrals', "presentations through children's social care", 'children\u2019s social care (14)', optional=True),
        F(9, 'count', 'other', 'presentations through the police', 'the police (9)'),
        F(86, 'count', 'other', 'joint assessments completed', 'A joint assessment was completed for 86 young people'),
        F(8, 'count', 'other', 'young people not assessed (returned home or withdrew)', 'The remaining eight either returned home'),
        F(76, 'count', 'other', 'assessments started within 10 working days', '76 of the 86 assessments (88%)'),
        F(88, 'percent', 'other', 'assessments started within 10 working days (share)', '76 of the 86 assessments (88%)', optional=True),
        F(10, 'days', 'other', 'timescale for starting a joint assessment (working days)', 'were started within 10 working days of the young person presenting'),
        F(90, 'percent', 'other', 'protocol target for assessments started on time', 'against a protocol target of 90%'),
        F(23, 'days', 'other', 'average time to complete an assessment (working days)', 'the average time to complete an assessment was 23 working days'),
        F(71, 'count', 'other', 'joint assessments completed, 2024/25', 'Joint assessments completed 71 86', period=PREV),
        F(33, 'count', 'other', 'returned home or to wider family, 2024/25', 'Returned home or to wider family 33 41', period=PREV),
        F(41, 'count', 'other', 'returned home or to wider family', '41 young people returned home or moved in with wider family'),
        F(11, 'count', 'looked_after_children', 'became looked after under section 20, 2024/25', 'compared with 11 in 2024/25', period=PREV),
        F(13, 'count', 'looked_after_children', 'young people who became looked after under section 20', '13 young people became looked after under section 20'),
        F(19, 'count', 'other', 'supported accommodation under section 17, 2024/25', 'Supported accommodation (section 17) 19 24', period=PREV),
        F(24, 'count', 'other', 'supported accommodation under section 17', 'Supported accommodation (section 17) 19 24'),
        F(8, 'count', 'other', 'housed under the homelessness duty, 2024/25', 'Housed under homelessness duty 8 8', period=PREV),
        F(8, 'count', 'other', 'housed under the homelessness duty', 'Housed under homelessness duty 8 8'),
        F(2, 'count', 'other', 'young people placed in bed and breakfast, 2024/25', 'two were placed in 2024/25', period=PREV),
        F(0, 'count', 'other', 'young people placed in bed and breakfast', 'no 16 or 17 year old was placed in bed and breakfast'),
        F(9, 'count', 'other', 'nights in bed and breakfast, 2024/25', 'for a total of 9 nights', period=PREV),
        F(48, 'percent', 'other', 'share of those assessed who returned home or to family', 'almost half of those assessed (48%)'),
        F(50, 'percent', 'other', 'share returned home (hedged: almost half)', 'almost half of those assessed', qualifier='almost', optional=True),
        F(35, 'count', 'other', 'still living at home or with family six months later', 'Of the 41, 35 were still living there six months later'),
        F(6, 'months', 'other', 'follow-up point for returns home', 'six months later', optional=True),
        F(8, 'count', 'children_in_need', 'young people already known as children in need', 'Eight more were already known to children\u2019s social care as children in need'),
        F(3, 'count', 'child_protection_plans', 'young people subject to a child protection plan when presenting', 'as children in need, and 3 were subject to a child'),
        F(17, 'count', 'other', 'young people spoken to by the Participation Team', 'spoke to 17 young people who had been through the protocol'),
        F(14, 'count', 'other', 'young people who understood what was happening', 'Fourteen said they understood'),
        F(2, 'days', 'other', 'timescale for a joint first visit (working days)', 'within 2 working days'),
        F(612300, 'gbp', 'other', 'cost of supported accommodation for 16 and 17 year olds', 'cost \u00a3612,300 in 2025/26'),
        F(850, 'gbp', 'other', 'average weekly cost per young person', 'an average of \u00a3850 a week per young person'),
        F(88000, 'gbp', 'other', 'cost of the mediation service', 'The cost of the mediation service (two workers) was \u00a388,000'),
        F(2, 'count', 'other', 'mediation workers', '(two workers)', optional=True),
        F(22000, 'gbp', 'other', 'accommodation costs avoided per successful return home, a year', 'around \u00a322,000 a year', qualifier='around'),
        F(4, 'count', 'recommendations', 'recommendations to the Board', 'endorse four recommendations'),
        F(95, 'percent', 'other', 'target for assessments started within 10 working days, 2026/27', 'a target of 95% of joint assessments', period=P('2026-04-01', '2027-03-31', '2026/27')),
        F(16, 'years', 'other', 'age of the young person quoted', 'young person, aged 16', optional=True),
    ]
    quotes = [
        Q('The first woman I saw at the council was kind but then I had to say everything again to someone else the next day. When you\u2019re 16 and you\u2019ve been kicked out you don\u2019t want to say it twice.',
          'a young person', ['young person', 'young person, aged 16'], None),
        Q('The headline is zero bed and breakfast placements, and the team should be proud of that. But 94 is the highest number of young people we have seen, and the rise is coming from schools and colleges. That tells us we need to get in earlier.',
          'Lorna Threlfall', ['Threlfall', 'Ms Threlfall'], 'said', role='Joint Protocol Lead'),
        Q('No young person in North Somerset should have to sleep in a B&B because they have nowhere else to go. This year, none did.',
          'Rebecca Hollins', ['Cllr Rebecca Hollins', 'Cllr Hollins', 'Hollins'], 'has written', role='Cabinet Member for Children, Young People and Families'),
    ]
    people = [{'name': 'Lorna Threlfall', 'role': 'Joint Protocol Lead'},
              {'name': 'Rebecca Hollins', 'role': 'Cabinet Member for Children, Young People and Families'}]
    nf = ['21 October 2026', 'Agenda item 7', 'March 2024', 'Housing Act 1996', 'section 20 of the Children Act 1989', '2018 joint guidance', '(2009)',
          'aged 16 or 17', 'section 17', 'even for one night', 'by April 2027', '01632 960318', 'Section 3 of the protocol (page 4)', 'at 31 March 2026']
    bp = ['North Somerset Council | 16 and 17 Year Olds Joint Protocol | Annual Review 2025/26', 'Corporate Parenting Board | 21 October 2026 | Item 7']
    notes = ("Annual review of a 16 and 17 year old homelessness joint protocol (housing and children's services) reported to a Corporate "
             "Parenting Board (genre new), so council_report; area North Somerset; period 2025/26. Traps: stat cards repeat body figures "
             "('94', '88%', '41', '0'); the required zero 'no 16 or 17 year old was placed in bed and breakfast' and its '0' table cell; a "
             "two-year table whose 2024/25 cells carry their own period and whose 2025/26 cells repeat the prose; the value 8 for three "
             "different facts (not assessed, children in need, housed in both years) and 41/14/17/19 repeated across facts; presentations by "
             "source (the one from children's social care is optional social_care_referrals); 'became looked after under section 20' is "
             "looked_after_children, with the 2024/25 comparator; children in need and child protection plan subsets keep their metrics; "
             "timeliness (76 of 86 within 10 working days; count required, 88% optional) and the targets 90% and 95% (own period 2026/27) are "
             "other; 'almost half ... (48%)' exact required and hedged optional; 'section 20', 'section 17', 'Housing Act 1996', 'Southwark "
             "(2009)', agenda item and page numbers, the running header and footer are not figures; a pull quote with a dash attribution (cue "
             "null, anonymous young person) and two quotes, one introduced by 'has written'; 'This year, none did.' inside a quote is not a "
             "separate figure; the footnote marker after paragraph 2.4 lands on its own line between 'child' and 'protection plan' in pdfplumber text.")
    gold(NAME + '.pdf', 'council_report', 'Joint Protocol for Homeless 16 and 17 Year Olds: Annual Review 2025/26', 'North Somerset', None, YR,
         figures, nf, quotes, people, bp, notes)


if __name__ == '__main__':
    build()
