"""Cues: the reporting verb of a quote (after it, before it, or ending the paragraph before)
and the verb's subject.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, cast

from ..pipeline import ent_at
from .context import Context
from .names import after_title, bracketed, name_set_off_before, propn_chain
from .vocabulary import AFTER_WINDOW, NAME_TITLES, RELATIVES, SENTENCE_END_RE, SHORT_CUE_WORDS, STRONG_CUES, TAIL_WORDS, cue_forms, person_nouns

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..quotes import QuoteSpan


# forms of verbs that report only with a clause of what is granted ('accepted that …')
THAT_CUES = {"accept", "accepted", "accepts", "accepting"}


# a year or a period after a document's 'of'/'for': '2026', '2024-25', '2025/26'
PERIOD_TOKEN_RE = re.compile(r"(?:19|20)\d\d(?:[/\u2013-]\d{2,4})?|\d{1,2}(?:st|nd|rd|th)?")
# documents that speak besides SPEAKING_DOCUMENTS' ('the guidance of 1 May 2026 states')
DATED_DOCUMENTS = {"guidance", "account", "minutes", "note", "update", "memo", "circular", "profile",
                   "report", "review", "inspection", "audit", "letter", "statement", "assessment",
                   "evaluation", "briefing", "strategy", "plan", "judgment", "judgement", "survey"}
DATED_PREPS = {"of", "for", "dated", "from"}


def dated_document(verb: Token) -> Token | None:
    """The document noun of 'the Home Office letter of 12 May 2026 states', 'the trust's
    annual report for 2025/26 says': a reporting verb right after a document and its date,
    however the parser took the verb (often as a plural noun, '2026 states'). The document
    speaks, not its date."""
    if verb.lower_ not in cue_forms():
        return None
    doc = verb.doc
    j = verb.i - 1
    while j >= 0 and (doc[j].ent_type_ == "DATE" and doc[j].text not in ",.;:"
                      or PERIOD_TOKEN_RE.fullmatch(doc[j].text)):
        j -= 1
    if j == verb.i - 1 or j < 1 or doc[j].lower_ not in DATED_PREPS:
        return None
    noun = doc[j - 1]
    return noun if noun.pos_ == "NOUN" and noun.lemma_.lower() in DATED_DOCUMENTS else None


def document_phrase(noun: Token) -> str:
    """A document noun with the words before it that name it ('the Home Office letter', 'the
    council's annual report')."""
    return noun.doc[document_start(noun):noun.i + 1].text


def document_start(noun: Token) -> int:
    """Where the words naming a document begin (a body's name in them kept whole: 'the
    Department for Education letter')."""
    doc = noun.doc
    left = noun.i
    while left > 0 and not doc[left - 1].is_punct and "\n" not in doc[left - 1].whitespace_:
        prev = doc[left - 1]
        if prev.ent_type_ and prev.ent_type_ not in ("DATE", "TIME", "CARDINAL", "PERSON"):
            left = cast("Span", ent_at(doc, prev.i)).start
        elif prev.dep_ in ("det", "poss", "compound", "amod", "case", "nmod"):
            left -= 1
        else:
            break
    return left


def is_cue(tok: Token) -> bool:
    """Whether a token is a reporting verb used as a verb."""
    if tok.pos_ != "VERB" and dated_document(tok) is not None:
        return True  # 'the letter of 12 May 2026 states' with 'states' taken for a noun
    if tok.lower_ in ("put", "puts"):  # 'as one parent put it:'
        return tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ == "it"
    if tok.lemma_.lower() in READ_LEMMAS:  # 'Let me read it out:', 'I'll read from the plan:'
        return tok.pos_ == "VERB" and tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ in READ_NEXT \
            and any(c.dep_ == "nsubj" and c.lower_ in ("i", "we", "me", "us")
                    for c in (tok.head if tok.dep_ == "xcomp" else tok).children)
    if tok.lemma_.lower() in SPEAKS_OF_LEMMAS:  # 'X spoke of “…”', 'went on about “…”'
        return tok.pos_ == "VERB" and speaks_of(tok)
    if tok.lower_ in THAT_CUES and not grants_clause(tok):
        return False  # 'she accepted that …' reports; 'the board accepted the plan' does not
    if tok.lower_ not in cue_forms() or tok.ent_type_ or (tok.pos_ == "PROPN"
                                                          and tok.text[:1].isupper()):
        return False  # 'the United States would …': part of a name
    if tok.dep_ in ("amod", "compound", "nmod") and tok.head.pos_ in ("NOUN", "PROPN"):
        return False  # 'warning signs', 'the reported incidents': a modifier, not a verb
    # 'sub-group comments:' tagged a noun is a cue; 'wrote in the report:' ends on an object
    before_colon = tok.i + 1 < len(tok.doc) and tok.nbor(1).text == ":" \
        and tok.dep_ not in ("pobj", "dobj", "poss")
    return tok.lower_ in STRONG_CUES or tok.pos_ in ("VERB", "AUX") or before_colon


# verbs of speaking that report words only through a preposition right before the quoted words
# ('The leader spoke of “a hard year”', 'talked about “…”', 'referred to “…”', 'went on about
# “…”'); 'spoke at the meeting' or 'talked to staff' reports nothing
SPEAKS_OF_LEMMAS = {"speak", "talk", "refer", "go"}
SPEAKS_OF_WORDS = {"speak": ("of", "about"), "talk": ("of", "about"), "refer": ("to",),
                   "go": ("on about",)}
OPENING_MARKS = "\"\u201c\u2018'"


def speaks_of(tok: Token) -> bool:
    """Whether a verb of speaking is followed by its preposition and an opening quote mark,
    and the words quoted are no title ('talked about “Working Together to Safeguard
    Children”': a work spoken about, not words spoken)."""
    from ..quotes import SMALL_WORDS

    text = tok.doc.text
    at = tok.idx + len(tok.text)
    m = next((m for word in SPEAKS_OF_WORDS[tok.lemma_.lower()]
              if (m := re.compile(rf"[ \t]+{word}[ \t]+[{OPENING_MARKS}]").match(text, at)) is not None), None)
    if m is None:
        return False
    words = [w for w in re.findall(r"[^\W\d_]+", text[m.end():m.end() + 60])[:6]
             if w.lower() not in SMALL_WORDS]
    return not (len(words) >= 2 and all(w[:1].isupper() for w in words))


# verbs of reading a document's words out besides 'quote' (a reporting verb already): the reader
# only reads, the document speaks (attribution.read_out), so they count only after a first person
# and before what is read ('read it out', 'read from the plan', 'read you a line')
READ_LEMMAS = {"read", "cite", "recite"}
READ_NEXT = {"it", "this", "from", "out", "you", "aloud"}

PHRASE_WORDS = 5  # words of a phrase between 'accepted' and its clause: 'in oral evidence'


def grants_clause(verb: Token) -> bool:
    """Whether a verb like 'accepted' has a clause of what is granted: its own ('accepted that
    …'), or one after a short phrase ('accepted in evidence that …', 'accepted under
    questioning that …'), however the parser hung that clause."""
    if any(c.dep_ == "ccomp" for c in verb.children):
        return True
    doc = verb.doc
    if verb.i + 1 >= len(doc) or doc[verb.i + 1].pos_ != "ADP":
        return False
    for tok in doc[verb.i + 2:verb.i + 2 + PHRASE_WORDS]:
        if tok.lower_ == "that" and tok.dep_ == "mark":
            return True
        if tok.pos_ in ("VERB", "AUX") or tok.is_punct:
            return False
    return False


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
        if not ended or not short or reports_own_clause(short[0]) \
                or ctx.text[:end].rstrip().endswith("?"):
            return None  # ('A care leaver added:' introduces the next quote; 'What do you
            # say?' asks about it)
    near = next((t for t in toks[:AFTER_WINDOW] if is_cue(t) and not subordinate(t)), None)
    dated = next((t for t in toks if dated_document(t) is not None), None)
    if dated is not None and document_start(dated_document(dated)) - toks[0].i > 2:  # type: ignore[arg-type]
        dated = None  # ('"…," the council's report for 2025 states': the report closes the quote)
    return near or tail_cue(ctx, toks) or far_cue(span, toks) or dated


SUBORDINATORS = {"when", "while", "as", "because", "after", "before", "since", "until", "if",
                 "whereas", "although", "though"}


def subordinate(cue: Token) -> bool:
    """Whether a cue heads a clause of time or reason ('…," when Clinton blasted him'): it tells
    what else happened, not who said the quote before it."""
    doc = cue.doc
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in SUBORDINATORS and c.i < cue.i
               and not any(t.is_quote for t in doc[c.i:cue.i])
               and not (c.lower_ == "as" and says_the_quote(cue))
               for c in cue.children)  # ('"I came because …," she said': the quote's own)


