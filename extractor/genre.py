"""Genres: whether a text's opening shows what kind of writing it is, whatever its words.

A parliament's debate record or a committee's oral evidence, an inspection's title or letter, a
thread of social posts, a structured abstract, a court's judgment, an ombudsman's decision, a case
review's title, a periodic report's title, a press release's label, a committee paper's head, a
job advert, or a news story's headline and lead. The kind classifier
(extractor.kind) decides a document so written by its genre; area and reporting-period reading use
some of these checks too. Minutes and agenda front sheets are read with meetings (extractor.meeting).
"""

from __future__ import annotations

import re

OPENING = 6000  # characters: a document's opening, enough for title, standfirst and the first sections


# A parliament's record of a debate (Hansard, the Official Report, the Record of Proceedings):
# a motion's formula near the top ("I beg to move, That this House has considered …", "That
# the Parliament recognises …") or the record's own name as a heading line. It is neither a
# council's report nor a story about the debate, which would quote a member, not the motion.
_DEBATE_CHARS = 3000
_MOTION = re.compile(
    r"\bI\s+beg\s+to\s+move\b|"
    r"\bThat\s+(?:this\s+House|the\s+(?:Parliament|Senedd|Assembly))\s+(?:has\s+considered|"
    r"do(?:es)?\s+now\s+adjourn|notes|recognises|recognizes|believes|welcomes|calls\s+on|agrees)\b")
_RECORD_NAME = re.compile(r"(?i)(?:official\s+report|record\s+of\s+proceedings|hansard)"
                          r"(?:\s*[:–—-].*)?")


def is_debate_record(text: str) -> bool:
    """Whether the text is a parliament's record of a debate: a motion's formula in its
    opening, or the record's name as one of its first lines."""
    return bool(_MOTION.search(text, 0, _DEBATE_CHARS)) or \
        any(_RECORD_NAME.fullmatch(line) for line in _opening_lines(text, 4))


# A committee's record of oral evidence: its own heading ("Oral evidence: …", "Examination of
# witnesses") or numbered questions put by named members ("Q214 Chair: …", "Q12 Tom Hastings:").
_EVIDENCE_HEAD = re.compile(r"(?i:oral\s+evidence|examination\s+of\s+witness(?:es)?)"
                            r"(?:\s*[:–—-].*)?")
_NUMBERED_QUESTION = re.compile(r"(?m)^[ \t]*Q\s?\d{1,4}\s+(?:[A-Z][\w’'.-]*\s+){0,3}"
                                r"[A-Z][\w’'.-]*\s*:")
_QUESTIONS_MIN = 2


def is_evidence_transcript(text: str) -> bool:
    """Whether the text is a committee's transcript of oral evidence: so headed in its first
    lines, or with numbered questions put by named members."""
    return any(_EVIDENCE_HEAD.fullmatch(line) for line in _opening_lines(text, 8)) or \
        len(_NUMBERED_QUESTION.findall(text, 0, OPENING)) >= _QUESTIONS_MIN


# An inspectorate's report or letter, titled by its own name: "Inspection of Bedford local
# authority children's services", "Joint targeted area inspection of …", "Joint inspection of
# services for children at risk of harm in …", "Focused visit to …". A headline about one
# says what it found ("Inspection of Stockton finds …", "Ofsted praises …") and is a story.
_INSPECTION_TITLE = re.compile(
    r"(?i:(?:joint\s+(?:targeted\s+area\s+)?)?inspection\s+of|focused\s+visit\s+to|"
    r"monitoring\s+visit\s+to)\s+[^\n]{3,160}")


# ... and so is an independent monitoring scheme's report, titled by the scheme: volunteers or
# lay people who visit a place where people are held or live and report what they saw
# ("Independent Custody Visiting Scheme Annual Report 2025/26", "Independent Monitoring Board
# at HMP Anytown: Annual Report", "Lay Observers' report", "Regulation 44 independent visit
# report"). Like an inspection's, it is neither a council's report nor a story.
_MONITORING_TITLE = re.compile(
    r"(?i:[^\n]{0,80}?\b(?:independent\s+custody\s+visit(?:ing|ors?)|custody\s+visiting\s+scheme|"
    r"independent\s+monitoring\s+boards?|lay\s+observers?['’]?|regulation\s+44)\b[^\n]{0,120})")

_INSPECTION_LINES = 12  # a letter's subject line stands below its addresses


def is_inspection_title(text: str) -> bool:
    """Whether one of the text's first lines is an inspection report's (or letter's) own title,
    or an independent monitoring scheme's report's (see above)."""
    return any((_INSPECTION_TITLE.fullmatch(line) or _MONITORING_TITLE.fullmatch(line)) and
               not line.endswith((".", "!", "?")) and
               not _REPORTED.search(line) and not _FINDS.search(line)
               for line in _opening_lines(text, _INSPECTION_LINES))


# A court's judgment: its neutral citation on a labelled line or a line of its own ("Neutral
# Citation Number: [2026] EWFC 214 (B)", "[2025] EWHC 1234 (Fam)"), or headed "Approved
# Judgment". A story about a case cites no such line.
_JUDGMENT = re.compile(
    r"(?im)^[ \t]*(?:neutral\s+citation(?:\s+number)?\s*:?\s*\[(?:19|20)\d\d\]\s+[A-Z]{2,6}\b[^\n]*|"
    r"\[(?:19|20)\d\d\]\s+(?:EWFC|EWHC|EWCA|EWCOP|UKSC|UKUT|CSOH|CSIH|NICA|NIFam|NIQB)\b[^\n]{0,30}|"
    r"approved\s+judgment)[ \t]*$")
_JUDGMENT_CHARS = 2000


def is_judgment(text: str) -> bool:
    """Whether the opening carries a court judgment's neutral citation or 'Approved Judgment'."""
    return bool(_JUDGMENT.search(text, 0, _JUDGMENT_CHARS))


# An ombudsman's decision on one complaint: its labelled outcome ("Decision: Upheld",
# "Decision:: Not upheld") or its heading ("The Ombudsman's final decision").
_COMPLAINT_DECISION = re.compile(
    r"(?im)^[ \t]*(?:decision\s*:+\s*(?:upheld|not\s+upheld|partly\s+upheld|upheld\s+in\s+part|"
    r"closed\b|premature|discontinued)|"
    r"(?:the\s+)?ombudsman['’]s\s+(?:final\s+)?decision[ \t]*:?[ \t]*$)")


