"""Candidates for a quote's speaker: the Speaker a subject token names, resolving pronouns,
relatives and subjects the parser misplaced.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..pipeline import ent_at
from .context import Context, Speaker
from .cues import ends_mid_sentence, is_cue, relative_head, reported_clause, subject_of, tokens_in
from .names import after_title, body_name_start, clean, full_name, line_left, name_in_phrase, named_person_role, person_ent, place_surname, post_nominal_name, propn_chain
from .roles import SPEECH_NOUNS, aged, anonymous, appositive_person, name_before_role, noun_phrase, one_of, resolve_role_noun, sole_holder, role_chain_person, role_of, speech_owner, statement_owner, the_before, the_titled_role, title_before_name, titled_appositive, titled_person
from .vocabulary import AFTER_WINDOW, DOC_NOUN_RE, KIN_PRONOUNS, MAX_PHRASE_WORDS, ORG_DESCRIPTORS, ORG_HEADS, PRONOUNS, RELATIVES, ROLE_HEADS, SENTENCE_END_RE, SPEAKING_DOCUMENTS, TOPIC_HEADS, person_nouns

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..quotes import QuoteSpan


def focus(ctx: Context, named: list[tuple[int, str]], at: int) -> str:
    """Of the people named in the last sentence that names any, the one a pronoun means.

    A subject before an object or an agent: 'Cllr Baines was asked by Cllr Lord whether the
    centre would close. "No decision has been taken," she said.' is Baines speaking.
    """
    last = named[-1][0]
    span = ctx.doc.char_span(last, last + 1, alignment_mode="expand")
    if span is None:
        return named[-1][1]
    sent_start = span[0].sent.start_char
    subjects = [n for pos, n in named if sent_start <= pos < at and pos in ctx.subject_at]
    return subjects[-1] if subjects else named[-1][1]


# a document speaks in the present: 'It says', 'It states', 'It reads'
DOCUMENT_SAYS_RE = re.compile(r"it\s+(?:says|states|reads|sets out|notes|adds|warns|concludes)\b", re.I)


def resolve_pronoun(ctx: Context, word: str, at: int, exclude: frozenset[str] = frozenset()) -> Speaker:
    """He/she -> the last person named before `at`; it -> the last document named."""
    if word in ("it", "its"):
        reported = last_report(ctx, at)
        things = [(pos, n) for pos, n in ctx.things_at if pos < at]
        if DOCUMENT_SAYS_RE.match(ctx.text, at):  # 'The council adopted the policy. It says:'
            docs = [m for m in DOC_NOUN_RE.finditer(ctx.text, things[-1][0] if things else 0, at)
                    if not ctx.inside_quote(m.start())]
            if docs:  # a document named after the last subject body is what reads in the present
                return Speaker(re.sub(r"^(?:the|this|its|their)\b", "the", docs[-1].group(0), flags=re.I))
        if reported is not None and not reported[1].person \
                and not (things and things[-1][0] > reported[0] and main_subject(ctx, things[-1][0])):
            return reported[1]  # 'The report says …. It warns that …': the body that reports
        if things:  # the last organisation or document that was a subject, unless one
            return Speaker(things[-1][1])  # reported since ('The Ombudsman upheld two. It …')
        hits = [m for m in DOC_NOUN_RE.finditer(ctx.text, 0, at) if not ctx.inside_quote(m.start())]
        if hits:
            return Speaker(re.sub(r"^(?:the|this|its|their)\b", "the", hits[-1].group(0), flags=re.I))
    if word in ("he", "she"):
        named = [(pos, n) for pos, n in ctx.last_person_at if pos < at
                 and ctx.pronoun(n, word) in (word, "?")
                 and n not in exclude]
        if named:
            name = focus(ctx, named, at)
            return Speaker(name, ctx.people.get(name), person=name in ctx.people)
    if word == "they":
        reported = last_report(ctx, at)
        body = later_body(ctx, reported[0] if reported is not None else -1, at)
        if body is not None:  # 'X said …. The council reviewed it. They said …': the council
            return body
        reporter = (reported[1] if reported is not None else None) or last_group(ctx, at)
        if reporter is not None:
            return reporter
    return ctx.last or Speaker(None)


def epithet_person(ctx: Context, subj: Token) -> Speaker | None:
    """The named person a definite epithet refers back to, as news writes it after the name:
    'Grace Mwangi says …. "…," says the mother of three', '"…," the 17-year-old said': an age
    or a kin noun counted by its children ('the father of two'), never an office. The last
    full name before it in this paragraph or the one before, of the epithet's pronoun."""
    doc = subj.doc
    year = subj.i if subj.lower_ == "year" and subj.i + 2 < len(doc) and aged(doc[subj.i + 2]) \
        else subj.i - 2 if aged(subj) else None
    if year is not None:  # the parser hangs 'the 19-year-old' on 'year' or on 'old'
        if year < 3 or doc[year - 1].text != "-" or not doc[year - 2].like_num \
                or doc[year - 3].lower_ != "the":
            return None
        kin = None
    else:
        kin = KIN_PRONOUNS.get(subj.lemma_.lower())
        counted = kin is not None and any(c.dep_ == "prep" and c.lower_ == "of" and any(
            g.dep_ == "pobj" and g.like_num for g in c.children) for c in subj.children)
        if not counted or not any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children):
            return None
    start = recent_start(ctx, subj.idx)
    named = [n for pos, n in ctx.last_person_at if start <= pos < subj.idx and n in ctx.people
             and len(n.split()) >= 2 and (kin is None or ctx.pronoun(n, kin) in (kin, "?"))]
    return Speaker(named[-1], ctx.people.get(named[-1]), person=True) if named else None


