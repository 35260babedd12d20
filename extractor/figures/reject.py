"""Reject: numbers that are no reported figure (years, dates, references, list items,
contents lines, ages, ranks, codes, boilerplate ...), each with the reason shown in `show`."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from ..charts import is_axis_tick
from ..numbers import Quantity, parse_words
from .advert import advert_reason
from .band import band_reason
from .citation import in_citation
from .ballot import is_ballot_mark
from .qualifier import INCIDENT_ELSEWHERE
from .counter import is_counter
from .furniture import furniture_reason
from .identifier import SERVICE_NUMBERS, identifier_reason
from .language import in_foreign_sentence
from ..line import line_of
from .mark import in_affiliation_mark, in_numbered_heading, in_numbered_item, in_reference_mark
from .procedure import procedure_reason
from .propose import EVENT_ZERO
from .statistic import is_statistic
from .analysis import _QUOTED
from ..speakers.vocabulary import person_nouns

if TYPE_CHECKING:
    from spacy.tokens import Doc


_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
          r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|"
          # the Welsh months of bilingual papers: '10 Rhagfyr / December 2026', '31 Mawrth 2026'
          r"Ionawr|Chwefror|Mawrth|Ebrill|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr)")
# Words before a number that make it a name or reference, not an amount.
_REF_BEFORE = re.compile(
    r"(?:\b(?:page|pages|p\.|section|sections|s\.|paragraph|paragraphs|para|chapter|table|appendix|"
    r"item|question|junction|channel|version|minute|minutes|figure|step|phase|stage|tier|ward|"
    r"route|no\.|number|priority|annex|recommendation|act|regulations|q|quarter|flat|unit|"
    r"room|box|line|year|class|grade|band|category|level|freeview|part|regulation|article|schedule|clause|rule|uin|"
    # a column of a parliamentary report or a table ('Hansard, col 873'), a menu's option ('choose option
    # 2'), a show's episode or series ('in episode 87', 'Season 2'; 'the summer season 400 children' counts)
    r"column|col\.?|option|episode|ep\.|(?-i:Season)|"
    # a council's rules and an audit's recommendations: 'Standing Order 37', 'Contract Standing
    # Order 12.4', 'Council Procedure Rule 14', 'Rec 3 | Priority 2'
    r"standing\s+orders?|procedure\s+rules?|byelaws?|bylaws?|recs?\.?|"
    # Welsh page furniture of bilingual papers: 'Tudalen 31 / Page 31', 'Eitem 7 / Item 7'
    r"tudalen|eitem|"
    # the numbered items of a decision or a motion: 'allegation 2', 'particular 1(b)', 'Charge 3',
    # 'Standard 3.11', 'amendment 2' ('the standard 12 weeks' is no item)
    r"allegation|particular|amendment|(?-i:Charge|Standard))\s*$)"
    r"|(?:\b(?:agenda\s+)?item\s*(?:no\.?\s*)?:\s*$)|(?:\w\(\s*$)|(?:\bthe\s+first\s+$)"
    # an agenda item's number after its abbreviation ('Item No 5.3', 'Agenda Item No. 7') and a
    # list of references in the plural, each number of it ('Qq 12, 96' (a committee's questions of
    # oral evidence), 'paras 4, 7 and 9', 'pp 12, 14')
    r"|(?:\bitem\s+no\.?\s*$)|(?:\b(?:qq|paras|pp)\.?\s+(?:\d+(?:\.\d+)?\s*(?:,|and|&)\s*)*$)"
    r"|(?:\bunder\s+(?:the\s+age\s+of\s+)?$)|(?:\b(?:man|woman|boy|girl),\s*$)"
    r"|(?:\b" + _MONTH + r"\s+$)|(?:\d\s*[/\-–]\s*$)|(?:\d[.:]\Z)|(?:\d\.\d+\s+(?:to|and)\s+$)"
    r"|(?:[©#@]\s*$)|(?:\b(?:page|item|part|episode|lot|slide|question|chapter|section|step|stage|factsheet|bulletin)\s+\d+\s+of\s+$)|"
    # a label's number: 'Lot 2 of the tender', 'Issue 14 of the newsletter', 'Volume 3',
    # 'Factsheet 7 of 12' (a board paper's and a risk register entry's label:
    # furniture.furniture_reason)
    r"(?-i:\b(?:Lot|Issue|Edition|Volume|Vol\.|Episode|Series|Factsheet|Bulletin)\s+$)|(?:\bper\s+$)|(?:\btop\s+$)"
    # the later items of a list of references: 'sections 1, 5 and 6', 'paragraphs 4 to 7'
    r"|(?:\b(?:pages?|sections?|paragraphs?|paras?|chapters?|tables?|appendices|items?|minutes?|"
    r"recommendations?|questions?|regulations?|articles?|clauses?|rules?|schedules?|standing\s+orders?|findings?|"
    r"recs?|allegations?|particulars?|charges?|standards?|resolutions?|amendments?|columns?|options?|episodes?)\s+\d+(?:\.\d+)*(?:\s*(?:,|and|&|to|or|-|–)\s*\d+(?:\.\d+)*)*\s*(?:,|and|&|to|or|-|–)\s*$)"
    # the later end of a range of grades, levels or stages: 'Grade 1 to 3 land', 'key stages 3 and 4'
    r"|(?:\b(?:grades?|levels?|stages?|tiers?|phases?|steps?|waves?|(?-i:Years))\s+\d{1,2}\s*(?:and|&|to|or|-|–)\s*$)",
    re.I)
_REF_AFTER = re.compile(
    r"^(?:\s*(?:st|nd|rd|th)\b|\s*(?:am|pm|a\.m\.|p\.m\.)(?![a-z])|[:.]\d|\s*[/\-–]\s*\d|\s*°"
    r"|\s+" + _MONTH + r"\b|[\s-]*(?:days?|weeks?|months?|years?|hours?|minutes?|nights?)\s+ago\b"
    r"|[\s-]*(?:hours?|hrs?|minutes?|mins?|seconds?|night|hour)\b|\s+or\s+more\b"
    r"|\s+(?:comments?\b|partners\b|min read|things\b|best\b)|\s*\)\s*$"
    r"|\s+in\s+the\s+(?:morning|afternoon|evening)\b|\s+at\s+night\b|\s+o'clock\b"
    # a time of day said by its name or as the start of a range of hours: '10am to 12 noon', 'from 9
    # to 5pm', 'open 8 till 6.30pm' ('rose from 9 to 12 referrals' names no hour)
    r"|\s*(?:noon|midday|midnight)\b|\s*(?:-|–|to|until|till)\s*\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.|noon|midday)\b"
    r"|[\s-]*(?:days?|weeks?|months?|years?)\s+(?:earlier|previously|beforehand)\b"
    r"|\s+times\s+(?:the|as|higher|more|greater|larger|that)\b"
    # the first days of a list or range of dates: '4 and 18 November', '9, 10 and 11 May',
    # 'Inspection dates: 15 to 19 July 2024', '13th until 31st October'
    r"|(?:st|nd|rd|th)?(?:\s*,\s*\d{1,2}(?:st|nd|rd|th)?)*\s*(?:,|and|&|to|or|until|till|-|–)\s*"
    r"\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH + r"\b)", re.I)
_PHONE = re.compile(r"(?<!\d)0\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}(?!\d)|\b[A-Z]{1,2}\d{1,2}[A-Z]?\s\d[A-Z]{2}\b"
                    # the international form: '+44 3000 416334', '+44 (0) 1632 960123', '+441632960555'
                    r"|\+\s?44\s?(?:\(0\)\s?)?\d(?:[\s-]?\d){8,10}(?!\d)"
                    # a freephone or non-geographic number of 8 digits: '0800 1111', '0800 11 11'
                    r"|(?<!\d)0[389]\d{2}[\s-]?\d{2}[\s-]?\d{2}(?![\d,.]\d)"
                    # a text-message short code: 'text SAFE to 60777', 'Text SHOUT to 85258'
                    r"|\b[Tt]ext(?:ing)?\s+(?:[A-Z][A-Z0-9]+\s+)?to\s+\d{4,6}\b"
                    # an internal line or a pager: 'on extension 4471', 'ext. 2210', 'x4471', 'bleep 1209',
                    # 'by bleeping 3317', 'pager 0455' ('an extension of 12 months' names no line)
                    r"|\b(?i:ext(?:ension)?\.?|bleep(?:ing)?|bleep\s+(?:no\.?|number)|pager(?:\s+(?:no\.?|number))?)"
                    r"\s*:?\s*(?:on\s+)?\d{3,6}\b(?![.,]\d|\s*(?:%|per\b))|(?<![\w£$])x\d{4}\b")
_HEADING_LINE = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?\s|appendix\b|contents\b|agenda\b)", re.I)
# a contents line's part heading: 'Section 3  Rapid reviews  12', 'Part 2 – Notifications .... 9'
# ('Section 47 enquiries' is the enquiry, not a heading)
_PART_HEADING = re.compile(r"^\s*(?:section|part|chapter)\s+(?:\d{1,2}|[IVX]{1,4}|[A-Z])\b[.:)]?\s*[–:-]?\s+"
                           r"(?!enquir|inquir)[A-Za-z]", re.I)
# Durations that place or bound something in time, not a reported length of time.
_SPAN_BEFORE = re.compile(r"(?:\bthe\s+(?:last|past|previous|next|coming)|\bfirst\s+time\s+in|"
                          r"\b(?:doubled|tripled|trebled|halved)\s+in|\bevery|\bthe\s+same|"
                          # the span a study or a comparison covers: 'the findings recur across six years of reviews'
                          r"\bacross(?:\s+the|\s+all)?|"
                          # 'the lowest figure for five years', 'its highest level in a decade'
                          r"\b(?:highest|lowest|largest|smallest|fewest|most|best|worst)\b[^.;:\d]{0,40}\b(?:for|in)|"
                          # the span a change is measured over: 'a rise of 22 per cent in twelve months',
                          # 'an increase of 40 in two years', 'fell by a third in six months'
                          r"\b(?:rise|fall|increase|decrease|drop|jump|growth|reduction|rose|fell|increased|decreased|"
                          r"dropped|grew)\s+(?:of|by)\s+[^.;:\n]{1,30}?\s+(?:in|over)|"
                          # ... or with the change said first: 'a 23% increase in one year', 'a sharp rise over two years'
                          r"\b(?:rise|fall|increase|decrease|drop|jump|growth|reduction|fall-off|surge)\s+(?:in|over))"
                          r"\s+$", re.I)
_SPAN_AFTER = re.compile(r"^[\s-]*(?:(?:working|calendar)\s+)?(?:days?|weeks?|months?|years?)"
                         # (a footnote's raised mark may follow: 'looked after for 12 months or more²')
                         r"(?:['’]s?\s+time\b|\s+or\s+(?:more|longer|over|less)(?![A-Za-z])|"
                         r"\s+(?:series|trend|averages?|estimates?|high|low|period|table|chart|graph|comparison|picture|view|"
                         r"summary|dataset|(?:rolling|moving)(?![\s-]+basis))\b|"
                         # a run's length: 'the rate has fallen for two years running', 'three months in a row'
                         # ('an 18 month running period' is how long something runs)
                         r"\s+(?:running(?=\s*(?:[,.;:)!?]|$|\n|(?:and|but|now|so|to|until)\b))|in\s+a\s+row|on\s+the\s+trot)\b|"
                         # 'after two years of increases': the span of a trend
                         r"\s+of\s+(?:\w+\s+)?(?:increases?|decreases?|rises?|falls?|growth|declines?|reductions?))", re.I)
# the period a report covers: 'the 12 months to September 2025', 'the 12 months from April 2024 to
# March 2025', 'the six months ending 30 June' (with its article: 'an initial term of three years
# from 1 April 2027' is how long a contract runs)
_PERIOD_AFTER = re.compile(r"^[\s-]*(?:(?:working|calendar)\s+)?(?:days?|weeks?|months?|years?)"
                           r"\s+(?:to|from|ending|ended|up\s+to|until|through)\s+(?:the\s+end\s+of\s+)?"
                           r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?" + _MONTH +
                           # an indicator's rolling window: 'in the 12 months to the month end', 'the three
                           # months to the end of the quarter', 'the 12 months to date'
                           r"|^[\s-]*(?:weeks?|months?|years?)\s+(?:to|up\s+to|ending\s+(?:at|with))\s+(?:the\s+)?"
                           r"(?:(?:month|quarter|year)[\s-]?end|end\s+of\s+(?:the|each|every)\s+(?:month|quarter|year)|date)\b",
                           re.I)
_PERIOD_BEFORE = re.compile(r"\b(?:the|last|past|previous|latest|same|those|these)\s+(?:\w+\s+)?$", re.I)
# the period a report covers said again: 'During the six months, 96 children came into care', 'in
# the nine months under review', 'over the two years 2023-24 and 2024-25' ('in those 14 months',
# 'within the 15 working days required' and 'the five months before her death' stay)
_PERIOD_AGAIN_BEFORE = re.compile(r"\b(?:during|in|over|throughout|for)\s+the\s+$", re.I)
_PERIOD_AGAIN_AFTER = re.compile(r"^[\s-]*(?:weeks?|months?|years?|quarters?)(?:\s*[,.;:)]|\s+(?:and|under\s+review|"
                                 r"covered|in\s+question|to\s+date|of\s+(?:the|this)\s+(?:report|review|period)|"
                                 r"(?:19|20)\d\d)\b)", re.I)
# 'one' as a pronoun or in a comparison: 'all but one', 'each one', 'one fewer than', 'on one before'
# ('one member of staff was dismissed' counts a staff member: 'member of staff' is one noun)
_PRONOUN_ONE_AFTER = re.compile(r"\s*(?:of|other|another|piece|member(?!s?\s+of\s+staff\b)|told|day|time|fewer|more|less|,?\s*for\s+(?:each|every)|each|apiece|"
                                r"before|else|or\s+two)", re.I)
# a status a count is rated, after 'one': 'one red', 'one is rated green', 'and one was amber'
RAG_AFTER = re.compile(r"\s+(?:(?:is|was|are|were|remains|remained)\s+)?(?:(?:now\s+)?(?:rated|assessed|graded|marked|"
                       r"reported\s+as)\s+)?(?:red|amber|green)\b(?![-\s]+(?:light|book|paper|belt|card|space|line)s?\b)", re.I)
_PRONOUN_ONE_BEFORE = re.compile(r"\b(?:but|each|every|on|any|which|no|this|that|the\s+only|a\s+single)\s+$", re.I)
_IN_THE_YEAR_BEFORE = re.compile(r"\b(?:the|this|that|each|every|same|last|previous|whole)\s+year\s+$", re.I)
# a month named as a time point, then a count of what is there at it: 'At the end of March 31 households
# were waiting', 'By June 140 children had a plan' (never a date: 'on 31 March', 'March 31, 2025', 'by June 30 the
# plan was due', 'In March 12 was the lowest')
_TIME_MONTH_BEFORE = re.compile(r"\b(?:(?:end|start|beginning|middle|close)\s+of|in|during|by|since|until|throughout|"
                                r"from)\s+" + _MONTH + r"\s+$", re.I)
_COUNTED_AFTER = re.compile(r"\s+(?:(?!(?:the|a|an|this|that|these|those|its|their|our|his|her|all)\s)[a-z][a-z'’-]*\s+)?(?:[a-z][a-z'’-]*s|children|people|staff)\s+"
                            r"(?:(?:[a-z]+ly|still|now|already)\s+)?(?:were|are|was|had|have|remained|received|waited|"
                            r"lived|stayed|became|came|entered|left|took|needed|attended|joined|used|got)\b")


def _month_then_count(q: Quantity, before: str, after: str) -> bool:
    """'At the end of March 31 households were waiting': the month is a time point and the number
    counts the plural noun that does something after it, not the day of a date."""
    return q.kind == "count" and bool(_TIME_MONTH_BEFORE.search(before)) and bool(_COUNTED_AFTER.match(after))


_FY_BRACKET = re.compile(r"\(\s*(?:19|20)\d\d\s*/\s*\d\d\s*:\s*$")
# a comparator's bracket, its value closing it at a line's end: '(2024/25: 5,730)', '(last year: 412)',
# '(England: 38)'; not a paragraph's number ('...: 4) The board ...')
_COMPARATOR_BRACKET = re.compile(r"\(\s*(?:(?:19|20)\d\d(?:\s*[/-]\s*\d\d(?:\d\d)?)?|(?:the\s+)?(?:last|previous|prior)\s+year|"
                                 r"England|Wales|Scotland|national(?:ly)?|statistical\s+neighbours?|target)\s*:\s*$", re.I)
_AGE_BAND = re.compile(r"\baged\s+(?:between\s+)?\w+\s*(?:to|or|and|-|–)\s*\w+|"
                       r"\b\w+\s+or\s+(?:older|over|above|younger|under)\b"
                       # the ages a measure or a check is taken at: 'breastfeeding at 6 to 8 weeks', 'the
                       # 2 to 2½ year review', 'the 6-8 week check' ('waited 6 to 8 weeks' is how long)
                       r"|\bat\s+(?:between\s+)?\d{1,2}½?\s*(?:to|and|-|–)\s*\d{1,2}½?[\s-]*(?:weeks?|months?|years?)\b"
                       r"(?!\s+(?:ago|later|earlier|after|before|of|in|into|from|since)\b)"
                       r"|\b\d{1,2}½?\s*(?:to|-|–)\s*\d{1,2}½?[\s-]*(?:week|month|year)\s+(?:old\s+)?(?:review|check|contact|"
                       r"visit|assessment|development(?:al)?\s+(?:review|check))s?\b", re.I)
# an age that names a check or an appointment held at it: 'their 27-month developmental review', 'the 16-week
# appointment', 'a 20-week scan', 'the two-year health check' ('an 18-month review of how agencies respond' is how
# long a review ran); and a stage of pregnancy that bounds a group: 'booked late, after 20 weeks of pregnancy',
# 'before 10 weeks' gestation' ('born at 35 weeks' gestation' is a fact of the case)
_AGE_MARK = re.compile(r"\b(?:\d{1,2}½?|one|two|three|four|five|six|eight|ten|twelve|sixteen|twenty)[\s-](?:week|month|year)[\s-]"
                       r"(?:old\s+)?(?:(?:(?:health|development(?:al)?|antenatal|ante-natal|postnatal|post-natal|"
                       r"booking|dating|anomaly|growth)\s+)?(?:check|appointment|scan|contact|visit)s?\b|"
                       r"(?:health|development(?:al)?)\s+(?:review|check|assessment)s?\b)"
                       r"|\b(?:after|before|beyond|by|under|over|(?:more|less|later|earlier)\s+than)\s+(?:\d{1,2}(?:\+\d)?|ten|twelve|"
                       r"twenty)\s+weeks(?:['’]\s+|\s+(?:of\s+)?)(?:pregnancy|gestation)\b"
                       # the bound of a birth that names a group: 'born before 37 weeks' (preterm; 'born at 35 weeks' is a case)
                       r"|\bborn\s+(?:before|after|under|(?:more|less|later|earlier)\s+than)\s+(?:\d{1,2}|thirty-\w+|twenty-\w+)"
                       r"\s+(?:completed\s+)?weeks\b", re.I)
# ... but a service's deadline met by a share is a timescale (ruling 1/6): 'Most new clients (74%) were enrolled
# before 16 weeks' gestation' ('booked late, after 20 weeks of pregnancy' bounds a group)
_PREGNANCY_DEADLINE = re.compile(r"\b(?:enrol(?:l?ed|led|ment|s)?|booked|book(?:s|ing)?|seen|saw|sees|visited|referred|offered|"
                                 r"assessed|contacted)\s+(?:[\w%'’-]+\s+){0,4}(?:before|by|within|under|(?:less|earlier)\s+than)\s+$",
                                 re.I)
_COMMENTS_HEAD = re.compile(r"^\s*(?:\d+\s+)?comments\b(?!\s*:\s*our rules)", re.I)
# a window inside a definition: 're-referrals (to children's social care) within 12 months'
_DEFINITION = re.compile(r"(?:\bre-?(?:referr|regist|ente?r|admi|notif|plan|assess|enquir)\w*|repeat\s+\w+|second\s+or\s+subsequent\s+\w+)\b[^.;:%\d]{0,45}"
                         r"\bwithin\s+(?:the\s+)?(?:\w+\s+)?$|\bwithin\s+two\s+years\b", re.I)


def boilerplate_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of link lists, promos, cookie notices and reader comments.

    The phrase rules are the ingest cleaner's (models/boilerplate.txt), so one list decides
    what is junk; this pass catches junk a Document built elsewhere may still hold."""
    from ..ingest.clean import is_link_heading, load_rules, strip_junk
    rules = load_rules()
    spans: list[tuple[int, int]] = []
    pos, in_block = 0, False
    for line in text.split("\n"):
        end = pos + len(line)
        if _COMMENTS_HEAD.match(line):
            spans.append((pos, len(text)))
            break
        if is_link_heading(line, rules):
            in_block = True
        elif not line.strip():
            in_block = False
        if in_block or line.strip() and not strip_junk(line, rules):
            spans.append((pos, end))
        pos = end + 1
    return spans


