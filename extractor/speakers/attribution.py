"""Attribution: each quote's speaker, cue and confidence, in document order.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from ..findings import Person, Quote
from ..interview import QUESTION_RE
from ..pipeline import LOOK_BACK_RE
from .candidates import ASK_LEMMAS, REPLY_LEMMAS, asker, name_before_appositive, recent_start, clause_subject, colon_introducer, hung_subject, owned_fragment, resolve_pronoun, line_subject, speaker_from_subject, subject_after, subject_before_aside, subject_before_bracket, subject_between, subject_left
from .context import Context, Speaker
from .coreference import learn_pronoun, remember, seed_people
from .cues import READ_LEMMAS, according_to, reporter_of, cue_before, dated_document, document_phrase, cue_text, find_cue, is_cue, named_role, role_of_name, subject_of, tokens_in
from .names import clean, full_name, propn_chain, strip_honorifics, titled_name
from .introducer import sentence_introducer
from .signature import signature
from .roles import SPEECH_NOUNS, generic_group, resolve_role_noun, speech_owner
from .vocabulary import BRACKET_LINE_RE, DASH_LINE_RE, HONORIFICS, NAME_PARTICLES, NAME_TITLES, PARTICLE_RE, PRONOUNS, RELATIVES, ROLE_HEADS, SENTENCE_END_RE, NEVER_SPEAKS_RE, SPEAKING_DOCUMENTS, TOPIC_HEADS, person_nouns

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..document import Document
    from ..quotes import QuoteSpan


def dash_attribution(ctx: Context, span: QuoteSpan) -> Speaker | None:
    """A pull quote's attribution line: '— Name, Role' right after the quote."""
    rest = ctx.text[span.close_end:span.close_end + 300]
    lines = [ln for ln in rest.split("\n")[:3] if ln.strip()]
    line = lines[0] if lines else ""
    bracket = bracket_attribution(line)
    if bracket is not None:
        return bracket
    if line.rstrip()[-1:] in "\u2015\u2014\u2013-":
        return None  # a wire marker between dashes ('- MORE -', '-- 30 --'), no attribution
    m = DASH_LINE_RE.match(line)
    # an attribution line is a name and a role, not a dash clause running on in the sentence
    # nor a credit line ('--additional reporting from …', which starts lower-case)
    if not m or len(m.group(1).split()) > (DESCRIBED_WORDS if described(m.group(1)) else 6) \
            or len(line.split()) > 16 \
            or SENTENCE_END_RE.search(line) \
            or not (m.group(1)[:1].isupper() or voice_noun(m.group(1))
                    or re.split(r"\s+of\s+", m.group(1))[0].split()[-1].lower()
                    in SPEAKING_DOCUMENTS):  # '– the review of early help'
        return None
    name = strip_honorifics(m.group(1))  # '— young person, 16': an unnamed person, as written
    is_person = name[:1].isupper() and not name.lower().startswith(("a ", "an ", "the "))
    return Speaker(full_name(ctx, name) if is_person else name, m.group(2), person=is_person)


DESCRIBED_WORDS = 9  # '— Member of the Children in Care Council, aged 15'


def described(head: str) -> bool:
    """Whether an attribution line opens on a person noun and a phrase that says which one:
    'Member of the Youth Council', 'Foster carer for the county council', 'a father supported
    in May 2025'."""
    parts = re.split(r"\s+(?:of|for|at|from|in|on)\s+", head, maxsplit=1)
    return len(parts) == 2 and parts[0].split()[-1].lower() in person_nouns() or described_voice(head)


# what opens an unnamed person's description ('a woman …', 'one mother …', 'another carer …')
VOICE_DETERMINERS = {"a", "an", "one", "another"}
VOICE_NOUN_AT = 4  # the person noun within this many words of the determiner ('a 17-year-old student')
# participles that end in neither -ed nor -ing ('a woman seen in May', 'a boy taken into care')
IRREGULAR_PARTICIPLES = {"seen", "known", "taken", "given", "kept", "met", "left", "brought",
                         "told", "heard", "taught", "sent", "found", "held", "put", "set", "born"}


def described_voice(head: str) -> bool:
    """Whether a phrase is an unnamed person with a clause that says which one: 'a woman
    supported in October 2025', 'one mother whose son was excluded', 'a grandmother caring
    for two grandchildren', 'an adviser who joined in 2023'. A determiner, then a singular
    person noun, then a participle or a relative pronoun ('a parent's guide' is no one)."""
    words = [w.lower().strip(",") for w in head.split()]
    if len(words) < 3 or words[0] not in VOICE_DETERMINERS:
        return False
    noun = next((i for i in range(1, min(len(words) - 1, VOICE_NOUN_AT + 1))
                 if words[i] in person_nouns()), None)
    if noun is None:
        return False
    nxt = words[noun + 1]
    if nxt in ("who", "whose", "that"):
        return True
    # a participle, and no finite verb after it ('A carer supported by us is offered …' is a sentence)
    return (nxt in IRREGULAR_PARTICIPLES or len(nxt) > 4 and nxt.endswith(("ed", "ing"))) \
        and not FINITE_WORDS & set(words[noun + 2:])


FINITE_WORDS = {"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could",
                "must", "should", "may", "gets", "get", "receives", "receive"}