def is_complaint_decision(text: str) -> bool:
    """Whether the opening is an ombudsman's decision on a complaint."""
    return bool(_COMPLAINT_DECISION.search(text, 0, _JUDGMENT_CHARS))


# A regulator's, a tribunal's or a disciplinary panel's decision on one person's case: headed so
# ("Final hearing outcome", "Fitness to Practise Committee: decision", "Decision of the
# Conduct Panel") or with two of a hearing's labelled fields ("Hearing type: Final hearing",
# "Dates of hearing | 13 to 16 October 2026", "Hearing outcome: suspension order"). A report
# that counts hearings (the Children's Hearings a reporter's statistics page counts, a
# council's tribunal appeals) has no such head or fields.
_HEARING_LEAD = r"(?:[^\n]{0,80}[:–—|-]\s*)?"  # a name or a body before the heading's colon
_HEARING_HEAD = re.compile(
    rf"{_HEARING_LEAD}(?:(?:final|interim|substantive|review|misconduct|disciplinary|conduct|"
    r"competence|restoration)\s+)?(?:hearing|order\s+review)\s+(?:outcome|decision|"
    r"determination|record)s?|"
    rf"{_HEARING_LEAD}(?:decision|determination)s?\s+of\s+the\s+(?:fitness\s+to\s+practise|"
    r"conduct|disciplinary|professional\s+conduct|investigating)\s+(?:panel|committee)|"
    r"fitness\s+to\s+practise\s+(?:hearing|panel|committee)(?:\s*[:–—|-]\s*(?:decision|"
    r"outcome|determination)s?)?[^\n]{0,80}", re.I)
_HEARING_FIELD = re.compile(
    r"(?im)^[ \t]*(hearing\s+(?:type|outcome|dates?|venue|panel)|dates?\s+of\s+(?:the\s+)?hearing|"
    r"type\s+of\s+hearing|outcome\s+of\s+(?:the\s+)?hearing|registration\s+number|"
    r"case\s+reference|sanction|interim\s+order)[ \t]*(?:[:|\t]|\s{2,})")
_HEARING_FIELDS_MIN = 2
_HEARING_LINES = 4


def is_hearing_decision(text: str) -> bool:
    """Whether the text is a decision on one person's case by a regulator's, a tribunal's or
    a disciplinary panel: so headed in its first lines, or with two of a hearing's labelled
    fields (one of them the hearing's own) in its opening."""
    if any(_HEARING_HEAD.fullmatch(line) and not line.endswith(".")
           for line in _opening_lines(text, _HEARING_LINES)):
        return True
    fields = {re.sub(r"\s+", " ", m.lower()) for m in _HEARING_FIELD.findall(text, 0, _JUDGMENT_CHARS)}
    return len(fields) >= _HEARING_FIELDS_MIN and any("hearing" in f for f in fields)


# An auditor's report on one audit: its assurance opinion in the opening ("Overall assurance
# opinion: LIMITED", "Assurance level: Reasonable", "We can provide only limited assurance
# that …") under an audit's heading. A council's report of many audits to its committee lists
# them in a table further on.
_ASSURANCE = re.compile(
    r"(?i:\b(?:overall\s+)?(?:assurance\s+(?:opinion|level|rating|grading)|audit\s+opinion)\s*"
    r"[:–—-]?\s*(?:substantial|reasonable|limited|no|full|moderate|satisfactory|adequate|minimal|"
    r"partial|good|weak)\b|\bwe\s+(?:can\s+)?(?:provide|give)\s+(?:only\s+)?(?:substantial|"
    r"reasonable|limited|no|full|moderate|partial)\s+assurance\b)")
_AUDIT_HEAD = re.compile(r"(?i)\baudit(?:or)?s?\b")
_AUDIT_CHARS = 2500
_AUDIT_LINES = 6


# A committee's paper (an audit report presented to an audit committee is a council report,
# see corpus/kinds/README.md): its purpose, its author's report "of" or "to", or what the
# committee is asked to do.
_COMMITTEE_PAPER = re.compile(
    r"(?im)\bpurpose\s+of\s+(?:the\s+|this\s+)?(?:report|paper)\b|"
    r"\b(?:is|are)\s+(?:asked|recommended|invited|requested)\s+to\b|"
    r"^[ \t]*(?:report\s+of|report\s+to|date\s+of\s+meeting|meeting)\b")


def is_audit_report(text: str) -> bool:
    """Whether the text is an auditor's own report on one audit: an audit heading in its first
    lines and an assurance opinion in its opening, not a paper presenting it to a committee."""
    if _COMMITTEE_PAPER.search(text, 0, _AUDIT_CHARS):
        return False
    return any(_AUDIT_HEAD.search(line) and len(line) <= 150 and not line.endswith(".")
               for line in _opening_lines(text, _AUDIT_LINES)) and \
        bool(_ASSURANCE.search(text, 0, _AUDIT_CHARS))


# A peer review's (or peer challenge's) feedback letter or report: the peers' own heading or
# subject line in its opening ("Children's safeguarding peer review, 8 to 11 September 2026",
# "Children's Services Peer Challenge Programme"). A council's paper about one ("Peer review:
# action plan update") is the council's.
_PEER = re.compile(r"(?i)\bpeer\s+(?:review|challenge)s?\b")
_PEER_RESPONSE = re.compile(r"(?i)\b(?:action\s+plan|update|progress|response\s+to|report\s+to|"
                            r"implementation|recommendations?\s+from)\b")
_PEER_LINES = 12


_SALUTATION = re.compile(r"(?m)^[ \t]*Dear\s+[A-Z]")


def is_peer_review(text: str) -> bool:
    """Whether the text's title (its first two lines), or in a letter any opening line, is a
    peer review's own heading, not a council's paper about one, and not a story's headline (a
    report's contents list naming a section "Peer review" is neither)."""
    letter = bool(_SALUTATION.search(text, 0, _AUDIT_CHARS))
    return any(_PEER.search(line) and len(line) <= 150 and not line.endswith((".", "!", "?")) and
               not _PEER_RESPONSE.search(line) and not _REPORTED.search(line) and
               not _FINDS.search(line) and (letter or i < _TITLE_LINES)
               for i, line in enumerate(_opening_lines(text, _PEER_LINES)))


# A slide deck shown to a board or committee: its pages counted "Slide 4 of 12" (in running
# headers or footers) and a board, committee, partnership or council named where the deck is
# named (its title or running header). A board's deck is the board's report.
_SLIDE = re.compile(r"(?i)\bslide\s+\d{1,3}\s*(?:of|/)\s*\d{1,3}\b")
_BODY = re.compile(r"\b(?:Board|Committee|Partnership|Council|Panel|Cabinet|Executive)\b")


