"""The safeguarding partnership (board, committee, panel) a document names, as it writes it.

A name is capitalised words before a body's head, in the styles UK bodies use:
England "… Safeguarding Children Partnership (Board)", "… Safeguarding Partnership",
"… Safeguarding Together", "… Keeping Children Safe Partnership", "Keeping Bristol Safe
Partnership"; Wales "… Regional Safeguarding Board"; Scotland "… Child (Public) Protection
Committee"; Northern Ireland "Safeguarding Board for Northern Ireland", "… Safeguarding Panel";
a "… Safeguarding Adults Board" that publishes the document (its title, running header or masthead);
and, when no such body is named, a "… Child Death Overview (or Review) Panel". The name is never glued
to a person or a role ("Ian Rush, Chairman of the …" gives the body alone), and a generic
phrase with no place ("the Local Safeguarding Children Board") is no name.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from .area import area_in_name
from .councils import lookup
from .genre import is_address
from .publisher import council_publisher, outside_publisher

_QUALIFIER = (r"(?:Children(?:['’]s)?|Childrens|Adults\s+and\s+Children|Vulnerable\s+People|"
              r"Assurance|Multi-Agency|Strategic|Community|Communities|Integrated|People)\s+")
# Heads of a body's name; the first group outranks the second (a panel of several areas).
_HEADS = (
    r"(?:(?:Local|Regional)\s+)?Safeguarding\s+(?:" + _QUALIFIER + r"){0,2}"
    r"(?:Partnership(?:\s+Board)?|Board|Together|Panel)"
    r"|Keeping\s+Children\s+Safe\s+(?:Partnership|Board)"
    r"|(?:Child|Public)\s+Protection\s+(?:Committee|Partnership)",
    # A council's children's partnership with no "Safeguarding" in its name ("Devon Children
    # and Families Partnership"): only after a council's own name (see _council_body).
    r"Children(?:['’]s)?\s+(?:and\s+(?:Families|Young\s+People(?:['’]s)?)\s+)?Partnership",
    # A safeguarding adults board (the Care Act's): the document's body only when it publishes
    # the document (its title, a running header or its masthead), and then as a safeguarding
    # body's equal; named only in the text, it is another's partner and not counted.
    r"Safeguarding\s+Adults?\s+(?:Partnership(?:\s+Board)?|Board)|Adults?\s+Safeguarding\s+(?:Partnership(?:\s+Board)?|Board)",
    r"Child\s+Death\s+(?:Overview|Review)\s+(?:Panel|Partnership)",
)
_COUNCIL_BODY_TIER = 1
_ADULTS_TIER = 2
# A download link ("annual report (PDF, 860 KB)") names a document, not the page's body.
_LINK_LINE = re.compile(r"\((?:PDF|DOCX?|XLSX?|ODT|RTF)\b[^)\n]*\b\d[\d.,]*\s*[KMG]B\)", re.I)
_PREFIX = (r"((?:[A-Z][\w’'.]*(?:-[a-z]+-[A-Z][\w]*|-[A-Z][\w]*|-[a-z]+)?"
           r"(?:\s+(?:and|&|upon|on|with|of)(?:\s+the)?\s+|\s+|,\s+))+?)")
_NAMES = [re.compile(_PREFIX + r"((?:" + head + r")\b)") for head in _HEADS]
# "Safeguarding Children Partnership for Bath and North East Somerset", "Children’s Safeguarding
# Assurance Partnership for Lancashire": the place after the head (a "Children’s" before it is the name’s).
_NAME_FOR = re.compile(
    r"\b((?:(?:Local|Children(?:['’]s)?|Childrens)\s+)?Safeguarding\s+(?:" + _QUALIFIER + r"){0,2}(?:Partnership|Board)\s+"
    r"(?:for|of)\s+)"
    r"((?:the\s+)?[A-Z][\w’'.-]*(?:(?:\s+(?:and|&|upon|on)\s+|\s+)[A-Z][\w’'.-]*)*)")
# "Keeping Bristol Safe Partnership": the place inside the name.
_KEEPING_SAFE = re.compile(r"\bKeeping\s+((?:[A-Z][\w’'-]*\s+(?:and\s+)?){1,4})Safe\s+"
                           r"(?:Partnership|Board)\b")
# A body for a whole nation (the Safeguarding Board for Northern Ireland) is the document's
# only when named more than once or in the title or opening.
_NATION_WIDE = re.compile(r"\b(?:for|of)\s+(?:the\s+)?(?:Northern\s+Ireland|Wales|Scotland|England)$")
_OPENING_CHARS = 1500
_LONG_CHARS = 10000  # a long report: a body it names once, deep in, is not its subject
_NATIONS = re.compile(r"^(?:the\s+)?(Northern\s+Ireland|Wales|Scotland|England)\b")
_LEADING_NOISE = {"the", "a", "an", "by", "for", "of", "and", "to", "in", "at", "from", "with",
                  "chair", "chairman", "independent", "scrutineer", "report", "annual", "said",
                  "says", "told", "according", "our", "this", "its", "their", "copyright", "©",
                  "(c)", "minutes", "agenda"}
# A role before the name: the name starts after it and its "of the" / "for".
_ROLES = {"chair", "chairman", "chairwoman", "chairperson", "vice-chair", "co-chair", "chief",
          "executive", "director", "head", "manager", "lead", "leader", "scrutineer", "member",
          "members", "officer", "spokesman", "spokeswoman", "spokesperson", "coordinator",
          "co-ordinator", "secretary", "councillor", "cllr", "reviewer", "author", "adviser",
          "advisor", "president", "minister", "representative", "partners", "convener",
          "convenor"}
# Words that name no place: a name made only of these is a generic phrase.
_GENERIC = {"local", "regional", "national", "new", "statutory", "joint", "multi-agency",
            "strategic", "independent", "children's", "children’s", "childrens", "each", "every",
            "any", "all", "three", "the", "a", "an", "area", "areas", "former", "previous", "old"}


def _after_role(words: list[str]) -> list[str]:
    """Drop a person or role written before the name ('Ian Rush, Chairman of the')."""
    roles = [i for i, w in enumerate(words) if w.lower().strip("’',") in _ROLES]
    if not roles:
        return words
    rest = words[roles[-1] + 1:]
    while rest and rest[0].lower().strip(",") in ("of", "for", "at", "to", "the", "on"):
        rest = rest[1:]
    return rest


# A list of bodies before the name: "Anytown Council, Anyshire Police and the Anytown
# Safeguarding Children Partnership", "the ICB, the council and Anyshire …". Each listed body's
# name ends on its head word (a council, a force, a trust, a board, a service); the
# partnership's name starts after the last of them.
_LISTED_BODY = re.compile(
    r"\b(?:Council|Councils|Police|Constabulary|Trust|ICB|Board|Commissioner|Service|Services|"
    r"Authority|Police\s+Scotland|Police\s+Service\s+of\s+Northern\s+Ireland|"
    # an NHS body names its place after "NHS": "NHS Greater Manchester", "NHS Fife"
    r"NHS(?:\s+(?!and\b)[A-Z][\w’'-]*){1,4})(?:,\s+|\s+(?:and|&)\s+)(?:the\s+)?")


# A name's place ends next to its head ("Anytown Safeguarding Children Partnership", "Bath and North
# East Somerset …"); capitalised words that end on a joining word ("Working with the", "Thanks to
# the", "Together with the") are a sentence's opening before a generic body, not a place.
_JOINED_HEAD = re.compile(r"\b(?:and|&|upon|on|with|of|the)\s*$")
# A name holds a lower-case "the" only after "and" ("Cornwall and the Isles of Scilly …"): words up
# to another one ("Working with the …") are the sentence's, not the name's.
_CLAUSE_BEFORE = re.compile(r"^.*\b(?<!\band\s)(?<!&\s)the\s+(?=[A-Z])", re.S)


def _clean(prefix: str, head: str) -> str | None:
    prefix = re.split(r"(?<!\bSt)\.\s+", prefix)[-1]  # a sentence ended before the name
    if _JOINED_HEAD.search(prefix):
        return None  # "Working with the Safeguarding Children Partnership": a clause's words, no place
    prefix = _CLAUSE_BEFORE.sub("", prefix)  # "Working with the Anytown …": the name starts after "the"
    listed = list(_LISTED_BODY.finditer(prefix))
    if listed and listed[-1].end() < len(prefix):
        prefix = prefix[listed[-1].end():]  # the last of a list of bodies
    # commas stay on their word: 'Bournemouth, Christchurch and Poole' is written so
    words = _after_role(re.findall(r"[^\s,]+,?", prefix))
    while words and words[0].lower().strip("’',") in _LEADING_NOISE:
        words.pop(0)
    while words and words[0].lower().strip(",") in ("and", "&"):
        words.pop(0)
    if not words or all(w.lower().strip(",") in _GENERIC for w in words):
        return None
    words = _from_area(words, prefix)
    words[-1] = words[-1].rstrip(",")
    return " ".join(words + head.split())


def _from_area(words: list[str], prefix: str) -> list[str]:
    """'However, Sunderland …', 'Ofsted and Sunderland …': the name starts at the area.

    Only after a comma or 'and', so 'Greater Manchester …' keeps its first word.
    """
    starts = [i for i in range(len(words)) if area_in_name(" ".join(words[i:]))]
    if not starts or starts[0] == 0:
        return words
    i = starts[0]
    joined = re.search(rf"(?:,|\band|&)\s+{re.escape(words[i])}\b", prefix)
    return words[i:] if words[i - 1].lower() in ("and", "&") or joined else words


def _name_for(head: str, place: str) -> str | None:
    """'Safeguarding Partnership for ' + 'Bath and North East Somerset', if the place is one."""
    nation = _NATIONS.match(place)
    area = nation.group(1) if nation else area_in_name(place)
    if area is None:
        return None
    return " ".join((head + place[:place.lower().find(area.lower()) + len(area)]).split())


def _council_body(name: str | None) -> str | None:
    """A children's partnership name only when a council's whole name comes before its head."""
    if not name:
        return None
    head = re.search(r"(?:\s+(?:Borough|City|County))?\s+Children", name)
    place = name[:head.start()] if head else ""
    return name if place and area_in_name(place) and \
        len(area_in_name(place) or "") == len(place) else None


# A line break inside a name's words is a wrapped line only when the line before is long prose
# or ends on a joining word; after a short heading line ("Child Practice Review: Child T",
# "Learning Review") the name starts on the new line.
_HEADING_LINE = 60
_HEADING_WORDS = re.compile(r"(?:(?:[A-Z0-9(][\w’'()/.:-]*|of|and|the|for|to|in|on|[/:–-])\s*)+")
_JOINING_END = re.compile(r"(?:,|\band|&|\bof|\bfor|\bthe|\bupon|\bon)\s*$", re.I)


def _unwrapped(text: str, start: int, prefix: str) -> str:
    """`prefix` (matched at `start`) from its last line break that ends a heading line."""
    cut = len(prefix)
    while (cut := prefix.rfind("\n", 0, cut)) >= 0:
        line = text[text.rfind("\n", 0, start + cut) + 1:start + cut]
        if (len(line.strip()) < _HEADING_LINE or _HEADING_WORDS.fullmatch(line.strip())) and \
                not _JOINING_END.search(line):
            return prefix[cut + 1:]
    return prefix


def _names(text: str) -> list[tuple[int, int, str | None]]:
    """(offset, tier, name) of every body name in `text`, download links left out."""
    found = [(m.start(), t, _clean(_unwrapped(text, m.start(1), m.group(1)), m.group(2)))
             for t, rx in enumerate(_NAMES) for m in rx.finditer(text)]
    found = [(s, t, _council_body(n) if t == _COUNCIL_BODY_TIER else n) for s, t, n in found]
    found += [(m.start(), 0, _name_for(m.group(1), m.group(2))) for m in _NAME_FOR.finditer(text)]
    found += [(m.start(), 0, " ".join(m.group(0).split())) for m in _KEEPING_SAFE.finditer(text)
              if m.group(1).split()[0] != "Children"]
    return [(s, t, n) for s, t, n in found
            if not _LINK_LINE.search(text, text.rfind("\n", 0, s) + 1,
                                     len(text) if text.find("\n", s) < 0 else text.find("\n", s))]


def _one_councils(name: str) -> bool:
    """A body of one council alone: the council's name is all its place ("Newham Safeguarding
    Children Partnership"), not one of several ("Kingston and Richmond …") or a region's."""
    head = re.search(r"\s+(?:(?:Local|Regional)\s+)?(?:Safeguarding|Keeping|Child|Public|"
                     r"Children)\b", name)
    keeping = re.match(r"(?:the\s+)?Keeping\s+(.+?)\s+Safe\b", name, re.I)
    place = keeping.group(1) if keeping else \
        re.sub(r"^the\s+", "", name[:head.start()] if head else "", flags=re.I)
    place = re.sub(r"\s+(?:Borough|City|County)$", "", place)
    return bool(place) and area_in_name(place) == place


