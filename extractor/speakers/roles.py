"""Roles as written ('the council's director', 'The Chair', 'a spokesperson for X') and the
people, offices and issuers they stand for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ..pipeline import ent_at
from .context import Context, Speaker
from .names import body_name_start, bracketed, clean, full_name, line_left, named_person_role, propn_chain, strip_honorifics, titled_name
from .vocabulary import HONORIFICS, MAX_PHRASE_WORDS, NAME_TITLES, ORG_HEADS, ORG_LABELS, ROLE_HEADS, TITLE_ABBREVIATIONS, person_nouns, plural_person_noun

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def role_of(subj: Token, name_start: int, left: int) -> str | None:
    """The role as written: words before the name, an appositive, or a 'who …' clause."""
    doc = subj.doc
    before = [t for t in doc[left:name_start] if t.lower_ not in HONORIFICS]
    if before:
        return clean(doc[before[0].i:before[-1].i + 1].text) or None
    for child in subj.children:
        if child.dep_ == "appos" and child.pos_ != "NUM":  # 'Jane Mills, 34, a mother of three'
            return clean(doc[child.left_edge.i:child.right_edge.i + 1].text) or None
    for child in subj.children:
        if child.dep_ == "relcl":
            toks = [t for t in child.subtree if t.lower_ not in ("who", "which")]
            return clean(doc[toks[0].i:toks[-1].i + 1].text) if toks else None
    return None


def one_of(ctx: Context, subj: Token) -> str:
    """'One told them' -> 'a member of …' from the last plural subject before it."""
    for tok in reversed(subj.doc[max(0, subj.i - 80):subj.i]):
        if counted_group(tok):  # 'We wrote to six councils. … one said': one council
            num = max(c.i for c in tok.children if c.dep_ == "nummod")
            words = [t.text for t in subj.doc[num + 1:tok.i] if t.lower_ != "other"]
            return " ".join(["one", *words, tok.lemma_.lower()])
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.tag_ in ("NNS", "NNPS") \
                and tok.head.dep_ == "ROOT" and not verb_before(tok):
            phrase = noun_phrase(tok)
            rest = phrase[phrase.lower().find(tok.lower_) + len(tok.text):]
            return f"a {tok.lemma_.lower()}{rest}"
    return subj.text


def verb_before(tok: Token) -> bool:
    """Whether a verb stands right before a noun's phrase: an object the parser took for a
    subject ('councils that place children in X found …': 'children' is placed)."""
    left = tok.left_edge.i
    return left > 0 and tok.doc[left - 1].pos_ == "VERB"


# bodies a text counts before it reports what one of them said
COUNTED_BODIES = ORG_HEADS | {"school", "university", "college", "authority", "trust", "hospital",
                              "agency", "charity", "force", "service", "academy", "nursery"}


def counted_group(tok: Token) -> bool:
    """A plural noun of people or bodies with a number: 'six other councils', 'eight schools'."""
    return tok.pos_ == "NOUN" and tok.tag_ == "NNS" and any(c.dep_ == "nummod" for c in tok.children) \
        and tok.lemma_.lower() in person_nouns() | COUNTED_BODIES


def noun_phrase(subj: Token) -> str:
    """A common-noun subject as written, without clauses: 'A spokesperson for the partnership'."""
    if subj.pos_ == "NUM":
        toks = [t for t in subj.subtree if not t.is_punct or t.text == "-"]
        if not toks:
            return clean(subj.text)
        return clean(subj.doc[toks[0].i:toks[-1].i + 1].text)
    left = line_left(subj)
    while left < subj.i and subj.doc[left].tag_ in ("WP", "WDT"):
        left += 1  # 'what one young carer said': the wh-word is the clause's, not the person's
    right = subj.i
    for child in subj.rights:
        if child.dep_ == "prep" and child.lower_ in ("for", "of", "at", "from"):
            right = child.right_edge.i
            break
    if anonymous(subj):
        right = described_to(subj, left, subj.i)
    # a bracket closing the phrase is an aside or a cross-reference ('… letter (Annex B)'),
    # no part of a name (one inside it, '(ADCS) spokesperson Ann Lee', is left as written)
    doc = subj.doc
    if doc[right].text in ")]" or right + 1 < len(doc) and doc[right + 1].text in ")]":
        right = next((t.i - 1 for t in doc[subj.i + 1:right + 1] if t.text in "(["), right)
    return clean(subj.doc[left:right + 1].text)


# what tells an unnamed person apart, after the noun: 'a young person in care', 'a foster carer
# from Gedling', 'a father with three children', 'a care leaver living in lodgings', 'a
# parent whose son was excluded', 'one carer who joined in May'
DESCRIBING_PREPS = {"in", "on", "at", "from", "of", "for", "with", "near", "across", "without"}
DESCRIBING_CLAUSES = {"relcl", "acl"}


def anonymous(subj: Token) -> bool:
    """Whether a subject is an unnamed person made indefinite: 'a parent', 'one foster carer',
    'a 14-year-old' (the age as the person: the parser makes 'old' an adjective)."""
    return (subj.pos_ == "NOUN" and subj.lemma_.lower() in person_nouns() or aged(subj)) and any(
        c.dep_ == "det" and c.lower_ in ("a", "an", "one", "another")
        or c.dep_ == "nummod" and c.lower_ == "one" for c in subj.children)


def aged(tok: Token) -> bool:
    """Whether a token is the 'old' of an age written as a person ('a 14-year-old',
    'one sixteen-year-old')."""
    return tok.lower_ == "old" and tok.i >= 2 and tok.doc[tok.i - 1].text == "-" \
        and tok.doc[tok.i - 2].lower_ == "year"


def described_to(subj: Token, left: int, right: int) -> int:
    """Where an unnamed person's description ends: the phrases and the defining clause right
    after the noun, up to a comma (', who asked not to be named,' is an aside) and within
    MAX_PHRASE_WORDS. A clause that reports ('a mother who said') is the quote's, not hers."""
    from .cues import is_cue

    doc = subj.doc
    for child in subj.rights:
        if child.i <= right:
            continue
        if any(t.is_punct or t.is_quote or "\n\n" in t.whitespace_ for t in doc[right:child.left_edge.i]) \
                and child.left_edge.i > right + 1 or doc[child.left_edge.i].is_punct:
            break
        clause = child.dep_ in DESCRIBING_CLAUSES
        if not (child.dep_ == "prep" and child.lower_ in DESCRIBING_PREPS or clause):
            break
        end = child.right_edge.i
        comma = next((t.i for t in doc[child.i:end + 1] if t.text == ","), None)
        end = end if comma is None else comma - 1  # 'from Wrexham, who cares for …': an aside
        span = doc[child.left_edge.i:end + 1]
        if clause and any(is_cue(t) for t in span) or any(t.is_quote and t.dep_ != "case" for t in span) \
                or "\n\n" in span.text or end - left + 1 > MAX_PHRASE_WORDS:
            break
        right = end
        if comma is not None:
            break
    return right


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
    # the role that is the noun itself before one that only holds it ('Chair', 'Vice-Chair')
    held = [(name, role) for name, role in ctx.people.items() if role and stem in role.lower()]
    exact = [(name, role) for name, role in held if role.lower().startswith(stem)]
    for name, role in exact + held:
        return Speaker(name, role, person=True)
    return Speaker(phrase)


