"""h07: free community magazine feature (txt) on a kinship carers' group (Inverclyde). Writes the text and its gold.
Run: /tmp/pdfgen8/bin/python _src/g_h07.py"""
import os
from mk import F, P, Q, gold

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = 'h07_inverclyde_community_magazine_kinship_carers'
YR = P('2025-04-01', '2026-03-31', '2025-26')
TEXT = """This is an INVENTED document written for evaluation: the magazine, people, quotes and figures are made up; only place names are real.
THE TIDELINE - Your free community magazine for Gourock, Inverkip & Wemyss Bay - December 2026 - Issue No. 87 - 4,200 copies delivered free to your door

PAGE 14 | COMMUNITY

Grannies, uncles and big sisters: the quiet army raising Inverclyde's children

Sheena McInnes meets the kinship carers who gather every Tuesday in a church hall in Gourock - and finds out why their numbers keep growing

There is a tin of shortbread on every table and a box of tissues on most of them. "You learn quickly that you need both," laughs Margaret Donnachie, who has been bringing up her two grandsons since the younger one was four months old.

Margaret, 67, is one of around 30 kinship carers who come along to the Tuesday group at St Ninian's hall. Some are grandparents, some are aunts and uncles, and a few are older brothers and sisters who took on the job in their early twenties. All of them are caring for a child whose own parents cannot, for reasons that range from addiction to illness to bereavement.

"When the social worker phoned me I said yes before she'd finished the sentence," Margaret tells me. "I didn't think about money or bedrooms or whether I'd manage the stairs. You just say yes. It's afterwards you think, right, how am I actually going to do this?"

A growing picture

Kinship care is now the most common way that looked-after children in Inverclyde are cared for. The council's Chief Social Work Officer's annual report for 2025-26, published in October, says that 198 children were looked after in Inverclyde at the end of March 2026. Of those, 71 were living with kinship carers, 49 with foster carers, 38 at home with their parents under a supervision order and 40 in residential care or other settings.

That means more than a third of looked-after children (36%) are in kinship care, compared with 34% across Scotland.

On top of that, the report counts a further 112 children living with relatives under a kinship care order, who are no longer formally looked after but still receive an allowance and support.

The same report notes that 46 children's names were on Inverclyde's child protection register at 31 March 2026, down from 58 a year earlier, and that there were 71 registrations and 83 de-registrations during the year. At a rate of 3.2 per 1,000 children aged 0-15 that is well above the Scottish figure of 2.3 per 1,000 - "still higher than we would like," the report concedes.

Money matters

Inverclyde pays kinship carers an allowance at the same rate as foster carers, as Scottish Government guidance now expects. For a child aged 11 to 15 that currently works out at £298.50 a week. But carers told me the allowance can take weeks to arrive after a child moves in, and that the first few months are the hardest.

"We had nothing for eight weeks," says Derek Paterson, 54, who took in his niece and nephew two years ago. "Not a penny. The school uniform alone was two hundred quid. I know the council's stretched but that's a long time to be running on your overdraft."

Inverclyde Council said the average time from a child being placed to the first allowance payment had come down to 19 days in 2025-26, from 27 days the year before, and that a "starter grant" of up to £500 was now available in the first fortnight.

Jean Kirkwood, who runs the Tuesday group for Inverclyde Kinship Carers Together, has heard it all before. "The system is getting better, I'll give them that," she says. "But every new carer who walks through that door is as frightened as I was in 2011. That's the bit no leaflet fixes."

The group now has 143 families on its mailing list and has received £12,750 from the Inverclyde Community Fund to run a summer programme for 2027. Jean's ambition is a second group in Port Glasgow "before the bairns grow up and leave us".

How to get involved

The Tuesday group meets from 10am to 12 noon at St Ninian's Hall, Shore Street. You don't need to be referred - just come along. Call Jean on 01632 960587 or e-mail kinship@ikct.example. Anyone who is worried about a child in Inverclyde should call the council's Children and Families duty team on 01632 960220, or Police Scotland on 101.

* Photo: Margaret with the group's prize-winning sponge at the 2026 Gourock Highland Games. Photo by Alan Fyfe.

------------------------------------------------------------
ALSO IN THIS ISSUE: Wemyss Bay Station's 120th birthday (p. 6) | Inverkip Community Council report (p. 9) | Crossword (p. 31)
ADVERT: McAllister & Sons Plumbing & Heating - Gas Safe no. 558213 - 10% off boiler servicing for Tideline readers - call 01632 960944
ADVERT: The Cardwell Bay Cafe - Christmas lunch, 3 courses for £24.95
Deadline for the January issue: 12 December. The Tideline is run by volunteers. Views expressed are those of contributors.
"""