def voice_line(line: str) -> bool:
    """Whether what follows a quote on its line names an unnamed voice, as a survey or a
    pupil-voice box does: '– Year 9 pupil', '- parent', '— foster carer, Leeds',
    '(Parent, Ashington)'. Only a person noun counts: a title's dash line ('– DfE guidance',
    '- Chapter 3') names no one."""
    if bracket_attribution(line) is not None:
        return True
    m = DASH_LINE_RE.match(line)
    if m is None or SENTENCE_END_RE.search(line):
        return False
    head = m.group(1)
    return len(head.split()) <= (DESCRIBED_WORDS if described(head) else 6) and voice_noun(head)


def voice_noun(head: str) -> bool:
    """Whether an attribution's head names a person by a noun: 'parent', 'Year 9 pupil',
    'parent of a child with SEND', 'carers'."""
    noun = re.split(r"\s+(?:of|for|at|from|in|on|with)\s+", head)[0].split()[-1].lower()
    return noun in person_nouns() or noun.rstrip("s") in person_nouns() or described_voice(head)


def bracket_attribution(line: str) -> Speaker | None:
    """A quote's attribution in brackets, after it or on the line under it: '(Kinship carer,
    Fife)', '(Year 9 pupil)' name an unnamed person as written; '(Ffion Rhys, Family Hub
    Manager)' a person by name, when what follows the comma is a role. A bracket of anything
    else ('(PDF, 2MB)', '(Ofsted, 2024)', '(Appendix B)') names no one."""
    m = BRACKET_LINE_RE.match(line)
    if m is None or any(c.isdigit() for c in m.group(1).split()[-1]):
        return None
    head, rest = m.group(1), m.group(2)
    words = head.split()
    if len(words) > 6 or not (head[:1].isupper() or words[0] in VOICE_DETERMINERS):
        return None  # ('(a young person, 15)': an unnamed person, in lower case)
    if voice_noun(head):
        return Speaker(head, rest)
    if 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and person_role(rest):
        return Speaker(strip_honorifics(head), rest, person=True)
    return None


LABEL_NAME = rf"(?:{PARTICLE_RE} )?[A-Z][\w.'\u2019 -]{{0,40}}?"
# a transcript's time code before a label: '[00:01:30] ', '(01:12) ', '00:04:21 - '
TIME_CODE = r"(?:[\[(]\d{1,2}(?::\d{2}){1,2}[\])][ \t]*|\d{1,2}(?::\d{2}){1,2}[ \t]+(?:[-\u2013\u2014][ \t]+)?)?"
# 'HALE:', 'SARA PATEL (DIRECTOR):', 'Chair (Cllr Ann Hale):', 'Ann Hale, cabinet member:'
LABEL_RE = re.compile(rf"\s*{TIME_CODE}({LABEL_NAME})(?:[ \t]*\(([^()\n]{{1,60}})\)|,[ \t]+([^:,\n]{{1,50}}?))?"
                      r"[ \t]*:\s*")
# who speaks in a broadcast or an interview, besides the roles of models/person_nouns.txt
TURN_ROLES = {"presenter", "host", "interviewer", "guest", "reporter", "correspondent", "caller",
              "moderator", "anchor", "journalist"}


def speaker_label(ctx: Context, span: QuoteSpan) -> Speaker | None:
    """A transcript's speaker label before a quote: 'CLLR HALE: "…"', 'Director: "…"'."""
    m = LABEL_RE.fullmatch(ctx.text, span.para_start, span.open_at)
    return turn_speaker(ctx, m) if m is not None else None


def turn_label(ctx: Context, para_start: int) -> Speaker | None:
    """The speaker label that opens a paragraph, if any: whose turn the paragraph is."""
    m = LABEL_RE.match(ctx.text, para_start)
    return turn_speaker(ctx, m, caps_name=True) if m is not None else None


def turn_speaker(ctx: Context, m: re.Match[str], caps_name: bool = False) -> Speaker | None:
    """The one a label names: a person (a title, a known surname, or a name with its role in
    brackets or after a comma) or a role noun; 'Q:', 'A:' and 'Note:' are no one. With
    `caps_name` (a turn whose speaker says 'I'), a name in capitals ('NINA SHAH:') is a person."""
    label, role = m.group(1), m.group(2) or m.group(3)
    if label in ("A", "Answer") and role is None:
        return interviewee(ctx, m.start())
    caps_name = caps_name and label.isupper() and (2 <= len(label.split()) <= 3 or len(label.split()) == 1
                                                   and len(label) >= 3 and transcript(ctx))
    if role and role.split()[0].lower().strip(".") in NAME_TITLES:
        label, role = role, label  # 'Chair (Cllr Ann Hale):'
    if len(label.split()) > 4 \
            or not all(w[:1].isupper() or w in NAME_PARTICLES for w in label.split()):
        return None  # 'Ms Pike said:' is a cue, not a label
    label = label.title() if label.isupper() else label
    role = role.strip() if role else None
    role = role.title() if role and role.isupper() else role
    words = label.split()
    known = {n.split()[-1].lower() for n in ctx.people}
    role_word = re.split(r"\s+(?:of|for|at|to)\s+", role, flags=re.I)[0].split()[-1].lower() if role else ""
    if words[0].lower().strip(".") in NAME_TITLES or words[-1].lower() in known or caps_name \
            or 2 <= len(words) and role_word in person_nouns() | ROLE_HEADS | TURN_ROLES:
        name = full_name(ctx, strip_honorifics(label))
        return Speaker(name, role or ctx.people.get(name), person=True)
    if words[-1].lower() in person_nouns() | ROLE_HEADS and role is None:
        return resolve_role_noun(ctx, "the " + label)
    return None