def is_reference(text: str, q: Quantity) -> bool:
    """True when the number is a year, date, time, reference, name or time point, not an amount."""
    return reject_reason(text, q) is not None


# Rejections that name why a number is no figure (shown in `show`'s unsure panel).
YEAR, AGE_BAND, REFERENCE, TIME_POINT = "a year", "an age band used as a bound", "a reference number", "a date or time"
HALVES = "the halves a whole is split in"
CODE, LIST_ITEM, CONTENTS = "a code or name", "a numbered paragraph, list item or resolution", "a contents line"
SPAN, DEFINITION, ADDRESS, FILE_SIZE = "a time span or bound", "a definition window", "an address", "a file size"
PHONE, BOILERPLATE, VAGUE = "a phone number or postcode", "boilerplate (links, promos, comments)", "not an amount"
PRONOUN = "a number standing for things named before ('the two were charged')"
_SMALL_WORDS = frozenset("two three four five six seven eight nine ten".split())
FOREIGN_MONEY = "an amount in a currency the record has no unit for ('$3,000'; only pounds are 'gbp')"
DISTANCE = "a distance or speed (a bound, not a count)"
AXIS = "a tick of a chart's axis scale"
FORM_ANSWER = "a form's yes/no answer"
RANK = "a rank used as a bound or the group it is taken in ('the 20 most deprived areas', '4th highest of 16')"
AGE_GROUP = "an age naming a group or a threshold ('under 16s', '17-year-olds', 'when they turn 18')"
MULTIPLIER = "a multiple of a single value ('half the England rate'), not a share"
ATTRIBUTION = "an age beside a person's name (a quote's attribution '- Jade, 15', 'Priya, 27, has three children')"
AGENDA = "an agenda item number"
NAME = "part of a name ('two-tier areas', 'the 10-year gilt', 'IFRS 9', a footnote mark, a key's code)"
RULE = "a number in a rule or condition ('any two members may call in a decision')"
PAGE_MARK = "a page, footnote or section number left in the running text"
DENOMINATOR = "the denominator or scale of a score ('81.5 out of 100')"
BODIES = "the places or bodies the text is about, said as a set ('across the four councils')"
FOREIGN = "a sentence in another language (a bilingual text's repeat of the English facts)"
STATISTIC = ("a statistic of a study (odds ratio, confidence interval, p-value, kappa), or the base of a rounding or "
             "a suppression rule ('rounded to the nearest 10')")
LENGTH = "the length of a text ('no longer than 300 words')"
COUNTING = "a count said for effect ('five, six, seven social workers')"
CORRECTED = "a number the speaker corrected ('eight, sorry, nine reviews'): the second one stands"
PERSON_AGE = "the age at which a person did something ('started as a carer at 19')"
HALF_WHOLE = "the whole part of an amount with a half ('two and a half years')"
SCALE_KEY = "a grade's number in a rating scale's key ('6 excellent, 5 very good, 4 good')"
DOC_ITEMS = "the document's own items ('five are shown below', 'the following three')"
MEMBERSHIP = "the size of a body beside those present ('4 of 5 members present')"
CITATION = "part of a citation (a court case, a parliamentary paper, a journal, a DOI, a case reference)"
SPEAKER = "'one' introducing an unnamed speaker ('One parent told us ...')"
SUPPRESSED = "a suppressed small number given only as its bound ('the number is fewer than five')"
COUNTER = ("a web page's, a forum's or a mailing's counter ('1,208 views', 'Posts: 237', '(Read 1,046 times)', "
           "'Sent to 1,960 subscribers')")
MARK = "a reference mark in square brackets ('... in 2024-25.[7]', '[note 2]') or a note's label ('[2] DfE, 2025')"
HEADING = "a section's number opening a heading ('3 Statistics', '5 CORONER'S CONCERNS')"
AFFILIATION = "an author's affiliation mark in a byline ('Ann Hale (1), Tom Reid (2)')"
GLYPH = "a PDF's code for a glyph it could not map ('(cid:127)' for a bullet)"
TRANSCRIPT = "a note on how well a machine wrote the text down ('Caption accuracy: 88% estimated')"
FAMILY = "the size of a person's family ('a mother of two', 'she has three children')"
PAGER = "a list's, a data table's or a thread's pager ('Showing 5 of 10 rows', 'Showing 1 to 25 of 240 entries', 'Pages: [1] 2')"
OFFER = "an advert's offer ('20% off your first box with code TEA20', 'save £5 when you order')"
RATING = "a rating asked of the audience ('rate us five stars', 'leave the show a 5 star review')"
STARS = "a critic's or a listing's star rating ('Review: the winter panto, 4 stars')"
ASK = "a charity's ask: what a gift would buy ('£10 could pay for a visit pack', 'just £5 a month can help')"
HEADLINE_QUOTE = "a number in a speaker's words quoted in a headline (\"'We got three days' notice': ...\")"
SPLIT = "how a sum or a task is divided ('paid in three instalments'), not a count of anything"
RATIO = "the one of a ratio ('a caseload of 1 to 310 families', 'a 1:3 staffing ratio')"
PRICE = "a price of a deal in an advert or a menu ('3 courses for £24.95', '2 for £10')"
PRIZE = "a competition's prize offered to the reader ('Name our mascot and win a £25 voucher!')"
BOUND_ONE = "'one' as the bound of what each member has ('30 pupils attend more than one school'), not a count"
AGE_MARK = ("an age or a stage of pregnancy that names a check or bounds a group ('their 27-month developmental review', "
            "'the 20-week scan', 'women who booked after 12 weeks of pregnancy')")
BALLOT = "a preference a voter is asked to mark ('Vote 1 Smith', 'put 1 beside her name', '2, 3 and so on')"
# the size of the group a rank is taken in: 'Rank: 4th highest of 16', 'ranked 3rd out of 12 neighbours',
# '2nd lowest of 152 councils' ('the 4th highest of 16 referrals' ... has no rank of a place)
# 'among the 20 most deprived areas', 'the ten highest rates', 'the 10% most deprived': a bound
_RANK_BEFORE = re.compile(r"\bthe\s+(?:top\s+|bottom\s+)?$", re.I)
_RANK_AFTER = re.compile(r"^\s*%?\s*(?:most|least|highest|lowest|largest|smallest|biggest|best|worst|poorest|"
                         r"richest|fastest|slowest|closest|nearest)\b", re.I)
# the size of the group a place is ranked in: '4th highest of 16', 'ranked 3rd out of 152',
# 'second lowest of the 11 councils', '7th of 10 in the region' (the rank itself is an ordinal)
_RANK_GROUP_BEFORE = re.compile(r"\b(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|"
                                r"ninth|tenth|eleventh|twelfth)\s+(?:(?:highest|lowest|largest|smallest|biggest|"
                                r"best|worst|most|least|fastest|slowest)\s+)?(?:out\s+)?of\s+(?:the\s+|all\s+)?$",
                                re.I)
# a rank's bound after its superlative: 'the top eight among neighbours', 'the lowest three
# councils', 'top ten causes' (how many places a list shows, not a count of anything)
_RANK_SIZE_BEFORE = re.compile(r"\b(?:highest|lowest|top|bottom|best|worst|largest|smallest|biggest)\s+$", re.I)
_RANK_SIZE_AFTER = re.compile(r"^\s+(?:in|among|of|across|within|councils|authorities|areas|places|local)\b", re.I)
# a quote's attribution line: '— young person, 16, from our Youth Forum', '- Jade, 15'
_ATTRIBUTION_BEFORE = re.compile(r"(?:^|\n|[.!?\"”’']\s)\s*[—–-]\s*[^,\n\d]{2,40},\s*$")
# ... and a person's age set off after the name in a sentence: 'Priya, 27, has three children', 'says Tom, 17,
# who ...' (a list of places and their counts, 'Kent, 41, Essex, 37', has a name after it; 'In Kent, 41
# children ...' a noun)
# a name of one to three capitalised words, hyphenated or with an apostrophe: 'Priya', 'Amara Osei-Bonsu', "Siân
# O'Neill", 'Liam McAllister-Reid'
_NAME_WORDS = r"[A-Z](?:['’][A-Z])?[a-zà-ÿ]+(?:[ -](?:Mc|Mac|O['’])?[A-Z][a-zà-ÿ]+){0,2}"
_NAMED_AGE_BEFORE = re.compile(r"(?:^|\n|[.!?:;\"“”]\s+|\b(?:says|said|like|meet|met|for|with|and|whose\s+\w+)\s+)"
                               r"(?!(?:In|At|By|For|From|Of|On|The|This|That|Since|After|Before|During|Overall|Last|Next|"
                               r"Across|Among|Between|Of|Nationally|Locally|Meanwhile|However|Today|Yesterday)\b)"
                               r"(?-i:" + _NAME_WORDS + r"),\s*$")
# ... and after a role with its article, before the verb of speech: 'A foster carer, 58, said: ...', 'One
# young mum, 17, told us ...', 'said a youth worker, 24.' ('The number of new plans, 19, was lower' has no
# speech verb)
_ROLE_AGE_BEFORE = re.compile(r"(?:\n|[.!?:;,\"“”]\s+|\b(?:says|said|wrote|writes|added|adds|explained|from|by|—|–)\s+)(?:an?|one|another|(?-i:A|An|One|Another))\s+"
                              r"(?:[a-z][\w'’-]*\s+){0,4}[a-z][\w'’-]*,\s*$")
_ROLE_AGE_AFTER = re.compile(r"^\s*,\s+(?:(?:also|then|later)\s+)?(?:said|says|told|tells|wrote|writes|explained|explains|"
                             r"added|adds|described|describes|recalled|recalls|commented|who|from)\b|^\s*[.!]\s*(?:$|\n|[A-Z“\"])")
# ... and a speaker's name set off after the group or role they belong to, the age after it, the verb of speech
# next: 'One of our members, Jade, 14, wrote', 'a young carer, Sam, 12, told the meeting' ('In Kent, 41, Essex,
# 37' has no verb of speech after it)
_APPOSED_NAME_BEFORE = re.compile(r"[a-z][\w'’-]*,\s+(?-i:" + _NAME_WORDS + r"),\s*$")
_NAMED_AGE_AFTER = re.compile(r"^\s*,\s+(?!(?:and|or|with|while|whereas|compared|against|up|down|per|of)\b)(?-i:[a-z])")
# 'placed more than 20 miles from home', 'a 20-mile radius', '20+ miles', '20mph zones'
_DISTANCE_AFTER = re.compile(r"^(?:\s?\+)?[\s-]?(?:miles?|mi|km|kilomet(?:re|er)s?|metres?|meters?|mph)\b", re.I)
# a distance said as a journey or a time: 'two bus rides away', 'three stops away', 'an hour's drive
# away', 'two hours away' (a count of the people placed far away keeps its figure: '94 children live
# more than 20 miles away')
_AWAY_AFTER = re.compile(r"^[\s-]*(?:(?:bus|train|tube|car|taxi|ferry|boat)\s+)?(?:rides?|journeys?|stops?|streets?|roads?|"
                         r"doors?|hours?|minutes?|mins?|drives?|walks?)(?:['’]s?\s+(?:walk|drive|journey|ride))?\s+away\b", re.I)
# a time point said as a time since: 'Neglect strategy: one year on', 'Two years on, the plan ...'
# ('two years on the waiting list' is how long)
_YEARS_ON_AFTER = re.compile(r"^[\s-]*(?:days?|weeks?|months?|years?|decades?)\s+on\s*(?:[,.;:!?)\n]|$|from\b|since\b)", re.I)
# a time point said as the time gone in something: 'four months into the job', 'two years into the
# strategy' ('two years in post' and 'two years in care' are how long)
_INTO_AFTER = re.compile(r"^[\s-]*(?:days?|weeks?|months?|years?|terms?)\s+into\s+(?:the|a|an|my|his|her|their|our|its|this|that|"
                         r"your|office|post|lockdown|term)\b", re.I)
# the parts a whole is paid or split in: 'paid in two halves', 'split into two equal halves'
_HALVES_AFTER = re.compile(r"^\s+(?:equal\s+)?halves\b", re.I)
# a run's length after a count: 'three consecutive quarters', 'two missed appointments in a row'
_RUN_AFTER = re.compile(r"^\s+(?:consecutive|successive)\s+(?:days?|weeks?|months?|quarters?|years?)\b"
                        r"|^\s+(?:[\w-]+\s+){1,2}?in\s+a\s+row\b", re.I)
