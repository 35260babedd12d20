"""A safeguarding adults board (or partnership) is a safeguarding body by its name, as a children's
partnership is: the board that publishes its own report is the record's partnership (styles21
README: the writer's call); a children's partnership's report that names the local adults board
beside it keeps its own; an adults board named only in a story's text is not published under (a news
story about its report has no partnership by it). Every opening is INVENTED, in plain council, partnership and news
settings.
"""

from __future__ import annotations

import pytest

from extractor.partnership import find_partnership

ROWS = [
 ("Northshire Safeguarding Adults Board\nAnnual Report 2025-26\nThe Board met four times and agreed three priorities.", "Northshire Safeguarding Adults Board"),
 ("Report to the Cabinet: the work of the Barset Safeguarding Adults Board in 2025/26\nThe Board published two reviews.", "Barset Safeguarding Adults Board"),
 ("Wessex Safeguarding Adults Partnership\nBusiness plan update\nThe partnership agreed its plan in May.", "Wessex Safeguarding Adults Partnership"),
 ("Midtown Safeguarding Children Partnership annual report\nThe partnership works closely with the Midtown Safeguarding Adults Board on transitions.\nThe Midtown Safeguarding Children Partnership published two reviews.", "Midtown Safeguarding Children Partnership"),
 ("Eastvale Safeguarding Children Partnership\nAnnual report 2025/26\nA joint review was carried out with the Eastvale Safeguarding Adults Board.", "Eastvale Safeguarding Children Partnership"),
 ("Report to scrutiny\nThe Westford Safeguarding Children Partnership commissioned one review this year. The Westford Safeguarding Children Partnership met six times. Joint training ran with the Westford Safeguarding Adults Board.", "Westford Safeguarding Children Partnership"),
 ("Kingsbridge Safeguarding Children Partnership: newsletter\nOur partners include the police, health and the council. The Kingsbridge Safeguarding Children Partnership thanks them.", "Kingsbridge Safeguarding Children Partnership"),
 ("Lowfield Safeguarding Adults Board\nAnnual Report\nThe Board works with the Lowfield Safeguarding Children Partnership on transitions.\nThe Board's three subgroups met quarterly.", "Lowfield Safeguarding Adults Board"),
 ("Annual report of the Safeguarding Adults and Children Board for Thurrock\nIntroduction.", "Safeguarding Adults and Children Board for Thurrock"),
]


@pytest.mark.parametrize("text, want", ROWS)
def test_an_adults_board_is_a_safeguarding_body(text, want):
    assert find_partnership(text) == want