def says_the_quote(cue: Token) -> bool:
    """Whether an 'as' clause's cue has nothing said of its own, so the quote before it is what
    it says: '"…", as one grandmother told me', 'as Ann Cole said' (but not 'as the council
    announced the cuts', 'as she told them that …')."""
    return not any(c.dep_ in ("ccomp", "xcomp") or c.dep_ == "dobj" and c.pos_ == "NOUN"
                   and cue.lemma_.lower() != "tell"  # ('told the meeting': whom, not what)
                   and c.lemma_.lower() not in person_nouns() for c in cue.children)


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
    Oklahoma, one of the states suing, said.', '"…," the charity's chief executive, Leon
    Barr, said.' Its subject's phrase lies between quote and cue, opening right after the quote."""
    for tok in toks:
        if is_cue(tok) and not subordinate(tok):
            subj = subject_of(tok)
            phrase = subj.head if subj is not None and subj.dep_ == "appos" else subj
            if subj is not None and phrase is not None and span.close_end <= subj.idx < tok.idx \
                    and phrase.right_edge.i < tok.i and (phrase.left_edge.i - toks[0].i <= 2
                                                         or role_set_off(toks[0], phrase.left_edge)):
                return tok
    return None


ROLE_WORDS = 8  # words of a role set off before a name: 'the committee's vice-chair,'


def role_set_off(first: Token, name: Token) -> bool:
    """Whether the words from `first` to the name starting at `name` are a role set off by a
    comma ('the committee's vice-chair, Cllr Nadia Iqbal'), however the parser hung them."""
    doc = first.doc
    between = doc[first.i:name.i]
    return 0 < len(between) <= ROLE_WORDS and between[-1].text == "," \
        and not any(t.pos_ in ("VERB", "AUX") or t.is_quote for t in between)


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
    cue = next((t for t in tail if is_cue(t) and not subordinate(t)), None)
    if cue is None or not any(t.dep_ in ("nsubj", "nsubjpass") for t in cue.children):
        return None
    return cue


def cue_before(ctx: Context, start: int, end: int) -> Token | None:
    """The cue nearest the quote in the sentence before it ('X told the group:')."""
    region = ctx.text[start:end]
    cuts = [m.end() for m in SENTENCE_END_RE.finditer(region)]
    begin = start + (cuts[-1] if cuts else 0)
    toks = [t for t in tokens_in(ctx.doc, begin, end) if not ctx.inside_quote(t.idx)]
    cues = [t for t in toks if is_cue(t) and not asks_who(t)]
    # a reader's aside ('and I quote') gives way to the verb it interrupts, if there is one
    cues = [t for t in cues if not quoting_aside(t)] or cues[-1:]
    for k in range(len(cues) - 1, 0, -1):
        if not reported_by(cues[k], cues[:k]):
            return hearer_clause_owner(ctx, cues[k], end) or cues[k]
    return cues[0] if cues else None


# verbs that tell a hearer something: 'X told a father who … that "…"'
TELLING_LEMMAS = {"tell", "remind", "assure", "reassure", "inform", "warn", "promise", "advise"}


def hearer_clause_owner(ctx: Context, cue: Token, open_at: int) -> Token | None:
    """The telling verb whose hearer a cue's relative clause describes, when that clause has
    said its own piece before the quote: 'Dr Fox told a father who said that nobody listened
    that "…"', 'X reminded a resident who complained about the bins that "…"'. The quote is
    what was told; the hearer's clause is over."""
    hearer = cue.head
    teller = hearer.head
    if cue.dep_ != "relcl" or hearer.dep_ not in ("dobj", "dative") or teller.i >= cue.i \
            or teller.lemma_.lower() not in TELLING_LEMMAS or not is_cue(teller) \
            or not any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in cue.children):
        return None
    between = [t for t in tokens_in(ctx.doc, cue.idx + len(cue.text), open_at)
               if not t.is_space and not t.is_punct]
    if not between or between[-1].lower_ != "that" or len(between) < 2:
        return None  # ('told a father who said that "…"': his words)
    return teller