# a phone menu's key: 'press 1 for the duty team', 'then press 3' ('the press 14 times' names no key)
_PRESS_BEFORE = re.compile(r"\b(?-i:[Pp]ress(?:ing)?)\s+$")
_PRESS_AFTER = re.compile(r"^\s*(?:for|to|then|and|or|if|[,.;)]|$)", re.I)
_ADDRESS_AFTER = re.compile(r"^\s+(?:[A-Z][a-z]+\s+){1,2}(?:Row|Road|Rd|Street|St|Lane|Avenue|Ave|Way|Place|Square|"
                            r"Close|Drive|Court|Terrace|Hill|Gardens|Walk|Crescent|Parade|Grove|House)\b")
_FILE_SIZE_AFTER = re.compile(r"^\s?(?:KB|MB|GB|kb|mb|Kb|Mb)\b")
_LIST_OPEN = re.compile(r"(?:^|\n|[–:;-])\s*(?:RESOLVED\s*[–:-]?\s*)?\(\s*$")
# a minute's number after its committee's code, opening the minute's heading: 'CYP 24 Quarter 1
# performance', 'EX 12 Apologies' (the code alone on the line before the number)
# a RAG rating key: 'A = within 5% of target', 'Red: more than 10% below target', 'G = on target or
# within 2 percentage points': the threshold of a rating, not a reported share
_RAG_KEY_BEFORE = re.compile(r"(?:^|\n|[;.,:(–-]\s*|\b(?i:rag|key|ratings?)\s+)"
                             r"(?:[RAG]|(?i:red|amber|green))\s*[=:]\s*[^.;\n=:]{0,40}$")
_RAG_KEY_AFTER = re.compile(r"^\s*(?:percentage\s+points?\s+|pp\s+|points?\s+)?(?:or\s+(?:more|less)\s+)?(?:of|from|below|above|under|over|"
                            r"better\s+than|worse\s+than|short\s+of|outside|inside|within)\b[^.;\n]{0,25}?"
                            r"\b(?:target|the\s+target|threshold|tolerance)", re.I)
_MINUTE_CODE = re.compile(r"^\s*[A-Z]{2,5}\s?$")
_AGE_NUM = r"(?:\d{1,2}|[a-z]+(?:-[a-z]+)?)"
# a label's number opening a heading or a titled item: 'Risk 1 – Delivery of savings', 'Theme 3:
# Neglect', 'Outcome 2 - Children are safe' (a count of them is 'twelve risks', never 'Risk 12 –')
_LABEL_BEFORE = re.compile(r"(?:^|(?<=[\n.;:•]\s)|(?<=\n))\s*(?:risk|theme|outcome|strand|workstream|pillar|aim|goal|"
                           r"scenario|option|principle|standard|ambition|commitment)\s+$", re.I)
_LABEL_AFTER = re.compile(r"^\s*[–—:-]\s*[A-Za-z]")
# a paragraph's number: 'N)' opening a line or following the end of a sentence ('... carried. 4)
# RESOLVED that ...'), or 'N.' standing alone between two sentences ('... noted. 3. Mr Evans ...')
_PARA_BEFORE = re.compile(r"(?:^|\n|[.!?”\"’;:)]\s+|\(\s*item\s+\d+\s*\)\s+)$", re.I)
_PARA_AFTER = re.compile(r"^\)\s+[A-Z]")
_PARA_DOT_BEFORE = re.compile(r"[.!?”\"’]\s+$")
_PARA_DOT_AFTER = re.compile(r"^\.\s+(?:[A-Z][a-z]|[A-Z]{2,}\b)")
# a paragraph's number glued to its first word, opening a line or following a sentence's end:
# '14.The Council told me ...', '3.We investigate ...', '2.Mrs B complained ...' (a count ending a
# sentence glued to the next, 'rose to 14.The ...', has its words before it)
_PARA_GLUED_BEFORE = re.compile(r"(?:^|\n|[.!?”\"’]\s+)[ \t]*$")
_PARA_GLUED_AFTER = re.compile(r"^\.[A-Z]")
# an age that bounds a group or a service, not a person's age: 'up to age 25', 'between (the) ages
# (of) 18 and 25', 'beyond / after / up to the age of 18', 'over 65 years old', 'aged 16 years and
# over', 'ages ranging from 18 to 87' (a case's 'from the age of 12' or 'at the age of nine' is kept)
_AGE_BOUND = re.compile(
    rf"\bup\s+to\s+(?:the\s+)?age\s+(?:of\s+)?{_AGE_NUM}\b"
    rf"|\b(?:beyond|after|over|past|until|till)\s+the\s+age\s+of\s+{_AGE_NUM}\b"
    rf"|\bbetween\s+(?:the\s+)?ages\s+(?:of\s+)?{_AGE_NUM}\s*(?:and|to|-|–)\s*{_AGE_NUM}\b"
    rf"|\bages\s+(?:ranging\s+)?(?:from\s+)?{_AGE_NUM}\s*(?:to|-|–)\s*{_AGE_NUM}\b"
    rf"|\b(?:over|under|above|below)\s+{_AGE_NUM}\s+years?\s+(?:old|of\s+age)\b"
    rf"|\baged\s+{_AGE_NUM}\s+(?:years\s+)?(?:and|or)\s+(?:over|above|older|under|younger)\b"
    # ... and the age a group of people is bounded by, said bare: 'care leavers up to 25', 'young people up to 19'
    # ('caseloads of up to 25', 'up to 25 children' count)
    r"|\b(?:care\s+leavers|young\s+(?:people|adults|carers)|children|pupils|students|learners|everyone|anyone)\s+"
    r"up\s+to\s+(?:1[6-9]|2[0-5]|sixteen|eighteen|nineteen|twenty(?:-one|-five)?)\b(?!\s*(?:%|per\b|a\s+(?:day|week|month|year)\b|"
    r"[a-z]+\s+(?:a|per)\s+(?:day|week|month|year)\b|(?:hours?|days?|weeks?|months?|miles?|places?|times|sessions?|visits?|"
    r"children|people|families|pupils|at\s+(?:a\s+time|once)|each|in\s+(?:a|each|one))\b))", re.I)
# a number that is part of a name: a compound naming a kind ('two-tier areas', 'a three-way split',
# 'a zero-cost contract'), a bond's term ('the 10-year gilt yield', '7-day maturities'), a standard or
# an index ('IFRS 9', 'FTSE 100', 'COVID 19'), a footnote's mark ('reserve[1]to', 'of 6.3% 1 .'),
# a key's code ('AAA=1, AA+=2')
_KIND_AFTER = re.compile(r"^-(?:tier(?:ed)?|way|sided|fold|lane|runway|party|star|storey|pronged|stroke|door|seater|"
                         # a home's or a ward's kind: 'a five-bed home', 'a three-bedroom house', 'a 12-bedded unit'
                         r"bed|bedroom|bedded|"
                         r"wheel(?:ed|er)?|cylinder|"
                         # a scale's or a plan's kind: 'the six-point scale', 'a ten-point plan', 'a four-point
                         # rating scale' ('a 3-point rise' stays)
                         r"point\s+(?:\w+\s+)?(?:scale|plan|rating|grading|checklist|framework|system|agenda|programme))\b",
                         re.I)
_TERM_AFTER = re.compile(r"^\s+(?:gilts?|bonds?|(?:\w+\s+)?yields?|maturit(?:y|ies)|swaps?)\b", re.I)
# ... also a named type ('Type 1 diabetes')
# ... an accounting or auditing standard ('FRS 102', 'SSAP 21', 'IPSAS 23', 'ISA 260', 'IFRIC 12')
_STANDARD_BEFORE = re.compile(r"\b(?:IFRS|IAS|ISO|FTSE|COVID|BS|PAS|FRS|FRSSE|SSAP|IPSAS|IFRIC|ISAE?|(?i:covid))\s*$|\bType\s+$")
_KEY_BEFORE = re.compile(r"(?:^|[\s(,;])[A-Za-z]{1,4}[+-]?\s*=\s*$")
# a unit's name: a number before a singular unit noun ('579 Field Squadron', '2 Royal Gurkha Regiment')
_UNIT_AFTER = re.compile(r"^\s+(?:(?:[A-Z][\w’'&-]*|of)\s+){0,5}(?:Regiment|Squadron|Sqn|Battalion|Brigade|Commando|"
                         r"Wing|Flotilla)\b")
# a clause of a resolution opened by a bracketed number: '... Programme (3) Note that ...'
_RESOLUTION_AFTER = re.compile(r"^\s*\)\s+(?:(?:note|approve|agree|endorse|delegate|consider|comment\s+on|recommend|"
                               r"authori[sz]e|adopt|receive|accept|request|confirm|support|refer|instruct)\s+(?:the|that|a|an|its|their)\b|That|Notes?|Agrees?|Approves?|Endorses?|Expects?|Comments?|Delegates?|"
                               r"Requests?|Asks?|Recommends?|Resolves?|Welcomes?|Supports?|Calls|Instructs?|"
                               r"Authori[sz]es?|Thanks?|Confirms?|Accepts?|Receives?|Refers?|Urges?|Commits?)\b")
# a page, footnote or section number in a PDF's running text: a bare number before a word that opens
# a sentence ('... occupation. 3 These are ...', '... the Board 1 This report ...'); a count is
# followed by what it counts
_MARK_AFTER = re.compile(r"^[ \t](?:The|These|This|Those|There|It|Its|Our|We|They|In|However|Although|While|When)\b")
# the first and middle numbers of a list of stages, waves or levels: 'Key Stages 1, 2 and 4'
# ... and of school years: 'pupils in Years 3 to 6', 'Years 12 and 13' ('over the years 12 children ...' is no list)
_STAGES_BEFORE = re.compile(r"\b(?:grades|levels|stages|tiers|phases|steps|waves|(?-i:Years))\s+(?:\d{1,2}\s*,\s*)*$", re.I)
_STAGES_AFTER = re.compile(r"^\s*(?:,|and|or|&|to)\s*\d")
# a time point opening a sentence: 'Three weeks before he died, ...', 'Two days after the visit, ...',
# 'Two months later, ...' (an interval after a verb is a figure: 'closed the case 28 days later')
_OPENING_BEFORE = re.compile(r"(?:^|\n|[.!?][\"”’']?\s+)\s*$")
_POINT_AFTER = re.compile(r"^[\s-]*(?:days?|weeks?|months?|years?)\s+(?:(?:before|after)\s+(?:he|she|they|it|we|I|the|his|her|their)\b|"
                          r"(?:later|on)\s*,)",
                          re.I)
# 'the two' standing for people or things named before, as the subject of a verb: 'The two became
# friends', 'the three were charged' (a count has its noun: 'the two officers were charged')
_PRONOUN_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
_PRONOUN_VERB_AFTER = re.compile(r"^\s+(?:were|was|are|is|had|have|has|became|become|would|will|could|did|do|"
                                 r"includes?|included|covers?|covered|comprises?|comprised|excludes?|excluded|"
                                 r"met|married|left|said|told|went|shared|remain|remained)\b", re.I)


def _said_before(text: str, q: Quantity) -> bool:
    """'yes, the 97 includes 11 unborn babies': the number was said earlier in the text, so 'the 97'
    stands for that figure's things (a year is never one)."""
    raw = text[q.start:q.end]
    return bool(re.fullmatch(r"\d[\d,]*", raw)) and not re.fullmatch(r"(?:19|20)\d\d", raw) and \
        re.search(rf"(?<![\d.,]){re.escape(raw)}(?![\d]|[.,]\d)", text[:q.start]) is not None


_MONTH_ABBR_BEFORE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.\s+$")
# an item of a recommendations list run into one line: 'asked to: 1. To NOTE the ...', '... Working
# Party 2. To COMMENT on ...', '... the Constitution 6. DELEGATE authority ...'
_RECOMMEND_ITEM_AFTER = re.compile(r"^\.\s+(?:To\s+)?(?:NOTE|APPROVE|AGREE|DELEGATE|ENDORSE|COMMENT|CONSIDER|RECOMMEND|"
                                   r"RESOLVE|AUTHORI[SZ]E|ADOPT|RECEIVE|DISCUSS|REVIEW|CONFIRM|ACCEPT|NOMINATE|APPOINT)\b(?!\s*:)")
# the window a measure is taken over: 'on a three-month annualised basis', 'on a 12-month rolling basis',
# and the window inside a definition: 'A use disorder is where the use affects a person's life over
# the course of 12 months', 'Persistent absence is defined as missing 10% of sessions over a year'
_BASIS_BEFORE = re.compile(r"\bon\s+an?\s+$", re.I)
_BASIS_AFTER = re.compile(r"^[\s-]*(?:days?|weeks?|months?|years?|quarters?)[\s-]+(?:(?:rolling|annuali[sz]ed|annual|"
                          r"average|moving|cumulative)\s+)*basis\b", re.I)
_DEFINED_BEFORE = re.compile(r"\b(?:is|are)\s+(?:defined\s+as|where|when)\b[^.;:\d]{0,120}\b(?:over|within|during|in)\s+"
                             r"(?:the\s+course\s+of\s+|a\s+period\s+of\s+|the\s+previous\s+|the\s+past\s+)?$", re.I)
# a window inside a definition, read after it: 'within 12 months of a previous referral', 'within two
# years of the previous plan ending' ('within 3 days of the referral' is how fast a team worked)
_PREVIOUS_AFTER = re.compile(r"^[\s-]*(?:(?:working|calendar)\s+)?(?:days?|weeks?|months?|years?)\s+of\s+(?:a|an|the|their|any|his|her)\s+(?:previous|prior|earlier|preceding|last|former)\b", re.I)
# the point a measure is taken at: 'attendance is measured at six months', 'outcomes are assessed after
# six months' (a case's 'she was reviewed after six months' is kept)
_MEASURED_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been)\s+(?:measured|assessed|counted|tracked|followed\s+up|recorded)\s+"
                              r"(?:at|over|after)\s+(?:the\s+)?$", re.I)
# the age or stage a share is measured at: '11% at 36 weeks of pregnancy', 'complete at 12 months for 94% of
# children', 'At 24 months, 81% of children ...' (a level a duration stood at is a figure: 'the wait stood at 14
# weeks'; a case's 'booked at 8 weeks pregnant' has no share with it)
_POINT_AT_BEFORE = re.compile(r"(?<!\bstood\s)(?<!\bstands\s)(?<!\bremained\s)(?<!\bremains\s)(?<!\bpeaked\s)"
                              r"(?<!\bcapped\s)(?<!\bset\s)(?<!\bfixed\s)(?<!\bwas\s)(?<!\bis\s)(?<!\bwere\s)(?<!\bare\s)"
                              r"(?<!\bheld\s)(?<!\bsat\s)(?<!\bsits\s)(?<!\blevel\s)\b(?-i:at|At)\s+$")
_POINT_AT_AFTER = re.compile(r"^[\s-]*(?:weeks?|months?)(?:\s+(?:of\s+(?:pregnancy|gestation|age)|old))?\s*(?:[,.;:)]|for\b|"
                             r"(?:and|or|compared|against|from|up|down)\b)", re.I)
_SHARE_WORD = re.compile(r"\d\s?%|\bper\s?cent\b", re.I)
_ANY_BEFORE = re.compile(r"\bany\s+$", re.I)
# the places or bodies a text is about, said as a set: 'across the four councils', 'in all three
# areas', 'the five Health and Social Care Trusts', 'the highest of the four' (a count of bodies the
# text reports stays: 'there are 153 councils with children's services', 'funded by 12 schools')
_BODIES_BEFORE = re.compile(r"\b(?:the|all|both|these|those|the\s+same)\s+$", re.I)
_BODIES_AFTER = re.compile(r"\s+(?:[A-Z][\w'’-]*\s+(?:and\s+|&\s+)?){0,4}(?:(?:local|partner|neighbouring|london|welsh|"
                           r"scottish)\s+)?(?:councils|boroughs|authorities|trusts|committees|partnerships|areas|regions|"
                           r"nations|districts|boards|counties|cities|Trusts|Councils|Boroughs|Boards|Committees)\b"
                           # the partners a partnership is made of: 'the three (lead) safeguarding partners'
                           r"|\s+(?:(?:[Ll]ead|[Ss]tatutory|[Ss]afeguarding|[Ss]trategic)\s+){0,2}[Pp]artners\b"
                           r"|\s*(?:[.,;:)]|\s+(?:and|or)\b)", )
