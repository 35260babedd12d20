"""Speakers of direct quotes: the cue verb, its subject, and the name that subject refers to.

Cues come from models/reporting_verbs.txt. A cue is looked for after the quote (', she said.'),
then before it ('X told the group:'), then at the end of the paragraph before a quote paragraph
('she writes:'). Pronouns, surnames and roles are resolved to names met earlier in the text;
a quote with no cue continues the previous speaker.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import logging
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .findings import Person, Quote
from .pipeline import ents_between, read_lines

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .document import Document
    from .quotes import QuoteSpan

log = logging.getLogger(__name__)

HONORIFICS = {"cllr", "cllr.", "councillor", "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.",
              "miss", "professor", "prof", "prof.", "sir", "dame", "lord", "lady", "det", "ch",
              "supt", "detective", "chief", "superintendent", "inspector", "sergeant", "rev",
              "assistant", "deputy", "constable", "commissioner", "commander", "pc", "sgt",
              "dci", "insp", "baroness", "baron", "bishop", "canon", "judge", "justice", "coun",
              "coun.", "gov", "gov.", "sen", "sen.", "rep", "rep.", "hon"}
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
# honorifics that tell a pronoun which person it can be
GENDERED = {"mr": "he", "sir": "he", "lord": "he", "mrs": "she", "ms": "she", "miss": "she",
            "dame": "she", "lady": "she", "baroness": "she"}
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
DOC_NOUN_RE = re.compile(r"\b(?:the|this|its|their)\s+(?:[a-z]+\s+){0,2}?"
                         r"(?:report|review|LCSPR|panel|statement|assessment|foreword)\b", re.I)
STRONG_CUES = {"said", "says", "told", "states", "stated", "writes", "wrote", "added", "adds",
               "concludes", "concluded", "commented", "cautions", "warned", "explained"}
# titles written with a full stop ('Mr. Obama said') do not end a sentence
ABBREVIATIONS = ("Mr", "Mrs", "Ms", "Dr", "St", "Gov", "Sen", "Rep", "Rev", "Prof", "Sgt", "Lt",
                 "Col", "Gen", "Capt", "Jr", "Sr", "Cllr", "Coun", "Supt", "Insp", "Det", "Hon")
SENTENCE_END_RE = re.compile("(?<![A-Z])" + "".join(rf"(?<!\b{a})" for a in ABBREVIATIONS)
                             + r"[.!?]['\"\u2019\u201d]?\s+")
DASH_LINE_RE = re.compile(r"^\s*[\u2015\u2014\u2013-]+\s*([^,\n]+?)\s*(?:,\s*(.+?))?\s*$")
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


@functools.lru_cache(maxsize=1)
def cue_forms() -> frozenset[str]:
    """Every written form of every reporting verb in models/reporting_verbs.txt."""
    return frozenset(w.lower() for line in read_lines("reporting_verbs.txt") for w in line.split())


@dataclass(slots=True)
class Speaker:
    """A resolved speaker: the name to report, the role as written, and whether a person."""

    name: str | None
    role: str | None = None
    person: bool = False


@dataclass(slots=True)
class Context:
    """What attribution needs while walking the document's quotes in order."""

    doc: Doc
    text: str
    quote_ranges: list[tuple[int, int]]
    people: dict[str, str | None] = field(default_factory=dict)  # full name -> role
    last: Speaker | None = None
    last_person_at: list[tuple[int, str]] = field(default_factory=list)
    pronoun_of: dict[str, str] = field(default_factory=dict)  # surname -> 'he' | 'she'
    things_at: list[tuple[int, str]] = field(default_factory=list)  # organisations, documents
    titled_at: list[tuple[int, str, str]] = field(default_factory=list)  # (at, title, name)
    _merged: tuple[list[int], list[int]] | None = None

    def inside_quote(self, i: int) -> bool:
        if self._merged is None:  # merged, sorted ranges: a bisection per lookup
            starts: list[int] = []
            ends: list[int] = []
            for s, e in sorted(self.quote_ranges):
                if ends and s <= ends[-1]:
                    ends[-1] = max(ends[-1], e)
                else:
                    starts.append(s)
                    ends.append(e)
            self._merged = (starts, ends)
        starts, ends = self._merged
        k = bisect.bisect_right(starts, i) - 1
        return k >= 0 and i < ends[k]


def is_cue(tok: Token) -> bool:
    """Whether a token is a reporting verb used as a verb."""
    if tok.lower_ in ("put", "puts"):  # 'as one parent put it:'
        return tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ == "it"
    if tok.lower_ not in cue_forms() or tok.ent_type_ or (tok.pos_ == "PROPN"
                                                          and tok.text[:1].isupper()):
        return False  # 'the United States would …': part of a name
    if tok.dep_ in ("amod", "compound", "nmod") and tok.head.pos_ in ("NOUN", "PROPN"):
        return False  # 'warning signs', 'the reported incidents': a modifier, not a verb
    # 'sub-group comments:' tagged a noun is a cue; 'wrote in the report:' ends on an object
    before_colon = tok.i + 1 < len(tok.doc) and tok.nbor(1).text == ":" \
        and tok.dep_ not in ("pobj", "dobj", "poss")
    return tok.lower_ in STRONG_CUES or tok.pos_ in ("VERB", "AUX") or before_colon


def tokens_in(doc: Doc, start: int, end: int) -> list[Token]:
    """Tokens whose first character lies in [start, end)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return [t for t in span if start <= t.idx < end] if span is not None else []


def cue_after(ctx: Context, span: QuoteSpan, limit: int) -> Token | None:
    """A cue right after a closed quote, before the sentence ends ('…,' the report states)."""
    if not span.closed:
        return None
    region = ctx.text[span.close_end:limit]
    m = SENTENCE_END_RE.search(region)
    end = span.close_end + (m.start() + 1 if m else len(region))
    toks = [t for t in tokens_in(ctx.doc, span.close_end, end) if not t.is_space]
    if ctx.text[span.end - 1] in ".!?" and region.lstrip()[:1].isupper():
        # the sentence ended inside the quote: what follows is a new one, unless it is only
        # a name and a cue ('"… in our country?" Clinton said.')
        words = [t for t in toks if not t.is_punct]
        ended = m is not None or region.rstrip()[-1:] in ".!?"
        short = [t for t in words[1:SHORT_CUE_WORDS] if is_cue(t)]
        if not ended or not short or reports_own_clause(short[0]):
            return None  # ('A care leaver added:' introduces the next quote)
    near = next((t for t in toks[:AFTER_WINDOW] if is_cue(t)), None)
    return near or tail_cue(ctx, toks) or far_cue(span, toks)


def reports_own_clause(cue: Token) -> bool:
    """Whether a cue carries what is said in its own clause ('Cllr Hale asked how many …').

    Such a sentence reports something new; it is no '"…?" Mr. Obama asked.' closing a quote.
    """
    doc = cue.doc
    return any(c.i > cue.i and (c.dep_ == "ccomp" or c.dep_ == "dobj" and c.tag_ in ("WP", "WDT")
                                or c.dep_ == "xcomp" and "," not in doc[cue.i:c.i].text)
               for c in cue.children)  # (', shaking her head': an aside, not what is said)


def far_cue(span: QuoteSpan, toks: list[Token]) -> Token | None:
    """A closing cue past a long appositive: '"…," Scott Pruitt, the attorney general of
    Oklahoma, one of the states suing, said.' Its subject lies between quote and cue."""
    for tok in toks:
        if is_cue(tok):
            subj = subject_of(tok)
            if subj is not None and span.close_end <= subj.idx < tok.idx \
                    and subj.i - toks[0].i <= 2:
                return tok
    return None


