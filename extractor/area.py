"""The area a document is about: one UK council, or none when it covers several or the nation.

Counts the councils the Doc names (AREA entities from the gazetteer, and the council a
PARTNERSHIP or COUNCIL name begins with), title and opening weighted up. A council named only
as a comparator ("statistical neighbours such as …", "compared with …") or in a postal address
does not count, nor a word that is a council's name only when capitalised ("reading").
When no council stands out -- three or more named about equally, or six or more named with
none well ahead, and none in the title -- the
document is about several areas (a national story, a regional board): area None, and the
councils in `areas`.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .councils import PREFIX_PATTERN, Council, councils, lookup
from .genre import BYLINE_LINE, is_debate_record, is_evidence_transcript
from .numbers import parse_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_OPENING_CHARS = 1500
_LEAD_CHARS = 600  # headline, standfirst and first sentence: where a story says where it is
_NATIONAL = re.compile(r"\b(?:England|Wales|Scotland|Northern\s+Ireland|UK|United\s+Kingdom|"
                       r"Britain|national(?:ly)?|nationwide|across\s+the\s+country|councils)\b")
_TITLE_WEIGHT = 3
_DOMINANCE = 1.5  # the top council must be named this many times more than the next
_SEVERAL_MIN = 3  # ...and 'several councils' needs three each named more than in passing
_MANY = 6  # ...or this many councils named at all ("Kent recorded 41, Essex 37 and …")
_COMPARATOR = re.compile(
    r"(?:statistical\s+neighbours?|comparator(?:s|\s+(?:authorities|councils|areas))?|"
    r"similar\s+(?:areas|authorities|councils)|neighbouring\s+(?:areas|authorities|councils)|"
    r"compared\s+(?:with|to)|(?:higher|lower|more|fewer|better|worse)\s+than"
    r"(?!\s+(?:\d|a\s|an\s|one|two|three|four|five|six|seven|eight|nine|ten|twelve|half|"
    r"twice|double))|"
    r"than\s+in)\b[^.;\n]{0,80}$", re.I)
# A person's past role, in a biography ("our guest author previously chaired the Anytown
# Safeguarding Children Partnership", "Dr Lee, formerly director of children's services at Anyshire
# County Council", "a former social worker in Anytown"): the council was the person's, not the
# document's subject.
_PAST_ROLE = re.compile(
    r"\b(?:previously|formerly|former|once|until\s+(?:recently|(?:19|20)\d\d))\s+"
    r"(?:(?:was|been|served|worked|acted)\s+(?:as\s+)?)?(?:an?\s+|the\s+)?"
    r"(?:[\w’'-]+\s+){0,5}?(?:chair(?:ed|man|woman|person)?|led|ran|headed|director|manager|head|"
    r"social\s+worker|officer|lead|member|leader|chief\s+executive|councillor)\b"
    r"[^.;\n]{0,60}$", re.I)
# A council's name used as a verb ("Reading the report") or as a person's ("Mr Stirling").
_NOT_A_PLACE_AFTER = {"the", "a", "an", "this", "that", "these", "those", "his", "her", "their",
                      "our", "its", "it", "them", "through", "about"}
# A place name inside a company's or a club's name ("Leeds Building Society", "National
# Westminster Bank") is not the council.
_ORG_AFTER = {"bank", "building", "ltd", "limited", "plc", "llp", "gbp", "fc", "university",
              "airport", "holdings", "group", "rovers", "united", "wanderers", "city fc",
              "trains", "railway", "railways", "buses"}
_ORG_BEFORE = {"national", "royal"}
# A council's name inside another place's ("New York", "Old Trafford" the stadium).
_OTHER_PLACE_BEFORE = {"New", "Old"}
# A court named after its town sits for a wider area: "Liverpool Crown Court" in a story
# about a Wirral child does not make the story Liverpool's.
_COURT_AFTER = re.compile(r"\s+(?:Crown|Magistrate(?:s['’]?|['’]s)|Youth|Family|Coroner['’]?s['’]?|"
                          r"County|Combined|Civil\s+and\s+Family)\s+Courts?\b")
# A church's see named after its town covers a wider area: "the Diocese of Blackburn", "the
# Bishop of Leeds", "Chester Cathedral" are the church's, not the council's.
_SEE_BEFORE = re.compile(r"\b(?:Diocese|Bishop|Archbishop|Archdeacon|Archdeaconry|Dean|See)\s+of\s+$")
_SEE_AFTER = re.compile(r"\s+(?:Cathedral|Diocese|Diocesan)\b")
# "Westminster" in a text about Parliament ("a busy few months in Westminster", "Westminster
# Hall") is Parliament, not the City of Westminster's council, which a text about it names in full.
_PARLIAMENT = re.compile(r"\b(?:MPs?|Parliament|parliamentary|House\s+of\s+(?:Commons|Lords)|"
                         r"Commons|Ministers?|Secretary\s+of\s+State)\b")
_TITLES = {"mr", "mrs", "ms", "miss", "dr", "cllr", "councillor", "sir", "lady", "lord", "prof",
           "professor", "judge"}
# "the three boroughs", "across the four councils", "all five trusts": the document says it
# covers that many councils together.
_COUNT_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
_GROUP = re.compile(
    r"\b(?:the|these|those|all|our|their|each\s+of\s+the)\s+(" + "|".join(_COUNT_WORDS) +
    r"|\d{1,2})\s+(?:(?:local|unitary|London|neighbouring|partner)\s+)?"
    r"(?:authorities|councils|boroughs|(?:council\s+)?areas|counties|"
    r"(?:HSC\s+|health\s+and\s+social\s+care\s+)?trusts)\b", re.I)
# A table with one row per council: a line that is a council's name and then numbers
# ("Angus | 61 | 3.8", "Newham 506 52.1").
_ROW = re.compile(r"(?m)^[ \t]*(?:the\s+)?([A-Z][^\n|\t]{2,60}?)(?:[ \t]*[|\t][ \t]*|\s+)"
                  r"(?=[-–(£]?\d)[^\n]*$")
_ROWS_MIN = 3
# ...or one row per English region or UK nation ("North East¹ 2,410 46.1", "Wales | 1,020"):
# a national report's regional table, about no one council.
_REGIONS = {"north east", "north west", "yorkshire and the humber", "yorkshire and humber",
            "east midlands", "west midlands", "east of england", "east", "london", "inner london",
            "outer london", "south east", "south west", "england", "wales", "scotland",
            "northern ireland"}
_ADDRESS = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b|\bP\.?O\.?\s+Box\b|"
                      r"\bregistered\s+(?:office|address)\b", re.I)


# A quoted speaker's signature: a short line of comma-separated parts under a quotation, or led by
# a dash ("Grandmother, special guardian, Anyshire" under "“We were never asked.”", "— Sam, 16,
# Anytown"): the place is where the speaker lives, not what the document is about.
_SIGNATURE = re.compile(r"(?:[—–]\s*)?[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,3}(?:,\s*[\w’'-]+(?:\s+[\w’'-]+){0,3}){1,3}")
_QUOTE_END = re.compile(r"[”\"]\s*$|^\s*[“\"]")


def _signature_line(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a quoted speaker's signature line (see above)."""
    line = text[start:end].strip()
    if len(line) > 80 or not _SIGNATURE.fullmatch(line):
        return False
    if line[0] in "—–":
        return True
    end = start  # the line before it, without copying the text up to it
    while end > 0 and text[end - 1] == "\n":
        end -= 1
    previous = text[text.rfind("\n", 0, end) + 1:end]
    return bool(_QUOTE_END.search(previous))