def sole_holder(ctx: Context, noun: str) -> Speaker | None:
    """The one person the document gave an office named by `noun` ('the treasurer', 'the
    clerk', 'the headteacher' after 'Gail Price, the treasurer,'): the word whole in their role,
    and no one else's, else None (two holders leave 'the clerk' as written)."""
    held = [(name, role) for name, role in ctx.people.items()
            if role and noun in role.lower().replace(",", " ").split()]
    return Speaker(held[0][0], held[0][1], person=True) if len(held) == 1 else None


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
            if body_name_start(child):
                continue  # 'a member of our panel, Voices from Care Cymru,': the group named
            if bracketed(child) and child.ent_type_ != "PERSON":
                continue  # 'the head's report (Annex C) says': a cross-reference, not a name
            chain = propn_chain(child, org_ok=named_person_role(head))
            if chain is not None and child.lower_ not in ROLE_HEADS:
                name = full_name(ctx, child.doc[chain[0]:chain[1]].text)
                return Speaker(name, noun_phrase(head) or None, person=True)
            todo.append(child)
    return None


def titled_appositive(ctx: Context, subj: Token) -> Speaker | None:
    """'The Children's Guardian, Mr Tobias Lund, …', 'Westshire's Virtual Head, Dr Ann Fox,':
    an office written as a proper noun, set off by a name with its title or a PERSON: the
    person holds the office, the office is their role."""
    doc = subj.doc
    if subj.pos_ != "PROPN" or subj.ent_type_ == "PERSON" or any(
            t.lower_.strip(".") in NAME_TITLES for t in doc[subj.left_edge.i:subj.i]):
        return None  # 'Mr Ben Cole, Ms …': a titled name is a person, not an office
    for child in subj.children:
        if child.dep_ != "appos" or child.pos_ != "PROPN":
            continue
        titled = next((n for t in subj.doc[child.left_edge.i:child.i + 1]
                       if (n := titled_name(t)) is not None and n.start <= child.i < n.end), None)
        if titled is None and child.ent_type_ != "PERSON":
            continue
        name = titled.text if titled is not None else \
            cast("Span", ent_at(subj.doc, child.i)).text
        role = clean(subj.doc[subj.left_edge.i:subj.i + 1].text)
        return Speaker(full_name(ctx, strip_honorifics(name)), role or None, person=True)
    return None


