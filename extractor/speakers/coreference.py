"""Coreference: the people, bodies and documents a later 'he', 'she', 'it' or surname can
point back to, seeded from the whole document before quotes are attributed.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .candidates import group_of_place, speaker_from_subject
from .context import Context, Speaker
from .cues import is_cue, reported_clause
from .names import clean, propn_chain, strip_honorifics, titled_name
from .roles import UNIT_HEADS, noun_phrase, role_verb, seed_titles, speech_owner, the_titled_role
from .vocabulary import (DOC_NOUN_RE, GENDERED, KIN_PRONOUNS, ORG_HEADS, ORG_LABELS, PRONOUNS, ROLE_HEADS, cue_forms,
                         first_name_gender, person_nouns)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def remember(ctx: Context, speaker: Speaker, at: int) -> None:
    """Record a person speaker so later pronouns and surnames resolve to them."""
    ctx.last = speaker
    if speaker.person and speaker.name and speaker.name.strip():  # never a blank name
        ctx.people.setdefault(speaker.name, speaker.role)
        if speaker.role and not ctx.people[speaker.name]:
            ctx.people[speaker.name] = speaker.role
        ctx.last_person_at.append((at, speaker.name))
        ctx.last_person_at.sort()
        ctx.subject_at.add(at)  # the one quoted is what the quote's sentence is about


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
    if group_of_place(tok) is not None:
        return None  # 'families in Uist and Barra, who …': a place
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
    if the_titled_role(tok):  # 'The Ombudsman upheld two. It found …': an office as a body
        return noun_phrase(tok) or None
    return None


def anonymous_person(tok: Token) -> bool:
    """'One mother', 'a foster carer', 'Child P's aunt': an unnamed person a later 'she' can mean.

    A person noun (models/person_nouns.txt) made indefinite by 'a'/'one' or owned by a name.
    A definite one ('The mother of two, who asked not to be named, said …', 'The boy's father
    said …') counts when it is the subject of a reporting verb and names no office (a role
    like 'the director' is resolved to its holder elsewhere).
    """
    if tok.lower_ in ("one", "another"):
        return one_of_people(tok)
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.lemma_.lower() not in person_nouns():
        return False
    owned = tok.i > 1 and tok.nbor(-1).lower_ in ("'s", "\u2019s") and tok.nbor(-2).pos_ == "PROPN"
    if in_description(tok) or generic(tok):
        return False
    if owned or own_relation(tok) or any(c.dep_ == "det" and c.lower_ in ("a", "an", "one", "another")
                    or c.dep_ == "nummod" and c.lower_ == "one" for c in tok.children):
        return True
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or tok.i > 1 \
        and tok.nbor(-1).lower_ in ("'s", "\u2019s") and tok.nbor(-2).pos_ == "NOUN"
    return definite and tok.lemma_.lower() not in ROLE_HEADS and tok.dep_ == "nsubj" \
        and (is_cue(tok.head) or addresses(tok.head)) and not reported_clause(tok.head)


def named_owner(ctx: Context, tok: Token) -> tuple[int, str] | None:
    """The full name owning an unnamed person ('Lisa Grant's son'), as a person a later 'she'
    can mean (a name only as an owner is not otherwise met as a person)."""
    if tok.i < 2 or tok.nbor(-1).lower_ not in ("'s", "\u2019s"):
        return None
    ent = next((e for e in ctx.doc.ents if e.end in (tok.i - 1, tok.i) and e.label_ == "PERSON"), None) \
        if tok.nbor(-2).ent_type_ == "PERSON" else None
    name = strip_honorifics(ctx.doc[ent.start:tok.i - 1].text) if ent is not None else ""
    return (ent.start_char, name) if ent is not None and len(name.split()) >= 2 else None


# what one hears or receives from a person: 'evidence from a parent', 'a letter from a carer'
HEARD_FROM = {"receive", "hear", "evidence", "letter", "message", "submission", "email",
              "statement", "call", "note", "complaint", "testimony", "account", "story"}
# what one does to a person who then speaks: 'the panel interviewed a young carer'
HEARD_OBJECT = {"interview", "quote", "hear", "ask"}


def own_relation(tok: Token) -> bool:
    """'My neighbour', 'our daughter', 'my friend': someone the writer knows, in a letter or a
    forum post, whom a later 'she' can mean."""
    return any(c.dep_ == "poss" and c.lower_ in ("my", "our") for c in tok.children)


def what_they_are(tok: Token) -> Token | None:
    """The person noun a copula says its subject is: in 'My neighbour is a social worker', the
    social worker, as the text goes on to quote her."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.lemma_ != "be":
        return None
    return next((c for c in verb.children if c.dep_ == "attr" and c.tag_ == "NN"
                 and c.lemma_.lower() in person_nouns()
                 and any(g.dep_ == "det" and g.lower_ in ("a", "an") for g in c.children)), None)


# modals of what may or must happen to anyone ('A child can be referred', 'a parent may ask')
GENERIC_MODALS = {"can", "may", "must", "should", "might"}


def generic(tok: Token) -> bool:
    """Whether 'a'/'an' makes a person anyone of a kind, in a rule or a possibility: 'A child
    can be excluded twice in one term', 'A parent may ask for a review'. No one is met there,
    so a later 'she' does not mean them. A negated modal is left alone: 'A mother can't hide
    her anger' tells of one."""
    verb = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass") \
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children) \
        and any(c.dep_ == "aux" and c.lower_ in GENERIC_MODALS for c in verb.children) \
        and not any(c.dep_ == "neg" for c in verb.children)


def in_description(tok: Token) -> bool:
    """Whether an indefinite person is the subject of a clause describing a thing: 'cases
    where a child died', 'a case in which a mother waited six weeks'. Such a person is part of
    the description, not someone the text goes on to quote."""
    head = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass") and head.dep_ == "relcl" \
        and head.head.pos_ == "NOUN" and head.head.lemma_.lower() not in person_nouns() \
        and any(c.dep_ == "det" and c.lower_ in ("a", "an", "one", "another") for c in tok.children)


def one_of_people(tok: Token) -> bool:
    """'One of our young people', 'one of the mothers', 'another of the carers': one unnamed
    person out of a group of people, whom a later 'she' can mean."""
    group = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj"), None)
    return group is not None and group.tag_ == "NNS" and group.lemma_.lower() not in ROLE_HEADS \
        and group.lemma_.lower() in person_nouns() | {"people", "person"}


def met_person(tok: Token) -> bool:
    """An unnamed person met as the one heard from, spoken to or interviewed: 'evidence from
    a parent in Leeds', 'the reviewers spoke to a foster carer', 'the panel interviewed one
    young carer'. Not a subject, so a later 'she' means them only when the sentence that names
    them has no person as its subject (focus prefers a subject). A generic object ('the
    caseload for a social worker') is none of these."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.lemma_.lower() not in person_nouns() \
            or tok.lemma_.lower() in ROLE_HEADS or not (own_relation(tok) or any(
                c.dep_ == "det" and c.lower_ in ("a", "an", "one", "another")
                or c.dep_ == "nummod" and c.lower_ == "one" for c in tok.children)):
        return False
    head = tok.head
    if tok.dep_ == "dobj":
        return head.lemma_.lower() in HEARD_OBJECT
    if tok.dep_ != "pobj":
        return False
    if head.lower_ == "from":
        return head.head.lemma_.lower() in HEARD_FROM
    return head.lower_ in ("to", "with") and head.head.lemma_.lower() in ADDRESS_LEMMAS | {"listen"}


# verbs of speaking to someone without words reported: 'The teenager spoke to the review'
ADDRESS_LEMMAS = {"speak", "talk", "write", "tell"}


# what one gives when speaking to a court, a panel or a reporter: 'gave evidence'
TESTIMONY_NOUNS = {"evidence", "testimony", "statement", "interview", "account"}


def addresses(verb: Token) -> bool:
    """'spoke to the review', 'talked with the panel', 'wrote to the council', 'told the
    reviewers about …', 'gave evidence by video link': the subject spoke to someone, so a
    later 'she said' can be them."""
    if verb.lemma_.lower() == "give":
        return any(c.dep_ == "dobj" and c.lemma_.lower() in TESTIMONY_NOUNS for c in verb.children)
    if verb.lemma_.lower() not in ADDRESS_LEMMAS:
        return False
    return verb.lemma_.lower() == "tell" or any(
        c.dep_ in ("prep", "dative") and c.lower_ in ("to", "with") for c in verb.children)


BRACKET_RE = re.compile(r"[ \t]*\(([^()\n]{1,60})\)")


def bracket_role(ctx: Context, name: str, end: int) -> None:
    """'Present: Cllr Jim Dodds (Chair), …': a role in brackets after a name is that person's,
    so a later 'the Chair said' is Jim Dodds. Only a role noun; '(Lib Dem)' is a party."""
    m = BRACKET_RE.match(ctx.text, end)
    if m is None or ctx.people.get(name):
        return
    head = re.split(r"\s+(?:of|for|at)\s+", m.group(1))[0]  # 'Director of Children's Services'
    words = re.findall(r"[A-Za-z]+", head)
    if words and words[-1].lower() in person_nouns() | ROLE_HEADS:
        ctx.people[name] = clean(m.group(1))


# the verbs that give a person an office: 'X was appointed chair', 'X became director'
OFFICE_LEMMAS = {"appoint", "name", "elect", "become"}


def role_noun(tok: Token) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") and tok.lower_ in person_nouns() | ROLE_HEADS


def written_role(ent: Span) -> str | None:
    """The office a sentence ties to a named person wherever the name stands, so a later 'the
    director said' or 'the Permanent Secretary told us' is that person: a role set off after
    the name ('evidence from Ann Cole, the council's director of education'), a name set off
    after its role ('we thanked the chair, Tom Reed') or one the verb gives ('Tom Reed was
    appointed chair of the board', 'Jo Blake became director in May')."""
    root = ent.root
    for child in root.children:
        if child.dep_ == "appos" and role_noun(child) and child.i >= ent.end:
            return noun_phrase(child) or None
    if root.dep_ == "appos" and role_noun(root.head) and root.head.i < ent.start:
        return noun_phrase(root.head) or None
    verb = root.head
    if root.dep_ in ("nsubj", "nsubjpass") and verb.lemma_.lower() in OFFICE_LEMMAS:
        office = next((c for c in verb.children if c.dep_ in ("attr", "oprd", "xcomp", "dobj")
                       and role_noun(c)), None)
        if office is not None:
            return noun_phrase(office) or None
    return None


def spoken_subject(tok: Token) -> Token | None:
    """The owner of words that are a clause's subject: 'Mr Hale's words were blunt', 'Her
    answer was short', 'The remarks by Cllr Reid drew applause'. What is said about the words
    is said about their speaker, so a later 'he said' means them as if they were the subject."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    owner = speech_owner(tok)
    return owner if owner is not None and owner.lower_ not in PRONOUNS | {"its", "their"} \
        and owner.pos_ in ("PROPN", "NOUN") else None


def seed_people(ctx: Context) -> None:
    """Full names met outside quotes, then every subject that names a person or a role.

    The subjects are what a later 'he'/'she' can point back to.
    """
    for ent in ctx.doc.ents:
        if ent.label_ == "PERSON" and not ctx.inside_quote(ent.start_char):
            name = strip_honorifics(ent.text)
            while len(name.split()) > 2 and name.split()[0].lower() in UNIT_HEADS:
                name = name.split(" ", 1)[1]  # 'Head of Quality Assurance Ben Olsen': not 'Assurance'
            # 'Cllr Jim Dodds, Denby Dale Conservative,': a name's appositive is its affiliation
            affiliation = ent.root.dep_ == "appos" and ent.root.head.pos_ == "PROPN"
            if len(name.split()) >= 2 and ent.root.dep_ != "poss" and ent[-1].dep_ != "case" \
                    and not affiliation:
                ctx.people.setdefault(name, None)
                bracket_role(ctx, name, ent.end_char)
                if not ctx.people.get(name):
                    ctx.people[name] = written_role(ent)
                # a full name anywhere ('written by Dr Ann Fox') is a person 'she' can mean
                ctx.last_person_at.append((ent.start_char, name))
    for tok in ctx.doc:
        titled = titled_name(tok) if not ctx.inside_quote(tok.idx) else None
        if titled is not None and len(titled.text.split()) >= 2:
            # 'Cllr Ruth Almond (Lib Dem) pressed officers': a person, however it parsed
            ctx.people.setdefault(clean(titled.text), None)
            bracket_role(ctx, clean(titled.text), titled.end_char)
            ctx.last_person_at.append((tok.idx, clean(titled.text)))
        elif titled is not None and tok.lower_.strip(".") in GENDERED:
            # 'Q: Ms Cole, why …?': a surname after a title is a person a later 'she' means
            ctx.last_person_at.append((tok.idx, titled_surname(ctx, clean(titled.text))))
        owner = spoken_subject(tok)
        if owner is not None and not ctx.inside_quote(owner.idx):
            spk = speaker_from_subject(ctx, owner)
            if spk.person and spk.name:
                ctx.last_person_at.append((owner.idx, spk.name))
                ctx.subject_at.add(owner.idx)
                continue
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.lower_ not in PRONOUNS \
                and not ctx.inside_quote(tok.idx):
            spk = speaker_from_subject(ctx, tok)
            if spk.name and (spk.person or tok.lower_ in ROLE_HEADS):
                # a role written here fills a gap left by the bare name
                if spk.person and len(spk.name.split()) >= 2 and not ctx.people.get(spk.name):
                    ctx.people[spk.name] = spk.role or role_verb(tok)
                ctx.last_person_at.append((tok.idx, spk.name))
                ctx.subject_at.add(tok.idx)
                continue
        if tok.dep_ in ("nsubj", "nsubjpass") and anonymous_person(tok) \
                and not ctx.inside_quote(tok.idx):
            what = what_they_are(tok)  # 'My neighbour is a social worker and she says …'
            phrase = noun_phrase(what or tok)
            ctx.last_person_at.append((tok.idx, phrase))
            ctx.subject_at.add(tok.idx)
            kin = KIN_PRONOUNS.get((what or tok).lemma_.lower())
            if kin is not None:
                ctx.named_pronoun.setdefault(phrase, kin)
            owned_by = named_owner(ctx, tok)
            if owned_by is not None:
                # 'Lisa Grant's son was placed …. "…," she told': the named owner is a person a
                # pronoun the relative cannot take means ('Baby W's grandmother … she' stays hers)
                ctx.last_person_at.append(owned_by)
            continue
        if met_person(tok) \
                and not ctx.inside_quote(tok.idx):
            ctx.last_person_at.append((tok.idx, noun_phrase(tok)))  # not a subject: a fallback
            continue
        thing = thing_name(ctx, tok) if tok.dep_ in ("nsubj", "nsubjpass") \
            and not ctx.inside_quote(tok.idx) else None
        if thing is not None:
            ctx.things_at.append((tok.idx, thing))
        named = introduced_person(tok) if not ctx.inside_quote(tok.idx) else None
        if named is not None and tok.pos_ in ("PROPN", "NOUN"):
            ctx.last_person_at.append((tok.idx, named))
    aged_speakers(ctx)
    aged_names(ctx)
    # a noun phrase of punctuation alone (a novel's '" Wake up , " said ...') names nobody
    ctx.last_person_at[:] = sorted((at, n) for at, n in ctx.last_person_at if n.strip())
    seed_genders(ctx)
    seed_titles(ctx)


# an age as the person: 'One 12-year-old told …', 'a 15-year-old girl said …', 'Another
# sixteen-year-old described …' (the parser often takes the age for a date and the verb for an
# adjective, so the phrase is read from the text)
AGED_PERSON_RE = re.compile(r"\b(?:[Oo]ne|[Aa]n?|[Aa]nother)\s+(?:\d{1,2}|[a-z]+(?:-[a-z]+)?)[- ]year[- ]old"
                            r"(?:\s+(?:boy|girl|man|woman|pupil|student|care leaver|mother|father|carer))?"
                            r"(?=\s+([a-z]+))")


# a name with the person's age set off after it: 'Kayleigh, now 20, works …', 'Tom Ash, 17, said'
NAME_AGE_RE = re.compile(r"(?<![\w'\u2019])([A-Z][a-z'\u2019-]+(?: [A-Z][a-z'\u2019-]+){0,2}),[ \t]+"
                         r"(?:now[ \t]+|aged[ \t]+)?\d{1,2},[ \t]")


def aged_names(ctx: Context) -> None:
    """A name with an age set off after it ('Kayleigh, now 20, is working …') is a person, and
    the subject a later 'she said' can mean, whatever the NER took a lone first name for."""
    for m in NAME_AGE_RE.finditer(ctx.text):
        at = m.start(1)
        span = ctx.doc.char_span(at, m.end(1), alignment_mode="expand")
        if span is None or ctx.inside_quote(at) or span[0].lower_ in SMALL_CAPITALS \
                or any(t.ent_type_ in ("DATE", "AREA", "COUNCIL") for t in span):
            continue
        if not any(pos == at for pos, _ in ctx.last_person_at):
            ctx.last_person_at.append((at, m.group(1)))
        if span.root.dep_ in ("nsubj", "nsubjpass"):
            ctx.subject_at.add(at)


SMALL_CAPITALS = {"in", "on", "at", "by", "for", "from", "since", "until", "table", "figure", "page",
                  "section", "chapter", "appendix", "paragraph", "the", "and", "but", "of"}


def aged_speakers(ctx: Context) -> None:
    """An unnamed person written as their age and then a reporting verb ('One 12-year-old told
    researchers …'): a later 'she said' can mean them."""
    cues = cue_forms() | {"described", "spoke", "talked"}  # ('… spoke to members. She said')
    taken = {at for at, _ in ctx.last_person_at}
    for m in AGED_PERSON_RE.finditer(ctx.text):
        end = aged_cue(ctx.text, m, cues)
        if end is None or ctx.inside_quote(m.start()) \
                or any(m.start() <= at < m.end() for at in taken):
            continue
        ctx.last_person_at.append((m.start(), ctx.text[m.start():end]))
        ctx.subject_at.add(m.start())


# a short phrase placing an aged person before the verb: 'a 13-year-old in our care wrote',
# 'one 16-year-old from Hull told', 'a 12-year-old at the school said'
AGED_PLACE_RE = re.compile(r"[ \t]+(?:in|from|at|with|of|on)((?:[ \t]+[\w'\u2019-]+){2,5})")


def aged_cue(text: str, m: re.Match[str], cues: frozenset[str]) -> int | None:
    """Where an aged person's phrase ends when a reporting verb follows it, straight away or
    after a short phrase that places them ('a 13-year-old in our care wrote to me')."""
    if m.group(1) in cues:
        return m.end()
    placed = AGED_PLACE_RE.match(text, m.end())
    if placed is None:
        return None
    words = list(re.finditer(r"[\w'\u2019-]+", placed.group(0)))
    cue = next((w for w in words[2:] if w.group(0) in cues), None)
    return None if cue is None else m.end() + len(placed.group(0)[:cue.start()].rstrip())


def titled_surname(ctx: Context, surname: str) -> str:
    """The one full name met with this surname ('Ann Cole' for 'Ms Cole'), else the surname."""
    full = [n for n in ctx.people if n.split()[-1] == surname and len(n.split()) >= 2]
    return full[0] if len(full) == 1 else surname


def seed_genders(ctx: Context) -> None:
    """Which pronoun each surname takes, from the honorifics written before it ('Ms Blake'),
    else from a full name's first name ('Sara Quinn', models/first_names.txt)."""
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
    first_name_genders(ctx)


def first_name_genders(ctx: Context) -> None:
    """'she' for 'Sara Quinn' and 'he' for 'Tom Ebbs' by their first names (for the full name
    only; an honorific on the surname wins, Context.pronoun)."""
    for name in {n for _, n in ctx.last_person_at} | set(ctx.people):
        words = name.split()
        word = first_name_gender(words[0]) if len(words) >= 2 else None
        if word is not None:
            ctx.named_pronoun.setdefault(name, word)  # ('Lisa Grant's son' is a he: KIN_PRONOUNS)


def learn_pronoun(ctx: Context, name: str, word: str) -> None:
    """A 'she said' resolved to a person tells that person's pronoun, where no honorific did.

    'Sam Reid listened while Alex Hale spoke. "We were slow," she said. "It will not happen
    again," he said.': Hale is 'she', so the 'he' is Reid.
    """
    surname = name.split()[-1].lower()
    namesakes = {n for n in ctx.people if n.split()[-1].lower() == surname} - {name}
    if not namesakes:  # (Hillary and Bill Clinton share a surname, not a pronoun)
        ctx.pronoun_of.setdefault(surname, word)