def tail_cue(ctx: Context, toks: list[Token]) -> Token | None:
    """A short closing clause after the sentence's last comma ('…, a review has found.')."""
    if not toks:
        return None
    line_end = ctx.text.find("\n", toks[0].idx)
    toks = [t for t in toks if line_end < 0 or t.idx < line_end]
    commas = [k for k, t in enumerate(toks) if t.text == ","]
    if not commas:
        return None
    tail = [t for t in toks[commas[-1] + 1:] if not t.is_punct]
    if not 2 <= len(tail) <= TAIL_WORDS or ctx.inside_quote(tail[0].idx):
        return None
    cue = next((t for t in tail if is_cue(t)), None)
    if cue is None or not any(t.dep_ in ("nsubj", "nsubjpass") for t in cue.children):
        return None
    return cue


def cue_before(ctx: Context, start: int, end: int) -> Token | None:
    """The cue nearest the quote in the sentence before it ('X told the group:')."""
    region = ctx.text[start:end]
    cuts = [m.end() for m in SENTENCE_END_RE.finditer(region)]
    begin = start + (cuts[-1] if cuts else 0)
    toks = [t for t in tokens_in(ctx.doc, begin, end) if not ctx.inside_quote(t.idx)]
    cues = [t for t in toks if is_cue(t)]
    return cues[-1] if cues else None


def ends_mid_sentence(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] ends inside a sentence that has words before the quote."""
    region = text[start:end]
    cuts = [m.end() for m in SENTENCE_END_RE.finditer(region)]
    tail = region[cuts[-1] if cuts else 0:].strip()
    return bool(tail) and not tail.endswith((":", ","))


def previous_paragraph_cue(ctx: Context, span: QuoteSpan) -> Token | None:
    """A cue ending the paragraph before a quote paragraph ('… she writes:')."""
    head = ctx.text[:span.para_start].rstrip()
    if not head.endswith(":"):
        return None
    para_start = max(head.rfind("\n"), 0)
    return cue_before(ctx, para_start, len(head))


def cue_text(tok: Token) -> str:
    """The cue as written: the verb, or 'described as' when 'as' follows it."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.lower_ == "as":
        return f"{tok.text} as"
    return tok.text


def subject_of(verb: Token) -> Token | None:
    """The subject of a reporting verb, climbing through conjoined or open clauses."""
    tok = verb
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj"):
        # 'X said the panel would meet, adding that …': the one who said adds
        head = verb.head
        while head.dep_ in ("ccomp", "conj") and not is_cue(head) and head.head is not head:
            head = head.head
        if head is not verb.head and is_cue(head):
            tok = head
    if verb.dep_ == "conj" and reported_clause(verb.head) and is_cue(verb.head.head) \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        tok = verb.head.head  # 'X wrote that the plan was "a shambles" and asked …': X asks
    for _ in range(3):
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        # '… polls that he claimed …': the parser may give a relative and a real subject
        subj = [c for c in subj if c.lower_ not in RELATIVES] or subj
        if subj:
            # 'Lead member for … Cllr Daniel Fairbrother said': the name, not the role
            named = [c for c in subj if propn_chain(c) is not None]
            return (named or subj)[0]
        if tok.dep_ in ("conj", "xcomp", "advcl"):
            tok = tok.head
        elif tok.dep_ == "pcomp" and tok.head.dep_ == "prep":
            tok = tok.head.head  # 'X sings … before asking her, "…"'
        else:
            break
    return None


def strip_honorifics(name: str) -> str:
    """'Cllr Dorothy Kerrigan' -> 'Dorothy Kerrigan'."""
    ws = clean(name).split()
    while len(ws) > 1 and ws[0].lower().strip(".") in {h.strip(".") for h in HONORIFICS}:
        ws = ws[1:]
    return clean(" ".join(ws))


def clean(text: str) -> str:
    """Text without the spaces, punctuation and dashes around it."""
    return " ".join(text.split()).strip(" ,.:;\u2013\u2014\u2015-")


def skipped(subj: Token) -> set[int]:
    """Tokens of the subject phrase that cannot name the speaker.

    Clauses and appositives describe the speaker; a possessive ('Child K's mother') names
    someone else; after a name, ', of Kent Police,' is the speaker's organisation; a name
    modifying a common noun ('the Child S review') is not the one who speaks.
    """
    deps = CLAUSE_DEPS + ("poss", "conj") + (("prep",) if subj.pos_ == "PROPN" else ())
    if subj.pos_ == "NOUN":
        deps += ("compound", "nmod")
    return {t.i for c in subj.children if c.dep_ in deps for t in c.subtree}


def person_ent(subj: Token, start: int, end: int) -> Span | None:
    """The last PERSON entity in the subject's phrase, outside its clauses and appositives."""
    skip = skipped(subj)
    ents = [e for e in ents_between(subj.doc, start, end)
            if e.label_ == "PERSON" and e.start not in skip and e.root.dep_ != "poss"
            and e[-1].dep_ != "case"]
    return ents[-1] if ents else None


def titled_name(tok: Token) -> Span | None:
    """The name written after a title ('Cllr Gethin ap Dafydd', 'Ms Okoro-Fleet'), by its shape.

    The parser and the NER miss such names (a tag of ADJ, the domain 'Cllr' entity); the
    capitalised words after a name-only title are the name whatever their tags.
    """
    doc = tok.doc
    if tok.lower_.strip(".") not in NAME_TITLES:
        return None
    i = end = tok.i + 1
    if i < len(doc) and doc[i].text == ".":
        i = end = i + 1
    while i < len(doc) and "\n" not in doc[i - 1].whitespace_:
        word = doc[i]
        if word.is_alpha and word.text[:1].isupper() and not word.is_upper \
                and word.lower_ not in ROLE_HEADS and word.lower_ not in HONORIFICS:
            i = end = i + 1
        elif (word.text == "-" and not word.whitespace_ and not doc[i - 1].whitespace_
              or word.lower_ in NAME_PARTICLES) and end == i:
            i += 1  # 'Okoro-Fleet', 'ap Dafydd': kept only if a capitalised word follows
        elif len(word.text) <= 2 and word.text.rstrip(".").isupper() and word.text[:1].isalpha():
            i = end = i + 1  # initials: 'Mr D. A. Whitcombe'
        else:
            break
    return doc[tok.i + 1:end] if end > tok.i + 1 else None


