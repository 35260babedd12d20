"""Period: documents that give no account of a period of work (corpus/README.md, 'Conventions
settled' 4), known by what it is for: a live fundraising appeal, by its progress line or its
countdown beside its backers in the opening (a campaign's briefing known by a heading of asks is
not read: tried and dropped). The years its figures cite are the figures' own; a heading or a
scope sentence that names the period still gives it. Every sentence is invented."""

from __future__ import annotations

import pytest

from extractor.metadata import find_period

# a body whose only years are others' statistics: without a marker the vote reads 2025/26
_BODY = ("The county council received 4,120 referrals to children's social care in 2025/26, "
         "up from 3,870 the year before.\n"
         "In 2025/26, 612 children were subject to a child protection plan at some point.\n"
         "The council spent £3.1m on family support in 2025/26.\n"
         "Families in the town tell us the waiting lists are getting longer.\n")


def _page(opening: str, closing: str = "") -> str:
    return "Keep the Riverside family hub open\n" + opening + "\n" + _BODY + closing


@pytest.mark.parametrize("opening", [
    "£18,460 raised of £40,000 target",
    "£3,240 raised of £10,000",
    "£950 raised towards our £2,000 goal",
    "£12k raised of £25k target",
    "£1,105 raised so far of a £5,000 target",
    "£640 raised out of £1,500",
    "312 supporters · 21 days left",
    "48 donors | 12 days to go",
    "96 backers - 3 weeks remaining",
])
def test_a_live_appeal_has_no_period(opening: str) -> None:
    assert find_period(_page("Fundraiser by a parent volunteer\n" + opening)) is None


@pytest.mark.parametrize("opening, closing", [
    # no appeal and no asks: the vote's year stands, as before
    ("Briefing from a local families charity", ""),
    ("£18,460 was spent on the hub's roof in 2025/26.", ""),   # money spent, not raised of a target
    ("Donate now to support our work", ""),                      # a donate button is no live appeal
    ("312 supporters came to the open day.", ""),
    ("", "The council asks for views on the hub by 1 March.\n"),  # an ask in a sentence
    ("", "What we did\nWe ran 40 sessions.\n"),
    ("", "Asks from young people were recorded at every session.\n"),
    ("", "What we are calling for\nKeep every family hub open.\n"),  # a campaign's asks: not read
])
def test_without_the_marker_the_vote_stands(opening: str, closing: str) -> None:
    found = find_period(_page(opening, closing))
    assert found is not None and (found.start, found.end) == ("2025-04-01", "2026-03-31")


@pytest.mark.parametrize("text", [
    # a heading or a scope sentence that names the period still gives it
    "Our impact in 2024/25\n£18,460 raised of £40,000 target\n" + _BODY.replace("2025/26", "2024/25"),
    "Annual review 2024/25\n£3,240 raised of £10,000\n" + _BODY.replace("2025/26", "2024/25"),
    "Riverside Families\nThis report covers the year 2024/25.\n48 donors | 12 days to go\n" + _BODY,
])
def test_a_heading_or_scope_period_still_counts(text: str) -> None:
    found = find_period(text)
    assert found is not None and (found.start, found.end) == ("2024-04-01", "2025-03-31")