def _opening(text: str) -> int:
    """Where a text's opening ends: its first 1,500 characters, or a short text's first half."""
    return _OPENING_CHARS if len(text) >= _LONG_CHARS else min(_OPENING_CHARS, len(text) // 2)


def _another_councils(name: str, area: str | None) -> bool:
    """A body whose name begins with a council other than the document's area, and does not
    name the area anywhere ("Northamptonshire …" in a North Northamptonshire paper)."""
    place = area_in_name(re.sub(r"^the\s+", "", name, flags=re.I))
    if not (area and place) or area.lower() in name.lower():
        return False
    council = lookup(place)
    return council is not None and council != lookup(area)


# A list of references at a text's end cites other works by their authors ("City and Anytown
# Safeguarding Children Partnership (2023). Child L: review."): not the text's body.
_REFERENCES = re.compile(r"(?im)^[ \t]*(?:\d{1,2}\.?\s+)?(?:references|bibliography|footnotes|"
                         r"notes\s+and\s+references|works\s+cited|citations)[ \t]*:?[ \t]*$")


def _references(text: str) -> int:
    """Where a list of references in the text's second half starts (the text's end if none)."""
    refs = [m.start() for m in _REFERENCES.finditer(text) if m.start() >= len(text) // 2]
    return refs[-1] if refs else len(text)


# A body of the past: called so ("the former Anytown LSCB", "the old board"), or a board the
# text says a partnership replaced or that was abolished ("Since the partnership replaced the
# board in 2019", "when the LSCBs were abolished", "the board was replaced by a partnership").
# A board that replaced others ("the regional board replaced the six local boards") stays.
_FORMER_BEFORE = re.compile(r"\b(?:former|previous|old|defunct|erstwhile|the\s+then|now[\s-]defunct)"
                            r"\s+(?:the\s+)?$", re.I)
_BOARD_ENDED = re.compile(
    r"\bpartnerships?\s+(?:has\s+|have\s+|had\s+)?(?:replaced|superseded|took\s+over\s+from)\s+"
    r"(?:the\s+|its\s+)?(?:[\w’'-]+\s+){0,5}?(?:board|LSCB)s?\b|"
    r"\b(?:board|LSCB)s?\s+(?:was|were|had\s+been)\s+(?:abolished|disbanded|dissolved|wound\s+up|"
    r"(?:replaced|superseded)\s+by\s+(?:the\s+|a\s+|new\s+)*(?:[\w’'-]+\s+){0,5}?partnerships?)\b",
    re.I)


def _former(text: str, start: int, name: str) -> bool:
    """Whether the body named at `start` is a past one: called former, or a board the text
    says was replaced."""
    if _FORMER_BEFORE.search(text, max(0, start - 25), start):
        return True
    return bool(re.search(r"\b(?:Board|LSCB)$", name)) and bool(_BOARD_ENDED.search(text))


# A body named once as what a council or a case is sent to, or that considered something sent
# to it, is named in passing ("referred three cases to the Anyshire Safeguarding Board",
# "considered by the …", "shared with the …"); so is a body a recommendation is addressed to
# ("4.2 The Anytown Safeguarding Children Partnership and the council should …"). A body that
# acts in the text ("The … notified four serious incidents", "A spokesperson for the … said"),
# publishes it or its figures ("published by the …", "according to the …"), or carries out
# the review it reports ("a child practice review by the …") is the text's.
# The body may stand last in a list after the word ("shared with the Welsh Government, the
# Anyshire Regional Safeguarding Board and …"), and a body one of those that fund the work
# ("funded by Anytown Council, the NHS and the …") is named in passing too.
_LIST_BEFORE = (r"(?:(?:the\s+)?(?:(?:[A-Z][\w’'-]*\s+){0,6}[A-Z][\w’'-]*|[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*)?)"
                r"(?:,\s+|\s+(?:and|&)\s+))*")
_PASSING_BEFORE = re.compile(r"(?i:(?<!\baccording\s)\b(?:to|into|with|via|through)\s+)"
                             + _LIST_BEFORE + r"(?i:(?:the\s+)?)$|"
                             r"(?i:\b(?:considered|commissioned|discussed|scrutinised|noted|"
                             r"received|approved|funded|paid\s+for|financed|sponsored)\s+by\s+)"
                             + _LIST_BEFORE + r"(?i:(?:the\s+)?)$|"
                             # a recommendation's addressee in the subjunctive ("Recommendation 3:
                             # that the … reviews its policy", "We recommend that the …")
                             r"(?i:\brecommend(?:s|ed|ations?)?(?:\s+\d+(?:\.\d+)?)?\s*[:.–-]?\s*"
                             r"that\s+)" + _LIST_BEFORE + r"(?i:(?:the\s+)?)$")
# ... and so is a body the text says was given another's document ("The Anyshire Regional
# Safeguarding Board received the health board's audit in August").
_RECEIVED_AFTER = re.compile(r"\s+(?:received|was\s+(?:sent|given|shown))\s+(?:a\s+copy\s+of\s+)?"
                             r"(?:the|a|an)\s+(?:[\w’'-]+\s+){0,4}?(?:report|audit|paper|update|"
                             r"briefing|findings|summary|review|plan)\b", re.I)
_ADDRESSED_AFTER = re.compile(r"(?:(?:[’']s)?\s+(?:and|,)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,5}?)?\s*"
                              r"(?:should|must|(?:is|are)\s+(?:asked|recommended)\s+to)\b")


# A body's name used to name one of its documents or procedures ("escalated under the Anytown
# Safeguarding Children Partnership escalation policy", "the … Partnership's threshold
# guidance", "… Board procedures") names the thing, not the body at work.
_ITS_THING_AFTER = re.compile(
    r"(?:[’']s\s+(?:[a-z][\w-]*\s+){0,2}|\s+(?:(?:multi-agency|inter-agency|online|local|model|joint|"
    r"revised|current|new|referral|reporting)\s+)*)"
    r"(?:escalation|resolution|threshold|thresholds|procedures?|polic(?:y|ies)|protocols?|guidance|"
    r"website|web\s+site|web\s+pages?|training|e-learning|toolkits?|framework|pathways?|"
    r"forms?|templates?|leaflets?|strateg(?:y|ies)|standards|tools?|toolkits?)\b", re.I)
# ... and so does a body named as the owner of procedures the author follows, the name after them
# ("The home follows the procedures of the Anytown Safeguarding Children Partnership", "in line
# with the policies and guidance of the …", "under the thresholds set by the …", "Guidance for
# carers is published by the …").
_ITS_THING_BEFORE = re.compile(
    r"(?i:\b(?:procedures?|polic(?:y|ies)|protocols?|guidance|thresholds?|strateg(?:y|ies)|"
    r"standards|toolkits?|framework)\s+(?:for\s+(?:[a-z][\w’'-]*\s+){1,2})?(?:(?:is|are)\s+)?"
    r"(?:(?:issued|set|agreed|published)\s+)?(?:of|by|from)\s+)"
    r"(?i:(?:the\s+)?)$")

# A council motion's recitals: the facts the council "notes" ("This Council notes that:"), each a
# lettered or numbered item. A body named only there is cited as evidence for the motion, not
# the motion's author or subject.
_RECITALS_HEAD = re.compile(r"(?im)^[ \t]*(?:this\s+|the\s+)?(?:council|committee|board)\s+"
                            r"(?:further\s+|also\s+)?(?:notes|recognises|recognizes|acknowledges)"
                            r"(?:\s+that)?[ \t]*:?[ \t]*$")
_RECITAL_ITEM = re.compile(r"[ \t]*(?:\(?[a-z]{1,3}\)|\(?\d{1,2}[.)]|[•*-])\s+\S")


def _in_recitals(text: str, start: int) -> bool:
    """Whether `start` lies in the items under a motion's recitals head (see above)."""
    for head in _RECITALS_HEAD.finditer(text, 0, start):
        pos, previous = text.find("\n", head.end()) + 1, ":"
        while 0 < pos <= start:
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            line = text[pos:end].strip()
            if line and not _RECITAL_ITEM.match(line) and previous.endswith((".", ";", ":", "!", "?")):
                break  # the list has ended: "This Council believes …", "resolves to:"
            if start < end:
                return True
            previous = line or previous  # an item wrapped onto the next line goes on
            pos = end + 1
    return False


# ... but the board a service or its report answers to oversees the work the text gives account
# of: "We report twice a year to the …", "The team reports to the council each quarter and to
# the … annually", "the report is to be presented to the …", "accountable to the …".
_ANSWERS_TO = re.compile(
    r"\b(?:report(?:s|ed|ing)?|(?:is|are|was|were|will\s+be|be)\s+(?:presented|submitted|"
    r"accountable|answerable)|present(?:s|ed)?|submit(?:s|ted)?|accountable|answerable)\b"
    r"[^.!?\n]{0,90}?\bto\s+(?:the\s+)?$", re.I)
_SENT = re.compile(r"\b(?:referr?(?:ed|als?|ing)?|passed|sent|escalated|shared|forwarded|"
                   r"notified|reported\s+(?:\w+\s+){0,3}(?:concerns?|incidents?|cases?))\b", re.I)


def _answers_to(text: str, start: int) -> bool:
    """Whether the sentence before `start` says the service or its report answers to the body
    named there (see above), not that a case was sent to it."""
    line = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    before = text[line:start]
    return bool(_ANSWERS_TO.search(before)) and not _SENT.search(before)


# ... but a body the sentence shows at the area's case reviews does the area's safeguarding work,
# however it is named: "Nine referrals were considered by the …",
# "Through the …, two cases met the criteria for a Child Practice Review", "We referred three cases
# to the … for it to consider a review", "The review, commissioned by the …" (corpus/README.md,
# 'Conventions settled', 2). Sharing data, training, audits or learning with a body is not that work.
_REVIEW_WORK = re.compile(
    r"\b(?:(?:rapid|case|practice|learning|serious\s+case|concise|extended|local)\s+reviews?|"
    r"LCSPRs?|CPRs?|SCRs?|serious\s+incidents?|referr(?:al|als|ed|ing)\b|"
    # a review named by its child's letter: "the Child W review", "the Baby T review"
    r"\b(?:Child|Baby|Family)\s+[A-Z]\d?\s+(?:[\w-]+\s+)?reviews?\b|"
    r"(?<![\w-])(?:the|a)\s+review\b(?!\s+(?:group|sub-?group|panel|of\s+(?:its|their|our)\b)))", re.I)


def _review_work(text: str, start: int) -> bool:
    """Whether the sentence that names a body at `start` shows it at the area's case reviews
    (see _REVIEW_WORK)."""
    return bool(_REVIEW_WORK.search(_sentence_before(text, start) + _sentence_after(text, start)))


# A body another writer shows holding the area's reviews, the agent of a review word in its
# sentence ("rapid reviews held by the …", "the review the … commissioned", "The … published one
# practice review"): the area's partnership, named once in a charity's, a school's or a person's
# text (corpus/README.md, 'Conventions settled', 7).
_HOLDS_BEFORE = re.compile(r"(?i:\b(?:held|convened|published|commissioned|led|chaired|carried\s+out|"
                           r"undertaken|conducted)\s+by\s+(?:the\s+)?)$")
_HOLDS_AFTER = re.compile(r"(?:[’']s)?\s+(?:has\s+|had\s+|have\s+|also\s+)*(?:held|convened|published|"
                          r"commissioned|carried\s+out|undertook|conducted)\b")


# ... or the sentence names it again by its head word as that agent ("… Partnership's training, and
# we attended the partnership's event on the Child W review, which the partnership published").
_HOLDS_AGAIN = re.compile(r"\b(?:the|which\s+the|that\s+the)\s+(?:partnership|board|committee)\s+"
                          r"(?:has\s+|had\s+|have\s+|also\s+)*(?:held|convened|published|commissioned|"
                          r"carried\s+out|undertook|conducted)\b", re.I)


def _holds_reviews(text: str, start: int) -> bool:
    """Whether the sentence naming a body at `start` shows it holding the area's reviews (see
    above): the agent of a holding verb, and a review word in the same sentence."""
    if not _review_work(text, start):
        return False
    if _HOLDS_BEFORE.search(_sentence_before(text, start)):
        return True
    article = re.match(r"(?:the|The)\s+", text[start:])
    at = start + (article.end() if article else 0)
    end = next((n.end() for rx in _NAMES if (n := rx.match(text, at))), None)
    return end is not None and bool(_HOLDS_AFTER.match(text, end) or
                                    _HOLDS_AGAIN.search(_sentence_after(text, end)))


def _sentence_after(text: str, start: int) -> str:
    """The rest of the sentence from `start` (a name's own full stops, as in 'St. Helens', end it
    early: a shorter reading, never a longer one)."""
    after = text[start:start + 300]
    ends = [i for i in (after.find(". "), after.find(".\n"), after.find("\n\n")) if i >= 0]
    return after[:min(ends)] if ends else after


def _in_passing(text: str, start: int) -> bool:
    """Whether the body whose name is matched at `start` is named in passing (see above)."""
    article = re.match(r"(?:the|The)\s+", text[start:])
    at = start + (article.end() if article else 0)
    before = text[max(0, start - 160):start]
    before = before[max(before.rfind("."), before.rfind("\n")) + 1:]
    if _PASSING_BEFORE.search(before):
        return not _answers_to(text, start) and not _review_work(text, start)
    if _owner_named(text, start):
        return True
    end = next((n.end() for rx in _NAMES if (n := rx.match(text, at))), None)
    return end is not None and bool(_ADDRESSED_AFTER.match(text, end) or
                                    _RECEIVED_AFTER.match(text, end))


def _owner_named(text: str, start: int) -> bool:
    """Whether the body named at `start` is named as the owner of a document or a procedure
    ("the … Partnership's threshold document", "the procedures of the …": see _ITS_THING_AFTER)."""
    before = text[max(0, start - 160):start]
    if _ITS_THING_BEFORE.search(before[max(before.rfind("."), before.rfind("\n")) + 1:]):
        return True
    article = re.match(r"(?:the|The)\s+", text[start:])
    at = start + (article.end() if article else 0)
    end = next((n.end() for rx in _NAMES if (n := rx.match(text, at))), None)
    return end is not None and bool(_ITS_THING_AFTER.match(text, end))


# A partnership or board that heads the document, a council's name first, publishes it when no
# safeguarding body is named: "Anytown Domestic Abuse Partnership Board | MARAC Annual Report",
# "Anyshire Community Safety Partnership" on the first line or a running header. A council, a
# health board or a trust is not a partnership.
_BOARD_HEAD = re.compile(r"(?:[A-Z][\w’'-]*,?\s+(?:(?:and|&|of|for|on)\s+)?){1,10}?"
                         r"(?:Partnership(?:\s+Board)?|Board)")
# Nor is a board or partnership whose name says it serves something other than children's
# safeguarding: Scotland's integration joint boards (health and social care), a council's
# improvement, transformation or programme board, an enterprise, economic, housing, transport or
# pension body, a partnership named for the services it plans (Scotland's "… Children's Services
# Partnership", a "… Family Services Partnership": tests/test_kind_who_publishes.py), or a body of
# the justice system ("… Local Family Justice Board": tests/test_partnership_owner_and_outside.py).
# (A corporate parenting board stays: tests/test_partnership_passing.py.)
_NOT_BOARD = re.compile(r"\b(?:Council|Health|NHS|Trust|University|Education|School|Police|"
                        r"Fire|Scrutiny|Cabinet|Audit|Planning|Licensing|Executive|Integration|"
                        r"Joint|Improvement|Transformation|Programme|Project|Enterprise|Economic|Growth|"
                        r"Housing|Transport|Pensions?|Investment|Services|"
                        # ... or the family courts' (a local family justice board, a youth justice
                        # board, a magistrates' bench): the justice system's, not safeguarding's
                        r"Justice|Courts?|Magistrates['’]?)\b")


def _publishing_board(text: str, context: list[str] | tuple[str, ...]) -> str | None:
    """The partnership or board named as a segment of the text's first line or a running
    header (see above)."""
    lines = [text.lstrip().split("\n", 1)[0], *context]
    for line in lines:
        for part in re.split(r"\s+[|–—-]\s+|\s*\|\s*", line):
            part = part.strip()
            if _BOARD_HEAD.fullmatch(part) and not _NOT_BOARD.search(part) and \
                    area_in_name(part) and part != area_in_name(part):
                return part
    return None


# Wales's regional safeguarding boards by their Welsh names, as a bilingual text writes them
# beside the English ("Bwrdd Diogelu Gogledd Cymru", mutated "Fwrdd Diogelu …" after "at",
# "i", "gan"): a mention of the same body.
_WELSH_BOARDS = {
    "north wales": r"Gogledd\s+Cymru",
    "mid and west wales": r"Canolbarth\s+a\s+Gorllewin\s+Cymru",
    "west glamorgan": r"Gorllewin\s+Morgannwg",
    "cwm taf morgannwg": r"Cwm\s+Taf\s+Morgannwg",
    "cardiff and vale": r"Caerdydd\s+a['’]r\s+Fro",
    "gwent": r"Gwent",
}


def _welsh_mentions(text: str, name: str) -> int:
    """How often a Welsh regional board named in English is named in Welsh too."""
    m = re.match(r"(?:the\s+)?(.+?)\s+(?:Regional\s+)?Safeguarding\s+(?:Children\s+)?Board$", name,
                 re.I)
    place = _WELSH_BOARDS.get(m.group(1).lower()) if m else None
    if place is None:
        return 0
    return len(re.findall(rf"\b[BF]wrdd\s+Diogelu\s+(?:Plant\s+)?(?:Rhanbarthol\s+)?{place}\b", text))


# A body the text says its author belongs to, as one of its members ("The Service is a relevant
# agency of the Anyshire Safeguarding Children Board", "we sit on the …", "The trust is a member
# of the …", "as a statutory partner in the …"): the author's partner, whose member's own report
# (a fire service's, a trust's, a college's) is not the body's, unless the text is written for
# it ("prepared for the …", "a report to the …").
_MEMBER_BEFORE = re.compile(
    r"(?i:(?:\b(?:is|are|was|were|as|being)\s+(?:also\s+)?(?:a|an|one\s+of\s+the)?\s*"
    r"(?:relevant|member|statutory|named|partner)\s+(?:agenc(?:y|ies)|organisations?|bod(?:y|ies)|"
    r"partners?)\s+(?:of|on|in|to|within|for)|\bwe\s+(?:also\s+)?(?:sit|sat)\s+on|"
    r"\bwe\s+(?:are|were)\s+(?:also\s+)?(?:represented\s+on|(?:a\s+|full\s+)*members?\s+of))"
    r"\s+(?:the\s+)?)$")
_WRITTEN_FOR = re.compile(r"(?i)\b(?:prepared|written|produced|compiled|commissioned)\s+"
                          r"(?:[\w’'-]+\s+){0,6}?for\s+(?:the\s+)?$|"
                          # ... or sent to it: "This report … is shared with the …"
                          r"\b(?:report|it|this)\b[^.!?\n]{0,200}?\b(?:is|was|will\s+be|are)\s+"
                          r"(?:also\s+)?(?:shared|sent|copied|circulated)\s+(?:with|to)\s+(?:the\s+)?$")


def _written_for(text: str, start: int) -> bool:
    """Whether the sentence before `start` says the text is written for the body named there,
    reports or answers to it, or is sent to it."""
    before = _sentence_before(text, start)
    return bool(_WRITTEN_FOR.search(before)) or _answers_to(text, start)


def _sentence_before(text: str, start: int) -> str:
    before = text[max(0, start - 300):start]
    return before[max(before.rfind(". "), before.rfind("\n")) + 1:]


def _member_of(text: str, starts: list[int]) -> bool:
    """Whether the text says its author is a member of the body named at `starts` and is not
    written for it (see _MEMBER_BEFORE)."""
    if any(s < 0 for s in starts):
        return False  # the title or a running header names it
    if any(_written_for(text, s) for s in starts):
        return False
    return any(_MEMBER_BEFORE.search(_sentence_before(text, s)) for s in starts)


def _in_heading(text: str, start: int) -> bool:
    """Whether `start` lies on one of the text's first three non-blank lines and that line is a
    heading (short, not a sentence): the document's title or masthead."""
    line_start = text.rfind("\n", 0, start) + 1
    if sum(1 for line in text[:line_start].split("\n") if line.strip()) >= 3:
        return False
    end = text.find("\n", start)
    line = text[line_start:len(text) if end < 0 else end].strip()
    return len(line) <= 120 and not line.endswith((".", "!", "?"))


# A report whose opening says it reviews a safeguarding board or partnership ("Inspection of
# services for children … and Review of the effectiveness of the Local Safeguarding Children
# Board", "with an evaluation of the local safeguarding partnership") is about the area's body,
# however seldom it names it: the area's board named once, deep in, is its subject, not an
# overseer named in passing.
_REVIEWS_BOARD = re.compile(
    r"\b(?:review|evaluation|assessment|inspection)\s+of\s+(?:the\s+)?"
    r"(?:effectiveness\s+of\s+(?:the\s+)?)?(?:(?:local|area[’']s)\s+)?"
    r"(?:safeguarding\s+children(?:[’']s)?\s+(?:board|partnership)|LSCB|LSCP|"
    r"safeguarding\s+(?:board|partnership|partners))(?![a-z])", re.I)


def _reviewed_body(text: str, area: str | None) -> Callable[[str], bool]:
    """Whether a body is the area's own one that the text's opening says it reviews."""
    if not area or not _REVIEWS_BOARD.search(text[:_opening(text)]):
        return lambda name: False
    prefix = area.lower()
    return lambda name: re.sub(r"^the\s+", "", name, flags=re.I).lower().startswith(prefix)


def find_partnership(text: str, area: str | None = None, title: str | None = None,
                     context: list[str] | tuple[str, ...] = (),
                     areas: list[str] | tuple[str, ...] = ()) -> str | None:
    """The body the document names most (a safeguarding body before a panel; ties: the area's).

    The title counts too: a web page's title often ends with the site's name, the body that
    publishes it ("Learning from reviews | Anyshire Safeguarding Children Partnership"); so do
    the lines about the document that are not its text (`context`: a PDF's author, its
    running headers, an HTML page's whole <title>).

    `areas`: the councils a document about several covers (area None); one council's own body
    is then not the document's (a round-up of four boroughs names four partnerships).
    """
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    tier: dict[str, int] = {}
    found = [(-1, t, n) for line in (title or "", *context) for _s, t, n in _names(line)]
    found += [(s, t, n) for s, t, n in _names(text) if s < _references(text) and
              not (n and _former(text, s, n))]
    starts: dict[str, list[int]] = {}
    for start, t, name in sorted(found, key=lambda f: f[0]):
        if name:
            starts.setdefault(name, []).append(start)
            counts[name] += 1
            first.setdefault(name, start)
            tier[name] = min(tier.get(name, t), t)
    for name in counts:
        counts[name] += _welsh_mentions(text, name)
    for name in [n for n in counts if tier[n] == _ADULTS_TIER]:
        if any(s < 0 or _in_heading(text, s) for s in starts[name]):
            tier[name] = 0  # the adults board that publishes the document is its body
        else:
            del counts[name]  # an adults board the text names but does not publish under
    long_text = len(text) >= _LONG_CHARS
    reviewed = _reviewed_body(text, area)
    for name in [n for n in counts if (_NATION_WIDE.search(n) or long_text) and not reviewed(n)]:
        if counts[name] == 1 and first[name] >= _opening(text):
            # the nation's board, or any body in a long report about something else (an
            # inspection of a council's services), named once in passing, as an overseer
            del counts[name]
    named = set(counts)  # every body named, before those named in passing are left out
    several = area is None and len(areas) >= 2
    for name in [n for n in counts if counts[n] == 1 and first[n] >= 0 and _in_recitals(text, first[n]) and
                 not _review_work(text, first[n])]:
        del counts[name]  # cited among a motion's recitals, wherever they stand
    for name in [n for n in counts if _member_of(text, starts[n]) and
                 not any(s >= 0 and _review_work(text, s) and not _MEMBER_BEFORE.search(_sentence_before(text, s))
                         for s in starts[n])]:
        del counts[name]  # a body the author sits on: its member's own report is not the body's
        # (unless the text shows the body at the area's case reviews)
    for name in [n for n in counts if counts[n] == 1 and first[n] >= 0 and not _in_heading(text, first[n]) and
                 _owner_named(text, first[n]) and not _holds_reviews(text, first[n])]:
        del counts[name]  # named once, only as the owner of a document or procedure the text
        # follows (corpus/README.md, 'Conventions settled', 2), wherever it stands
    if area and council_publisher(text, context):
        for name in [n for n in counts if counts[n] == 1 and first[n] >= 0 and
                     not _in_heading(text, first[n]) and not _one_councils(n) and
                     _in_passing(text, first[n]) and not _written_for(text, first[n])]:
            del counts[name]  # a council's own report on its area names once, in passing, a body
            # of several councils (a regional board) that it works through: not its subject
    late = [n for n in counts if counts[n] == 1 and first[n] >= _opening(text) and not reviewed(n)]
    # a school's, a charity's or a data service's own document cites a partnership it names once
    outside = bool(late) and outside_publisher(text, context, context[0] if context else None) \
        in ("school", "charity", "data service")
    # (a union's or a diocese's body rule is for kind only); a person's speech cites a body too,
    # even one it shows at the area's reviews (styles18 l07)
    address = bool(late) and is_address(text, context)
    for name in late:
        if _another_councils(name, area) or several or address or \
                (outside and not _holds_reviews(text, first[name])) or \
                (_in_passing(text, first[name]) and not _holds_reviews(text, first[name])):
            del counts[name]  # another council's body, named once in passing (a letter writer's
            # "the county's partnership", a witness's own board); a voice in a story about
            # several councils; a body the text only sends to or hears from
    if not counts:
        return None if named else _publishing_board(text, context)

    def rank(name: str) -> tuple[int, int, int, int]:
        has_area = int(bool(area) and name.lower().startswith(str(area).lower()))
        return (-tier[name], counts[name], has_area, -first[name])

    best = max(counts, key=rank)
    if tier[best] == len(_HEADS) - 1 and any(tier[n] == 0 for n in named):
        return None  # a child death panel stands in for a safeguarding body only when none is
        # named: one named in passing is still the text's, not the panel
    return None if area is None and len(areas) >= 2 and _one_councils(best) else best