@dataclass(frozen=True, slots=True)
class AreaChoice:
    """The area (None for several or none), its GSS code, and the councils when several."""

    area: str | None
    code: str | None = None
    areas: list[str] = field(default_factory=list)


@functools.lru_cache(maxsize=1)
def _area_pattern() -> re.Pattern[str]:
    from .pipeline import area_names

    names = sorted(area_names(), key=len, reverse=True)
    return re.compile(rf"(?:the\s+)?(?:{PREFIX_PATTERN})?(" + "|".join(re.escape(n) for n in names)
                      + r")\b", re.I)


def area_in_name(name: str) -> str | None:
    """The council a partnership or council name begins with, as the name writes it."""
    m = _area_pattern().match(name)
    return m.group(1) if m else None


def councils_in(text: str) -> list[Council]:
    """The councils a short text (a title) names, capitalised, in order, once each."""
    out: list[Council] = []
    for m in _area_pattern().finditer(text or ""):
        council = lookup(m.group(1))
        if council is not None and m.group(1)[0].isupper() and council not in out and \
                not _inside_other_name(text, m.start(), m.end()):
            out.append(council)
    return out


def _inside_other_name(text: str, start: int, end: int) -> bool:
    """A place inside another place's, a company's or a club's name in a short text: "New
    York", "Hull Trains", "Bristol Airport", "Leeds United", "Reading FC"."""
    before = text[:start].split()
    after = re.match(r"\s+([A-Za-z]+)", text[end:])
    return bool(before and before[-1] in _OTHER_PLACE_BEFORE) or \
        bool(after and after.group(1).lower() in _ORG_AFTER) or bool(_COURT_AFTER.match(text, end)) or \
        bool(_SEE_BEFORE.search(text, max(0, start - 20), start)) or bool(_SEE_AFTER.match(text, end))


