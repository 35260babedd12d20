"""What a table row or a service's sentence counts, by construction: events of a group and a subset
of it marked by going missing are not the group; a share done within a time limit is
timeliness; a charity's or a provider's own referrals are not referrals to social care. Each
table is of invented rows and sentences, run through the production path with the rules alone
and with the metric classifier on."""

from __future__ import annotations

import pytest

from extractor.figures import find_figures
from extractor.findings import Period
from extractor.ingest import load

from tests.test_counted_found import figure

FY = Period("2024-04-01", "2025-03-31", "2024/25")


def table_figure(nlp, caption: str, rows: list[tuple[str, str]], cell: str, classifier: bool):
    """The figure at the cell `cell` of a two-column table under `caption` in an HTML page."""
    body = "".join(f"<tr><td>{label}</td><td>{value}</td></tr>" for label, value in rows)
    html = (f"<html><head><title>{caption}</title></head><body><main><h1>{caption}</h1>"
            "<p>This paper to the committee sets out the figures for the year and what happens next.</p>"
            f"<p>Table 1: {caption}</p><table><thead><tr><th>Indicator</th><th>Year 2024/25</th></tr></thead>"
            f"<tbody>{body}</tbody></table><p>The committee will return to these figures in the spring.</p></main></body></html>")
    document = load("t.html", html.encode())
    figures = find_figures(nlp(document.text), document, FY, use_classifier=classifier)
    cells = [c for t in document.tables for r in t.rows for c in r[1:] if c.text == cell]
    assert cells, f"no cell {cell!r}"
    found = [f for f in figures if any(m.start == cells[0].start for m in f.mentions)]
    assert found, f"no figure at {cell!r}: {[(f.value, f.metric) for f in figures]}"
    return found[0]