# last words of a department or body in a role chain ('Chief Officer, Social Services,'), never
# of a person's name
UNIT_HEADS = ORG_HEADS | {"services", "help", "care", "safeguarding", "education", "health",
                          "assurance", "team", "directorate", "unit", "division", "fostering",
                          "adoption", "housing", "justice", "support", "resources", "finance",
                          "planning", "commissioning", "performance", "improvement", "office"}


def role_chain_person(ctx: Context, subj: Token) -> Speaker | None:
    """'The Chief Officer, Social Services, Huw Meredith, said', 'Our Head of Service,
    Fostering, Dr Omar Farah,': a role written as a title ('the', 'its', 'our' before a
    capitalised head) then its department or body in commas, then the person. The person is
    the last comma segment of the subject, if it is a name: a titled name, a PERSON, or two
    or three capitalised words that do not end as a department does."""
    doc = subj.doc
    if subj.pos_ != "PROPN" or subj.ent_type_ == "PERSON" or not any(
            c.dep_ in ("det", "poss") and c.pos_ in ("DET", "PRON") for c in subj.children):
        return None
    end = subj.right_edge.i + 1
    while end > subj.i + 1 and doc[end - 1].is_punct:
        end -= 1
    start = end
    while start > subj.i + 1 and doc[start - 1].text != ",":
        start -= 1
    if start <= subj.i + 1:
        return None  # no comma chain
    segment = doc[start:end]
    role = doc[subj.left_edge.i:start - 1].text
    for tok in segment:
        titled = titled_name(tok)
        if titled is not None and titled.end <= end:
            return Speaker(full_name(ctx, titled.text), role, person=True)
    words = [t for t in segment if t.lower_.strip(".") not in HONORIFICS]
    if not 2 <= len(words) <= 3 or not all(t.pos_ == "PROPN" and t.text[:1].isupper()
                                           and t.text[1:].islower() for t in words):
        return None
    if not all(t.ent_type_ == "PERSON" for t in words) and (
            words[-1].lower_ in UNIT_HEADS or words[-1].lower_ in person_nouns()
            or any(t.ent_type_ in ("GPE", "LOC", "FAC", "NORP", "AREA", "COUNCIL",
                                   "PARTNERSHIP") for t in words)):
        return None
    name = doc[words[0].i:words[-1].i + 1].text
    return Speaker(full_name(ctx, name), role, person=True)


