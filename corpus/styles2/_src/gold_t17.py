from styles_src import *
IC = ["Castellanos-Reid", "Ms Castellanos-Reid", "Imogen Castellanos-Reid", "Director of finance", "director of finance"]
HP = ["Pembridge-Vane", "Cllr Pembridge-Vane", "Hugh Pembridge-Vane", "Cllr Hugh Pembridge-Vane", "Council leader"]
JO = ["Okoro-Fleet", "Cllr Okoro-Fleet", "Jasmine Okoro-Fleet", "Cllr Jasmine Okoro-Fleet", "Liberal Democrat group leader"]
write(
    "t17_surrey_children_overspend_ldrs.html", "news_article",
    "Surrey children's services heading for £18.6m overspend as placement costs soar",
    "Surrey", None, FY(2025),
    [
        F(18600000, "gbp", "other", "forecast overspend of children's services this year", "forecast to overspend by £18.6 million this year"),
        F(10000, "gbp", "other", "weekly cost of the most expensive placements", "Six children are in placements costing more than £10,000 a week", qualifier="more than"),
        F(312400000, "gbp", "other", "forecast spending of the directorate", "expects to spend £312.4m"),
        F(293800000, "gbp", "other", "directorate budget", "against a budget of £293.8m in 2025/26"),
        F(11200000, "gbp", "other", "overspend on placements for children in care", "Placements for children in care account for £11.2m of the overspend"),
        F(1094, "count", "looked_after_children", "children looked after by the council", "The council now looks after 1,094 children"),
        F(118, "count", "other", "children in care in residential care", "118 of them are in residential care"),
        F(7450, "gbp", "other", "average weekly cost of residential care", "at an average cost of £7,450 a week"),
        F(6, "count", "other", "children in placements costing more than £10,000 a week", "Six children are in placements costing more than £10,000 a week"),
        F(84, "count", "other", "children in residential care two years ago", "Two years ago we had 84 children in residential care",
          period=P("2023-11-25", "2023-11-25", "Two years ago")),
        F(390000, "gbp", "other", "average yearly cost of an extra child in a children's home", "close to £390,000 a year", qualifier="close to"),
        F(5900000, "gbp", "other", "home-to-school transport overspend", "a further £5.9m over budget"),
        F(1500000, "gbp", "other", "agency staff overspend", "agency staff costs £1.5m"),
        F(75, "percent", "other", "county councils reporting children's overspends", "three in four county councils were reporting children's overspends"),
        F(20, "percent", "other", "profits of private providers", "profits of 20 per cent or more", qualifier="or more"),
        F(6, "count", "other", "council-run beds the council would have had (counterfactual)", "half a dozen beds of our own", optional=True),
        F(3, "count", "other", "new council children's homes planned", "open three homes with a total of 12 beds"),
        F(12, "count", "other", "beds in the new homes", "a total of 12 beds"),
        F(9800000, "gbp", "other", "cost of the new homes", "at a cost of £9.8m"),
        F(2400000, "gbp", "other", "expected yearly saving from the new homes", "save around £2.4m a year", qualifier="around"),
        F(7000000, "gbp", "other", "draw from reserves", "draw £7m from reserves"),
    ],
    ["10:02, 26 NOV 2025", "Tuesday (November 25)", "2025/26", "four years ago", "by 2027", "Guildford car park to close for 18 months", "Woking council debt passes £2bn",
     "less than 30 seconds", "01632 960372"],
    [
        Q("moving in the wrong direction faster than we can bring them back", "Imogen Castellanos-Reid", IC, "told", role="director of finance, Surrey County Council"),
        Q("Two years ago we had 84 children in residential care,", "Imogen Castellanos-Reid", IC, "said"),
        Q("Every extra child in a children's home costs us, on average, close to £390,000 a year.", "Imogen Castellanos-Reid", IC, None),
        Q("not alone", "Hugh Pembridge-Vane", HP, "said", role="Council leader, Cllr (Con)"),
        Q("This is a national failure of the market, and we are paying the price for it,", "Hugh Pembridge-Vane", HP, "said"),
        Q("Private providers are making profits of 20 per cent or more on the backs of our most vulnerable children.", "Hugh Pembridge-Vane", HP, None),
        Q("We asked for more council-run homes four years ago,", "Jasmine Okoro-Fleet", JO, "said", role="Liberal Democrat group leader"),
        Q("If they had listened then, we would have half a dozen beds of our own by now.", "Jasmine Okoro-Fleet", JO, None),
    ],
    [
        {"name": "Rupert Ashdown-Mensah", "role": "Local Democracy Reporting Service"},
        {"name": "Imogen Castellanos-Reid", "role": "director of finance, Surrey County Council"},
        {"name": "Hugh Pembridge-Vane", "role": "Council leader (Con)"},
        {"name": "Jasmine Okoro-Fleet", "role": "Liberal Democrat group leader"},
    ],
    ["Surrey Weald Herald | News | Politics | Sport | Jobs", "Advertisement", "By Rupert Ashdown-Mensah, Local Democracy Reporting Service | 10:02, 26 NOV 2025",
     "READ MORE:", "Guildford car park to close for 18 months", "Woking council debt passes £2bn", "Sign up to our daily newsletter - it takes less than 30 seconds",
     "Surrey Weald Herald (example) · 01632 960372 · newsdesk@surreywealdherald.example"],
    "LDRS budget story (Reach-like page): money in every form ('£18.6m' in the headline and '£18.6 million' in the body, one fact; '£312.4m against a budget of £293.8m'; weekly and yearly costs; 'close to £390,000 a year' inside a quote). Period = the financial year the forecast is for (2025/26). "
    "The standfirst 'has passed £10,000 a week' and the body 'more than £10,000 a week' are one fact. '118 of them are in residential care' is a feature subset (other); 'Two years ago we had 84' carries its own point in time. "
    "'three in four county councils' = 75 (other); '20 per cent or more' inside a quote (qualifier 'or more'); 'half a dozen beds' is counterfactual (optional). Speakers: the finance director ('told cabinet' fragment, then 'she said' and a follow-on), the leader with party after his name, the opposition group leader introduced by reported speech ('But ... said the administration had been warned.'). "
    "Traps: the date line, 'four years ago', 'by 2027', READ MORE and newsletter numbers."
)
