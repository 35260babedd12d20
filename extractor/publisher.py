"""Publishers: who issues a document, read from the lines a publisher puts around its text.

A document's kind follows from who publishes it as much as from what it says: a council's or a
safeguarding partnership's committee papers are council reports, a newspaper's pages are news,
and a school's, a charity's or a data service's pages are neither, however much they say about
child protection (`corpus/kinds/README.md`). The publisher names itself in the document's
masthead, not in its body: the first lines (a school's name over its governors' paper), the
legal line at its foot ("Registered charity no. 1190000"), a PDF's running headers and footers,
and an HTML page's <title> after the page's own title ("… | Local Data Compare"). A body the
text only mentions ("referred by the school", "a grant from the charity") publishes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .genre import safeguarding_body_name

_HEAD_LINES = 3   # the masthead's first lines: a name, a meeting, a title
_FOOT_LINES = 4   # ... and its last: a legal line, a contact line
_PART_SPLIT = re.compile(r"\s+[|–—-]\s+|\s*\|\s*")
_QUOTE_MARKS = re.compile(r"[\"“”]")  # a quotation's marks, straight or curly
_NAME_SPLIT = re.compile(r"\s+[|–—-]\s+|\s*[|,]\s*")  # a name's parts: "X School, Bury St Edmunds"

# A school, academy or college by its own name, the whole of a masthead line or of a part of
# one ("St Aidan's C of E Primary School", "ELSTOW BROOK PRIMARY SCHOOL", "Westfield Academy –
# Weekly Bulletin", "Ysgol Gynradd Bryn Coch"), or its governors' meeting ("Full Governing Body -
# Tuesday 29 September 2026"). A council's virtual school is the council's own service.
_NAME_WORD = r"(?:[A-Z][\w’'.&-]*|of|the|and|&|upon|on|in)"
_SCHOOL_NAME = re.compile(
    rf"(?:{_NAME_WORD}\s+)*[A-Z][\w’'.&-]*\s+(?:School|Academy|College)(?:\s+Trust)?|"
    # ... or the trust that runs its academies ("Pennine Learning Trust", "Three Rivers
    # Multi-Academy Trust", "St Bede's Catholic Schools Trust")
    rf"(?:{_NAME_WORD}\s+)*[A-Z][\w’'.&-]*\s+(?:Learning|Academies|Education|Schools|"
    r"Multi[\s-]Academy)\s+Trust|"
    r"Ysgol\s+[A-Z][^\n]{2,60}")
_GOVERNORS = re.compile(r"(?i)^(?:full\s+|local\s+)?governing\s+(?:body|board)\b|"
                        r"^board\s+of\s+governors\b|^governors['’]?\s+(?:meeting|committee)\b")
_COUNCIL_HEAD = re.compile(r"\b(?:Council|Cabinet|Scrutiny|Cyngor|Comhairle)\b")
_COUNCIL_SERVICE = re.compile(r"(?i)\bvirtual\s+school\b|\bcouncil\b")

# A charity's legal line: its registration ("Registered charity no. 1190000", "a registered
# charity in England and Wales (1000000)", "Scottish Charity SC012345", "Charity number 1000000").
_CHARITY = re.compile(r"(?i)\bregistered\s+charity\b|\bcharity\s+(?:no\b|number|registration)|"
                      r"\bscottish\s+charity\b|\bexempt\s+charity\b|"
                      r"\bcharitable\s+(?:company|incorporated\s+organisation)\b|"
                      # ... or a housing association's: "a registered society (no. 30001R)",
                      # "a community benefit society", "a registered provider of social housing"
                      r"\bregistered\s+society\b|\bcommunity\s+benefit\s+society\b|"
                      r"\bregistered\s+provider\s+of\s+social\s+housing\b")

# A body that is neither a council, a partnership nor a statutory partner, by its own name as a
# masthead line or a part of one: a local Healthwatch ("Healthwatch Norfolk"), a trade union or
# its branch ("UNISON Anytown Branch"), a diocese ("Diocese of Blackburn"). A statutory partner's
# own safeguarding report (an NHS trust's to its board, an ICB's) is a council report, as the
# released gold labels one; so is a health and wellbeing board's paper.
_OUTSIDE_BODY = re.compile(
    r"Healthwatch\s+[A-Z][\w\s&-]{1,40}|"
    r"(?:The\s+)?Diocese\s+of\s+[A-Z][\w\s&-]{1,30}|[A-Z][\w]+\s+Diocese|"
    # a church, a club or a sports body ("The Methodist Church", "Anyshire County Football
    # Association", "Riverside Rugby Club", "Anyshire Cricket Board")
    r"(?:The\s+)?(?:[A-Z][\w’'&-]*\s+){0,4}(?:Methodist|Baptist|Catholic|Anglican|Reformed|"
    r"Evangelical|Pentecostal|United)\s+Church(?:\s+of\s+[A-Z][\w\s&-]{1,30})?|"
    r"(?:[A-Z][\w’'&-]*\s+){1,5}(?:Football\s+Association|Football\s+Club|Rugby(?:\s+Football)?\s+"
    r"(?:Union|League|Club)|Cricket\s+(?:Board|Club)|Sports?\s+Club|Athletic\s+Club|"
    r"Swimming\s+Club|Boxing\s+Club)|"
    # a provider by the word its name ends on ("Voices First Advocacy", "Fife Young Carers",
    # "Harbour Family Mediation CIC")
    r"(?:[A-Z][\w’'&-]*\s+){1,5}(?:Advocacy|Young\s+Carers|Carers\s+Centre|Mediation)"
    r"(?:\s+(?:CIC|Service|Project|Trust))?|"
    # a body of the family justice system ("Anyshire Local Family Justice Board", "Anytown Family
    # Court"): the judiciary's and the courts', not a council's or a safeguarding partnership's
    r"(?:[A-Z][\w’'&-]*\s+(?:(?:and|&)\s+)?){1,5}(?:(?:Local\s+)?Family\s+Justice\s+(?:Board|Council)|"
    r"Family\s+Court)|"
    # a national office or body by its name, ending on what it is ("National Medical Examiner",
    # "Office of the National Data Guardian", "The National Youth Agency"): the nation's, not an
    # area's council or partnership. A nation's safeguarding board or panel is a partnership's
    # equal and stays; an event ("National Adoption Week") or a scheme is no body.
    r"(?:(?:The\s+)?Office\s+(?:of|for)\s+)?(?:the\s+|The\s+)?National\s+"
    r"(?:[A-Z][\w’'-]*\s+(?:(?:and|&|for)\s+)?){0,3}(?:Examiner|Advis[eo]r|Guardian|Office|Agency|"
    r"Service|Bureau|Trust|Association|Network|Centre|Foundation|Institute|Society|Authority|"
    r"Inspectorate|Unit|Database)|"
    # a public audit body by its name ("Audit Wales", "Audit Scotland", "the Accounts Commission",
    # "Northern Ireland Audit Office"): its report on a council's service is the auditor's
    r"(?:The\s+)?(?:Audit\s+(?:Wales|Scotland)|Wales\s+Audit\s+Office|Accounts\s+Commission"
    r"(?:\s+for\s+Scotland)?|Northern\s+Ireland\s+Audit\s+Office)")
# A voice rather than a reporter, by its own name as a masthead line or a part of one: a trade
# union or its branch ("UNISON Anytown Branch", "National Union of Care Staff", "Teachers' Union
# - Anytown Branch"), a campaign ("Save Our Family Centres campaign"), a member of a parliament
# ("Tom Okafor MP", "Newsletter from Fiona Baird MSP", "Member of Parliament for Anytown") or a
# councillor writing as one ("Cllr Asha Mensah's blog"). What such a body writes (a statement,
# a newsletter, a press release) cites others' yearly figures but has no reporting period of
# its own (extractor.reporting_period).
_VOICE = re.compile(
    r"(?:UNISON|GMB|Unite|NEU|NASUWT|NAHT|BASW)\b[\w\s&-]{0,50}|"
    r"(?:[A-Z][\w’'&.-]*\s+|(?:of|and|&|the)\s+){0,6}(?<!European\s)Union"
    r"(?:\s+of(?:\s+[A-Z][\w’'&-]*|\s+and|\s+&)+)?(?:\s*\([A-Za-z]{2,10}\))?"
    r"(?:\s+[A-Z][\w’'-]*){0,3}?(?:\s+Branch)?|"
    r"(?:[A-Z][\w’'&-]*\s+){1,4}Branch|"
    r"(?:[A-Z][\w’'&-]*\s+){1,6}[Cc]ampaign|"
    r"(?:(?:[\w-]+\s+){0,3}(?:from|by)\s+)?(?:[A-Z][\w’'.-]*\s+){1,3}(?:MP|MSP|MS|AM|MLA)|"
    r"Member\s+of\s+(?:Parliament|the\s+Senedd|the\s+Scottish\s+Parliament|the\s+Legislative\s+"
    r"Assembly)\s+for\s+[A-Z][^\n]{1,60}|"
    r"(?:Cllr|Councillor)\s+(?:[A-Z][\w’'-]*\s+){0,2}[A-Z][\w’'-]*['’]s\s+(?:blog|newsletter|update|"
    r"column|report)")
# A police force by its own name, as a masthead line or a part of one ("Cheshire Constabulary",
# "Thames Valley Police", "Police Scotland", "Police Service of Northern Ireland", "Heddlu Gwent
# Police", "Metropolitan Police Service"): a force's own document (a problem profile, an
# intelligence assessment, a force's report) is neither a council's nor a partnership's, and its
# press release is news by its label. A police and crime panel (a council joint committee) or a
# commissioner's office is not a force, and a paper to a council's or a partnership's committee
# is that committee's.
_POLICE = re.compile(
    r"(?:The\s+)?(?:[A-Z][\w’'&-]*\s+(?:(?:and|&|of)\s+)?){1,4}(?:Police(?:\s+(?:Service|Force))?|"
    r"Constabulary)|Police\s+(?:Scotland|Service\s+of\s+Northern\s+Ireland)|"
    r"Heddlu\s+(?:[A-Z][\w’'-]*\s*){1,4}")
# A committee, panel or board a paper goes to, or a partnership, named on a heading line: the
# force's paper is then that body's (a report to a police and crime panel, to a partnership's board).
_GOVERNANCE_HEAD = re.compile(r"\b(?:Council|Cabinet|Scrutiny|Committee|Panel|Board|Partnership|"
                              r"Commissioner)\b")

# A force's news page, as its head shows it: its news section ("Anyshire Police - News", "News
# and appeals", "Court results", "Media centre") or a story's time of publication ("Published
# 11:20, 6 March 2026"). A force's story or appeal is news, like its press release.
_NEWS_SECTION = re.compile(r"(?i)(?:latest\s+)?news(?:\s+(?:and|&)\s+appeals)?|appeals?|"
                           r"court\s+results?|media\s+centre|(?:press|news|media)\s+releases?|"
                           r"published:?\s+\d{1,2}[:.]\d\d\b[^\n|]*")
_NEWS_LINES = 4

# An NHS body by its own name as the site of an HTML page (in the page's <title> after the page's
# own title: "Safeguarding children - Anytown Hospitals NHS Foundation Trust", "… | NHS Anyshire
# Integrated Care Board", "… - NHS Grampian", "… | Betsi Cadwaladr University Health Board"). An
# NHS trust's safeguarding report to its board is a council report (as the released gold labels
# one); its public web page about its safeguarding team is the trust's page, not a report.
# Northern Ireland's health and social care trusts are the councils there.
_NHS_SITE = re.compile(
    r"(?:[A-Z][\w’'&-]*\s+(?:(?:and|&|of)\s+)?){0,6}(?:NHS\s+(?:Foundation\s+)?Trust|"
    r"(?:University\s+)?Health\s+Board|Integrated\s+Care\s+Board|ICB)|"
    r"NHS\s+(?:[A-Z][\w’'&-]*\s*){1,4}")
_REPORT_PAGE = re.compile(r"(?i)\b(?:report|minutes|papers?|agenda|board\s+meeting|strategy|plan)\b")

# A political leaflet's or statement's imprint ("Promoted by A. Smith on behalf of …", "Printed
# and published by …"), the law's line at its foot, the printer's name first or last ("Printed by
# Anytown Print Ltd, … Promoted by A. Smith, …"; a printer alone is no imprint).
_IMPRINT = re.compile(r"(?i)^(?:(?:promoted|printed\s+and\s+published|published\s+and\s+promoted|"
                      r"printed\s+and\s+promoted)\s+by\b|printed\s+by\b[^\n]{0,200}?[.;,]\s*"
                      r"(?:and\s+)?promoted\s+by\b)")

# A data or statistics service names itself in the page's <title> after the page's own title
# ("… | Local Data Compare", "… - Explore education statistics - GOV.UK", "… - Datasets - Open
# Data"). A publication's data desk ("… | Data Desk") is a newsroom's.
_DATA_SERVICE = re.compile(r"(?i)\b(?:data(?:sets?)?|statistics|stats|compare|inform|insights?|"
                           r"observatory|dashboards?)\b")
# A place's own statistics series, named as the site: "Moorland in Numbers", "Anyshire in
# Figures", "North Anyshire in Statistics" (the place's words capitalised; not a year's review:
# "Our Year in Numbers", "2025 in Numbers").
_PLACE_IN_NUMBERS = re.compile(
    r"(?!(?:Our|The|This|A|Annual|Year)\b)(?:[A-Z][\w’'&-]*\s+(?:(?:and|&|of|upon|on)\s+)?){1,4}"
    r"in\s+(?:Numbers|Figures|Statistics|Stats)")
_SAFEGUARDING_SITE = re.compile(r"(?i)\b(?:safeguarding|partnership|child\s+protection\s+committee|"
                                r"year|annual)\b")
_NEWSROOM = re.compile(r"(?i)\b(?:desk|news|newsroom|echo|argus|gazette|herald|post|telegraph|"
                       r"chronicle|courier|observer|journal|times|mail|mirror|express|messenger|"
                       r"advertiser|evening|weekly|daily|press)\b")


# A publication by its name: a name whose last word is a newspaper's, a magazine's or a
# broadcaster's ("Aire Valley Argus", "THE DEARNE VALLEY WEEKLY", "Kettering and Corby Courier",
# "Hull Daily Post Online", "Children & Families Practice Weekly", "Wales Today"), as the first
# line (or a part of it) or as the site in an HTML page's <title>. A council's, a partnership's
# or a school's newsletter is not a publication, and a release's label ("NEWS RELEASE") is read
# with press releases.
_PUBLICATION = re.compile(
    r"(?:The\s+)?(?:[A-Z][\w’'&.-]*\s+(?:(?:and|&|of|on|upon)\s+)?)+(?:Echo|Argus|Gazette|Herald|Post|"
    r"Telegraph|Chronicle|Courier|Observer|Journal|Times|Mail|Mirror|Express|Messenger|Advertiser|"
    r"Weekly|News|Newyddion|Star|Sentinel|Today|Standard|Citizen|Guardian|Independent|"
    r"Press|Live)(?:\s+Online)?(?:\s*\([^)\n]{1,30}\))?")
_NOT_NEWS = re.compile(r"(?i)\b(?:public|legal|planning|family|statutory)\s+notices?\b|\bclassifieds?\b|"
                      r"\bjobs\b|\bvacanc(?:y|ies)\b")
# "X News" of two words is a newsletter's name ("Fostering News", "Staff News") unless a
# broadcaster's
_TOPIC_NEWS = re.compile(r"(?!(?:BBC|ITV|STV|UTV|Sky)\b)[A-Z][\w’'-]*\s+News(?:\s+Online)?")
_NOT_PUBLICATION = re.compile(r"(?i)\b(?:council|partnership|board|committee|school|academy|college|"
                              r"trust|police|constabulary|nhs|service|release|notice|bulletin|"
                              r"newsletter|cyngor)\b")


# A publication that says what it is on its masthead line, whatever its name: "Your free
# community magazine for Anyvale and Brookside", "the independent newspaper for Anytown", "The
# village magazine of Little Anyford", "Anytown's monthly community newspaper", "the student
# newspaper of Anytown University since 1948". A parish's, a
# church's, a school's, a council's or a residents' association's magazine is its publisher's
# newsletter, not a publication.
_SELF_DESCRIBED = re.compile(
    r"(?i)(?:(?:your|the|a|our|[A-Z][\w’'&-]*['’]s?)\s+)?(?:(?:free|independent|local|community|"
    r"village|town|neighbourhood|district|monthly|bi-?monthly|quarterly|fortnightly|weekly|"
    r"volunteer[\s-]run|not[\s-]for[\s-]profit|award[\s-]winning|hyperlocal|student|campus)\s+"
    r"(?:and\s+)?){1,4}(?:news\s?paper|news-sheet|magazine|news\s+magazine)"
    r"(?:\s+(?:for|of|serving|in|covering|at)\s+[^\n|]{1,80}?)?"
    r"(?:,?\s+(?:since|est\.?|established(?:\s+in)?|founded(?:\s+in)?)\s+(?:1[89]|20)\d\d)?")
_NOT_SELF_DESCRIBED = re.compile(r"(?i)\b(?:parish|church|diocese|school|council|partnership|residents['’]?|"
                                 r"tenants['’]?|association|members['’]?|staff|carers['’]?)\b")


def publication(text: str, page_title: str | None = None) -> str | None:
    """The publication that heads the document (one of its first two lines or a part of one) or names the
    site in an HTML page's <title>, or None."""
    site = _parts(page_title or "")
    lines = _lines(text[:1000])[:2]
    if any(_NOT_NEWS.search(line) for line in (*lines, page_title or "")):
        return None  # a publication's notices or jobs pages carry others' words
    candidates = [part for line in lines for part in _parts(line)]
    candidates += site[-1:] if len(site) > 1 else []
    for part in candidates:
        name = part.title() if part.isupper() else part
        if len(part) <= 60 and _PUBLICATION.fullmatch(name) and not _TOPIC_NEWS.fullmatch(name) \
                and not _NOT_PUBLICATION.search(part):
            return part
    for line in lines:
        parts = [p.strip() for part in _parts(line) for p in re.split(r":\s+", part) if p.strip()]
        for i, part in enumerate(parts):
            if len(part) <= 120 and _SELF_DESCRIBED.fullmatch(part) and \
                    not _NOT_SELF_DESCRIBED.search(line) and not _NOT_PUBLICATION.search(line):
                return parts[0] if i else part  # the name before its description, if any
    return None


