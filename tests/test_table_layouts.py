"""Table layouts read cell by cell: two period columns with a direction column under a numbered
title that sits below a box of headline numbers; count and share columns of a breakdown by bands
('2 to 6 hours'); columns of school years; a 'Total' row under columns of different measures; a
row label that gives its unit in brackets; one fact said in a headline box, a table and a
paragraph. Every page, label and council is invented, in genres of council work other than
children's services reports (libraries, waste, leisure, housing repairs, highways, adult
learning, parks), through the production path (HTML or text ingest -> Document.tables ->
find_figures)."""

from __future__ import annotations

import pytest

from extractor.figures import find_figures
from extractor.findings import Period
from extractor.ingest import load

Q2 = Period("2030-07-01", "2030-09-30", "Q2 2030/31")
FY = Period("2030-04-01", "2031-03-31", "2030/31")
SCHOOL = Period("2030-09-01", "2031-08-31", "2030/31 academic year")
PROSE = ("<p>This paper tells the overview panel how the service has done in the period and what "
         "officers intend to change before the next meeting of the panel.</p>")


def page(body: str) -> bytes:
    return (f"<html><head><title>Service performance</title></head><body><main><h1>Service performance</h1>"
            f"{PROSE}{body}{PROSE}</main></body></html>").encode()


def table(rows: list[list[str]]) -> str:
    head = "".join(f"<th>{c}</th>" for c in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows[1:])
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def figures_of(nlp, data: bytes, period: Period | None, name: str = "t.html"):
    document = load(name, data)
    return find_figures(nlp(document.text), document, period, use_classifier=False), document


def cell_figure(figs, document, label: str, column: int):
    """The figure with a mention at the cell of the row whose label starts with `label`."""
    rows = [r for t in document.tables for r in t.rows if r and r[0].text.startswith(label)]
    assert rows, f"no row {label!r}"
    cell = rows[0][column]
    hits = [f for f in figs if any(m.start == cell.start for m in f.mentions)]
    return hits[0] if hits else None


# Two quarters and a direction column under 'Table N: ...'; above the title, a box of headline
# numbers of which some are percentages: (box lines, count row, share row, direction words)
DIRECTIONS = [
    (["4,655 books issued", "12% more than last quarter"], ("Books issued", "4,210", "4,655"),
     ("Loans renewed online (%)", "38%", "41%"), ("Up", "Better")),
    (["911 bins missed", "97% of collections on time"], ("Bins missed", "1,024", "911"),
     ("Collections on time (%)", "96%", "97%"), ("Down", "Better")),
    (["58,300 swims", "71% of lanes booked"], ("Swims taken", "61,020", "58,300"),
     ("Lane bookings filled (%)", "74%", "71%"), ("Down", "Worse")),
    (["1,377 repairs done", "88% fixed first time"], ("Repairs completed", "1,290", "1,377"),
     ("Fixed at first visit (%)", "85%", "88%"), ("↑", "↑")),
    (["642 potholes filled", "64% within 5 days"], ("Potholes filled", "702", "642"),
     ("Filled within 5 days (%)", "69%", "64%"), ("↓", "↓")),
    (["317 learners enrolled", "82% stayed the course"], ("Learners enrolled", "289", "317"),
     ("Course completion (%)", "79%", "82%"), ("Higher", "Improved")),
    (["2,140 volunteer hours", "15% new volunteers"], ("Volunteer hours in parks", "1,960", "2,140"),
     ("Volunteers new this quarter (%)", "11%", "15%"), ("Up", "Up")),
    (["76 fly-tips cleared", "90% cleared in a day"], ("Fly-tips cleared", "81", "76"),
     ("Cleared within one day (%)", "93%", "90%"), ("Down", "Worse")),
]


