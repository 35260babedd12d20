"""Partnership: a body the document only cites is not the record's. Three constructions: the
body's name used to name one of its procedures ("escalated under the … Partnership escalation
policy"), a body named among a council motion's recitals ("This Council notes that: (a) …"),
and a body named once in a school's, a charity's or a data service's own document. Every
sentence is invented."""

from __future__ import annotations

import pytest

from extractor.metadata import find_partnership

_OPENING = ("Anytown Council\nChildren's services annual summary\n" +
            "The service is small, stable and well regarded by inspectors. " * 30 + "\n")
_ASCP = "Anytown Safeguarding Children Partnership"


# Named once, past the opening, as the owner of a procedure, a policy, guidance or a website:
# the text names the thing. The body at work, or its report, is the text's.
@pytest.mark.parametrize("sentence, expected", [
    (f"We used the {_ASCP} escalation policy for a pair of cases.", None),
    (f"Staff follow the {_ASCP} procedures when a child discloses abuse.", None),
    (f"We use the {_ASCP}'s threshold guidance to decide on a referral.", None),
    (f"The policy adopts the {_ASCP} model policy in full.", None),
    (f"Every member of staff completed the {_ASCP} online training this year.", None),
    (f"Families can find help on the {_ASCP} website.", None),
    (f"Concerns are resolved through the {_ASCP} resolution protocol.", None),
    (f"Referrers complete the {_ASCP} multi-agency referral form for every child.", None),
    # the body acts, or its report is the subject: the text's
    (f"The {_ASCP} escalated two cases to the national panel.", _ASCP),
    (f"The {_ASCP} published its threshold guidance in May.", _ASCP),
    (f"The {_ASCP}'s annual report shows a rise in referrals.", _ASCP),
    (f"The {_ASCP} carried out four rapid reviews this year.", _ASCP),
])
def test_a_body_named_for_its_procedure_is_cited(sentence: str, expected: str | None) -> None:
    assert find_partnership(f"{_OPENING}{sentence}\n") == expected


_MOTION = ("Anytown Council\nFull Council, 4 March 2026\nNotice of Motion: children's homes\n\n"
           "This Council notes that:\n\n(a) The council looked after 240 children in March.\n\n"
           "(b) Agency staff made up a third of the workforce.\n\n{item}\n\n"
           "This Council believes that children should live near home.\n\n"
           "This Council resolves to:\n1. Ask the Cabinet for a plan.\n{after}")


# A body named once among the motion's lettered or numbered recitals is cited evidence; a body
# the motion is about, or one named again in its resolutions or in a prose paragraph, stays; so
# does one the recital shows at the area's case reviews (corpus/README.md, 'Conventions settled', 2).
@pytest.mark.parametrize("item, after, expected", [
    ("(c) The Anyshire Regional Safeguarding Board agreed two child practice reviews.", "",
     "Anyshire Regional Safeguarding Board"),
    ("(c) The Anytown Safeguarding Children Partnership held six rapid reviews last year.", "",
     _ASCP),
    ("c) The Anyshire Child Protection Committee opened three learning reviews.", "",
     "Anyshire Child Protection Committee"),
    ("(iii) In June the Anyshire Regional Safeguarding Board published a review of two\n"
     "children placed out of county.", "", "Anyshire Regional Safeguarding Board"),
    ("(c) The Anyshire Regional Safeguarding Board ran four training days for schools.", "", None),
    ("3. The Anytown Safeguarding Children Partnership reported a rise in neglect.", "", None),
    ("- The Anytown Safeguarding Children Partnership notified the national panel twice.", "",
     None),
    # named again in the resolutions, or written as prose after the head: the motion's
    ("(c) The Anytown Safeguarding Children Partnership held six rapid reviews last year.",
     "2. Ask the Anytown Safeguarding Children Partnership to report to scrutiny.\n", _ASCP),
    ("This Council believes the Anytown Safeguarding Children Partnership has done well.", "",
     _ASCP),
])
def test_a_body_in_a_motions_recitals_is_cited(item: str, after: str,
                                                expected: str | None) -> None:
    assert find_partnership(_MOTION.format(item=item, after=after)) == expected


# A school's, a charity's or a data service's own document names the area's partnership once,
# deep in: it is not the record's. Named in its opening, or twice, the partnership stays.
@pytest.mark.parametrize("head, context, body, expected", [
    ("HOLLYBANK PRIMARY SCHOOL\nGovernors' safeguarding report\n", [],
     f"Two cases were reviewed by the {_ASCP} last year.", None),
    ("Anytown Family Trust\nImpact report 2025/26\n", ["Registered charity no. 1234567"],
     f"The {_ASCP} ran two training days for families we support.", None),
    # ... unless the charity shows it holding the area's reviews (corpus/README.md, 'Conventions
    # settled' 7; tests/test_partnership_owner_and_outside.py)
    ("Anytown Family Trust\nImpact report 2025/26\n", ["Registered charity no. 1234567"],
     f"The {_ASCP} carried out four rapid reviews involving families we support.", _ASCP),
    ("Children in need: Anytown compared\n", ["Children in need | Local Data Compare"],
     f"The {_ASCP} notified four serious incidents in the year.", None),
    ("Westfield Academy – Weekly Bulletin\n", [],
     f"The {_ASCP} published its annual report this week.", None),
    # the same sentences in a council's report: the partnership's work is reported
    ("Anytown Council\nCabinet report: safeguarding\n", [],
     f"The {_ASCP} carried out four rapid reviews involving families we support.", _ASCP),
    ("Anytown Council\nScrutiny report\n", [],
     f"The {_ASCP} notified four serious incidents in the year.", _ASCP),
    # named in the school's opening: the school writes for the partnership
    (f"HOLLYBANK PRIMARY SCHOOL\nReturn to the {_ASCP}: section 175 audit\n", [],
     f"The {_ASCP} asked every school for this audit.", _ASCP),
])
def test_a_partnership_in_an_outside_bodys_document(head: str, context: list[str], body: str,
                                                    expected: str | None) -> None:
    filler = "The school is small, stable and well regarded by inspectors. " * 30
    assert find_partnership(f"{head}{filler}\n{body}\n", None, None, context) == expected