# A reporter's byline under the head: "By Jane Doe", "By Jane Doe, Chief Reporter", "BY JANE DOE |
# Education Correspondent", "Words: Jane Doe".
_BYLINE = re.compile(r"(?:By|BY|Words:)\s+(?:[A-Z][\w’'-]*\.?\s+){0,3}[A-Z][\w’'-]+"
                     r"(?:\s*[,|–—-]\s*[^\n]{1,60})?")
_BYLINE_LINES = 8


def bylined_publication(text: str, page_title: str | None = None) -> bool:
    """Whether a publication heads the document (see publication) and a reporter's byline stands
    among its first lines: the publication's own story, whatever body it writes about."""
    return publication(text, page_title) is not None and \
        any(_BYLINE.fullmatch(line) for line in _lines(text[:2000])[:_BYLINE_LINES])


def _parts(line: str) -> list[str]:
    return [part.strip() for part in _PART_SPLIT.split(line) if part.strip()]


def _is_name_line(line: str) -> bool:
    """A line written as a name: upper case, or every longer word capitalised."""
    words = re.findall(r"[A-Za-z][\w’'&-]*", line)
    return bool(words) and (line.isupper() or all(w[0].isupper() or len(w) <= 4 for w in words))


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.strip().split("\n") if line.strip()]