def later_body(ctx: Context, after: int, at: int) -> Speaker | None:
    """An organisation or a group of people that was a subject after `after` and before `at`, in
    this paragraph or the one before: a 'they' after it is the body or the group ('Leeds City
    Council reviewed the claim. They said …'), not the last one who spoke before it."""
    start = max(after + 1, recent_start(ctx, at))
    bodies = [(pos, Speaker(n)) for pos, n in ctx.things_at if start <= pos < at
              and main_subject(ctx, pos) and not DOC_NOUN_RE.match(n)]
    group = last_group_at(ctx, at)  # ('X said …. Parents welcomed it. They said …': parents)
    bodies += [group] if group is not None and group[0] >= start else []
    return max(bodies, key=lambda b: b[0])[1] if bodies else None


def main_subject(ctx: Context, at: int) -> bool:
    """Whether the subject at offset `at` is its sentence's own, not one inside what is reported
    ('The review says the board met twice': the board is what the review says)."""
    span = ctx.doc.char_span(at, at + 1, alignment_mode="expand")
    return span is not None and not any(reported_clause(t) for t in [span[0].head, *span[0].head.ancestors])


def recent_start(ctx: Context, at: int) -> int:
    """Where 'this paragraph or the one before' begins, for the text before `at`.

    Paragraphs are set apart by blank lines; a text with none (a PDF's, a pasted page's) sets
    one paragraph on each line, and the one before is the last line with words."""
    para = ctx.text.rfind("\n", 0, at)
    if para <= 0:
        return 0
    if "\n\n" not in ctx.text:
        return ctx.text[:para].rstrip().rfind("\n") + 1
    return ctx.text.rfind("\n\n", 0, para) + 1


def last_group(ctx: Context, at: int) -> Speaker | None:
    """The last plural subject naming people or bodies, in this paragraph or the one before.

    'Ofsted inspectors visited in March. They found that "too many children wait"': a plural
    'they' is the group, as the text names it.
    """
    found = last_group_at(ctx, at)
    return found[1] if found is not None else None


def last_group_at(ctx: Context, at: int) -> tuple[int, Speaker] | None:
    """Where the last group of `last_group` is named, and the group."""
    start = recent_start(ctx, at)
    for tok in reversed(tokens_in(ctx.doc, start, at)):
        subject = tok.dep_ in ("nsubj", "nsubjpass") or tok.dep_ == "ROOT" and any(
            c.dep_ == "acl" and c.i == tok.i + 1 for c in tok.children)  # 'Inspectors visited'
        if subject and tok.tag_ in ("NNS", "NNPS") \
                and not ctx.inside_quote(tok.idx) \
                and tok.lemma_.lower() in person_nouns() | ORG_HEADS:
            return tok.idx, Speaker(noun_phrase(tok))
    return None


ASK_LEMMAS = {"ask", "question", "query", "press", "challenge", "quiz", "probe"}
REPLY_LEMMAS = {"reply", "answer", "respond", "retort", "counter"}


def asker(ctx: Context, at: int) -> str | None:
    """Who asked the last question before `at`, in this paragraph or the one before it.

    'Cllr Briggs asked about funding. "It has been flat," he replied.': whoever 'he' is, he
    is not the one who asked. The subject of 'asked', or the agent of 'was asked by'.
    """
    start = recent_start(ctx, at)
    for tok in reversed(tokens_in(ctx.doc, start, at)):
        if tok.lemma_.lower() not in ASK_LEMMAS or tok.pos_ != "VERB" or ctx.inside_quote(tok.idx):
            continue
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.dep_ == "nsubjpass":  # ('Asked by Cllr Hale whether …, she replied')
            subj = next((g for c in tok.children if c.dep_ == "agent"
                         for g in c.children if g.dep_ == "pobj"), None)
        if subj is not None and subj.lower_ in ("he", "she"):
            # '"Why?" she asked.': the one quoted in this sentence asked
            # (the parser may end the sentence at the quote's '?': its paragraph, then)
            begin = min(tok.sent.start_char, ctx.text.rfind("\n", 0, tok.idx) + 1)
            quoted = [n for pos, n in ctx.last_person_at if begin <= pos < tok.idx]
            return quoted[-1] if quoted else None
        if subj is None or subj.lower_ in PRONOUNS | RELATIVES:
            return None
        return speaker_from_subject(ctx, subj).name
    return None


def last_reporter(ctx: Context, at: int) -> Speaker | None:
    """Who last reported something in this paragraph or the one before, quoted or not.

    'A Kent County Council spokesperson said the total reflected its size. "Our rate is
    below average," they added.': a singular 'they' is an unnamed speaker, and a plural one
    a body ('Inspectors said …'), not the last person quoted further up.
    """
    reported = last_report(ctx, at)
    return reported[1] if reported is not None else None