def name_in_phrase(subj: Token, start: int, end: int) -> Span | None:
    """A name the NER missed inside the subject phrase: 'Cllr Daniel Fairbrother', 'Ann Lee'."""
    skip = skipped(subj)
    if subj.pos_ == "NOUN":  # 'the chair of the Dundee Committee': the body named, not a person
        skip |= {t.i for c in subj.children if c.dep_ == "prep" for t in c.subtree}
    doc = subj.doc
    found = None
    for tok in doc[start:end]:
        titled_span = titled_name(tok) if tok.i not in skip else None
        if titled_span is not None:
            return titled_span
        nxt_propn = tok.i + 1 < end and doc[tok.i + 1].pos_ == "PROPN"
        chain = propn_chain(tok) if tok.i not in skip and not nxt_propn else None
        if chain is None or tok.lower_ in ROLE_HEADS \
                or chain[1] < end and doc[chain[1]].lower_ in ("'s", "\u2019s"):
            continue  # 'Child R's mother': the owner is not the one who speaks
        titled = chain[0] > 0 and doc[chain[0] - 1].lower_ in HONORIFICS
        if chain[1] - chain[0] >= 2 or titled:
            found = doc[chain[0]:chain[1]]
    return found


def named_person_role(head: Token) -> bool:
    """Whether `head` is one person's role ('the chief executive'): its appositive is a person."""
    return head.tag_ == "NN" and head.lemma_.lower() in person_nouns()


def propn_chain(subj: Token, org_ok: bool = False) -> tuple[int, int] | None:
    """Token range of the proper-noun name ending at `subj` (honorifics dropped).

    `org_ok` accepts a name the NER took for an organisation, where the text says it is a
    person ('the chief executive, Anjali Mistry').
    """
    if subj.pos_ != "PROPN" or not subj.text[:1].isupper() \
            or (subj.ent_type_ in ORG_LABELS and not (org_ok and subj.ent_type_ == "ORG")):
        return None
    doc, i = subj.doc, subj.i
    while i > 0:
        prev = doc[i - 1]
        if prev.text == "-" and i > 1 and not prev.whitespace_ and not doc[i - 2].whitespace_:
            i -= 1  # a hyphenated surname: Akhtar-Shaw
        elif prev.pos_ == "PROPN" and prev.text[:1].isupper() and prev.lower_ not in HONORIFICS:
            i -= 1
        else:
            break
    end = subj.i + 1
    # a surname the parser hung off elsewhere ('Cllr Leanne Feehily, …' with Feehily an advmod)
    while end < len(doc) and doc[end - 1].whitespace_ and doc[end].pos_ == "PROPN" \
            and doc[end].text[:1].isupper() and doc[end].ent_type_ not in ORG_LABELS \
            and doc[end].lower_ not in ROLE_HEADS and doc[end].text.isalpha() \
            and "\n" not in doc[end - 1].whitespace_:
        end += 1
    return i, end


def line_left(subj: Token) -> int:
    """The subject's left edge, not reaching back over a line break (headings, numbering)."""
    doc = subj.doc
    i = subj.left_edge.i
    while i < subj.i and ("\n" in doc[i:subj.i + 1].text.strip(" ")
                          or doc[i].text[:1].isdigit() or doc[i].is_punct):
        if wrapped_line(doc[i]):
            return subj.left_edge.i  # a phrase wrapped over a line: 'the Independent\nScrutineer'
        i += 1
    return i


def wrapped_line(tok: Token) -> bool:
    """Whether a line break right after `tok` falls inside a phrase.

    No heading ends on 'the', 'of' or 'and', nor on an adjective after 'the'.
    """
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if "\n" not in tok.whitespace_ and not (nxt is not None and nxt.is_space and "\n" in nxt.text):
        return False
    if tok.pos_ in ("DET", "ADP", "CCONJ") and tok.text[:1].islower():
        return True
    return tok.pos_ in ("ADJ", "PROPN") and tok.i > 0 and doc[tok.i - 1].pos_ == "DET"


def role_of(subj: Token, name_start: int, left: int) -> str | None:
    """The role as written: words before the name, an appositive, or a 'who …' clause."""
    doc = subj.doc
    before = [t for t in doc[left:name_start] if t.lower_ not in HONORIFICS]
    if before:
        return clean(doc[before[0].i:before[-1].i + 1].text) or None
    for child in subj.children:
        if child.dep_ == "appos":
            return clean(doc[child.left_edge.i:child.right_edge.i + 1].text) or None
    for child in subj.children:
        if child.dep_ == "relcl":
            toks = [t for t in child.subtree if t.lower_ not in ("who", "which")]
            return clean(doc[toks[0].i:toks[-1].i + 1].text) if toks else None
    return None


def one_of(ctx: Context, subj: Token) -> str:
    """'One told them' -> 'a member of …' from the last plural subject before it."""
    for tok in reversed(subj.doc[max(0, subj.i - 80):subj.i]):
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.tag_ in ("NNS", "NNPS") \
                and tok.head.dep_ == "ROOT":
            phrase = noun_phrase(tok)
            rest = phrase[phrase.lower().find(tok.lower_) + len(tok.text):]
            return f"a {tok.lemma_.lower()}{rest}"
    return subj.text


def noun_phrase(subj: Token) -> str:
    """A common-noun subject as written, without clauses: 'A spokesperson for the partnership'."""
    if subj.pos_ == "NUM":
        toks = [t for t in subj.subtree if not t.is_punct or t.text == "-"]
        if not toks:
            return clean(subj.text)
        return clean(subj.doc[toks[0].i:toks[-1].i + 1].text)
    left = line_left(subj)
    right = subj.i
    for child in subj.rights:
        if child.dep_ == "prep" and child.lower_ in ("for", "of", "at", "from"):
            right = child.right_edge.i
            break
    return clean(subj.doc[left:right + 1].text)


def full_name(ctx: Context, name: str) -> str:
    """A surname or short form resolved to the fullest name met in the document."""
    name = strip_honorifics(name)
    last = name.split()[-1].lower() if name else ""
    best = name
    for known in ctx.people:
        if known.split()[-1].lower() == last and len(known) > len(best):
            best = known
    if best == name and len(name.split()) == 1:
        # 'Leanne said' after 'Cllr Leanne Feehily': a first name, if only one person has it
        firsts = [k for k in ctx.people if len(k.split()) > 1 and k.split()[0].lower() == last]
        best = firsts[0] if len(firsts) == 1 else name
    return best