# a line opening with a label in capitals: 'PRESENTER:', 'ALI:', '[00:01] DR ROSS:'
CAPS_TURN_RE = re.compile(rf"^{TIME_CODE}[A-Z][A-Z.'\u2019 -]{{1,40}}:", re.M)


def transcript(ctx: Context) -> bool:
    """Whether the text is a transcript: at least two lines open with a label in capitals, so
    a one-word one ('ALI:') is a turn's speaker, not a heading."""
    return len(CAPS_TURN_RE.findall(ctx.text)) >= 2


FIRST_QUESTION_RE = re.compile(r"^" + QUESTION_RE.pattern, re.M)


def interviewee(ctx: Context, at: int) -> Speaker | None:
    """Who answers an 'A:' in a Q&A: the last person named before the first question
    ('We spoke to Dr Ann Fox, the chair.' / 'Q: …' / 'A: …')."""
    q = FIRST_QUESTION_RE.search(ctx.text, 0, at)
    named = [n for pos, n in ctx.last_person_at if q is not None and pos < q.start()
             and n in ctx.people and len(n.split()) >= 2]
    return Speaker(named[-1], ctx.people.get(named[-1]), person=True) if named else None


def name_line(ctx: Context, span: QuoteSpan) -> Speaker | None:
    """An attribution line above a quote paragraph: 'Ian Rushworth, Independent Chair' alone
    on the line before it (a foreword's or a pull quote's byline), unless that line signs the
    quote paragraph above it (a card whose name stands under its quote)."""
    if not span.opens_paragraph:
        return None
    head = ctx.text[:span.para_start].rstrip()
    line_start = head.rfind("\n") + 1
    if signs_quote_above(ctx, line_start):
        return None
    return named_on_line(ctx, line_start, len(head)) or voice_above(head[line_start:])


def signed_line(ctx: Context, span: QuoteSpan) -> Speaker | None:
    """The name line over a quote paragraph, else the one under it; but a name line between
    a prose passage and the quote signs off the passage (a foreword's 'Ann Fox, Chair' at its
    end) when the quote is signed under it too and that signature is no caption of a next
    quote: '… this year.' / 'Ann Fox, Chair' / '"…"' / 'Tom Hale, Designated Judge'."""
    above, under = name_line(ctx, span), name_under(ctx, span)
    if above is None or under is None:
        return above or under
    head = ctx.text[:span.para_start].rstrip()
    prose = ctx.text[:head.rfind("\n") + 1].rstrip()
    prose = prose[prose.rfind("\n") + 1:]
    if prose[-1:] not in ".!?" or len(prose.split()) < SIGNED_OFF_WORDS:
        return above  # a heading or a quote over the name: it captions this quote
    rest = ctx.text[span.para_end:].lstrip()
    after = rest[rest.find("\n") + 1:].lstrip() if "\n" in rest else ""
    return above if after[:1] in QUOTE_OPENERS else under


SIGNED_OFF_WORDS = 12  # a paragraph of prose, not a heading or a caption
QUOTE_OPENERS = "\"\u201c"


def signs_quote_above(ctx: Context, line_start: int) -> bool:
    """Whether the line at `line_start` stands under a quote paragraph that no name line of
    its own introduces: then it signs that quote (cards signed below), not the next one."""
    above = ctx.text[:line_start].rstrip()
    if above[-1:] not in QUOTE_ENDS or not ctx.inside_quote(len(above) - 2):
        return False
    para_start = above.rfind("\n") + 1
    if above[para_start:].lstrip()[:1] not in "\"\u201c":
        return False  # a quote inside a sentence ('X said: "…"') has its speaker
    prev = ctx.text[:para_start].rstrip()
    prev_start = prev.rfind("\n") + 1
    return not prev or named_on_line(ctx, prev_start, len(prev)) is None \
        and voice_above(prev[prev_start:]) is None


def name_under(ctx: Context, span: QuoteSpan) -> Speaker | None:
    """A name line under a quote paragraph that no name line introduces: a testimonial card
    or a pull quote signed below ('"…"' / 'Tom Hale, Senior Practitioner')."""
    if not span.opens_paragraph or not span.closed or ctx.text[span.close_end:span.para_end].strip():
        return None
    start = span.para_end
    while start < len(ctx.text) and ctx.text[start].isspace():
        start += 1
    end = ctx.text.find("\n", start)
    if start >= len(ctx.text):
        return None
    end = len(ctx.text) if end < 0 else end
    return named_on_line(ctx, start, end) or voice_under(ctx.text[start:end])


