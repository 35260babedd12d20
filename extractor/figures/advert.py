"""Advert: the numbers of a sponsor's read or a show's sign-off, not reported figures.

A podcast, a newsletter or a web page carries an advert's offer ('20% off your first box', '£5
off when you order with code HOME5', 'save 15% with our voucher') and asks its audience for a
rating ('rate us five stars', 'leave the show a 5 star review'). A cut said with 'off' has no
offer beside it ('£2m off the transport budget') and stays a figure; so does a count of ratings
('41 five-star reviews')."""

from __future__ import annotations

import re

_N = r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten)"
# what marks an offer in the same sentence: a code, a voucher, the buyer's first order or box
_OFFER_WORDS = re.compile(r"\b(?:(?:promo(?:tional)?|discount|voucher|offer)\s+)?codes?\s+[A-Z][A-Z0-9]{2,}\b|\bvouchers?\b|"
                          r"\bdiscount\b|\bpromo\b|\bspecial\s+offer\b|\b(?:your|their)\s+(?:first|next)\s+"
                          r"(?:box|order|delivery|month|year|purchase|visit|booking|class|session|subscription|"
                          r"shop|bag|meal|week)\b|\bwhen\s+you\s+(?:spend|order|buy|book|subscribe|sign\s+up|join)\b|"
                          r"\bat\s+(?:the\s+)?checkout\b|\bsponsor", re.I)
# the offer's amount: '20% off', '£5 off', 'save 15%', 'a 10% discount'
_OFF_AFTER = re.compile(r"^\s*(?:%|per\s*cent|percent)?\s*(?:off|discount)\b", re.I)
_SAVE_BEFORE = re.compile(r"\b(?:save|saving|get|enjoy)\s+(?:up\s+to\s+|an?\s+(?:extra\s+)?)?(?:£\s*)?$", re.I)
# a rating asked of the audience: 'rate us five stars', 'give the podcast 5 stars', 'leave us a
# five star review'
_RATING_BEFORE = re.compile(r"\b(?:rate|give|leave|drop|send)\s+(?:us|it|me|them|the\s+(?:show|podcast|episode|app|"
                            r"programme|channel|page))\s+(?:a\s+)?(?:full\s+)?$", re.I)
_RATING_AFTER = re.compile(r"^[\s-]*stars?\b", re.I)


def _sentence(text: str, start: int, end: int) -> str:
    head = max(text.rfind(ch, 0, start) for ch in ".!?\n") + 1
    tails = [i for i in (text.find(ch, end) for ch in ".!?\n") if i >= 0]
    return text[head:min(tails, default=len(text))]


def advert_reason(text: str, start: int, end: int, kind: str) -> str | None:
    """'offer' for an advert's discount, 'rating' for a rating asked of the audience, else None."""
    before, after = text[max(0, start - 50):start], text[end:end + 30]
    if kind in ("count", "word") and _RATING_BEFORE.search(before) and _RATING_AFTER.match(after):
        return "rating"
    if kind in ("percent", "money", "count") and (_OFF_AFTER.match(after) or _SAVE_BEFORE.search(before)) and \
            _OFFER_WORDS.search(_sentence(text, start, end)):
        return "offer"
    return None