# After a council's name in a line about the document (PDF author, running header, page title):
# the council itself or a body of it publishes the document ("Warrington Borough Council",
# "Anyshire Safeguarding Children Partnership"), not a newspaper named after a place.
_PUBLISHER_AFTER = re.compile(
    r"\s+(?:(?:(?:City|County|Metropolitan\s+Borough|Borough|District)\s+)?Council\b|"
    r"(?:Local\s+|Integrated\s+|Children(?:['’]s)?\s+)*Safeguarding\b|"
    r"(?:Child|Public)\s+Protection\s+Committee\b)")


def publishers(context: list[str] | tuple[str, ...]) -> list[Council]:
    """The councils that lines about the document (not its text) name as its publisher:
    "Cheshire East Council", "London Borough of Barnet", "Bury Integrated Safeguarding
    Partnership"; a place in a newspaper's name ("Wiltshire Gazette") is not one."""
    out: list[Council] = []
    for line in context:
        for m in _area_pattern().finditer(line):
            council = lookup(m.group(1))
            prefixed = m.start(1) > m.start() and not m.group(0).lower().startswith("the ")
            if council is None or not m.group(1)[0].isupper() or council in out or \
                    not (prefixed or _PUBLISHER_AFTER.match(line, m.end())):
                continue
            out.append(council)
    return out


def _clause_before(text: str, ent: Span) -> str:
    """The words before `ent` back to the last sentence or clause break (at most 120 chars)."""
    before = text[max(0, ent.start_char - 120):ent.start_char]
    return re.split(r"[.;!?\n]\s", before)[-1]


def _not_a_place(doc: Doc, ent: Span) -> bool:
    before = doc[ent.start - 1].lower_.rstrip(".") if ent.start > 0 else ""
    after = doc[ent.end].lower_ if ent.end < len(doc) else ""
    if ent.start > 0 and doc[ent.start - 1].text in _OTHER_PLACE_BEFORE:
        return True
    from .pipeline import doc_text

    whole = doc_text(doc)
    if _COURT_AFTER.match(whole, ent.end_char) or _SEE_AFTER.match(whole, ent.end_char) or \
            _SEE_BEFORE.search(whole, max(0, ent.start_char - 20), ent.start_char):
        return True
    if before in _ORG_BEFORE and after in _ORG_AFTER | {"bank"}:
        return True
    if ent.text == "Westminster" and ent.label_ == "AREA" and before != "of" and \
            after not in ("city", "council") and _PARLIAMENT.search(whole):
        return True
    return before in _TITLES or after in _ORG_AFTER or \
        (len(ent) == 1 and after in _NOT_A_PLACE_AFTER)


