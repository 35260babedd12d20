"""Receivers: whose referrals a charity's or a provider's own document counts.

A service that is not a council writes of the referrals it receives in the first person ("we
took 640 referrals", "families referred themselves", "re-referred to us"): they are the
service's own referrals, no metric's, unless the sentence names children's social care (or a
review) as the body that received or was sent them. A source named with 'from' ('came from
children's social care') is where the service's referrals came from, not their receiver, and
a possessive ('the council's early help teams') names whose a source is.
`publisher.outside_publisher` decides who publishes.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..kind import page_title
from ..publisher import outside_publisher
from ..tables.metrics import reviews_spoken_of
from .analysis import _Candidate

if TYPE_CHECKING:
    from ..document import Document

_REFERRALS = ("social_care_referrals", "review_referrals")
_PUBLISHERS = ("charity", "provider")
# the statutory receiver of a referral, named anywhere but after 'from'
_RECEIVER = re.compile(
    r"\b(?:(?:children['’]?s\s+)?social\s+(?:care|services|work)|children['’]?s\s+services|"
    r"(?:the\s+)?local\s+authority|(?:the\s+)?council|MASH|front\s+door|"
    r"(?:rapid|case|practice|learning|safeguarding\s+practice)\s+reviews?|LCSPRs?|the\s+partnership)\b", re.I)
_FROM = re.compile(r"\bfrom\s+(?:the\s+)?(?:(?:city|county|children)['’]?s\s+)*$", re.I)


# a receiver's name as a possessive names whose something else is ('the council's early help
# teams the largest source'), not the body the referrals went to
_POSSESSIVE = re.compile(r"['’]s\b")


def _names_receiver(sentence: str) -> bool:
    for m in _RECEIVER.finditer(sentence):
        if not _FROM.search(sentence[max(0, m.start() - 40):m.start()]) and not _POSSESSIVE.match(sentence, m.end()):
            return True
    return False


def own_referrals(cands: list[_Candidate], document: Document) -> None:
    """In a charity's or a provider's document, a referral figure (of the text or of a table or
    card) whose sentence names no statutory receiver is the service's own: other."""
    if not any(c.metric in _REFERRALS for c in cands):
        return
    if outside_publisher(document.text, document.context, page_title(document)) not in _PUBLISHERS:
        return
    for c in cands:
        if c.metric in _REFERRALS and not _names_receiver(c.sentence):
            c.metric = "other"


def unreviewed_referrals(cands: list[_Candidate], document: Document) -> None:
    """In a document that never speaks of a case review (a clinic's, a panel's or a monitoring
    group's report), nothing is referred for one: a referral figure read as a review's ('288
    people were referred by the police', '124 referred themselves') whose sentence names no
    receiver (the partnership, children's social care) and no review, criteria or panel is the
    service's own: other."""
    if any(c.metric == "review_referrals" for c in cands) and not reviews_spoken_of(document.text):
        for c in cands:
            if c.metric == "review_referrals" and not _names_receiver(c.sentence) and not _REVIEW_CUE.search(c.sentence):
                c.metric = "other"


# a sentence that speaks of a review in its own words ('for a review', 'against the criteria', 'the panel
# considered', 'the group considered 14 cases')
_REVIEW_CUE = re.compile(r"\b(?:reviews?|criteri(?:a|on)|panel|group|considered)\b", re.I)
