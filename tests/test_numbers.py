"""The number normaliser: words, digits, shares, money, rates, durations, hedges."""

from __future__ import annotations

import pytest

from extractor.numbers import find_quantities, parse_fraction, parse_money, parse_number, parse_words


@pytest.mark.parametrize("text, value", [
    ("five", 5), ("Twenty-three", 23), ("a dozen", 12), ("one hundred and twelve", 112),
    ("nineteen", 19), ("two thousand three hundred", 2300), ("Ninety-nine", 99),
])
def test_number_words(text, value):
    assert parse_words(text) == value


@pytest.mark.parametrize("text", ["five four", "third", "twenty thirty", "several"])
def test_not_number_words(text):
    assert parse_words(text) is None


@pytest.mark.parametrize("text, value", [("1,204", 1204), ("64", 64), ("48.6", 48.6), ("2,300", 2300)])
def test_digits(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text, value", [
    ("a third", 33.33), ("two-thirds", 66.67), ("half", 50), ("one in five", 20),
    ("one in ten", 10), ("three quarters", 75), ("nine out of ten", 90), ("three out of 4", 75),
])
def test_fractions_are_percent(text, value):
    assert parse_fraction(text) == pytest.approx(value, abs=0.01)


@pytest.mark.parametrize("text, value", [("£1.2m", 1_200_000), ("£350,000", 350_000), ("£250k", 250_000),
                                         ("£1.25m", 1_250_000), ("£9.4 million", 9_400_000)])
def test_money(text, value):
    assert parse_money(text) == pytest.approx(value)


def _one(text: str):
    found = [q for q in find_quantities(text)]
    assert found, text
    return found[0], text


@pytest.mark.parametrize("text, surface, value, unit", [
    ("64% of referrals", "64%", 64, "percent"),
    ("18 per cent of children", "18 per cent", 18, "percent"),
    ("a rate of 61.2 per 10,000 children", "61.2", 61.2, "rate_per_10000"),
    ("3.1 per 1,000 births", "3.1", 3.1, "rate_per_1000"),
    ("within 15 working days", "15", 15, "days"),
    ("a six-month pilot", "six", 6, "months"),
    ("for up to 18 weeks", "18", 18, "weeks"),
    ("jailed for nine years", "nine", 9, "years"),
    ("a boy aged 14", "14", 14, "years"),
    ("it spent £712,000", "£712,000", 712000, "gbp"),
])
def test_typed_quantities(text, surface, value, unit):
    q, t = _one(text)
    assert t[q.start:q.end] == surface
    assert q.value == pytest.approx(value) and q.unit == unit


# money written out in words is money, as '£1.2m' is; a weight in pounds is not
@pytest.mark.parametrize("text, surface, value", [
    ("missed appointments cost the NHS around 1.2 billion pounds a year", "1.2 billion pounds", 1.2e9),
    ("the trust was fined 500 pounds", "500 pounds", 500),
    ("five million pounds was taken out of the early help budget", "five million pounds", 5e6),
    ("agency staff cost 40,000 pounds in a quarter", "40,000 pounds", 40_000),
    ("a 1.5 million pound contract for family hubs", "1.5 million pound", 1.5e6),
    ("councillors agreed 250 thousand pounds for the pilot", "250 thousand pounds", 250_000),
    ("the fund stands at 3 million sterling", "3 million sterling", 3e6),
    ("the board spent twelve thousand pounds on training", "twelve thousand pounds", 12_000),
])
def test_money_in_words(text, surface, value):
    q, t = _one(text)
    assert t[q.start:q.end] == surface
    assert q.value == pytest.approx(value) and q.unit == "gbp"


@pytest.mark.parametrize("text", ["the baby weighed 6 pounds at birth", "she weighs about 9 pounds",
                                  "he had lost 3 pounds in weight"])
def test_a_weight_is_not_money(text):
    assert all(q.unit != "gbp" for q in find_quantities(text))


def test_denominator_is_not_a_quantity():
    text = "a rate of 52 per 10,000 children"
    assert [text[q.start:q.end] for q in find_quantities(text)] == ["52"]


