"""A body the author sits on is not the document's partnership (extractor.partnership).

A member agency's own report (a fire service's to scrutiny, a trust's to its board, a college's
to its governors) says the author "is a relevant agency of", "a member agency of", "a statutory partner of" the
area's safeguarding body, or "we sit on" it, and then reports its own work; the body is the
author's partner, not the document's. A text written for the body ("prepared for the …", "a
report to the …", "This report is shared with the …") or headed by it stays the body's, and so
does a body one of the author's staff sits on ("Our safeguarding lead sits on the …"). Every opening is INVENTED.
"""

from __future__ import annotations

import pytest

from extractor.partnership import find_partnership

MEMBER = [
    ("Anyshire Fire and Rescue Service: safeguarding report 2025\n\nThe Service is a relevant "
     "agency of the Leicestershire and Rutland Safeguarding Children Partnership. Crews raised "
     "212 concerns in the year, and the Service sent the Leicestershire and Rutland "
     "Safeguarding Children Partnership its annual audit.\n", "Leicestershire"),
    ("Ambulance service safeguarding update\n\nAs a relevant agency of the Cumberland "
     "Safeguarding Children Partnership, the trust trains every paramedic to level 3. We made "
     "640 referrals this year.\n", "Cumberland"),
    ("Community Health Trust: children's safeguarding annual report\n\nWe sit on the Walsall "
     "Safeguarding Partnership and its case review group. Our named nurses gave 310 "
     "consultations.\n", "Walsall"),
    ("College safeguarding report to the corporation\n\nAs a member organisation of the "
     "Sheffield Children Safeguarding Partnership, the college sends staff to its education group. Staff logged 96 "
     "concerns during the year.\n", "Sheffield"),
    ("Housing association safeguarding summary 2025/26\n\nThe association is a relevant agency "
     "of the Bury Safeguarding Children Partnership. Our officers raised 48 concerns, and the "
     "Bury Safeguarding Children Partnership asked us to join its training pool.\n", "Bury"),
    ("Leisure trust safeguarding report\n\nWe are also represented on the Wiltshire "
     "Safeguarding Vulnerable People Partnership. Lifeguards reported 14 concerns.\n",
     "Wiltshire"),
    ("Probation delivery unit: children's safeguarding review\n\nThe unit is a member agency of "
     "the Torbay Safeguarding Children Partnership. Officers completed 180 home visits.\n",
     "Torbay"),
    ("Dental services annual safeguarding report\n\nWe sit on the Lancashire "
     "Children's Safeguarding Assurance Partnership's health group. Dentists raised 22 "
     "concerns.\n", "Lancashire"),
    ("Fire and rescue safeguarding annual report\n\nThe Service is a relevant agency of the "
     "Powys Regional Safeguarding Board. Crews made 37 referrals in the calendar year.\n", "Powys"),
    ("Mental health trust: safeguarding children report\n\nWe are a statutory partner of the "
     "Hartlepool and Stockton-on-Tees Safeguarding Children Partnership. The trust held 75 "
     "safeguarding supervisions.\n", "Hartlepool"),
    ("Sports council safeguarding summary\n\nThe leisure service is a member agency of the "
     "Fife Child Protection Committee. Coaches logged 19 concerns.\n", "Fife"),
    ("Airport safeguarding report 2025\n\nThe airport is a relevant agency of the Luton "
     "Safeguarding Children Partnership. Staff referred 11 unaccompanied children.\n", "Luton"),
]


@pytest.mark.parametrize("text,area", MEMBER, ids=[r[1] for r in MEMBER])
def test_the_body_a_member_agency_sits_on_is_not_its_partnership(text: str, area: str) -> None:
    assert find_partnership(text, area) is None


# ... the body is the document's when the text is written for it, reports to it, or is headed by
# it, or when a person (not the author) is its member.
KEPT = [
    ("Exploitation profile\n\nPrepared by the police analysts for the Luton Safeguarding "
     "Children Partnership. The force is a relevant agency of the Luton Safeguarding Children "
     "Partnership.\n", "Luton", "Luton Safeguarding Children Partnership"),
    ("Fire service safeguarding report\n\nThis report is presented to the Walsall Safeguarding "
     "Partnership each year. The Service is a member of the Walsall Safeguarding Partnership.\n",
     "Walsall", "Walsall Safeguarding Partnership"),
    ("Rapid reviews up in Bury\n\nThe Bury Safeguarding Children Partnership held nine rapid "
     "reviews, said Jo Hale, who is a member of the Bury Safeguarding Children Partnership.\n",
     "Bury", "Bury Safeguarding Children Partnership"),
    ("Young carers annual review\n\nStaff raised 14 concerns. Our safeguarding lead sits on the "
     "Angus Child Protection Committee's learning subgroup. Carers "
     "told us 30 stories.\n", "Angus",
     "Angus Child Protection Committee"),
    ("Fire service annual report\n\nThis report is shared with the Walsall Safeguarding "
     "Partnership. The Service is a relevant agency of the Walsall Safeguarding Partnership.\n",
     "Walsall", "Walsall Safeguarding Partnership"),
    ("Annual report 2025/26\n\nThe Torbay Safeguarding Children Partnership notified the "
     "national panel of six serious incidents and published two reviews.\n", "Torbay",
     "Torbay Safeguarding Children Partnership"),
]


@pytest.mark.parametrize("text,area,name", KEPT, ids=[r[1] for r in KEPT])
def test_the_body_stays_when_written_for_or_acting(text: str, area: str, name: str) -> None:
    assert find_partnership(text, area) == name