VOICE_PLACE_WORDS = 4  # 'Parent, Havant', 'Foster carer, North East Lincolnshire'
# an age first, then who they are: 'Young person, 15, in a foster placement', 'Carer, aged 62, Leeds'
AGE_FIRST_RE = re.compile(r"(?:aged\s+)?\d{1,2}\b(?:,|$)")


def voice_under(line: str) -> Speaker | None:
    """An unnamed voice signing the quote paragraph above on a line of its own, as a box of
    quotes does: 'Parent, Havant', 'Year 10 pupil, Fareham', 'Foster carer, aged 62', 'Young
    person, 14, placed out of the county'. The head is a person noun and a comma sets off where
    or who (a heading has no comma), or the whole line describes one person ('A father
    supported by the team in 2025')."""
    if line.rstrip()[-1:] in ".:;!?":
        return None
    head, comma, rest = (part.strip() for part in line.partition(","))
    if not comma:
        return Speaker(head) if described_voice(head) and len(head.split()) <= DESCRIBED_WORDS else None
    most = DESCRIBED_WORDS if AGE_FIRST_RE.match(rest) else VOICE_PLACE_WORDS
    if not head[:1].isupper() or not rest or len(rest.split()) > most \
            or len(head.split()) > (DESCRIBED_WORDS if described(head) else 4) or not voice_noun(head):
        return None
    return Speaker(head, rest)


def voice_above(line: str) -> Speaker | None:
    """An unnamed voice captioning the quote paragraph under it: 'Foster carer, Ludlow', 'A
    mother supported in 2025'. As `voice_under`, but one person only: a heading over a quote
    ('Parents, carers and families') names a kind of people, not who speaks."""
    voice = voice_under(line)
    if voice is None or " and " in line or "&" in line \
            or voice.name is not None and voice.name.split()[-1].lower() not in person_nouns() \
            and not described_voice(voice.name):
        return None
    return voice


QUOTE_ENDS = "\"\u201d\u2019"


def named_on_line(ctx: Context, line_start: int, line_end: int) -> Speaker | None:
    """The person a line names when it holds only a name and a role ('Ian Rushworth,
    Independent Chair', 'Dr Ann Fox', 'Deb and Gary Moss, foster carers')."""
    line = ctx.text[line_start:line_end]
    m = DASH_LINE_RE.match("-" + line)
    if not m or len(line.split()) > 16 or line.rstrip()[-1:] in ".:;!?" \
            or SENTENCE_END_RE.search(line) or ctx.inside_quote(line_start):
        return None
    name_end = line_start + len(line) - len(line.lstrip()) + len(m.group(1))
    toks = [t for t in tokens_in(ctx.doc, line_start, name_end) if not t.is_space]
    words = [t for t in toks if t.lower_.strip(".") not in HONORIFICS]
    if not 2 <= len(words) <= 5 or any(is_cue(t) or t.pos_ == "VERB" for t in toks):
        return None
    titled = any(titled_name(t) is not None for t in toks)
    joins = [i for i, t in enumerate(words) if t.lower_ in ("and", "&")]  # 'Deb and Gary Moss'
    names = [t for i, t in enumerate(words) if i not in joins]
    if len(joins) > 1 or joins and joins[0] in (0, len(words) - 1) or not titled and not (
            all(t.ent_type_ == "PERSON" for t in names) or person_role(m.group(2))
            and all(t.text[:1].isupper() and t.is_alpha for t in names)):
        return None  # a heading ('Child Protection Plans') is no name
    return Speaker(full_name(ctx, clean(ctx.doc[words[0].i:words[-1].i + 1].text)),
                   m.group(2), person=True)