def _counts(doc: Doc) -> tuple[Counter[Council], dict[Council, int]]:
    counts: Counter[Council] = Counter()
    first: dict[Council, int] = {}
    initials: dict[str, set[Council]] = {}
    of_kind: dict[str, set[Council]] = {}
    from .pipeline import doc_text

    text = doc_text(doc)
    for ent in doc.ents:
        if ent.label_ in ("PARTNERSHIP", "COUNCIL"):
            if ent.label_ == "PARTNERSHIP" and _joint_body_councils(ent.text):
                continue  # a joint body's name names several councils, none the document's
            written = area_in_name(ent.text)  # "Thurrock Council" names Thurrock
        elif ent.label_ == "AREA" and ent.text[:1].isupper():
            if ent.start > 0 and doc[ent.start - 1].lower_ == "greater":
                continue  # "Greater Manchester" is a region, not an authority
            if _not_a_place(doc, ent) or re.search(r"\b(?:Pan|Tri|Bi)-$",
                                                    text[max(0, ent.start_char - 4):ent.start_char]):
                continue  # "Pan-Lancashire" is a region around the county
            written = ent.text
        else:
            continue
        council = lookup(written)
        if council is None or _COMPARATOR.search(_clause_before(text, ent)) or \
                _PAST_ROLE.search(_clause_before(text, ent)):
            continue
        line_start = text.rfind("\n", 0, ent.start_char) + 1
        line_end = text.find("\n", ent.end_char)
        line = text[line_start:line_end if line_end >= 0 else None]
        if _ADDRESS.search(line) or BYLINE_LINE.fullmatch(line.strip()) or \
                _signature_line(text, line_start, line_end if line_end >= 0 else len(text)):
            continue  # an address, a reporter's byline (the paper's place), a speaker's signature
        counts[council] += 2 if ent.start_char < _OPENING_CHARS else 1
        first.setdefault(council, ent.start_char)
        if ent.label_ == "COUNCIL":
            _note_full_name(text, ent, council, initials, of_kind)
        if council.note == "county council":  # "Kent" and "KCC" in a Kent paper
            initials.setdefault(_initials_of(council.name) + "CC", set()).add(council)
    _count_short_names(text, initials, of_kind, counts)
    return counts, first


# A council named in full ("Kent County Council", "City of York Council") is then often written
# by its initials ("KCC", "CYC") or as "the County Council" / "the City Council"; a county
# council named only as a place ("Kent") by its initials too.
_NAME_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_NOT_INITIAL = {"of", "and", "the"}
_FULL_PREFIX = re.compile(r"(?:(?:City\s+and\s+County|City|County|(?:London\s+|Royal\s+)?Borough|"
                          r"Metropolitan\s+Borough)\s+of\s+)$")
_KIND = re.compile(r"\b((?:County|City|Borough|District)\s+)?Council$")


def _note_full_name(text: str, ent: Span, council: Council, initials: dict[str, set[Council]],
                    of_kind: dict[str, set[Council]]) -> None:
    """Note the initials and the kind ('County Council', 'City Council') of a council named in
    full."""
    written = re.sub(r"^the\s+", "", ent.text, flags=re.I)
    prefix = _FULL_PREFIX.search(text[max(0, ent.start_char - 40):ent.start_char])
    for name in (written, prefix.group(0) + written if prefix else ""):
        letters = _initials_of(name)
        if len(letters) >= 3:
            initials.setdefault(letters, set()).add(council)
    kind = _KIND.search(written)
    if kind and kind.group(1):  # a bare "the Council" is too often another council's
        of_kind.setdefault(" ".join((kind.group(1) + "Council").split()), set()).add(council)


def _initials_of(name: str) -> str:
    return "".join(w[0] for w in _NAME_WORD.findall(name) if w.lower() not in _NOT_INITIAL).upper()


def _count_short_names(text: str, initials: dict[str, set[Council]],
                       of_kind: dict[str, set[Council]], counts: Counter[Council]) -> None:
    """Count each council's initials, and 'the County Council' / 'the City Council' when the
    document names exactly one council of that kind in full (never a bare 'the Council')."""
    short: list[tuple[str, Council]] = []
    for letters, named in initials.items():
        if len(named) == 1:
            short.append((rf"\b{letters}\b", next(iter(named))))
    for kind, named in of_kind.items():
        if len(named) == 1:
            words = r"\s+".join(kind.split())
            short.append((rf"\b[Tt]he\s+{words}\b", next(iter(named))))
    for pattern, council in short:
        for m in re.finditer(pattern, text):
            counts[council] += 2 if m.start() < _OPENING_CHARS else 1