_BODIES_OF = re.compile(r"\b(?:of|among|between)\s+the\s+$", re.I)
_CLOCK_WORD = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|twenty-five|\d{1,2})")
# a time of day in words: 'ten past eight', 'twenty-five past six', 'half past two', 'a quarter to
# nine' (both numbers; 'from five to ten' is a range, so only 'past' and 'quarter to' read as clocks)
_CLOCK = re.compile(rf"\b(?:{_CLOCK_WORD}|half|quarter)\s+past\s+{_CLOCK_WORD}\b|\bquarter\s+to\s+{_CLOCK_WORD}\b", re.I)
# a service's phone number: 'call 999', 'dial 111', 'call the police on 101', 'ring us on 0300 ...'
_CALL_BEFORE = re.compile(r"\b(?:call|dial|ring|phone|text|contact)(?:s|ed|ing)?\b(?:[^.\n;:\d]{0,40}?\bon)?\s+$", re.I)
_CALL_AFTER = re.compile(r"\s*(?:[.,;:)!]|$|\b(?:or|and|if|immediately|straight\s+away|now|at\s+any\s+time)\b)", re.I)
# the scale of a score: '81.5 out of 100', 'rated 7 out of 10' (a count of things has its noun after:
# '14 out of 20 reviews')
_SCALE_BEFORE = re.compile(r"\d\s+out\s+of\s+$", re.I)
_SCALE_AFTER = re.compile(r"\s*(?:[.,;:)(!]|$|\b(?:and|or|for|on|in|by|with|against)\b)", re.I)
_WINDOW_AFTER = re.compile(r"[\s-]*(?:(?:working|calendar|school)\s+)?(?:days?|weeks?|months?|years?)\b", re.I)
# a window inside the definition of a repeat: 're-registrations within two years of a previous
# removal', 'repeat referrals within 12 months', 'second or subsequent plans within two years'
_REPEAT_WINDOW_BEFORE = re.compile(r"(?:\bre-?(?:referr|regist|ente?r|admi|notif|plan|"
                                   r"assess|enquir)\w*|\brepeat\s+\w+|\bsecond\s+or\s+subsequent\s+\w+|"
                                   # 'where the child had a previous referral within the 12 months'
                                   r"\b(?:a|any)\s+previous\s+\w+)"
                                   r"\b[^.;:%\d]{0,45}\bwithin\s+(?:the\s+)?(?:\w+\s+)?$", re.I)
_CODE_BEFORE = re.compile(r"\b(?:finding|findings|resolution|indicator|NI|KPI|ref|reference|objective|"
                          r"action\s+point|pi|CPV(?:\s+codes?)?\s*:?)\s*$", re.I)


# a run of numbers counting up, said for effect: 'five, six, seven social workers', '3, 4, 5 moves'
_NUM_WORD = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_COUNTING = re.compile(rf"\b{_NUM_WORD}(?:,\s*{_NUM_WORD}){{2,}}\b(?!\s*(?:,|and|or|&)\s*\d)", re.I)
# a number the speaker took back and said again: 'eight, sorry, nine rapid reviews', 'twelve, no,
# thirteen', '40 - I mean 41 - families' (the second stands; 'eight, sorry to say, were boys' keeps both)
_CORRECTED_AFTER = re.compile(rf"^\s*[,;.–—-]?\s*(?:sorry|no|I\s+mean|or\s+rather|rather|correction|pardon(?:\s+me)?)"
                              rf"(?!\s+(?:to|for|about|that|of)\b)\s*[,;.:–—-]?\s*(?:it\s+(?:was|is)\s+|make\s+that\s+)?"
                              rf"(?:{_NUM_WORD}|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty[\w-]*|"
                              rf"\d[\d,.]*)\b", re.I)
# a party's number in a court heading or a list of names run into one line: '(1) AB (2) CD'
_NUMBERED_BEFORE = re.compile(r"\(\s*(\d{1,2})\s*\)\s*[A-Za-z][^()\n]{0,80}\(\s*$")  # ('Kent (1), Essex (2)': counts)
# a list's item number run into its line after a full stop, a semicolon or a colon, before the item's
# words: '(1) Reduce delay to 26 weeks. (2) Embed the model.' ('Kent (1), Essex (2)' are counts)
_ENUMERATOR_BEFORE = re.compile(r"(?:[.;:]\s+|\s(?:and|or)\s+)\(\s*$")  # (at a line's start: _LIST_OPEN)
_ENUMERATOR_AFTER = re.compile(r"^\s*\)\s+[A-Za-z]")


def _run_in_enumerator(text: str, q: Quantity, before: str, after: str) -> bool:
    """Whether a bracketed count numbers an item of a list run into one line: the item before it,
    numbered one less, opens the same way earlier on the line."""
    if not (re.fullmatch(r"\d{1,2}", text[q.start:q.end]) and q.value >= 2 and  # noqa: PLR2004
            _ENUMERATOR_BEFORE.search(before) and _ENUMERATOR_AFTER.match(after)):
        return False
    ls = text.rfind("\n", 0, q.start) + 1
    previous = rf"(?:^|\s)\(\s*{int(q.value) - 1}\s*\)\s+[A-Za-z]"
    return re.search(previous, text[ls:q.start]) is not None


_WORD_LIMIT_AFTER = re.compile(r"^[\s-]*(?:words?|characters?)\b", re.I)
# 'I started as a residential worker at 19', 'she qualified as a nurse at 22', 'became a mother at 16'
_PERSON_AGE_BEFORE = re.compile(r"\b(?:as|became|become|becoming)\s+an?\s+[^.;,\d\n]{1,40}?\bat\s+$", re.I)
# the youngest or oldest person met, by age: 'the youngest carer we support is just eight', 'the oldest was 17'
_YOUNGEST_BEFORE = re.compile(r"\b(?:youngest|oldest)\b[^.;\n\d]{0,60}?\b(?:was|is|were|are|aged)\s+(?:just|only|barely|still)?\s*$",
                              re.I)
# ... and the other end said with its verb gapped: 'the youngest child seen was 3 and the oldest adult 81'
_OLDEST_GAPPED_BEFORE = re.compile(r"\b(?:youngest|oldest)\b[^.;\n\d]{0,60}?\b(?:was|is|were|are|aged)\s+\w+\s*,?\s+"
                                   r"(?:and|while|with)\s+the\s+(?:youngest|oldest)(?:\s+[a-z][\w'’-]*){0,3}\s+$", re.I)
# a pull quote's attribution on a line of its own, a role and an age without a dash: 'Young person, 15, in a
# foster placement', 'Parent, 34' (a count has its noun: 'Parents, 34 of them, ...' reads no role)
_ROLE_LINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:(?:an?|one|another)\s+)?(?:[A-Za-z][\w'’-]*\s+){0,3}(?P<role>[a-z][\w'’-]*),[ \t]*$", re.I)
_ROLE_LINE_AFTER = re.compile(r"^[ \t]*(?:\n|$|,[ \t]+(?:in|from|at|with|living|who|aged|a|an|the|year)\b)", re.I)
# an age in a speaker's own words, said as when something happened: '"If you get searched at 14 you
# remember it at 40"' (a level has its verb: '"it stood at 14"', '"we capped it at 40"')
_AGE_AT_BEFORE = re.compile(r"(?<!\bstood)(?<!\bstands)(?<!\bstand)(?<!\bremained)(?<!\bremains)(?<!\bpeaked)(?<!\bcapped)"
                            r"(?<!\bset)(?<!\bfixed)(?<!\bheld)(?<!\bwas)(?<!\bis)(?<!\bare)(?<!\bwere)(?<!\bstarted)"
                            r"(?<!\bstarts)(?<!\bclosed)(?<!\bopened)(?<!\bfinished)(?<!\bended)(?<!\blevelled)(?<!\bsteady)"
                            r"(?<!\bsits)(?<!\bsat)(?<!\bcame\sin)\s+at\s+$", re.I)
_AGE_AT_AFTER = re.compile(r"^\s*(?:[,.;:!?\"”’]|$|(?:you|I|he|she|they|we|and|but|when|it|then)\b)")
# a speaker introduced by an age: 'One 17-year-old student wrote:', 'A 15-year-old told us' ('A 16-year-old who was
# seriously injured' is the subject of a story, not a speaker being introduced)
_SPEAKER_AGE_BEFORE = re.compile(r"(?:^|\n|[.!?:;\"“”]\s+)\s*(?:One|A|An|Another|one|a|an|another)\s+$")
_SPEAKER_AGE_AFTER = re.compile(r"^[\s-]*years?[\s-]+old(?:\s+(?!(?:who|that|whose)\b)[a-z][\w'’-]*){0,2}\s+(?:wrote|said|says|"
                                r"told|tells|added|adds|explained|explains|commented|comments|described|describes|put\s+it)\b", re.I)
# ... or named after the verb of speech, with the age in a relative clause: 'said Youth Mayor Ann Lee, who is 16'
_SPOKE_BEFORE = re.compile(r"\b(?:said|says|told|tells|asked|asks|added|adds|wrote|writes|explained)\s+[^.;!?\n\"“”]{2,70},\s*"
                           r"who\s+(?:is|was)\s+$", re.I)
_SPEAKS_AFTER = re.compile(r"^\s*,\s+(?:(?:also|then|later)\s+)?(?:said|says|told|tells|wrote|writes|explained|explains|added|adds|"
                           r"asked|asks|described|describes|recalled|recalls)\b", re.I)
_RATE_RATIO_AFTER = re.compile(r"\s+times\s+(?:the|their|its)\s+(?:\w+\s+)?rates?\b", re.I)
_PERSON_AGE_AFTER = re.compile(r"^\s*(?:[,.;:)!?\"”’]|$|(?:years?\s+old|and|so|but|when|after|before)\b)", re.I)
_MEMBERS_BEFORE = re.compile(rf"\b{_NUM_WORD}\s+(?:out\s+)?of\s+$", re.I)
_MEMBERS_AFTER = re.compile(r"^\s+(?:voting\s+)?(?:members|councillors|trustees|governors)\s+(?:were\s+)?(?:present|attending|in\s+attendance)\b", re.I)

# a number of the document's own items: 'Five are shown below', 'the three listed above', 'the following four'
_DOC_ITEMS_AFTER = re.compile(r"^\s+(?:are|is|were|was)\s+(?:shown|listed|set\s+out|summari[sz]ed|described|"
                              r"given|included|outlined|detailed)\s+(?:below|above|overleaf|in\s+(?:the\s+)?"
                              r"(?:table|appendix|annex|box)\b)", re.I)
_DOC_ITEMS_BEFORE = re.compile(r"\bthe\s+following\s+$", re.I)

# the first of a list of references named in the plural: 'Items 7 and 11 on the agenda',
# 'Recommendations 1 and 2 will be monitored', 'regulations 28 and 29', a decision's 'allegations 2 to 5'
# and 'standards 2.4, 3.8 and 6.5', a motion's 'Resolutions 1 and 4' (a count stands before its
# noun: 'the 7 items', '11 recommendations', '12 allegations')
_REF_LIST_NOUNS = (r"(?:items|recommendations|regulations|articles|clauses|rules|standing\s+orders|findings|"
                   r"actions|appendices|annexes|schedules|priorities|questions|chapters|sections|"
                   r"paragraphs|paras|recs|allegations|particulars|charges|standards|resolutions|amendments|columns|options|episodes)")
_REF_LIST_BEFORE = re.compile(r"\b" + _REF_LIST_NOUNS + r"\s+$", re.I)
# ... and every later number of a long list of them, however far its noun is: 'Recommendations 1, 2, 3, 6, 7, 8, 13,
# 14, 15, 17 and 18' (the 40 characters before a number hold the noun only for the first few)
_REF_RUN_BEFORE = re.compile(r"\b" + _REF_LIST_NOUNS + r"\s+\d{1,3}(?:\.\d+)*(?:\s*(?:,|and|&|to|or|-|–)\s*\d{1,3}(?:\.\d+)*)*"
                             r"\s*(?:,|and|&|to|or|-|–)\s*$", re.I)
# a decision's reference to an allegation by its number alone: 'the conduct at 3 lacked integrity', 'the
# facts found proved at 1 and 3', 'the matters in 4(a)' (a count has its noun: 'conduct at 2 schools')
_AT_ITEM_BEFORE = re.compile(r"\b(?:conduct|actions?|behaviour|failures?|failings?|omissions?|matters?|facts?|dishonesty|"
                             r"misconduct)\s+(?:(?:set\s+out|described|found(?:\s+proved)?|admitted|proved)\s+)?"
                             r"(?:at|in|under)\s+(?:\d{1,2}(?:\([a-z]\))?\s*(?:,|and|&|to)\s*)*$", re.I)
_AT_ITEM_AFTER = re.compile(r"^(?:\([a-z]{1,3}\))?\s*(?:[,.;:)]|$|(?:and|&|to|or)\s+\d|(?:was|were|is|are|amounts?|amounted|"
                            r"did|does|do|had|has|have|would|involved|constitutes?|constituted)\b)")
_REF_LIST_AFTER = re.compile(r"^(?:\.\d+)*\s*(?:,|and|&|to|or|-|–)\s*\d")
# a point in a plan's or a year's run: 'the forecast at month 6', 'by week 12', 'as at period 9',
# 'Day 3 of the hearing', 'Month 9 forecast' ('in the month 42 children came into care' counts children)
_RUN_POINT_BEFORE = re.compile(r"(?:\b(?:at|by|in|from|to|until|since|of|for|after|before|on)\s+(?:month|week|day|period)"
                               r"|(?-i:\b(?:Month|Week|Day|Period)))\s+$", re.I)
_PLURAL_AFTER = re.compile(r"^\s+(?!(?:this|does|goes|plus|thus|less|across|previous|various|onwards|afterwards|towards)\b)"
                           r"(?:[a-z]{3,}s|children|people|men|women)\b")
# a service's number said as what to do in an emergency: '... or 999 in an emergency', '999 if a
# child is in danger'
_EMERGENCY_AFTER = re.compile(r"^\s+(?:in\s+(?:an?\s+)?emergenc(?:y|ies)|if\s+(?:a|an|you|there|someone|the|they|it)\b|"
                              r"for\s+(?:the\s+)?(?:police|ambulance|fire|emergenc|non-emergenc|nhs))", re.I)
_CALLED_BEFORE = re.compile(r"\b(?:call|dial|ring|phone|text)\b[^.\n]{0,60}$", re.I)
# ... said as the line a body answers on, far down a sentence that asks the reader to call: 'call the duty
# desk on 01632 960000, or the police on 101' ('the police on 101 occasions' is no line)
_SERVICE_ON_BEFORE = re.compile(r"\bon\s+$", re.I)
_CALL_VERB = re.compile(r"\b(?:call|dial|ring|phone|contact)\b", re.I)
# the rows or fields of a data file: 'b1.csv (CSV, 2.4 MB, 18,340 rows)'
_FILE_ROWS_AFTER = re.compile(r"^\s+(?:rows|columns|records|lines|fields|cells)\b", re.I)
_FILE_WORD = re.compile(r"\b(?:CSV|XLSX?|ODS|JSON|ZIP|PDF|TXT|XML|[KMG]B)\b|\.(?:csv|xlsx?|ods|json|zip|pdf)\b")
# a text's length or a place in it: 'The full briefing (two pages)', 'three pages later', 'a
# 40-page report', 'slides 4 to 6'
_PAGES_AFTER = re.compile(r"^(?:\s+|-)(?:pages?|sides?|slides?)(?:\s+(?:later|earlier|on|further\s+on|before|after|long|"
                          r"in\s+length)\b|\s+(?:report|document|letter|briefing|summary|guide|leaflet|booklet|plan|"
                          r"strategy|submission|response|paper|judgment|dossier)\b)", re.I)
_PAGES_BRACKET_AFTER = re.compile(r"^\s+(?:pages?|sides?|slides?)\s*\)", re.I)
# ... and a length set off or ending its clause: 'The full report, 212 pages, is ...', 'It runs to 64
# pages.', 'more than 400 pages of evidence' ('1,200 page views' counts views)
_PAGES_CLAUSE_AFTER = re.compile(r"^\s+(?:pages|sides|slides)(?:\s*(?:[,.;:)!?]|$)|\s+(?:of|in|and|long)\b)", re.I)
# the size of a person's family: 'a mother of two from Acomb', 'father-of-three', 'a grandmother of five'
# ... or said of one person: 'Priya, 27, has three children', 'she has three young children' ('she has 12
# children on her caseload' counts a worker's cases)
_FAMILY_HAS_BEFORE = re.compile(r"(?:\b(?:she|he)|\b(?-i:[A-Z][a-z]+),\s*\d{1,2},)\s+(?:has|had|is\s+raising|was\s+raising)\s+$",
                                re.I)