@pytest.mark.parametrize("text, hedge", [
    ("more than 2,300 practitioners", "more than"), ("almost 18 months", "almost"),
    ("around 40 schools", "around"), ("up to 18 weeks", "up to"), ("at least six agencies", "at least"),
    ("nearly half of them", "nearly"), ("fewer than five children", "fewer than"),
    ("no more than one in ten", "no more than"), ("approximately 1,100 contacts", "approximately"),
    ("just over half of attendees", "just over"),
])
def test_hedges(text, hedge):
    q, _ = _one(text)
    assert q.qualifier == hedge


def test_number_words_benchmark_floor(shared_dir):
    """The English number-word tables of number-parser: every cardinal parsed, ordinals refused."""
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    from numbers_bench import run_number_words, run_quantulum

    ok, n = run_number_words(shared_dir)
    assert n > 400 and ok / n >= 0.99
    ok, n = run_quantulum(shared_dir)
    assert n > 10 and ok / n >= 0.8


# a place or name before a thousands number: the number is a count, not an apposed age
THOUSANDS_AFTER_A_NAME = [
    ("Across Northern Ireland, 2,236 children were on registers.", "2,236", 2236),
    ("Across Wales, 7,186 children were looked after in March.", "7,186", 7186),
    ("In West Yorkshire, 12,400 contacts reached the front doors.", "12,400", 12400),
    ("For Greater Manchester, 3,905 referrals were recorded.", "3,905", 3905),
    ("In South Gloucestershire, 1,120 families had early help.", "1,120", 1120),
    ("Throughout East Sussex, 48,000 pupils were surveyed.", "48,000", 48000),
    ("Within Central Bedfordshire, 2,050 assessments were finished.", "2,050", 2050),
    ("Across North Wales, 10,300 children were in need.", "10,300", 10300),
]


@pytest.mark.parametrize("text, surface, value", THOUSANDS_AFTER_A_NAME)
def test_thousands_after_a_place_is_no_age(text, surface, value):
    found = [q for q in find_quantities(text) if text[q.start:q.end] == surface]
    assert found and found[0].value == value and found[0].unit == "count"


def test_an_apposed_age_is_still_an_age():
    text = "Dean Carrow, 31, of Chatham was jailed."
    assert [(q.value, q.unit) for q in find_quantities(text)] == [(31, "years")]


@pytest.mark.parametrize("text, surface, value, unit", [
    ("Half a dozen reviews were under way.", "Half a dozen", 6, "count"),
    ("The board met half a dozen times.", "half a dozen", 6, "count"),
    ("Emotional abuse accounted for a further quarter.", "a further quarter", 25, "percent"),
    ("Sexual abuse made up a further tenth.", "a further tenth", 10, "percent"),
    ("Half the cases were closed.", "Half", 50, "percent"),
    ("About half a dozen staff left.", "half a dozen", 6, "count"),
    ("A further third were referred on.", "A further third", 33.33, "percent"),
    ("It was a dozen, not half a dozen.", "a dozen", 12, "count"),
])
def test_half_a_dozen_and_a_further_share(text, surface, value, unit):
    found = [q for q in find_quantities(text) if text[q.start:q.end] == surface]
    assert found and (round(found[0].value, 2), found[0].unit) == (value, unit)


@pytest.mark.parametrize("text,value", [("£8.2m", 8_200_000), ("£4.1 million", 4_100_000), ("£32.7m", 32_700_000),
                                        ("£0.3m", 300_000), ("£2.675m", 2_675_000), ("£1.1bn", 1_100_000_000),
                                        ("£0.7 million", 700_000), ("£6.75 million", 6_750_000)])
def test_scaled_money_is_exact(text, value):
    assert parse_money(text) == value  # no float noise ('8,199,999.999999999') in the records


# 'one family in ten': a share with its counted noun between 'one' and the whole; never a period
# or a place ('one case in 12 months', 'one child in 10 homes').
ONE_NOUN_IN = [
    ("Only one family in ten was referred again.", "one family in ten", 10),
    ("One child in five lives in poverty.", "One child in five", 20),
    ("One referral in four came from the police.", "One referral in four", 25),
    ("About one notification in every three involved a baby.", "one notification in every three", 33.33),
    ("One plan in eight lasted over two years.", "One plan in eight", 12.5),
    ("one young person in 20 said no", "one young person in 20", None),
    ("One school in 10 had no designated lead.", "One school in 10", 10),
    ("Nearly one carer in six left within a year.", "one carer in six", 16.67),
    ("One case in 12 months was escalated.", None, None),
    ("One child in 10 homes was placed far away.", None, None),
]