ASIDE_OBJECTS = {"it", "them", "him", "her", "this", "that"}


def quoting_aside(cue: Token) -> bool:
    """Whether a cue is the reader's own aside before words read out: 'the report says – and
    I quote – "…"', 'she said, and I'm quoting her, "…"', 'it found – to quote it – "…"'.
    The one who quotes only reads the words; the verb before the aside says who speaks."""
    if cue.lemma_.lower() != "quote" or not cue.i or any(
            c.dep_ == "dobj" and c.lower_ not in ASIDE_OBJECTS or c.dep_ == "prep" and c.lower_ == "from"
            for c in cue.children):
        return False
    before = [t.lower_ for t in cue.doc[max(cue.i - 3, 0):cue.i]]
    while before and before[-1] in ("'m", "\u2019m", "am", "are", "'re", "\u2019re", "was"):
        before.pop()  # 'I'm quoting', 'we are quoting'
    return bool(before) and before[-1] in ("i", "we", "to")


def asks_who(cue: Token) -> bool:
    """Whether a cue sits in an embedded question ('learned who had written the song'): it
    asks who did it, it does not say who speaks. A relative clause ('Ofsted, which said:')
    still reports, also when the parser hung it on the verb because a phrase of time parts
    it from its noun ('I met a carer last week who said …')."""
    return cue.dep_ != "relcl" and any(c.dep_ in ("nsubj", "nsubjpass")
                                       and c.lower_ in ("who", "what", "whoever")
                                       and relative_head(c) is None
                                       for c in cue.children)