def _masthead(text: str, context: Sequence[str] = ()) -> list[str]:
    """The masthead's lines: the text's first non-blank lines and the running headers (a PDF's
    author, an HTML page's <title>) in `context`."""
    return _lines(text[:3000])[:_HEAD_LINES] + [c for c in context if c]


def school_publisher(text: str, context: Sequence[str] = ()) -> bool:
    """Whether a school (an academy, a college) heads the document as its publisher: its name, or
    its governors' meeting, stands as a masthead line or a part of one."""
    lines = _masthead(text, context)
    if any(_COUNCIL_HEAD.search(line) for line in lines):
        return False  # a council's paper about a school ("Cabinet | Hollybank Primary School – …")
    for line in lines:
        for part in (p.strip() for p in _NAME_SPLIT.split(line) if p.strip()):
            if _COUNCIL_SERVICE.search(part):
                continue
            if _GOVERNORS.search(part):
                return True
            name = part.title() if part.isupper() else part
            if _is_name_line(part) and _SCHOOL_NAME.fullmatch(name):
                return True
    return False


def charity_publisher(text: str, context: Sequence[str] = ()) -> bool:
    """Whether the document's foot, head or running lines carry a charity's registration."""
    lines = _lines(text[:3000])[:_HEAD_LINES] + _lines(text[-3000:])[-_FOOT_LINES:] + list(context)
    return any(_CHARITY.search(line) for line in lines)


