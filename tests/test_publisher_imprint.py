"""A campaign's leaflet or manifesto carries the law's imprint at its foot, the printer's name first
or last ("Printed by Anytown Print Ltd, 2 Mill Lane. Promoted by A. Khan, 1 High St."): a voice's
document, whose record period is null whatever statistics year it cites (corpus/README.md,
'Conventions settled', 4). A printer named alone, or a report that says who printed it, is no
imprint. Every text is invented."""

from __future__ import annotations

import pytest

from extractor.metadata import find_period
from extractor.publisher import voice_publisher

_LEAFLET = ("ANNA KHAN\nYour candidate for Mill Ward\nWe need more family hubs.\n"
            "* Children on protection plans rose from 190 to 260 in three years.\n"
            "(Source: Children's social work statistics 2024-25, Table 2.)\n{foot}\n")

IMPRINTS = [
    ("Printed by Anytown Print Ltd, 2 Mill Lane, Anytown. Promoted by Anna Khan, 1 High St, Anytown.",
     True),
    ("Printed by Anytown Print Ltd; promoted by Anna Khan, 1 High St, Anytown.", True),
    ("Printed by Anytown Print Ltd, Unit 4, Anytown, and promoted by Anna Khan on her own behalf.",
     True),
    ("Printed by Riverside Press, Anytown AN1 2XY. Promoted by J. Lee on behalf of the Anytown Party, "
     "3 Park Road.", True),
    ("Promoted by Anna Khan, 1 High St. Printed by Anytown Print Ltd, 2 Mill Lane.", True),
    ("Printed and published by Anna Khan, 1 High St, Anytown.", True),
    ("Published and promoted by the Anytown Independents, 9 Station Road.", True),
    # no imprint: a printer alone, a report's own print line, a story that names a promoter
    ("Printed by Anytown Print Ltd, 2 Mill Lane, Anytown.", False),
    ("This report was printed by Anytown Print Ltd and promoted by the council's press office.",
     False),
    ("Printed by the council's reprographics team. Please recycle.", False),
    ("Designed and printed in-house. Contact us on 01632 960000.", False),
]


@pytest.mark.parametrize("foot, imprint", IMPRINTS, ids=[r[0][:32] for r in IMPRINTS])
def test_a_campaign_imprint_at_the_foot(foot: str, imprint: bool) -> None:
    assert voice_publisher(_LEAFLET.format(foot=foot)) is imprint


@pytest.mark.parametrize("foot", [r[0] for r in IMPRINTS if r[1]][:4])
def test_a_leaflet_has_no_period_of_its_own(foot: str) -> None:
    period = find_period(_LEAFLET.format(foot=foot))
    assert period is None or (period.start, period.end) == (None, None)
