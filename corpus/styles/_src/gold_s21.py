from gold import *
M25 = P("2025-03-31", "2025-03-31", "31 March 2025")
cats = [("Neglect", 498), ("Emotional abuse", 391), ("Physical abuse", 97), ("Sexual abuse", 46), ("Multiple categories", 30)]
write(
    "s21_hertfordshire_foi_response.txt", "other",
    "Freedom of Information Act 2000 - Request for information (FOI-2025-07731)",
    "Hertfordshire", None, P("2022-04-01", "2025-03-31", "the last three financial years"),
    [
        F(214, "count", "police_protection", "children taken into police protection in 2022/23", "police protection powers in respect of 214 children in 2022/23", period=FY(2022)),
        F(236, "count", "police_protection", "children taken into police protection in 2023/24", "236 children in 2023/24", period=FY(2023)),
        F(251, "count", "police_protection", "children taken into police protection in 2024/25", "251 children in 2024/25", period=FY(2024)),
        F(19, "count", "court_orders", "emergency protection order applications in 2022/23", "An EPO was applied for in 19 cases in 2022/23", period=FY(2022)),
        F(23, "count", "court_orders", "emergency protection order applications in 2023/24", "23 in 2023/24", period=FY(2023)),
        F(17, "count", "court_orders", "emergency protection order applications in 2024/25", "17 in 2024/25", period=FY(2024)),
        F(2, "count", "court_orders", "2024/25 EPO applications not granted", "In all but two of the 2024/25 applications", period=FY(2024)),
        F(15, "count", "court_orders", "2024/25 EPO applications granted (implied)", "In all but two of the 2024/25 applications the order was granted", period=FY(2024), optional=True),
        F(1062, "count", "child_protection_plans", "children subject to a child protection plan on 31 March 2025", "1,062 children were subject to a child protection plan", period=M25),
    ] + [F(v, "count", "child_protection_plans", "children on a plan on 31 March 2025, category: %s" % c.lower(), "%s: %d" % (c, v), period=M25) for c, v in cats] + [
        F(19, "count", "serious_incident_notifications", "serious incident notifications made in 2024/25", "The council made 19 serious incident notifications in 2024/25", period=FY(2024)),
        F(40, "days", "other", "deadline for asking for an internal review", "within 40 working days", optional=True),
    ],
    ["SG13 8DE", "FOI-2025-07731", "28 August 2025", "Freedom of Information Act 2000", "31 July 2025", "1. How many", "2. In how many", "3. How many",
     "4. How many", "Question 1", "Question 2", "Question 3", "Question 4", "On 31 March 2025", "last three financial years", "fewer than five", "01632 960377"],
    [],
    [{"name": "Priyanka Lowther", "role": "Information Governance Officer, Hertfordshire County Council"}],
    ["Hertfordshire County Council", "Information Governance Unit", "County Hall, Pegs Lane, Hertford SG13 8DE", "Our ref: FOI-2025-07731",
     "Date: 28 August 2025", "Dear Requester,",
     "If you are unhappy with the way your request has been handled, you can ask for an internal review within 40 working days of the date of this letter by writing to foi@hertfordshire.example.",
     "Yours faithfully,", "Telephone: 01632 960377"],
    "Freedom of Information response letter (kind other). Period = what was asked: the last three financial years (2022/23-2024/25); every yearly figure carries its year and the plan counts carry 31 March 2025. "
    "Coordination ellipsis across years: 'in respect of 214 children in 2022/23, 236 children in 2023/24 and 251 children in 2024/25' (police_protection) and 'An EPO was applied for in 19 cases in 2022/23, 23 in 2023/24 and 17 in 2024/25' (court_orders, applied for). 'In all but two' = 2 not granted (the implied 15 granted is optional). "
    "A label: value list of categories of abuse (child_protection_plans, summing to 1,062). 19 serious incident notifications (different fact from the 19 EPO applications in 2022/23). No quotes. Traps: numbered questions 1-4 and 'Question 1'-'Question 4', the reference number, the FOI Act year, dates, 'fewer than five', postcode, phone; the internal-review deadline sits in boilerplate (optional)."
)