def data_service_publisher(page_title: str | None) -> bool:
    """Whether an HTML page's <title> names a data or statistics service after the page's own
    title (or a place's statistics series, "… - Anytown in Numbers"), and no publication and no
    safeguarding body."""
    site = _parts(page_title or "")[1:]
    if any(_SAFEGUARDING_SITE.search(part) for part in site):
        return False  # a partnership's "year in numbers" page is its own
    return any(_DATA_SERVICE.search(part) or _PLACE_IN_NUMBERS.fullmatch(part) for part in site) and \
        not any(_NEWSROOM.search(part) for part in site)


def outside_publisher(text: str, context: Sequence[str] = (), page_title: str | None = None) -> str | None:
    """The kind of body, neither a council nor a partnership nor a publication, that the masthead
    names as the document's publisher ('school', 'charity', 'data service', 'body', 'provider',
    'police', 'partner page': an NHS body's web page, 'government', or 'community group'), or None."""
    if school_publisher(text, context):
        return "school"
    if charity_publisher(text, context):
        return "charity"
    if data_service_publisher(page_title):
        return "data service"
    if body_publisher(text, context):
        return "body"
    if provider_publisher(text, context):
        return "provider"
    if police_publisher(text, context):
        return "police"
    if partner_page(page_title):
        return "partner page"
    if government_publisher(text, context):
        return "government"
    if community_publisher(text, context):
        return "community group"
    return None