@pytest.mark.parametrize("box,counts,shares,words", DIRECTIONS)
def test_two_quarters_and_a_direction_column_under_a_numbered_title(nlp, box, counts, shares, words) -> None:
    rows = [["Measure", "Q1 2030/31", "Q2 2030/31", "Direction"],
            [*counts, words[0]], [*shares, words[1]], ["Complaints received", "14", "19", words[0]]]
    body = "".join(f"<p>{line}</p>" for line in box) + "<p>Table 1: Quarterly measures, Q1 and Q2 2030/31</p>" + \
        table(rows)
    figs, doc = figures_of(nlp, page(body), Q2)
    first = cell_figure(figs, doc, counts[0], 1)
    assert first is not None and first.unit == "count"
    assert first.period is not None and (first.period.start, first.period.end) == ("2030-04-01", "2030-06-30")
    assert cell_figure(figs, doc, counts[0], 2).unit == "count"
    assert cell_figure(figs, doc, "Complaints", 1).unit == "count"
    share = cell_figure(figs, doc, shares[0], 1)
    assert share is not None and share.unit == "percent" and share.period is not None


# A breakdown by bands that open with a number ('2 to 6 hours', '16-17', '3+ moves'): a count
# and a share per band; the numbers opening the labels number no headings of a contents page
BANDS = [
    ("Time to answer", ["Under 2 hours", "2 to 6 hours", "6-24 hours", "Over a day"]),
    ("Age of borrower", ["Under 12", "12 to 17", "18-64", "65 and over"]),
    ("Days to repair", ["1 day", "2 to 5 days", "6-10 days", "More than 10 days"]),
    ("Visits in the year", ["1 visit", "2 to 4 visits", "5+ visits", "Not known"]),
    ("Distance travelled", ["Less than 1 mile", "1 to 3 miles", "3-10 miles", "Over 10 miles"]),
    ("Weeks on the waiting list", ["Under 4 weeks", "4 to 8 weeks", "8 to 26 weeks", "Over 26 weeks"]),
    ("Household size", ["1 person", "2 to 3 people", "4 or 5 people", "6 or more"]),
    ("Hours volunteered", ["0-5 hours", "6 to 20 hours", "21-50 hours", "Over 50 hours"]),
]


@pytest.mark.parametrize("corner,labels", BANDS)
def test_count_and_share_columns_of_bands_are_figures(nlp, corner, labels) -> None:
    counts, shares = ["37", "52", "64", "21"], ["21%", "30%", "37%", "12%"]
    rows = [[corner, "Number", "%"], *([lab, n, p] for lab, n, p in zip(labels, counts, shares)),
            ["Total", "174", "100%"]]
    figs, doc = figures_of(nlp, page("<p>What residents told us in the survey</p>" + table(rows)), FY)
    for label, count, share in zip(labels, counts, shares):
        n = cell_figure(figs, doc, label, 1)
        assert n is not None and n.unit == "count" and n.value == float(count)
        p = cell_figure(figs, doc, label, 2)
        assert p is not None and p.unit == "percent"


# Columns of years in a report on a school year: (caption, document period, header, the period
# the first column's cells carry; None: the document's own year)
SCHOOL_YEARS = [
    ("Table 2: Adult learning enrolments, academic years", FY, "2028/29", ("2028-09-01", "2029-08-31")),
    ("Table 4: Music service lessons by school year", FY, "2029/30", ("2029-09-01", "2030-08-31")),
    ("Table 1: Enrolments, three-year trend", SCHOOL, "2029/30", ("2029-09-01", "2030-08-31")),
    ("Table 1: Enrolments, three-year trend", SCHOOL, "2028-29", ("2028-09-01", "2029-08-31")),
    ("Table 3: Travel passes issued", SCHOOL, "2030/31", None),
    ("Table 3: Travel passes issued", Period("2030-08-01", "2031-07-31", "year to July"), "2029/30",
     ("2029-08-01", "2030-07-31")),
    ("Table 5: Grants paid", FY, "2029/30", ("2029-04-01", "2030-03-31")),
    ("Table 5: Grants paid in the financial year", SCHOOL, "2029/30 financial year", ("2029-04-01", "2030-03-31")),
]


@pytest.mark.parametrize("caption,period,header,want", SCHOOL_YEARS)
def test_year_columns_of_a_school_year_report(nlp, caption, period, header, want) -> None:
    rows = [["", header, "Later"], ["Learners enrolled", "1,406", "1,512"], ["Courses run", "233", "241"]]
    figs, doc = figures_of(nlp, page(f"<p>{caption}</p>" + table(rows)), period)
    fig = cell_figure(figs, doc, "Learners enrolled", 1)
    assert fig is not None
    got = (fig.period.start, fig.period.end) if fig.period is not None else None
    assert got == want