def relative_head(rel: Token) -> Token | None:
    """The person noun a 'who' stands for when it follows that noun at once, or after a phrase
    of time ('a carer last week who', 'a manager a month ago who'): a relative, not a question."""
    if rel.lower_ != "who":
        return None
    i = rel.i - 1
    doc = rel.doc
    while i >= 0 and rel.i - i <= TIME_WORDS and (
            doc[i].ent_type_ in ("DATE", "TIME") or doc[i].lower_ == "ago"
            or doc[i].pos_ == "ADP" and doc[i + 1].ent_type_ in ("DATE", "TIME")):  # 'on Monday'
        i -= 1
    if i < 0 or doc[i].pos_ not in ("NOUN", "PROPN") or doc[i].ent_type_ in ("DATE", "TIME"):
        return None
    return doc[i] if doc[i].pos_ == "PROPN" or doc[i].lemma_.lower() in person_nouns() else None


TIME_WORDS = 5  # words of a time phrase between a noun and its 'who': 'the week before last'


def says_nobody(cue: Token) -> bool:
    """Whether a cue names no one who speaks: a passive without 'by' ('the letters were
    written', 'families had been promised') or a gerund standing as a noun ('complaining
    could …')."""
    if cue.dep_ in ("csubj", "csubjpass") or cue.tag_ == "VBG" and cue.dep_ == "nsubj":
        return True
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in cue.children)
    return passive and not any(c.dep_ == "agent" for c in cue.children)


# a group that a speaker speaks for when she reports what it did: 'she added that the team
# had found "…"' is her account of her team's work, in her words
OWN_GROUPS = {"team", "colleague"}


def own_group(subj: Token | None) -> bool:
    """Whether a subject is the reporting speaker's own team: 'the team', 'her team', 'his
    colleagues' (a review or a body that finds is a source of its own, and stays one)."""
    return subj is not None and subj.lemma_.lower() in OWN_GROUPS and any(
        c.dep_ in ("det", "poss") and c.lower_ in ("the", "her", "his", "their", "our", "my")
        for c in subj.children)


QUESTION_WORDS = {"how", "why", "when", "where", "whether"}


def asked_about(cue: Token) -> bool:
    """Whether a cue heads an embedded question ('said the review changed how the ward responds
    to falls', 'explained why the board writes to schools'): what is told about, not a speech."""
    return any(c.dep_ in ("advmod", "mark") and c.lower_ in QUESTION_WORDS and c.i < cue.i
               for c in cue.children)


def reported_by(cue: Token, earlier: list[Token]) -> bool:
    """Whether `cue` names nobody and sits inside what an earlier cue of its sentence reports.

    'Her partner said the letters were written "for lawyers"': the partner's words, not a
    writer's; 'X said he had been warned by a nurse that complaining could "…"': the nurse
    warned, so the warning (with its agent) stays the cue.
    """
    subj = subject_of(cue)
    if not says_nobody(cue) and not own_group(subj) and not asked_about(cue) and subj is not None:
        return False  # ('described the experience of reporting her son missing': nobody reports)
    heads = {t.i for t in cue.ancestors}
    return any(e.i in heads and subject_of(e) is not None for e in earlier)


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


