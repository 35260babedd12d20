"""d06: a private fostering annual report to a safeguarding partnership (PDF, reportlab BaseDocTemplate: full-width
title band and stat cards, then two text columns, running header and footer, a small table in a column) and its gold."""
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle, FrameBreak
from mk_d import F, P, Q, gold, DIR

DOC = 'd06_wolverhampton_private_fostering_annual_report_2025_26.pdf'
NOTE = 'SYNTHETIC document invented for evaluation: people, cases, quotes and figures are made up; only place names are real.'
LY = P('2024-04-01', '2025-03-31', '2024/25')
SRC = [('Schools and colleges', '12', '9'), ('Health services', '5', '4'), ('Parent', '6', '3'), ('Private foster carer', '3', '5'),
       ('Another local authority', '2', '1'), ('Language school or agency', '3', '2'), ('Total', '31', '24')]


def decor(c, doc):
    c.saveState()
    c.setFillColor(colors.HexColor('#F28C00'))
    c.rect(0, 287 * mm, 210 * mm, 10 * mm, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont('Helvetica-Bold', 8.5)
    c.drawString(15 * mm, 290.5 * mm, 'Wolverhampton Safeguarding Together  |  Private Fostering Annual Report 2025/26')
    c.setFillColor(colors.black)
    c.setFont('Helvetica', 7.5)
    c.drawString(15 * mm, 12 * mm, 'Children\'s Services, City of Wolverhampton Council  |  Report to the Safeguarding Together Executive, 15 July 2026')
    c.drawRightString(195 * mm, 12 * mm, '%d' % doc.page)
    c.setFont('Helvetica-Oblique', 6.5)
    c.drawString(15 * mm, 7.5 * mm, NOTE)
    c.restoreState()


def build():
    ss = getSampleStyleSheet()
    body = ParagraphStyle('b', parent=ss['BodyText'], fontName='Helvetica', fontSize=9, leading=11.6, spaceAfter=4)
    h1 = ParagraphStyle('h1', parent=ss['Heading1'], fontName='Helvetica-Bold', fontSize=17, leading=20, textColor=colors.HexColor('#7A3E00'))
    h2 = ParagraphStyle('h2', parent=ss['Heading2'], fontName='Helvetica-Bold', fontSize=10, leading=12.5, textColor=colors.HexColor('#7A3E00'), spaceBefore=4, spaceAfter=3)
    pull = ParagraphStyle('pull', parent=body, fontName='Helvetica-Oblique', fontSize=9.5, leading=12, textColor=colors.HexColor('#7A3E00'), leftIndent=6, borderPadding=4)
    card = ParagraphStyle('card', parent=body, fontSize=8, leading=10, alignment=1, spaceAfter=0)
    cbig = ParagraphStyle('cbig', parent=card, fontName='Helvetica-Bold', fontSize=18, leading=22)
    fn = ParagraphStyle('fn', parent=body, fontSize=7, leading=8.8)
    W, H = A4
    top = Frame(15 * mm, 205 * mm, 180 * mm, 80 * mm, id='top', showBoundary=0)
    left1 = Frame(15 * mm, 18 * mm, 86 * mm, 187 * mm, id='l1')
    right1 = Frame(109 * mm, 18 * mm, 86 * mm, 187 * mm, id='r1')
    left = Frame(15 * mm, 18 * mm, 86 * mm, 267 * mm, id='l')
    right = Frame(109 * mm, 18 * mm, 86 * mm, 267 * mm, id='r')
    doc = BaseDocTemplate(os.path.join(DIR, DOC), pagesize=A4, title='Private Fostering Annual Report 2025/26',
                          author='City of Wolverhampton Council Children\'s Services (synthetic)', subject=NOTE)
    doc.addPageTemplates([PageTemplate('first', [top, left1, right1], onPage=decor, autoNextPageTemplate='later'),
                          PageTemplate('later', [left, right], onPage=decor)])
    s = [Paragraph('Private Fostering Annual Report 2025/26', h1),
         Paragraph('1 April 2025 to 31 March 2026. Author: Sanjeev Bhogal, Service Manager, Fostering and Private Fostering. Private fostering is when a child under 16 (under 18 if disabled) is cared for for 28 days or more by someone who is not a parent or close relative.', body),
         Spacer(1, 4)]
    cards = Table([[[Paragraph('31', cbig), Paragraph('notifications received<br/>(2024/25: 24)', card)],
                    [Paragraph('42', cbig), Paragraph('children privately fostered during the year', card)],
                    [Paragraph('19', cbig), Paragraph('arrangements open at 31 March 2026', card)],
                    [Paragraph('93%', cbig), Paragraph('initial visits on time', card)]]], colWidths=[44 * mm] * 4)
    cards.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#FDEBD3')), ('BOX', (0, 0), (0, 0), 1, colors.white),
                               ('BOX', (1, 0), (1, 0), 1, colors.white), ('BOX', (2, 0), (2, 0), 1, colors.white), ('BOX', (3, 0), (3, 0), 1, colors.white),
                               ('TOPPADDING', (0, 0), (-1, -1), 7), ('BOTTOMPADDING', (0, 0), (-1, -1), 7)]))
    s += [cards, FrameBreak()]
    tbl = Table([['Source of notification', '2025/26', '2024/25']] + [list(r) for r in SRC], colWidths=[48 * mm, 17 * mm, 17 * mm])
    tbl.setStyle(TableStyle([('FONT', (0, 0), (-1, -1), 'Helvetica', 8), ('FONT', (0, 0), (-1, 0), 'Helvetica-Bold', 8), ('FONT', (0, -1), (-1, -1), 'Helvetica-Bold', 8),
                             ('LINEBELOW', (0, 0), (-1, 0), 0.6, colors.HexColor('#7A3E00')), ('LINEABOVE', (0, -1), (-1, -1), 0.6, colors.HexColor('#7A3E00')),
                             ('ALIGN', (1, 0), (-1, -1), 'RIGHT')]))
    s += [
        Paragraph('1. Introduction', h2),
        Paragraph('This report sets out how the City of Wolverhampton Council met its duties under the Children (Private Arrangements for Fostering) Regulations 2005 during 2025/26, and how partners in Wolverhampton Safeguarding Together helped to identify privately fostered children. Private fostering arrangements remain under-reported nationally: the Department for Education recorded around 1,500 notifications across England in 2024/25, against estimates of more than 10,000 children living in private arrangements.', body),
        Paragraph('2. Notifications', h2),
        Paragraph('The council received 31 notifications of new private fostering arrangements in 2025/26, up from 24 in 2024/25 and the highest number since 2017/18. Of the 31, 27 were assessed as private fostering. Four did not meet the definition: in two the carer was an aunt, and two arrangements ended within the first month.', body),
        Paragraph('Schools and colleges remain the largest source, making 12 notifications, a third more than last year. The language school sector made three notifications, all for students aged 15 from overseas staying with host families for a full academic year.', body),
        tbl,
        Paragraph('Table 1. Notifications by source. One notification may relate to siblings.', fn),
        Paragraph('3. Children and arrangements', h2),
        Paragraph('In total, 42 children were privately fostered at some point during the year, including 15 whose arrangements began before 1 April 2025. At 31 March 2026, 19 arrangements were open, compared with 16 a year earlier. Just over half of the children (22) were aged 14 or over, and 9 were students from overseas. Family breakdown or a parent\'s illness was the main reason in 17 arrangements.', body),
        Paragraph('4. Visits and timeliness', h2),
        Paragraph('The regulations require a social worker to visit within seven working days of notification, then at least every six weeks during the first year and at least every 12 weeks after that. Initial visits were completed on time for 25 of the 27 new arrangements (93%), compared with 71% in 2024/25. The two late visits were both during August, when the carers were away. Ongoing visits were on time in 88% of cases. Each child was seen alone at every statutory visit.', body),
        Paragraph('5. Safeguarding and outcomes', h2),
        Paragraph('Disclosure and Barring Service checks were completed for 48 adults in private fostering households. Three arrangements were assessed as unsuitable and ended with the agreement of the parents. Of the 23 arrangements that ended in the year, 10 children returned to a parent, 5 reached 16, 3 moved to relatives, and 2 children became looked after. One child became subject to a child protection plan after concerns about the carer\'s partner; that plan ended in March 2026.', body),
        Paragraph('"Mrs P treats me like her own. My social worker checks I\'m OK and always asks me on my own. I didn\'t know this was even a thing before." - privately fostered young person, aged 16', pull),
        Paragraph('6. Raising awareness', h2),
        Paragraph('The awareness campaign ran in May and November 2025. The team briefed designated safeguarding leads in 64 schools, distributed 2,400 leaflets in seven languages, and trained 286 practitioners across the partnership. Social media posts during Private Fostering Awareness Week reached an estimated 51,000 people.', body),
        Paragraph('Sanjeev Bhogal said: "Every one of those 31 notifications is a child we know about who might otherwise have been invisible to us. The rise is good news, but I am sure there are still children in Wolverhampton living with people we have never heard of."', body),
        Paragraph('Lisa Ferreira, Independent Scrutineer for Wolverhampton Safeguarding Together, described the improvement in visit timeliness as "a real credit to a very small team" and asked for the language school work to be shared across the region.', body),
        Paragraph('7. Priorities for 2026/27', h2),
        Paragraph('Reach every secondary school and GP practice; train a further 300 practitioners; audit 10 closed arrangements by December 2026; keep initial visits on time at 95% or above.', body),
        Paragraph('Private fostering team: 01632 960361 | privatefostering@wolverhampton.example', fn),
    ]
    doc.build(s)