def build():
    out = os.path.join(os.path.dirname(HERE), NAME + '.txt')
    open(out, 'w', encoding='utf-8').write(TEXT)
    eoy = P('2026-03-31', '2026-03-31', 'at 31 March 2026')
    prev = P('2025-03-31', '2025-03-31', 'a year earlier (31 March 2025)')
    figures = [
        F(30, 'count', 'other', 'kinship carers attending the Tuesday group', 'one of around 30 kinship carers', qualifier='around'),
        F(198, 'count', 'looked_after_children', 'children looked after in Inverclyde', '198 children were looked after in Inverclyde'),
        F(71, 'count', 'looked_after_children', 'looked-after children living with kinship carers', '71 were living with kinship carers'),
        F(49, 'count', 'looked_after_children', 'looked-after children with foster carers', '49 with foster carers'),
        F(38, 'count', 'looked_after_children', 'looked-after children at home with parents under a supervision order', '38 at home with their parents'),
        F(40, 'count', 'looked_after_children', 'looked-after children in residential care or other settings', '40 in residential care or other settings'),
        F(36, 'percent', 'looked_after_children', 'share of looked-after children in kinship care', 'more than a third of looked-after children (36%)'),
        F(33.33, 'percent', 'looked_after_children', 'share of looked-after children in kinship care (hedged restatement)', 'more than a third of looked-after children', qualifier='more than', optional=True),
        F(34, 'percent', 'looked_after_children', 'share of looked-after children in kinship care, Scotland (comparator)', 'compared with 34% across Scotland'),
        F(112, 'count', 'other', 'children living with relatives under a kinship care order, no longer looked after', 'a further 112 children living with relatives under a kinship care order'),
        F(46, 'count', 'child_protection_plans', "children's names on the child protection register", "46 children's names were on Inverclyde's child protection register"),
        F(58, 'count', 'child_protection_plans', "children's names on the register a year earlier", 'down from 58 a year earlier', period=prev),
        F(71, 'count', 'child_protection_plans', 'registrations during the year', 'there were 71 registrations'),
        F(83, 'count', 'child_protection_plans', 'de-registrations during the year', '83 de-registrations during the year'),
        F(3.2, 'rate_per_1000', 'child_protection_plans', 'child protection register rate, children aged 0-15', 'At a rate of 3.2 per 1,000 children aged 0-15'),
        F(2.3, 'rate_per_1000', 'child_protection_plans', 'child protection register rate, Scotland (comparator)', 'the Scottish figure of 2.3 per 1,000'),
        F(298.5, 'gbp', 'other', 'weekly kinship care allowance for a child aged 11 to 15', '£298.50 a week'),
        F(8, 'weeks', 'other', 'wait for the allowance reported by one carer', 'We had nothing for eight weeks', optional=True),
        F(200, 'gbp', 'other', 'cost of school uniform (carer, in a quote)', 'The school uniform alone was two hundred quid', optional=True),
        F(19, 'days', 'other', 'average time from placement to first allowance payment', 'had come down to 19 days in 2025-26'),
        F(27, 'days', 'other', 'average time to first allowance payment, year before', 'from 27 days the year before', period=P('2024-04-01', '2025-03-31', '2024-25')),
        F(500, 'gbp', 'other', 'starter grant for new kinship carers', 'a "starter grant" of up to £500', qualifier='up to'),
        F(143, 'count', 'other', "families on the group's mailing list", '143 families on its mailing list'),
        F(12750, 'gbp', 'other', 'grant from the Inverclyde Community Fund for a summer programme', '£12,750 from the Inverclyde Community Fund'),
        F(67, 'years', 'other', "Margaret Donnachie's age", 'Margaret, 67,', optional=True),
        F(4, 'months', 'other', 'age of the younger grandson when care began', 'four months old', optional=True),
        F(54, 'years', 'other', "Derek Paterson's age", 'Derek Paterson, 54,', optional=True),
        F(2, 'count', 'other', "Margaret's grandsons in her care", 'bringing up her two grandsons', optional=True),
    ]
    quotes = [
        Q('You learn quickly that you need both,', 'Margaret Donnachie', ['Margaret', 'Donnachie'], 'laughs'),
        Q("When the social worker phoned me I said yes before she'd finished the sentence,", 'Margaret Donnachie', ['Margaret', 'Donnachie'], 'tells me'),
        Q("I didn't think about money or bedrooms or whether I'd manage the stairs. You just say yes. It's afterwards you think, right, how am I actually going to do this?", 'Margaret Donnachie', ['Margaret', 'Donnachie'], None),
        Q('still higher than we would like,', 'the report', ["the Chief Social Work Officer's annual report", 'report'], 'concedes'),
        Q('We had nothing for eight weeks,', 'Derek Paterson', ['Derek', 'Paterson'], 'says'),
        Q("Not a penny. The school uniform alone was two hundred quid. I know the council's stretched but that's a long time to be running on your overdraft.", 'Derek Paterson', ['Derek', 'Paterson'], None),
        Q('starter grant', 'Inverclyde Council', ['the council', 'council'], 'said', optional=True),
        Q("The system is getting better, I'll give them that,", 'Jean Kirkwood', ['Jean', 'Kirkwood'], 'she says'),
        Q("But every new carer who walks through that door is as frightened as I was in 2011. That's the bit no leaflet fixes.", 'Jean Kirkwood', ['Jean', 'Kirkwood'], None),
        Q('before the bairns grow up and leave us', 'Jean Kirkwood', ['Jean', 'Kirkwood'], None),
    ]
    people = [{'name': 'Sheena McInnes', 'role': 'writer'}, {'name': 'Margaret Donnachie', 'role': 'kinship carer'},
              {'name': 'Derek Paterson', 'role': 'kinship carer'},
              {'name': 'Jean Kirkwood', 'role': 'runs the Tuesday group, Inverclyde Kinship Carers Together'}, {'name': 'Alan Fyfe', 'role': 'photographer'}]
    nf = ['Issue No. 87', '4,200 copies', 'PAGE 14', 'every Tuesday', 'early twenties', 'aged 11 to 15', 'aged 0-15', 'two years ago', 'in 2011',
          'summer programme for 2027', '10am to 12 noon', '01632 960587', '01632 960220', 'Police Scotland on 101', 'the first fortnight',
          'the first few months', '2026 Gourock Highland Games']
    bp = ["ALSO IN THIS ISSUE: Wemyss Bay Station's 120th birthday (p. 6) | Inverkip Community Council report (p. 9) | Crossword (p. 31)",
          'ADVERT: McAllister & Sons Plumbing & Heating - Gas Safe no. 558213 - 10% off boiler servicing for Tideline readers - call 01632 960944',
          'ADVERT: The Cardwell Bay Cafe - Christmas lunch, 3 courses for £24.95',
          'Deadline for the January issue: 12 December. The Tideline is run by volunteers. Views expressed are those of contributors.',
          "Photo: Margaret with the group's prize-winning sponge at the 2026 Gourock Highland Games. Photo by Alan Fyfe."]
    notes = ("A free, volunteer-run community magazine's feature (genre new: an independent community publication, not a church's parish "
             "newsletter), so news_article; area Inverclyde (Scotland); period 2025-26, the year of the Chief Social Work Officer's report it "
             "cites. Traps: the masthead's '4,200 copies' and 'Issue No. 87'; looked-after children broken down by placement type keep "
             "looked_after_children, and so do the kinship share (36%, with the hedged 'more than a third' optional) and the Scotland comparator; "
             "the 71 in kinship care and the 71 registrations are two facts with one value; children under a kinship care order are not looked "
             "after (other); Scottish register counts, registrations and de-registrations are child_protection_plans, the rate per 1,000 aged 0-15 "
             "is rate_per_1000 with a Scottish comparator; '58 a year earlier' is a snapshot at 31 March 2025; '£298.50 a week' is gbp; 'two "
             "hundred quid' and 'eight weeks' inside a carer's quote are optional; timeliness of payments (19 and 27 days) is other; 'around 30', "
             "'up to £500' carry qualifiers; speakers named by first name after the full name ('Margaret tells me', 'Jean's ambition'); a "
             "document speaker ('the report concedes'); 'Police Scotland on 101', phone numbers, the adverts' '10%' and '£24.95', 'p. 6', "
             "'120th birthday' are not figures.")
    gold(NAME + '.txt', 'news_article', "Grannies, uncles and big sisters: the quiet army raising Inverclyde's children", 'Inverclyde', None, YR,
         figures, nf, quotes, people, bp, notes)


if __name__ == '__main__':
    build()
