from gold import *
YW = ["one young woman", "young woman", "a young woman", "young person", "a young person in care"]
OF = ["Ofsted inspectors", "Ofsted", "inspectors", "Ofsted’s inspectors", "Ofsted's inspectors"]
CC = ["the Children's Commissioner", "Children's Commissioner", "Children’s Commissioner", "the Children’s Commissioner"]
write(
    "s24_somerset_councillor_column.html", "news_article",
    "Our children in care deserve homes in Somerset, not hundreds of miles away",
    "Somerset", None, None,
    [
        F(63, "count", "other", "young people in care the councillor has met", "I have now met 63 of them"),
        F(4, "count", "other", "counties the young woman has lived in", "I’ve lived in four counties", optional=True),
        F(15, "years", "other", "age of the young woman", "She was 15."),
        F(11, "count", "other", "times the young woman had moved", "She had moved 11 times."),
        F(1011, "count", "looked_after_children", "children looked after by Somerset Council", "Somerset Council looks after 1,011 children"),
        F(70, "count", "looked_after_children", "increase in children looked after on this time last year", "around 70 more than this time last year", qualifier="around"),
        F(16.67, "percent", "looked_after_children", "children in care living outside the county", "Roughly one in six of them lives outside the county", qualifier="roughly"),
        F(62000000, "gbp", "other", "spending on placements this year", "spend about £62 million on placements", qualifier="about"),
        F(7000, "gbp", "other", "weekly cost of a bed in a private children's home", "more than £7,000 a week", qualifier="more than"),
        F(2, "count", "other", "council-run homes opened in the last year", "opened two small council-run homes"),
        F(4, "count", "other", "beds in each new home", "with four beds each"),
        F(23, "count", "other", "new fostering households approved", "approved 23 new fostering households"),
        F(2, "count", "other", "homes to open next year", "we will open two more homes"),
    ],
    ["two years ago", "more than 150 miles away", "every month", "01632 960883", "30 years on", "5 ideas"],
    [
        Q("I’ve lived in four counties,", "a young woman", YW, "said"),
        Q("I don’t know where home is any more.", "a young woman", YW, None),
        Q("improving at pace", "Ofsted inspectors", OF, "said"),
        Q("a child’s address should never be decided by where there happens to be a spare bed", "the Children's Commissioner", CC, "wrote"),
    ],
    [{"name": "Frances Nuttall", "role": "Somerset Council lead member for children and families (column author)"}],
    ["Mendip & Vale Gazette", "Opinion", "Views expressed in opinion columns are the author’s own. Interested in fostering? Call 01632 960883.",
     "More opinion", "Why the A303 still needs fixing, 30 years on", "Our high streets: 5 ideas to bring shoppers back", "© Mendip & Vale Gazette 2025"],
    "Opinion column by a councillor in a local paper (news_article; no reporting period, period null; no partnership). The author's first-person prose is not a quote, although it is full of figures ('I have now met 63 of them'). "
    "Quotes are other people's words reported by the author: a young woman's quote split by the cue, with a follow-on sentence; an Ofsted fragment; a fragment from the Children's Commissioner (no name: the role is the speaker). "
    "Figures: case facts ('She was 15. She had moved 11 times.'), 1,011 children in care, 'around 70 more than this time last year' (change, looked_after_children), 'Roughly one in six of them' (share), placement spend and weekly costs with hedges, homes and beds ('two small council-run homes, with four beds each'; 'two more homes' next year: two different facts with value 2). Traps: 'two years ago', 'more than 150 miles away', 'every month', sidebar numbers, phone."
)