def choose_area(doc: Doc, title: str | None = None,
                context: list[str] | tuple[str, ...] = ()) -> AreaChoice:
    """The council the document is about, or None with the councils it covers.

    `context`: lines about the document that are not its text (Document.context); a council
    they name as the publisher counts as if the title named it, when the title names none.
    """
    from .pipeline import doc_text

    counts, first = _counts(doc)
    joint = _joint_body_councils(title or "")
    in_title = [c for c in councils_in(title or "") if c not in joint] or publishers(context)
    joint += [c for c in _joint_body_councils(doc_text(doc)[:_OPENING_CHARS]) if c not in joint]
    if joint and not in_title and (not counts or _joint_body_councils(title or "")):
        # a joint body's document: its councils, unless it names only one council at all
        covered = list(dict.fromkeys([*joint, *counts]))
        return AreaChoice(None, None, [c.name for c in covered]) if len(covered) > 1 else \
            AreaChoice(covered[0].name, covered[0].code)
    together = _joined_in_title(title or "")
    if len(together) >= 2:
        # a title that names councils together ("… Report: East Lothian and Midlothian") is
        # about all of them, none the document's own
        return AreaChoice(None, None, [c.name for c in together])
    for council in in_title:
        counts[council] += _TITLE_WEIGHT
        first.setdefault(council, -1)
    if not counts:
        alone = _by_initials_alone("\n".join((doc_text(doc), *context)))
        return AreaChoice(alone.name, alone.code) if alone is not None else AreaChoice(None)
    ranked = sorted(counts, key=lambda c: (-counts[c], first[c]))
    top = ranked[0]
    several = len(in_title) != 1 and len(ranked) >= 3 and \
        (counts[ranked[2]] >= _SEVERAL_MIN or len(ranked) >= _MANY) and \
        counts[top] < _DOMINANCE * counts[ranked[1]]
    # no council stands out: the top two named equally often, none in the title (a regional
    # board's report naming the councils it covers once each)
    tied = not in_title and len(ranked) >= 2 and counts[top] == counts[ranked[1]]
    # ...or, in the record of a hearing or a debate, two named about as often, each more than
    # in passing (witnesses from two councils answer for their own)
    tied = tied or (not in_title and len(ranked) >= 2 and counts[ranked[1]] >= _SEVERAL_MIN and
                    counts[top] < _DOMINANCE * counts[ranked[1]] and _hearing(doc_text(doc)))
    # the text says it covers that many councils together, and names as many (two of them
    # about equally: "the two councils' joint team" in one council's paper names its partner)
    group = 0 if in_title else _group_size(doc_text(doc))
    grouped = 2 <= group <= len(ranked) and \
        (group > 2 or counts[top] < _DOMINANCE * counts[ranked[1]])
    # ...or it tables its figures one row per council, three or more
    rows = [] if in_title else _table_rows(doc_text(doc))
    grouped = grouped or len(rows) >= _ROWS_MIN or (not in_title and _region_rows(doc_text(doc)))
    if several or tied or grouped or (not in_title and _national(doc, title, first)):
        named = [c for c in ranked if counts[c] * 3 >= counts[top]]
        named += [c for c in [*ranked[:group], *rows] if c not in named]
        return AreaChoice(None, None, [c.name for c in named])
    return AreaChoice(top.name, top.code)


_BODY_AFTER = re.compile(r"\s+(?:(?:Regional|Local|Integrated)\s+)?(?:Safeguarding|Child|Children|"
                         r"Public|Partnership|Board|Council|Health|NHS|Youth|Community|Joint)\b")


# what joins councils named side by side: ', ', ' and ', ', and the ', ' & '
_JOINER = re.compile(r"\s*(?:,|,?\s*(?:and|&))\s*(?:the\s+)?")


def _joined_in_title(title: str) -> list[Council]:
    """The councils a title names side by side, joined by 'and', '&' or commas ("Kent and
    Medway", "Bury, Rochdale and Oldham"): two or more, else none. A council whose own name
    has 'and' in it ("Brighton and Hove") is one."""
    named = [(m.start(1), m.end(1), council) for m in _area_pattern().finditer(title)
             if m.group(1)[:1].isupper() and (council := lookup(m.group(1))) is not None and
             not _inside_other_name(title, m.start(), m.end())]
    for (_s1, e1, c1), (s2, _e2, c2) in zip(named, named[1:]):
        if c1 != c2 and _JOINER.fullmatch(title[e1:s2]):
            run = list(dict.fromkeys([c1, c2, *_run_after(title, named, s2)]))
            last = [n for n in named if n[0] >= s2 and n[2] in run][-1]
            if _BODY_AFTER.match(title, last[1]):
                return []  # a joint body's name ("Kent and Medway Safeguarding …"): its rules
            return run
    return []


