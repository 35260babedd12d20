"""Orders: a count of children who are subject to a court order at a time is the stock of those
children, not a count of orders made. The court_orders metric counts orders made or applied for
(`../shared/spec/metrics.json`): 'magistrates made 17 new supervision orders', 'three families
became subject to a care order', 'orders were granted for 14 children' are court_orders; '95
children subject to a supervision order on 31 July', 'young people on a compulsory supervision
order' are other (the convention the corpus READMEs state). Children looked after under an order
keep looked_after_children by their own words ('looked after at home on an order')."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# the rule id of a stock of children subject to an order
STOCK = "stock"

# after the number: the children, then a verb of being (or none), then 'subject to / on / under'
# an order; 'became', 'made' or 'placed' subject to one is a new order, not the stock
_ON_AN_ORDER = re.compile(
    r"\s+(?:(?:children|young\s+people|babies|infants|child)\s+)(?:(?:in|across|from)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+)?"
    r"(?:(?:who\s+)?(?:were|are|was|is|remain(?:ed)?|remains)\s+)?"
    r"(?:(?:still|currently|now|all)\s+)?(?:subject\s+to|on|under)\s+(?:a|an|the)?\s*(?:[\w'’-]+\s+){0,3}?orders?\b",
    re.I)
_MADE = re.compile(r"\b(?:made|granted|became|become|placed|issued|applied|sought|new)\b", re.I)


def is_order_stock(text: str, end: int) -> bool:
    """Whether the count ending at text[end] counts children subject to an order (a stock)."""
    clause = re.split(r"[;.:]|,\s+(?:and|but|while|whereas)\b", text[end:end + 160], maxsplit=1)[0]
    m = _ON_AN_ORDER.match(clause)
    return m is not None and not _MADE.search(m.group(0))


# the rule id of a count of orders that ended
ENDED = "ended"
_END_VERB = r"(?:terminated|discharged|revoked|ended|lapsed|expired|ceased|brought\s+to\s+an\s+end)"
# 'terminated 26', 'discharged a further 12' before the number; '31 orders were discharged' after it
_ENDED_BEFORE = re.compile(rf"\b{_END_VERB}\s+(?:(?:a\s+further|another|some|about|around|over)\s+)?$", re.I)
_ENDED_AFTER = re.compile(rf"\s+(?:[\w'’-]+\s+){{0,4}}?(?:were|was|had\s+been|have\s+been|are|being)\s+{_END_VERB}\b", re.I)


def is_order_ended(text: str, start: int, end: int) -> bool:
    """Whether the count at text[start:end] counts orders that ended ('the panel terminated 26',
    '31 supervision orders were discharged'): court_orders counts orders made or applied for."""
    return bool(_ENDED_BEFORE.search(text[max(0, start - 60):start])) or bool(_ENDED_AFTER.match(text[end:end + 120]))


# the rule id of a count of applications a court considers or receives
COURT_APPLIED = "court_applied"
# who decides an application: 'The court considered 1,100 such applications', 'judges heard 95
# applications', 'applications received by the family court'
_COURTS = {"court", "courts", "judge", "judges", "magistrate", "magistrates", "judiciary", "bench", "tribunal"}


# applications between private parties, not a council's for care or supervision: 'private law
# applications', 'applications for child arrangements orders', 'divorce applications'
_PRIVATE_KINDS = {"divorce", "arrangements", "arrangement", "non-molestation",
                  "molestation", "remedy", "probate"}


def _private_law(noun: Token) -> bool:
    """Whether the applications are private law: named so ('private law applications', 'in private
    law', 'private family law') or by an order two parents or partners seek ('child arrangements',
    'divorce', 'non-molestation'). court_orders counts the orders a council seeks for a child's
    protection (care, supervision, emergency protection); private law disputes are other."""
    sent = noun.sent
    lo, hi = max(sent.start, noun.i - 4), min(sent.end, noun.i + 6)
    words = [t.lower_ for t in noun.doc[lo:hi]]
    if any(w == "private" and k + 1 < len(words) and words[k + 1] in ("law", "family") for k, w in enumerate(words)):
        return True
    return any(w in _PRIVATE_KINDS for w in words)


def court_applications(doc: Doc, noun: Token | None) -> bool:
    """Whether the counted noun is applications a court is the subject or the receiver of: the
    subject of the verb they are the object of ('the court considered 640 applications'), the
    agent of their passive ('received by the court') or the object of their own 'to' or 'before'
    ('applications to the High Court' is in the lexicon; 'lodged 58 applications with the court').
    Applications to a planning committee or for a grant name no court and stay other."""
    if noun is None or noun.lemma_.lower() != "application" or _private_law(noun):
        return False
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head  # 'dealt with'
    if noun.dep_ in ("dobj", "pobj") and verb.pos_ in ("VERB", "AUX"):
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
        if any(s.lower_ in _COURTS for s in subj):
            return True
    attached = [*noun.children, *(verb.children if noun.dep_ in ("dobj", "nsubjpass") else [])]
    return any(p.lower_ in ("to", "with", "before", "by") and any(o.lower_ in _COURTS for o in p.children)
               or p.dep_ == "agent" and any(o.lower_ in _COURTS for o in p.children) for p in attached)