def is_board_slide_deck(text: str, context: list[str] | tuple[str, ...] = (),
                        title: str | None = None) -> bool:
    """Whether the document is a slide deck (slides counted 'N of M') presented to a body."""
    heads = [h for h in (title or "", *context) if h]
    slides = any(_SLIDE.search(h) for h in heads) or len(_SLIDE.findall(text)) >= 2
    return slides and any(_BODY.search(h) for h in heads)


_FINDS = re.compile(r"\b(?:finds|found|rates?|rated|says|warns|praises|criticises|reveals)\b", re.I)

# A thread of social-media posts: its posts numbered "1/9", "2/9" … at their ends, or a page
# headed "Thread by @handle".
_POST_COUNTER = re.compile(r"(?m)(?:^|\s)(\d{1,2})\s?/\s?(\d{1,2})(?:\s+#[\w-]+)*[ \t]*$")
_THREAD_HEAD = re.compile(r"(?i:thread|posts?)\s+(?:by|from)\s+@\w+.*")
_POSTS_MIN = 3


def is_post_thread(text: str) -> bool:
    """Whether the text is a thread of social-media posts: a 'Thread by @…' heading, or three
    posts or more counted 'k/N' out of the same N."""
    if any(_THREAD_HEAD.fullmatch(line) for line in _opening_lines(text, 3)):
        return True
    counted: dict[str, set[str]] = {}
    for m in _POST_COUNTER.finditer(text, 0, OPENING):
        if int(m.group(1)) <= int(m.group(2)):
            counted.setdefault(m.group(2), set()).add(m.group(1))
    return any(len(posts) >= _POSTS_MIN for posts in counted.values())


# A single post as a network shows it: its author's line ("Sarah Okafor • Director of …",
# "@handle · 4h") and, below it or on it, the post's age ("2d", "4h", "3 days ago", "1w • Edited").
_POST_AGE = re.compile(r"(?i)^[ \t]*(?:\d{1,2}\s?(?:m|mins?|h|hrs?|d|w|mo|yr)|\d{1,2}\s+(?:minutes?|hours?|"
                       r"days?|weeks?|months?)\s+ago)(?:\s*[•·]\s*[^\n]{0,20})?[ \t]*$")
_POST_AUTHOR = re.compile(r"^[ \t]*(?:@\w+|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})\s*[•·]\s*\S")
_POST_AGE_INLINE = re.compile(r"[•·]\s*\d{1,2}\s?(?:m|h|d|w)[ \t]*$")


def is_single_post(text: str) -> bool:
    """Whether the opening is one social-media post: an author's line ('Name • role', '@handle')
    with the post's age on it or on the next line."""
    lines = _opening_lines(text, 3)
    for i, line in enumerate(lines):
        if not _POST_AUTHOR.match(line):
            continue
        if _POST_AGE_INLINE.search(line) or (i + 1 < len(lines) and _POST_AGE.match(lines[i + 1])):
            return True
    return False


# A partnership's or a board's own newsletter or bulletin: a masthead line that is only a
# safeguarding body's name ("Anyshire Safeguarding Children Partnership", "Anyvale Child
# Protection Committee", "Safeguarding Board for Anyland") and, in the same head, the issue's
# heading ("Newsletter - Issue 9", "Practitioner Bulletin", "E-news"). A body's 7-minute briefing
# or learning update is not this (a case review's own text, decided by its own heading).
_SAFEGUARDING_BODY = re.compile(
    r"(?:[A-Z][\w’'&.-]*\s+(?:(?:and|&|of|the)\s+)?){0,6}(?:(?:Safeguarding\s+(?:Children\s+)?|"
    r"Children\s+Safeguarding\s+)(?:Partnership|Board|Arrangements)|Child\s+Protection\s+Committee)"
    r"(?:\s+for\s+(?:[A-Z][\w’'-]*\s*){1,3})?(?:\s*\([A-Z]{3,6}\))?")


def safeguarding_body_name(name: str) -> bool:
    """Whether `name` is the whole of a safeguarding body's name (see _SAFEGUARDING_BODY)."""
    return bool(_SAFEGUARDING_BODY.fullmatch(name.strip()))


_ISSUE_HEAD = re.compile(r"(?i)\b(?:newsletter|e-?bulletin|bulletin|e-?news|digest)\b")
_BULLETIN_LINES = 3
# ...unless its head names a review it gives the learning of ("Learning bulletin: Child Q
# practice review"): that is the review's own briefing, decided as a case review.
_ON_A_REVIEW = re.compile(r"(?i)\breview\b|\blearning\s+from\b|\b(?:child|baby|sibling)\s+[A-Z]\b")


def is_partnership_bulletin(text: str) -> bool:
    """Whether the head is a safeguarding body's name over (or beside) its bulletin's heading."""
    lines = [line.strip() for line in _opening_lines(text, _BULLETIN_LINES)]
    return any(_SAFEGUARDING_BODY.fullmatch(line) for line in lines) and \
        any(_ISSUE_HEAD.search(line) for line in lines) and \
        not any(_ON_A_REVIEW.search(line) for line in lines)


# A study's structured abstract: its methods, its results and one more of the usual labelled
# parts, each opening a paragraph ("Background: …", "Methods: …", "Results: …",
# "Conclusions: …").
_ABSTRACT_PART = re.compile(r"(?im)^[ \t]*(background|aims?|objectives?|purpose|design|setting|"
                            r"participants|methods?|methodology|results|findings|conclusions?|"
                            r"implications)[ \t]*[:.–—-]")


def is_structured_abstract(text: str) -> bool:
    """Whether the opening is a study's structured abstract: methods, results (or findings)
    and another labelled part."""
    parts = {m.group(1).lower().rstrip("s") for m in _ABSTRACT_PART.finditer(text, 0, OPENING)}
    return bool({"method", "methodology"} & parts) and bool({"result", "finding"} & parts) and \
        len(parts) >= 3


# A case review's own title: a heading line that is only a kind of review's name, perhaps with
# its subject ("Child Practice Review: Child T", "Local Child Safeguarding Practice Review",
# "Significant Case Review (Scotland) / Learning Review: Child A"). A headline about a review
# says more ("Learning review published after toddler's death") and is a story.
_REVIEW_NAME = (r"(?:(?:Local\s+)?Child\s+Safeguarding\s+Practice|Child\s+Practice|"
                r"(?:Serious|Significant|Multi-Agency)\s+Case|Learning|Rapid|Practice\s+Learning|"
                r"Safeguarding\s+Practice|Domestic\s+Homicide)\s+Review(?:\s*\([^)\n]{1,30}\))?")