CLIMB = 5  # clauses climbed to a subject ('X was defensive when forced to defend not paying …')


def after_restrictive_relative(verb: Token) -> bool:
    """Whether a participle hangs, after a comma, on a relative clause that defines its noun
    (no comma before the relative: 'a builder who said he was owed, saying …')."""
    rel = verb.head
    if rel.dep_ != "relcl" or not verb.i or verb.nbor(-1).text != ",":
        return False
    first = rel.left_edge.i
    return first > 0 and rel.doc[first - 1].text != "," and rel.doc[first].lower_ in RELATIVES


def subject_of(verb: Token) -> Token | None:
    """The subject of a reporting verb, climbing through conjoined or open clauses."""
    tok = verb
    if verb.tag_ == "VBG" and verb.dep_ == "acl" and verb.head.pos_ in ("PROPN", "NOUN") \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return verb.head  # 'footage of Mr Hale saying, "…"': the one shown saying it
    prev = verb.nbor(-1) if verb.i else None
    if prev is not None and prev.lower_ == "to" and prev.dep_ == "aux" and verb.dep_ == "advcl" \
            and verb.head.dep_ == "relcl" and verb.head.head.pos_ in ("NOUN", "PROPN"):
        return verb.head.head  # 'One mother we spoke to said': a relative's stranded 'to' read as the cue's
    if verb.tag_ == "VBG" and prev is not None and prev.dep_ == "pobj" \
            and prev.head.lower_ == "of" and prev.pos_ in ("PROPN", "NOUN"):
        return prev  # the same, with the participle hung on the main verb
    if verb.tag_ == "VBG" and verb.dep_ == "advcl" and after_restrictive_relative(verb):
        # 'X defended not paying a builder who said he was owed, saying, "…"': a participle set
        # off after a relative clause that defines its noun belongs to the main clause
        tok = verb.head.head
        while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
            tok = tok.head
    elif verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj"):
        # 'X said the panel would meet, adding that …': the one who said adds
        head = verb.head
        while head.dep_ in ("ccomp", "conj") and not is_cue(head) and head.head.i != head.i:
            head = head.head
        if head.i != verb.head.i and is_cue(head):
            tok = head
    if verb.dep_ == "conj" and reported_clause(verb.head) and is_cue(verb.head.head) \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        tok = verb.head.head  # 'X wrote that the plan was "a shambles" and asked …': X asks
    for _ in range(CLIMB):
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        # '… polls that he claimed …': the parser may give a relative and a real subject
        subj = [c for c in subj if c.lower_ not in RELATIVES] or subj
        # 'The chair's statement (Appendix 1) notes:': a bracketed cross-reference is no subject
        subj = [c for c in subj if not bracketed(c)]
        if subj:
            # 'Lead member for … Cllr Daniel Fairbrother said': the name, not the role
            named = [c for c in subj if propn_chain(c) is not None or after_title(c)]
            set_off = name_set_off_before(tok) if not named else None
            if set_off is not None and subj[0].i < set_off.i and set_off.head.i != subj[0].i \
                    and subj[0].lower_ not in RELATIVES:
                return set_off  # 'The worker who visited her, Ms Eira Pugh, told …'
            return (named or subj)[0]
        if tok.dep_ in ("conj", "xcomp", "advcl") or tok.dep_ == "acomp" and tok.i != verb.i:
            tok = tok.head  # ('X is due to tell', 'X is keen to stress': the copula's subject)
        elif tok.dep_ == "pcomp" and tok.head.dep_ == "prep":
            tok = tok.head.head  # 'X sings … before asking her, "…"'
        elif tok.dep_ == "pcomp" and tok.head.dep_ == "conj" and tok.head.pos_ == "ADP":
            # '… for his tone and for saying that …': the preposition conjoined to the first
            head = tok.head
            while head.pos_ == "ADP" and head.dep_ in ("prep", "conj") and head.head.i != head.i:
                head = head.head
            tok = head
        else:
            break
    return None


