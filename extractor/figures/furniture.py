"""Furniture: numbers a page, a wire copy or a register prints about itself, not reported figures.

A news agency's copy carries a slug: when it moved ('Moved: 1612 Monday'), how long it is
('Words: 412') and, on each later take, its page ('... (WRAP) - 2 -'). A data portal's
preview says how much of the file it shows ('Showing 5 of 10 rows', 'Showing 1 to 25 of 240
entries'), a forum's or a results list's page links which page the reader is on ('Pages: [1] 2  Go
Down', '« Prev 1 2 [3] 4 Next »'). A committee paper and a risk register name their items by number ('Paper 4.2',
'Risk 3017 (staffing of the duty team)', 'Action 12 is complete'): a label, where a count has its noun
after it ('Risk 12 children ...' never names a risk). A heading says how many items its list holds
('OUR FOUR PROMISES', 'Five things you need to know', 'Our 3 priorities'): the document's own items.
A page's footer prints its number beside the publisher's web address ('www.example.gov.uk 22',
'14 | westshire.gov.uk/safeguarding'). A PDF whose font has no map for a glyph prints the glyph's code in its text ('(cid:127)' for a
bullet, '(cid:3)' for a space). A webcast's or a scan's text notes how well a machine wrote it down
('Caption accuracy: machine generated, 88% estimated')."""

from __future__ import annotations

import re

from ..line import line_of

# what the number is (reject.py words each as the reason `show` lists)
PAGE, TIME, LENGTH, PAGER, LABEL, ITEMS, GLYPH = "page", "time", "length", "pager", "label", "items", "glyph"
ACCURACY = "accuracy"

# a note on how well a machine wrote the text down, on the same line as the number: 'Caption accuracy:
# machine generated, 88% estimated', 'Transcript confidence 88%', 'OCR accuracy: 97 per cent'
# (a service's 'recording accuracy was 94%' is a finding)
_MACHINE_TEXT = re.compile(r"\b(?:captions?|captioning|subtitles?|subtitling|transcripts?|transcription|speech[\s-]+(?:recognition|"
                           r"to[\s-]+text)|OCR|machine\s+translation|auto(?:matic|mated)?[\s-]*(?:generated|translated))\b", re.I)
_QUALITY = re.compile(r"\b(?:accuracy|accurate|confidence|error\s+rate|word\s+error|quality)\b", re.I)

# a take's page between dashes, alone at the end of its line: '- 2 -', '– 3 –', '-4-'
_TAKE_BEFORE = re.compile(r"(?:^|\s)[-–—][ \t]?$")
_TAKE_AFTER = re.compile(r"^[ \t]?[-–—][ \t]*(?:\n|$)")
# a time on the 24-hour clock written as four digits, in a slug's field or with a zone or a day after
# it: 'Moved: 1612', 'Filed 0915 GMT', 'Updated: 2210 Tuesday', 'at 1830 hrs'
_FIELD_BEFORE = re.compile(r"\b(?:moved|filed|sent|updated|posted|issued|released|embargo(?:ed)?(?:\s+(?:until|till))?|"
                           r"time|transmitted|timed|last\s+updated)\s*:?\s*$", re.I)
_ZONE_AFTER = re.compile(r"^\s*(?:GMT|BST|UTC|CET|hrs|hours\b(?!\s+(?:of|a|per|each|every|in|over|to|on|late|later)\b)|h\b)|"
                         r"^\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
_CLOCK = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
# a field giving a text's length: 'Words: 412', 'Word count: 1,204', 'Length: 850', 'Characters: 2,400'
_LENGTH_BEFORE = re.compile(r"\b(?:words|word\s+count|wordcount|length|characters|character\s+count)\s*:\s*$", re.I)
# a pager: 'Showing 5 of 10 rows', 'Results 11 to 20 of 57', 'Showing 1 to 25 of 240 entries', 'Displaying 1-20 of 245 results',
# 'Viewing records 11 - 20 of 57'
_PAGER = re.compile(r"(?:\b(?:showing|displaying|viewing)\s+(?:(?:rows?|entries|results?|records?|items?)\s+)?"
                    # or, at a line's start, the pager's noun first: 'Results 11 to 20 of 57'
                    r"|^[ \t]*(?:results|records|items|entries)\s+)"
                    r"\d[\d,]*(?:\s*(?:-|–|to)\s*\d[\d,]*)?\s+of\s+(?:about\s+)?\d[\d,]*"
                    r"(?=\s+(?:rows|entries|results|records|items|datasets|documents|matches|columns|files)\b|\s*[(.,)|]|\s*$)",
                    re.I | re.M)
# a page links line: a 'Page(s)' field or the arrows of a pager, then only page numbers (the current
# one in brackets) and the links' words: 'Pages: [1] 2   Go Down', '« Prev  1 [2] 3  Next »'
_LINK_WORD = r"(?:go\s+(?:down|up)|next|prev(?:ious)?|first|last|all|older|newer|top|bottom|[«»‹›<>…]|\.{3})"
_PAGE_LINKS = re.compile(rf"^[ \t]*(?:pages?\s*(?:\(\d+\))?\s*:|[«‹<]+|prev(?:ious)?\b)(?:[ \t]*(?:\[\d{{1,3}}\]|\d{{1,3}}|{_LINK_WORD}|[|·,]))+[ \t]*$",
                         re.I)
# a register's or a paper's label: 'Paper 4.2', 'Risk 3017 (...)', 'Action 12 is complete', 'Decision 4:'
# ... and an identifier's field: 'Metric ID: 3307', 'Indicator ID 3306', 'Case ref: 5512', 'ID: 77',
# 'Dataset identifier: 311'
_LABEL_BEFORE = re.compile(r"(?-i:\b(?:Paper|Risk|Action|Decision|Motion|Petition|Complaint|Incident|Ticket|Exhibit|"
                           r"Enclosure|Project)[ \t]+|\b(?:ID|Id|Ref|ref|Code|code|[Ii]dentifier)\b[ \t]*:?[ \t]*|\bNo\.[ \t]*:?[ \t]*)$")
# ... a count has its noun or a share's 'of' after it ('Risk 12 children', 'Action 40 per cent'); a
# titled item ('Risk 1 – Delivery of savings') is a code (reject.py)
# (on the same line: a heading under 'Metric ID: 3307' is no noun of it)
_NOT_LABEL_AFTER = re.compile(r"^[ \t]*(?:%|per\b|of\b|out\s+of\b|[–—:-]\s*[A-Za-z])|^[ \t]+(?:children|young\s+people|people|families|cases|"
                              r"risks|actions|incidents|complaints|petitions|papers|decisions|motions|projects)\b", re.I)

# a heading on a line of its own, no sentence, counting the list under it: a determiner or nothing
# before the number, a listing noun after it, and capitals, a possessive or 'for/to/you/we' to show
# it is a title ('OUR FOUR PROMISES', 'Five questions for the director', 'Three ways to get help')
_NUM = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty)"
_ITEM_HEADING = re.compile(rf"^[ \t#*]*(?P<det>(?:(?:my|our|your|the|his|her|their|top|key)\s+)*)({_NUM})\s+(?:[A-Za-z'’-]+\s+)?"
                           r"(?:pledges|promises|priorities|questions|things|ways|reasons|steps|tips|facts|lessons|"
                           r"takeaways|commitments|asks|myths|signs|messages)\b(?P<rest>\s+(?:for|to|you|we|on|from|that|about|"
                           r"every|in|of)\b[^.!?\n]{0,50})?[ \t:]*$", re.I)

