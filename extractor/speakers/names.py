"""Personal names in a subject phrase: titles and honorifics, proper-noun chains, and the
fullest form of a name met in the document.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from ..pipeline import ent_at, ents_between
from .context import Context
from .vocabulary import (CLAUSE_DEPS, HONORIFIC_WORDS, HONORIFICS, NAME_PARTICLES, NAME_TITLES, ORG_DESCRIPTORS,
                         ORG_HEADS, ORG_LABELS, ROLE_HEADS, first_name_gender, person_nouns, plural_person_noun)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


@functools.lru_cache(maxsize=4096)
def strip_honorifics(name: str) -> str:
    """'Cllr Dorothy Kerrigan' -> 'Dorothy Kerrigan'; 'Brian Cole (Letters' (an entity run on
    into a bracket) -> 'Brian Cole'."""
    before_bracket = name.split("(")[0]
    ws = clean(before_bracket if before_bracket.strip() else name).split()
    while len(ws) > 1 and ws[0].lower().strip(".") in HONORIFIC_WORDS:
        ws = ws[1:]
    ws = ws[described_prefix(ws):]
    while len(ws) > 2 and ws[-1].strip(",") in POST_NOMINALS:
        ws = ws[:-1]  # 'Eilidh Rae MSP', 'Ann Fox OBE FRCPCH': the letters are no part of the name
    return clean(" ".join(ws))


def bracketed(tok: Token) -> bool:
    """Whether a token's phrase stands alone in brackets: '(Appendix 1)', '(see Table 3)'."""
    doc = tok.doc
    left, right = tok.left_edge.i, tok.right_edge.i
    opened = doc[left].text in "([" or left > 0 and doc[left - 1].text in "(["
    closed = doc[right].text in ")]" or right + 1 < len(doc) and doc[right + 1].text in ")]"
    return opened and closed


def described_prefix(ws: list[str]) -> int:
    """How many words before a name describe the person rather than name them: 'Headteacher
    Rachel Ng', 'The Rt Hon Laura Penn', 'care leaver Jade Morris'. Only where a name of two
    or more capitalised words follows ('a victim of domestic abuse' is all description)."""
    j = 0
    while j < len(ws) - 2 and (described_word(ws[j]) or j and ws[j].lower().strip(".") in HONORIFIC_WORDS):
        if ws[j].lower() in LINKS:
            return 0  # 'Member of the Youth Forum': a body's name after a preposition
        j += 1
    if j == 0:  # 'Parish Clerk Tom Udall', 'Youth Panel Member Jo Lee': capitalised words of an
        # office, ending in a role noun, before the name
        nouns = [k for k, w in enumerate(ws[:-2]) if w.lower() in person_nouns()]
        if nouns and all(w[:1].isupper() and w.isalpha() for w in ws[:nouns[-1]]):
            j = nouns[-1] + 1
    rest = ws[j:]
    name = len(rest) >= 2 and all(w[:1].isupper() or w.lower() in NAME_PARTICLES for w in rest)
    return j if name else 0


LINKS = {"of", "for", "at", "from", "in", "on", "with", "to", "by", "and"}


def described_word(word: str) -> bool:
    """A word before a name that describes the person rather than names them: 'the', a role
    noun ('Headteacher') or its plural ending an office ('Chair of Governors'), an age
    ('Nineteen-year-old') or any word in lower case ('care')."""
    low = word.lower()
    return low == "the" or low in person_nouns() or low.endswith("-year-old") \
        or plural_person_noun(word) and word[:1].isupper() \
        or word[:1].islower() and low not in NAME_PARTICLES


def clean(text: str) -> str:
    """Text without the spaces, punctuation and dashes around it."""
    return " ".join(text.split()).strip(" ,.:;\u2013\u2014\u2015-")


ACRONYM_RE = re.compile(r"[A-Z]{2,6}")
PLURAL_ACRONYM_RE = re.compile(r"[A-Z]{2,6}s")


