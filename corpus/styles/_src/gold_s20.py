from gold import *
SOS = ["the Secretary of State", "Secretary of State", "my right honourable friend the Secretary of State", "Secretary of State for Education"]
regions = [("North East", 31, 12), ("North West", 68, 25), ("Yorkshire and the Humber", 47, 16), ("East Midlands", 36, 13),
           ("West Midlands", 52, 19), ("East of England", 49, 17), ("London", 61, 20), ("South East", 58, 22), ("South West", 26, 10),
           ("England", 428, 154)]
table = []
for name, n, u1 in regions:
    anchor = "%s %d %d" % (name, n, u1)
    table.append(F(n, "count", "serious_incident_notifications", "serious incident notifications, %s" % name, anchor))
    table.append(F(u1, "count", "other", "notifications relating to a child under one, %s" % name, anchor))
write(
    "s20_written_answer_notifications_by_region.html", "other",
    "Written questions and answers - Children: Safeguarding - UIN 48213",
    None, None, FY(2024),
    [F(5, "days", "other", "deadline for notifying the national panel", "within five working days of becoming aware")] + table + [
        F(36, "percent", "serious_incident_notifications", "notifications about babies under one (share)", "accounted for 36% of all notifications"),
        F(45000000, "gbp", "other", "investment in the Families First Partnership programme", "investing £45 million over two years"),
        F(2, "years", "other", "period of the Families First investment", "£45 million over two years"),
    ],
    ["UIN 48213", "3 November 2025", "11 November 2025", "under one year old", "14 October", "UIN 47102", "UIN 46655", "21 October 2025",
     "9 October 2025", "01632 960210", "April 2024 to March 2025", "2024-25"],
    [Q("no child should fall through the gaps between agencies", "the Secretary of State", SOS, "said", role="Secretary of State for Education")],
    [
        {"name": "Rachel Fairhurst", "role": "Member of Parliament (Liberal Democrat, Wyre Vale)"},
        {"name": "Daniel Okereke-Hart", "role": "Parliamentary Under-Secretary of State, Department for Education"},
    ],
    ["This is an example page.", "Give feedback", "Written questions, answers and statements", "Questions Statements Help",
     "Home > Questions > UIN 48213", "Related questions", "UIN 47102: Child Protection: Babies (answered 21 October 2025)",
     "UIN 46655: Social Workers: Recruitment (answered 9 October 2025)", "Data is available under the Open Parliament Licence (example). Contact: 01632 960210"],
    "Parliamentary written answer (kind other; area null, a national table by region; no partnership). Period = the financial year 2024-25 asked about. "
    "An HTML table by region with a total row: the notification column is serious_incident_notifications; the 'Of which: child under one' column is a subset defined by a feature (other, as in corpus-dev); the 36% share keeps the notification metric. The England row (428, 154) is a total. "
    "Traps: UIN numbers, tabling and answer dates, 'under one year old' (age bound), related-question links. 'within five working days' is the statutory deadline (days). The only quote is a fragment attributed to 'my right honourable friend the Secretary of State' (no name given). The asking member and the minister are people but do not speak in quotes."
)