def resolve_pronoun(ctx: Context, word: str, at: int) -> Speaker:
    """He/she -> the last person named before `at`; it -> the last document named."""
    if word in ("it", "its"):
        things = [n for pos, n in ctx.things_at if pos < at]
        if things:  # the last organisation or document that was a subject
            return Speaker(things[-1])
        hits = [m for m in DOC_NOUN_RE.finditer(ctx.text, 0, at) if not ctx.inside_quote(m.start())]
        if hits:
            return Speaker(re.sub(r"^(?:the|this|its|their)\b", "the", hits[-1].group(0), flags=re.I))
    if word in ("he", "she"):
        named = [n for pos, n in ctx.last_person_at if pos < at
                 and ctx.pronoun_of.get(n.split()[-1].lower(), word) in (word, "?")]
        if named:
            return Speaker(named[-1], ctx.people.get(named[-1]), person=named[-1] in ctx.people)
    if word == "they":
        reporter = last_reporter(ctx, at)
        if reporter is not None:
            return reporter
    return ctx.last or Speaker(None)


def last_reporter(ctx: Context, at: int) -> Speaker | None:
    """Who last reported something in this paragraph or the one before, quoted or not.

    'A Kent County Council spokesperson said the total reflected its size. "Our rate is
    below average," they added.': a singular 'they' is an unnamed speaker, and a plural one
    a body ('Inspectors said …'), not the last person quoted further up.
    """
    para = ctx.text.rfind("\n", 0, at)
    start = ctx.text.rfind("\n\n", 0, max(para, 0)) + 1 if para > 0 else 0
    cues = [t for t in tokens_in(ctx.doc, start, at) if is_cue(t) and not ctx.inside_quote(t.idx)]
    for cue in reversed(cues):
        subj = subject_of(cue)
        if subj is None or subj.idx >= at or ctx.inside_quote(subj.idx) \
                or subj.lower_ in PRONOUNS | RELATIVES:
            continue
        speaker = speaker_from_subject(ctx, subj)
        return speaker if speaker.name else None
    return None


def titled_person(ctx: Context, subj: Token) -> Speaker | None:
    """'the president said' -> the person last named with that title ('President Obama')."""
    title = subj.lemma_.lower()
    if title not in person_nouns():
        return None
    named = [name for at, t, name in ctx.titled_at if t == title and at < subj.idx]
    if not named:
        return None
    return Speaker(named[-1], ctx.people.get(named[-1]), person=True)


def seed_titles(ctx: Context) -> None:
    """Titles written before a name ('President Barack Obama', 'Gov. Earl Tomblin')."""
    doc = ctx.doc
    for ent in doc.ents:
        if ent.label_ != "PERSON" or ctx.inside_quote(ent.start_char):
            continue
        name = full_name(ctx, strip_honorifics(ent.text))
        first = ent.start
        while first > 0 and doc[first - 1].text[:1].isupper() and not doc[first - 1].is_space:
            first -= 1
        for tok in doc[first:ent.end]:
            title = tok.lower_.strip(".")
            if title in person_nouns() or title in TITLE_ABBREVIATIONS:
                ctx.titled_at.append((ent.start_char, TITLE_ABBREVIATIONS.get(title, title),
                                      name))


def resolve_role_noun(ctx: Context, phrase: str, head: str | None = None) -> Speaker:
    """'The Chair' -> the person whose recorded role mentions chair, else the phrase itself."""
    head = head or phrase.split()[-1].lower()
    stem = {"chairman": "chair", "chairwoman": "chair", "chairperson": "chair",
            "director": "direct"}.get(head, head)
    for name, role in ctx.people.items():
        if role and stem in role.lower():
            return Speaker(name, role, person=True)
    return Speaker(phrase)


def appositive_person(ctx: Context, subj: Token) -> Speaker | None:
    """'The independent scrutineer, Professor X Y, wrote' -> X Y, role as written."""
    todo = [subj]
    while todo:
        head = todo.pop(0)
        for child in head.children:
            if child.dep_ != "appos":
                continue
            titled = next((n for t in child.doc[child.left_edge.i:child.i + 1]
                           if (n := titled_name(t)) is not None and n.start <= child.i < n.end),
                          None)
            if titled is not None:  # 'the lead member, Cllr Gethin ap Dafydd (Plaid Cymru),'
                return Speaker(full_name(ctx, titled.text), noun_phrase(head) or None, person=True)
            chain = propn_chain(child, org_ok=named_person_role(head))
            if chain is not None and child.lower_ not in ROLE_HEADS:
                name = full_name(ctx, child.doc[chain[0]:chain[1]].text)
                return Speaker(name, noun_phrase(head) or None, person=True)
            todo.append(child)
    return None


def name_before_role(ctx: Context, subj: Token) -> Speaker | None:
    """'Flynn, a top surrogate, said' parsed with the role as the subject: the name before it."""
    doc = subj.doc
    i = subj.left_edge.i - 1
    if subj.pos_ != "NOUN" or i < 1 or doc[i].text != ",":
        return None
    name = doc[i - 1]
    chain = propn_chain(name, org_ok=named_person_role(subj))
    if chain is None or not (name.head.i == subj.i or subj.head.i == name.i
                             or subj.dep_ == "appos" and subj.head.i == name.i):
        return None
    return Speaker(full_name(ctx, doc[chain[0]:chain[1]].text), noun_phrase(subj) or None,
                   person=True)


def antecedent_speaker(ctx: Context, rel: Token) -> Speaker:
    """'Ofsted, which said …': the noun the relative pronoun stands for, else unresolved."""
    head = rel.head.head if rel.head.dep_ == "relcl" else None
    if head is None or head.pos_ not in ("NOUN", "PROPN"):
        prev = [t for t in rel.doc[max(0, rel.i - 3):rel.i] if not t.is_punct]
        head = prev[-1] if prev and prev[-1].pos_ in ("NOUN", "PROPN") else None
    if head is None or head.lower_ in RELATIVES:
        return Speaker(None)
    return speaker_from_subject(ctx, head)


def the_titled_role(subj: Token) -> bool:
    """'The Head of Children's Services', 'the Secretary of State': a capitalised role, not a name.

    A person's name takes no 'the'; a capitalised head with 'the' and an 'of' phrase is an
    office (an organisation of that shape is an entity, and is left to the NER).
    """
    return subj.pos_ == "PROPN" and subj.ent_type_ not in ORG_LABELS | {"PERSON"} \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children) \
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in subj.children)


# what a body issues in its own words: 'the council issued a statement saying …'
STATEMENT_NOUNS = {"statement", "letter", "tweet", "post", "email", "message", "release",
                   "briefing", "response"}


def statement_owner(subj: Token) -> Token | None:
    """Who a statement is from: 'a statement from the council', 'the council's statement',
    'the council issued a statement calling it …'."""
    if subj.pos_ != "NOUN" or subj.lemma_.lower() not in STATEMENT_NOUNS:
        return None
    for child in subj.children:
        if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
            owner = next((g for g in child.children if g.dep_ == "pobj"), None)
            if owner is not None and owner.pos_ in ("PROPN", "NOUN"):
                return owner
        if child.dep_ == "poss" and child.pos_ in ("PROPN", "NOUN"):
            return child
    if subj.dep_ == "dobj":
        return next((c for c in subj.head.children if c.dep_ == "nsubj"), None)
    return None