# a footer line: a web address and a page number, nothing else
_URL = r"(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:/[\w./-]*)?"
_FOOTER = re.compile(rf"^[ \t]*(?:{_URL}[ \t|·•–-]+(\d{{1,3}})|(\d{{1,3}})[ \t|·•–-]+{_URL})[ \t]*$", re.I)


def _item_heading(text: str, start: int) -> bool:
    ls, line = line_of(text, start)
    m = _ITEM_HEADING.match(line)
    return bool(m and ls + m.start(2) == start and (line.isupper() or m.group("det") or m.group("rest")))


def furniture_reason(text: str, start: int, end: int) -> str | None:
    """What the number at start..end is, when it is a page's, a slug's or a register's own number
    (PAGE, TIME, LENGTH, PAGER, LABEL, ITEMS, GLYPH or ACCURACY), or None."""
    raw = text[start:end]
    before, after = text[max(0, start - 40):start], text[end:end + 30]
    ls, line = line_of(text, start)
    if before.endswith("(cid:") and after.startswith(")"):
        return GLYPH  # '(cid:127) looked after at home': a bullet the PDF could not map
    if re.fullmatch(r"\d{1,3}", raw) and _TAKE_BEFORE.search(before) and _TAKE_AFTER.match(after) and \
            text[ls:start].strip(" \t-–—"):
        return PAGE  # '(WRAP) - 2 -': a take's page after its slug
    if _CLOCK.fullmatch(raw) and (_FIELD_BEFORE.search(before) or _ZONE_AFTER.match(after)):
        return TIME  # 'Moved: 1612 Monday', 'Filed 0915 GMT'
    if re.fullmatch(r"\d[\d,]*", raw) and _LENGTH_BEFORE.search(before):
        return LENGTH  # 'Words: 412'
    if _MACHINE_TEXT.search(line) and _QUALITY.search(line) and \
            not re.search(r"[.!?]\s", text[ls:start]) and not re.match(r"\s*(?:%\s*)?(?:of|per\s+cent\s+of)\s", after):
        return ACCURACY  # 'Caption accuracy: machine generated, 88% estimated'
    if re.fullmatch(r"\d{1,3}", raw) and _PAGE_LINKS.match(line) and re.search(r"\d\D+\d", line):
        return PAGER  # 'Pages: [1] 2   Go Down': the page links of a thread or a results list
    for m in _PAGER.finditer(text, max(0, start - 60), min(len(text), end + 40)):
        if m.start() <= start and end <= m.end():
            return PAGER  # 'Showing 5 of 10 rows'
    if re.fullmatch(r"\d+(?:\.\d+)*", raw) and _LABEL_BEFORE.search(before) and not _NOT_LABEL_AFTER.match(after):
        return LABEL  # 'Paper 4.2 | Meeting of ...', 'Risk 3017 (staffing of the duty team)'
    footer = _FOOTER.match(line)
    if footer and ls + (footer.start(1) if footer.group(1) else footer.start(2)) == start:
        return PAGE  # 'www.example.gov.uk 22': a page's number in its footer
    if _item_heading(text, start):
        return ITEMS  # 'OUR FOUR PROMISES', 'Five things you need to know'
    return None