def last_report(ctx: Context, at: int) -> tuple[int, Speaker] | None:
    """Where the last reporter before `at` is named (its subject's offset), and who it is."""
    cues = (t for t in reversed(tokens_in(ctx.doc, recent_start(ctx, at), at))
            if is_cue(t) and not ctx.inside_quote(t.idx))
    for cue in cues:
        subj = subject_of(cue)
        if subj is None or subj.idx >= at or ctx.inside_quote(subj.idx) \
                or subj.lower_ in PRONOUNS | RELATIVES:
            continue
        if subj.dep_ == "nsubjpass" or reported_clause(cue):
            continue  # 'found Child T had been reported missing': reported, not reporting
        review = review_named(subj)
        speaker = Speaker(review) if review else speaker_from_subject(ctx, subj)
        return (subj.idx, speaker) if speaker.name else None
    return None


def review_named(subj: Token) -> str | None:
    """A subject inside the name of a kind of review stands for the review: in 'A local child
    safeguarding practice review … found', parsed with 'child' as the subject, 'the review'
    reports, not a child."""
    if subj.ent_type_ != "REVIEW_TYPE":
        return None
    ent = ent_at(subj.doc, subj.i)
    return f"the {ent[-1].lower_}" if ent is not None and ent[-1].pos_ == "NOUN" else None


def antecedent_speaker(ctx: Context, rel: Token) -> Speaker:
    """'Ofsted, which said …': the noun the relative pronoun stands for, else unresolved."""
    head = rel.head.head if rel.head.dep_ == "relcl" else None
    if head is None or head.ent_type_ in ("DATE", "TIME") or head.pos_ not in ("NOUN", "PROPN"):
        head = relative_head(rel) or head  # 'a head teacher this morning who said': not the morning
    if head is None or head.pos_ not in ("NOUN", "PROPN"):
        prev = [t for t in rel.doc[max(0, rel.i - 3):rel.i] if not t.is_punct]
        head = prev[-1] if prev and prev[-1].pos_ in ("NOUN", "PROPN") else None
    if head is None or head.lower_ in RELATIVES:
        return Speaker(None)
    return speaker_from_subject(ctx, group_of_place(head) or head)


def group_of_place(tok: Token) -> Token | None:
    """The plural noun whose place a proper noun names: 'mothers near Barra, who …',
    'families in Uist and Barra, who …'. The 'who' is the mothers, not the island."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    prep = tok.head
    if tok.pos_ != "PROPN" or tok.dep_ != "pobj" or prep.dep_ != "prep" \
            or prep.lower_ not in PLACE_PREPOSITIONS:
        return None
    return prep.head if prep.head.tag_ == "NNS" else None


PLACE_PREPOSITIONS = {"in", "on", "near", "from", "across", "around", "at", "throughout"}


def placed(subj: Token, name: Token) -> bool:
    """Whether a capitalised word the NER took for a name is where an unnamed person lives or
    works: the object of a place preposition after the person noun ('a mum in Keighley',
    'a foster carer from Stroud'). Such a speaker is the person as described."""
    prep = name.head
    return anonymous(subj) and name.dep_ == "pobj" and prep.lower_ in PLACE_PREPOSITIONS \
        and (prep.head.i == subj.i or subj in prep.head.ancestors) and name.i > subj.i


BODY_HEADS = ORG_HEADS | {"panel", "group", "network", "forum", "executive", "commission",
                          "office", "agency", "unit", "team", "association", "union"}


def body_name(subj: Token) -> str | None:
    """'The Child Safeguarding Practice Review Panel found': a capitalised name ending in a
    body's head noun names that body, whatever the tags of its words ('Safeguarding' a verb)."""
    if subj.lower_ not in BODY_HEADS or not subj.text[:1].isupper() or subj.ent_type_ == "PERSON":
        return None
    doc = subj.doc
    i = subj.i
    while i > 0 and doc[i - 1].text[:1].isupper() and doc[i - 1].is_alpha \
            and doc[i - 1].pos_ in ("PROPN", "NOUN", "VERB", "ADJ") and "\n" not in doc[i - 1].whitespace_:
        i -= 1
    if i == subj.i or not (i > 0 and doc[i - 1].lower_ == "the"):
        return None  # a lone 'Board', or no 'the' before it: left to the other rules
    return clean(doc[i - 1:subj.i + 1].text)


def role_appositive(subj: Token) -> bool:
    """A name set off by a person's role is a person's, whatever the NER took it for:
    'Kirsteen Dunbar, Locality Manager for Argyll, said'. The name is two or more capitalised
    words, none of them a body's ('Harbour Trust, the lead member, said' is a body)."""
    if subj.pos_ != "PROPN" or not any(c.dep_ == "appos" and c.lower_ in person_nouns() | ROLE_HEADS
                                       for c in subj.children):
        return False
    chain = propn_chain(subj, org_ok=True)
    return chain is not None and chain[1] - chain[0] >= 2 and not any(
        t.lower_ in BODY_HEADS | ORG_DESCRIPTORS for t in subj.doc[chain[0]:chain[1]])


def known_surname(ctx: Context, subj: Token) -> str | None:
    """A lone capitalised word that is the surname of a person named in full, whatever the
    NER made of it ('Donald Trump' earlier, then 'Trump attacked …' tagged an organisation)."""
    if not subj.text[:1].isupper() or not subj.is_alpha or subj.ent_type_ == "PERSON" \
            or subj.pos_ not in ("PROPN", "NOUN") or subj.i == 0:
        return None
    doc = subj.doc
    if any(doc[j].pos_ == "PROPN" for j in (subj.i - 1, subj.i + 1) if 0 <= j < len(doc)):
        return None  # part of a longer name ('Trump Organization')
    names = [n for n in ctx.people if len(n.split()) >= 2 and n.split()[-1] == subj.text]
    return names[0] if len(names) == 1 else None