def _run_after(title: str, named: list[tuple[int, int, Council]], start: int) -> list[Council]:
    """The councils that go on joining the run after the one at `start`."""
    out: list[Council] = []
    items = [n for n in named if n[0] >= start]
    for (_s1, e1, _c1), (s2, _e2, c2) in zip(items, items[1:]):
        if not _JOINER.fullmatch(title[e1:s2]):
            break
        out.append(c2)
    return out


def _group_size(text: str) -> int:
    """How many councils the text says it covers together ("the three boroughs", "across the
    four councils"); 0 when it says none."""
    sizes = [m.group(1) for m in _GROUP.finditer(text)]
    return max((int(w) if w.isdigit() else int(parse_words(w) or 0) for w in sizes), default=0)


def _table_rows(text: str) -> list[Council]:
    """The councils that head a table's rows of numbers, in order, once each."""
    out: list[Council] = []
    for m in _ROW.finditer(text):
        council = lookup(m.group(1).strip())
        if council is not None and council not in out:
            out.append(council)
    return out


def _hearing(text: str) -> bool:
    """Whether the text is a committee's oral evidence or a parliament's debate, where each
    witness or member speaks for their own council."""
    return is_evidence_transcript(text) or is_debate_record(text)


def _region_rows(text: str) -> bool:
    """Whether a table has a row of numbers for each of three English regions or UK nations
    or more (footnote marks after a name are not part of it)."""
    named = {re.sub(r"[\s¹²³⁴⁵⁶⁷⁸⁹⁰*†‡]+$", "", m.group(1)).strip().lower()
             for m in _ROW.finditer(text)}
    return len(named & _REGIONS) >= _ROWS_MIN


@functools.lru_cache(maxsize=1)
def _county_initials() -> dict[str, Council]:
    """'KCC' -> Kent: each county council's initials, when no other county council has them."""
    found: dict[str, list[Council]] = {}
    for council in councils():
        if council.note == "county council":
            found.setdefault(_initials_of(council.name) + "CC", []).append(council)
    return {letters: named[0] for letters, named in found.items() if len(named) == 1}


def _by_initials_alone(text: str) -> Council | None:
    """The one county council a text that names no council writes by its initials ("At KCC
    any two members …"); None when it writes none, or several."""
    named = {council for letters, council in _county_initials().items()
             if re.search(rf"\b{letters}\b", text)}
    return next(iter(named)) if len(named) == 1 else None


# A joint body's name joins its places with "and" ("Cardiff and Vale Regional Safeguarding
# Board", "Cheshire West, Halton and Warrington Child Death Overview Panel"): a council named in
# it is one of several, not the document's own.
_JOINT_BODY = re.compile(r"((?:[A-Z][\w’'-]*[\s,]+)+?(?:and|&)\s+(?:[A-Z][\w’'-]*\s+)+?|"
                         r"(?:Pan|Tri|Bi)-[A-Z][\w’'-]*\s+)"
                         r"(?:Regional\s+)?(?:Safeguarding|Child\s+Death|Child\s+Protection|"
                         r"Public\s+Protection)\b")


def _joint_body_councils(title: str) -> list[Council]:
    out: list[Council] = []
    for m in _JOINT_BODY.finditer(title):
        places = m.group(1).strip()
        named = area_in_name(places)
        if re.match(r"(?:Pan|Tri|Bi)-", places):
            out += councils_in(places)  # "Pan-Lancashire": the county and its neighbours
            continue
        if named is None or len(named) >= len(places.rstrip(", ")):
            continue  # one council's own name ("Brighton & Hove", "Telford and Wrekin")
        out += councils_in(places)
    return out


def _national(doc: Doc, title: str | None, first: dict[Council, int]) -> bool:
    """A story about the whole country: its headline names the nation (or 'councils') and its
    lead names no council."""
    from .pipeline import doc_text

    text = doc_text(doc)
    headline = title or text.lstrip().split("\n", 1)[0]
    return bool(_NATIONAL.search(headline)) and min(first.values()) >= _LEAD_CHARS


def find_area(doc: Doc, title: str | None = None) -> str | None:
    """The council the document is about, as the official list names it (None if several)."""
    return choose_area(doc, title).area