def police_publisher(text: str, context: Sequence[str] = ()) -> bool:
    """Whether the masthead names a police force (see _POLICE) as the document's publisher, no
    heading line names a committee, a panel, a board or a partnership it goes to, and the head
    is not the force's news page's (see _NEWS_SECTION)."""
    if any(_NEWS_SECTION.fullmatch(part) for line in _lines(text[:3000])[:_NEWS_LINES] + list(context)
           for part in _parts(line)):
        return False  # the force's news page
    return _masthead_names(text, context, _POLICE, _GOVERNANCE_HEAD)


def partner_page(page_title: str | None) -> bool:
    """Whether an HTML page's <title> names an NHS body as its site (a part after the page's own
    title) and the page's own title is not a report's or a board's paper (see _NHS_SITE)."""
    parts = _parts(page_title or "")
    if len(parts) < 2 or _REPORT_PAGE.search(" ".join(parts[:-1])):
        return False
    return any(_NHS_SITE.fullmatch(part) and not re.search(r"(?i)\bsocial\s+care\b", part)
               for part in parts[1:])


def body_publisher(text: str, context: Sequence[str] = ()) -> bool:
    """Whether the masthead names a body that is neither a council, a partnership, a statutory
    partner nor a publication (see _OUTSIDE_BODY) as the document's publisher, or its foot
    carries a political imprint."""
    return _masthead_names(text, context, _OUTSIDE_BODY) or voice_publisher(text, context)


def voice_publisher(text: str, context: Sequence[str] = ()) -> bool:
    """Whether the masthead names a union, a campaign, an MP or a councillor (see _VOICE) as the
    document's publisher, or its foot carries a political imprint."""
    if any(_IMPRINT.match(line) for line in _lines(text[-3000:])[-_FOOT_LINES:]):
        return True
    return _masthead_names(text, context, _VOICE)


_SENT_TO = re.compile(r"(?i)\b(?:report|paper|update|briefing|presentation|submission)\s+to\b")


def _masthead_names(text: str, context: Sequence[str], name: re.Pattern[str],
                    governance: re.Pattern[str] = _COUNCIL_HEAD) -> bool:
    head = _masthead(text, context)
    first = head[0] if head else ""
    alone = bool(name.fullmatch(first.title() if first.isupper() else first)) and \
        not re.search(r"(?i)\bcouncil\b", first) and \
        not any(_SENT_TO.search(line) for line in head)
    if not alone and any(governance.search(line) for line in head if _is_heading_line(line)):
        return False  # a council's paper on another body's work ("Scrutiny | Healthwatch …");
        # a body whose name alone is the first line publishes it, the council below its subject,
        # unless a line sends the paper to a committee or a board ("Report to the …")
    parts = {part for line in head for part in (*_parts(line), *_name_parts(line))}
    return any((name.fullmatch(part) or (part.isupper() and name.fullmatch(part.title()))) and
               not re.search(r"(?i)\bcouncil\b", part) for part in parts)


def _name_parts(line: str) -> list[str]:
    """A masthead line's parts split at commas too ("Voices First Advocacy, Newport")."""
    return [part.strip() for part in _NAME_SPLIT.split(line) if part.strip()]