_SUBJECT = (r"(?:(?:Child|Children|Baby|Babies|Family|Young\s+Person|Sibling(?:s|\s+Group)?|"
            r"Siblings)\s+[A-Z][\w-]*|[A-Z][a-z]+)")
_REFERENCE = r"[A-Z]{2,8}\s*\d{1,3}\s*/\s*\d{2,4}"  # a review's reference: "GWSB 02/2024"
_REVIEW_TITLE = re.compile(
    rf"(?:{_REVIEW_NAME}(?:\s*(?:/|and|&)\s*{_REVIEW_NAME})*)"
    rf"(?:\s*[:–—-]\s*(?:{_SUBJECT}|Executive\s+Summary|Overview\s+Report)|"
    rf"\s*[:–—-]?\s*{_REFERENCE})?"
    rf"(?:\s*[:–—-]?\s*(?:Executive\s+Summary|Overview\s+Report))?", re.I)
_TITLE_LINES = 2


def _opening_lines(text: str, n: int = _TITLE_LINES) -> list[str]:
    """The text's first `n` non-blank lines (by default the two where its own title stands)."""
    raw = max(8, n)  # non-blank lines among the first `raw` lines
    lines = [line.strip() for line in text.lstrip().split("\n", raw)[:raw] if line.strip()]
    return lines[:n]


def is_review_title(text: str) -> bool:
    """Whether one of the text's first heading lines is a case review's own title."""
    return any(_REVIEW_TITLE.fullmatch(line) for line in _opening_lines(text))


# A periodic report's own title: a heading line of capitalised words that ends on the report's
# name and its period ("Annual Report 2024-25", "Local Authority Designated Officer (LADO)
# Annual Report", "Child Protection Minimum Dataset", "Performance Scorecard Q3 2025/26").
# A headline about a report has lower-case words ("Partnership publishes annual report").
_CAPITALISED = r"(?:(?:[A-Z0-9(&][\w’'()&,.:-]*|of|and|for|the|on|in|from|at|with)\s+)*"
_PERIOD_WORDS = r"(?:[\s:,–—-]*(?:(?:19|20)\d\d(?:\s*[/–—-]\s*\d\d(?:\d\d)?)?|Q[1-4]|Quarter\s+[1-4]|" \
    r"(?:January|February|March|April|May|June|July|August|September|October|November|" \
    r"December)|to|\((?:[A-Z][a-z]+|to|\d+|\s)+\)))*"
# ... or of a part of a year: "Missing Children: Quarter 3 Report 2025/26", "Q2 Report",
# "Fostering Service: Half-Year Report 2025/26", "Monthly Performance Report - May 2026".
_PART_OF_YEAR = r"(?:Q[1-4]|Quarter\s+[1-4]|Half[\s-]Year(?:ly)?|Mid[\s-]Year|Six[\s-]Monthly|Monthly)"
_PERIODIC_TITLE = re.compile(
    rf"{_CAPITALISED}(?:Annual|Biennial|Quarterly|Performance)\s+(?:Report|Scorecard|Dashboard)"
    rf"{_PERIOD_WORDS}|{_CAPITALISED}(?:Minimum\s+Dataset|Scorecard|Dashboard){_PERIOD_WORDS}|"
    rf"{_CAPITALISED}{_PART_OF_YEAR}\s+(?:Performance\s+)?(?:Report|Update|Scorecard){_PERIOD_WORDS}")


# A line that is nothing but a report's frequency, 'report' and its year is the report's own title
# in any case ("Yearly report 2023-24", "Half-yearly report: 2025/26"); it may stand third, under
# a body's name and the councils it covers.
_PERIOD_ONLY_TITLE = re.compile(
    r"(?i:annual|yearly|half[- ]yearly|six[- ]monthly|quarterly|biennial)\s+(?i:report)"
    r"\s*[:,–—-]?\s*(?:19|20)\d\d(?:\s*[/–—-]\s*\d\d(?:\d\d)?)?")


def is_periodic_report_title(text: str) -> bool:
    """Whether one of the text's first two heading lines is a periodic report's own title, or one
    of its first three lines is only a frequency, 'report' and a year."""
    return any(_PERIODIC_TITLE.fullmatch(line) for line in _opening_lines(text)) or \
        any(_PERIOD_ONLY_TITLE.fullmatch(line) for line in _opening_lines(text, _TITLE_LINES + 1))


_MINOR = {"of", "and", "the", "for", "on", "in", "to", "a", "an", "with", "at", "by", "from"}


def _title_case(line: str) -> bool:
    """Every word but the short joining ones starts with a capital or a digit."""
    words = re.findall(r"[A-Za-z0-9][\w’'&-]*", line)
    return bool(words) and all(w[0].isupper() or w[0].isdigit() or w.lower() in _MINOR
                               for w in words)


# A story: a headline in sentence case ("Adoption panel warns of delays", "Board publishes
# annual report") over a lead that reports what someone said, heard, found or published. A
# committee paper's front sheet ("From: …", "To: …", "Subject: …") is not one.
_HEADLINE_CHARS = 120
_LEAD_CHARS = 600
_REPORTED = re.compile(
    r"\b(?:said|says|told|heard|warned|revealed|announced|found|admitted|claimed|confirmed|"
    r"(?:has|have)\s+(?:published|announced|revealed|warned)|(?:was|were|has\s+been|have\s+been)"
    r"\s+told)\b")
# a lead that ends on its source, after a comma: '..., council figures show.', '..., its annual
# report shows.', '..., a new analysis has found.' (the news lead's attribution set last)
_SOURCE_SHOWS = re.compile(
    r",\s+(?:(?:its|their|the|a|new|latest|official|government|council)\s+)?(?:[\w’'-]+\s+){0,2}"
    r"(?:report|reports|figures|data|statistics|analysis|research|papers|documents|survey|review|accounts|minutes)"
    r"\s+(?:shows?|reveals?|suggests?|(?:has|have)\s+found)\s*[.!]")
_FRONT_SHEET = re.compile(r"(?im)^[ \t]*(?:from|to|subject|report\s+to|date\s+of\s+meeting|"
                          r"meeting|report\s+title|title|venue|present|attendance)[ \t]*:")


