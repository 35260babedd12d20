"""Figures as a speaker says them: a rate whose base is said in words ('3.1 per thousand
children'), and more of a thing counted just before, its noun left out ('We published two
reviews. It began one more.'). Beside each, close sentences whose number is no such figure.
Invented sentences through the production path (ingest -> pipeline -> find_figures, rules only);
the number under test is marked ⟦...⟧."""

from __future__ import annotations

import pytest

from tests.test_figure_recall import _read

# a rate with its base in words: the unit is the rate's, and a comparator after it takes it too
RATE_IN_WORDS = [
    ("GUEST: It's ⟦3.1⟧ per thousand children under sixteen.", (3.1, "rate_per_1000")),
    ("The register stands at ⟦4.4⟧ per thousand, the highest in the region.", (4.4, "rate_per_1000")),
    ("That works out at about ⟦52⟧ per ten thousand children.", (52, "rate_per_10000")),
    ("Admissions ran at ⟦61⟧ children per ten thousand last year.", (61, "rate_per_10000")),
    ("Deaths were ⟦3.6⟧ per hundred thousand young people.", (3.6, "rate_per_100000")),
    ("The figure is ⟦12⟧ per one hundred thousand residents.", (12, "rate_per_100000")),
    ("Exclusions ran at ⟦7⟧ per a thousand pupils in the autumn term.", (7, "rate_per_1000")),
    ("It's 3.1 per thousand children. The figure for Wales is ⟦2.6⟧.", (2.6, "rate_per_1000")),
    ("PRESENTER: And nationally? GUEST: It's 4.4 per thousand here, and ⟦3.9⟧ across England.", (3.9, "rate_per_1000")),
    # kept: a sum of money per thousand, and counts beside a rate
    ("Insurance costs £⟦3⟧ per thousand pounds of cover.", (3, "gbp")),
    ("We held ⟦1,148⟧ strategy meetings, which is about 2 per thousand children.", (1148, "count")),
    ("About ⟦40⟧ children per school took part.", (40, "count")),
]


@pytest.mark.parametrize("marked, want", RATE_IN_WORDS)
def test_a_rate_with_its_base_in_words(nlp, marked, want):
    found, reasons = _read(nlp, marked)
    assert [(f.value, f.unit) for f in found] == [want], f"expected {want}, got {found} / {reasons}"


# 'one more', 'two more' as a verb's object after a count of a thing: more of that thing, at the
# stage its own verb names
MORE_OF_THE_SAME = [
    ("Our panel finished two learning reviews in 2025. It began ⟦one⟧ more, which is still underway.", (1, "lcsprs_commissioned")),
    ("The partnership published three reviews in the year. It commissioned ⟦one⟧ more in March.", (1, "lcsprs_commissioned")),
    ("Four safeguarding practice reviews were commissioned. We published ⟦one⟧ more, started last year.", (1, "lcsprs_published")),
    ("The board held six rapid reviews in the spring. It held ⟦two⟧ more in the autumn.", (2, "rapid_reviews")),
    ("There were five child practice reviews published. The board commissioned ⟦two⟧ more.", (2, "lcsprs_commissioned")),
    ("Our panel published one review in 2024/25 and began ⟦one⟧ more, which is underway.", (1, "lcsprs_commissioned")),
    ("We held nine rapid reviews by December. We held ⟦three⟧ more before the year end.", (3, "rapid_reviews")),
    ("The committee published two learning reviews. It launched ⟦one⟧ more in January.", (1, "lcsprs_commissioned")),
    # kept apart: 'one more' wanted or said of nothing counted
    ("We need ⟦one⟧ more.", None),
    ("Can I ask ⟦one⟧ more?", None),
    ("Let me make ⟦one⟧ more point about staffing.", None),
    ("Thanks for listening. ⟦One⟧ more thing before we go.", None),
]


@pytest.mark.parametrize("marked, want", MORE_OF_THE_SAME)
def test_more_of_a_thing_counted_before(nlp, marked, want):
    found, reasons = _read(nlp, marked)
    if want is None:
        assert not found, f"the marked number should be no figure: {found}"
    else:
        assert [(f.value, f.metric) for f in found] == [want], f"expected {want}, got {found} / {reasons}"


# a speaker naming a set said before by its size, 'N of them' inside a quote: a second mention of
# that figure, not a new one; a new number, or one outside the quote, counts on its own
SAID_AGAIN = [
    ("Each worker holds an average of 19 cases. “Once you've got ⟦19⟧ of them, nothing gets done well,” she said.", 2),
    ("The home has 6 beds. The manager said: “With ⟦6⟧ of them full, we turn children away.”", 2),
    ("We recruited 14 new carers. “All ⟦14⟧ of them came through word of mouth,” said the lead.", 2),
    ("There were 31 rapid reviews. The chair said: “Each matters, and ⟦31⟧ of them is too many.”", 2),
    ("The board sent 8 letters to schools. “We wrote ⟦8⟧ of them ourselves,” the manager told us.", 2),
    ("Some 212 families used the hub. “When ⟦212⟧ of us turn up, the room is full,” one mother said.", 2),
    ("Staff carry 23 plans each. “Try holding ⟦23⟧ of those and a duty rota,” a team manager wrote.", 2),
    ("The service has 11 advocates. “Eleven is fine, but ⟦11⟧ of them cannot cover the county,” she said.", 2),
    # kept apart: a new number in the quote, and the same construction outside a quote
    ("Each worker holds an average of 19 cases. “Once you've got ⟦12⟧ of them in court, nothing gets done,” she said.", 1),
    ("We recruited 14 new carers, and ⟦9⟧ of them came through word of mouth.", 1),
    ("The home has 40 places. “About ⟦30⟧ of them are full most nights,” the manager said.", 1),
    ("There were 31 rapid reviews; ⟦12⟧ of them led to a local review.", 1),
]


@pytest.mark.parametrize("marked, mentions", SAID_AGAIN)
def test_a_set_said_again_in_a_quote(nlp, marked, mentions):
    found, reasons = _read(nlp, marked)
    assert len(found) == 1 and len(found[0].mentions) == mentions, f"got {found} / {reasons}"