FIG = [
    F(31, 'count', 'other', 'private fostering notifications received', 'The council received 31 notifications of new private fostering arrangements'),
    F(24, 'count', 'other', 'private fostering notifications received, 2024/25', 'up from 24 in 2024/25', period=LY),
    F(42, 'count', 'other', 'children privately fostered during the year', '42 children were privately fostered at some point during the year'),
    F(19, 'count', 'other', 'private fostering arrangements open at 31 March 2026', 'At 31 March 2026, 19 arrangements were open'),
    F(16, 'count', 'other', 'private fostering arrangements open a year earlier', 'compared with 16 a year earlier', period=P('2025-03-31', '2025-03-31')),
    F(25, 'count', 'other', 'initial visits completed on time', 'Initial visits were completed on time for 25 of the 27 new arrangements'),
    F(93, 'percent', 'other', 'initial visits completed on time', '25 of the 27 new arrangements (93%)', optional=True),
    F(71, 'percent', 'other', 'initial visits on time, 2024/25', 'compared with 71% in 2024/25', period=LY),
    F(1500, 'count', 'other', 'private fostering notifications across England', 'around 1,500 notifications across England in 2024/25', period=LY, qualifier='around'),
    F(10000, 'count', 'other', 'estimated children living in private arrangements', 'more than 10,000 children living in private arrangements', qualifier='more than'),
    F(27, 'count', 'other', 'notifications assessed as private fostering', 'Of the 31, 27 were assessed as private fostering'),
    F(4, 'count', 'other', 'notifications not meeting the definition', 'Four did not meet the definition'),
    F(2, 'count', 'other', 'notifications where the carer was an aunt', 'in two the carer was an aunt'),
    F(2, 'count', 'other', 'arrangements ended within the first month', 'two arrangements ended within the first month'),
    F(12, 'count', 'other', 'notifications from schools and colleges', 'making 12 notifications'),
    F(33.33, 'percent', 'other', 'increase in school notifications', 'a third more than last year'),
    F(3, 'count', 'other', 'notifications from the language school sector', 'The language school sector made three notifications'),
    F(15, 'years', 'other', 'age of language school students', 'all for students aged 15 from overseas', optional=True),
    F(9, 'count', 'other', 'notifications from schools and colleges, 2024/25', 'Schools and colleges 12 9', period=LY),
    F(5, 'count', 'other', 'notifications from health services', 'Health services 5'),
    F(4, 'count', 'other', 'notifications from health services, 2024/25', 'Health services 5 4', period=LY),
    F(6, 'count', 'other', 'notifications from a parent', 'Parent 6'),
    F(3, 'count', 'other', 'notifications from a parent, 2024/25', 'Parent 6 3', period=LY),
    F(3, 'count', 'other', 'notifications from a private foster carer', 'Private foster carer 3'),
    F(5, 'count', 'other', 'notifications from a private foster carer, 2024/25', 'Private foster carer 3 5', period=LY),
    F(2, 'count', 'other', 'notifications from another local authority', 'Another local authority 2'),
    F(1, 'count', 'other', 'notifications from another local authority, 2024/25', 'Another local authority 2 1', period=LY),
    F(2, 'count', 'other', 'notifications from a language school or agency, 2024/25', 'Language school or agency 3 2', period=LY),
    F(15, 'count', 'other', 'children whose arrangements began before 1 April 2025', 'including 15 whose arrangements began before 1 April 2025'),
    F(22, 'count', 'other', 'privately fostered children aged 14 or over', 'Just over half of the children (22) were aged 14 or over'),
    F(50, 'percent', 'other', 'privately fostered children aged 14 or over', 'Just over half of the children', qualifier='just over', optional=True),
    F(9, 'count', 'other', 'privately fostered students from overseas', 'aged 14 or over, and 9 were'),
    F(17, 'count', 'other', 'arrangements due to family breakdown or parental illness', 'the main reason in 17 arrangements'),
    F(7, 'days', 'other', 'deadline for initial visit (working days)', 'visit within seven working days of notification'),
    F(6, 'weeks', 'other', 'maximum interval between visits in the first year', 'at least every six weeks during the first year'),
    F(12, 'weeks', 'other', 'maximum interval between visits after the first year', 'at least every 12 weeks after that'),
    F(2, 'count', 'other', 'late initial visits', 'The two late visits'),
    F(88, 'percent', 'other', 'ongoing visits on time', 'Ongoing visits were on time in 88% of cases'),
    F(48, 'count', 'other', 'adults in private fostering households with DBS checks', 'completed for 48 adults'),
    F(3, 'count', 'other', 'arrangements assessed as unsuitable', 'Three arrangements were assessed as unsuitable'),
    F(23, 'count', 'other', 'arrangements that ended in the year', 'Of the 23 arrangements that ended in the year'),
    F(10, 'count', 'other', 'children who returned to a parent', '10 children returned to a parent'),
    F(5, 'count', 'other', 'children who reached 16', '5 reached 16'),
    F(3, 'count', 'other', 'children who moved to relatives', '3 moved to relatives'),
    F(2, 'count', 'looked_after_children', 'privately fostered children who became looked after', '2 children became looked after'),
    F(1, 'count', 'child_protection_plans', 'privately fostered child subject to a child protection plan', 'One child became subject to a child protection plan'),
    F(16, 'years', 'other', 'age of quoted young person', 'privately fostered young person, aged 16', optional=True),
    F(64, 'count', 'other', 'schools whose designated safeguarding leads were briefed', 'designated safeguarding leads in 64 schools'),
    F(2400, 'count', 'other', 'leaflets distributed', 'distributed 2,400 leaflets in seven languages'),
    F(7, 'count', 'other', 'languages of leaflets', 'in seven languages', optional=True),
    F(286, 'count', 'other', 'practitioners trained', 'trained 286 practitioners across the partnership'),
    F(51000, 'count', 'other', 'people reached by social media posts', 'reached an estimated 51,000 people', qualifier='an estimated'),
    F(300, 'count', 'other', 'practitioners to be trained in 2026/27 (target)', 'train a further 300 practitioners', period=P('2026-04-01', '2027-03-31')),
    F(10, 'count', 'other', 'closed arrangements to audit (target)', 'audit 10 closed arrangements by December 2026', period=P('2026-04-01', '2027-03-31')),
    F(95, 'percent', 'other', 'target for initial visits on time', 'keep initial visits on time at 95% or above', period=P('2026-04-01', '2027-03-31')),
]
NOT = ['Children (Private Arrangements for Fostering) Regulations 2005', 'under 16', 'under 18', '28 days or more', 'since 2017/18', '1 April 2025',
       '15 July 2026', 'Table 1', '2026/27', 'December 2026', 'March 2026', '01632 960361', 'Mrs P', 'aged 14 or over', 'first month']