# A row that counts episodes, visits or incidents of a group, or the group's children who went
# missing, is no count of the group (other); a row of the group, or of its children by
# placement, keeps the group's metric. (caption, rows, cell, metric)
EVENT_ROWS = [
    ("Corporate parenting board: Rochdale", [("Episodes - children in care", "212"), ("Children in care", "405")],
     "212", "other"),
    ("Corporate parenting board: Rochdale", [("Episodes - children in care", "212"), ("Children in care", "405")],
     "405", "looked_after_children"),
    ("Youth justice partnership: Halton", [("Meetings held for looked after children", "57"),
                                           ("Looked after children", "288")], "57", "other"),
    ("Scrutiny panel: Torbay", [("Visits to children on child protection plans", "1,340"),
                                ("Children on child protection plans", "176")], "1,340", "other"),
    ("Scrutiny panel: Torbay", [("Visits to children on child protection plans", "1,340"),
                                ("Children on child protection plans", "176")], "176", "child_protection_plans"),
    ("Placement sufficiency: Swindon", [("Children in care reported missing", "41"),
                                        ("of whom placed out of county", "16"), ("Children in care", "511")],
     "41", "other"),
    ("Placement sufficiency: Swindon", [("Children in care reported missing", "41"),
                                        ("of whom placed out of county", "16"), ("Children in care", "511")],
     "16", "other"),
    ("Placement sufficiency: Swindon", [("Children in care reported missing", "41"),
                                        ("of whom placed out of county", "16"), ("Children in care", "511")],
     "511", "looked_after_children"),
    ("Fostering service: Conwy", [("Looked after children absent from placement", "19"),
                                  ("Looked after children placed with foster carers", "134")], "19", "other"),
    ("Fostering service: Conwy", [("Looked after children absent from placement", "19"),
                                  ("Looked after children placed with foster carers", "134")], "134",
     "looked_after_children"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("caption, rows, cell, metric", EVENT_ROWS)
def test_events_of_a_group_are_not_the_group(nlp, caption, rows, cell, metric, classifier):
    assert table_figure(nlp, caption, rows, cell, classifier).metric == metric


# A percentage row done within a time limit in days, hours or weeks, in timescale or on time is
# timeliness (other), as the same words are in prose; a window in months that defines a
# re-referral, and a count of the named thing, keep the metric. (caption, rows, cell, metric)
TIMELY_ROWS = [
    ("Front door performance: Bury", [("Contacts decided within 1 working day", "74%"), ("Contacts", "9,210")],
     "74%", "other"),
    ("Front door performance: Bury", [("Referrals screened within 24 hours (%)", "92%"), ("Referrals", "2,870")],
     "92%", "other"),
    ("Partnership learning: Wokingham", [("Rapid reviews closed within 15 working days (%)", "100%"),
                                         ("Rapid reviews", "7")], "100%", "other"),
    ("Child protection: Gateshead", [("Section 47 enquiries completed in timescale", "81%"),
                                     ("Section 47 enquiries", "1,005")], "81%", "other"),
    ("Child protection: Gateshead", [("Child protection plans whose reviews ran on time", "96%"),
                                     ("Children on child protection plans", "302")], "96%", "other"),
    ("Missing children: Oldham", [("Children in care - interviews within 3 days", "66%"),
                                  ("Children in care", "610")], "66%", "other"),
    ("Front door performance: Bury", [("Re-referred inside a 12 month window (re-referrals within 12 months)", "19%"), ("Referrals", "2,870")],
     "19%", "social_care_referrals"),
    ("Partnership learning: Wokingham", [("Rapid reviews closed within 15 working days", "6"),
                                         ("Rapid reviews", "7")], "6", "rapid_reviews"),
    ("Front door performance: Bury", [("Contacts decided within 1 working day", "74%"), ("Contacts", "9,210")],
     "9,210", "social_care_referrals"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("caption, rows, cell, metric", TIMELY_ROWS)
def test_a_share_done_in_time_is_timeliness(nlp, caption, rows, cell, metric, classifier):
    assert table_figure(nlp, caption, rows, cell, classifier).metric == metric


CHARITY_FOOT = "\nRegistered charity no. 1234567. Company limited by guarantee no. 7654321.\n"
PROVIDER_HEAD = "We are commissioned by Shropshire Council to run the county's young carers service.\n"

# A service that is not a council writes of the referrals it receives in the first person: its
# own referrals (other), unless the sentence names children's social care as the receiver; a
# council's own 'we received' stays a referral to it. (head, sentence, foot, number, metric)
SERVICE_REFERRALS = [
    ("Parenting Matters Wrexham\nOur year in review\n", "We received 512 referrals this year, 9% more than last.",
     CHARITY_FOOT, "512", "other"),
    ("Parenting Matters Wrexham\nOur year in review\n", "Some 58 young people referred themselves to the project.",
     CHARITY_FOOT, "58", "other"),
    ("Parenting Matters Wrexham\nOur year in review\n",
     "Only 4% of the families we worked with came back to us again within a year after a fresh referral.", CHARITY_FOOT, "4%", "other"),
    ("Young carers service: annual summary\n" + PROVIDER_HEAD,
     "The mentoring strand took 230 referrals, mostly from schools.", "", "230", "other"),
    ("Young carers service: annual summary\n" + PROVIDER_HEAD,
     "Referrals to our service rose to 1,140 over the year.", "", "1,140", "other"),
    ("Bridges Family Support\nSpring newsletter\n",
     "We received 380 referrals; 37% of them were sent on by children's social care.", CHARITY_FOOT, "37%", "other"),
    ("Bridges Family Support\nSpring newsletter\n",
     "Our workers made 17 safeguarding referrals to the county's children's social care team.", CHARITY_FOOT, "17",
     "social_care_referrals"),
    ("Young carers service: annual summary\n" + PROVIDER_HEAD,
     "Across the county, children's social care received 3,900 referrals in the year.", "", "3,900",
     "social_care_referrals"),
    ("Milton Keynes City Council\nChildren's services annual report\n",
     "Across the city our children's social care teams took in 4,820 referrals, 9% more than last.", "", "4,820",
     "social_care_referrals"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("head, sentence, foot, number, metric", SERVICE_REFERRALS)
def test_a_services_own_referrals_are_other(nlp, head, sentence, foot, number, metric, classifier):
    text = f"{head}{sentence}\nThank you to everyone who made this work possible.{foot}"
    assert figure(nlp, text, number, classifier).metric == metric


# A count whose own predicate says its children went missing, ran away or were absent is a subset
# picked out by an episode (other), and so is a part drawn from it ('12 of them'); the group's
# count, its placements and a count of episodes said as such keep their readings. (text, number, metric)
WENT_MISSING = [
    ("Across Stockport, 27 children in care went missing at least once in the autumn term.", "27", "other"),
    ("The panel heard that 52 looked after children were reported missing over the year.", "52", "other"),
    ("In Newham some 14 children on child protection plans ran away from home during the year.", "14", "other"),
    ("Some 31 children in care went missing in the quarter, and 12 of them were placed by other councils.",
     "12", "other"),
    ("Derbyshire's youth service found that 19 children in care had gone missing from school trips.", "19", "other"),
    ("There were 402 children in care in Gwynedd at the end of March; 18 went missing.", "402",
     "looked_after_children"),
    ("There were 420 children in care in Dorset in March. Of these, 64 lived in small residential homes run by private firms.", "64",
     "looked_after_children"),
    ("Children in care in Slough went missing on 75 occasions in the year.", "75", "other"),
    ("Calderdale had 388 looked after children, and the missing team met 60 young people.", "388",
     "looked_after_children"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", WENT_MISSING)
def test_children_who_went_missing_are_a_subset_by_episode(nlp, text, number, metric, classifier):
    assert figure(nlp, text, number, classifier).metric == metric


# Children subject to an order at a time are the stock of such children (other); orders made,
# granted or applied for, and children who became subject to one, are court_orders. (text, number, metric)
ORDER_STOCK = [
    ("At the end of March, 96 children in Fife were subject to one compulsory supervision order or more.", "96", "other"),
    ("The reporter's figures show 140 children on a compulsory supervision order in Angus at year end.", "140",
     "other"),
    ("In Moray, 61 young people remained under a supervision order at 31 July.", "61", "other"),
    ("Hearings in Falkirk made 37 new compulsory supervision orders during the year.", "37", "court_orders"),
    ("The family court granted care orders for 23 children in Lewisham over the year.", "23", "court_orders"),
    ("In Trafford four of those households became subject to a care order.", "four", "court_orders"),
    ("Solicitors for Kirklees applied for 58 care orders in the twelve months.", "58", "court_orders"),
    ("Stirling had 212 looked after children, 44 of them at home on a supervision order.", "212",
     "looked_after_children"),
    # orders that ended are no orders made
    ("Panels in Inverclyde made 29 fresh supervision orders in the year and terminated 33.", "33", "other"),
    ("In Barnet 18 supervision orders were discharged by the court during the year.", "18", "other"),
    ("Panels in Inverclyde made 29 fresh supervision orders in the year and terminated 33.", "29", "court_orders"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", ORDER_STOCK)
def test_children_subject_to_an_order_are_a_stock_not_orders_made(nlp, text, number, metric, classifier):
    assert figure(nlp, text, number, classifier).metric == metric