def is_story_opening(text: str) -> bool:
    """Whether the text opens as a news story: a sentence-case headline and a reporting lead."""
    opening = text.lstrip()
    head, _, rest = opening.partition("\n")
    head = head.strip()
    words = re.findall(r"[\w’'-]+", head)
    if not head or len(head) > _HEADLINE_CHARS or head.endswith((".", ":")) or len(words) < 3 or \
            _title_case(head) or head.isupper() or re.search(r"\s[>|»]\s", head):
        return False
    if _FRONT_SHEET.search(opening, 0, _LEAD_CHARS * 2):
        return False
    lead = _QUOTED.sub("", rest[:_LEAD_CHARS])
    # a body writing of itself ("What we learned", "our reviews") or to its reader ("If you are
    # worried …") is its own page, not a story
    if _FIRST_PERSON.search(lead):
        return False
    return bool(_REPORTED.search(lead) or _SOURCE_SHOWS.search(lead)) or \
        any(BYLINE_LINE.fullmatch(line.strip()) for line in rest.split("\n", 2)[:2])


# A reporter's byline on one of the two lines under the headline ("By Ruth Bell", "By Jo Khan,
# Local Democracy Reporter"): the headline heads a story even when its lead reports no source.
BYLINE_LINE = re.compile(r"By\s+(?:[A-Z][\w’'-]*\.?\s+){1,3}[A-Z][\w’'-]+(?:\s*,\s*[^\n]{1,60})?")


# a quotation, closed or running on to the end of its paragraph (UK newspaper style)
_QUOTED = re.compile(r"[“\"][^”\"\n]*(?:[”\"]|$)", re.M)
_FIRST_PERSON = re.compile(r"\b(?:we|our|us|you|your)\b", re.I)  # ...or addressing its reader


# A briefing note to a council's members: an officer's note headed so ("Elected Members'
# Briefing Note", "Members' Briefing", "Briefing note for councillors"), or a memo addressed to
# them ("To: All Elected Members" under "From: Director of Children's Services"). It is the
# council's paper, a council report, whatever it briefs on.
_BRIEFING_HEAD = re.compile(
    r"(?im)^[ \t]*(?:(?:elected\s+)?members['’]?|councillors['’]?|member)\s+briefing(?:\s+(?:note|"
    r"paper|sheet))?\b|^[ \t]*briefing\s+(?:note|paper)\s+(?:for|to)\s+(?:all\s+)?(?:elected\s+)?"
    r"(?:members|councillors)\b")
_TO_MEMBERS = re.compile(r"(?im)^[ \t]*To\s*:\s*(?:all\s+)?(?:elected\s+)?(?:members|councillors)\b")
_FROM_LINE = re.compile(r"(?im)^[ \t]*From\s*:\s*\S")
_BRIEFING_LINES = 12


def is_members_briefing(text: str) -> bool:
    """Whether the text's first lines head it as a briefing note to members, or address it to
    them as a memo from an officer (see above)."""
    head = "\n".join(_opening_lines(text, _BRIEFING_LINES))
    return bool(_BRIEFING_HEAD.search(head)) or \
        bool(_TO_MEMBERS.search(head) and _FROM_LINE.search(head))


# A joint strategic needs assessment, the health and wellbeing board's statutory account of its
# area's needs, heads its own chapters and pages ("Joint Strategic Needs Assessment", "JSNA:
# Children's mental health", "Anytown JSNA 2026 - Chapter 4"): the council's (and its board's)
# report. A headline about one ("JSNA shows a rise in …") is a story's.
# So does a council's other statutory assessment of need or of places, titled by its name
# ("Youth Justice Needs Assessment 2025/26", "Placement Sufficiency Assessment 2025-26",
# "Childcare Sufficiency Assessment"), and a JSNA's page whose breadcrumb starts with it ("JSNA >
# Starting well > Section 7") or whose <title> names it as the site ("Young carers - Anyshire
# JSNA").
_JSNA_HEAD = re.compile(r"(?im)^[ \t]*(?:[A-Z][\w’'&-]*\s+){0,4}(?:joint\s+strategic\s+needs\s+"
                        r"assessments?|JSNA)\b(?:\s+\d{4}(?:[/-]\d{2,4})?)?[ \t]*(?:[:|>»–—-].*)?$")
_ASSESSMENT_TITLE = re.compile(
    r"(?:[A-Z][\w’'&-]*\s+|(?:and|of|for|&)\s+){0,5}(?:Needs|Sufficiency)\s+Assessment"
    r"(?:\s*[:,–—-]?\s*(?:19|20)\d\d(?:\s*[/–—-]\s*\d\d(?:\d\d)?)?)?")
_JSNA_SITE = re.compile(r"(?i)\b(?:joint\s+strategic\s+needs\s+assessments?|JSNA)\b")
_JSNA_LINES = 4


def is_needs_assessment(text: str, page_title: str | None = None) -> bool:
    """Whether one of the text's first lines heads it as a JSNA or a chapter of one, or as a
    statutory needs or sufficiency assessment, or an HTML page's <title> names a JSNA as its
    site (a part after the page's own title)."""
    lines = _opening_lines(text, _JSNA_LINES)
    site = re.split(r"\s+[|–—-]\s+|\s*\|\s*", page_title or "")[1:]
    return any(_JSNA_HEAD.match(line) for line in lines) or \
        any(_ASSESSMENT_TITLE.fullmatch(line) for line in lines[:_TITLE_LINES]) or \
        any(_JSNA_SITE.search(part) for part in site)


# An official statistics publication names its genre in its title lines ("Statistical Release",
# "Statistical Bulletin", "Statistical Analysis 2024/25", "Family Court Statistics Quarterly",
# "Official Statistics"): a statistics producer's, `other` like a release note, not a council's
# periodic report (a council committee's head on the paper keeps it the council's).
_STATISTICS_HEAD = re.compile(
    r"^(?:[A-Z][\w’'-]*\s+){0,6}(?:Statistical\s+(?:Release|Bulletin|Analysis|First\s+Release|"
    r"Summary|Publication)|Official\s+Statistics|Statistics\s+(?:Quarterly|Bulletin|Release|"
    r"Annual))\b")
_STATISTICS_LINES = 3


def is_statistics_release(text: str) -> bool:
    """Whether one of the text's first lines names it an official statistics publication and no
    council or committee heads it (see above)."""
    lines = _opening_lines(text, _STATISTICS_LINES)
    if any(re.search(r"\b(?:Council|Committee|Cabinet|Scrutiny|Board|Partnership)\b", line)
           for line in lines):
        return False
    return any(_STATISTICS_HEAD.match(part.strip()) for line in lines
               for part in re.split(r"\s*[|–—]\s*|\s+-\s+", line))