def speaker_from_subject(ctx: Context, subj: Token) -> Speaker:
    """The Speaker a subject token names."""
    owner = statement_owner(subj)
    if owner is not None and owner.lower_ not in RELATIVES:
        subj = owner
    doc = subj.doc
    left, right = line_left(subj), subj.right_edge.i + 1
    ent = person_ent(subj, left, right) or name_in_phrase(subj, left, right)
    if ent is not None:
        name = full_name(ctx, ent.text)
        return Speaker(name, role_of(subj, ent.start, left) if ent.start > left else
                       role_of(doc[ent.end - 1], ent.start, ent.start), person=True)
    if the_titled_role(subj):  # 'The Head of Service says', 'the Secretary of State said'
        return appositive_person(ctx, subj) or resolve_role_noun(ctx, noun_phrase(subj),
                                                                 subj.lower_)
    chain = propn_chain(subj, org_ok=subj.dep_ == "appos" and named_person_role(subj.head))
    if chain is not None and subj.lower_ not in ROLE_HEADS:
        name = full_name(ctx, doc[chain[0]:chain[1]].text)
        role = role_of(subj, chain[0], left)
        if role is None and subj.dep_ == "appos" and subj.head.pos_ == "NOUN":
            role = noun_phrase(subj.head) or None  # 'the chief executive, Anjali Mistry,'
        return Speaker(name, role, person=True)
    named = appositive_person(ctx, subj) or name_before_role(ctx, subj)
    if named is not None:
        return named
    if subj.lower_ in RELATIVES:
        return antecedent_speaker(ctx, subj)
    if subj.lower_ in PRONOUNS:
        return resolve_pronoun(ctx, subj.lower_, subj.idx)
    if subj.lower_ == "one" and len(list(subj.subtree)) == 1:
        return Speaker(one_of(ctx, subj))
    phrase = noun_phrase(subj)
    if phrase.lower().startswith("the ") and subj.tag_ == "NN":
        titled = titled_person(ctx, subj)
        if titled is not None:
            return titled
    if subj.lower_ in ROLE_HEADS and phrase.lower().startswith("the "):
        return resolve_role_noun(ctx, phrase)
    if re.fullmatch(r"(?:a|an)\s+(?:report|review|inquiry|investigation|audit|inspection)", phrase,
                    re.I):
        return Speaker("the " + phrase.split()[-1].lower())  # 'a review has found': the story's
    if subj.lower_ in TOPIC_HEADS or len(phrase.split()) > MAX_PHRASE_WORDS \
            or SENTENCE_END_RE.search(phrase):
        return Speaker(None)  # a topic or a run of text cannot speak: unresolved beats wrong
    return Speaker(phrase)


def dash_attribution(ctx: Context, span: QuoteSpan) -> Speaker | None:
    """A pull quote's attribution line: '— Name, Role' right after the quote."""
    rest = ctx.text[span.close_end:span.close_end + 300]
    lines = [ln for ln in rest.split("\n")[:3] if ln.strip()]
    line = lines[0] if lines else ""
    m = DASH_LINE_RE.match(line)
    # an attribution line is a name and a role, not a dash clause running on in the sentence
    # nor a credit line ('--additional reporting from …', which starts lower-case)
    if not m or len(m.group(1).split()) > 6 or len(line.split()) > 16 \
            or SENTENCE_END_RE.search(line) \
            or not (m.group(1)[:1].isupper() or m.group(1).split()[-1].lower() in person_nouns()):
        return None
    name = strip_honorifics(m.group(1))  # '— young person, 16': an unnamed person, as written
    is_person = name[:1].isupper() and not name.lower().startswith(("a ", "an ", "the "))
    return Speaker(full_name(ctx, name) if is_person else name, m.group(2), person=is_person)


def name_line(ctx: Context, span: QuoteSpan) -> Speaker | None:
    """An attribution line above a quote paragraph: 'Ian Rushworth, Independent Chair' alone
    on the line before it (a foreword's or a pull quote's byline)."""
    if not span.opens_paragraph:
        return None
    head = ctx.text[:span.para_start].rstrip()
    line_start = head.rfind("\n") + 1
    line = head[line_start:]
    m = DASH_LINE_RE.match("-" + line)
    if not m or len(line.split()) > 16 or line.rstrip()[-1:] in ".:;!?" \
            or SENTENCE_END_RE.search(line) or ctx.inside_quote(line_start):
        return None
    name_end = line_start + len(line) - len(line.lstrip()) + len(m.group(1))
    toks = [t for t in tokens_in(ctx.doc, line_start, name_end) if not t.is_space]
    words = [t for t in toks if t.lower_.strip(".") not in HONORIFICS]
    if not 2 <= len(words) <= 4 or any(is_cue(t) or t.pos_ == "VERB" for t in toks):
        return None
    titled = any(titled_name(t) is not None for t in toks)
    if not titled and not all(t.ent_type_ == "PERSON" for t in words):
        return None  # a heading ('Child Protection Plans') is no name
    return Speaker(full_name(ctx, clean(ctx.doc[words[0].i:words[-1].i + 1].text)),
                   m.group(2), person=True)


def reported_clause(verb: Token) -> bool:
    """Whether a verb heads a clause that is reported ('[said] that she was …')."""
    return verb.dep_ == "ccomp" or verb.dep_ == "advcl" and any(
        c.lower_ == "that" and c.dep_ in ("mark", "advmod") for c in verb.children)


CLAUSE_LEVELS = 4  # verbs climbed from a quoted fragment to the clause that holds it


def clause_subject(ctx: Context, span: QuoteSpan) -> Speaker | None:
    """The subject of the clause a quoted fragment sits in, when no reporting verb says who.

    'Cllr Ann Hale slammed the "shameful" delays', 'Trump tweeted that she was "a con"': the
    one the sentence is about is the one whose words are quoted.
    """
    if not ends_mid_sentence(ctx.text, span.para_start, span.open_at):
        return None
    toks = [t for t in tokens_in(ctx.doc, span.start, span.end) if not t.is_space]
    if not toks:
        return None
    tok = max(toks, key=lambda t: sum(1 for _ in t.ancestors) * -1)  # the fragment's root
    for _ in range(CLAUSE_LEVELS * 3):
        if tok.head is tok:
            break
        below, tok = tok, tok.head
        if ctx.inside_quote(tok.idx) or tok.pos_ not in ("VERB", "AUX"):
            continue
        if reported_clause(tok) or tok.dep_ == "conj" and reported_clause(tok.head):
            continue  # a reported clause ('that she was "a con"') is said by the one above it
        if tok.lemma_.lower() == "be" and below.dep_ in ("acomp", "attr"):
            return None  # 'the rise is "unprecedented"': a copula's subject is described
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")
                     and not ctx.inside_quote(c.idx)), None)
        if subj is None and tok.dep_ == "acl" and tok.head.pos_ == "PROPN" \
                and (tok.tag_ in ("VBD", "VBZ") or tok.i and tok.nbor(-1).text == ","):
            subj = tok.head  # 'Aaron Kall, the director, compared …' parsed as a name's clause
        if subj is None or subj.lower_ in RELATIVES:
            continue  # 'a coach who is "working the referees"': the clause above says it
        if subj.dep_ == "nsubjpass":
            return None  # what is spoken about
        speaker = speaker_from_subject(ctx, subj)
        return speaker if speaker.name and (speaker.person or subj.pos_ in ("PROPN", "PRON")
                                            or subj.ent_type_) else None
    return None