def described_name(subj: Token) -> Speaker | None:
    """An organisation named after what it is: 'charity Open Doors Trust (Scotland) said',
    'Glasgow-based think tank Civic Futures said'. The name speaks; the description is its role."""
    doc = subj.doc
    if subj.pos_ == "NOUN" and subj.lower_ in ORG_DESCRIPTORS and subj.text.islower():
        head = next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if head is None or head.i > subj.i + 6:
            return None
    elif subj.pos_ == "PROPN" and subj.text[:1].isupper():
        head = subj
    else:
        return None

    def capital(t: Token) -> bool:
        return t.text[:1].isupper() and t.is_alpha and "\n" not in t.whitespace_
    i, end = head.i, head.i + 1
    while i > 0 and capital(doc[i - 1]) and head.i - i < 6:
        i -= 1  # the name's words, whatever their tags ('Step Up Wales')
    while end < len(doc) and doc[end].pos_ == "PROPN" and capital(doc[end - 1]) \
            and capital(doc[end]) and doc[end].i != subj.head.i:
        end += 1  # 'Safe Start Scotland' with 'Scotland' hung off as another appositive
    if doc[i].lower_ in ORG_DESCRIPTORS and (i == 0 or doc[i].is_sent_start) and end - i > 1:
        i += 1  # 'Watchdog Ofsted said' at a sentence's start
    elif i == 0 or doc[i - 1].lower_ not in ORG_DESCRIPTORS or not doc[i - 1].text.islower():
        return None
    left = min(t.i for t in doc[i - 1].subtree if t.i < i) if doc[i - 1].head.i != head.i \
        else min(t.i for t in subj.subtree)
    if head.i >= end or left >= i:
        return None
    return Speaker(clean(doc[i:end].text), clean(doc[left:i].text))


BODY_WORDS = {"panel", "board", "council", "partnership", "ofsted"}  # bodies, not documents


def owned_document(ctx: Context, subj: Token) -> Speaker | None:
    """'its annual reports have said', 'its latest review found': the document of the body
    'its' means (the last organisation named), as 'the Panel's annual reports'. ('Their letter'
    may be the inspectors': people, not a body, so it stays as written.)"""
    if subj.pos_ != "NOUN" or subj.lemma_.lower() not in SPEAKING_DOCUMENTS \
            or subj.lower_ in BODY_WORDS:
        return None
    poss = next((c for c in subj.children if c.dep_ == "poss" and c.lower_ == "its"), None)
    if poss is None:
        return None
    bodies = [(pos, n) for pos, n in ctx.things_at if pos < poss.idx
              and n.split()[-1].lower() not in SPEAKING_DOCUMENTS - BODY_WORDS]
    para = ctx.text.rfind("\n", 0, poss.idx) + 1  # 'The Review Panel (2024) reported …'
    bodies += [(m.start(), m.group(0)) for m in NAMED_BODY_RE.finditer(ctx.text, para, poss.idx)
               if not ctx.inside_quote(m.start())]
    if not bodies:
        return None
    rest = ctx.doc[poss.i + 1:subj.i + 1].text
    return Speaker(f"{max(bodies)[1]}'s {rest}")


# what a person writes or gives that speaks for them: 'Her report concluded', 'his letter said'
PERSONS_WORDS = (SPEECH_NOUNS | SPEAKING_DOCUMENTS | {"submission", "evidence", "foreword", "notes", "audit"}) \
    - BODY_WORDS