@pytest.mark.parametrize("text, surface, value", ONE_NOUN_IN)
def test_one_noun_in_n_is_a_share(text, surface, value):
    shares = [q for q in find_quantities(text) if q.unit == "percent"]
    if surface is None:
        assert not shares
        return
    if value is None:  # 'young person' is two words: no share is read, and nothing else either
        assert not shares
        return
    assert [(text[q.start:q.end], q.value) for q in shares] == [(surface, pytest.approx(value, abs=0.01))]


# 'one in N' is one share even when a comma or full stop follows it, and never the end of a
# decimal or the start of a larger number ('8.2 out of 10', 'one in 5,000')
ONE_IN_EDGES = [
    ("In roughly two in five, the caller was a child.", "two in five", 40.0),
    ("Nationally it is one in four, the report says.", "one in four", 25.0),
    ("About one in ten, or 10%, were late.", "one in ten", 10.0),
    ("The figure is three in ten.", "three in ten", 30.0),
    ("It was one in eight; last year one in six.", "one in eight", 12.5),
    ("Roughly one in five: a worrying share.", "one in five", 20.0),
    ("Young people rated it 8.2 out of 10.", "8.2", 8.2),
    ("The risk is one in 5,000 births.", "5,000", 5000.0),
]


@pytest.mark.parametrize("text, surface, value", ONE_IN_EDGES)
def test_one_in_n_edges(text, surface, value):
    found = {text[q.start:q.end].lower(): q.value for q in find_quantities(text)}
    assert found.get(surface.lower()) == value


# an average age said bare takes years ('The average age of our carers is now 57'), through the
# production path; a count beside it keeps its unit
AVERAGE_AGES = [
    ("The average age of our foster carers is now 57.", "57", "years"),
    ("The mean age of children entering care was 9.", "9", "years"),
    ("The median age of the parents was 34.", "34", "years"),
    ("Our adopters have an average age of 41.", "41", "years"),
    ("Average age at first plan: 6", "6", "years"),
    ("The average age of residential staff stood at 46.", "46", "years"),
    ("The average age of our social workers is just over 38.", "38", "years"),
    ("Carers' average age rose to 59 last year.", "59", "years"),
    # kept: counts in the same sentences
    ("The average age of our 212 foster carers is now 57.", "212", "count"),
    ("We recruited 14 carers, and the average age fell.", "14", "count"),
]


@pytest.mark.parametrize("text, number, unit", AVERAGE_AGES)
def test_an_average_age_is_in_years(nlp, text, number, unit):
    from tests.test_counted_found import figure
    assert figure(nlp, text, number, classifier=False, occurrence=0).unit == unit


# 'N in M' after an age ('aged under five in 40 cases') is an age and a count of cases, not a share;
# a share after a comparator ('more than one in five', 'under one in ten') stays a share
AGE_IN_CASES = [
    ("The child was aged under five in 40 cases.", None, None),
    ("Children aged five in 30 families were assessed.", None, None),
    ("The children were aged over ten in 16 reviews.", None, None),
    ("Babies under one in 14 notifications had not been seen.", None, None),
    ("Those under two in 18 cases lived with a parent.", None, None),
    ("The youngest was aged three in 12 of the reviews.", None, None),
    ("More than one in five children were on plans.", "one in five", 20.0),
    ("Over two in five reviews found drift.", "two in five", 40.0),
    ("Under one in ten cases were late.", "one in ten", 10.0),
    ("Children aged under five made up one in three of the referrals.", "one in three", 33.33),
]


@pytest.mark.parametrize("text, surface, value", AGE_IN_CASES)
def test_an_age_before_n_in_m_is_no_share(text, surface, value):
    shares = [q for q in find_quantities(text) if q.kind == "fraction"]
    if surface is None:
        assert not shares
        return
    assert [(text[q.start:q.end], round(q.value, 2)) for q in shares] == [(surface, value)]
