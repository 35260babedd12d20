"""A council's own report names once a body of several councils: not its partnership
(extractor.partnership).

A council's statutory or service report (its masthead, a PDF's author or a page's <title> names
the council) that names a regional board or a partnership of several councils once, after its
title and in passing, as a body it works through, sends to or works with ("Through the West
Glamorgan Safeguarding Board, two cases …", "referred to the …", "with the …"), is about the
council's own services; the body is not its subject. A body of the council alone, a body named
twice or in the title, a body that acts in the text ("The North Wales Safeguarding Board
considered …") or whose work the paper is about, stays. Every opening is INVENTED.
"""

from __future__ import annotations

import pytest

from extractor.partnership import find_partnership

ONCE = [
    ("Swansea Council\nDirector of Social Services Annual Report 2025-26\n\nWe completed 1,900 "
     "assessments. Through the West Glamorgan Safeguarding Board, we run a joint training "
     "programme.\n", "Swansea", ()),
    ("Conwy County Borough Council\nAnnual report of the statutory director 2025/26\n\nWe held 240 "
     "conferences and worked with the North Wales Safeguarding Board on its training offer.\n",
     "Conwy", ()),
    ("Annual report of the Director of Social Services 2025/26\n\nChildren's services held 180 "
     "strategy meetings. Nine audits were sent to the Cwm Taf Morgannwg Safeguarding "
     "Board.\n", "Rhondda Cynon Taf", ("Rhondda Cynon Taf County Borough Council",)),
    ("Carmarthenshire County Council\nChildren's services performance 2025/26\n\nWe shared two "
     "audits with the Mid and West Wales Regional Safeguarding Board this year. We made 3,100 "
     "referral decisions.\n", "Carmarthenshire", ()),
    ("Derby City Council\nChildren's services annual report\n\nSocial workers completed 2,400 "
     "assessments, and audits were carried out through the Derby and Derbyshire Safeguarding "
     "Children Partnership.\n", "Derby", ()),
    ("Kingston upon Thames Council\nEarly help annual report 2025/26\n\nWe supported 900 "
     "families. Our family support workers train through the Kingston and Richmond Safeguarding "
     "Children Partnership.\n", "Kingston upon Thames", ()),
    ("Annual performance report: children's services\n\nReferrals fell by 4%. Cases were "
     "escalated through the Pan-Dorset Safeguarding Children Partnership's procedure.\n", "Dorset",
     ("Dorset Council",)),
    ("Plymouth City Council | Children's services\nOur year 2025/26\n\nWe answered 12,000 "
     "contacts. We took part in a joint audit with the Plymouth and Devon Regional Safeguarding "
     "Board.\n",
     "Plymouth", ()),
    ("Westmorland and Furness Council\nSocial work practice report\n\nNew social workers "
     "joined the team and were trained via the Cumbria Safeguarding Children Partnership.\n",
     "Westmorland and Furness", ()),
    ("Blackburn with Darwen Borough Council\nChildren's services annual report 2025/26\n\nWe "
     "completed 1,500 assessments and shared our learning with the Pan-Lancashire Children's "
     "Safeguarding Assurance Partnership.\n", "Blackburn with Darwen", ()),
    ("Gwynedd Council\nChildren and families annual report\n\nWe sent 12 case audits to "
     "the North Wales Safeguarding Board's review group. We held 150 conferences.\n", "Gwynedd", ()),
]


@pytest.mark.parametrize("text,area,context", ONCE, ids=[r[1] for r in ONCE])
def test_a_regional_body_named_once_in_a_councils_report(text: str, area: str,
                                                         context: tuple[str, ...]) -> None:
    assert find_partnership(text, area, None, context) is None


KEPT = [
    # the council's own body
    ("Bury Council\nChildren's services annual report\n\nWe completed 1,200 assessments and the "
     "Bury Safeguarding Children Partnership published two reviews.\n", "Bury",
     "Bury Safeguarding Children Partnership"),
    # named twice
    ("Swansea Council\nScrutiny report\n\nThe West Glamorgan Safeguarding Board met four times. "
     "The West Glamorgan Safeguarding Board's annual report is attached.\n", "Swansea",
     "West Glamorgan Safeguarding Board"),
    # named in the title
    ("Conwy County Borough Council\nNorth Wales Safeguarding Board Annual Report 2025/26\n\nThe "
     "board met four times.\n", "Conwy", "North Wales Safeguarding Board"),
    # the body acts, or the paper is about its work
    ("Wrexham County Borough Council\nChildren's services annual report\n\nWe completed 1,300 "
     "assessments. The North Wales Safeguarding Board considered three referrals from Wrexham.\n",
     "Wrexham", "North Wales Safeguarding Board"),
    # the body is shown at the area's case reviews (corpus/README.md, 'Conventions settled', 2)
    ("Swansea Council\nDirector of Social Services Annual Report 2025-26\n\nWe completed 1,900 "
     "assessments. Through the West Glamorgan Safeguarding Board, one case met the criteria for a "
     "Child Practice Review.\n", "Swansea", "West Glamorgan Safeguarding Board"),
    ("Rhondda Cynon Taf County Borough Council\nAnnual report of the Director of Social Services\n\n"
     "Children's services held 180 strategy meetings. Nine cases were referred to the Cwm Taf "
     "Morgannwg Safeguarding Board.\n", "Rhondda Cynon Taf", "Cwm Taf Morgannwg Safeguarding Board"),
    ("Pembrokeshire County Council\nScrutiny report\n\nPurpose: to inform members about child "
     "protection activity and the work of the Mid and West Wales Safeguarding Board.\n",
     "Pembrokeshire", "Mid and West Wales Safeguarding Board"),
    # the report itself is shared with the body
    ("Swansea Council\nReviewing service annual report\n\nThis report covers 2025-26 and is "
     "shared with the West Glamorgan Safeguarding Board. We held 300 reviews in the year, and "
     "our reviewing officers chaired 410 conferences.\n", "Swansea",
     "West Glamorgan Safeguarding Board"),
    # not a council's document: a news story
    ("Review published\n\nThe West Glamorgan Safeguarding Board has published a review into the "
     "care of a Swansea baby, it said.\n", "Swansea", "West Glamorgan Safeguarding Board"),
]


@pytest.mark.parametrize("text,area,name", KEPT, ids=[f"{r[1]}-{r[2][:24]}" for r in KEPT])
def test_the_body_stays(text: str, area: str, name: str) -> None:
    assert find_partnership(text, area) == name
