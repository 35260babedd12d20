"""A partnership named last in a list of bodies: the name is the partnership's alone.

"Anytown Council, Anyshire Police and the Anytown Safeguarding Children Partnership" lists three
bodies; each listed body's name ends on its head word (a council, a force, a trust, a board), so
the partnership's name starts after the last of them. A name whose own place has commas or
"and" in it ("Bournemouth, Christchurch and Poole …") lists no body and stays whole. Every
sentence is INVENTED.
"""

from __future__ import annotations

import pytest

from extractor.partnership import find_partnership

ROWS = [
    ("The hospital works with Rotherham Council, South Yorkshire Police and the Rotherham "
     "Safeguarding Children Partnership on every referral.", "Rotherham",
     "Rotherham Safeguarding Children Partnership"),
    ("Leeds City Council, West Yorkshire Police, the NHS West Yorkshire ICB and the Leeds "
     "Safeguarding Children Partnership share the data each month.", "Leeds",
     "Leeds Safeguarding Children Partnership"),
    ("Fife Council, NHS Fife, Police Scotland and the Fife Child Protection Committee signed the "
     "protocol in May.", "Fife", "Fife Child Protection Committee"),
    ("The plan was agreed by Swansea Council, Swansea Bay University Health Board and the West "
     "Glamorgan Regional Safeguarding Board.", "Swansea",
     "West Glamorgan Regional Safeguarding Board"),
    ("Staffordshire County Council, Staffordshire Police & the Staffordshire and Stoke-on-Trent "
     "Safeguarding Children Partnership funded the pilot.", "Staffordshire",
     "Staffordshire and Stoke-on-Trent Safeguarding Children Partnership"),
    ("Our nurses attend meetings with Cheshire Constabulary and the Cheshire West and Chester "
     "Safeguarding Children Partnership.", "Cheshire West and Chester",
     "Cheshire West and Chester Safeguarding Children Partnership"),
    ("Bournemouth, Christchurch and Poole Council, Dorset Police and the Pan-Dorset Safeguarding "
     "Children Partnership wrote to schools.", "Bournemouth, Christchurch and Poole",
     "Pan-Dorset Safeguarding Children Partnership"),
    ("Northumberland County Council, Northumbria Police and the Northumberland Strategic "
     "Safeguarding Partnership agreed the new thresholds.", "Northumberland",
     "Northumberland Strategic Safeguarding Partnership"),
    ("The trust, Devon County Council and the Devon Children and Families Partnership run the "
     "training together.", "Devon", "Devon Children and Families Partnership"),
    ("Derby City Council, the Derbyshire Constabulary and the Derby and Derbyshire Safeguarding "
     "Children Partnership published the strategy.", "Derby",
     "Derby and Derbyshire Safeguarding Children Partnership"),
    ("Kent County Council, Kent Police, the Kent and Medway ICB and the Kent Safeguarding "
     "Children Multi-Agency Partnership met in June.", "Kent",
     "Kent Safeguarding Children Multi-Agency Partnership"),
    # no body listed: the place's own commas and "and" stay
    ("The Bournemouth, Christchurch and Poole Safeguarding Children Partnership met in June.",
     "Bournemouth, Christchurch and Poole",
     "Bournemouth, Christchurch and Poole Safeguarding Children Partnership"),
    ("The Kingston and Richmond Safeguarding Children Partnership published its report.",
     "Kingston upon Thames", "Kingston and Richmond Safeguarding Children Partnership"),
    ("Cheshire West and Chester Safeguarding Children Partnership met in June.",
     "Cheshire West and Chester", "Cheshire West and Chester Safeguarding Children Partnership"),
]


@pytest.mark.parametrize("text,area,name", ROWS, ids=[r[2][:40] for r in ROWS])
def test_partnership_named_last_in_a_list(text: str, area: str, name: str) -> None:
    assert find_partnership(text, area) == name