def find_cue(ctx: Context, spans: list[QuoteSpan], k: int) -> Token | None:
    """The cue token for quote `k`: after it, before it, or ending the paragraph before."""
    span = spans[k]
    nxt = spans[k + 1].open_at if k + 1 < len(spans) and spans[k + 1].para_start == span.para_start \
        else span.para_end
    prev = spans[k - 1].close_end if k and spans[k - 1].para_end >= span.open_at else span.para_start
    prev = max(prev, span.para_start)
    before = cue_before(ctx, prev, span.open_at) if prev < span.open_at else None
    # a fragment inside a reported sentence takes the verb that introduces it
    cue = before if before is not None and ends_mid_sentence(ctx.text, prev, span.open_at) \
        else cue_after(ctx, span, nxt) or before
    if cue is None and span.opens_paragraph:
        cue = previous_paragraph_cue(ctx, span)
    return cue


def according_to(ctx: Context, span: QuoteSpan) -> Token | None:
    """The source of 'according to the review' in the quote's own sentence, before or after it."""
    before = ctx.text[span.para_start:span.open_at]
    cuts = [m.end() for m in SENTENCE_END_RE.finditer(before)]
    begin = span.para_start + (cuts[-1] if cuts else 0)
    after = ctx.text[span.close_end:span.para_end]
    m = SENTENCE_END_RE.search(after)
    end = span.close_end + (m.start() + 1 if m else len(after))
    for tok in tokens_in(ctx.doc, begin, end):
        if tok.lower_ != "according" or ctx.inside_quote(tok.idx) or tok.i + 1 >= len(ctx.doc):
            continue
        to = tok.nbor(1)
        source = next((c for c in to.children if c.dep_ == "pobj"), None) \
            if to.lower_ == "to" else None
        if source is not None:
            return source
    return None


def continues(ctx: Context, spans: list[QuoteSpan], k: int) -> bool:
    """Whether quote `k` follows the previous quote with only blank lines or boilerplate between."""
    if not k:
        return False
    between = ctx.text[spans[k - 1].close_end:spans[k].open_at]
    lines = [ln for ln in between.split("\n") if ln.strip()]
    return all(not ln.rstrip().endswith(".") or len(ln.split()) <= 3 for ln in lines)


def introducer(ctx: Context, span: QuoteSpan) -> Speaker | None:
    """The first subject of the prose paragraph that introduces a quote paragraph."""
    if not span.opens_paragraph:
        return None
    head = ctx.text[:span.para_start].rstrip()
    toks = [t for t in tokens_in(ctx.doc, head.rfind("\n") + 1, len(head)) if not t.is_space]
    verb = next((i for i, t in enumerate(toks) if t.pos_ in ("VERB", "AUX")), None)
    if not verb or verb > 8 or toks[0].lower_ in PRONOUNS | {"my", "your"}:
        return None
    if toks[0].pos_ not in ("DET", "PROPN", "NOUN", "ADJ", "NUM") \
            or any(t.is_punct and t.text not in ("-", "'", "\u2019") for t in toks[:verb]):
        return None  # 'By 2015, the market …', 'While the …': no subject opens the paragraph
    last = toks[verb - 1]
    if last.pos_ not in ("NOUN", "PROPN"):
        return None
    if propn_chain(last) is not None:
        return speaker_from_subject(ctx, last)
    head = next((t for t in toks[:verb] if t.dep_ in ("nsubj", "nsubjpass")), None)
    if head is None or head.lower_ in TOPIC_HEADS:
        return None
    return Speaker(clean(ctx.doc[toks[0].i:last.i + 1].text))


def reported_introducer(ctx: Context, span: QuoteSpan) -> Speaker | None:
    """The one whose reported speech ends the paragraph before a quote paragraph.

    'Cllr Ann Hale, the chair, said the council would check.' then '"I will believe it."':
    the speaker changes at the new introducer, not at the last quote's speaker.
    """
    if not span.opens_paragraph:
        return None
    head = ctx.text[:span.para_start].rstrip()
    if not head or head[-1] not in ".!?":
        return None
    para_start = head.rfind("\n") + 1
    cue = cue_before(ctx, para_start, len(head))
    subj = subject_of(cue) if cue is not None else None
    if subj is None or ctx.inside_quote(subj.idx):
        return None
    speaker = speaker_from_subject(ctx, subj)
    return speaker if speaker.name and speaker.person else None


def remember(ctx: Context, speaker: Speaker, at: int) -> None:
    """Record a person speaker so later pronouns and surnames resolve to them."""
    ctx.last = speaker
    if speaker.person and speaker.name:
        ctx.people.setdefault(speaker.name, speaker.role)
        if speaker.role and not ctx.people[speaker.name]:
            ctx.people[speaker.name] = speaker.role
        ctx.last_person_at.append((at, speaker.name))
        ctx.last_person_at.sort()


def introduced_person(tok: Token) -> str | None:
    """A capitalised name the NER may miss that the text shows is a person.

    'Sky, who is now 18, …' (a 'who' clause) or 'a girl, known as Sky' (a pseudonym):
    first-name-only children and parents in case reviews.
    """
    if not tok.text[:1].isupper() or not tok.is_alpha or tok.tag_ in ("NNS", "NNPS") \
            or tok.lower_ in PRONOUNS or tok.ent_type_ in ORG_LABELS - {"ORG", "NORP"}:
        return None
    prev = tok.nbor(-1) if tok.i else None
    if prev is not None and prev.lower_ in ("as", "named", "called") and prev.i \
            and prev.nbor(-1).lower_ in ("known", "as", "named", "called", ","):
        return tok.text
    for child in tok.children:
        if child.dep_ == "relcl" and any(c.lower_ == "who" and c.dep_ in ("nsubj", "nsubjpass")
                                         for c in child.children):
            return tok.text
    return None