# A factsheet titled as one in its first lines ("Key facts: children and young people",
# "Children in care: key facts 2026", "Factsheet 3 - Child poverty", "Fact sheet: young carers",
# "Anyshire factsheet: early years"): a quick reference of published figures for anyone, `other`
# like a statistics page, whoever compiles it; a committee's, a board's or a partnership's paper
# so headed is that body's report (its "year in numbers" page too).
_FACTSHEET_TITLE = re.compile(
    r"(?i)(?:[^\n:|]{0,80}[:–—-]\s*|(?-i:(?:[A-Z][\w’'-]*\s+){0,4}))?(?:key\s+facts|fact\s*sheet|quick\s+facts)(?:\s+(?:and\s+figures|"
    r"no\.?|\d{1,3}(?:\s+of\s+\d{1,3})?))?(?:\s*(?:[:–—-]|about|on|for)\s*[^\n]{1,100})?"
    r"(?:\s+(?:19|20)\d\d(?:[/-]\d\d)?)?")
_FACTSHEET_LINES = 3


def is_factsheet(text: str) -> bool:
    """Whether one of the text's first lines titles it a factsheet (see above) and no council
    committee, board or partnership heads it."""
    lines = _opening_lines(text, _FACTSHEET_LINES)
    if any(re.search(r"\b(?:Committee|Cabinet|Scrutiny|Board|Partnership|Panel)\b", line)
           for line in lines) or is_committee_paper_head(text):
        return False
    return any(_FACTSHEET_TITLE.fullmatch(line) and len(line) <= _HEADING_LINE_CHARS and
               not line.endswith((".", "!", "?")) for line in lines)


# A body's account of how a season or a year went, headed by its figures ("Summer in numbers",
# "Our year in numbers", "2025/26 at a glance", "The term in figures"): on a council's own page
# or paper it is the council's report of its service (kind.py asks who publishes). A place's
# statistics series ("Anytown in Numbers") and a factsheet are not a season's account.
_RESULTS_HEAD = re.compile(
    r"(?i)(?:(?:our|the|this|last|your)\s+)?(?:year|summer|spring|autumn|winter|term|holidays?|"
    r"season|quarter|month|(?:19|20)\d\d(?:\s*[/–-]\s*\d\d(?:\d\d)?)?)"
    r"(?:\s+(?:19|20)\d\d(?:\s*[/–-]\s*\d\d(?:\d\d)?)?)?"
    r"\s+(?:in\s+(?:numbers|figures)|at\s+a\s+glance)(?:\s*\([^)\n]{1,20}\))?\s*:?")
_RESULTS_LINES = 6


def is_results_heading(text: str) -> bool:
    """Whether one of the text's first lines heads a season's or a year's figures (see above)."""
    return any(_RESULTS_HEAD.fullmatch(line) for line in _opening_lines(text, _RESULTS_LINES))


# A press release labels itself in its first lines, as a line or a part of one split off by
# "|", "/", ">" or a dash: "Press release", "NEWS RELEASE", "Media release – 3 May 2026",
# "Press release ref: ABC/PR/2026/12", "For immediate release", "Embargoed until 00:01 …",
# Welsh "Datganiad i'r wasg". Whoever issues it (a council, a partnership, the police, a trust,
# a government), it is a news article. A title about press releases ("Press releases issued
# this quarter") or a sentence mentioning one is not the label.
_RELEASE_LABEL = re.compile(
    r"(?i:(?:press|news|media)\s+(?:release|notice)s?|datganiad(?:au)?\s+i['’]r\s+wasg)"
    r"(?:\s*(?:[:#(–—-]|ref\b|no\b|\d)[^\n]*)?|"
    r"(?i:for\s+immediate\s+release|embargoed?\b)[^\n]*")
_RELEASE_SPLIT = re.compile(r"\s+[|/>»–—-]\s+|\s*\|\s*")
_RELEASE_LINES = 8
_RELEASE_LINE_CHARS = 120


def is_press_release(text: str) -> bool:
    """Whether one of the text's first lines (or a part of one) is a press release's own label."""
    return any(len(line) <= _RELEASE_LINE_CHARS and not line.endswith(".") and
               any(_RELEASE_LABEL.fullmatch(part.strip()) for part in _RELEASE_SPLIT.split(line))
               for line in _opening_lines(text, _RELEASE_LINES))


# A paper for a council's committee, headed as one: among its first lines the meeting it goes
# to, a committee, panel, board or cabinet named with the meeting's date ("Children and Families
# Scrutiny Panel, 14 November 2024", "To: Health and Wellbeing Board – 4 December 2025"), or an
# agenda item's heading ("Item 6: Child protection plans", "Agenda item 7: …"); and a council's
# or partnership's body named there (a council, a scrutiny or safeguarding body, a cabinet, a
# health and wellbeing board), so that a parliament's committee is not taken for a council's.
# It is the council's report, whatever it reports.
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_MEETING_DATE = (rf"(?:held\s+on\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                 rf"Sunday),?\s+)?\d{{1,2}}(?:\s?(?:st|nd|rd|th))?\s+{_MONTH}(?:,?\s+(?:19|20)\d\d)?")
# (a superscript ordinal reaches a PDF's text as a word of its own: "9 th January")
_NAME_WORDS = r"(?:(?:[A-Z][\w’'&().-]*|of|and|for|the|on|in|&)\s+)*"
_MEETING_HEAD = re.compile(
    rf"(?:{_NAME_WORDS}[A-Z][\w’'&().-]*\s*[-–—:|]\s*)?{_NAME_WORDS}"
    rf"(?:Committee|Sub-Committee|Panel|Cabinet|Board|Executive)(?:\s*[,:–—-]\s*|\s+){_MEETING_DATE}")
_ITEM_HEAD = re.compile(r"(?i:(?:agenda\s+)?item\s+(?:no\.?\s*)?)\d{1,2}[a-z]?\s*[:.–—-]\s*\S[^\n]*")
_COUNCIL_BODY = re.compile(r"\b(?:Council|Borough|County|Scrutiny|Partnership|Safeguarding|Cabinet|"
                           r"Health\s+and\s+Wellbeing|Corporate\s+Parenting)\b")