def test_a_year_said_in_the_text_of_a_school_year_report_is_a_school_year(nlp) -> None:
    text = ("Harbourside Council adult learning annual report\n\n"
            "In the year the service ran 233 courses, compared with 198 in 2029/30, and more "
            "learners finished their course than ever before.\n")
    figs, _ = figures_of(nlp, text.encode(), SCHOOL, name="t.txt")
    earlier = [f for f in figs if f.value == 198]
    assert earlier and earlier[0].period is not None
    assert (earlier[0].period.start, earlier[0].period.end) == ("2029-09-01", "2030-08-31")


# A 'Total' row under columns of different measures: each column's total is its own figure, even
# where it equals a cell of another column: (header, rows, total row)
TOTALS = [
    (["District", "Rapid reviews completed", "LCSPRs commissioned", "LCSPRs published"],
     [["Upper Wenning", "9", "3", "2"], ["Lowmoor", "4", "2", "1"], ["Castlegate", "3", "1", "0"]],
     ["Total", "16", "6", "3"], [(2, "lcsprs_commissioned"), (3, "lcsprs_published")]),
    (["Locality", "LCSPRs published", "LCSPRs commissioned", "Rapid reviews completed"],
     [["North Vale", "1", "2", "5"], ["Eastholme", "2", "1", "2"]],
     ["Total", "3", "3", "7"], [(1, "lcsprs_published"), (2, "lcsprs_commissioned")]),
    (["Area team", "Children in need",
      "Child protection plans"],
     [["Riverside", "212", "48"], ["Hilltop", "174", "31"], ["Old Town", "79", "12"]],
     ["Total", "465", "91"], [(1, "children_in_need"), (2, "child_protection_plans")]),
    (["Neighbourhood", "Social care referrals", "Section 47 enquiries"],
     [["Westfield", "301", "44"], ["Brookside", "118", "29"], ["Parkend", "44", "15"]],
     ["Total", "463", "88"], [(2, "section_47_enquiries")]),
]


@pytest.mark.parametrize("header,rows,total,columns", TOTALS)
def test_total_row_under_columns_of_different_measures(nlp, header, rows, total, columns) -> None:
    # every total equals a cell of another column (3 LCSPRs published = 3 rapid reviews in a place)
    rows = [header, *rows, total]
    figs, doc = figures_of(nlp, page("<p>Table 6: Activity by place</p>" + table(rows)), FY)
    for j, metric in columns:
        fig = cell_figure(figs, doc, "Total", j)
        assert fig is not None and fig.metric == metric and fig.value == float(total[j])


def test_total_said_in_the_text_takes_the_columns_metric(nlp) -> None:
    before = "<p>The panel met for every rapid review, 16 in total, and sent each one on time.</p>"
    rows = [["District", "Rapid reviews", "LCSPRs started"], ["Upper Wenning", "9", "3"],
            ["Lowmoor", "4", "2"], ["Castlegate", "3", "1"], ["Total", "16", "6"]]
    figs, doc = figures_of(nlp, page(before + table(rows)), FY)
    fig = cell_figure(figs, doc, "Total", 1)
    assert fig is not None and fig.metric == "rapid_reviews" and len(fig.mentions) == 2


# One fact in a headline box, in a table row whose label gives its unit in brackets, and in a
# paragraph: one figure; the paragraph names the earlier column's period as its subject's
# modifier ('the Q1 count changed ...'): (box line, row label, cells, paragraph, count row label)
RESTATED = [
    ("72% of calls answered within a minute", "Calls answered within a minute (%)", ("69%", "72%"),
     "Officers answered 4,410 calls within a minute, which is 72% of those received. "
     "The Q1 call count was revised to 6,020 after a late upload.", "Calls received"),
    ("81% of tenants satisfied with repairs", "Tenants satisfied with repairs (%)", ("78%", "81%"),
     "Of tenants asked, 81% were satisfied with their repair. "
     "The Q1 survey count was revised to 6,020 after late returns.", "Surveys returned"),
    ("64% of reports of graffiti cleared in a week", "Graffiti cleared within a week (%)", ("60%", "64%"),
     "Crews cleared graffiti within a week in 64% of reports. "
     "The Q1 report count changed from 5,980 to 6,020.", "Reports logged"),
]