_FAMILY_HAS_AFTER = re.compile(r"^\s+(?:(?:young|small|little|grown-up|teenage|older|younger)\s+)?(?:children|kids|sons|daughters|"
                               r"boys|girls)\b(?!\s+(?:on\s+(?:her|his|the)|allocated|open|in\s+(?:her|his)\s+(?:caseload|care|"
                               r"class)|subject|who\s+are\s+(?:looked|on)|placed|in\s+care))", re.I)
_FAMILY_BEFORE = re.compile(r"(?<!corporate\s)\b(?:(?:grand|step-?)?(?:mother|father|mum|dad|parent)s?|single\s+(?:mum|mother|"
                            r"father|dad|parent))[\s-]+of[\s-]+$", re.I)
# ... or a parent's own children said without the noun: 'My two loved it', 'our three, who were'
_FAMILY_OWN_BEFORE = re.compile(r"\b(?:my|our)\s+$", re.I)
_FAMILY_OWN_AFTER = re.compile(r"^(?:\s*[,.;:!?)\u201d\"]|\s+(?:would|could|will|can|did|do|does|were|are|have|had"
                               r"|both|all|never|still|always|just|also|and|love|loved|came|went|got)\b|\s+\w+n[\u2019']t\b)",
                               re.I)
# a span said in counted years: 'in each of the last three financial years', 'over the past two school years'
_COUNTED_YEARS_AFTER = re.compile(r"^\s+(?:financial|calendar|academic|school|full|reporting)\s+(?:years?|quarters?)\b", re.I)
# a window in a key's definition: 'Priority 3 - minor issue; action within 12 months', 'Category
# B: response within 24 hours'
_KEY_WINDOW_BEFORE = re.compile(r"(?:^|\n|[.;]\s+)(?:priority|category|grade|level|rating|risk)\s*(?:\d{1,2}|[A-D])\s*"
                                r"[-–—:=][^.\n]{0,100}?\bwithin\s+(?:the\s+)?$", re.I)
# a duration band of a count's members: '31 children have been subject of a plan for more than
# 18 months', '8 were more than six months overdue', 'every action more than three months
# overdue' (one child's 'she was on a plan for more than a year' stays a figure)
_BAND_BEFORE = re.compile(r"\bfor\s+(?:more\s+than|longer\s+than|over|at\s+least|upwards\s+of)\s+$", re.I)
_OVERDUE_BEFORE = re.compile(r"\b(?:more|longer)\s+than\s+$|\bover\s+$", re.I)
_OVERDUE_AFTER = re.compile(r"^[\s-]*(?:days?|weeks?|months?|years?)\s+(?:overdue|late|past\s+(?:its|their|the)\s+"
                            r"(?:due|target|deadline))\b", re.I)
_MEMBERS_COUNTED = re.compile(r"(?<![\d£$.,/])(?!(?:19|20)\d\d\b)\d[\d,]*\s+[a-z]"
                              r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
                              r"hundred|dozen)\s+[a-z]|\b(?:every|any|all|each)\s+[a-z]", re.I)


# 'One parent told us ...', 'One young person said ...': an unnamed speaker, not a count of one
# ('One university disclosed that ...', 'one Year 9 pupil wrote', 'One council admitted ...')
_SPEAKER_AFTER = re.compile(r"^\s+(?:(?:[a-z][\w'’-]*|[Yy]ear\s+(?:1[0-3]|[1-9]|R))\s+){1,3}(?:told|said|says|tells|described|explained|commented|added|"
                            r"wrote|felt|feels|put\s+it|summed\s+it\s+up|reflected|recalled|spoke|disclosed|admitted|conceded|"
                            r"acknowledged|insisted|replied|responded|argued|claimed|warned)\b")
# a reader's right in a standard notice: 'you may ask for an internal review within 40 working
# days', 'you can appeal within 28 days' (a body's own deadline stays: 'we aim to respond within 10
# working days', 'you are under a duty to respond within 56 days')
_RIGHT_BEFORE = re.compile(r"\byou\s+(?:may|can|could|have\s+the\s+right\s+to|are\s+entitled\s+to)\b[^.;\n]{0,70}?"
                           r"\bwithin\s+$", re.I)
# the end of a clause right after a number: '... is fewer than five.'
_SET_END_AFTER = re.compile(r"^\s*(?:[.,;:!?)]|$)")
# a count withheld and given only as its bound: 'The number for 2023 to 2025 combined is fewer than
# five.', 'Deaths: fewer than 5' (a hedged count of things keeps its noun: 'fewer than five children died')
_SUPPRESSED_BEFORE = re.compile(r"(?:\b(?:is|was|are|were|remains?|remained)|:)\s*$", re.I)


# how a sum or a task is divided: 'paid in three instalments', 'released in two tranches'
_SPLIT_AFTER = re.compile(r"^\s+(?:(?:equal|monthly|quarterly|termly|annual|yearly|separate)\s+)?(?:instal+ments|tranches|"
                          r"stage\s+payments)\b", re.I)
# the one of a ratio: 'the caseload is 1 to 310 families', 'a staffing ratio of 1:3', 'ratios of 1 to 6'
# ('rose from 1 to 14' is a change)
_RATIO_AFTER = re.compile(r"^\s*(?::|to)\s*\d")
_RATIO_BEFORE = re.compile(r"\b(?:ratios?|case\s*loads?)\b[^.;:!?]{0,140}$", re.I)
# a measure's label over its value on the next line: a tile or a list's 'ICPCs within 15 working days' then
# '68% target 90%' (a sentence's window, 'held within 15 working days', is a figure of the standard)
_LABEL_WINDOW_BEFORE = re.compile(r"\b(?:in|within)\s+$", re.I)
_LABEL_LINE_END = re.compile(r"[\s-]*(?:(?:working|calendar|school)\s+)?(?:days?|weeks?|months?)\s*(?:\(\s*%\s*\))?[ \t]*\n"
                             # the value's line: '88.9% target 85%', '68% (Q1: 72%)', '91%' ('91% of them were ...' is prose)
                             r"[ \t]*\d[\d.,]*\s*%(?:[ \t]*(?:\(|target\b|vs\b|against\b|up\b|down\b|from\b|England\b|"
                             r"national\b|[-–|:]|\d)[^\n]{0,40})?[ \t]*(?:\n|$)", re.I)


def _measure_label(text: str, q: Quantity, before: str) -> bool:
    """The window inside a measure's name set as a label over its value: 'Assessments completed in 45
    working days' on a line of its own, the value '88.9%' opening the next line."""
    if not (_LABEL_WINDOW_BEFORE.search(before) and _LABEL_LINE_END.match(text, q.end, min(len(text), q.end + 60))):
        return False
    head = text[line_of(text, q.start)[0]:q.start]
    return bool(re.match(r"\s*[A-Z]", head)) and not re.search(r"\d|[.;:!?]\s", head)


# a speaker's words quoted in a headline or a title: "'We got three days' notice': tenants ...", "'I rang 20
# times' - mother's plea" (opened at the line's start or after a colon or a dash, closed before one)
_HEADLINE_QUOTE = re.compile(r"(?:^|[:–—-][ \t]+)[‘'\"“]([^‘’'\"“”\n]{3,120})[’'\"”](?=[ \t]*(?:[:–—-]|$))", re.M)
_FIRST_PERSON = re.compile(r"\b(?:I|I['’](?:m|ve|d|ll)|(?i:my|me|we|our|us))\b")


def _in_headline_quote(text: str, q: Quantity) -> bool:
    """The number is inside a speaker's first-person words quoted in a headline: a line of its own
    that ends without a sentence's stop (the story reports its facts in its own words)."""
    ls, line = line_of(text, q.start)
    if len(line) > 220 or re.search(r"[.!?][’'\"”]?\s*$|[.!?]\s+[A-Z]", line):
        return False
    for m in _HEADLINE_QUOTE.finditer(line):
        if ls + m.start(1) <= q.start and q.end <= ls + m.end(1) and _FIRST_PERSON.search(m.group(1)):
            return True
    return False


def _share_in_sentence(text: str, q: Quantity) -> bool:
    """Whether the sentence around `q` holds a share ('81%', '94 per cent')."""
    head = _clause_before(text, q.start, 160)
    tail = text[q.end:q.end + 160]
    tail = tail[:min((m.start() for m in re.finditer(r"[.!?;]\s|\n\s*\n", tail)), default=len(tail))]
    return bool(_SHARE_WORD.search(head) or _SHARE_WORD.search(tail))


def _clause_before(text: str, at: int, reach: int = 150) -> str:
    """The words of the sentence before `at`, up to `reach` characters."""
    head = text[max(0, at - reach):at]
    return head[max((m.end() for m in re.finditer(r"[.!?;]\s", head)), default=0):]


def _band_of_members(text: str, q: Quantity, before: str, after: str) -> bool:
    """'31 children ... for more than 18 months', '8 were more than six months overdue': the
    duration bounds the members of a count said before it in the sentence."""
    if not (_BAND_BEFORE.search(before) or _OVERDUE_BEFORE.search(before) and _OVERDUE_AFTER.match(after)):
        return False
    head = text[max(0, q.start - 150):q.start]
    head = head[max((m.end() for m in re.finditer(r"[.!?]\s", head)), default=0):]
    return bool(_MEMBERS_COUNTED.search(head))


def _counting(text: str, q: Quantity) -> bool:
    """'five, six, seven social workers': three numbers or more counting up by one, with commas."""
    for m in _COUNTING.finditer(text, max(0, q.start - 40), min(len(text), q.end + 40)):
        if m.start() <= q.start and q.end <= m.end():
            values = [parse_words(w) if not w.isdigit() else float(w) for w in re.split(r",\s*", m.group(0))]
            return all(v is not None for v in values) and all(
                b == a + 1 for a, b in zip(values, values[1:]))  # type: ignore[operator]
    return False


def cell_reason(text: str, start: int, end: int) -> str | None:
    """Why a table cell's number is the page's own furniture, read as in the running text: an
    identifier's field laid out as a label and its value ('Metric ID: 3306' under a definition) or a
    page's or a forum's counter ('Posts: 237'); else None (a cell's other readings are the table
    reader's)."""
    if is_counter(text, start, end):
        return COUNTER
    return REFERENCE if furniture_reason(text, start, end) == "label" else None


# reject_reason's answers for the last few texts read: every number of a text is asked about
# more than once (whether it cuts another number's window, then whether it is a figure), and
# the answer depends on the text and the number only
_ANSWERS: list[tuple[str, dict[tuple[object, ...], str | None]]] = []


def reject_reason(text: str, q: Quantity) -> str | None:
    """Why the number at q is no reported figure (a year, a reference, a list item ...), or None."""
    answers = next((a for t, a in _ANSWERS if t is text), None)
    if answers is None:
        answers = {}
        _ANSWERS.insert(0, (text, answers))
        del _ANSWERS[4:]
    key = (q.start, q.end, q.kind, q.value, q.unit, q.qualifier)
    if key not in answers:
        answers[key] = _reject_reason(text, q)
    return answers[key]


