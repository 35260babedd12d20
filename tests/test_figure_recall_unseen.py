"""Constructions styles18 showed the tool missing or mis-reading, each as a table of invented
sentences run through the production path (ingest -> pipeline -> find_figures, rules only) beside
the close sentences whose number must stay no figure. The number under test is marked ⟦...⟧."""

from __future__ import annotations

import pytest

from extractor.numbers import find_quantities
from extractor.tables.text import text_tables
from tests.test_figure_recall import _check, _read

# Money may be written with its currency code instead of the sign ('GBP 7.8m'), as a plain-text or a
# data page does; another currency's code is no pound.
CURRENCY_CODE = [
    ("The budget for the year was GBP 4.2m.", "GBP 4.2m", 4_200_000, "gbp"),
    ("Spending reached GBP 6.75m by March.", "GBP 6.75m", 6_750_000, "gbp"),
    ("an overspend of GBP 215,000 on transport", "GBP 215,000", 215_000, "gbp"),
    ("the average grant rose to GBP 9,140 a year", "GBP 9,140", 9_140, "gbp"),
    ("the hourly rate went from GBP 11.80 to GBP 12.45", "GBP 11.80", 11.8, "gbp"),
    ("a fund of GBP 1.5 million for family hubs", "GBP 1.5 million", 1_500_000, "gbp"),
    ("the council set aside GBP250k for the pilot", "GBP250k", 250_000, "gbp"),
    ("The contract is worth GBP 2bn over ten years.", "GBP 2bn", 2e9, "gbp"),
    ("A grant of 40,000 GBP was paid to the charity.", "40,000 GBP", 40_000, "gbp"),
    ("Costs came to GBP 38,600 in the quarter.", "GBP 38,600", 38_600, "gbp"),
]


@pytest.mark.parametrize("text, surface, value, unit", CURRENCY_CODE)
def test_money_with_its_currency_code(text, surface, value, unit):
    q = next(q for q in find_quantities(text) if q.unit == "gbp")
    assert text[q.start:q.end] == surface
    assert q.value == pytest.approx(value)


FOREIGN_CODE = [
    ("The charity raised USD ⟦3,000⟧ for the appeal in the year.", None),
    ("A grant of EUR ⟦50,000⟧ came from the fund in 2024/25.", None),
    ("Spending was GBP ⟦8.1m⟧ in 2024/25.", (8_100_000, "gbp")),
    ("The hourly rate is now GBP ⟦12.90⟧ for carers.", (12.9, "gbp")),
]


@pytest.mark.parametrize("marked,want", FOREIGN_CODE)
def test_a_currency_code_in_a_record(nlp, marked, want):
    _check(nlp, marked, want)


# A month named as a time point ('at the end of March', 'by June'), then a count of a plural noun that
# does something: the number is the count, not the day of a date. Dates stay dates.
MONTH_THEN_COUNT = [
    ("At the end of March ⟦31⟧ households were waiting for a therapist.", (31, "count")),
    ("At the end of September ⟦612⟧ children were in the care of the council.", (612, "count")),
    ("By June ⟦140⟧ children had a plan in place.", (140, "count")),
    ("Since April ⟦45⟧ families have joined the scheme.", (45, "count")),
    ("At the start of January ⟦18⟧ carers were waiting for training.", (18, "count")),
    ("During August ⟦27⟧ young people attended the summer club.", (27, "count")),
    ("By the end of December ⟦96⟧ referrals were still open.", (96, "count")),
    ("In October ⟦230⟧ pupils received a free place.", (230, "count")),
    # dates stay dates
    ("The board met on March ⟦31⟧, 2025 to agree the plan.", None),
    ("The plan was due by June ⟦30⟧ at the latest.", None),
    ("The report covers 1 April 2024 to March ⟦31⟧ 2025.", None),
    ("By June ⟦30⟧ the plan was due.", None),
]


@pytest.mark.parametrize("marked,want", MONTH_THEN_COUNT)
def test_a_count_after_a_month_named_as_a_time(nlp, marked, want):
    _check(nlp, marked, want)