def acronym_role(tok: Token) -> bool:
    """'MP', 'GP', 'CEO', 'SENCO': a role written as capitals, not a person's name.

    A plural ('GPs', 'MPs', 'SENCOs') is a group, never one person's name either.
    """
    text = tok.text
    return bool(ACRONYM_RE.fullmatch(text) and text.lower() in person_nouns()
                or PLURAL_ACRONYM_RE.fullmatch(text) and text[:-1].lower() in person_nouns())


def skipped(subj: Token) -> set[int]:
    """Tokens of the subject phrase that cannot name the speaker.

    Clauses and appositives describe the speaker; a possessive ('Child K's mother') names
    someone else; after a name, ', of Kent Police,' is the speaker's organisation; a name
    modifying a common noun ('the Child S review') is not the one who speaks.
    """
    # (a clause set in brackets, '(see Appendix B)', is an aside that names no one)
    deps = CLAUSE_DEPS + ("poss", "conj", "parataxis") + (("prep",) if subj.pos_ == "PROPN" else ())
    if subj.pos_ == "NOUN" or acronym_role(subj):
        deps += ("compound", "nmod")
    return {t.i for c in subj.children if c.dep_ in deps for t in c.subtree}


def person_ent(subj: Token, start: int, end: int) -> Span | None:
    """The last PERSON entity in the subject's phrase, outside its clauses and appositives."""
    skip = skipped(subj)
    if subj.tag_ == "NNS":  # 'families in Uist and Barra': a place, not one of them
        skip |= {t.i for c in subj.children if c.dep_ == "prep" for t in c.subtree}
    ents = [e for e in ents_between(subj.doc, start, end)
            if (e.label_ == "PERSON" or first_named(e)) and e.start not in skip and e.root.dep_ != "poss"
            and e[-1].dep_ != "case" and e.text.lower() not in ORG_HEADS]  # 'Ofsted': a body
    return ents[-1] if ents else None


# last words of a place or an institution named after a person ('Grace Darling School')
NAMED_PLACES = {"school", "academy", "college", "hospital", "house", "centre", "center", "hall",
                "court", "road", "street", "park", "lane", "way", "close", "ward", "unit", "trust",
                "foundation", "fund", "primary", "nursery", "library", "church", "award", "prize"}


def first_named(ent: Span) -> bool:
    """A name the NER took for a body that a person's first name opens: 'Gemma Rowe' (ORG).
    Two or three title-case words, none naming a body or a place ('Grace Academy')."""
    words = [t for t in ent if not t.is_space]
    return ent.label_ in ("ORG", "GPE", "NORP") and 2 <= len(words) <= 3 \
        and all(t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in words) \
        and first_name_gender(words[0].text) is not None \
        and not any(t.lower_ in NAMED_PLACES | ORG_HEADS | ORG_DESCRIPTORS for t in words)


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


# letters written after a person's name: an office (MP, MSP, MS) or an honour or a
# qualification (OBE, QPM, FRCPCH). 'Mòrag NicLeòid MSP said': the name before them speaks.
POST_NOMINALS = {"MP", "MSP", "MS", "AM", "MLA", "MEP", "OBE", "MBE", "CBE", "DBE", "KBE",
                 "BEM", "QPM", "KPM", "JP", "KC", "QC", "DL", "FRCPCH", "FRCP", "FRCS",
                 "FRCGP", "MRCGP", "FRCPsych", "PhD"}
PLACE_LABELS = {"NORP", "GPE", "COUNCIL", "AREA"}
PARTY_WORDS = {"labour", "conservative", "conservatives", "tory", "lib", "dem", "liberal",
               "democrat", "democrats", "snp", "plaid", "cymru", "green", "reform", "uk",
               "independent", "alba", "dup", "sinn", "féin", "fein", "sdlp", "alliance", "uup",
               "scottish", "welsh", "shadow", "local", "former", "backbench", "opposition"}