def owned_by_person(ctx: Context, subj: Token) -> Speaker | None:
    """'Her report to the board concluded', 'his letter said', 'her written reply stated': the
    person 'his' or 'her' means speaks through what they wrote (a named owner, 'the head's
    report', stays as written, and so does 'its' or 'their' document: a body's or a group's)."""
    if subj.pos_ != "NOUN" or subj.lemma_.lower() not in PERSONS_WORDS:
        return None
    poss = next((c for c in subj.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
    if poss is None:
        return None
    if unnamed_person_before(poss):
        return None  # 'A 13-year-old who asked … before her review told us': hers, not a name's
    word = POSSESSIVE_PRONOUNS[poss.lower_]
    speaker = resolve_pronoun(ctx, word, poss.idx)
    return speaker if speaker.person and speaker.name \
        and ctx.pronoun(speaker.name, word) in (word, "?") else None


AGED_RE = re.compile(r"\b\d{1,2}-year-old\b|\b[a-z]+(?:teen|ty)-year-old\b", re.I)


def unnamed_person_before(tok: Token) -> bool:
    """Whether a person with no name ('a 13-year-old', 'one carer', 'the social worker') comes
    before `tok` in its sentence, so a pronoun there may mean them rather than a name met
    before; a role set beside a name ('the chair, Ann Fox', 'link governor Paul Dunn') is
    the name's."""
    doc, sent = tok.doc, tok.sent
    if AGED_RE.search(doc.text, sent.start_char, tok.idx):
        return True
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in person_nouns() and not beside_name(t)
               for t in doc[sent.start:tok.i])


def beside_name(role: Token) -> bool:
    """Whether a role noun stands beside a name: in it ('link governor Paul Dunn'), before it
    set off ('the chair, Ann Fox') or after it ('Ann Fox, the chair')."""
    return role.dep_ == "compound" or role.head.ent_type_ == "PERSON" \
        or role.dep_ == "appos" and role.head.pos_ == "PROPN" \
        or any(c.dep_ == "appos" and (c.ent_type_ == "PERSON" or c.pos_ == "PROPN") for c in role.children)


# a capitalised body's name: 'the Child Safeguarding Practice Review Panel', 'Leeds City Council'
NAMED_BODY_RE = re.compile(r"\b(?:[Tt]he\s+)?(?:[A-Z][\w'-]*\s+){0,6}(?:Panel|Board|Council|Partnership|"
                           r"Committee|Inspectorate|Trust|Commission|Ofsted|Authority|Service)\b")


def participle_appositive(subj: Token) -> Token | None:
    """The one who speaks when the parser took an opening participle for the subject:
    'Responding, the Head of Service, Leanne Cross, said' ('Responding' the subject, the head
    its appositive)."""
    if subj.tag_ != "VBG" or subj.pos_ != "VERB":
        return None
    return next((c for c in subj.children if c.dep_ == "appos"), None)


def described_member(subj: Token) -> Token | None:
    """The unnamed person a group's name sets off, when the parser took the name for a second
    subject: 'A member of the forum, Voices for Change Leeds, told …' ('Voices' and 'member'
    both subjects of 'told'): the member speaks."""
    if subj.dep_ != "nsubj" or subj.i < 2 or subj.doc[subj.i - 1].text != "," or not body_name_start(subj):
        return None
    return next((c for c in subj.head.children if c.dep_ == "nsubj" and c.i < subj.i
                 and c.pos_ in ("NOUN", "NUM") and c.right_edge.i == subj.i - 2), None)


def speaker_from_subject(ctx: Context, subj: Token) -> Speaker:
    """The Speaker a subject token names."""
    epithet = epithet_person(ctx, subj)  # '"…," said the 19-year-old': the one named before
    if epithet is not None:
        return epithet
    doc = subj.doc
    if subj.lower_ == "year" and subj.i + 2 < len(doc) and aged(doc[subj.i + 2]) and subj.i >= 3 \
            and doc[subj.i - 2].like_num and doc[subj.i - 3].pos_ == "DET":
        return Speaker(doc[subj.i - 3:subj.i + 3].text)  # the parser hung 'the 16-year-old' on 'year'
    subj = described_member(subj) or participle_appositive(subj) or subj
    owner = statement_owner(subj)
    if owner is not None and owner.lower_ not in RELATIVES:
        subj = owner
    council = ent_at(subj.doc, subj.i) if subj.ent_type_ == "COUNCIL" else None
    council = council if council is not None and council[0].lower_ in ("cyngor", "comhairle") else None
    if council is not None:  # 'Cyngor Sir Ynys Môn said': 'Sir' is the county here, not a title
        return Speaker(council.text)
    described = described_name(subj) or owned_document(ctx, subj) or owned_by_person(ctx, subj)
    if described is not None:
        return described
    chained = role_chain_person(ctx, subj) or title_before_name(ctx, subj)
    if chained is not None:
        return chained
    if the_titled_role(subj) and subj.lower_ in person_nouns():
        # 'The Chief Officer, Social Services, said': an office as written, not a name 'Officer'
        return appositive_person(ctx, subj) or resolve_role_noun(ctx, noun_phrase(subj),
                                                                 subj.lower_)
    if subj.lower_ in person_nouns() and subj.ent_type_ == "ORG":
        # 'The Chief Social Work Officer, Iona MacRae, told …': an office the NER took for a body
        for child in subj.children:
            chain = propn_chain(child, org_ok=True) if child.dep_ == "appos" else None
            if chain is not None and chain[1] - chain[0] >= 2 and child.lower_ not in ROLE_HEADS:
                return Speaker(full_name(ctx, subj.doc[chain[0]:chain[1]].text),
                               noun_phrase(subj) or None, person=True)
    if subj.ent_type_ == "ORG" and subj.pos_ == "PROPN" and subj.lower_ in person_nouns() \
            and the_before(subj):
        # 'The Head of Service said' after 'Jo Blake, Head of Service': the NER's body is an
        # office the document gave a person
        holder = resolve_role_noun(ctx, noun_phrase(subj), subj.lower_)
        if holder.person:
            return holder
    body = body_name(subj)
    if body is not None:
        return Speaker(body)
    office_holder = titled_appositive(ctx, subj)
    if office_holder is not None:
        return office_holder
    doc = subj.doc
    left, right = line_left(subj), subj.right_edge.i + 1
    ent = person_ent(subj, left, right) or name_in_phrase(subj, left, right) \
        or post_nominal_name(subj)
    if ent is not None and placed(subj, ent.root):
        ent = None  # 'a mum in Keighley', 'a father from Grimsby': a place, not her name
    if ent is not None and ent.end < len(doc) and place_surname(doc[ent.end]):
        ent = doc[ent.start:ent.end + 1]  # 'Opposition leader Jean Sutton said'
    if ent is not None and ent.end == subj.i and subj.pos_ == "PROPN" and subj.text[:1].isupper() \
            and ent[-1].dep_ == "compound" and ent[-1].head.i == subj.i:
        ent = doc[ent.start:subj.i + 1]  # 'how Sarah Cole described it': the NER stopped at 'Sarah'
    if ent is not None:
        name = full_name(ctx, ent.text)
        return Speaker(name, role_of(subj, ent.start, left) if ent.start > left else
                       role_of(doc[ent.end - 1], ent.start, ent.start), person=True)
    known = known_surname(ctx, subj)
    if known is not None:
        return Speaker(known, ctx.people.get(known), person=True)
    if the_titled_role(subj):  # 'The Head of Service says', 'the Secretary of State said'
        return appositive_person(ctx, subj) or resolve_role_noun(ctx, noun_phrase(subj),
                                                                 subj.lower_)
    chain = propn_chain(subj, org_ok=subj.dep_ == "appos" and named_person_role(subj.head)
                        or role_appositive(subj))
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
    if subj.lower_ == "another" and len(list(subj.subtree)) == 1:
        # 'One social worker said …. Another said …': another of the same
        anon = [n for pos, n in ctx.last_person_at if pos < subj.idx
                and n.lower().startswith(("one ", "a ", "an ")) and len(n.split()) > 1]
        if anon:
            return Speaker("another " + anon[-1].split(" ", 1)[1])
    phrase = noun_phrase(subj)
    if phrase.lower().startswith("the ") and subj.tag_ == "NN":
        titled = titled_person(ctx, subj)
        if titled is not None:
            return titled
    if subj.lower_ in ROLE_HEADS and phrase.lower().startswith("the "):
        return resolve_role_noun(ctx, phrase)
    if subj.lower_ in person_nouns() and phrase.lower().split()[:1] == ["the"] and subj.tag_ == "NN":
        sole = sole_holder(ctx, subj.lower_)  # 'Gail Price, the treasurer, …' / 'the treasurer said'
        if sole is not None:
            return sole
    if re.fullmatch(r"(?:a|an)\s+(?:report|review|inquiry|investigation|audit|inspection)", phrase,
                    re.I):
        return Speaker("the " + phrase.split()[-1].lower())  # 'a review has found': the story's
    if subj.lower_ in TOPIC_HEADS or len(phrase.split()) > MAX_PHRASE_WORDS \
            or SENTENCE_END_RE.search(phrase):
        return Speaker(None)  # a topic or a run of text cannot speak: unresolved beats wrong
    return Speaker(phrase)


POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}