# Nights counted (overnight stays, nights away) are a count of nights; one night, a time of night and
# nights said as a time point are not.
NIGHTS_COUNTED = [
    ("The short breaks unit provided ⟦2,310⟧ nights in the year.", (2310, "count")),
    ("Groups ran ⟦96⟧ nights away events over the summer.", (96, "count")),
    ("Families used ⟦1,480⟧ nights of respite care.", (1480, "count")),
    ("The service offered ⟦340⟧ nights of overnight care to 52 children.", (340, "count")),
    ("Placements in bed and breakfast lasted for a total of ⟦14⟧ nights.", (14, "count")),
    ("Each child may stay for up to ⟦75⟧ nights a year.", (75, "count")),
    ("Carers hosted ⟦620⟧ nights of emergency care.", (620, "count")),
    ("The house was open for ⟦310⟧ nights.", (310, "count")),
    ("No child stayed even for ⟦one⟧ night in a police cell.", None),
    ("The team met him at ⟦ten⟧ at night near the station.", None),
    ("She rang us ⟦two⟧ nights ago.", None),
]


@pytest.mark.parametrize("marked,want", NIGHTS_COUNTED)
def test_nights_counted(nlp, marked, want):
    _check(nlp, marked, want)


# A rule's own number said bare after the time it is set against takes that time's unit ('took 41
# weeks, when the law says 26'); a count after a count stays a count.
RULE_SAYS = [
    ("Assessments took 52 days on average, when the guidance says ⟦45⟧.", (45, "days")),
    ("The reviews took 19 working days, where the rules allow ⟦15⟧.", (15, "days")),
    ("Plans lasted 14 months on average, though the standard is ⟦12⟧.", (12, "months")),
    ("Proceedings ran for 38 weeks, when the law says ⟦26⟧.", (26, "weeks")),
    ("Visits were made every 8 weeks, when the regulations require ⟦six⟧.", (6, "weeks")),
    ("Complaints were answered in 25 days, but the timescale is ⟦20⟧.", (20, "days")),
    ("Our checks took 11 days, while the target is ⟦ten⟧.", (10, "days")),
    ("Cases stayed open for 30 months, where the guidance expects ⟦24⟧.", (24, "months")),
    ("Reviews were finished in 9 weeks; the standard is ⟦eight⟧.", (8, "weeks")),
    ("The panel met 12 times, when the rules require ⟦four⟧.", (4, "count")),
    ("It took 40 days to reply, and the law says ⟦three⟧ officers must sign it.", (3, "count")),
]


@pytest.mark.parametrize("marked,want", RULE_SAYS)
def test_a_rule_said_bare_after_a_time(nlp, marked, want):
    found, reasons = _read(nlp, marked)
    assert [(f.value, f.unit) for f in found] == [want], f"expected {want}, got {found} / {reasons}"


# A space-aligned plain-text table may rule a line of dashes or equals signs under its header: the
# rows below are still its rows (and the Total row's 100% still closes a column of shares).
def _ruled(header: str, rule: str, rows: list[str], indent: str = "") -> str:
    return "\n".join(indent + line for line in ["Some words before the table.", "", header, rule, *rows, ""])


RULED_TABLES = [
    (_ruled("Reason for contact           Number    Share", "---------------------------  -------   -----",
            ["Advice only                     1,210     55%", "Passed to early help              990     45%"]), 2),
    (_ruled("Placement type        2023/24   2024/25", "====================  =======   =======",
            ["Foster care               212       230", "Residential                41        38"]), 2),
    (_ruled("Team            Cases   Staff", "-----           -----   -----",
            ["North             140      12", "South             118      10", "East               96       9"], "   "), 3),
    (_ruled("Outcome of contacts                 Number    Share", "------------------------------      ------    -----",
            ["No further action                     410     41%", "Early help                            300     30%",
             "Social care                           290     29%", "Total                               1,000    100%"], "  "), 4),
    (_ruled("Age group     Girls   Boys", "---------     -----   ----", ["Under 5          12     15", "5 to 9           20     22"]), 2),
    (_ruled("Month        Calls", "-----        -----", ["April          310", "May            295", "June           342"]), 3),
    (_ruled("Source of referral         Count", "___________________        _____",
            ["Police                       640", "Schools                      512"]), 2),
    (_ruled("Setting                 Audits    Returned", "-------                 ------    --------",
            ["Primary                    140         138", "Secondary                   38          35"], "    "), 2),
    (_ruled("Category              Spring   Summer   Autumn", "--------------------  ------   ------   ------",
            ["Neglect                 88      92     101", "Emotional abuse         40      44      39"]), 2),
    (_ruled("Locality          Families   Hubs", "—————————         ————————   ————",
            ["Riverside              412      3", "Hillside               305      2"]), 2),
]