QS = [
    Q('Mrs P treats me like her own. My social worker checks I\'m OK and always asks me on my own. I didn\'t know this was even a thing before.',
      'a privately fostered young person', ['privately fostered young person', 'young person', 'young person, aged 16'], None),
    Q('Every one of those 31 notifications is a child we know about who might otherwise have been invisible to us. The rise is good news, but I am sure there are still children in Wolverhampton living with people we have never heard of.',
      'Sanjeev Bhogal', ['Bhogal', 'Mr Bhogal'], 'said', role='Service Manager, Fostering and Private Fostering'),
    Q('a real credit to a very small team', 'Lisa Ferreira', ['Ferreira', 'Ms Ferreira'], 'described the improvement in visit timeliness as',
      role='Independent Scrutineer for Wolverhampton Safeguarding Together'),
]
PEOPLE = [{'name': 'Sanjeev Bhogal', 'role': 'Service Manager, Fostering and Private Fostering'},
          {'name': 'Lisa Ferreira', 'role': 'Independent Scrutineer for Wolverhampton Safeguarding Together'}]
BOIL = ['Wolverhampton Safeguarding Together | Private Fostering Annual Report 2025/26',
        "Children's Services, City of Wolverhampton Council | Report to the Safeguarding Together Executive, 15 July 2026"]
