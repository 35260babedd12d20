"""A bare number set against a count keeps the count's unit, though a percentage is said nearer it
or nearer its size: a bracketed share belongs to the count before it ('612 (8.3%) were children,
compared with 671'), a level above 100 is no percentage, and a count said just before the cue
('9 agency staff, against 24') is what the comparator parallels. Beside them, comparators of a
percentage stay percentages. Invented sentences, through the production path (rules only); the
number under test is marked ⟦...⟧."""

from __future__ import annotations

import pytest

from extractor.figures import find_figures
from extractor.findings import Period
from extractor.ingest import load

FY = Period("2024-04-01", "2025-03-31", "2024/25")


def _unit_at(nlp, marked: str) -> list[tuple[float, str]]:
    at = marked.index("⟦")
    text = marked.replace("⟦", "").replace("⟧", "")
    document = load("t.txt", text.encode("utf-8"))
    figures = find_figures(nlp(document.text), document, FY, use_classifier=False)
    return [(f.value, f.unit) for f in figures for m in f.mentions if m.start <= at < m.end]


COMPARATORS = [
    ("Of the 5,120 calls taken in the year, 410 (8.0%) were from parents, compared with ⟦466⟧ the year before.", (466, "count")),
    ("1,940 pupils joined the scheme (22% of the school roll), up from ⟦1,615⟧ last year.", (1615, "count")),
    ("Some 318 carers came to training (41% of all carers), against ⟦290⟧ in 2023.", (290, "count")),
    ("The vacancy rate fell to 12% from 19%, and the team had 7 agency staff, against ⟦18⟧ a year ago.", (18, "count")),
    ("Turnover dropped to 9% from 15%, and we ended the year with 11 vacant posts, compared with ⟦25⟧ in March.", (25, "count")),
    ("Take-up reached 64% in the spring, and 52 families joined, up from ⟦40⟧ in the autumn.", (40, "count")),
    ("There were 1,210 visits (63% of those planned), compared with ⟦1,090⟧ in 2023/24.", (1090, "count")),
    ("Of 2,600 young people asked, 780 (30%) said they felt unsafe, against ⟦702⟧ in the last survey.", (702, "count")),
    ("The share on time rose to 71% from 66%, and 14 reviews were late, down from ⟦31⟧.", (31, "count")),
    ("Uptake was 88% in the summer term, and 230 pupils missed every session, against ⟦250⟧ before.", (250, "count")),
    # a comparator of a percentage stays one
    ("Assessments on time rose to 88%, compared with ⟦82⟧ last year.", (82, "percent")),
    ("The share seen within a week was 74%, against ⟦69⟧ in 2023.", (69, "percent")),
]


@pytest.mark.parametrize("marked,want", COMPARATORS)
def test_a_comparator_takes_the_unit_it_is_set_against(nlp, marked, want):
    assert _unit_at(nlp, marked) == [want]


# A whole set named by its size where a sentence opens, or after 'all' in a clause, with that size
# said nowhere before, is said for the first time: a figure. Said before, it is a mention of that
# figure; 'these' and 'in all' point back at a set already counted, and a nation's whole ('the 317
# councils in England') is the frame of a survey, no figure of its own.
WHOLE_SETS = [
    ("All ⟦54⟧ volunteers at the club were given first-aid training.", [(54, "count")]),
    ("The new guidance was sent to all ⟦210⟧ school nurses in the county.", [(210, "count")]),
    ("Training was offered to all ⟦27⟧ duty officers on the rota.", [(27, "count")]),
    ("Of the ⟦1,340⟧ calls taken in March, most were about housing.", [(1340, "count")]),
    ("Of the ⟦96⟧ home visits in the pilot, 80 were made on time.", [(96, "count")]),
    ("The club checked that all ⟦64⟧ coaches held a valid certificate.", [(64, "count")]),
    ("All ⟦312⟧ foster carers were invited to the annual review day.", [(312, "count")]),
    ("Of the ⟦58⟧ families who joined in spring, 41 stayed to the end.", [(58, "count")]),
    ("We wrote to all ⟦19⟧ primary schools in the district.", [(19, "count")]),
    ("Of the ⟦4,050⟧ meals served, a third went to children under five.", [(4050, "count")]),
    # a set counted before, or pointed back at, is no second figure
    ("The team held 40 visits. Of the ⟦40⟧ visits, 31 were unannounced.", [(40, "count")]),
    ("We trained 75 staff in May. All ⟦75⟧ staff passed.", [(75, "count")]),
    ("Of the ⟦317⟧ councils in England, 240 answered the survey.", []),
    ("All ⟦22⟧ councils in Wales were sent the form.", []),
    ("Nine homes were inspected and in all ⟦nine⟧ the checks were complete.", [(9, "count")]),
]


@pytest.mark.parametrize("marked,want", WHOLE_SETS)
def test_a_whole_set_named_by_its_size(nlp, marked, want):
    assert _unit_at(nlp, marked) == want


# 'partnerships' is no 'partners' (the count of a page's partner logos): a count of partnerships is a figure
PARTNERSHIPS = [
    ("Each of the ⟦132⟧ partnerships must arrange independent scrutiny.", [(132, "count")]),
    ("The region has ⟦11⟧ partnerships and one shared board.", [(11, "count")]),
    ("We wrote to ⟦48⟧ partnerships in the spring.", [(48, "count")]),
]


@pytest.mark.parametrize("marked,want", PARTNERSHIPS)
def test_a_count_of_partnerships(nlp, marked, want):
    assert _unit_at(nlp, marked) == want