# A community group or an independent body speaking for itself: its own name as a masthead line
# or a part of one ("Anytown Stop and Search Community Monitoring Group", "Northside Independent
# Advisory Group", "Riverside Residents' Association", "Anyshire Parent Carer Forum", "Eastfield
# Community Forum"), a community interest company's legal line at its foot ("Registered community
# interest company 12345678", "Anytown Voices CIC is a community interest company"), or its
# opening saying in the first person who it is ("We are 30 volunteers who …", "We are an
# independent community group", "The group is run entirely by volunteers"). What it writes about
# a council's or the police's work (an annual report, a monitoring report) is neither theirs. A
# paper to a council's committee about such a group's work is the committee's.
_COMMUNITY_BODY = re.compile(
    r"(?:The\s+)?(?:[A-Z][\w’'&-]*\s+(?:(?:and|&|of|the|for)\s+)?){1,8}"
    r"(?:(?:Community|Independent)\s+(?:Monitoring|Advisory|Reference|Action|Scrutiny)\s+"
    r"(?:Group|Panel|Network)|Independent\s+Monitoring\s+Board|Community\s+Forum|"
    r"(?:Parent|Parents['’]?)\s+(?:Carer|Carers['’]?)\s+Forum|Parents['’]?\s+Forum|"
    r"(?:Tenants['’]?\s+(?:and|&)\s+)?Residents['’]?\s+Association|Tenants['’]?\s+Association)")
_COMMUNITY_GOVERNANCE = re.compile(r"\b(?:Council|Cabinet|Committee)\b")
_CIC_LINE = re.compile(r"(?i)\bcommunity\s+interest\s+company\b")
_VOLUNTEER_VOICE = re.compile(
    r"(?i)\bwe\s+are\s+(?:(?:a|an)\s+(?:small\s+)?(?:group|team|network)\s+of\s+|[\d,]+\s+|"
    r"(?:a|an)\s+)?(?:local\s+|unpaid\s+)?(?:volunteers|volunteer[\s-](?:led|run)\s+(?:community\s+)?"
    r"(?:group|organisation|network|forum))\b|"
    r"\bwe\s+are\s+(?:an?\s+)?independent\s+(?:community|voluntary|volunteer[\s-]led|residents['’]?)\s+"
    r"(?:group|organisation|body|panel|forum|network)\b|"
    r"\b(?:run|led)\s+entirely\s+by\s+(?:local\s+)?volunteers\b")


def community_publisher(text: str, context: Sequence[str] = ()) -> bool:
    """Whether a community group or an independent body publishes the document (see above): its
    name in the masthead, a community interest company's line at its foot, or its own voice in
    the opening (outside a quotation); not a paper a council's committee heads."""
    head = _masthead(text, context)
    if any(_COMMUNITY_GOVERNANCE.search(line) for line in head if _is_heading_line(line)):
        return False
    if _masthead_names(text, context, _COMMUNITY_BODY, _COMMUNITY_GOVERNANCE):
        return True
    if any(_CIC_LINE.search(line) for line in _lines(text[-3000:])[-_FOOT_LINES:]):
        return True
    return _first_person(text, _VOLUNTEER_VOICE)


def _first_person(text: str, voice: re.Pattern[str], chars: int = 3000) -> bool:
    """Whether `voice` matches the opening outside a quotation (an even count of quotation marks
    on its line before it)."""
    for m in voice.finditer(text, 0, chars):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if len(_QUOTE_MARKS.findall(text, line_start, m.start())) % 2 == 0:
            return True
    return False


# A provider writing of the council that pays it, in the first person ("We are commissioned by
# Newport City Council to …", "Our service is funded by Fife Council", "we run the contact
# centre under contract to Plymouth City Council"): the writer is not the council.
_COUNCIL_NAME = r"(?:the\s+)?(?:[A-Z][\w’'&-]*\s+|(?:of|and|upon|on)\s+){0,5}Council\b"
_COMMISSIONED = re.compile(
    rf"\b(?i:we\s+(?:are|were|have\s+been)|our\s+(?:service|services|work|project|team|"
    rf"contract)\s+(?:is|are|was|has\s+been))\s+(?:(?i:jointly|fully|mainly|partly|"
    rf"also)\s+)?(?i:commissioned|funded|contracted|paid\s+for)\s+by\s+{_COUNCIL_NAME}|"
    rf"\b(?i:we)\s+(?i:deliver|provide|run|offer)\b[^.\n]{{0,100}}?\b(?i:under\s+(?:a\s+)?"
    rf"(?:\w+[\s-]year\s+)?contract\s+(?:to|with|from))\s+{_COUNCIL_NAME}")
_COMMISSIONED_CHARS = 3000


def provider_publisher(text: str, context: Sequence[str] = ()) -> bool:
    """Whether the opening says, in the first person, that a council commissions or funds the
    writer (see above), and no NHS body heads it (an NHS trust a council commissions is a
    statutory partner, whose reports are council reports)."""
    head = _masthead(text, context)
    if any(re.search(r"\bNHS\b|\bHealth\s+Board\b|\bIntegrated\s+Care\b", line) for line in head):
        return False
    return bool(_COMMISSIONED.search(text, 0, _COMMISSIONED_CHARS))


