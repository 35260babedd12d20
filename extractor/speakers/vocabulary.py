"""Words that mark speakers and cues: honorifics, pronouns, role and topic heads, and the
lexicon files (models/person_nouns.txt, models/reporting_verbs.txt, models/first_names.txt).
"""

from __future__ import annotations

import functools
import re

from ..pipeline import read_lines

HONORIFICS = {"cllr", "cllr.", "councillor", "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.",
              "miss", "professor", "prof", "prof.", "sir", "dame", "lord", "lady", "det", "ch",
              "supt", "detective", "chief", "superintendent", "inspector", "sergeant", "rev",
              "assistant", "deputy", "constable", "commissioner", "commander", "pc", "sgt",
              "dci", "insp", "baroness", "baron", "bishop", "canon", "judge", "justice", "recorder", "hhj", "coun",
              "coun.", "gov", "gov.", "sen", "sen.", "rep", "rep.", "hon", "rt", "rt."}
HONORIFIC_WORDS = frozenset(h.strip(".") for h in HONORIFICS)  # without their full stops
TITLE_ABBREVIATIONS = {"gov": "governor", "sen": "senator", "rep": "representative",
                       "pres": "president", "supt": "superintendent", "insp": "inspector",
                       "cllr": "councillor", "coun": "councillor", "prof": "professor"}
PRONOUNS = {"he", "she", "they", "it", "we", "i", "him", "her", "you", "me", "us", "them"}
RELATIVES = {"who", "which", "that", "whom"}
# honorifics that stand only before a person's name ('Cllr Ruth Almond', 'Dr Ade Obi')
NAME_TITLES = {"cllr", "councillor", "coun", "mr", "mrs", "ms", "miss", "dr", "prof",
               "professor", "sir", "dame"}
# lower-case particles inside a surname ('Gethin ap Dafydd', 'Anna van der Berg')
NAME_PARTICLES = {"ap", "ab", "van", "von", "der", "den", "de", "du", "da", "di", "le", "la",
                  "bin", "al", "el", "mac", "y"}
# one of them before a capitalised name in a pattern: 'ap Rhys', 'van der Berg'
PARTICLE_RE = "(?:" + "|".join(sorted(NAME_PARTICLES, key=len, reverse=True)) + ")"
# honorifics that tell a pronoun which person it can be
GENDERED = {"mr": "he", "sir": "he", "lord": "he", "mrs": "she", "ms": "she", "miss": "she",
            "dame": "she", "lady": "she", "baroness": "she"}
# person nouns that tell a pronoun which person they are: 'Lisa Grant's son … she told' is not the son
KIN_PRONOUNS = {**dict.fromkeys(("son", "father", "dad", "boy", "brother", "husband", "grandfather",
                                 "grandson", "uncle", "nephew", "stepfather", "stepson", "man",
                                 "grandad", "grandpa", "boyfriend"), "he"),
                **dict.fromkeys(("daughter", "mother", "mum", "girl", "sister", "wife", "grandmother",
                                 "granddaughter", "aunt", "niece", "stepmother", "stepdaughter",
                                 "woman", "nan", "gran", "grandma", "girlfriend"), "she")}
# words that name a role, so "the Chair said" can be resolved to the chair's name
ROLE_HEADS = {"chair", "chairman", "chairwoman", "chairperson", "scrutineer", "director",
              "reviewer", "leader", "manager", "member", "doctor"}
# heads of noun phrases that are what is spoken about, never who speaks ('The number of …')
TOPIC_HEADS = {"number", "numbers", "rate", "rates", "rise", "rises", "increase", "increases",
               "fall", "falls", "decrease", "drop", "proportion", "percentage", "level", "levels",
               "amount", "total", "share", "figure", "figures", "demand", "cost", "costs",
               "spending", "budget", "backlog", "delay", "delays", "situation", "issue", "issues"}
# heads of common-noun subjects that name an organisation, for 'it said'
ORG_HEADS = {"council", "partnership", "board", "force", "police", "charity", "department",
             "trust", "government", "committee", "authority", "service", "inspectorate",
             "organisation", "watchdog", "regulator", "nspcc", "ofsted"}
# what an organisation is, written before its name ('charity Open Doors Trust said', 'think
# tank Civic Futures said', 'campaign group Parents Together said'): the name speaks
ORG_DESCRIPTORS = {"charity", "group", "organisation", "organization", "tank", "body", "union",
                   "association", "campaign", "network", "coalition", "alliance", "foundation",
                   "firm", "company", "provider", "agency", "watchdog", "regulator",
                   "consultancy", "partnership", "forum", "collective", "trust", "institute"}
