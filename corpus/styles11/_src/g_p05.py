"""Gold for p05 (national commissioner-style report excerpt with a regional table; fpdf2 landscape)."""
from mk import F, P, Q, gold
from p05_commissioner import ROWS

DOC = 'p05_childrens_commissioner_regional_report_excerpt.pdf'


def num(s):
    s = s.replace(',', '')
    return float(s) if '.' in s else int(s)


def main():
    figs = [
        F(6, 'percent', 'serious_incident_notifications', 'rise in serious incident notifications', 'up 6% from 526 in 2024/25'),
        F(526, 'count', 'serious_incident_notifications', 'serious incident notifications, England, 2024/25', 'from 526 in 2024/25', period=P('2024-04-01', '2025-03-31')),
        F(231, 'count', 'child_deaths', 'notifications concerning a child who died', '231 concerned a child who died'),
        F(41, 'percent', 'child_deaths', 'notifications concerning a child who died', '231 concerned a child who died (41%)', optional=True),
        F(327, 'count', 'serious_harm_cases', 'notifications concerning a child seriously harmed', 'the remaining 327 a child who was seriously harmed'),
        F(35, 'percent', 'other', 'notifications concerning babies under one', 'Babies under one were the subject of 35% of notifications'),
        F(6, 'months', 'other', 'recommended interval for publishing regional notification rates', 'regional notification rates every six months'),
        F(12, 'months', 'other', 'deadline for regional plans to close the gap', 'every region has a plan within 12 months'),
        F(16, 'years', 'other', 'age of the advisory panel member', 'A 16-year-old on our advisory panel', optional=True),
    ]
    for reg, cpp, cppr, cla, clar, sin in ROWS:
        name = reg.rstrip('\u00b9')
        a = ' '.join((reg, cpp, cppr, cla, clar, sin))
        figs += [
            F(num(cpp), 'count', 'child_protection_plans', 'children on a child protection plan at 31 March 2026, ' + name, a),
            F(num(cppr), 'rate_per_10000', 'child_protection_plans', 'child protection plan rate, ' + name, a),
            F(num(cla), 'count', 'looked_after_children', 'children in care at 31 March 2026, ' + name, a),
            F(num(clar), 'rate_per_10000', 'looked_after_children', 'children in care rate, ' + name, a),
            F(num(sin), 'count', 'serious_incident_notifications', 'serious incident notifications 2025/26, ' + name, a),
        ]
    nf = ['Table 3.1', 'Chapter 3', 'page 27', '3. Where a child lives', 'per 10,000', 'more than twice', 'under one', 'one local authority', 'aged 0 to 17', 'mid-2025',
          'v2.3', '1 April 2025 to 31 March 2026', '31 March 2026', '2024/25']
    quotes = [
        Q('A baby born in Gateshead and a baby born in Guildford should have the same chance of being protected. The numbers in this chapter show that they do not.',
          'Dame Helen Royce', ['Royce', 'Dame Helen', 'the Commissioner'], 'said', role="Children's Commissioner for England"),
        Q('It shouldn\u2019t depend on your postcode whether someone notices.', 'a 16-year-old', ['16-year-old', 'A 16-year-old on our advisory panel', 'advisory panel member'], 'put it more simply'),
    ]
    people = [{'name': 'Dame Helen Royce', 'role': "Children's Commissioner for England (invented)"}]
    bp = ["Children\u2019s Commissioner for England (synthetic example) | The State of Child Protection 2026 | Chapter 3", 'page 27']
    notes = ("National commissioner-style report excerpt (fpdf2, A4 landscape, 1 page; kind other; area null and no areas: the table is by English region, and regions are not local authorities; "
             "partnership null; period 2025/26). Table 3.1 has nine regions and an England row, five figures a row (plans count and rate, children in care count and rate, notifications); "
             "the England row is a comparator total. The header cells wrap and interleave in the extracted text. Footnote markers are glued to words ('North East\u00b9', '10,000\u00b2', '2025/26\u00b3'); "
             "the superscripts are not figures, nor the footnotes' 'one local authority', 'aged 0 to 17', 'mid-2025', 'v2.3'. "
             "The prose repeats table cells (47,500, 40.4, 83,900, 558, 113.2, 48.7, 47.5, 33.9): one figure each, anchored on the table row. "
             "'231 ... (41%)': count required, percentage optional; 231 deaths + 327 harmed = 558. 'more than twice' is not a figure. "
             "Recommendations' 'every six months' and 'within 12 months' are deadlines (figures). The 16-year-old's age is optional. "
             "Traps: 'Table 3.1', 'Chapter 3', 'page 27', the section number '3.', 'under one'.")
    gold(DOC, 'other', 'The State of Child Protection 2026, Chapter 3 (excerpt)', None, None, P('2025-04-01', '2026-03-31'), figs, nf, quotes, people, bp, notes)


if __name__ == '__main__':
    main()