def reported_clause(verb: Token) -> bool:
    """Whether a verb heads a clause that is reported ('[said] that she was …')."""
    return verb.dep_ == "ccomp" or verb.dep_ == "advcl" and any(
        c.lower_ == "that" and c.dep_ in ("mark", "advmod") for c in verb.children)


def find_cue(ctx: Context, spans: list[QuoteSpan], k: int) -> Token | None:
    """The cue token for quote `k`: after it, before it, or ending the paragraph before."""
    span = spans[k]
    nxt = spans[k + 1].open_at if k + 1 < len(spans) and spans[k + 1].para_start == span.para_start \
        else run_on_end(ctx, span)
    prev = spans[k - 1].close_end if k and spans[k - 1].para_end >= span.open_at else span.para_start
    prev = max(prev, span.para_start)
    before = cue_before(ctx, prev, span.open_at) if prev < span.open_at else None
    # a fragment inside a reported sentence takes the verb that introduces it
    # ... and 'X said: "…"' is X's, whatever the next sentence reports ('Y agreed and said …')
    lead = ctx.text[prev:span.open_at].rstrip()
    introduced = lead.endswith(":") or lead.endswith(",") and before is not None \
        and cue_leads(ctx, before, span.open_at)
    cue = before if before is not None and (introduced or ends_mid_sentence(ctx.text, prev,
                                                                            span.open_at)) \
        else cue_after(ctx, span, nxt) or before
    if cue is None and span.opens_paragraph:
        cue = previous_paragraph_cue(ctx, span)
    return cue


def run_on_end(ctx: Context, span: QuoteSpan) -> int:
    """Where the text that can close a quote ends: its paragraph, or the next one when the
    quote ends its paragraph and the next goes on in lower case (a block quote
    and its attribution set apart: '"…,"' / 'said Ann Cole, the chair.')."""
    if not span.closed or ctx.text[span.close_end:span.para_end].strip():
        return span.para_end
    m = re.compile(r"\s*([a-z])[^\n]*").match(ctx.text, span.para_end)
    return m.end() if m else span.para_end


LEAD_WORDS = 5  # words between a cue and the quote it leads: 'told the full council, "…"'


def cue_leads(ctx: Context, cue: Token, open_at: int) -> bool:
    """Whether only a comma, or a short object and a comma, stand between a cue and a quote.

    'X, the editor, said, "if he had …" and stuck to one genre', 'X told the panel, "…," and
    officers wrote …': the cue right before the quote is its cue, not a verb after it.
    """
    between = [t for t in tokens_in(ctx.doc, cue.idx + len(cue.text), open_at) if not t.is_space]
    return len(between) <= LEAD_WORDS and between[-1:] != [] and between[-1].text == "," \
        and not any(t.pos_ in ("VERB", "AUX") for t in between)


def according_to(ctx: Context, span: QuoteSpan) -> Token | None:
    """The source of 'according to the review' in the quote's own sentence, before or after it;
    or the source a colon's lead names: 'straight from the minutes: "…"', 'in the words of
    the inspectors: "…"'."""
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
            return named_role(source) or source
    return source_phrase(ctx, begin, span)


def reporter_of(verb: Token) -> Token | None:
    """Who reports what a verb's clause says: the subject of the cue the clause is said by
    ('X said parents call it …'), the source of an 'according to' on it ('According to X,
    parents call it …') or the subject of a cue set in it ('Parents, X said, call it …')."""
    if verb.dep_ == "ccomp" and is_cue(verb.head):
        return subject_of(verb.head)
    source = next((g for c in verb.children if c.lower_ == "according"
                   for to in c.children if to.lower_ == "to"
                   for g in to.children if g.dep_ == "pobj"), None)
    if source is not None:
        return named_role(source) or source
    aside = next((c for c in verb.children if c.dep_ == "parataxis" and is_cue(c)), None)
    return subject_of(aside) if aside is not None else None