@pytest.mark.parametrize("box,label,cells,paragraph,counted", RESTATED)
def test_a_fact_in_a_headline_box_a_table_and_a_paragraph_is_one_figure(nlp, box, label, cells, paragraph,
                                                                       counted) -> None:
    rows = [["Measure", "Q1 2030/31", "Q2 2030/31", "Direction"], [label, *cells, "Better"],
            [counted, "6,020", "6,385", "Up"]]
    body = f"<p>{box}</p><p>Table 1: Customer measures</p>{table(rows)}<p>{paragraph}</p>"
    figs, doc = figures_of(nlp, page(body), Q2)
    value = float(cells[1].rstrip("%"))
    same = [f for f in figs if f.value == value and f.unit == "percent"]
    assert len(same) == 1 and len(same[0].mentions) == 3
    earlier = [f for f in figs if f.value == 6020]
    assert len(earlier) == 1 and earlier[0].period is not None and earlier[0].period.start == "2030-04-01"


# A two-column table of shares flattened to one space in a PDF's text: a header of words naming
# the share, then rows of a label and one percentage, two of them equal: (header, rows)
SHARE_LISTS = [
    ("Reason for leaving % of leavers", [("Moved away", "31%"), ("Cost of membership", "18%"),
                                         ("Opening hours", "12%"), ("No reason given", "18%")]),
    ("Main use of the hall Share of bookings", [("Sports clubs", "44%"), ("Parties", "21%"),
                                                ("Community groups", "21%"), ("Other uses", "14%")]),
    ("How people heard of us Percentage", [("Word of mouth", "36%"), ("Social media", "27%"),
                                            ("Posters in the library", "9%"), ("Council website", "27%")]),
    ("Type of complaint % of complaints", [("Missed collection", "52%"), ("Noise from crews", "7%"),
                                           ("Damaged bin", "7%"), ("Other", "34%")]),
    ("Route to the course %", [("Jobcentre", "29%"), ("Self-referred", "40%"), ("Employer", "16%"),
                               ("Housing officer", "15%"), ("Library", "16%")]),
    ("Tenure of household % of households", [("Owner occupied", "48%"), ("Private rented", "26%"),
                                              ("Social rented", "24%"), ("Other tenure", "2%"), ("Not stated", "2%")]),
    ("Mode of travel Proportion of trips", [("Walking", "33.5%"), ("Bus", "12.5%"), ("Car", "41.5%"),
                                            ("Cycle", "12.5%")]),
    ("Day of visit Per cent of visits", [("Weekday", "58%"), ("Saturday", "21%"), ("Sunday", "21%")]),
]


@pytest.mark.parametrize("header,rows", SHARE_LISTS)
def test_a_flattened_list_of_shares_reads_each_row_with_its_label(nlp, header, rows) -> None:
    text = ("Riverbank Borough Council leisure and culture survey results\n\n"
            "The council asked residents about the service during the spring and summer.\n"
            f"{header}\n" + "".join(f"{label} {share}\n" for label, share in rows) +
            "The results will shape the service plan agreed in the autumn.\n")
    figs, document = figures_of(nlp, text.encode(), FY, name="t.txt")
    for label, share in rows:
        at = document.text.index(f"{label} {share}") + len(label) + 1
        hits = [f for f in figs if any(m.start == at for m in f.mentions)]
        assert hits and hits[0].unit == "percent" and hits[0].value == float(share.rstrip("%"))
        assert len(hits[0].mentions) == 1, label  # an equal share in another row is another fact


# A table of referrals by source in a document that never speaks of case reviews counts
# referrals to its own service: (service's sentence, label column's header, sources)
SERVICE_REFERRALS = [
    ("The food bank took 318 referrals in the year.", "Referred by", ["Citizens advice", "GP surgeries", "Housing"]),
    ("Social prescribers received 204 referrals.", "Referral source", ["GP practices", "Self", "Pharmacies"]),
    ("The home library service had 96 referrals.", "Referrer", ["Carers", "Day centres", "Neighbours"]),
    ("Falls prevention classes took 151 referrals.", "Source of referral", ["Physiotherapy", "GP", "Self"]),
    ("The debt advice line received 277 referrals.", "Referred from", ["Rent team", "Energy firms", "Jobcentre"]),
    ("Home fire safety visits followed 189 referrals.", "Referring agency", ["Adult care", "Housing", "Ambulance"]),
    ("The youth club took 88 referrals this year.", "Who referred", ["Schools", "Parents", "Youth workers"]),
    ("The warm homes scheme received 142 referrals.", "Referral route", ["Energy advice", "Landlords", "Self"]),
]