def title_before_name(ctx: Context, subj: Token) -> Speaker | None:
    """'Head of Safeguarding Tom Ward told …', 'Head of Early Help Ann Cole said', '"…," said
    Cabinet Member for Children Ann Cole, who …': an office written as a title without 'the',
    its 'of' or 'for' phrase running on into the name right before the verb, or right after a
    closing cue's verb up to a comma. The name is the last two words (three when the NER reads all three as a
    person), stopping at a department's last word ('Help', 'Assurance')."""
    doc = subj.doc
    low = subj.lower_
    if not subj.text[:1].isupper() or low not in person_nouns() | ROLE_HEADS \
            or any(c.dep_ in ("det", "poss") for c in subj.children) \
            or not any(c.dep_ == "prep" and c.lower_ in ("of", "for") for c in subj.children) \
            or subj.head.pos_ not in ("VERB", "AUX"):
        return None
    end = subj.right_edge.i
    comma = next((t.i for t in doc[subj.i + 1:end + 1] if t.text == ","), None)
    if comma is not None:
        end = comma - 1  # 'said Chair of Governors Lena Holt, who was elected in May': an aside
    if subj.head.i > subj.i and (end + 1 >= len(doc) or doc[end + 1].i != subj.head.i):
        return None  # the verb after the name; a verb before it is a closing cue ('said Head of …')
    words: list[Token] = []
    i = end
    while i > subj.i + 2 and len(words) < 3:
        tok = doc[i]
        if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or not tok.text[1:].islower() \
                or tok.lower_ in UNIT_HEADS or tok.lower_ in person_nouns() or tok.tag_ == "NNPS" \
                or plural_person_noun(tok.text) \
                or len(words) == 2 and tok.ent_type_ != "PERSON":  # 'Chair of Governors Ann Cole'
            break
        words.insert(0, tok)
        i -= 1
    if len(words) < 2 or i <= subj.i + 1:
        return None  # 'Head of Children's Services said': no name after the office
    role = doc[subj.i:words[0].i].text
    return Speaker(full_name(ctx, doc[words[0].i:words[-1].i + 1].text), role, person=True)


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


def the_titled_role(subj: Token) -> bool:
    """'The Head of Children's Services', 'the Secretary of State': a capitalised role, not a name.

    A person's name takes no 'the'; a capitalised head with 'the' and an 'of' phrase is an
    office (an organisation of that shape is an entity, and is left to the NER).
    """
    if subj.pos_ != "PROPN" or subj.ent_type_ in ORG_LABELS \
            or subj.ent_type_ == "PERSON" and not office_entity(subj):
        return False
    return the_before(subj) \
        and (any(c.dep_ == "prep" and c.lower_ == "of" for c in subj.children)
             or subj.lower_ in person_nouns())  # 'The Chief Officer, Social Services, said'


def the_before(subj: Token) -> bool:
    """Whether 'the' opens a subject's phrase: its own ('the Ombudsman') or its possessor's
    ("the Children's Commissioner for Wales", "the Victims' Commissioner")."""
    if any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children):
        return True
    return any(c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN") and c.i < subj.i
               and any(g.dep_ == "det" and g.lower_ == "the" for g in c.children)
               for c in subj.children)