def _reject_reason(text: str, q: Quantity) -> str | None:
    raw = text[q.start:q.end]
    before, after = text[max(0, q.start - 40):q.start], text[q.end:q.end + 30]
    if in_foreign_sentence(text, q.start, q.end):
        return FOREIGN  # 'Roedd 64 o blant ar y gofrestr ...' beside 'There were 64 children on the register'
    if is_statistic(before, text[q.end:q.end + 60]):
        return STATISTIC  # 'odds ratio 2.4, 95% CI 1.6 to 3.7; p < 0.001'
    if q.kind in ("count", "word", "money", "duration", "percent") and _in_headline_quote(text, q):
        return HEADLINE_QUOTE  # "FEATURE: 'I moved 12 times before I was 16': care leavers ..."
    if in_citation(text, q.start, q.end, before):
        return CITATION  # '[2013] EWCA Civ 1146', 'HC 612', '14(3): 212-239', '(25 007 418)'
    if why := procedure_reason(text, q) or (q.kind in ("count", "word", "duration", "age") and band_reason(text, q)):
        return why  # '1) ... and 2) how many', 'at 17 or 18', '9 to 36-month provision', 'a year or two ago',
        # 'since 1889'
    if q.kind in ("count", "word", "duration", "money", "percent") and (ident := identifier_reason(text, q.start, q.end)):
        return {"register": NAME, "service": NAME, "numbered": REFERENCE, "countdown": TIME_POINT, "name": NAME,
                "corrected": CORRECTED}[ident]  # 'Registered charity 1123456', 'the NHS 111 service', 'camera 6',
        # '21 days left', 'An earlier version said 21 wards'
    if in_reference_mark(text, q.start, q.end):
        return MARK  # '... rose to £5.6 million in 2024-25.[7]', 'aged under 18 [note 2]', '[2] DfE, 2025'
    if q.kind == "count" and in_affiliation_mark(text, q.start, q.end):
        return AFFILIATION  # 'Ann Hale (1), Tom Reid (2)'
    if q.kind == "count" and in_numbered_heading(text, q.start, q.end):
        return HEADING  # '3 Statistics' among '2 Inspections' and '4 Safeguarding reviews'
    if q.kind == "count" and in_numbered_item(text, q.start, q.end):
        return LIST_ITEM  # '1  The council should ...' above '2  Every school should ...', 'Step 2: ...'
    if q.kind in ("count", "word") and is_counter(text, q.start, q.end):
        return COUNTER  # '1,208 views', '12 people found this page useful'
    if q.kind in ("count", "word", "percent", "rate") and (piece := furniture_reason(text, q.start, q.end)):
        return {"page": PAGE_MARK, "time": TIME_POINT, "length": LENGTH, "pager": PAGER, "label": REFERENCE,
                "items": DOC_ITEMS, "glyph": GLYPH, "accuracy": TRANSCRIPT}[piece]  # '- 2 -', 'Moved: 1612', 'Words: 412', 'Showing 5 of 10 rows', 'Paper 4.2'
    if q.kind in ("count", "word", "percent", "money") and (ad := advert_reason(text, q.start, q.end, q.kind)):
        return {"offer": OFFER, "rating": RATING, "stars": STARS, "ask": ASK, "price": PRICE, "prize": PRIZE}[ad]  # '20% off your
        # first box', 'rate us five stars', 'Review: the panto, 4 stars', '£10 could pay for', '3 courses for £24.95'
    if q.kind in ("count", "word") and is_ballot_mark(text, q.start, q.end):
        return BALLOT  # 'VOTE 1 MACLEOD', 'Put 1 beside her name', '(2, 3 and so on)'
    if q.kind == "percent" and (rag := _RAG_KEY_BEFORE.search(before)) and (
            _RAG_KEY_AFTER.match(after) or re.search(r"\b(?:target|threshold|tolerance)\b", rag.group(0), re.I)):
        return DEFINITION  # 'Amber = within 5% of target', 'Amber = adverse to target by up to 10%'
    if q.kind in ("count", "word", "duration", "age", "rate"):
        if re.search(r"(?:(?:\bUS|\bA|\bC)?[$€¥]|(?-i:\b(?:USD|EUR|AUD|CAD|JPY)))\s?$", before):
            return FOREIGN_MONEY  # '$200', 'US$1.2m', '€50,000' would read as counts of nothing
        if re.fullmatch(r"(?:19|20)\d\d", raw):
            return YEAR
        if _AGE_BAND.search(text[max(0, q.start - 40):q.end + 30]) and _in_age_band(text, q) or \
                _in_age_bound(text, q):
            return AGE_BAND
        if _in_age_group(text, q):
            return AGE_GROUP
        if _inside_match(_AGE_MARK, text, q, 40, 50) and not (
                _PREGNANCY_DEADLINE.search(before) and _share_in_sentence(text, q)):
            return AGE_MARK  # 'their 27-month review', 'the 20-week scan', 'booked after 12 weeks of pregnancy'
        if re.match(r"[\s-]*(?:weekly|monthly|yearly|daily|hourly|fortnightly)\b", after, re.I):
            return SPAN  # a frequency: 'a 6 monthly update', 'six-weekly reviews'
        if _LIST_OPEN.search(before) and re.match(r"\s*\)", after):
            return LIST_ITEM  # '(1) That Cabinet approves ...'
        if q.kind in ("count", "word") and not _COMPARATOR_BRACKET.search(before) and (
                _PARA_BEFORE.search(before) and _PARA_AFTER.match(after) or
                                            _PARA_DOT_BEFORE.search(before) and _PARA_DOT_AFTER.match(after)):
            return LIST_ITEM  # a paragraph's number: '4) RESOLVED that ...', '... noted. 3. Mr Evans ...'
        if q.kind == "count" and re.fullmatch(r"\d{1,3}", raw) and _PARA_GLUED_BEFORE.search(before) and \
                _PARA_GLUED_AFTER.match(after):
            return LIST_ITEM  # '14.The Council told me ...': a paragraph's number glued to its first word
        if q.kind in ("count", "word") and (m := _NUMBERED_BEFORE.search(before)) and q.value == int(m.group(1)) + 1 \
                and re.match(r"\s*\)", after):
            return LIST_ITEM  # '(1) AB (2) CD': the later numbers of a list run into one line
        if q.kind == "count" and _run_in_enumerator(text, q, before, after):
            return LIST_ITEM  # '... by March 2027. (2) Embed the new model. (3) ...'
        if q.kind in ("count", "word") and _WORD_LIMIT_AFTER.match(after):
            return LENGTH  # 'Letters should be no longer than 300 words'
        if q.kind in ("count", "word", "age") and _PERSON_AGE_BEFORE.search(text[max(0, q.start - 70):q.start]) and \
                _PERSON_AGE_AFTER.match(after):
            return PERSON_AGE  # 'I started as a residential worker at 19'
        if q.kind in ("count", "word", "age") and q.value <= 25 and _YOUNGEST_BEFORE.search(text[max(0, q.start - 90):q.start]) \
                and _PERSON_AGE_AFTER.match(after):
            return PERSON_AGE  # 'our youngest member is only nine'
        if q.kind in ("count", "word", "age") and q.value < 110 and _OLDEST_GAPPED_BEFORE.search(text[max(0, q.start - 140):q.start]) \
                and _PERSON_AGE_AFTER.match(after):
            return PERSON_AGE  # 'the youngest child seen was 3 and the oldest adult 81'
        if q.kind in ("count", "word") and q.value < 100 and re.fullmatch(r"\d{1,2}", raw) and _AGE_AT_BEFORE.search(before) \
                and _AGE_AT_AFTER.match(after) and _in_quote_marks(text, q.start):
            return PERSON_AGE  # '"If you get searched at 14 you remember it at 40"'
        if q.kind in ("count", "word", "duration", "age") and q.value < 100 and _SPEAKER_AGE_BEFORE.search(before) and \
                _SPEAKER_AGE_AFTER.match(text[q.end:q.end + 70]):
            return ATTRIBUTION  # 'One 17-year-old student wrote: "..."': the age of a speaker being introduced
        if q.kind in ("count", "word", "age") and q.value < 100 and re.search(r",\s*who\s+(?:is|was)\s+$", before) and (
                _SPOKE_BEFORE.search(text[max(0, q.start - 110):q.start]) or _SPEAKS_AFTER.match(after)):
            return ATTRIBUTION  # 'said Youth Mayor Ann Lee, who is 16.', 'A member, who is 17, told us ...'
        if q.kind in ("count", "word", "age") and q.value < 100 and re.fullmatch(r"\d{1,2}", raw) and \
                (m := _ROLE_LINE_BEFORE.search(before)) and m.group("role").lower() in person_nouns() and \
                _ROLE_LINE_AFTER.match(after):
            return ATTRIBUTION  # 'Young person, 15, in a foster placement' under a pull quote
        if q.kind == "word" and raw.lower() == "one" and re.search(r"\b(?:more|fewer|less)\s+than\s+$", before, re.I) and \
                (re.match(r"\s*(?:[.,;:!?)”\"’]|$)", after) or _MEMBERS_COUNTED.search(_clause_before(text, q.start)) and
                 re.match(r"\s+[a-z]+\b(?!\s+(?:was|were|is|are|had|has|have|did|died|left|of)\b)", after)):
            return BOUND_ONE  # '30 pupils attend more than one school', 'nine families had more than one.'
        if q.kind in ("count", "word") and _MEMBERS_BEFORE.search(before) and _MEMBERS_AFTER.match(after):
            return MEMBERSHIP  # 'quorate (4 of 5 members present)': the 5
        if q.kind in ("count", "word") and re.match(r"\s+and\s+a\s+half\b", after, re.I):
            return HALF_WHOLE  # 'in care for more than two and a half years': one amount, 2.5 years
        if q.kind in ("count", "word") and (m := _RANK_KEY_AFTER.match(after)) and (
                m.group(1) in ("=", "(") or re.search(r"\b(?:where|with)\s+$", before, re.I)):
            return SCALE_KEY  # 'Rank of rate (1 = highest)', 'ranked from 1 (best) to 10 (worst)'
        if q.kind in ("count", "word") and _scale_key(text, q):
            return SCALE_KEY  # 'the six-point scale: 6 excellent, 5 very good, 4 good, ...'
        if q.kind in ("count", "word") and (_DOC_ITEMS_AFTER.match(text[q.end:q.end + 60]) or _DOC_ITEMS_BEFORE.search(before) and
                                            re.match(r"\s*[:.]", after)):
            return DOC_ITEMS  # 'Five are shown below; the full log is at Appendix A'
        if q.kind in ("count", "word") and _counting(text, q):
            return COUNTING
        if q.kind in ("count", "word") and _CORRECTED_AFTER.match(text[q.end:q.end + 40]):
            return CORRECTED  # 'we had, er, five sorry six strategy meetings'  # "they've had five, six, seven social workers"
        if raw.lower() == "one" and q.kind in ("word", "duration") and \
                _OPENING_BEFORE.search(before) and _SPEAKER_AFTER.match(text[q.start + 3:q.start + 63]):
            return SPEAKER  # 'One practitioner told us that actions "just roll over"'
        if q.kind in ("word", "duration") and raw.lower() == "one" and re.search(r"\bfrom\s+$", before, re.I) and \
                re.match(r"\s+[a-z][\w'’-]*\s+to\s+(?:the\s+)?(?:next|another)\b", after, re.I):
            return VAGUE  # 'actions roll over from one plan to the next', 'from one year to the next': any one
        if q.kind in ("count", "word") and q.qualifier in ("fewer than", "less than") and q.value in (3, 5, 6, 10) and \
                _SUPPRESSED_BEFORE.search(re.sub(r"(?:fewer|less)\s+than\s*$", "", before, flags=re.I)) and \
                _SET_END_AFTER.match(after):
            return SUPPRESSED  # 'The number for 2023 to 2025 combined is fewer than five.'
        if q.kind in ("count", "word") and re.search(r"\bin\s+$", before) and _SPLIT_AFTER.match(after):
            return SPLIT  # 'a bursary of £2,000 paid in three instalments'
        if q.kind in ("count", "word") and q.value == 1 and _RATIO_AFTER.match(after) and _RATIO_BEFORE.search(_clause_before(text, q.start, 170)) \
                and not re.search(r"\b(?:from|between)\s+$", before, re.I):
            return RATIO  # 'the mean caseload is 1 to 310 families', 'a staffing ratio of 1:3'
        if q.kind in ("duration", "count", "word") and _measure_label(text, q, before):
            return DEFINITION  # a tile's label 'ICPCs within 15 working days' over its value '68%'
        if q.kind in ("count", "word") and (_FAMILY_BEFORE.search(before) or q.value <= 12 and (
                _FAMILY_HAS_BEFORE.search(before) and _FAMILY_HAS_AFTER.match(after)
                or _FAMILY_OWN_BEFORE.search(before) and _FAMILY_OWN_AFTER.match(after))):
            return FAMILY  # 'a mother of two from Acomb', 'father-of-three'
        if q.kind in ("count", "word") and _COUNTED_YEARS_AFTER.match(after) and _SPAN_BEFORE.search(before):
            return SPAN  # 'in each of the last three financial years'
        if q.kind in ("count", "word") and (_PAGES_AFTER.match(after) or _PAGES_CLAUSE_AFTER.match(after) or
                                            re.search(r"\(\s*$", before) and _PAGES_BRACKET_AFTER.match(after)):
            return LENGTH  # 'The full briefing (two pages)', 'three pages later', 'a 40-page report'
        if q.kind == "count" and _FILE_ROWS_AFTER.match(after) and _FILE_WORD.search(line_of(text, q.start)[1]):
            return FILE_SIZE  # 'b1.csv (CSV, 2.4 MB, 18,340 rows)'
        if _REF_LIST_BEFORE.search(before) and _REF_LIST_AFTER.match(after):
            return REFERENCE  # 'Items 7 and 11 on the agenda', 'Recommendations 1 and 2'
        if q.kind == "count" and re.fullmatch(r"\d{1,3}", raw) and re.search(r"\d\s*(?:,|and|&|to|or|-|–)\s*$", before) and \
                _REF_RUN_BEFORE.search(text[max(0, q.start - 160):q.start]):
            return REFERENCE  # 'Recommendations 1, 2, 3, 6, 7, 8, 13, 14, 15, 17 and 18'
        if q.kind == "count" and re.fullmatch(r"\d{1,2}", raw) and _AT_ITEM_BEFORE.search(before) and _AT_ITEM_AFTER.match(after):
            return REFERENCE  # 'the conduct at 3 lacked integrity': allegation 3
        if q.kind in ("count", "word") and q.value <= 53 and _RUN_POINT_BEFORE.search(before) and \
                not _PLURAL_AFTER.match(after):
            return TIME_POINT  # 'the forecast outturn at month 6', 'by week 12'
        if raw in SERVICE_NUMBERS and (_EMERGENCY_AFTER.match(after) or _CALLED_BEFORE.search(text[max(0, q.start - 70):q.start])
                                        or _SERVICE_ON_BEFORE.search(before) and _CALL_AFTER.match(after)
                                        and _CALL_VERB.search(_clause_before(text, q.start, 220))):
            return PHONE  # 'call 01632 960418, or 999 in an emergency', '... or the police on 101'
        if q.kind in ("duration", "count", "word") and _WINDOW_AFTER.match(after) and \
                _KEY_WINDOW_BEFORE.search(text[max(0, q.start - 140):q.start]):
            return DEFINITION  # 'Priority 3 - minor issue; action within 12 months'
        if q.kind in ("duration", "count", "word") and _WINDOW_AFTER.match(after) and \
                _RIGHT_BEFORE.search(text[max(0, q.start - 110):q.start]):
            return DEFINITION  # 'you may ask for an internal review within 40 working days'
        if q.kind in ("duration", "count", "word") and _WINDOW_AFTER.match(after) and _band_of_members(text, q, before, after):
            return SPAN  # '31 children have been subject of a plan for more than 18 months'
        if _LABEL_BEFORE.search(before) and _LABEL_AFTER.match(after):
            return CODE  # 'Risk 1 – Delivery of the savings plans'
        if q.kind in ("count", "word") and re.fullmatch(r"\d{1,2}", raw) and _PARA_AFTER.match(after) and \
                before[-1:] == " " and not _open_bracket(text, q.start):
            return LIST_ITEM  # '... Cabinet Committee 2) Separate the ...': no bracket open to close
        if q.kind == "count" and re.fullmatch(r"\d{1,2}", raw) and _RECOMMEND_ITEM_AFTER.match(after):
            return LIST_ITEM  # '... asked to: 1. To NOTE ...', '... Working Party 2. To COMMENT ...'
        if re.search(r"\(\s*$", before) and _RESOLUTION_AFTER.match(after):
            return LIST_ITEM  # '... the Programme (3) Note that acceptance ...'
        if _name_part(text, q, raw, before, after):
            return NAME
        if q.kind == "count" and re.fullmatch(r"\d{1,3}", raw) and _MARK_AFTER.match(after):
            return PAGE_MARK  # '... occupation. 3 These are residential special schools'
        if q.kind == "count" and re.fullmatch(r"\d{1,2}", raw) and re.search(r"[a-z]\.[’'\"”]? $", before) and \
                re.match(r"[ \t]*\n", after):
            return PAGE_MARK  # '... provided by the local authority. 1' then a heading: a superscript mark
        if q.kind == "count" and re.fullmatch(r"\d{1,3}", raw) and not text[q.end:].strip() and \
                not text[line_of(text, q.start)[0]:q.start].strip():
            return PAGE_MARK  # a page's number alone on the text's last line
        if q.kind in ("count", "rate") and _footnote_line(text, q, raw):  # ('1' / 'Rate per 10,000 ...' reads as a rate)
            return PAGE_MARK  # '1 Local authority data, not validated.' under 'the authority.1 The ...'
        if q.kind == "count" and _STAGES_BEFORE.search(before) and _STAGES_AFTER.match(after):
            return REFERENCE  # 'Key Stages 1, 2 and 4', 'Waves 13 and 14' (the last: _REF_BEFORE)
        if q.kind in ("count", "word") and _ANY_BEFORE.search(before):
            return RULE  # 'any two members may call in a decision'
        if _CODE_BEFORE.search(before) and not (re.search(r"\bNI\s*$", before) and "." in raw):
            return CODE  # 'Finding 3', '(NI 64)'; '(NI 50.3)' is Northern Ireland's value
        if q.kind in ("count", "word") and q.value <= 12 and _bodies(text, q, before):
            return BODIES  # 'across the four councils', 'the highest of the four'
        if _OPENING_BEFORE.search(before) and _POINT_AFTER.match(after):
            return TIME_POINT  # 'Three weeks before he died, ...': when, not how long
        if _PRONOUN_THE_BEFORE.search(before) and _PRONOUN_VERB_AFTER.match(after) and \
                (q.kind == "word" and raw.lower() in _SMALL_WORDS or q.kind == "count" and _said_before(text, q)):
            return PRONOUN  # 'The two became friends': people counted before, not a new count
        if re.fullmatch(r"\d{1,2}", raw) and _MONTH_ABBR_BEFORE.search(before):
            return REFERENCE  # 'Aug. 9', 'Nov. 15, 2019' (a sentence ending 'in May. One ...' is no date)
        if _in_clock_time(text, q) or _bare_hour(q, raw, before, after):
            return TIME_POINT  # 'ten past eight', 'come to a building at four.'
        if q.kind in ("count", "word") and _CALL_BEFORE.search(before) and re.fullmatch(r"\d{3,}", raw) and \
                (_CALL_AFTER.match(after) or raw in SERVICE_NUMBERS and re.match(r"\s+to\s+[a-z]", after)):
            return PHONE  # 'call 999', 'call the police on 101'
        if q.kind == "count" and q.value in (5, 10, 20, 100) and _SCALE_BEFORE.search(before) and \
                _SCALE_AFTER.match(after):
            return DENOMINATOR  # 'scored 81.5 out of 100'
        if q.kind in ("count", "word", "duration") and _WINDOW_AFTER.match(after) and \
                _REPEAT_WINDOW_BEFORE.search(text[max(0, q.start - 80):q.start]):
            return DEFINITION  # 're-registrations within two years of a previous removal'
        fy_bracket = _FY_BRACKET.search(before)  # '(2021/22: 1,640)' is last year's figure
        # 'During the year 97 children were placed on the register': the year is a time, not a school year
        # ('Year 7', 'in year 11', which stop at 13)
        in_the_year = q.value > 13 and not 1900 <= q.value <= 2100 and _IN_THE_YEAR_BEFORE.search(before)
        # a measured ratio of two rates is a figure: 'searched at 3.1 times the rate of White residents' (a
        # whole multiplier said for effect is not: 'seven times as likely')
        rate_ratio = "." in raw and _RATE_RATIO_AFTER.match(after)
        if not fy_bracket and not in_the_year and not _month_then_count(q, before, after) and \
                _REF_BEFORE.search(before) or _REF_AFTER.search(after) and not rate_ratio:
            return REFERENCE
        if _AWAY_AFTER.match(after):
            return DISTANCE  # 'two bus rides away', 'two hours away'
        if _YEARS_ON_AFTER.match(after):
            return TIME_POINT  # 'Neglect strategy: one year on'
        if _INTO_AFTER.match(after):
            return TIME_POINT  # 'I was four months into the job'
        if q.kind in ("count", "word") and q.value == 2 and _HALVES_AFTER.match(after):
            return HALVES  # 'paid in two halves': two is what halves are
        if q.kind in ("count", "word", "duration") and _RUN_AFTER.match(after):
            return SPAN  # 'for three consecutive quarters', 'after two missed appointments in a row'
        if _ADDRESS_AFTER.match(after):
            return ADDRESS
        if _FILE_SIZE_AFTER.match(after):
            return FILE_SIZE
        if _DISTANCE_AFTER.match(after):
            return DISTANCE
        if _ATTRIBUTION_BEFORE.search(before) and re.match(r"[ \t]*(?:,|\n|$)", after):
            return ATTRIBUTION  # '— Young person, 17' on its own line, the next line after it
        if q.kind in ("count", "age") and re.fullmatch(r"\d{1,2}", raw) and _NAMED_AGE_BEFORE.search(before) and \
                _NAMED_AGE_AFTER.match(after):
            return ATTRIBUTION  # 'Priya, 27, has three children under six'
        if q.kind in ("count", "age") and re.fullmatch(r"\d{1,2}", raw) and _APPOSED_NAME_BEFORE.search(before) and \
                _SPEAKS_AFTER.match(after):
            return ATTRIBUTION  # 'One of our members, Jade, 14, wrote in the book: ...'
        head = ("\n" if q.start <= 70 else "") + text[max(0, q.start - 70):q.start]  # a text may open with the role
        if q.kind in ("count", "age", "word") and 5 <= q.value <= 99 and _ROLE_AGE_BEFORE.search(head) and \
                _ROLE_AGE_AFTER.match(after):
            return ATTRIBUTION  # 'A foster carer, 58, said: ...', 'said a youth worker, 24.'
        if q.kind == "count" and re.fullmatch(r"\d", raw) and _PRESS_BEFORE.search(before) and _PRESS_AFTER.match(after):
            return PHONE  # 'call 0300 555 0123 and press 2 for the duty team'
    if raw.lower() == "no" and re.search(r":\s*$", text[line_of(text, q.start)[0]:q.start]) and \
            not text[q.end:q.end + 80].split("\n")[0].strip():
        return FORM_ANSWER  # 'Forward plan: No', 'Key decision: No': a yes/no field, not zero
    if q.kind in ("count", "word", "percent") and _RANK_BEFORE.search(before) and _RANK_AFTER.match(after):
        return RANK
    if q.kind in ("count", "word") and _RANK_GROUP_BEFORE.search(before):
        return RANK  # 'Rank: 4th highest of 16', 'ranked 3rd out of 152': the group a rank is taken in
    if q.kind in ("count", "word") and _RANK_SIZE_BEFORE.search(before) and _RANK_SIZE_AFTER.match(after):
        return RANK  # 'the lowest five councils': how many places a list shows
    if q.kind == "fraction" and _MULTIPLIER_AFTER.match(after + text[q.end + 30:q.end + 60]):
        return MULTIPLIER  # 'less than half the regional average': a multiple of one value, not a share
    if q.kind == "count" and _agenda_item(text, q):
        return AGENDA
    if q.kind == "count" and _MINUTE_CODE.match(text[line_of(text, q.start)[0]:q.start]) and \
            re.match(r"\s+[A-Z][a-z]", after):
        return AGENDA
    if raw[0] == "0" and len(raw) > 1 and raw[1].isdigit():
        return CODE
    if q.kind == "count" and re.fullmatch(r"\d{6,}", raw) and (_LABEL_AFTER.match(after) or re.match(r"-\d\b", after)):
        return CODE  # '85312100 - Daycare services', '85312100-0': a classification's code
    if re.search(r"[A-Za-z]-$", before):
        return CODE  # "Covid-19"
    ls, line = line_of(text, q.start)
    if q.start - ls < 8 and (num := re.match(r"\s*\d+(?:\.\d+)*\.?(?:\s|$)", line)) and \
            re.match(r"\s*\d+(?:\.\d+)*\.", line) and q.kind in ("count",) and q.start < ls + num.end():
        return LIST_ITEM  # numbered paragraph or heading "4.1 Notifications", "12. At 31 March"; the
        # number after it is the paragraph's first word ('3.6 662 enquiries were started')
    if (_HEADING_LINE.match(line) or _PART_HEADING.match(line)) and \
            re.search(r"(?:\s{2,}|\t|\.{2,}\s*|…\s*)$", text[ls:q.start]) and \
            not text[q.end:q.end + 80].split("\n")[0].strip():
        return CONTENTS  # a contents line: "3. Rapid reviews ....... 6" ends with a page number
    if re.fullmatch(r"\d{1,3}", raw) and re.search(r"[\w)’'\"][\s.]*(?:\.\s?){4,}\s*$|…\s*$", text[ls:q.start]) and \
            _CONTENTS_REST.match(text[q.end:q.end + 120].split("\n")[0]) and \
            not _leader_values(text, ls):
        return CONTENTS  # dot leaders to a page number: 'Learning from reviews .......... 6', also
        # when the next entry follows on the same line ('... 2 Headline data ...... 3')
    if q.kind == "count" and _in_contents_block(text, q):
        return CONTENTS
    if q.unit in ("count", "percent") and is_axis_tick(text, q.start, q.end):
        return AXIS
    if q.kind == "duration" and (_SPAN_BEFORE.search(before) and not _frequency_standard(text, q) or _SPAN_AFTER.match(text[q.end:q.end + 40]) or
                                 _PERIOD_AFTER.match(text[q.end:q.end + 40]) and _PERIOD_BEFORE.search(before) or
                                 _PERIOD_AGAIN_AFTER.match(text[q.end:q.end + 40]) and _PERIOD_AGAIN_BEFORE.search(before)):
        return SPAN  # 'over the last three years', "in six months' time", 'two years or more'
    if q.kind == "duration" and (_BASIS_BEFORE.search(before) and _BASIS_AFTER.match(after) or
                                 _DEFINED_BEFORE.search(text[max(0, q.start - 150):q.start])):
        return DEFINITION  # 'on a three-month annualised basis', '... is defined as ... over 12 months'
    if q.kind == "duration" and (re.search(r"\bwithin\s+(?:the\s+)?$", before) and _PREVIOUS_AFTER.match(after) or
                                 _MEASURED_BEFORE.search(before)):
        return DEFINITION  # 'within 12 months of a previous referral', 'attendance is measured at six months'
    if q.unit in ("weeks", "months") and _POINT_AT_BEFORE.search(before) and _POINT_AT_AFTER.match(after) and \
            _share_in_sentence(text, q):
        return TIME_POINT  # '11% at 36 weeks of pregnancy', 'At 24 months, 81% of children ...': when it was measured
    if q.unit in ("months", "years") and (_DEFINITION.search(text[max(0, q.start - 80):q.start]) or _DEFINITION.search(
            text[max(0, q.start - 30):q.end + 5])):
        return DEFINITION
    if re.match(r"[\s-]*(?:month|week|day|year)s?\s+period\b", after) and re.search(r"\bthe\s+$", before):
        return SPAN
    if q.kind == "age" and q.value >= 100 or q.unit == "years" and q.value > 99:
        return VAGUE
    if q.unit == "gbp" and re.fullmatch(r"£\s*'?000s?", raw):
        return VAGUE  # a money scale ('figures are in £000'), not an amount
    if _BOUND_AFTER.match(after) and not q.qualifier and q.unit in ("gbp", "count"):
        return SPAN  # a threshold: 'spending £250k or more', 'three or more placements'
    if _BOUND_AFTER.match(after) and q.unit == "percent" and re.search(r"\(\s*[a-z][^()\d%]{0,40}$", before):
        return DEFINITION  # a term's threshold defined in brackets: 'Persistent absence (missing 10% or more of
        # sessions)' ('kept visits on time at 95% or above' is a target, and a figure)
    return None