def person_role(role: str | None) -> bool:
    """Whether what follows a name after its comma is a person's role ('Social Worker, joined
    2025', 'foster carer since 2019'), so the capitalised words before it are a name."""
    return bool(role) and bool({w.lower() for w in re.findall(r"[A-Za-z]+", role or "")}
                               & (person_nouns() | ROLE_HEADS))


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
    if not verb or toks[0].lower_ in PRONOUNS | {"my", "your"} \
            or toks[0].pos_ not in ("DET", "PROPN", "NOUN", "ADJ", "NUM"):
        return None
    named = set_off_name(toks)
    if named is not None:  # 'Cllr Ben Hart, the opposition leader, was sceptical.'
        return speaker_from_subject(ctx, named)
    if verb > 8:
        return None
    if any(t.is_punct and t.text not in ("-", "'", "\u2019") for t in toks[:verb]):
        return None  # 'By 2015, the market …', 'While the …': no subject opens the paragraph
    last = toks[verb - 1]
    if last.pos_ not in ("NOUN", "PROPN"):
        return None
    if propn_chain(last) is not None:
        return speaker_from_subject(ctx, last)
    subj = next((t for t in toks[:verb] if t.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lower_ in TOPIC_HEADS:
        return None
    return Speaker(clean(ctx.doc[toks[0].i:last.i + 1].text))


APPOSITIVE_WORDS = 20  # tokens of a name and its appositive before the verb


def set_off_name(toks: list[Token]) -> Token | None:
    """A name opening a paragraph as its verb's subject, set off by an appositive: 'Kate Bloom,
    who runs the food bank, was doubtful.' (a comma right before the verb)."""
    named = next((t for t in toks[:APPOSITIVE_WORDS] if t.dep_ in ("nsubj", "nsubjpass")
                  and propn_chain(t) is not None and t.left_edge.i == toks[0].i
                  and t.head.pos_ in ("VERB", "AUX")), None)
    if named is None:
        return None
    doc, end = named.doc, named.right_edge.i
    end = end if doc[end].text == "," else end + 1  # the comma closing the appositive
    if end >= len(doc) - 1 or doc[end].text != "," or end - toks[0].i > APPOSITIVE_WORDS:
        return None
    nxt = doc[end + 1]  # then the verb, or its auxiliary ('was not persuaded')
    return named if nxt.i == named.head.i or nxt.head.i == named.head.i < nxt.i + 3 else None


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


def attribute_one(ctx: Context, spans: list[QuoteSpan], k: int) -> tuple[Speaker, str | None, float]:
    """Speaker, cue and confidence of quote `k`."""
    span = spans[k]
    dash = dash_attribution(ctx, span)
    if dash is not None:
        return dash, None, 0.8
    label = speaker_label(ctx, span)
    if label is not None:
        return label, None, 0.7
    owned = owned_fragment(ctx, span)
    if owned is not None:
        return owned, None, 0.7
    cue = find_cue(ctx, spans, k)
    source = according_to(ctx, span) if cue is None else None
    if source is not None:
        return speaker_from_subject(ctx, source), source_cue(source), 0.8
    if cue is None:
        byline = signed_line(ctx, span)
        if byline is not None:
            return byline, None, 0.7
        clause = clause_subject(ctx, span)
        if clause is not None:
            return clause, None, 0.6
        colon = colon_introducer(ctx, span) or sentence_introducer(ctx, span)
        if colon is not None:
            return colon, None, 0.6
        if continues(ctx, spans, k):
            return ctx.last or Speaker(None), None, 0.7
        intro = introducer(ctx, span) or reported_introducer(ctx, span)
        return intro or ctx.last or Speaker(None), None, 0.5 if intro else 0.3
    subj = subject_of(cue)
    if cue.dep_ == "ccomp" and is_cue(cue.head) and (subj is None or subj.lower_ in TOPIC_HEADS):
        # 'X said the figures told "a hopeful story"': the figures tell, X speaks
        cue, subj = cue.head, subject_of(cue.head)
    elif subj is not None and generic_group(subj):
        # 'X said families described it as "…"', 'According to X, parents call it "…"': families
        # as a kind say nothing themselves; the one who reports their words speaks (the cue
        # stays the verb that frames the words)
        outer = reporter_of(cue)
        if outer is not None and not generic_group(outer) and not ctx.inside_quote(outer.idx):
            subj = outer
    if subj is None or ctx.inside_quote(subj.idx):
        subj = subject_between(ctx, span, cue)  # '"My reaction, …," the strategist said'
    bracketed = subject_before_bracket(ctx, cue)
    if bracketed is not None and (subj is None or bracketed.i < subj.i < cue.i):
        subj = bracketed  # 'The letter (see Table 2) notes:': the letter, not the table
    if subj is not None and "\n" in ctx.text[subj.idx:cue.idx]:
        named = line_subject(ctx, cue)  # a heading line glued onto the sentence
        if named is not None and not subj.left_edge.i <= named.i <= subj.right_edge.i:
            subj = named  # (a name inside the subject's own wrapped phrase is not one)
    dated = dated_document(cue)
    if dated is not None:  # 'the Home Office letter of 12 May 2026 states': the letter speaks
        return Speaker(clean(document_phrase(dated))), cue_text(cue), 0.8
    if cue.pos_ == "NOUN" and cue.left_edge.i < cue.i and (subj is None or subj.i < cue.i):
        # 'The partnership's performance sub-group comments:' parsed as one noun phrase
        start = max(cue.left_edge.idx, ctx.text.rfind("\n", 0, cue.idx) + 1)
        return Speaker(clean(ctx.text[start:cue.idx])), cue_text(cue), 0.6
    if subj is None:
        # (an aside first: 'X, who gave to the appeal, called it …' is X's, not the appeal's)
        subj = name_before_appositive(ctx, cue) \
            or subject_before_aside(ctx, cue) or subject_left(ctx, cue) or subject_after(ctx, cue)
    if subj is None:
        hung = hung_subject(cue)
        if hung:
            return Speaker(hung), cue_text(cue), 0.6
        return ctx.last or Speaker(None), cue_text(cue), 0.5
    read = read_out(ctx, cue) if subj.lower_ in ("i", "we", "me", "us") else None
    if read is not None:  # 'HOST: The review is blunt. I'll quote it: "…"': the review's words
        return read, cue_text(cue), 0.8
    if subj.lower_ == "i":  # 'REID: As I told the board, "…"': the one whose turn it is
        turn = turn_label(ctx, span.para_start)
        if turn is not None:
            return turn, cue_text(cue), 0.8
        signed = signature(ctx, span.end)  # or who signs the letter: 'As I said: "…"'
        if signed is not None:
            return signed, cue_text(cue), 0.8
    up = cue.head.head if cue.head.lower_ == "as" else cue.head
    as_saying = cue.tag_ == "VBG" and up.lemma_.lower() in AS_SAYING and up.i != cue.i
    if as_saying:
        cue = up  # 'X was quoted as saying', 'the review quoted X as saying', 'the minutes record X as saying'
        subj = subject_of(cue)
        if subj is None:
            return ctx.last or Speaker(None), cue_text(cue), 0.5
    if cue.lemma_.lower() == "quote" or as_saying:
        # 'A young person is quoted in the report: "…"': the one quoted speaks, not who quotes
        quoted = subj if subj.dep_ == "nsubjpass" else \
            next((c for c in cue.children if c.dep_ == "dobj" and not ctx.inside_quote(c.idx)
                  and c.lower_ not in PRONOUNS), None)
        if quoted is None:
            return Speaker(None), cue_text(cue), 0.3
        return speaker_from_subject(ctx, quoted), cue_text(cue), 0.8
    if subj.dep_ == "nsubjpass" and not (subj.head.i != cue.i and cue.dep_ in ("xcomp", "pcomp")):
        # 'X was described as "…"': the subject is what is spoken about, the agent speaks
        # (but 'X is expected to say' and 'X was criticised after saying' are X's: the passive
        # is another verb's)
        agent = next((g for c in cue.subtree if c.dep_ == "agent" and not ctx.inside_quote(c.idx)
                      for g in c.children if g.dep_ == "pobj"), None)
        if agent is None:
            return Speaker(None), cue_text(cue), 0.3
        subj = named_role(agent) or agent  # 'was told by the head of service, X, that'
    again = said_again(ctx, span, cue, subj)
    if again is not None:  # '"Seven," she said again': the one who said it first, not the last name
        return again, cue_text(cue), 0.8
    if subj.lower_ in ("he", "she") and cue.lemma_.lower() in ASK_LEMMAS:
        # 'X was questioned by Cllr Hale. "Why?" she asked': Hale (a person; 'by the panel' is no 'she')
        who = asker(ctx, subj.idx)
        if who is not None and who in ctx.people \
                and ctx.pronoun(who, subj.lower_) in (subj.lower_, "?"):
            return Speaker(who, ctx.people.get(who), person=True), cue_text(cue), 0.8
    if subj.lower_ in ("he", "she") and cue.lemma_.lower() in REPLY_LEMMAS:
        who = asker(ctx, subj.idx)  # 'Cllr Briggs asked … "…," he replied': not Briggs
        if who is not None:
            return resolve_pronoun(ctx, subj.lower_, subj.idx, frozenset({who})), cue_text(cue), 0.8
    speaker = speaker_from_subject(ctx, subj)
    if subj.lower_ in ("he", "she") and speaker.person and speaker.name \
            and subject_just_before(ctx, subj, speaker.name):
        learn_pronoun(ctx, speaker.name, subj.lower_)
    return speaker, cue_text(cue), 0.9


def quote_key(ctx: Context, span: QuoteSpan) -> tuple[str, ...]:
    """A quote's words, for finding the same words said again."""
    return tuple(WORD_RE.findall(ctx.text[span.start:span.end].lower()))


WORD_RE = re.compile(r"\w+")


def said_again(ctx: Context, span: QuoteSpan, cue: Token, subj: Token) -> Speaker | None:
    """Who says words again: '"Seven," Cllr Hale repeated. … "Seven," she said again.' A pronoun
    with 'again' means the one who said the same words before, when the pronoun fits them,
    whoever was named between (a clerk who leaned across); with 'repeated' alone, only when it
    surely does (one may repeat another's words)."""
    again = any(c.lower_ == "again" for c in cue.children)
    if subj.lower_ not in ("he", "she") or not (again or cue.lemma_.lower() == "repeat"):
        return None
    earlier = ctx.said.get(quote_key(ctx, span))
    fits = (subj.lower_, "?") if again else (subj.lower_,)
    if earlier is None or not earlier.person or not earlier.name \
            or ctx.pronoun(earlier.name, "?") not in fits:
        return None
    return earlier


# verbs that set someone's words down 'as saying': the one set down speaks, not the writer
AS_SAYING = {"quote", "record", "cite", "report"}
READ_OBJECTS = {"it", "this", "them"}
# a document the text names and a speaker then reads from: 'the audit', 'your own plan'
READ_DOCUMENT_RE = re.compile(r"\b(?:the|this|that|its|their|your|our|his|her)\s+(?:[\w-]+\s+){0,2}?"
                              r"(report|review|audit|inspection|letter|statement|plan|strategy|"
                              r"assessment|evaluation|survey|briefing|judgment|judgement|minutes|"
                              r"findings|guidance)\b", re.I)


def read_out(ctx: Context, cue: Token) -> Speaker | None:
    """What a speaker reads out when she quotes a document: 'I'll quote it: "…"' (the document
    last named), 'Let me quote the review:', 'I'm quoting from the plan here:'. The one who
    quotes only reads the words; the document speaks (a person she quotes, 'I quote Ms Hale',
    speaks too)."""
    if cue.lemma_.lower() not in READ_LEMMAS | {"quote"}:
        return None
    obj = next((c for c in cue.children if c.dep_ == "dobj" and not ctx.inside_quote(c.idx)), None)
    if obj is None:
        obj = next((g for c in cue.children if c.dep_ == "prep" and c.lower_ == "from"
                    for g in c.children if g.dep_ == "pobj" and not ctx.inside_quote(g.idx)), None)
    if obj is None:
        return None
    if obj.lower_ in READ_OBJECTS:
        start = recent_start(ctx, cue.idx)
        named = [m for m in READ_DOCUMENT_RE.finditer(ctx.text, start, cue.idx)
                 if not ctx.inside_quote(m.start())]
        if named:  # 'Your report is out. I'm going to quote it:' (whoever wrote it)
            return Speaker("the " + named[-1].group(1).lower())
        read = resolve_pronoun(ctx, "it", cue.idx)
        return read if read.name and not read.person else None
    if obj.lower_ in PRONOUNS:
        return None
    read = speaker_from_subject(ctx, obj)
    return read if read.name else None


def source_cue(source: Token) -> str:
    """How a source phrase names its source: 'according to', 'from', 'in the words of'."""
    if source.dep_ in ("nsubj", "nsubjpass"):  # 'she had, in her words, "…"'
        words = next((t for t in source.sent if t.lower_ == "words" and t.head.lower_ == "in"), None)
        if words is not None:
            return f"in {source.doc[words.i - 1].text} words"
    prep = (role_of_name(source) or source).head.lower_  # ('according to the director, X,')
    return {"to": "according to", "from": "from"}.get(prep, "in the words of")


def subject_just_before(ctx: Context, pronoun: Token, name: str) -> bool:
    """Whether `name` was a subject in the pronoun's sentence or the one before it: only then
    does the pronoun surely mean them (not a name met in passing, 'than Clinton's')."""
    sent = pronoun.sent
    first = ctx.doc[sent.start - 1].sent.start if sent.start else 0
    start = ctx.doc[first].idx
    forms = SAME_PRONOUN[pronoun.lower_]
    if any(t.lower_ in forms and not ctx.inside_quote(t.idx) for t in ctx.doc[first:pronoun.i]):
        return False  # 'ask why he had issues and Clinton did not. He says': 'he' is another
    return any(n == name and start <= pos < pronoun.idx and pos in ctx.subject_at
               for pos, n in ctx.last_person_at)


SAME_PRONOUN = {"he": {"he", "him", "his", "himself"}, "she": {"she", "her", "hers", "herself"}}


ECHO_WORDS = 2  # a quote this long or longer can be matched to the same words said elsewhere


def echo_speakers(quotes: list[Quote]) -> None:
    """A quote nobody says in its place (a headline, a pull quote) takes the speaker of the
    same words quoted with a speaker elsewhere in the text ('Talk compared to "working the
    referees"' above the paragraph where the expert says it)."""
    from ..quotes import contained, words

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


def named_after(text: str, spans: list[QuoteSpan], quotes: list[Quote], weak: set[int]) -> None:
    """A quote paragraph nobody introduced, followed at once by a quote paragraph whose cue
    names someone for the first time, is the first words of that new speaker.

    'The council said 1,450 families were referred.' / '"Threshold means nothing to a
    family."' / '"It has to be explained," said Jo Marchetti, the scrutineer.': Marchetti's.
    """
    moved: set[int] = set()
    for k in range(len(spans) - 2, -1, -1):
        span, nxt, later = spans[k], spans[k + 1], quotes[k + 1]
        if k not in weak or not span.opens_paragraph or not span.closed \
                or text[span.close_end:span.para_end].strip() \
                or not nxt.opens_paragraph or text[span.para_end:nxt.open_at].strip() \
                or later.speaker is None or later.cue is None and k + 1 not in moved:
            continue
        surname = later.speaker.split()[-1]
        if len(later.speaker.split()) < 2 or surname in text[:span.start]:
            continue  # no new name: the one speaking before may go on
        quotes[k] = dataclasses.replace(quotes[k], speaker=later.speaker,
                                        speaker_role=later.speaker_role)
        moved.add(k)


def carried_back(text: str, spans: list[QuoteSpan], quotes: list[Quote]) -> None:
    """A quote paragraph left open runs on into the next paragraph that opens with a quote
    mark, and both are one speaker's: the cue that closes the last of them ('"… a year. /
    "And the next," said Jo Hart.') names the speaker of the paragraphs before it too, when no
    cue of their own does."""
    for k in range(len(spans) - 2, -1, -1):
        span, nxt, later = spans[k], spans[k + 1], quotes[k + 1]
        if span.closed or quotes[k].cue is not None or later.speaker is None \
                or not nxt.opens_paragraph or text[span.end:nxt.open_at].strip():
            continue
        quotes[k] = dataclasses.replace(quotes[k], speaker=later.speaker,
                                        speaker_role=later.speaker_role)


def named_next(ctx: Context, span: QuoteSpan) -> Speaker | None:
    """A quote paragraph whose speaker the next paragraph names by pointing back at it.

    '"It felt like the door had been shut."' / 'That is how Kerry Aldous, a mother of two,
    describes the letter …': the one who describes it said it.
    """
    if not span.opens_paragraph or ctx.text[span.close_end:span.para_end].strip():
        return None
    start = span.para_end
    while start < len(ctx.text) and ctx.text[start].isspace():
        start += 1
    if not LOOK_BACK_RE.match(ctx.text, start):
        return None
    line_end = ctx.text.find("\n", start)
    m = SENTENCE_END_RE.search(ctx.text, start, len(ctx.text) if line_end < 0 else line_end)
    end = m.start() + 1 if m else (len(ctx.text) if line_end < 0 else line_end)
    toks = tokens_in(ctx.doc, start, end)
    subj = next((o for o in map(words_owner, toks) if o is not None), None)
    cue = next((t for t in toks if is_cue(t)), None) if subj is None else None
    subj = subject_of(cue) if cue is not None else subj
    if subj is None or subj.lower_ in PRONOUNS | RELATIVES or ctx.inside_quote(subj.idx):
        return None
    speaker = speaker_from_subject(ctx, subj)
    return speaker if speaker.name and (speaker.person or subj.lemma_.lower() in person_nouns()) \
        else None


def named_in_tail(ctx: Context, span: QuoteSpan) -> Speaker | None:
    """A quote whose own sentence goes on to name the words' owner through a speech noun:
    '"Twice," came the reply from Cllr X', '"No," was the answer from the leader'."""
    line_end = ctx.text.find("\n", span.close_end)
    line_end = len(ctx.text) if line_end < 0 else line_end
    m = SENTENCE_END_RE.search(ctx.text, span.close_end, line_end)
    toks = [t for t in tokens_in(ctx.doc, span.close_end, m.start() + 1 if m else line_end)
            if not t.is_punct and not t.is_space]
    # the speech noun within the first words after the quote ('came the reply', 'was the answer')
    subj = next((o for o in map(words_owner, toks[:4]) if o is not None), None)
    if subj is None or subj.lower_ in PRONOUNS | RELATIVES or ctx.inside_quote(subj.idx):
        return None
    speaker = speaker_from_subject(ctx, subj)
    return speaker if speaker.name else None


def words_owner(noun: Token) -> Token | None:
    """Whose words a sentence pointing back says they were: 'Those were the words of Dr Ben
    Oduya', 'The words are Ms Kay's', 'That remark was Cllr Reed's'."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in SPEECH_NOUNS:
        return None
    owner = speech_owner(noun) or of_object(noun) or came_from(noun)
    if owner is None and noun.dep_ == "nsubj" and noun.head.lemma_ == "be":
        attr = next((c for c in noun.head.children if c.dep_ == "attr"), None)
        if attr is not None and any(g.dep_ == "case" for g in attr.children):
            return attr  # 'the words are Ms Kay's'
        owner = of_object(attr) if attr is not None and attr.lower_ in ("those", "that") else None
    return owner  # ('the words were those of X')


def came_from(noun: Token) -> Token | None:
    """Who words came from: 'The warning came from Dr Lucy Hale', 'The plea came from a
    mother of three'."""
    if noun.dep_ != "nsubj" or noun.head.lemma_ != "come":
        return None
    return next((g for c in noun.head.children if c.dep_ == "prep" and c.lower_ == "from"
                 for g in c.children if g.dep_ == "pobj"), None)


def of_object(tok: Token) -> Token | None:
    """The object of a token's 'of' ('the words of X')."""
    return next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"), None)


def attribute(doc: Doc, document: Document, spans: list[QuoteSpan],
              quoted: list[tuple[int, int]] | None = None) -> tuple[list[Quote], list[Person]]:
    """Quotes with speakers and cues for `spans`, and the people who speak with their roles.

    `quoted` holds every range inside quote marks (titles too), whose names never speak.
    """
    ranges = quoted if quoted is not None else [(s.start, s.end) for s in spans]
    ctx = Context(doc, document.text, ranges)
    seed_people(ctx)
    quotes: list[Quote] = []
    weak: set[int] = set()
    for k, span in enumerate(spans):
        speaker, cue, conf = attribute_one(ctx, spans, k)
        if speaker.name and NEVER_SPEAKS_RE.fullmatch(speaker.name):
            # whatever construction put 'Appendix B' or '12 May 2026' where a speaker goes, an
            # unseen one read wrong is better left unresolved than given to a cross-reference
            speaker = Speaker(None)
        if cue is None and conf <= 0.7:  # a quote nobody introduced, or one going on
            pointed = named_next(ctx, span) or named_in_tail(ctx, span)
            speaker, conf = (pointed, 0.6) if pointed is not None else (speaker, conf)
        if cue is None and (conf <= 0.3 or conf <= 0.5 and not speaker.person
                            or k - 1 in weak and speaker.name == quotes[-1].speaker):
            weak.add(k)  # nobody introduced this quote (or the one it goes on from)
        remember(ctx, speaker, span.start)
        if speaker.name:
            ctx.said[quote_key(ctx, span)] = speaker
        page, _ = document.locate(span.start)
        role = speaker.role if cue is not None or speaker.role else None
        quotes.append(Quote(document.text[span.start:span.end], speaker.name, cue, page,
                            span.start, span.end, role, document.span_bbox(span.start, span.end),
                            conf))
    echo_speakers(quotes)
    named_after(document.text, spans, quotes, weak)
    carried_back(document.text, spans, quotes)
    speaking = {q.speaker for q in quotes}
    people = [Person(n, r) for n, r in ctx.people.items() if n in speaking]
    return quotes, people