NOTES = ("A private fostering annual report to a safeguarding partnership executive (PDF by reportlab: a full-width title band with four "
         "stat cards, then two text columns on both pages, an orange running header band and a footer; kind council_report; area "
         "Wolverhampton; partnership Wolverhampton Safeguarding Together; period 2025/26). Differs from the committee LADO/private "
         "fostering paper of holdout/styles4 in genre (a standalone partnership annual report with a designed layout). Traps: "
         "two-column text that pdfplumber's plain reading interleaves, and on page 1 the column break falls inside '9 were / students from overseas' (the right half's reading starts with the title band and cards, so the anchor is the left-column end); stat cards repeat facts ('31', '(2024/25: 24)', '42', '19', "
         "'93%'); the definition's 'under 16 (under 18 if disabled)' and '28 days or more' are not figures; '25 of the 27 ... (93%)' "
         "count required and percentage optional; statutory visit intervals stated on their own ('within seven working days', "
         "'every six weeks', 'every 12 weeks') are figures, while the timeliness rates are other; national context 'around 1,500' "
         "(own period) and 'more than 10,000' (qualifiers); 'a third more than last year' (a percentage change, required); 'Just "
         "over half of the children (22)' count required and hedged share optional; the source table has a bold Total row that "
         "repeats 31 and 24, and the 2025/26 language-school cell repeats the prose 'three'; subsets that became looked after "
         "(looked_after_children) or subject to a child protection plan (child_protection_plans) take those metrics, other subsets "
         "are other; '5 reached 16' is a count (16 is not a figure); targets for 2026/27 carry that period; ages of the quoted "
         "young person and the students optional; a pull quote with a dash attribution (cue null, anonymous speaker), a named "
         "quote, and a fragment after 'described ... as'; 'Mrs P' is a carer's initial.")

if __name__ == '__main__':
    build()
    gold(DOC, 'council_report', 'Private Fostering Annual Report 2025/26', 'Wolverhampton', 'Wolverhampton Safeguarding Together',
         P('2025-04-01', '2026-03-31', '1 April 2025 to 31 March 2026'), FIG, NOT, QS, PEOPLE, BOIL, NOTES)