def post_nominal_name(subj: Token) -> Span | None:
    """The name written before post-nominal letters that the parser took for the subject.

    'Mòrag NicLeòid MSP said', 'Aled ap Rhys MS, who …, said': two or more capitalised words
    before the letters are the name, whatever the NER made of them. A party or place before
    an office ('Labour MP', 'Reform UK MP') is no name: its first word is an entity.
    """
    doc = subj.doc
    i = subj.i
    if subj.text not in POST_NOMINALS:
        return None
    while i > 0 and doc[i - 1].text in POST_NOMINALS:
        i -= 1
    end, start = i, i
    while start > 0 and not doc[start].is_sent_start and "\n" not in doc[start - 1].whitespace_:
        word = doc[start - 1]
        capital = word.text[:1].isupper() and word.is_alpha and word.lower_ not in HONORIFICS \
            and word.pos_ in ("PROPN", "NOUN", "ADJ")
        particle = word.lower_ in NAME_PARTICLES and start < end and start > 1
        hyphen = word.text == "-" and not word.whitespace_ and start > 1 \
            and not doc[start - 2].whitespace_  # 'Tudur-Owen'
        if not (capital or particle or hyphen):
            break
        start -= 1
    while start < end and (doc[start].lower_ in NAME_PARTICLES or doc[start].text == "-"):
        start += 1
    if end - start < 2 or any(t.lower_ in PARTY_WORDS for t in doc[start:end]):
        return None  # 'Reform UK MP', 'Plaid Cymru MS': a party before the letters, no name
    ent = ent_at(doc, start)
    if ent is not None and ent.end <= end and ent.label_ in PLACE_LABELS:
        return None  # 'North Ayrshire MSP': a place
    return doc[start:end]


def named_person_role(head: Token) -> bool:
    """Whether `head` is one person's role ('the chief executive'): its appositive is a person."""
    return head.tag_ == "NN" and head.lemma_.lower() in person_nouns() or acronym_role(head)


def after_title(tok: Token) -> bool:
    """Whether a token ends a name written after a name-only title ('Mr Huw Davies'), a
    person whatever the NER took the name for."""
    doc = tok.doc
    for j in range(max(tok.i - 4, 0), tok.i):
        name = titled_name(doc[j])
        if name is not None and name.end - 1 == tok.i:
            return True
    return False


def name_set_off_before(verb: Token) -> Token | None:
    """The last word of a name set off by commas right before a verb: 'The worker who visited
    her, Ms Eira Pugh, told the court …' (the name is the subject's appositive, however the
    parser hung it)."""
    doc = verb.doc
    end = verb.i - 1
    while end > 0 and (doc[end].pos_ == "AUX" or doc[end].dep_ == "neg"):
        end -= 1  # ', Ms Pugh, had told'
    if end < 3 or doc[end].text != ",":
        return None
    last = doc[end - 1]
    if last.ent_type_ != "PERSON" and not after_title(last):
        return None
    start = last.i
    while start > 0 and (doc[start - 1].ent_type_ == "PERSON" and doc[start - 1].pos_ == "PROPN"
                         or doc[start - 1].lower_.strip(".") in HONORIFICS):
        start -= 1
    return last if start < last.i + 1 and start > 1 and doc[start - 1].text == "," else None


def place_surname(tok: Token) -> bool:
    """A one-word place after a first name the NER knows as a person is a surname: 'Jean
    Sutton said', 'Tom Bradford told' (not 'Jean of Sutton', not 'Sutton Council')."""
    doc = tok.doc
    return tok.ent_type_ in ("AREA", "GPE") and tok.ent_iob_ == "B" and tok.i > 0 \
        and doc[tok.i - 1].ent_type_ == "PERSON" and doc[tok.i - 1].pos_ == "PROPN" \
        and (tok.i + 1 == len(doc) or doc[tok.i + 1].ent_iob_ != "I")