_PAPER_LINES = 6
# ... or a front sheet's addressee naming the council itself as the meeting ("To: County
# Council – 9th January 2025", "To: Full Council, 13 March 2026", "To: Council Date: 4 June 2026")
# with its author's or its subject's label ("From: …", "By: …", "Subject: …") in the same head,
# so that a letter addressed to a council is not taken for its paper. A PDF's front sheet often
# reaches the text as one run-in paragraph, so the head is its first characters, not its lines.
_COUNCIL_MEETING_TO = re.compile(
    rf"(?:^|\s)To\s*:\s*{_NAME_WORDS}Council(?:\s*[,:–—-]\s*|\s+)(?:Date\s*:\s*)?{_MEETING_DATE}")
_MEMO_LABEL = re.compile(r"(?:^|\s)(?:From|By|Subject|Title|Report\s+(?:of|by|author))\s*:", re.I)
_MEMO_CHARS = 600


_FIELD_SPLIT = re.compile(r"\s*\|\s*")  # a header line's fields: "Wednesday 11 November | Agenda item 6: …"


# A committee paper's appendix, published as its own file: its label heads it as the first line,
# the PDF's title or a running header ("Appendix D", "APPENDIX 1", "Appendix C - Budget Risk
# Register", "Appendix I: Capital Programme 2026-27", "Item 7 Appendix 2"). Councils' papers carry
# their tables and plans in lettered or numbered appendices; such a file (often a table with no
# prose) is the paper's, a council report. A review's own appendix is decided by its title before.
_APPENDIX_LABEL = re.compile(
    r"(?:(?i:(?:agenda\s+)?item)\s+\d{1,2}[a-z]?\s*[-–—:|,]?\s*)?(?:Appendix|APPENDIX)\s+"
    r"(?:[A-Z]|\d{1,2}[a-z]?|[IVX]{1,4})(?:\s*[-–—:.|]\s*[^\n]{1,100}|\s+[A-Z][^\n]{0,100})?")


def is_appendix_head(text: str, context: list[str] | tuple[str, ...] = (), title: str | None = None) -> bool:
    """Whether the first line, the PDF's title or a running header is a committee paper's
    appendix label (see above)."""
    heads = [*_opening_lines(text, 1), *(c for c in context if c), title or ""]
    return any(len(h) <= _HEADING_LINE_CHARS and _APPENDIX_LABEL.fullmatch(h.strip()) for h in heads if h)


def is_committee_paper_head(text: str) -> bool:
    """Whether the text's first lines head it as a paper for a council's committee meeting: the
    meeting (a body with its date) or an agenda item, as a line or as one of a header line's
    fields split by "|" (a webcast's or a template's header), and a council's body named there;
    or a front sheet's "To: <the council> <date>" line with a "From:"/"By:"/"Subject:" line."""
    lines = _opening_lines(text, _PAPER_LINES)
    fields = [part for line in lines for part in _FIELD_SPLIT.split(line) if part]
    head = text.lstrip()[:_MEMO_CHARS]
    if _COUNCIL_MEETING_TO.search(head) and _MEMO_LABEL.search(head):
        return True
    return any(_MEETING_HEAD.fullmatch(part) or _ITEM_HEAD.fullmatch(part) for part in fields) and \
        any(_COUNCIL_BODY.search(line) for line in lines)


# A job advert or a post's job description: headed so in its first lines ("Job description and
# person specification", "Role profile: Reviewing Officer", "Job advert – Social Worker"), or
# with two of a post's labelled terms in its opening ("Salary:", "Grade:", "Closing date:",
# "Hours:", "Job title:", "Responsible to:"). Whoever employs, it is neither a report nor a story.
_JOB_HEAD = re.compile(
    r"(?i:job\s+(?:description|profile|advert(?:isement)?)|person\s+specification|role\s+profile)"
    r"(?:\s*(?:and|&|[:–—|-])\s*[^\n]{0,100})?", re.I)
_JOB_TERM = re.compile(r"(?im)^[ \t]*(salary|grade|closing\s+date(?:\s+for\s+applications)?|hours|"
                       r"(?:post|job)\s+title|responsible\s+to|interview\s+dates?)[ \t]*:")
_JOB_CHARS = 2500
_JOB_LINES = 8
_JOB_TERMS_MIN = 2


def is_job_advert(text: str) -> bool:
    """Whether the text is a job advert or description: so headed in its first lines, or with
    two of a post's labelled terms (salary, grade, closing date …) in its opening."""
    if any(_JOB_HEAD.fullmatch(line) and not line.endswith(".")
           for line in _opening_lines(text, _JOB_LINES)):
        return True
    terms = {re.sub(r"\s+", " ", m.lower()) for m in _JOB_TERM.findall(text, 0, _JOB_CHARS)}
    return len(terms) >= _JOB_TERMS_MIN


# A newsroom's broadcast or podcast: a programme's transcript, episode, bulletin or running order
# named in the first lines ("Episode 87: …", "phone-in transcript", "6pm bulletin - running
# order") and a newsroom's words in its opening (its reporter or correspondent, the news it
# covers, a tip line: "Got a story?"). A practitioners' podcast has an episode but no newsroom.
_PROGRAMME = re.compile(r"(?i)\b(?:(?:episode|ep\.)\s*\d{1,4}|podcast|transcript|phone-in|bulletin|"
                        r"running\s+order|show\s+notes|programme)\b")
_NEWSROOM_WORDS = re.compile(r"(?i)\b(?:news(?:room|desk)?|reporter|correspondent|journalist|"
                             r"headlines?|got\s+a\s+story|tip[\s-]?offs?|news\s+tips?)\b")
_PROGRAMME_LINES = 3
_PROGRAMME_CHARS = 1500


def is_news_programme(text: str) -> bool:
    """Whether the text is a newsroom's broadcast or podcast (see above)."""
    return any(_PROGRAMME.search(line) and len(line) <= _HEADING_LINE_CHARS
               for line in _opening_lines(text, _PROGRAMME_LINES)) and \
        bool(_NEWSROOM_WORDS.search(text, 0, _PROGRAMME_CHARS))


# A consultation's own page or its results, so headed in its first two lines ("Consultation on
# our Plan for Children and Families 2027-2030", "Have your say on our budget for 2027-28",
# "Budget 2027/28 consultation: what you told us", "You said, we did"): whoever runs it, it is
# neither a report to a committee nor a story. A committee's paper on one (its purpose, what the
# committee is asked to do) is the council's.
_CONSULTATION_HEAD = re.compile(r"(?i)\bconsultation\b|\bhave\s+your\s+say\b|"
                                r"\byou\s+said,?\s+we\s+did\b|\bwhat\s+you\s+told\s+us\b")
_HEADING_LINE_CHARS = 150