# a rank's key: 'Rank of rate (1 = highest)', '1 = most deprived', 'from 1 (best) to 152 (worst)'
# ('where 1 is the lowest rate'; 'a total of 412 is the highest' is a figure)
_RANK_KEY_AFTER = re.compile(r"^\s*(=|is|being|\(|means)\s*(?:the\s+)?(?:highest|lowest|best|worst|most|least|top|bottom|"
                             r"first|last|strongest|weakest|largest|smallest|poorest|richest|fastest|slowest)\b"
                             r"(?:\s+(?:[\w-]+\s*)?)?\)?", re.I)


# an agenda heading: a line that is a small number and a title in Title Case ('4 Declarations of
# Interest', '8 Any Other Business'), when the document numbers at least two such lines
# One entry of a scale's key: a small number, then its grade in words ('6 excellent', '2 = weak',
# '1 - not at all'), up to the next comma, semicolon, 'and'/'or' or the end of the clause
_KEY_ENTRY = re.compile(r"(?:^|[,;:(]\s*|\s(?:and|or)\s+|\s)(\d{1,2})\s*(?:[=:–-]\s*)?[a-z][a-z' -]{1,30}?"
                        r"(?=\s*(?:[,;.)]|$|\s(?:and|or)\s))")


def _scale_key(text: str, q: Quantity) -> bool:
    """The number is an entry of a scale's key: entries 'N grade' in one clause whose numbers run
    one by one up or down ('6 excellent, 5 very good, ... 1 unsatisfactory', '0 never, 1 rarely, 2
    sometimes, 3 often'): four or more running to 1 or 0, or three said to be a key ('1 = outstanding;
    2 = good; 3 = requires improvement', 'the scale: 3 strong, 2 adequate, 1 weak'). 'There were 6
    excellent, 5 good and 4 weak ratings' counts ratings."""
    start = max(text.rfind(ch, 0, q.start) for ch in ".\n:") + 1
    ends = [e for e in (text.find(ch, q.end) for ch in ".\n") if e >= 0]
    clause = text[start:min(ends, default=len(text))]
    entries = [(start + m.start(1), int(m[1])) for m in _KEY_ENTRY.finditer(clause)]
    numbers = [n for _, n in entries]
    if len(entries) < 3 or q.start not in {at for at, _ in entries}:
        return False
    if {b - a for a, b in zip(numbers, numbers[1:])} not in ({1}, {-1}):
        return False
    if len(entries) >= 4 and min(numbers) <= 1:
        return True
    return "=" in clause or bool(re.search(r"(?:\b(?:scale|key|ratings?|grades?|gradings?)\b\W*|:)\s*$",
                                           text[max(0, start - 60):start], re.I))


_AGENDA_LINE = re.compile(r"^[ \t]*(\d{1,2})[ \t]+((?:[A-Z][\w'’/&-]*|of|and|the|for|to|on|in|a|an|-|–|\d[\w/]*)"
                          r"(?:[ \t]+(?:[A-Z][\w'’/&-]*|of|and|the|for|to|on|in|a|an|by|-|–|\d[\w/]*)){1,12})[ \t]*$", re.M)


def _agenda_item(text: str, q: Quantity) -> bool:
    ls, line = line_of(text, q.start)
    m = _AGENDA_LINE.match(line)
    if not m or ls + m.start(1) != q.start or q.value > 20:
        return False
    return _title(m.group(2)) and len(_agenda_numbers(text)) >= 2


@functools.lru_cache(maxsize=4)
def _agenda_numbers(text: str) -> frozenset[str]:
    """The numbers of the text's agenda headings (read once per text, not once per number)."""
    return frozenset(mm.group(1) for mm in _AGENDA_LINE.finditer(text) if _title(mm.group(2)))


def _title(words: str) -> bool:
    """A heading in Title Case of three words or more ('Declarations of Interest')."""
    split = words.split()
    return len(split) >= 3 and sum(w[:1].isupper() for w in split) >= 2 and any(w[:1].isupper() for w in split[1:])


_AGE_WORD = (r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
             r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|twenty-one|twenty-five)")
# an age that names a group or a threshold, not a person's age: 'under 16s', 'the under-fives',
# 'homeless 16- and 17-year-olds', '17-year-olds', 'the sixteen-plus team', 'when they turn 18',
# 'until they reach the age of 21'
_AGE_GROUP = re.compile(
    rf"\b(?:under|over)[\s-]?{_AGE_WORD}s\b"
    rf"|\b{_AGE_WORD}(?:\s*-)?\s+(?:and|or|to)\s+{_AGE_WORD}[\s-]+years?[\s-]+olds?\b"
    rf"|\b{_AGE_WORD}[\s-]+years?[\s-]+olds\b"
    rf"|\b{_AGE_WORD}(?:[\s-]plus\b|\+(?![\s\d]*\d)(?!\s*(?:miles?|km|mph)))"
    rf"|\b(?:turns?|turned|turning)\s+{_AGE_WORD}\b(?!\s*(?:%|per\b|times\b))"
    rf"|\b(?:reach(?:es|ed|ing)?|until)\s+the\s+age\s+of\s+{_AGE_WORD}\b(?=\s*(?:[,.;)]|and|or|when|$))"
    # the age of leaving care or a service said bare, ending its clause: 'I didn't know I could keep her after
    # 18.', 'support until 25, not 21' ('open until 18:00', 'after 18 months' name no age)
    rf"|\b(?:after|past|beyond|until|till)\s+(?:16|17|18|19|21|25|sixteen|seventeen|eighteen|twenty-one|twenty-five)\b"
    rf"(?![:.]\d)(?=\s*(?:[.,;:!?”\"’)]|$))"
    # the later bound said in a bracket for a group: 'up to 18 (21 with a plan)', 'until
    # 18 (21 for care leavers)'
    rf"|\b(?:(?:age|aged|until|till|to|up)\s+)+{_AGE_WORD}\s*\(\s*{_AGE_WORD}(?=\s+(?:for|with|if|where|when|in)\b)"
    # the age a service runs to: 'from birth to age 19', 'support until age 25' ('up to age 25': _AGE_BOUND)
    rf"|\b(?:to|until|till)\s+age\s+{_AGE_WORD}\b(?![:.]\d)"
    # an age said of anyone, inside speech: 'if you're 17 you still count', 'once you are 18'
    rf"|\b(?:when|once|until|till|if)\s+you(?:['’]re|\s+are|['’]ve\s+turned|\s+turn)\s+{_AGE_WORD}\b(?!\s*(?:%|per\b|times\b|minutes\b))",
    re.I)


# an age at which a class of people does something ('At 18 individuals become legal adults', 'at 16,
# young people gain legal rights', 'transition into adult care at the age of 26', 'from age 18',
# 'planning begins at 14 years old for all young people'): a threshold of a rule, not a person's age
# ('he was diagnosed at the age of 9' keeps its figure)
_AGE_AT = re.compile(rf"\b(?:at|from)\s+(?:the\s+)?age\s+(?:of\s+)?{_AGE_WORD}$|\b(?:at|from)\s+{_AGE_WORD}$", re.I)
_GROUP = (r"(?:young\s+people|young\s+adults|individuals|children|adults|pupils|students|learners|"
          r"care\s+leavers|people|teenagers|those)")
_GROUP_VERB_AFTER = re.compile(rf"^\s*,?\s+{_GROUP}\s+(?:\w+\s+)?(?:become|became|gain|gained|can|could|may|must|"
                               r"will|would|are|were|have|had|move|moved|leave|left|transition|transfer|need)\b", re.I)
_YEARS_OLD_AFTER = re.compile(r"^\s+years?\s+old\b", re.I)
_GROUP_WORD = re.compile(rf"\b{_GROUP}\b", re.I)
_ONE_PERSON = re.compile(r"\b(?:he|she|his|her|him|boy|girl|baby|son|daughter|mother|father|aged)\b", re.I)


def _age_of_a_class(text: str, q: Quantity) -> bool:
    """'at the age of 26' in a sentence about a class of people, never one person (see _AGE_AT)."""
    if not re.fullmatch(rf"{_AGE_WORD}", text[q.start:q.end], re.I) or q.kind not in ("count", "word", "age", "duration"):
        return False
    m = _AGE_AT.search(text[max(0, q.start - 30):q.end])
    if not m:
        return False
    after = text[q.end:q.end + 60]
    if _GROUP_VERB_AFTER.match(after):
        return True
    if not re.search(r"\bage\b", m.group(0), re.I) and not _YEARS_OLD_AFTER.match(after):
        return False  # a bare 'at 16' needs its class right after it
    ss = max(text.rfind(". ", 0, q.start), text.rfind("\n", 0, q.start)) + 1
    se = min(x for x in (text.find(". ", q.end), text.find("\n", q.end), len(text)) if x >= 0)
    sentence = text[ss:se]
    return bool(_GROUP_WORD.search(sentence)) and not _ONE_PERSON.search(sentence)


def _in_age_group(text: str, q: Quantity) -> bool:
    if _age_of_a_class(text, q):
        return True
    return _inside_match(_AGE_GROUP, text, q, 50, 30)


_BOUND_AFTER = re.compile(r"^\s*(?:or|and)\s+(?:more|over|above|fewer|less|under|below|greater|higher|lower)\b", re.I)


_CONTENTS_LINE = re.compile(r"^[^\d\n:]{3,70}?[\s.…]+(\d{1,3})\s*$")
# under a 'Contents' heading an entry may be numbered or hold digits and colons:
# '4. Learning from reviews 6', 'Appendix A: Glossary 9', 'Priorities for 2025–26 8'
_CONTENTS_ENTRY = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?=[^\n]*[A-Za-z]{3})[^\n]{3,80}?[\s.…]+(\d{1,3})\s*$")
_CONTENTS_HEAD = re.compile(r"^\s*(?:table\s+of\s+)?contents(?:\s+page)?\s*:?\s*$|^\s*in\s+this\s+report\s*$", re.I)
# what may follow a page number on its line: nothing, or the next entry up to its dot leaders
_CONTENTS_REST = re.compile(r"^\s*$|^\s+[^\n]{1,100}?(?:\.\s?){4,}|^\s+[^\n]{1,100}?…")