def office_entity(subj: Token) -> bool:
    """Whether the PERSON entity a subject sits in is only an office's words ('the Ombudsman',
    'the Commissioner' tagged a person): a name holds at least one word that is no role."""
    ent = ent_at(subj.doc, subj.i)
    return ent is not None and all(t.lower_ in person_nouns() or t.lower_ in HONORIFICS
                                   or not t.is_alpha for t in ent)


# what a body issues in its own words: 'the council issued a statement saying …'
STATEMENT_NOUNS = {"statement", "letter", "tweet", "post", "email", "message", "release",
                   "briefing", "response", "text", "note", "voicemail", "submission"}


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


# what someone said, named as a noun: its owner said the words quoted in it ("Trump's claim that
# there were 'thousands'", 'a pledge by the mayor to "clear the backlog"')
SPEECH_NOUNS = STATEMENT_NOUNS | {
    "claim", "assertion", "remark", "comment", "description", "prediction", "promise", "pledge",
    "suggestion", "warning", "word", "words", "boast", "accusation", "allegation", "insistence",
    "argument", "answer", "reply", "question", "speech", "testimony", "vow", "threat",
    "admission", "complaint", "characterization", "characterisation", "phrase", "term",
    "conclusion", "finding", "recommendation", "verdict", "assessment", "criticism", "plea",
    "retort", "quip", "joke", "slogan", "missive", "assurance", "declaration", "announcement",
    "call", "praise"}
# verbs by which someone issues such a noun: 'Sanders made the following comment:'
ISSUE_VERBS = {"make", "issue", "give", "post", "publish", "send", "deliver", "offer", "release",
               "share", "repeat", "use", "write", "put", "tweet", "voice", "express"}


def speech_owner(noun: Token) -> Token | None:
    """Who said what a speech noun names: its possessor, its 'by'/'from' phrase, or the one
    who made, issued or used it ('X made the following comment', 'X used the phrase')."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in SPEECH_NOUNS:
        return None
    for child in noun.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    verb = noun.head
    for prep in verb.children if noun.dep_ == "dobj" else ():
        if prep.dep_ == "prep" and prep.lower_ in ("by", "from") \
                and prep.i == noun.right_edge.i + 1:  # 'heard a plea from X', hung on the verb
            return next((g for g in prep.children if g.dep_ == "pobj"), None)
    if noun.dep_ == "dobj" and verb.lemma_.lower() in ISSUE_VERBS:
        return next((c for c in verb.children if c.dep_ == "nsubj"
                     and c.lower_ not in ("who", "which", "that")), None)
    return None


def role_verb(subj: Token) -> str | None:
    """'X chairs the panel': the role a verb gives its subject, for a later 'the Chair'."""
    verb = subj.head
    if subj.dep_ != "nsubj" or verb.lemma_.lower() not in ("chair", "direct"):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    end = obj.right_edge.i + 1 if obj is not None else verb.i + 1
    return clean(subj.doc[verb.i:end].text) or None


# people spoken of as a kind, never one speaker: 'families', 'many parents', 'young people'
GROUP_NOUNS = {"family", "people", "staff", "resident", "professional", "practitioner"}
GROUP_QUANTIFIERS = {"many", "some", "most", "all", "several", "few", "other", "both", "more"}


def generic_group(subj: Token) -> bool:
    """Whether a subject is people spoken of as a kind ('families', 'many carers', 'young
    people', 'some pupils'): a plural person noun with no determiner but a quantifier and no
    owner or name, whose words someone else reports ('X said families described it as "…"')."""
    if subj.pos_ != "NOUN" or subj.ent_type_ or not (subj.tag_ == "NNS" or subj.lemma_.lower() == "staff"):
        return False
    lemma = subj.lemma_.lower()
    if lemma not in person_nouns() and lemma not in GROUP_NOUNS:
        return False
    return all(c.dep_ in ("amod", "compound") or c.lower_ in GROUP_QUANTIFIERS
               for c in subj.children if c.dep_ in ("det", "poss", "nummod", "amod", "compound", "predet"))