@pytest.mark.parametrize("text, rows", RULED_TABLES)
def test_a_ruled_text_table_is_read(text, rows):
    tables = text_tables(text)
    assert len(tables) == 1 and len(tables[0].rows) == rows + 1, tables


def test_a_ruled_tables_total_share_is_no_figure(nlp):
    text = RULED_TABLES[3][0]
    at = text.index("100%")
    _check(nlp, text[:at] + "⟦100%⟧" + text[at + 4:], None)


# How long a sum of money runs, said after what the money is for: a duration; the span a set of
# figures covers is not.
MONEY_OVER = [
    ("We are giving £12 million to the family hubs programme ⟦over two years⟧.", (2, "years")),
    ("The council will put £3.5m into the youth offer ⟦over three years⟧.", (3, "years")),
    ("A further £800,000 for foster carer recruitment is spread ⟦over four years⟧.", (4, "years")),
    ("The board agreed £250,000 for the new training programme ⟦over 18 months⟧.", (18, "months")),
    ("Ministers announced £40 million for kinship carers in England ⟦over five years⟧.", (5, "years")),
    ("The trust received GBP 1.2m for its mentoring scheme ⟦over two years⟧.", (2, "years")),
    ("There is £90,000 for the parenting team ⟦over three years⟧.", (3, "years")),
    ("Funding of £2m goes to the early help service ⟦over 24 months⟧.", (24, "months")),
    ("£600,000 was set aside for the pilot in schools ⟦over two years⟧.", (2, "years")),
    ("A grant of £75,000 will fund the young carers project ⟦over three years⟧.", (3, "years")),
    # the span a table or a trend covers stays no figure
    ("The table shows referrals by source ⟦over three years⟧.", None),
    ("Costs of £2m in 2023, then a fall; the chart shows the trend ⟦over five years⟧.", None),
]


@pytest.mark.parametrize("marked,want", MONEY_OVER)
def test_how_long_a_sum_runs(nlp, marked, want):
    at, end = marked.index("⟦"), marked.index("⟧")
    number = marked[at + 1:end].split()[1]
    _check(nlp, marked[:at] + marked[at + 1:end].replace(number, "⟦" + number + "⟧") + marked[end + 1:], want)


# A term's threshold defined in brackets ('(missing 10% or more of sessions)') is a definition, not a
# figure; a target or a finding with 'or more' stays one.
BRACKET_THRESHOLD = [
    ("Frequent absence (missing ⟦15%⟧ or more of sessions) fell to 12.1% of pupils.", None),
    ("Severe absence (missing ⟦50%⟧ or more) affected 410 pupils.", None),
    ("Low attendance (attending ⟦80%⟧ or less of the time) is tracked each term.", None),
    ("High scorers (scoring ⟦70%⟧ or above on the check) were offered a mentor.", None),
    ("Families in need (spending ⟦40%⟧ or more of income on rent) were offered advice.", None),
    ("Serious delay (waiting ⟦20%⟧ or more beyond the standard) is reported to the board.", None),
    ("Schools at risk (below ⟦90%⟧ or lower attendance) get a visit.", None),
    ("Overcrowded homes (with ⟦25%⟧ or more of rooms shared) are a priority.", None),
    ("We aim to keep visits on time at ⟦95%⟧ or above next year.", (95, "percent")),
    ("Private providers make profits of ⟦20%⟧ or more, the report says.", (20, "percent")),
    ("Persistent absence fell to ⟦18.4%⟧ of pupils (2,310 pupils).", (18.4, "percent")),
]


@pytest.mark.parametrize("marked,want", BRACKET_THRESHOLD)
def test_a_threshold_defined_in_brackets(nlp, marked, want):
    _check(nlp, marked, want)