@pytest.mark.parametrize("sentence,corner,sources", SERVICE_REFERRALS)
def test_referrals_to_a_service_are_no_case_review_referrals(nlp, sentence, corner, sources) -> None:
    rows = [[corner, "Number", "%"], [sources[0], "61", "45%"], [sources[1], "40", "30%"],
            [sources[2], "34", "25%"], ["Total", "135", "100%"]]
    figs, doc = figures_of(nlp, page(f"<p>{sentence}</p><p>Referrals by source</p>" + table(rows)), FY)
    for source in sources:
        assert cell_figure(figs, doc, source, 1).metric == "other"
        assert cell_figure(figs, doc, source, 2).metric == "other"


def test_referrals_in_a_document_about_case_reviews_keep_their_reading(nlp) -> None:
    before = ("<p>The group considered every rapid review and each local child safeguarding practice "
              "review in the year.</p>")
    rows = [["Case review group", "2029/30", "2030/31"], ["Referrals", "14", "17"], ["Rapid reviews", "9", "11"]]
    figs, doc = figures_of(nlp, page(before + table(rows)), FY)
    assert cell_figure(figs, doc, "Referrals", 1).metric == "review_referrals"


# A share done by a deadline ('by 8 weeks', 'by 2½ years', 'by day 14') is timeliness, other,
# as a share done 'within 10 working days' is; a share of a window ('Re-referrals within 12
# months (%)') keeps its metric: (row label, cells)
BY_A_DEADLINE = [
    ("Child protection plans reviewed by 3 months (%)", ("91%", "94%")),
    ("Section 47 enquiries completed by 10 working days (%)", ("77%", "82%")),
    ("Referrals screened by 24 hours (%)", ("88%", "90%")),
    ("Children in care seen by 6 weeks (%)", ("69.5%", "72.0%")),
    ("Children in need visited by 20 days (%)", ("58%", "63%")),
    ("Child protection plans reviewed by 6 months (%)", ("93%", "97%")),
    ("Children looked after with a health check by 28 days (%)", ("41%", "52%")),
    ("Referrals decided by day 1 (%)", ("95%", "96%")),
    ("Children on a child protection plan seen by week 2 (%)", ("83%", "86%")),
    ("Section 47 enquiries closed by 15 days (%)", ("62%", "70%")),
    ("Children in care placed by the age of 12 months (%)", ("35%", "38%")),
]


@pytest.mark.parametrize("label,cells", BY_A_DEADLINE)
def test_a_share_done_by_a_deadline_is_timeliness(nlp, label, cells) -> None:
    rows = [["Measure", "Q1 2030/31", "Q2 2030/31"], [label, *cells],
            ["Re-referrals within 12 months (%)", "19%", "21%"]]
    figs, doc = figures_of(nlp, page("<p>Table 2: Quarterly measures</p>" + table(rows)), Q2)
    for j in (1, 2):
        fig = cell_figure(figs, doc, label, j)
        assert fig is not None and fig.unit == "percent" and fig.metric == "other", (label, fig)
    kept = cell_figure(figs, doc, "Re-referrals", 1)
    assert kept is not None and kept.metric == "social_care_referrals"


# Checks of a health service under a caption that names its contacts (not contacts with social
# care), each done by an age: timeliness, other: (caption, row labels)
CONTACTS_BY_AN_AGE = [
    ("Table 1: Mandated contact", ["6 to 8 week review by 8 weeks", "12 month review by 12 months",
                                   "2 to 2½ year review by 2½ years"]),
    ("Table 3: Universal contacts", ["Hearing check by 4 weeks", "Vision screen by 5 years",
                                     "Weight check by 9 months"]),
    ("Contacts completed on time", ["First home visit by 14 days", "Growth review by 10 months",
                                    "School entry check by 5½ years"]),
    ("Health contacts", ["Dental check by 2 years", "Speech review by 27 months", "Sleep review by 16 weeks"]),
]


