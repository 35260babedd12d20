"""Advert: the numbers of a sponsor's read or a show's sign-off, not reported figures.

A podcast, a newsletter or a web page carries an advert's offer ('20% off your first box', '£5
off when you order with code HOME5', 'save 15% with our voucher') and asks its audience for a
rating ('rate us five stars', 'leave the show a 5 star review'). A cut said with 'off' has no
offer beside it ('£2m off the transport budget') and stays a figure; so does a count of ratings
('41 five-star reviews'). A listing gives a critic's stars ('Review: the panto, 4 stars'), a menu or a
shop its deal ('3 courses for £24.95'), and a charity's appeal what a gift buys ('£10 could pay for
a visit pack'), a competition its prize ('win a £25 voucher'): none of them is a fact the text reports."""

from __future__ import annotations

import re

_N = r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten)"
# what marks an offer in the same sentence: a code, a voucher, the buyer's first order or box
_OFFER_WORDS = re.compile(r"\b(?:(?:promo(?:tional)?|discount|voucher|offer)\s+)?codes?\s+[A-Z][A-Z0-9]{2,}\b|\bvouchers?\b|"
                          r"\bdiscount\b|\bpromo\b|\bspecial\s+offer\b|\b(?:your|their)\s+(?:first|next)\s+"
                          r"(?:box|order|delivery|month|year|purchase|visit|booking|class|session|subscription|"
                          r"shop|bag|meal|week)\b|\bwhen\s+you\s+(?:spend|order|buy|book|subscribe|sign\s+up|join)\b|"
                          r"\bat\s+(?:the\s+)?checkout\b|\bsponsor|"
                          # a local advert's offer to a publication's audience: 'for Gazette readers', 'readers' offer'
                          r"\bfor\s+(?:(?:our|all|[A-Z][\w'’&]*)\s+){0,2}(?:readers|listeners|subscribers|viewers)\b|"
                          r"\b(?:readers|listeners|subscribers)['’]?\s+(?:offer|discount|deal)\b|\bmention\s+this\s+(?:ad|advert)\b", re.I)
# the offer's amount: '20% off', '£5 off', 'save 15%', 'a 10% discount'
_OFF_AFTER = re.compile(r"^\s*(?:%|per\s*cent|percent)?\s*(?:off|discount)\b", re.I)
_SAVE_BEFORE = re.compile(r"\b(?:save|saving|get|enjoy)\s+(?:up\s+to\s+|an?\s+(?:extra\s+)?)?(?:£\s*)?$", re.I)
# a rating asked of the audience: 'rate us five stars', 'give the podcast 5 stars', 'leave us a
# five star review'
_RATING_BEFORE = re.compile(r"\b(?:rate|give|leave|drop|send)\s+(?:us|it|me|them|the\s+(?:show|podcast|episode|app|"
                            r"programme|channel|page))\s+(?:a\s+)?(?:full\s+)?$", re.I)
_RATING_AFTER = re.compile(r"^[\s-]*stars?\b", re.I)


# a critic's star rating: 'Review: the panto, 4 stars', 'Rating: 3 stars', '4 stars out of 5' (a count of
# reviews, '41 five-star reviews', keeps its noun)
_STARS_AFTER = re.compile(r"^[\s-]*stars?(?:\s+out\s+of\s+(?:5|five))?\s*(?:[.,;:)!|]|$|\n)", re.I)
# a price of a deal: '3 courses for £24.95', '2 for £10', 'two coffees for £5' (a small sum after a small
# count: 'funded 12 places for £40,000' is a figure)
_DEAL = re.compile(r"\b(?:\d|one|two|three|four|five|six)(?:\s+[a-z]+){0,2}\s+for\s+£\s?(\d{1,2}(?:\.\d\d)?)\b(?![.,]\d|\s*(?:k|m|bn|million|thousand)\b)",
                   re.I)
# a charity's ask: '£10 could pay for a visit pack', 'Just £5 a month would buy ...', 'a gift of £25 can
# fund ...' ('the £2.1m could fund 40 places' is a sum the council has)
_ASK_AFTER = re.compile(r"^(?:\s+(?:a|per)\s+(?:month|week|year))?\s+(?:could|would|can|will|might)\s+(?:help\s+)?"
                        r"(?:pay\s+for|buy|fund|provide|cover|give|keep|train|support|send|help)\b", re.I)