# A council by its own name, as a masthead line or a part of one, or as the author a PDF names or
# the site an HTML page's <title> names after the page's own title ("Anytown Borough Council",
# "Hampshire County Council", "Cyngor Sir Ynys Môn", "Comhairle nan Eilean Siar", "Anytown
# Council (Children's Services)").
_COUNCIL_MASTHEAD = re.compile(
    r"(?:The\s+)?(?:[A-Z][\w’'&-]*\s+|(?:of|and|upon|on|with)\s+){1,6}Council|"
    r"(?:Cyngor|Comhairle)(?:\s+[\w’'&-]+){1,5}")
_QUALIFIER_NOTE = re.compile(r"\s*\([^)\n]{1,40}\)$")


def council_publisher(text: str, context: Sequence[str] = ()) -> bool:
    """Whether the masthead (the first lines, or a PDF's author or an HTML page's <title> in
    `context`) names a council as a line or a part of one (see _COUNCIL_MASTHEAD)."""
    head = _masthead(text, context)
    return any(_COUNCIL_MASTHEAD.fullmatch(_QUALIFIER_NOTE.sub("", part))
               for line in head for part in _parts(line))


def _is_heading_line(line: str) -> bool:
    """A masthead or heading line, not a sentence of the text."""
    return len(line) <= 100 and not line.rstrip().endswith((".", "!", "?", ","))


# A national government or a parliament by its own name, as a line of the document's front
# matter (its heading lines and labelled fields before the first sentence of prose) or a part of
# one: "Department for Education", "Department of Health and Social Care", "Ministry of Justice",
# "Home Office", "HM Treasury", "Cabinet Office", "HM Government", "Welsh Government", "Scottish
# Government", "House of Commons", "House of Lords", "UK Parliament". What a government
# publishes about children's services (a statement, guidance, a policy paper, a consultation
# response) is neither a council's nor a partnership's report; its press release is news by its
# label, and a council's paper about a department's guidance names the council's committee
# in its head.
_GOVERNMENT = re.compile(
    r"(?:The\s+)?(?:Department\s+(?:for|of)\s+(?:[A-Z][\w’'-]*\s*(?:(?:and|&|,)\s+)?){1,6}|"
    r"Ministry\s+of\s+(?:[A-Z][\w’'-]*\s*(?:(?:and|&)\s+)?){1,4}|Home\s+Office|Cabinet\s+Office|"
    r"HM\s+(?:Government|Treasury)|(?:Welsh|Scottish|UK)\s+Government|Llywodraeth\s+Cymru|"
    r"House\s+of\s+(?:Commons|Lords)|UK\s+Parliament|Northern\s+Ireland\s+Office)")
_FRONT_MATTER_LINES = 10
_LABEL = re.compile(r"^[A-Z][\w ]{0,30}?:\s+")  # a field's label: "From: …", "Published by: …"
_PROSE_LINE = re.compile(r"[^\n]{100,}|[^\n]*[a-z][^\n]*[.!?][\"”’']?$")


def front_matter(text: str) -> list[str]:
    """The document's front matter: its first lines up to the first line of prose (a long
    line or a sentence), at most ten."""
    head = []
    for line in _lines(text[:3000])[:_FRONT_MATTER_LINES]:
        if _PROSE_LINE.fullmatch(line):
            break
        head.append(line)
    return head


def government_publisher(text: str, context: Sequence[str] = ()) -> bool:
    """Whether the front matter (or a running header) names a national government department
    or a parliament (see _GOVERNMENT) as a line or a part of one, and no heading line names a
    council, a committee, a board or a partnership the paper goes to (a department's paper to a
    board is that board's)."""
    head = front_matter(text) + [c for c in context if c]
    named = any(_GOVERNMENT.fullmatch(part.strip()) for line in head
                for part in (*_parts(line), *_name_parts(line), _LABEL.sub("", line)))
    parliament = named and any(_PARLIAMENT.fullmatch(line) for line in head)
    if any(_GOVERNANCE_HEAD.search(part) for line in head if _is_heading_line(line)
           for part in _parts(line) if not (parliament and _PARLIAMENT_COMMITTEE.fullmatch(part))):
        return False
    return named


# A parliament by its own name as a whole line of the front matter; under it, a committee of the
# house ("Education Committee", "Committee of Public Accounts", "Work and Pensions Committee")
# is the parliament's own, not a council's committee a paper goes to.
_PARLIAMENT = re.compile(r"House\s+of\s+(?:Commons|Lords)|UK\s+Parliament|Senedd(?:\s+Cymru)?|"
                         r"(?:The\s+)?Scottish\s+Parliament")
_PARLIAMENT_COMMITTEE = re.compile(
    r"(?!.*\b(?:Council|Cabinet|Scrutiny|Board|Partnership|Panel|Commissioner)\b)"
    r"(?:(?:The\s+)?(?:[A-Z][\w’'-]*\s+(?:(?:and|&)\s+)?){1,5}Committee|(?:The\s+)?Committee\s+(?:of|on|for)"
    r"(?:\s+(?:and|&|the))?(?:\s+[A-Z][\w’'-]*){1,5})")