@pytest.mark.parametrize("caption,labels", CONTACTS_BY_AN_AGE)
def test_contacts_done_by_an_age_are_timeliness(nlp, caption, labels) -> None:
    rows = [["Contact", "2029/30", "2030/31", "Target"], *[[lab, "71.5%", "78.9%", "80%"] for lab in labels]]
    figs, doc = figures_of(nlp, page(f"<p>{caption}</p>" + table(rows)), FY)
    for lab in labels:
        for j in (1, 2, 3):
            fig = cell_figure(figs, doc, lab, j)
            assert fig is None or fig.metric == "other", (lab, fig)


# A rate row named by a short head of the row above's words, then the rate ('Register, rate
# per 1,000 aged 0-15' under the register's count): the rate of the count above, with its
# metric: (count row label, rate row label, metric)
HEADED_RATES = [
    ("Children on the child protection register (number)", "Register, rate per 1,000 aged 0-15",
     "child_protection_plans"),
    ("Child protection plans at 31 March", "Plans - rate per 10,000", "child_protection_plans"),
    ("Children in need (number)", "In need: rate per 10,000 children", "children_in_need"),
    ("Section 47 enquiries started", "Enquiries, rate per 10,000", "section_47_enquiries"),
    ("Referrals to children's social care", "Referrals, rate per 10,000 aged 0-17", "social_care_referrals"),
    ("Children on the register at 31 July", "Register - rate per 1,000 children", "child_protection_plans"),
    ("Children in care at year end", "Care, rate per 10,000", "looked_after_children"),
    ("Children subject to a child protection plan", "Child protection, rate per 10,000", "child_protection_plans"),
    ("Registrations on the child protection register", "Registrations, rate per 1,000 aged 0-15",
     "child_protection_plans"),
    ("Children in need at 31 March", "Need, rate per 10,000 under 18s", "children_in_need"),
]


@pytest.mark.parametrize("count,rate,metric", HEADED_RATES)
def test_a_rate_headed_by_the_count_above_is_its_rate(nlp, count, rate, metric) -> None:
    # a pair of another metric above, so the table's rates are not all of one thing
    other = ("Children in need (number)", "Children in need rate per 10,000") if metric == "looked_after_children" \
        else ("Children looked after (number)", "Looked after, rate per 10,000 aged 0-17")
    rows = [["Measure", "2029", "2030", "Region 2030"], [other[0], "196", "183", "12,206"],
            [other[1], "10.6", "9.9", "12.0"], [count, "412", "398", "9,870"],
            [rate, "3.1", "2.9", "3.4"], ["Pupils in the area (number)", "21,400", "21,650", "804,000"]]
    figs, doc = figures_of(nlp, page("<p>Children's services at a glance, 31 July</p>" + table(rows)), FY)
    for j in (1, 2, 3):
        above = cell_figure(figs, doc, count, j)
        assert above is not None and above.metric == metric, (count, above)
        fig = cell_figure(figs, doc, rate, j)
        assert fig is not None and fig.metric == metric and fig.unit.startswith("rate_"), (rate, fig)


# A dashboard's tile: its title, its number, then a sub-line (a comparison, a rate, a note): the
# title names what the number counts: (title, number, sub-line, metric)
TILES = [
    ("Referrals to children's social care", "1,204", "Q1: 1,150", "social_care_referrals"),
    ("Section 47 enquiries", "212", "up 18 on last quarter", "section_47_enquiries"),
    ("Children on a child protection plan", "301", "rate 44.1 per 10,000", "child_protection_plans"),
    ("Children in care", "388", "rate 62.0 per 10,000", "looked_after_children"),
    ("Children in need", "1,497", "at 30 June", "children_in_need"),
    ("Rapid reviews held", "7", "last year: 5", "rapid_reviews"),
    ("Children looked after", "274", "down 9 on Q1", "looked_after_children"),
    ("Child protection plans", "96", "up 6 on Q1", "child_protection_plans"),
    ("Serious incident notifications", "4", "to the national panel", "serious_incident_notifications"),
    ("Children in need at quarter end", "1,122", "up 31 on Q1", "children_in_need"),
    ("Section 47 enquiries started", "143", "Q1: 129", "section_47_enquiries"),
]