def thing_name(ctx: Context, tok: Token) -> str | None:
    """The name 'it' would stand for if subject `tok` is an organisation or a document."""
    if tok.lower_ in PRONOUNS or tok.tag_ in ("NNS", "NNPS"):
        return None
    start = ctx.text.rfind("\n", 0, tok.idx) + 1
    end = tok.idx + len(tok.text)
    doc_hits = [m for m in DOC_NOUN_RE.finditer(ctx.text, start, end) if m.end() == end]
    if doc_hits:
        return re.sub(r"^(?:the|this|its|their)\b", "the", doc_hits[-1].group(0), flags=re.I)
    if tok.ent_type_ in ("ORG", "COUNCIL", "PARTNERSHIP") or tok.lower_ in ORG_HEADS:
        return noun_phrase(tok) or None
    return None


def role_verb(subj: Token) -> str | None:
    """'X chairs the panel': the role a verb gives its subject, for a later 'the Chair'."""
    verb = subj.head
    if subj.dep_ != "nsubj" or verb.lemma_.lower() not in ("chair", "direct"):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    end = obj.right_edge.i + 1 if obj is not None else verb.i + 1
    return clean(subj.doc[verb.i:end].text) or None


def anonymous_person(tok: Token) -> bool:
    """'One mother', 'a foster carer', 'Child P's aunt': an unnamed person a later 'she' can mean.

    A person noun (models/person_nouns.txt) made indefinite by 'a'/'one' or owned by a name.
    """
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.lemma_.lower() not in person_nouns():
        return False
    owned = tok.i > 1 and tok.nbor(-1).lower_ in ("'s", "\u2019s") and tok.nbor(-2).pos_ == "PROPN"
    return owned or any(c.dep_ == "det" and c.lower_ in ("a", "an", "one", "another")
                        or c.dep_ == "nummod" and c.lower_ == "one" for c in tok.children)


def seed_people(ctx: Context) -> None:
    """Full names met outside quotes, then every subject that names a person or a role.

    The subjects are what a later 'he'/'she' can point back to.
    """
    for ent in ctx.doc.ents:
        if ent.label_ == "PERSON" and not ctx.inside_quote(ent.start_char):
            name = strip_honorifics(ent.text)
            # 'Cllr Jim Dodds, Denby Dale Conservative,': a name's appositive is its affiliation
            affiliation = ent.root.dep_ == "appos" and ent.root.head.pos_ == "PROPN"
            if len(name.split()) >= 2 and ent.root.dep_ != "poss" and ent[-1].dep_ != "case" \
                    and not affiliation:
                ctx.people.setdefault(name, None)
                # a full name anywhere ('written by Dr Ann Fox') is a person 'she' can mean
                ctx.last_person_at.append((ent.start_char, name))
    for tok in ctx.doc:
        titled = titled_name(tok) if not ctx.inside_quote(tok.idx) else None
        if titled is not None and len(titled.text.split()) >= 2:
            # 'Cllr Ruth Almond (Lib Dem) pressed officers': a person, however it parsed
            ctx.people.setdefault(clean(titled.text), None)
            ctx.last_person_at.append((tok.idx, clean(titled.text)))
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.lower_ not in PRONOUNS \
                and not ctx.inside_quote(tok.idx):
            spk = speaker_from_subject(ctx, tok)
            if spk.name and (spk.person or tok.lower_ in ROLE_HEADS):
                # a role written here fills a gap left by the bare name
                if spk.person and len(spk.name.split()) >= 2 and not ctx.people.get(spk.name):
                    ctx.people[spk.name] = spk.role or role_verb(tok)
                ctx.last_person_at.append((tok.idx, spk.name))
                continue
        if tok.dep_ in ("nsubj", "nsubjpass") and anonymous_person(tok) \
                and not ctx.inside_quote(tok.idx):
            ctx.last_person_at.append((tok.idx, noun_phrase(tok)))
            continue
        thing = thing_name(ctx, tok) if tok.dep_ in ("nsubj", "nsubjpass") \
            and not ctx.inside_quote(tok.idx) else None
        if thing is not None:
            ctx.things_at.append((tok.idx, thing))
        named = introduced_person(tok) if not ctx.inside_quote(tok.idx) else None
        if named is not None and tok.pos_ in ("PROPN", "NOUN"):
            ctx.last_person_at.append((tok.idx, named))
    ctx.last_person_at.sort()
    seed_genders(ctx)
    seed_titles(ctx)


def seed_genders(ctx: Context) -> None:
    """Which pronoun each surname takes, from the honorifics written before it ('Ms Blake')."""
    doc = ctx.doc
    for tok in doc:
        word = GENDERED.get(tok.lower_.strip("."))
        if word is None or tok.i + 1 >= len(doc) or doc[tok.i + 1].pos_ != "PROPN":
            continue
        chain = propn_chain(doc[tok.i + 1])
        if chain is not None:
            surname = doc[chain[1] - 1].lower_
            # one honorific each way: the name is shared, so it says nothing
            ctx.pronoun_of[surname] = word if ctx.pronoun_of.get(surname, word) == word else "?"


def line_subject(ctx: Context, cue: Token) -> Token | None:
    """The last name on the cue's own line before the cue ('7.1 …, Councillor X Y, has …')."""
    start = ctx.text.rfind("\n", 0, cue.idx) + 1
    names = [t for t in tokens_in(ctx.doc, start, cue.idx)
             if propn_chain(t) is not None and t.lower_ not in ROLE_HEADS
             and (t.i + 1 >= len(ctx.doc) or ctx.doc[t.i + 1].pos_ != "PROPN")]
    return names[-1] if names else None


def subject_between(ctx: Context, span: QuoteSpan, cue: Token) -> Token | None:
    """The last noun between a quote and its closing cue, when the parser took one inside."""
    if not span.close_end <= cue.idx:
        return None
    toks = [t for t in tokens_in(ctx.doc, span.close_end, cue.idx) if not t.is_space]
    if len(toks) > AFTER_WINDOW + 2:
        return None  # too far for '"…," X said' with X unparsed
    nouns = [t for t in toks if t.pos_ in ("NOUN", "PROPN", "PRON") and not ctx.inside_quote(t.idx)]
    return nouns[-1] if nouns else None


def subject_left(ctx: Context, cue: Token) -> Token | None:
    """The noun right before a cue the parser gave no subject ('…, Anjali Mistry, said')."""
    i = cue.i - 1
    while i >= 0 and cue.doc[i].is_punct and cue.doc[i].text in ",\u2013\u2014-":
        i -= 1
    tok = cue.doc[i] if i >= 0 else None
    if tok is None or tok.pos_ not in ("NOUN", "PROPN", "PRON") or ctx.inside_quote(tok.idx) \
            or tok.lower_ in RELATIVES or tok.is_sent_start:
        return None
    return tok


ASIDE_WORDS = 25  # tokens of a comma aside between a subject and its cue