def owner_speaker(ctx: Context, owner: Token) -> Speaker:
    """The Speaker who owns a speech noun: 'Trump's claim', 'his remark', 'a pledge by X'."""
    word = POSSESSIVE_PRONOUNS.get(owner.lower_)
    if word is not None:
        return resolve_pronoun(ctx, word, owner.idx)
    return speaker_from_subject(ctx, owner)


def speech_noun_speaker(ctx: Context, noun: Token) -> Speaker | None:
    """The owner of a speech noun outside quotes, if it names someone."""
    if ctx.inside_quote(noun.idx):
        return None
    owner = speech_owner(noun)
    if owner is None or ctx.inside_quote(owner.idx):
        return None
    if event_issuer(noun, owner):
        return None  # 'X said the vote sent a message that …': X's words, not the vote's
    if owner.lower_ in ("its", "their"):
        whole = owning_subject(noun)  # 'X's letter was mocked for its claim that …'
        if whole is not None:
            return speech_noun_speaker(ctx, whole)
        work = owned_work(noun)  # 'Mr Ure's report was noted for its warning that …'
        if work is not None and not ctx.inside_quote(work.idx):
            speaker = owner_speaker(ctx, work)
            return speaker if speaker.name else None
    speaker = owner_speaker(ctx, owner)
    return speaker if speaker.name else None


def event_issuer(noun: Token, owner: Token) -> bool:
    """Whether the one that 'sent a message' or 'gave a warning' is an event inside what
    someone else reports: in 'Dr Fox said the vote sent a clear message that "…"' the vote is
    no speaker, and the words are Dr Fox's. A person, a body or a document issues its own."""
    verb = noun.head
    if noun.dep_ != "dobj" or owner.head.i != verb.i or owner.dep_ != "nsubj" \
            or owner.pos_ != "NOUN" or owner.ent_type_ not in ("", "DATE", "TIME", "EVENT"):
        return False
    lemma = owner.lemma_.lower()
    if lemma in person_nouns() or lemma in ORG_HEADS or lemma in SPEAKING_DOCUMENTS \
            or owner.lower_ in person_nouns():
        return False
    return any(a.pos_ in ("VERB", "AUX") and is_cue(a) for a in verb.ancestors)


def _earlier_subject(noun: Token) -> Token | None:
    """The subject of the clause a noun hangs in (its verb up to three heads above), when it
    comes before the noun and is another token (spaCy makes a new Token per lookup, so tokens
    are compared by index)."""
    verb = noun.head
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX"):
            break
        verb = verb.head
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj if subj is not None and subj.i < noun.i else None