@pytest.mark.parametrize("title,number,sub,metric", TILES)
def test_a_tiles_title_names_what_its_number_counts(nlp, title, number, sub, metric) -> None:
    tiles = "".join(f"<div class='tile'><span class='lbl'>{t}</span><span class='val'>{n}</span>"
                    f"<span class='sub'>{s}</span></div>"
                    for t, n, s in [("Library visits", "8,410", "Q1: 7,900"), (title, number, sub),
                                    ("Potholes filled", "642", "target 700")])
    figs, doc = figures_of(nlp, page(f"<section class='tiles'>{tiles}</section>"), Q2)
    at = doc.text.index(f"{title}: {number} {sub}") + len(title) + 2
    hits = [f for f in figs if any(m.start == at for m in f.mentions)]
    assert hits and hits[0].metric == metric and hits[0].value == float(number.replace(",", "")), (title, hits)
    other = [f for f in figs if f.value == 8410]
    assert other and other[0].metric == "other"


# A column of a group of the children picked out by a feature (disabled, babies, an age)
# beside a column of all of them: the group's counts are other, the whole keeps its metric; a
# column of where children in care are placed is a part that keeps it: (corner, group column,
# whole column, metric, the group keeps the metric)
PLACES = [["Northfield", "14", "96"], ["Harbour ward", "9", "71"], ["East Vale", "5", "40"], ["Total", "28", "207"]]
KINDS = [["Foster care", "11", "130"], ["Residential homes", "7", "22"], ["Supported lodgings", "10", "19"],
         ["Total", "28", "171"]]
SUBSET_COLUMNS = [
    # unaccompanied asylum-seeking children in care are children in care (../shared/corpus-dev2's reading)
    ("Placement type", "UASC", "All children looked after", "looked_after_children", True, KINDS),
    ("Locality", "Disabled children in care", "All children in care", "looked_after_children", False, PLACES),
    ("Area team", "Babies on a child protection plan", "All children on a child protection plan",
     "child_protection_plans", False, PLACES),
    ("District", "Children in need with a disability", "All children in need", "children_in_need", False, PLACES),
    ("Placement type", "UASC looked after", "All looked after children", "looked_after_children", True, KINDS),
    ("Neighbourhood", "Girls in care", "All children in care", "looked_after_children", False, PLACES),
    ("Ward", "Children in care aged 16-17", "All children in care", "looked_after_children", False, PLACES),
    ("Locality", "Children on plans with exploitation flagged", "All child protection plans",
     "child_protection_plans", False, PLACES),
    ("Setting", "Children in care who are parents", "All children in care", "looked_after_children", False, KINDS),
    ("Team", "Disabled children on plans", "All children on a child protection plan", "child_protection_plans",
     False, PLACES),
    ("Locality", "Children in care placed out of area", "All children in care", "looked_after_children", True, PLACES),
    ("Area team", "Looked after in foster care", "All looked after children", "looked_after_children", True, PLACES),
]


@pytest.mark.parametrize("corner,group,whole,metric,keeps,rows", SUBSET_COLUMNS)
def test_a_column_of_a_group_beside_all_the_children(nlp, corner, group, whole, metric, keeps, rows) -> None:
    figs, doc = figures_of(nlp, page("<p>Table 4: Where children live</p>" + table([[corner, group, whole], *rows])),
                           FY)
    for row in rows[:3]:
        part = cell_figure(figs, doc, row[0], 1)
        assert part is not None and part.metric == (metric if keeps else "other"), (group, part)
        full = cell_figure(figs, doc, row[0], 2)
        assert full is not None and full.metric == metric, (whole, full)