DOC_NOUN_RE = re.compile(r"\b(?:the|this|its|their)\s+(?:[a-z]+\s+){0,2}?"
                         r"(?:report|review|LCSPR|panel|statement|assessment|foreword|guidance|policy"
                         r"|plan|strategy|protocol|framework|procedure|code of practice|evaluation"
                         r"|study|audit|judgment|judgement)\b", re.I)
STRONG_CUES = {"said", "says", "told", "states", "stated", "writes", "wrote", "added", "adds",
               "concludes", "concluded", "commented", "cautions", "warned", "explained"}
# titles written with a full stop ('Mr. Obama said') do not end a sentence
ABBREVIATIONS = ("Mr", "Mrs", "Ms", "Dr", "St", "Gov", "Sen", "Rep", "Rev", "Prof", "Sgt", "Lt",
                 "Col", "Gen", "Capt", "Jr", "Sr", "Cllr", "Coun", "Supt", "Insp", "Det", "Hon")
SENTENCE_END_RE = re.compile("(?<![A-Z])" + "".join(rf"(?<!\b{a})" for a in ABBREVIATIONS)
                             + r"[.!?]['\"\u2019\u201d]?\s+")
# what a document or body that speaks is called ('– the Birch review', '— Ofsted inspection
# report'): a dash line ending in one names who said the quote above it
SPEAKING_DOCUMENTS = {"report", "review", "reviews", "inspection", "audit", "inquiry", "survey",
                      "letter", "statement", "panel", "board", "council", "partnership",
                      "assessment", "evaluation", "consultation", "briefing", "foreword",
                      "strategy", "plan", "findings", "judgment", "judgement", "ofsted"}
DASH_LINE_RE = re.compile(r"^\s*[\u2015\u2014\u2013-]+\s*([^,\n]+?)\s*(?:,\s*(.+?))?\s*$")
# an attribution in brackets after a quote or on the line under it: '(Parent, Ashington)',
# '(Year 9 pupil)', '(Ffion Rhys, Family Hub Manager)'
BRACKET_LINE_RE = re.compile(r"^\s*\(\s*([^,()\n]+?)\s*(?:,\s*([^()\n]+?))?\s*\)\s*$")
ORG_LABELS = {"COUNCIL", "PARTNERSHIP", "AREA", "ORG", "GPE", "NORP", "FAC", "REVIEW_TYPE"}
CLAUSE_DEPS = ("relcl", "acl", "appos", "advcl", "ccomp")
SHORT_CUE_WORDS = 4  # '…?" Mr. Obama asked.': a name and a cue, closing the quote's sentence
AFTER_WINDOW = 8  # tokens after a quote in which a closing cue ('…,' she said) must start
MAX_PHRASE_WORDS = 12  # longer 'speakers' are runs of text the parser took for a subject
TAIL_WORDS = 6  # words of a sentence-final cue clause after a comma (', the review concluded.')


@functools.lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    """Nouns naming a person by role, job or relation (models/person_nouns.txt)."""
    return frozenset(w.lower() for w in read_lines("person_nouns.txt"))


def plural_person_noun(word: str) -> bool:
    """Whether a word is the plural of a person noun ('Governors', 'trustees')."""
    low = word.lower()
    return low.endswith("s") and low[:-1] in person_nouns()


@functools.lru_cache(maxsize=1)
def cue_forms() -> frozenset[str]:
    """Every written form of every reporting verb in models/reporting_verbs.txt."""
    return frozenset(w.lower() for line in read_lines("reporting_verbs.txt") for w in line.split())


@functools.lru_cache(maxsize=1)
def first_names() -> dict[str, str]:
    """First name -> 'she' or 'he' (models/first_names.txt)."""
    out: dict[str, str] = {}
    for line in read_lines("first_names.txt"):
        word, *names = line.split()
        out.update((n, word) for n in names)
    return out


def first_name_gender(name: str) -> str | None:
    """'she' for 'Sara', 'he' for 'Tom', None for a name used for either or not listed."""
    return first_names().get(name.lower())


MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# what can never speak, whatever construction put it where a speaker goes: a cross-reference
# ('Appendix B', 'see Table 3', 'page 8', 'para 2.4') or a date ('12 August 2026', 'March 2025')
NEVER_SPEAKS_RE = re.compile(
    r"(?:(?i:see\s+)?(?i:appendix|appendices|annex|annexe|table|figure|fig\.?|chart|page|pages|pp?\.|"
    r"section|paragraph|paras?\.?|item|chapter|schedule|box)\s+(?:\d[\w.\-\u2013]*|[A-Z]\d*|[IVX]+)\)?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTHS}(?:\s+\d{{4}})?|{MONTHS}\s+\d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})"
)