def owning_subject(noun: Token) -> Token | None:
    """The speech noun that a clause's 'its' points back to: in 'Dr Obi's letter was mocked
    for its claim that …', 'Cllr Reid's speech was praised for their promise …', the claim is
    the letter's, and so its writer's."""
    subj = _earlier_subject(noun)
    if subj is None:
        return None
    owner = speech_owner(subj)
    return subj if owner is not None and owner.lower_ not in ("its", "their") else None


# written works with an author: 'X's report', 'X's book'. What 'its' claim says is the writer's
WRITTEN_WORKS = {"report", "review", "paper", "memo", "memorandum", "article", "book", "essay",
                 "column", "editorial", "op-ed", "blog", "study", "analysis", "survey", "audit",
                 "evaluation", "assessment", "briefing", "note", "foreword", "manifesto", "plan",
                 "proposal", "draft", "thesis", "dossier", "opinion", "judgment", "judgement",
                 "ruling", "post", "podcast", "documentary", "film", "video", "ad", "advert"}


def owned_work(noun: Token) -> Token | None:
    """The author of a written work that is the clause's subject, when 'its' points back to
    the work: in 'Mr Ure's report was noted for its warning that …' the warning is the
    report's, and so its author's. Only a person or body written as the work's possessor."""
    subj = _earlier_subject(noun)
    if subj is None or subj.pos_ != "NOUN" or subj.lemma_.lower() not in WRITTEN_WORKS:
        return None
    owner = next((c for c in subj.children if c.dep_ == "poss"), None)
    return owner if owner is not None and owner.pos_ in ("PROPN", "NOUN") else None


def fragment_root(ctx: Context, span: QuoteSpan) -> Token | None:
    """The token of a quote with the fewest ancestors: where its words hang in the sentence."""
    toks = [t for t in tokens_in(ctx.doc, span.start, span.end) if not t.is_space]
    # (a full stop inside the marks, '"… country."', hangs on the sentence's root: not a word)
    toks = [t for t in toks if not t.is_punct] or toks
    return min(toks, key=lambda t: sum(1 for _ in t.ancestors)) if toks else None


def owned_fragment(ctx: Context, span: QuoteSpan) -> Speaker | None:
    """The owner of the speech noun a quoted fragment completes, below any reporting verb.

    'Politifact checked Trump's claim that there were "thousands of shootings"', 'a pledge by
    Cllr Reid to "clear the backlog"': whoever examines or reports the claim, its words are
    the claimant's.
    """
    if not ends_mid_sentence(ctx.text, span.para_start, span.open_at):
        return None
    tok = fragment_root(ctx, span)
    for _ in range(CLAUSE_LEVELS * 3):
        if tok is None or tok.head.i == tok.i:
            return None
        below, tok = tok, tok.head
        if ctx.inside_quote(tok.idx):
            continue
        if tok.pos_ in ("VERB", "AUX") and is_cue(tok):
            return None  # a verb reports the fragment first
        if below.dep_ == "ccomp" and below.left_edge.lower_ == "that":
            # 'tested the minister's statement that …' with the clause hung on the verb
            noun = next((c for c in tok.children if c.dep_ == "dobj"
                         and c.right_edge.i + 1 == below.left_edge.i), None)
            owned = speech_noun_speaker(ctx, noun) if noun is not None else None
            if owned is not None:
                return owned
        if tok.pos_ == "NOUN":
            if below.dep_ == "prep" and below.lower_ in ("as", "like"):
                return None  # 'described Mr Lake's promise as "a fantasy"': the describer's
            owned = speech_noun_speaker(ctx, tok)
            if owned is not None:
                return owned
    return None


def colon_introducer(ctx: Context, span: QuoteSpan) -> Speaker | None:
    """The owner of a speech noun in the sentence that a colon ends before a quote.

    'On 6 July Cllr Hale made the following comment:', 'It began with this statement by Dr
    Obi:': no reporting verb, but the one who made the comment speaks.
    """
    end = span.open_at
    before = ctx.text[span.para_start:end].rstrip()
    if not before and span.opens_paragraph:
        end = len(ctx.text[:span.para_start].rstrip())
        before = ctx.text[:end]
    if not before.endswith(":"):
        return None
    start = max(ctx.text.rfind("\n", 0, end - 1) + 1, 0)
    cuts = [m.end() for m in SENTENCE_END_RE.finditer(ctx.text, start, end)]
    start = cuts[-1] if cuts else start
    nouns = [t for t in tokens_in(ctx.doc, start, end) if t.pos_ == "NOUN"]
    for noun in reversed(nouns):
        owned = speech_noun_speaker(ctx, noun)
        if owned is not None:
            return owned
    return None


def subject_before_bracket(ctx: Context, cue: Token) -> Token | None:
    """'The inspector's letter (see Appendix A) states:', 'The board's minutes (item 4)
    record:': a bracket between the subject and its reporting verb, which the parser then reads
    as a noun with no subject; the phrase before the bracket is the subject."""
    doc = cue.doc
    if cue.i < 3 or doc[cue.i - 1].text != ")":
        return None
    opener = next((t for t in reversed(doc[cue.sent.start:cue.i - 1]) if t.text in "()"), None)
    if opener is None or opener.text != "(" or opener.i == cue.sent.start:
        return None
    head = doc[opener.i - 1]
    return head if head.pos_ in ("NOUN", "PROPN") and not ctx.inside_quote(head.idx) else None


CLAUSE_LEVELS = 4  # verbs climbed from a quoted fragment to the clause that holds it