def is_consultation_page(text: str) -> bool:
    """Whether the text's title lines head it as a consultation or its results (see above)."""
    if _COMMITTEE_PAPER.search(text, 0, _AUDIT_CHARS) or is_committee_paper_head(text):
        return False
    return any(_CONSULTATION_HEAD.search(line) and len(line) <= _HEADING_LINE_CHARS and
               not line.endswith((".", "!", "?"))
               for line in _opening_lines(text, _TITLE_LINES))


# A person's address to an audience, published as text: a speech, a lecture or a talk's
# speaking notes, whoever hosts it (a council's site, a department's, a charity's). It is one
# person's words, not a body's report nor a newsroom's story, so `other` like a blog. Its head
# says so: the delivery note ("Check against delivery", "As delivered", "As prepared for
# delivery"), or a heading line or a header field that names the form ("Speech", "Keynote
# address, Anytown Conference, 3 May 2026", "Speaking notes: …", "Lecture - …", "Speech by the
# Cabinet Member for Children"). A story about a speech reports it ("… told the conference").
_ADDRESS_NOTE = re.compile(r"(?i)\b(?:check\s+against\s+delivery|as\s+(?:prepared\s+for\s+)?delivered|"
                           r"as\s+prepared\s+for\s+delivery|only\s+the\s+spoken\s+word\s+counts)\b")
_ADDRESS_QUALIFIER = r"(?:keynote|opening|closing|plenary|conference|annual|inaugural|memorial|welcome)"
_ADDRESS_FORM = re.compile(
    rf"(?i)(?:(?:{_ADDRESS_QUALIFIER}\s+)?(?:speech(?!\s*,?\s*(?:and\s+)?(?:language|therapy))|lecture|"
    r"speaking\s+notes|oration)|"
    rf"{_ADDRESS_QUALIFIER}\s+(?:address|remarks))(?:\s+(?:19|20)\d\d)?"
    r"(?:\s*(?:[:,–—-]|\bby\b|\bto\b|\bat\b|\bof\b|\bdelivered\b)\s*[^\n]{0,160})?|"
    # an address or remarks "by", "to" or "at" someone or somewhere ("Address to the annual
    # conference", "Remarks by the Director of Children's Services")
    r"(?:address|remarks)\s+(?:by|to|at|delivered)\b[^\n]{1,160}")
_ADDRESS_LINES = 5


def is_address(text: str, context: list[str] | tuple[str, ...] = ()) -> bool:
    """Whether the head shows the text is a person's address to an audience (see above): the
    delivery note among its first lines, or a heading line, a part of one, or a running
    header's field that names the form."""
    lines = _opening_lines(text, _ADDRESS_LINES)
    if any(_ADDRESS_NOTE.search(line) and len(line) <= _HEADING_LINE_CHARS for line in lines):
        return True
    heads = [*lines, *(c for c in context if c)]
    return any(_ADDRESS_FORM.fullmatch(part.strip()) and not line.endswith((".", "!", "?")) and
               len(line) <= _HEADING_LINE_CHARS and not _REPORTED.search(part)
               for line in heads for part in _FIELD_SPLIT.split(line) if part.strip())


# A body's account of its own work: its title (or the page's own title) names a report or a
# year's account ("Annual report 2025", "Fostering service report", "Our year", "The year in
# review", "Our impact", "Progress against our plan"), or its opening says what the body did
# ("Here is what we did last year", "what the service achieved", "This report covers …", "This
# page looks back on …"). A body's information page (how to report a concern, a local offer of
# what it will do, a careers page, an FOI answer, a petition's response) gives no such account.
_ACCOUNT_TITLE = re.compile(r"(?i)\b(?:reports?|our\s+year|(?:the|a|this|last)\s+year\s+in\b|"
                            r"year\s+in\s+review|annual\s+review|looking\s+back|our\s+impact|"
                            r"achievements|progress\s+(?:report|update|against))\b")
_ACCOUNT_LEAD = re.compile(
    r"(?i)\b(?:what\s+(?:we|the\s+(?:service|team|partnership|board|council))\s+(?:did|achieved|"
    r"delivered|learned|learnt)\b|this\s+(?:report|page|summary|update|account)\s+(?:covers|"
    r"looks\s+back|sets\s+out\s+(?:what|how)\s+(?:we|the\s+\w+)\s+(?:did|achieved|performed)|"
    r"reports\s+on|summarises|describes\s+(?:what|the\s+work))\b)")
_ACCOUNT_CHARS = 800


def is_account(text: str, page_title: str | None = None) -> bool:
    """Whether the title, the page's own title or the opening shows the text is a body's
    account of its own work (see above)."""
    own_title = re.split(r"\s+[|–—-]\s+|\s*\|\s*", page_title or "")[0]
    titles = [own_title, *_opening_lines(text, _TITLE_LINES)]
    return any(_ACCOUNT_TITLE.search(t) and len(t) <= _HEADING_LINE_CHARS and
               not t.endswith((".", "!", "?")) for t in titles if t) or \
        bool(_ACCOUNT_LEAD.search(text, 0, _ACCOUNT_CHARS))


# A government's published response to a parliamentary committee's report or to a review: its own
# title ("Government Response to the Committee's Fifth Report", "Multi-agency arrangements:
# Government response to the Education Committee", "The Welsh Government's response to the
# Children, Young People and Education Committee's report"). The government answers the committee's
# recommendations; the document is neither a council's nor a partnership's report. A story's
# headline about one ("Government response to review 'falls short', says charity") is news.
_GOVERNMENT_RESPONSE = re.compile(
    r"(?:[^\n]{0,120}[:–—|-]\s*)?(?:The\s+)?(?:(?:UK|HM|Welsh|Scottish)\s+)?Government(?:['’]s)?\s+"
    r"[Rr]esponse\s+to\s+(?:the\s+)?[^\n\"“”‘]{3,160}", re.I)
_RESPONSE_STORY = re.compile(r"[\"“”‘]|(?<!\w)'(?=\w)|\b(?:says?|said|slams?|criticis\w+|attacks?|falls?\s+short|"
                             r"branded|hits?\s+out)\b", re.I)


def is_government_response(text: str, title: str | None = None) -> bool:
    """Whether the text's title (its first two lines, or the document's title) is a government's
    response to a committee's report or a review (see _GOVERNMENT_RESPONSE), not a story's headline."""
    return any(_GOVERNMENT_RESPONSE.fullmatch(line) and not _RESPONSE_STORY.search(line) and
               not line.endswith((".", "!", "?"))
               for line in (*_opening_lines(text), title or "") if line)