# A council's or a safeguarding body's own web page: the site an HTML page's <title> names after
# the page's own title ("Our year in youth work | Anytown City Council", "Learning from reviews -
# Anyshire Safeguarding Children Partnership", "… | Cyngor Sir Anyshire"), or the front matter's
# publisher line ("Published 3 March 2026 by the Anytown Safeguarding Children Partnership",
# "Published by Anyshire County Council"). Whatever its form (a service's page, a year's account,
# a report set out as a page), it is the council's or the partnership's own product. The site's
# news pages ("… | News | Anytown Council", "Newsroom") are its press releases, read as news.
_PUBLISHED_BY = re.compile(r"(?i)^(?:first\s+)?published\b[^\n]{0,40}?\bby\s+(?:the\s+)?(?P<body>[^\n,;]{3,100}?)"
                           r"(?:['’]s\s+[^\n]{1,60})?[.]?$")
# ... or its copyright line at the foot ("© Anytown City Council 2026", "Copyright 2026 Anyshire
# Safeguarding Children Partnership").
_COPYRIGHT = re.compile(r"(?i)^(?:©|\(c\)|copyright)\s*(?:(?:19|20)\d\d\s*)?(?:the\s+)?"
                        r"(?P<body>[^\n,;|]{3,100}?)[\s.,]*(?:(?:19|20)\d\d)?[\s.]*$")
_SITE_NEWS = re.compile(r"(?i)\b(?:news(?:room)?|press|media\s+(?:centre|releases?)|stories|blogs?)\b")


# ... or a council's own service by its site's name: a council's name and a service every council
# runs under its own name ("Anyshire Family Information Service", "Anytown SEND Local Offer",
# "Anyshire Family Hubs", "Anytown Children's Services"). The place must be a council in the
# gazetteer (extractor.councils), so a charity's or a company's service is not one.
_COUNCIL_SERVICE_SITE = re.compile(
    r"(?P<place>(?:[A-Z][\w’'-]*\s+(?:(?:and|&|of|upon|on)\s+)?){1,4}?)"
    r"(?:(?:(?:County|City|Borough|County\s+Borough|Metropolitan\s+Borough)\s+)?Council['’]?s?\s+)?"
    r"(?:Family\s+Information\s+(?:Service|Directory)|(?:SEND\s+)?Local\s+Offer|Family\s+Hubs?|"
    r"Children['’]?s\s+(?:Services|Social\s+Care)|Virtual\s+School|Early\s+Help(?:\s+Service)?)")


def _council_service_site(name: str) -> bool:
    from .councils import lookup

    m = _COUNCIL_SERVICE_SITE.fullmatch(name.strip())
    return m is not None and lookup(m.group("place").strip()) is not None


def _own_body(name: str) -> bool:
    name = _QUALIFIER_NOTE.sub("", name.strip())
    return bool(_COUNCIL_MASTHEAD.fullmatch(name)) or safeguarding_body_name(name) or \
        _council_service_site(name)


def own_site_publisher(text: str, page_title: str | None = None) -> bool:
    """Whether an HTML page's <title> names a council or a safeguarding body as its site (the
    part after the page's own title, not its news section), or the front matter's publisher
    line or the foot's copyright line names one (see above)."""
    parts = _parts(page_title or "")
    if len(parts) >= 2 and not any(_SITE_NEWS.search(part) for part in parts[1:]) and \
            _own_body(parts[-1]):
        return True
    for line in front_matter(text):
        m = _PUBLISHED_BY.match(line)
        if m and _own_body(m.group("body")):
            return True
    return any((m := _COPYRIGHT.match(line)) is not None and _own_body(m.group("body"))
               for line in _lines(text[-1000:])[-_FOOT_LINES:])


# A council writing as itself, in the first person, of what only a council does: it looks after
# children in care ("children in our care", "the children we look after", "our care leavers",
# "as their corporate parent, we"), keeps a child protection register ("our child protection
# register"), or assesses for and issues education, health and care plans ("we issued 1,040 new
# EHC plans", "asks us to carry out an EHC needs assessment"). Words inside a quotation are a
# speaker's, not the writer's (a story quoting a director).
_COUNCIL_VOICE = re.compile(
    r"(?i)\b(?:(?:children|young\s+people)(?:\s+and\s+young\s+people)?\s+(?:who\s+(?:are|were)\s+)?"
    r"(?:in|leaving)\s+our\s+care|(?:children|young\s+people)\s+(?:(?:whom|who|that)\s+)?we\s+"
    r"(?:look|looked)\s+after|our\s+(?:looked[\s-]after\s+children|children\s+in\s+care|care\s+"
    r"leavers|child\s+protection\s+register)|as\s+(?:their|a|the|your)\s+corporate\s+parents?,?\s+we|"
    r"we\s+(?:issued|finalised|completed|agreed\s+to\s+(?:carry\s+out|make))\s+(?:[\d,]+\s+)?(?:new\s+)?"
    r"(?:EHC|education,?\s+health\s+and\s+care)\s+(?:plans|needs\s+assessments)|"
    r"asks?\s+us\s+(?:to\s+carry\s+out|for)\s+an?\s+(?:EHC|education,?\s+health\s+and\s+care)\s+needs\s+"
    r"assessment)\b")
_VOICE_CHARS = 3000


def council_voice(text: str) -> bool:
    """Whether the opening speaks as a council in the first person (see above), outside a quotation."""
    return _first_person(text, _COUNCIL_VOICE, _VOICE_CHARS)
