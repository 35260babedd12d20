"""A partnership whose place follows its head ('… Partnership for Lancashire') keeps a
'Children's' written before 'Safeguarding': it is part of the name, as in 'Halton Children's
Safeguarding Partnership'; 'Minutes of the …' or 'Agenda of the …' before a body is no part of
its name. Every opening is INVENTED.
"""

from __future__ import annotations

import pytest

from extractor.partnership import find_partnership

ROWS = [
    ("Annual report of the Children's Safeguarding Assurance Partnership for Lancashire\n"
     "The partnership met six times this year.", "Children's Safeguarding Assurance Partnership for Lancashire"),
    ("The Children’s Safeguarding Partnership for Kirklees publishes this report each autumn.\n",
     "Children’s Safeguarding Partnership for Kirklees"),
    ("Childrens Safeguarding Board for Wigan: yearly summary\nThe board heard 12 cases.",
     "Childrens Safeguarding Board for Wigan"),
    ("Report to the Children's Safeguarding Partnership for Bath and North East Somerset\n"
     "This paper sets out the audit results.", "Children's Safeguarding Partnership for Bath and North East Somerset"),
    ("Minutes of the Children's Safeguarding Board for Tameside\nPresent: the chair and eight members.",
     "Children's Safeguarding Board for Tameside"),
    ("The Children's Safeguarding Strategic Partnership for Walsall agreed its priorities in May.\n",
     "Children's Safeguarding Strategic Partnership for Walsall"),
    ("Learning brief from the Children’s Safeguarding Partnership of Rochdale\nWhat we found.",
     "Children’s Safeguarding Partnership of Rochdale"),
    # without 'Children's' the name still starts at its head
    ("The Safeguarding Children Partnership for Bath and North East Somerset published its report.\n",
     "Safeguarding Children Partnership for Bath and North East Somerset"),
    ("Annual report of the Safeguarding Partnership for Lancashire\nThe partnership met six times.",
     "Safeguarding Partnership for Lancashire"),
    ("The Local Safeguarding Board for Gwynedd met in June.\n", "Local Safeguarding Board for Gwynedd"),
    ("Report of the Safeguarding Adults and Children Board for Thurrock\nIntroduction.",
     "Safeguarding Adults and Children Board for Thurrock"),
    # a meeting's papers named before the body are no part of its name
    ("Minutes of the Bolton Safeguarding Children Partnership\nPresent: the chair and six members.",
     "Bolton Safeguarding Children Partnership"),
    ("Agenda of the Tameside Safeguarding Children Partnership\nItem 1: apologies.",
     "Tameside Safeguarding Children Partnership"),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_children_s_before_a_name_with_its_place_after(text: str, expected: str) -> None:
    assert find_partnership(text) == expected