def subject_before_aside(ctx: Context, cue: Token) -> Token | None:
    """The noun before a comma aside the parser read as the cue's clause.

    'One mother, whose son suffered a fractured skull in 2023, said …': with 'suffered' taken
    as the clause that is said, 'said' has no subject; the noun before the aside speaks.
    """
    doc = cue.doc
    i = cue.i - 1
    if i < 0 or doc[i].text != ",":
        return None
    for j in range(i - 1, max(cue.sent.start, i - ASIDE_WORDS) - 1, -1):
        if doc[j].text != ",":
            continue
        noun = doc[j - 1] if j else None
        opener = doc[j + 1]
        if noun is None or noun.pos_ not in ("NOUN", "PROPN") or ctx.inside_quote(noun.idx) \
                or opener.lower_ not in RELATIVES | {"whose", "aged", "now", "herself",
                                                    "himself"} and opener.pos_ != "NUM":
            return None
        return noun
    return None


def hung_subject(cue: Token) -> str | None:
    """A subject the parser hung off the cue as modifiers ('One 13-year-old wrote:')."""
    sent_start = cue.sent.start
    words = [t for t in cue.doc[sent_start:cue.i] if not t.is_space]
    if not 1 <= len(words) <= 6 or any(t.is_punct and t.text not in "-\u2013" for t in words) \
            or words[0].pos_ not in ("NUM", "DET", "ADJ") \
            or any(not (sent_start <= t.head.i <= cue.i) for t in words):
        return None
    return clean(cue.doc[words[0].i:cue.i].text) or None


def attribute_one(ctx: Context, spans: list[QuoteSpan], k: int) -> tuple[Speaker, str | None, float]:
    """Speaker, cue and confidence of quote `k`."""
    span = spans[k]
    dash = dash_attribution(ctx, span)
    if dash is not None:
        return dash, None, 0.8
    cue = find_cue(ctx, spans, k)
    source = according_to(ctx, span) if cue is None else None
    if source is not None:
        return speaker_from_subject(ctx, source), "according to", 0.8
    if cue is None:
        byline = name_line(ctx, span)
        if byline is not None:
            return byline, None, 0.7
        clause = clause_subject(ctx, span)
        if clause is not None:
            return clause, None, 0.6
        if continues(ctx, spans, k):
            return ctx.last or Speaker(None), None, 0.7
        intro = introducer(ctx, span) or reported_introducer(ctx, span)
        return intro or ctx.last or Speaker(None), None, 0.5 if intro else 0.3
    subj = subject_of(cue)
    if cue.dep_ == "ccomp" and is_cue(cue.head) and (subj is None or subj.lower_ in TOPIC_HEADS):
        # 'X said the figures told "a hopeful story"': the figures tell, X speaks
        cue, subj = cue.head, subject_of(cue.head)
    if subj is None or ctx.inside_quote(subj.idx):
        subj = subject_between(ctx, span, cue)  # '"My reaction, …," the strategist said'
    if subj is not None and "\n" in ctx.text[subj.idx:cue.idx]:
        named = line_subject(ctx, cue)  # a heading line glued onto the sentence
        if named is not None and not subj.left_edge.i <= named.i <= subj.right_edge.i:
            subj = named  # (a name inside the subject's own wrapped phrase is not one)
    if cue.pos_ == "NOUN" and cue.left_edge.i < cue.i and (subj is None or subj.i < cue.i):
        # 'The partnership's performance sub-group comments:' parsed as one noun phrase
        start = max(cue.left_edge.idx, ctx.text.rfind("\n", 0, cue.idx) + 1)
        return Speaker(clean(ctx.text[start:cue.idx])), cue_text(cue), 0.6
    if subj is None:
        subj = subject_left(ctx, cue) or subject_before_aside(ctx, cue)
    if subj is None:
        hung = hung_subject(cue)
        if hung:
            return Speaker(hung), cue_text(cue), 0.6
        return ctx.last or Speaker(None), cue_text(cue), 0.5
    up = cue.head.head if cue.head.lower_ == "as" else cue.head
    if cue.tag_ == "VBG" and up.lemma_.lower() == "quote" and up is not cue:
        cue = up  # 'X was quoted as saying', 'the review quoted X as saying'
        subj = subject_of(cue)
    if cue.lemma_.lower() == "quote" and subj is not None:
        # 'A young person is quoted in the report: "…"': the one quoted speaks, not who quotes
        quoted = subj if subj.dep_ == "nsubjpass" else \
            next((c for c in cue.children if c.dep_ == "dobj" and not ctx.inside_quote(c.idx)
                  and c.lower_ not in PRONOUNS), None)
        if quoted is None:
            return Speaker(None), cue_text(cue), 0.3
        return speaker_from_subject(ctx, quoted), cue_text(cue), 0.8
    if subj.dep_ == "nsubjpass":
        # 'X was described as "…"': the subject is what is spoken about, the agent speaks
        agent = next((g for c in cue.subtree if c.dep_ == "agent" and not ctx.inside_quote(c.idx)
                      for g in c.children if g.dep_ == "pobj"), None)
        if agent is None:
            return Speaker(None), cue_text(cue), 0.3
        subj = agent
    return speaker_from_subject(ctx, subj), cue_text(cue), 0.9


ECHO_WORDS = 2  # a quote this long or longer can be matched to the same words said elsewhere


def echo_speakers(quotes: list[Quote]) -> None:
    """A quote nobody says in its place (a headline, a pull quote) takes the speaker of the
    same words quoted with a speaker elsewhere in the text ('Talk compared to "working the
    referees"' above the paragraph where the expert says it)."""
    from .quotes import contained, words

    said = [(words(q.text), q) for q in quotes if q.speaker]
    for i, q in enumerate(quotes):
        ws = words(q.text)
        if q.speaker or len(ws) < ECHO_WORDS:
            continue
        for other_ws, other in said:
            if other is not q and contained(ws, other_ws):
                quotes[i] = dataclasses.replace(q, speaker=other.speaker,
                                                speaker_role=other.speaker_role)
                break


def attribute(doc: Doc, document: Document, spans: list[QuoteSpan],
              quoted: list[tuple[int, int]] | None = None) -> tuple[list[Quote], list[Person]]:
    """Quotes with speakers and cues for `spans`, and the people who speak with their roles.

    `quoted` holds every range inside quote marks (titles too), whose names never speak.
    """
    ranges = quoted if quoted is not None else [(s.start, s.end) for s in spans]
    ctx = Context(doc, document.text, ranges)
    seed_people(ctx)
    quotes: list[Quote] = []
    for k, span in enumerate(spans):
        speaker, cue, conf = attribute_one(ctx, spans, k)
        remember(ctx, speaker, span.start)
        page, _ = document.locate(span.start)
        role = speaker.role if cue is not None or speaker.role else None
        quotes.append(Quote(document.text[span.start:span.end], speaker.name, cue, page,
                            span.start, span.end, role, document.span_bbox(span.start, span.end),
                            conf))
    echo_speakers(quotes)
    speaking = {q.speaker for q in quotes}
    people = [Person(n, r) for n, r in ctx.people.items() if n in speaking]
    return quotes, people
