from styles_src import *
AO = ["Okonkwo-Barr", "Dr Okonkwo-Barr", "Adaeze Okonkwo-Barr", "Dr Adaeze Okonkwo-Barr", "Independent Scrutineer"]
write(
    "t21_oxfordshire_learning_from_reviews_page.html", "council_report",
    "Learning from reviews - Oxfordshire Safeguarding Children Partnership",
    "Oxfordshire", "Oxfordshire Safeguarding Children Partnership", P("2024-04-01", "2025-03-31", "the year to 31 March 2025"),
    [
        F(8, "count", "rapid_reviews", "rapid reviews carried out", "carried out eight rapid reviews"),
        F(6, "count", "reviews_with_learning", "rapid reviews in which learning was identified", "Learning was identified in six of them"),
        F(2, "count", "other", "rapid reviews where agencies had worked well together", "in the other two the panel found that agencies had worked well together"),
        F(2, "count", "lcsprs_commissioned", "LCSPRs started", "we started two local child safeguarding practice reviews"),
        F(1, "count", "lcsprs_published", "review published (Ellie)", "One review, into the death of a teenager known as Ellie, was published in January"),
        F(3, "count", "lcsprs_ongoing", "reviews still in progress", "Three reviews are still in progress"),
        F(17, "count", "serious_case_reviews", "serious case reviews and safeguarding practice reviews since 2010", "have carried out 17 serious case reviews and safeguarding practice reviews",
          period=P("2010-01-01", None, "Since 2010")),
        F(5, "count", "other", "reviews with learning where the child's words were missing", "In five of the six reviews with learning"),
        F(4, "count", "other", "reviews where a man in the household was unknown to children's social care", "In four reviews, a man living in the household"),
        F(1260, "count", "other", "practitioners trained on the think family approach since April 2024", "We have trained 1,260 practitioners", period=P("2024-04-01", None, "since April 2024")),
        F(12, "count", "other", "seven-minute briefings published", "We have published 12 seven-minute briefings"),
        F(7, "count", "recommendations", "recommendations of the Ellie review", "Ellie January 2025 7"),
        F(5, "count", "recommendations", "recommendations of the Child H review", "Child H June 2024 5", period=FY(2024)),
        F(9, "count", "recommendations", "recommendations of the Baby J review", "Baby J November 2023 9", period=FY(2023)),
    ],
    ["31 March 2025", "in January", "Since 2010", "any of the eight cases", "since April 2024", "seven-minute briefings", "the last three years", "January 2025",
     "June 2024", "November 2023", "14 October 2025", "OX1 1ZZ", "01632 960552", "Child H", "Baby J"],
    [
        Q("think family", "Oxfordshire Safeguarding Children Partnership", ["Oxfordshire Safeguarding Children Partnership", "the partnership"], None, optional=True),
        Q("The reviews told us, again and again, that nobody asked who else lived in the house. That question is now on every assessment form in Oxfordshire.",
          "Adaeze Okonkwo-Barr", AO, None, role="Independent Scrutineer, Oxfordshire Safeguarding Children Partnership"),
    ],
    [{"name": "Adaeze Okonkwo-Barr", "role": "Independent Scrutineer, Oxfordshire Safeguarding Children Partnership"}],
    ["Oxfordshire Safeguarding Children Partnership", "Home | Practitioners | Reviews | Training | Contact us", "Last reviewed: 14 October 2025",
     "Oxfordshire Safeguarding Children Partnership, Example House, Oxford OX1 1ZZ. Tel: 01632 960552"],
    "Partnership web page (kind council_report) about learning from reviews in the year to 31 March 2025: 'eight rapid reviews. Learning was identified in six of them' (reviews_with_learning), 'in the other two ...' (set reference, other); 'From those eight, we started two' LCSPRs (commissioned); one published, three in progress; "
    "a cumulative legacy count '17 serious case reviews and safeguarding practice reviews' since 2010 (serious_case_reviews: the text does not say commissioned / published / ongoing; own open period). Findings bullets are feature counts of reviews (other); 'in any of the eight cases' is not a figure (a set reference with no new count). "
    "A table of published reviews (row headers are review names, not figures; the Published column holds dates) with recommendations per review; the two older reviews carry the financial year of publication. A pull quote with a dash attribution line in <footer> (cue null); the scare-quoted approach name 'think family' is an optional quote. Traps: review names 'Child H', 'Baby J', 'seven-minute briefings', dates."
)