_ASK_BEFORE = re.compile(r"(?:^|\n|[.!?:]\s+|\b(?:just|only|a\s+gift\s+of|a\s+donation\s+of|donating|give|your)\s+)$", re.I)


# the face value of a voucher or a card handed out: 'a £15 supermarket voucher for each child', 'families get
# a £30 food voucher' ('get a £10 voucher when you spend £40' is a shop's offer)
_FACE_VALUE_AFTER = re.compile(r"^\s+(?:[a-z][\w'’-]*\s+){0,2}(?:vouchers?|gift\s+cards?|cards?|tokens?)\b", re.I)
_GET_BEFORE = re.compile(r"\b(?:get|gets|got|receive|receives|received|given|give|gives|sent|send|an?)\s+(?:an?\s+)?(?:£\s*)?$",
                         re.I)


# a competition's prize, offered to the reader: 'Name our mascot and win a £25 voucher!', 'enter to win a £50 gift
# card', 'a prize draw for a £20 voucher' ('prize draw winners (3 x £20 vouchers) have been contacted' reports one;
# 'hopes to win £3m of funding' is a bid, with no prize after it)
_WIN_BEFORE = re.compile(r"\b(?:win|prize\s+draw\s+for|(?:chance|entered|enter)\s+(?:to|into\s+a\s+draw\s+to)\s+win)\s+"
                         r"(?:an?\s+|one\s+of\s+(?:\w+\s+)?)?(?:£\s*)?$", re.I)
_PRIZE_AFTER = re.compile(r"^\s+(?:[a-z][\w'’-]*\s+){0,2}(?:vouchers?|gift\s+cards?|cards?|tokens?|prizes?|hampers?)\b", re.I)


def _gift(text: str, start: int, end: int, before: str, after: str) -> bool:
    """A voucher's face value given to someone, the voucher the only offer word of its sentence."""
    if not (_FACE_VALUE_AFTER.match(after) and _GET_BEFORE.search(before)) or re.search(r"\bsave\b", before, re.I):
        return False
    return all(re.fullmatch(r"vouchers?", m.group(0), re.I) for m in _OFFER_WORDS.finditer(_sentence(text, start, end)))


def _sentence(text: str, start: int, end: int) -> str:
    head = max(text.rfind(ch, 0, start) for ch in ".!?\n") + 1
    tails = [i for i in (text.find(ch, end) for ch in ".!?\n") if i >= 0]
    return text[head:min(tails, default=len(text))]


def advert_reason(text: str, start: int, end: int, kind: str) -> str | None:
    """'offer' for an advert's discount, 'rating' for a rating asked of the audience, 'stars' for a critic's
    rating, 'ask' for a charity's ask, 'price' for a deal's price, 'prize' for a competition's prize, else None."""
    before, after = text[max(0, start - 50):start], text[end:end + 30]
    if kind == "money" and _WIN_BEFORE.search(before) and _PRIZE_AFTER.match(after):
        return "prize"
    if kind in ("count", "word") and _RATING_BEFORE.search(before) and _RATING_AFTER.match(after):
        return "rating"
    if kind in ("count", "word") and _STARS_AFTER.match(after) and re.fullmatch(r"[0-5](?:\.5)?|one|two|three|four|five",
                                                                                 text[start:end], re.I):
        return "stars"
    if kind == "money" and text[start:start + 1] == "£" and _ASK_AFTER.match(after) and _ASK_BEFORE.search(before):
        return "ask"
    if kind in ("count", "word", "money") and any(m.start() <= start < m.end() for m in _DEAL.finditer(
            text, max(0, start - 40), min(len(text), end + 40))):
        return "price"
    if kind in ("percent", "money", "count") and (_OFF_AFTER.match(after) or _SAVE_BEFORE.search(before)) and \
            _OFFER_WORDS.search(_sentence(text, start, end)) and not _gift(text, start, end, before, after):
        return "offer"
    return None