# A strip of statistic cards laid out as a table: a row of titles over a row of numbers, the
# first cell a number too, then a row of sub-lines: each number is its own column's, the first
# one too, whatever the caption names: (caption, cards of (title, number, metric))
STRIPS = [
    ("Key findings at a glance", [("Referrals received", "1,204", "social_care_referrals"),
                                  ("Children in care", "312", "looked_after_children"),
                                  ("Families satisfied", "87%", "other")]),
    ("Headline findings", [("Section 47 enquiries", "418", "section_47_enquiries"),
                           ("Child protection plans", "266", "child_protection_plans"), ("Pupils excluded", "12", "other")]),
    ("The year in numbers", [("Rapid reviews", "9", "rapid_reviews"), ("Children in need", "1,877", "children_in_need"),
                             ("Training places filled", "94%", "other")]),
    ("Main findings", [("Library loans", "58,210", "other"), ("Children looked after", "205", "looked_after_children"),
                       ("Under-18 victims", "36%", "other")]),
    ("Summary of findings", [("Households helped", "733", "other"), ("Referrals to social care", "96", "social_care_referrals"),
                             ("Cases closed", "61%", "other")]),
    ("Findings in brief", [("Serious incident notifications", "5", "serious_incident_notifications"),
                           ("Rapid reviews held", "5", "rapid_reviews"), ("Reviews on time", "80%", "other")]),
    ("At a glance", [("Children in care", "441", "looked_after_children"),
                     ("Children on a child protection plan", "389", "child_protection_plans"),
                     ("Visitors to the museum", "12,400", "other")]),
    ("Key numbers", [("Learners enrolled", "2,330", "other"), ("Children in need", "902", "children_in_need"),
                     ("Courses finished", "78%", "other")]),
    ("What we found", [("Young people surveyed", "1,050", "other"), ("Felt safe at school", "71%", "other"),
                       ("Section 47 enquiries", "233", "section_47_enquiries")]),
    ("Key findings", [("Child protection plans", "140", "child_protection_plans"), ("Repeat plans", "18%", "child_protection_plans"),
                      ("Potholes filled", "3,900", "other")]),
]


@pytest.mark.parametrize("caption,cards", STRIPS)
def test_a_strip_of_cards_reads_each_number_with_its_title(nlp, caption, cards) -> None:
    rows = [[t for t, _n, _m in cards], [n for _t, n, _m in cards], ["up on last year", "down from before", "of all"]]
    figs, doc = figures_of(nlp, page(f"<h2>{caption}</h2>" + table(rows)), FY)
    numbers = [r for t in doc.tables for r in t.rows if r and r[0].text == cards[0][1]]
    assert numbers, rows
    for cell, (title, number, metric) in zip(numbers[0], cards):
        hits = [f for f in figs if any(m.start == cell.start for m in f.mentions)]
        assert hits and hits[0].metric == metric, (title, number, hits)


# A chart drawn as an image whose caption lists its values: the caption is the chart's data, read
# as a line of text; a photograph's caption without a list of values stays out: (caption, values)
CHART_CAPTIONS = [
    ("Figure 2: Books issued each quarter, Q3 2029/30 to Q2 2030/31: 4,102, 4,388, 4,210, 4,655.", [4388, 4210]),
    ("Chart 1: Bins missed per month, April to July: 311, 298, 276, 240.", [311, 298, 276, 240]),
    ("Swims taken by year, 2027 to 2030: 55,120, 58,940, 61,020, 58,300.", [55120, 58940]),
    ("Figure 4: Repairs completed at each quarter end: 1,190, 1,240, 1,290, 1,377.", [1190, 1240]),
    ("Graph: potholes filled by month, April to June: 702, 655, 642.", [702, 655, 642]),
    ("Figure 1: learners enrolled, autumn, spring and summer terms: 289, 301, 317.", [289, 301, 317]),
    ("Chart 3: fly-tips cleared each quarter of 2030/31: 81, 76, 92, 88.", [81, 76, 92, 88]),
    ("Figure 6: volunteers new each quarter (%), Q1 to Q4: 11%, 15%, 9%, 13%.", [11, 15, 9, 13]),
    ("Trend in calls answered within a minute (%), Q1 to Q3: 69%, 72%, 74%.", [69, 72, 74]),
    ("Figure 5: parks events held per month, April to July: 14, 19, 23, 17.", [14, 19, 23, 17]),
]


@pytest.mark.parametrize("caption,values", CHART_CAPTIONS)
def test_a_charts_caption_listing_its_values_is_read(nlp, caption, values) -> None:
    body = (f"<figure><img src='/media/chart.png' alt='A chart.'><figcaption>{caption}</figcaption></figure>"
            "<figure><img src='/media/photo.jpg' alt='People.'><figcaption>Volunteers at the summer fun day in "
            "Riverside Park, 2030</figcaption></figure>")
    figs, doc = figures_of(nlp, page(body), FY)
    assert caption in doc.text and "Volunteers at the summer fun day" not in doc.text
    at = doc.text.index(caption)
    for value in values:
        assert any(f.value == value and any(at <= m.start < at + len(caption) for m in f.mentions) for f in figs), value