# a line of a list set out with leader dots: a label, dots, one number and nothing after
_LEADER_ROW = re.compile(r"[^\n]*?[\w)’'\"][ \t]*(?:\.[ \t]?){1,}[ \t]*([£]?\d[\d,]*(?:\.\d+)?%?)[ \t]*")


def _leader_values(text: str, ls: int) -> bool:
    """The line at `ls` is one of two or more adjacent leader-dot rows whose numbers fall somewhere
    down the block, or are written as no page number is ('1,846', '61%', '£50'): a list of
    values ('Total responses ...... 1,846' / 'Aged 11-13 ...... 712'), not a contents page, whose
    page numbers never fall ('Summary ...... 3' / 'Our children ...... 5')."""
    lines = text[max(0, ls - 1500):ls + 1500].split("\n")
    here = text[max(0, ls - 1500):ls].count("\n")
    rows: dict[int, str] = {i: m.group(1) for i, line in enumerate(lines)
                            if abs(i - here) <= 30 and (m := _LEADER_ROW.fullmatch(line))}
    if here not in rows:
        return False
    lo = hi = here
    while lo - 1 in rows:
        lo -= 1
    while hi + 1 in rows:
        hi += 1
    if hi == lo:
        return False
    block = [rows[i] for i in range(lo, hi + 1)]
    if any(not re.fullmatch(r"\d{1,3}", v) for v in block):
        return True
    numbers = [int(v) for v in block]
    return any(b < a for a, b in zip(numbers, numbers[1:]))


def _in_contents_block(text: str, q: Quantity) -> bool:
    """A contents page: three or more lines in a row, each a title ending in a page number, the
    numbers never falling ('Learning from reviews 6' / 'Training and development 7' / ...)."""
    ls, line = line_of(text, q.start)
    # under a 'Contents' heading, a line may carry its section number and digits in its title
    # ('4. Learning from reviews 6', '7. Priorities for 2025–26 8', 'Appendix A: Glossary 9')
    pattern = _CONTENTS_ENTRY if re.search(r"(?:^|\n)\s*(?:table\s+of\s+)?contents\s*\n", text[max(0, ls - 800):ls + 1],
                                              re.I) else _CONTENTS_LINE
    m = pattern.match(line)
    if not m or ls + m.start(1) != q.start:
        return _under_contents_heading(text, q)
    lines = text[max(0, ls - 600):ls + 600].split("\n")
    here = text[max(0, ls - 600):ls].count("\n")
    pages = [int(mm.group(1)) if (mm := pattern.match(line)) else None for line in lines]
    lo = hi = here
    while lo > 0 and pages[lo - 1] is not None and pages[lo - 1] <= pages[lo]:
        lo -= 1
    while hi + 1 < len(pages) and pages[hi + 1] is not None and pages[hi + 1] >= pages[hi]:
        hi += 1
    return hi - lo + 1 >= 3 or _under_contents_heading(text, q)


def _under_contents_heading(text: str, q: Quantity) -> bool:
    """An entry of a list headed 'Contents' (or 'In this report'): the lines from the heading
    down to this one are entries, each ending in a page number, the numbers never falling."""
    ls, line = line_of(text, q.start)
    m = _CONTENTS_ENTRY.match(line)
    if not m or ls + m.start(1) != q.start:
        return False
    lines = text[max(0, ls - 1200):ls].split("\n")[:-1]
    page = int(m.group(1))
    for above in reversed(lines[-25:]):
        if _CONTENTS_HEAD.match(above):
            return True
        mm = _CONTENTS_ENTRY.match(above)
        if not mm or int(mm.group(1)) > page:
            return False
        page = int(mm.group(1))
    return False


def _open_bracket(text: str, at: int) -> bool:
    """A bracket opened in the 300 characters before `at` and not yet closed."""
    depth = 0
    for ch in text[max(0, at - 300):at]:
        depth = depth + 1 if ch == "(" else max(0, depth - 1) if ch == ")" else depth
    return depth > 0


def _in_quote_marks(text: str, at: int) -> bool:
    """Whether `at` is inside a pair of quote marks on its line ('She said: "... at 14 ..."')."""
    ls, line = line_of(text, at)
    return any(m.start() <= at - ls < m.end() for m in _QUOTED.finditer(line))


def _name_part(text: str, q: Quantity, raw: str, before: str, after: str) -> bool:
    """The number is part of a name, not an amount (see _KIND_AFTER ... _KEY_BEFORE)."""
    if q.kind in ("count", "word") and (_KIND_AFTER.match(after) or raw.lower() == "zero" and re.match(r"-[a-z]", after)):
        return True
    if q.kind == "duration" and _TERM_AFTER.match(re.sub(r"^[\s-]*(?:year|day|month|week)s?\b", "", after, flags=re.I)):
        return True
    if q.kind not in ("count", "word"):
        return False
    if q.kind == "count" and _UNIT_AFTER.match(text[q.end:q.end + 70]):
        return True
    if _STANDARD_BEFORE.search(before) or _KEY_BEFORE.search(before) and re.match(r"\s*[,;)]", after):
        return True
    if before.endswith("[") and re.match(r"\]\w", after):
        return True  # a footnote's mark glued into the text: 'un[1]ringfenced'
    return bool(re.fullmatch(r"\d", raw) and re.search(r"(?:%|\d)\s$", before) and re.match(r"\s\.", after))


def _footnote_line(text: str, q: Quantity, raw: str) -> bool:
    """A footnote: a line opening with a small number and a capitalised word, whose mark is glued
    to a word earlier in the text ('... by the local authority.1 The figures ...' then '1 Local
    authority data, not yet validated.'); a count opening a line has no such mark above it."""
    ls = text.rfind("\n", 0, q.start) + 1
    head = text[ls:q.start]
    # the note may open with an initialism ('2 NHS Digital, 2025'), and a PDF may set its mark alone on
    # the line above it ('3' then 'Rate of referrals per 10,000, local data')
    alone = not head.strip() and re.match(r"[ \t]*\n[ \t]*[A-Z][A-Za-z]", text[q.end:q.end + 8])
    if not re.fullmatch(r"\d{1,2}", raw) or not (re.match(r" [A-Z][A-Za-z]", text[q.end:q.end + 3]) or alone):
        return False
    if head.strip():
        # the next footnote on the same line: '1 Local authority data, not validated. 2 Inspection of ...'
        first = re.match(r"(\d{1,2}) [A-Z]", head)
        if not first or not re.search(r"[.)]\s$", head) or int(first.group(1)) >= int(raw) or \
                not _footnote_mark(text[max(0, ls - 6000):ls], first.group(1)):
            return False
    return _footnote_mark(text[max(0, ls - 6000):ls], raw)


def _footnote_mark(above: str, raw: str) -> bool:
    """A footnote's mark in the text above: glued to a word ('the authority.1 The ...', or raised:
    'the authority.¹') or, as a PDF prints a superscript, after a sentence's end at a line's end
    ('... the local authority. 1')."""
    mark = "(?:" + raw + "|" + raw.translate(_SUPERSCRIPT) + ")"
    raised = raw.translate(_SUPERSCRIPT)
    return bool(re.search(rf"[a-z][.,;:)’'\"”]?{mark}(?![\d.,])(?=[\s.,;:)]|$)", above) or
                # a raised mark after a bracket or a figure: 'England (70)¹ .' (not a unit's power, 'm²')
                re.search(rf"(?<![a-z]){raised}(?![⁰¹²³⁴⁵⁶⁷⁸⁹\d])", above) or
                re.search(rf"[a-z]\.[’'\"”]? {mark}[ \t]*\n", above))


_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def _bodies(text: str, q: Quantity, before: str) -> bool:
    """'the four councils', 'all three areas', 'the highest of the four [areas]' in a text that
    names those places or bodies; a bare 'the four' needs the comparison ('of the four')."""
    if not _BODIES_BEFORE.search(before):
        return False
    m = _BODIES_AFTER.match(text[q.end:q.end + 80])
    if m is None:
        return False
    if m.group(0).strip() in ("", ".", ",", ";", ":", ")", "and", "or") or m.group(0).strip().startswith(("and", "or")):
        return bool(_BODIES_OF.search(before)) and bool(re.search(
            r"\b(?:councils|boroughs|authorities|trusts|areas|regions|boards|partnerships)\b", text, re.I))
    return True


def _inside_match(pattern: re.Pattern[str], text: str, q: Quantity, before: int, after: int) -> bool:
    """Whether a match of `pattern` in the window (`before` characters ahead of the number,
    `after` past it) covers the whole number: a clock time, an age bound or band, an age group."""
    return any(m.start() <= q.start and q.end <= m.end()
               for m in pattern.finditer(text, max(0, q.start - before), min(len(text), q.end + after)))


def _in_clock_time(text: str, q: Quantity) -> bool:
    return _inside_match(_CLOCK, text, q, 30, 30)


# an hour said bare after 'at', ending its clause: 'come to a building at four.', 'we open at nine,
# and ...'; not a level ('the number stood at four', 'caseloads are capped at six')
_AT_HOUR_BEFORE = re.compile(r"(?:^|\W)([\w'’]+)\s+at\s+$")
_HOUR_END_AFTER = re.compile(r"\s*(?:[.!?;:\"”]|,\s+(?:and|but|so|when|then|or)\b)")
_LEVEL_WORDS = frozenset("stood stands stand remained remains remain stayed stays stay peaked peaks capped cap set fixed "
                         "held holds steady stable level levels rated scored graded assessed pegged kept is was are were "
                         "be been being it total number figure rate count plateaued flat unchanged static high low "
                         "highest lowest".split())


def _bare_hour(q: Quantity, raw: str, before: str, after: str) -> bool:
    """'at four' closing a clause after a word that is no level: an hour of the day, not a count."""
    m = _AT_HOUR_BEFORE.search(before)
    return q.kind == "word" and raw.lower() in _SMALL_HOURS and m is not None and \
        m.group(1).lower() not in _LEVEL_WORDS and _HOUR_END_AFTER.match(after) is not None


_SMALL_HOURS = frozenset("one two three four five six seven eight nine ten eleven twelve".split())


def _in_age_bound(text: str, q: Quantity) -> bool:
    return _inside_match(_AGE_BOUND, text, q, 45, 30)


def _in_age_band(text: str, q: Quantity) -> bool:
    """'aged 16 or 17', 'aged between 13 and 19', '15 or older': an age band, not a figure."""
    return _inside_match(_AGE_BAND, text, q, 40, 30)


# a share whose whole is said before: 'parental substance use for a third', 'accounted for a further
# quarter', 'risen by almost a fifth', 'two-thirds were boys', 'a quarter each'
_SHARE_BEFORE = re.compile(r"\b(?:for|by|than|about|around|nearly|almost|roughly|approximately|over|under|"
                           r"just\s+(?:over|under))\s+$", re.I)
_SHARE_AFTER = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:each|apiece|were|was|are|is|had|have|has|did|do|came|went|"
                          r"lived?|said|related|involved|concerned|felt|rated|reported|needed)\b"
                          # a change by a share of a level: 'a fifth more than the year before', 'a quarter
                          # fewer than in 2024/25', 'half as many again'
                          r"|\s+(?:more|fewer|less|higher|lower)\s+than\b|\s+as\s+many\s+again\b", re.I)


_MULTIPLIER_AFTER = re.compile(r"\s+(?:of\s+)?(?:the|that\s+of|its)\s+(?:[\w'’-]+\s+){0,3}?"
                               r"(?:average|rate|level|figure|mean|median)\b(?!\s+of\s+[a-z])", re.I)


# the whole part of an amount with a half: 'a day and a half', 'two and a half years', '3 and a half'
_AND_A_HALF_BEFORE = re.compile(r"\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[a-z]+\s+)?and\s+(?:a\s+)?$",
                                re.I)


# how often a thing must be done: 'visited at least every six weeks', 'reviewed every six months'
# how often a thing must be done, said after the thing: 'visited at least every six weeks',
# 'reported to Cabinet every six months' (not a growth's pace: 'has doubled every five years')
# how often a thing must be done, said after the thing: 'visited at least every six weeks',
# 'reported to Cabinet every six months' (not a growth's pace: 'has doubled every five years')
_EVERY_BEFORE = re.compile(r"(?:(?:at\s+least|no\s+less\s+than|roughly|about|around|then|and|or)\s+)*every\s+$", re.I)
_PACE_BEFORE = re.compile(r"\b(?:doubled|doubling|tripled|trebled|halved|halving)\s*$", re.I)


def _frequency_standard(text: str, q: Quantity) -> bool:
    """'visited at least every six weeks', 'reported to Cabinet every six months': how often a
    thing is done, a standard and a figure; not 'Every six months we publish' opening a
    sentence, nor the window inside a measure ('81% received supervision at least every three
    months')."""
    start = max(0, q.start - 160)
    sentence = re.split(r"(?<=[.!?])\s+(?=[A-Z])|\n", text[start:q.start])[-1]
    every = _EVERY_BEFORE.search(sentence)
    if every is None or re.search(r"%|\bper\s*cent\b|\bpercent\b", sentence, re.I):
        return False
    rest = sentence[:every.start()]
    return bool(re.search(r"[A-Za-z]{2,}", rest)) and not _PACE_BEFORE.search(rest)


def _fraction_ok(text: str, q: Quantity) -> bool:
    """'a third', 'half' are shares only when they are shares *of* something: followed by the
    whole ('a third of plans', 'half the cases'), or standing for a share of a whole said before
    ('for a third', 'a quarter each', 'two-thirds were boys'); never a time ('the second half of
    the year', 'in a quarter', 'a quarter past')."""
    if q.kind != "fraction" or re.search(r"\s(?:in|out\s+of)\s", text[q.start:q.end]):
        return True
    before = text[max(0, q.start - 24):q.start]
    if re.fullmatch(r"(?:a\s+|one\s+)?half", text[q.start:q.end], re.I) and _AND_A_HALF_BEFORE.search(before):
        return False  # 'a day and a half', 'two and a half years': part of one amount, not a share
    if re.search(r"\b(?:first|second|third|fourth|latter|last|next|previous)\s+$", before, re.I):
        return False  # 'the second half of the year' is a time, not a share
    if re.match(r"\s+(?:of|the)\b", text[q.end:q.end + 6], re.I):
        return True
    if re.search(r"\b(?:in|per|each|every|this|that|single)\s+$", before, re.I) or "quarter" in text[q.start:q.end].lower() \
            and re.match(r"\s*(?:past|to\s+\d|\d)", text[q.end:q.end + 8], re.I):
        return False
    if re.match(r"(?:a|one)\b", text[q.start:q.end], re.I) and re.match(r"\s+(?:is|was|has)\b", text[q.end:q.end + 6]):
        return False  # 'A third is being considered': the third case, an ordinal
    return bool(_SHARE_BEFORE.search(before) or _SHARE_AFTER.match(text[q.end:q.end + 14]))


def _zero_ok(text: str, q: Quantity, metric: str, rid: str = "") -> bool:
    """'No new LCSPRs were commissioned' is a zero; 'None of these delays' is not. 'No serious
    incidents were reported to the Charity Commission' is a zero of a notice to another body
    (other), said of a metric's own name, so it stays a figure."""
    if q.kind != "zero":
        return True
    if metric == "other" and not rid.startswith(INCIDENT_ELSEWHERE) and not EVENT_ZERO.match(text, q.end):
        return False  # (a count of events said as none stays: 'There were no exclusions of pupils in care')
    return not re.match(r"\s+(?:of\s+(?:these|this|those|them)|further|single|one|more)\b", text[q.end:q.end + 20], re.I)


def _span_over(doc: Doc, text: str, q: Quantity, ts: int) -> bool:
    """'a table of activity over three years': the span a set of figures covers, not a duration
    (after a verb, 'waited over three years' stays a hedged duration; after money, '£4.6m over
    three years', it is how long the money runs)."""
    if not re.search(r"\bover\s+$", text[max(0, q.start - 6):q.start], re.I) or ts < 2:
        return False
    if re.search(r"(?:£|(?-i:GBP))\s?[\d.,]+\s*(?:k|m|bn|million|billion)?\b[^.;:,\d£]{0,80}\sover\s+$",
                 text[max(0, q.start - 110):q.start], re.I):
        return False  # '£4.6m over three years', 'a £2m investment over two years', '£45 million to the
        # youth programme over two years': what the money runs for
    if doc[ts - 1].lower_ != "over" or doc[ts - 2].pos_ not in ("NOUN", "PROPN"):
        return False
    # 'looked after 31 children over 12 years', '12 sessions over eight weeks': a thing counted by its own
    # number, then how long the counted run took (a case fact); 'activity over three years' is a span
    return not any(c.dep_ == "nummod" and c.like_num for c in doc[ts - 2].children)
