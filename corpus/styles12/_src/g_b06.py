"""Gold for b06 (encyclopedia-style article on the City of London's children's services; written by hand)."""
from mk_b import F, P, Q, gold

DOC = 'b06_city_of_london_childrens_services_encyclopedia.txt'


def FY(a):
    return P('%d-04-01' % a, '%d-03-31' % (a + 1), '%d-%02d' % (a, (a + 1) % 100))


def M31(y):
    return P('%d-03-31' % y, '%d-03-31' % y, '31 March %d' % y)


def CY(y):
    return P('%d-01-01' % y, '%d-12-31' % y, str(y))


def main():
    figs = [
        F(46, 'count', 'children_in_need', 'children in need worked with in 2010-11', 'the team worked with 46 children in need', period=FY(2010)),
        F(9, 'count', 'looked_after_children', 'children looked after in 2010-11', 'looked after nine children', period=FY(2010)),
        F(7, 'count', 'other', 'social workers employed in 2016', 'the service employed seven social workers', period=CY(2016)),
        F(11, 'count', 'other', 'average cases per social worker, 2016', 'an average of 11 cases', period=CY(2016)),
        F(17, 'count', 'other', 'London average caseload, 2016', 'against a London average of 17 at the time', period=CY(2016)),
        F(0.07, 'percent', 'other', 'national transfer scheme threshold (share of child population)', 'a voluntary threshold of 0.07 per cent', optional=True),
        F(3900000, 'gbp', 'other', "children's social care budget 2016-17", 'rose from £3.9 million in 2016-17', period=FY(2016)),
        F(5600000, 'gbp', 'other', "children's social care budget 2024-25", 'to £5.6 million in 2024-25', period=FY(2024)),
        F(4, 'count', 'other', 'inspection judgement areas judged outstanding in 2019', 'outstanding in all four areas', optional=True),
        F(31, 'count', 'looked_after_children', 'children looked after at 31 March 2017', '31 at 31 March 2017', period=M31(2017)),
        F(27, 'count', 'other', 'unaccompanied children among those looked after, 31 March 2017', 'of whom 27 were unaccompanied', period=M31(2017)),
        F(38, 'count', 'looked_after_children', 'children looked after at 31 March 2025', '38 at 31 March 2025[11]', period=M31(2025)),
        F(29, 'count', 'other', 'unaccompanied children among those looked after, 31 March 2025', 'of whom 29 were unaccompanied', period=M31(2025)),
        F(333, 'rate_per_10000', 'looked_after_children', 'children looked after rate (not comparable)', 'The rate of 333 per 10,000 children', period=M31(2025)),
        F(62, 'count', 'children_in_need', 'children in need at 31 March 2019', '62 at 31 March 2019', period=M31(2019)),
        F(81, 'count', 'children_in_need', 'children in need at 31 March 2025', '81 at 31 March 2025', period=M31(2025)),
        F(5, 'count', 'child_protection_plans', 'child protection plans (fewer than five, suppressed)', 'fewer than five at 31 March in every year since 2012', qualifier='less than', optional=True),
        F(143, 'count', 'social_care_referrals', 'referrals 2024-25', 'Referrals: 143 in 2024-25', period=FY(2024)),
        F(11.2, 'percent', 'social_care_referrals', 're-referrals within twelve months, 2024-25', 'of which 11.2% were re-referrals', period=FY(2024)),
        F(54, 'count', 'other', 'care leavers supported in 2025', 'the City supported 54 care leavers', period=CY(2025)),
        F(18, 'years', 'other', 'care leavers, lower age', 'aged 18 to 25', optional=True),
        F(25, 'years', 'other', 'care leavers, upper age', 'aged 18 to 25', optional=True),
        F(1140, 'count', 'other', 'residents aged under 18 (2021 census)', 'counted 1,140 residents aged under 18', period=P('2021-03-21', '2021-03-21', 'the 2021 census')),
        F(8583, 'count', 'other', 'residents in total (2021 census)', 'out of 8,583 residents in total', period=P('2021-03-21', '2021-03-21', 'the 2021 census')),
        F(4, 'count', 'lcsprs_published', 'serious case reviews published by the City and Hackney board 2012-2019', 'published four serious case reviews between 2012 and 2019', period=P('2012-01-01', '2019-12-31', 'between 2012 and 2019')),
        F(0, 'count', 'lcsprs_published', 'of those reviews, concerning a child living in the City', 'none of which concerned a child living in the City', period=P('2012-01-01', '2019-12-31', 'between 2012 and 2019'), optional=True),
        F(1, 'count', 'lcsprs_published', 'LCSPR concerning a City child, published 2023', 'one local child safeguarding practice review has concerned a City child', period=CY(2023)),
        F(8, 'count', 'recommendations', 'recommendations made by the 2023 LCSPR', 'it made eight recommendations', period=CY(2023)),
    ]
    nf = ['April 2004', 'Children Act 2004', 'July 2016', 'in every year since 2012', 'judged it outstanding once', '1.1 Before 2012', '1.2 Joint arrangements with Hackney (2012-present)',
          '[4][11]', '[11]', '[16]', 'per 10,000', 'within twelve months', '(2004-2013)', '(2013-2021)', 'p. 3', 'p. 2', 'table 7', 'paragraph 12', 'Reference 80172',
          'paragraph 2', 'paragraphs 21-23', 'table TS007', 'Table LAA1', 'pp. 22-23', 'Five questions', '3 May 2018', '9 June 2022', 'Retrieved 4 March 2026',
          '2 February 2026, at 11:42', 'the first time an authority of its size']
    OF = ['Ofsted', 'The inspectors', 'the inspectors', 'inspectors']
    quotes = [
        Q("a children's services department in miniature", 'Local Government Chronicle', ['the Local Government Chronicle', 'LGC'], 'described as', optional=True),
        Q('children benefit from social workers who know them exceptionally well and who have the time to build relationships that last', 'Ofsted', OF, 'wrote'),
        Q('pathway plans for care leavers are not always updated when circumstances change', 'Ofsted', OF, 'found'),
        Q('being small means there is nowhere to hide, and I think that is our greatest strength', 'Judith Kerensa', ['Kerensa', 'Ms Kerensa'], 'said',
          role="Director of community and children's services, City of London Corporation (2021-present)"),
    ]
    people = [
        {'name': 'Philip Carwardine', 'role': "Director of community and children's services, 2004-2013"},
        {'name': 'Ade Olowe-Marsh', 'role': "Director of community and children's services, 2013-2021"},
        {'name': 'Judith Kerensa', 'role': "Director of community and children's services, 2021-present"},
    ]
    bp = ['From the free encyclopedia (synthetic example)', 'Contents', "Categories: City of London Corporation | Children's services in London",
          'This page was last edited on 2 February 2026, at 11:42.']
    notes = ("Encyclopedia-style (wiki-like) article (kind other) on a council's children's services history; record period none (the article spans 2004 to 2026). "
             "Area 'City of London' (the City of London Corporation as a children's services authority). Partnership null: the City and Hackney board / partnership "
             "is shared with another authority and is not the subject. Every figure carries its own period: financial years written '2010-11', snapshots "
             "'31 March 2017', the 2016 survey, 2025, the 2021 census, 'between 2012 and 2019'. Traps: a contents list with section numbers ('1.1', '1.2'), citation "
             "markers glued to words and numbers ('38 at 31 March 2025[11]', '[4][11]'), a references list full of page, table, paragraph and reference numbers and "
             "retrieval dates; Ofsted grades are words; 'judged it outstanding once' is not a count. The same fact twice: 46 children in need and nine looked after "
             "in 2010-11 (history and statistics lines: one figure each). A tiny authority: a looked-after rate of 333 per 10,000 marked 'not comparable' (still a "
             "figure); 'fewer than five' suppressed plan numbers (optional, qualifier); the national transfer scheme threshold '0.07 per cent' (a policy rule, "
             "optional); unaccompanied children among those looked after are a feature subset (other); the four legacy serious case reviews published are "
             "lcsprs_published, 'none of which concerned a child living in the City' an optional zero. The value 17 (London average caseload) and 11 (caseload) vs "
             "11.2% re-referrals. Quotes: two Ofsted report fragments (cue 'wrote' after 'The inspectors', and 'found'), the director's fragment ('Kerensa said "
             "that \"...\"'), and the optional scare-quoted description attributed by a citation to a trade paper.")
    gold(DOC, 'other', "Children's services in the City of London", 'City of London', None, P(None, None), figs, nf, quotes, people, bp, notes)


if __name__ == '__main__':
    main()