def propn_chain(subj: Token, org_ok: bool = False) -> tuple[int, int] | None:
    """Token range of the proper-noun name ending at `subj` (honorifics dropped).

    `org_ok` accepts a name the NER took for an organisation, where the text says it is a
    person ('the chief executive, Anjali Mistry').
    """
    if subj.pos_ != "PROPN" or not subj.text[:1].isupper() or acronym_role(subj) \
            or (subj.ent_type_ in ORG_LABELS and not (org_ok and subj.ent_type_ == "ORG")
                and not place_surname(subj)):
        return None
    doc, i = subj.doc, subj.i
    while i > 0:
        prev = doc[i - 1]
        if prev.text == "-" and i > 1 and not prev.whitespace_ and not doc[i - 2].whitespace_:
            i -= 1  # a hyphenated surname: Akhtar-Shaw
        elif prev.pos_ == "PROPN" and prev.text[:1].isupper() and prev.lower_ not in HONORIFICS \
                and not acronym_role(prev):
            i -= 1
        else:
            break
    end = subj.i + 1
    # the second half of a hyphenated surname the parser hung off as an apposition ('Osei-Bonsu')
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and doc[end + 1].text[:1].isupper() \
            and doc[end + 1].is_alpha:
        end += 2
    # a surname the parser hung off elsewhere ('Cllr Leanne Feehily, …' with Feehily an advmod)
    while end < len(doc) and doc[end - 1].whitespace_ and doc[end].pos_ == "PROPN" \
            and doc[end].text[:1].isupper() and doc[end].ent_type_ not in ORG_LABELS \
            and doc[end].lower_ not in ROLE_HEADS and doc[end].text.isalpha() \
            and "\n" not in doc[end - 1].whitespace_:
        end += 1
    return i, end


# words that join a body's name across a preposition: 'Voices from Care', 'Friends of the Park'
BODY_NAME_JOINS = {"from", "of", "for", "against", "in", "with", "on"}


def body_name_start(tok: Token) -> bool:
    """Whether a lone capitalised word opens a body's name that runs on past a preposition
    into more capitalised words ('Voices from Care Cymru', 'Friends of Westfield Park',
    'Action for Young Carers'): the name of a group, never a person's (a person named in an
    appositive is two or more words, or a PERSON)."""
    doc = tok.doc
    if tok.ent_type_ == "PERSON" or tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ not in BODY_NAME_JOINS:
        return False
    chain = propn_chain(tok, org_ok=True)
    if chain is None or chain[1] - chain[0] != 1 or chain[1] != tok.i + 1:
        return False
    after = doc[tok.i + 2] if doc[tok.i + 2].lower_ != "the" or tok.i + 3 >= len(doc) else doc[tok.i + 3]
    return after.text[:1].isupper() and after.is_alpha


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


def full_name(ctx: Context, name: str) -> str:
    """A surname or short form resolved to the fullest name met in the document."""
    name = strip_honorifics(name)
    last = name.split()[-1].lower() if name else ""
    best = name
    for known in ctx.people:
        known = strip_honorifics(known)  # 'Governors Ann Cole' kept from an office's last word
        if known.split()[-1].lower() == last and len(known) > len(best) \
                and same_forenames(name, known):
            best = known
    if best == name and len(name.split()) == 1:
        # 'Leanne said' after 'Cllr Leanne Feehily': a first name, if only one person has it
        firsts = [k for k in ctx.people if len(k.split()) > 1 and k.split()[0].lower() == last]
        best = firsts[0] if len(firsts) == 1 else name
    return best


def same_forenames(short: str, known: str) -> bool:
    """Whether every forename or initial of `short` is one of `known`'s: 'Jo Kay' is not
    'Dan Kay' (a wife and a husband), though 'Kay', 'D. Kay' and 'Dan Kay' are one man."""
    words = [w.lower() for w in known.split()[:-1]]
    return all(any(w == f or len(f.rstrip(".")) == 1 and w.startswith(f[0]) for w in words)
               for f in (x.lower() for x in short.split()[:-1]))