def named_role(role: Token) -> Token | None:
    """The name set off after a role noun however the parser hung it: 'according to the
    director, Amir Khan, "…"' (Khan, not the director); the role may carry an 'of' or 'for'
    phrase before the comma ('according to the council's director of children's services, Jane
    Doe,', 'was told by the head of virtual school, Olu Adeyemi,')."""
    doc = role.doc
    comma = max([role.i] + [c.right_edge.i for c in role.children
                            if c.dep_ == "prep" and c.lower_ in ("of", "for") and c.i > role.i]) + 1
    if role.lower_ not in person_nouns() or comma + 1 >= len(doc) or doc[comma].text != ",":
        return None
    start = comma + 1
    while start + 1 < len(doc) and doc[start].lower_.rstrip(".") in NAME_TITLES:
        start += 1  # 'the chair of the committee, Cllr Ann Hale,'
    name = ent_at(doc, start)
    if name is not None and name.label_ != "PERSON" and name.start in (comma + 1, start):
        # 'the independent chair, Aoife Ni Bhriain,': a name set off by commas after a
        # role, whatever the NER took it for
        end = name.end
        if end < len(doc) and doc[end].text == "," and name.end - name.start >= 2 \
                and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in (name[0], name[-1])):
            return name[-1]
    if name is None or name.label_ != "PERSON" or name.start != start:
        return None
    return name[-1]


def role_of_name(name: Token) -> Token | None:
    """The role noun a name is set off after (named_role the other way round)."""
    ent = ent_at(name.doc, name.i)
    if ent is None or ent.start < 2:
        return None
    role = name.doc[ent.start - 2]
    for _ in range(3):  # 'the director of children's services, Jane Doe': up the 'of' phrase
        named = named_role(role)
        if named is not None and named.i == name.i:
            return role
        if role.dep_ != "pobj" or role.head.dep_ != "prep":
            return None
        role = role.head.head
    return None


SOURCE_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"}


def source_phrase(ctx: Context, begin: int, span: QuoteSpan) -> Token | None:
    """Where the words come from, as a lead into the quote says: a 'from' phrase ending right
    at the colon ('Copied straight from the review: "…"', 'An extract from the minutes: "…"')
    or 'in the words of X' ('In the words of one inspector, "…"')."""
    lead = ctx.text[begin:span.open_at].rstrip()
    toks = [t for t in tokens_in(ctx.doc, begin, begin + len(lead))
            if not t.is_space and not ctx.inside_quote(t.idx)]
    for tok in toks:
        if tok.lower_ == "words" and tok.head.lower_ == "in":
            source = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                           for g in c.children if g.dep_ == "pobj"), None)
            if source is not None:
                return source
            own = own_words_subject(ctx, tok)
            if own is not None:
                return own
    if not lead.endswith(":") or len(toks) < 3:
        return None
    last = toks[-2]  # the word before the colon
    source = next((t for t in reversed(toks[:-1]) if t.dep_ == "pobj" and t.head.lower_ == "from"
                   and t.right_edge.i == last.i), None)
    if source is None or source.pos_ not in ("NOUN", "PROPN") or when(source):
        return None
    return source


OWN_WORDS = {"her": "she", "his": "he", "their": "they", "my": "i", "our": "we"}


def own_words_subject(ctx: Context, words: Token) -> Token | None:
    """Whose words 'in her words' says they are: the nearest subject before the phrase in its
    sentence that 'her' can mean ('When Maya started college she had, in her words, "…"':
    she, that is Maya; not 'the pupils' of 'X said the pupils were, in her words, "…"')."""
    poss = next((c for c in words.children if c.dep_ == "poss" and c.lower_ in OWN_WORDS), None)
    if poss is None:
        return None
    pronoun = OWN_WORDS[poss.lower_]
    for tok in reversed(list(words.doc[words.sent.start:poss.i])):
        if tok.dep_ not in ("nsubj", "nsubjpass") or ctx.inside_quote(tok.idx) \
                or tok.lower_ in RELATIVES:
            continue
        if tok.lower_ == pronoun or tok.pos_ == "PROPN" and pronoun in ("she", "he") \
                or tok.pos_ == "NOUN" and tok.lemma_.lower() in person_nouns() \
                and (tok.tag_ == "NNS") == (pronoun == "they"):
            return tok
    return None


def when(tok: Token) -> bool:
    """Whether a 'from' phrase says when or how much, not who: 'from 2024', 'from last year',
    'from 30%' (but 'from the minutes', a document the NER may take for a time)."""
    if any(t.like_num for t in tok.subtree) or tok.ent_type_ in SOURCE_LABELS - {"DATE", "TIME"}:
        return True
    return tok.ent_type_ in ("DATE", "TIME") and not any(
        c.dep_ in ("det", "poss") and c.lower_ not in ("last", "next", "this") for c in tok.children)