def clause_subject(ctx: Context, span: QuoteSpan) -> Speaker | None:
    """The subject of the clause a quoted fragment sits in, when no reporting verb says who.

    'Cllr Ann Hale slammed the "shameful" delays', 'Trump tweeted that she was "a con"': the
    one the sentence is about is the one whose words are quoted.
    """
    if not ends_mid_sentence(ctx.text, span.para_start, span.open_at):
        return None
    # the fragment's root: a comma inside the closing mark ('about "the cost," the room …')
    # hangs on the next clause, and is no word of the fragment
    tok = fragment_root(ctx, span)
    if tok is None:
        return None
    for _ in range(CLAUSE_LEVELS * 3):
        if tok.head.i == tok.i:
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


APPOSITIVE_WORDS = 14  # tokens of a role set off between a name and its cue


def name_before_appositive(ctx: Context, cue: Token) -> Token | None:
    """The name before a role set off by commas right before a cue the parser gave no
    subject: 'Dr Ann Fox, the county lead for the scheme, said' (not 'the scheme'). The role
    opens on a determiner, a possessive or a noun and names no person of its own."""
    j = set_off_start(cue, APPOSITIVE_WORDS)
    if j is None:
        return None
    doc = cue.doc
    name, opener, role = doc[j - 1], doc[j + 1], doc[j + 1:closing_comma(cue)]
    if ctx.inside_quote(name.idx) or not (name.ent_type_ == "PERSON" and name.pos_ == "PROPN"
                                          or after_title(name)) \
            or opener.lower_ in RELATIVES or opener.pos_ not in ("DET", "NOUN", "PROPN", "ADJ", "PRON") \
            or any(t.ent_type_ == "PERSON" or t.text in ";:()" or t.is_quote for t in role):
        return None
    return name


CUE_ADVERBS = 2  # adverbs between a set-off phrase's closing comma and its cue


def closing_comma(cue: Token) -> int:
    """Where the comma closing a phrase set off before a cue stands: right before the cue or
    before the adverbs that lead it ('X, the chair, firmly told')."""
    doc = cue.doc
    i = cue.i - 1
    while i > cue.i - 1 - CUE_ADVERBS and i > 0 and doc[i].pos_ == "ADV" and doc[i].is_alpha:
        i -= 1
    return i


def set_off_start(cue: Token, most: int) -> int | None:
    """The comma opening a phrase set off by commas that ends right before a cue ('X, …,
    said', 'X, …, firmly told'), within `most` tokens and the cue's sentence, with a word
    before it."""
    doc = cue.doc
    i = closing_comma(cue)
    if i < 2 or doc[i].text != ",":
        return None
    return next((j for j in range(i - 1, max(cue.sent.start, i - most) - 1, -1)
                 if doc[j].text == "," and j > 0), None)


CLOSING_MARKS = "\"\u201d\u2019'"


def subject_after(ctx: Context, cue: Token) -> Token | None:
    """The noun after a cue that opens its line or follows a quote's closing mark, the subject
    parsed as an object: a quote set apart above its attribution ('"…,"' / 'added Cllr Tom Reed,
    the lead member.'), or a short quote the parser took for the subject ('"Seven," repeated
    Cllr Ann Hale', the name its object)."""
    line_start = ctx.text.rfind("\n", 0, cue.idx) + 1
    lead = ctx.text[line_start:cue.idx].rstrip().rstrip(",")
    end = line_start + len(lead)  # just after the closing mark, if a quote ends the lead
    if lead and not (lead[-1] in CLOSING_MARKS and ctx.inside_quote(end - 2)):
        return None
    return next((c for c in cue.rights if c.dep_ in ("nsubj", "dobj", "attr")
                 and c.pos_ in ("NOUN", "PROPN") and not ctx.inside_quote(c.idx)), None)


ASIDE_WORDS = 25  # tokens of a comma aside between a subject and its cue


def subject_before_aside(ctx: Context, cue: Token) -> Token | None:
    """The noun before a comma aside the parser read as the cue's clause.

    'One mother, whose son suffered a fractured skull in 2023, said …': with 'suffered' taken
    as the clause that is said, 'said' has no subject; the noun before the aside speaks.
    """
    j = set_off_start(cue, ASIDE_WORDS)
    if j is None:
        return None
    noun, opener = cue.doc[j - 1], cue.doc[j + 1]
    if noun.pos_ not in ("NOUN", "PROPN") or ctx.inside_quote(noun.idx) \
            or opener.lower_ not in RELATIVES | {"whose", "aged", "now", "herself", "himself"} \
            and opener.pos_ != "NUM":
        return None
    return noun


def hung_subject(cue: Token) -> str | None:
    """A subject the parser hung off the cue as modifiers ('One 13-year-old wrote:')."""
    if not cue.doc.has_annotation("SENT_START"):
        return None  # a paragraph the statistical parse skipped has no sentences to read
    sent_start = cue.sent.start
    words = [t for t in cue.doc[sent_start:cue.i] if not t.is_space]
    if not 1 <= len(words) <= 6 or any(t.is_punct and t.text not in "-\u2013" for t in words) \
            or words[0].pos_ not in ("NUM", "DET", "ADJ") \
            or any(not (sent_start <= t.head.i <= cue.i) for t in words):
        return None
    return clean(cue.doc[words[0].i:cue.i].text) or None
