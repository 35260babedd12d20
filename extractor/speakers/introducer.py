"""Introducers inside a paragraph: the sentence just before a quote that names who speaks
without a reporting verb ('McAllister does not hesitate. "…"', 'The director, Graham Reed,
was blunt at cabinet: "…"').
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .context import Context, Speaker
from .candidates import speaker_from_subject
from .cues import is_cue, subject_of, tokens_in
from .coreference import thing_name
from .vocabulary import PRONOUNS, SENTENCE_END_RE, TOPIC_HEADS

if TYPE_CHECKING:
    from ..quotes import QuoteSpan

# words after which a name is the object of what someone does, not who does it
OBJECT_PREPOSITIONS = {"to", "from", "by", "for", "with", "about", "on", "of", "at", "against",
                       "towards", "toward", "into", "over"}


def sentence_introducer(ctx: Context, span: QuoteSpan) -> Speaker | None:
    """The person the sentence before a quote is about, in the quote's own paragraph.

    The quote opens a sentence of its own ('… McAllister does not hesitate. "Fewer children
    …"') or ends one that a colon leads into ('… Graham Reed, was honest at cabinet: "…"').
    The speaker is the person who is that sentence's subject (or who reports in it); with a
    colon, a document or body as the subject ('The review was blunt: "…"') speaks too, and
    failing a parsed subject, the one person the sentence names who is no preposition's object.
    """
    lead = ctx.text[span.para_start:span.open_at]
    stripped = lead.rstrip()
    if not stripped:
        return None
    colon = stripped.endswith(":")
    if not colon and (not stripped.endswith((".", "!", "?")) or lead == stripped):
        return None  # the quote runs on inside a sentence: other rules read it
    end = span.para_start + len(stripped) - (1 if colon else 0)
    lead_text = ctx.text[span.para_start:end]
    cuts = [m.end() for m in SENTENCE_END_RE.finditer(lead_text)]
    start = span.para_start + (cuts[-1] if cuts else 0)
    if any(s < end and e > start for s, e in ctx.quote_ranges):
        return None  # a sentence with a quote of its own is the last speaker's, or its cue's
    toks = [t for t in tokens_in(ctx.doc, start, end) if not t.is_space]
    cue = next((t for t in reversed(toks) if is_cue(t)), None)
    if cue is not None:  # 'The council may wait while X talks to Y, Schiff said. "…"': who said it
        subj = subject_of(cue)
        speaker = speaker_from_subject(ctx, subj) if subj is not None else None
        return speaker if speaker is not None and speaker.person and speaker.name else None
    named = [(pos, n) for pos, n in ctx.last_person_at if start <= pos < end]
    # the sentence's own verbs: those hung on nothing inside it (the parser may hang the whole
    # sentence on the quote's verb after the colon)
    tops = {t.i for t in toks if t.head.i == t.i or not start <= t.head.idx < end}
    main = {t.idx for t in toks if t.dep_ == "nsubj" and t.head.i in tops}
    subjects = [n for pos, n in named if pos in ctx.subject_at and pos in main
                and len(n.split()) >= 2]  # the main clause's, not one 'while X negotiates'
    if subjects:
        return Speaker(subjects[0], ctx.people.get(subjects[0]), person=subjects[0] in ctx.people)
    if not colon:
        return None
    body = next((t for t in toks if t.idx in main
                 and t.lower_ not in PRONOUNS | TOPIC_HEADS and thing_name(ctx, t) is not None), None)
    if body is not None:  # 'The review was blunt: "…"', 'Ofsted was scathing: "…"'
        said = speaker_from_subject(ctx, body)
        return said if said.name else None
    free = {n for pos, n in named if n in ctx.people and not after_preposition(ctx, pos)}
    if len(free) != 1 or len({n for _, n in named}) != 1:
        return None
    name = free.pop()
    return Speaker(name, ctx.people.get(name), person=True)


def after_preposition(ctx: Context, at: int) -> bool:
    """Whether the word before the name at `at` (past its title) is a preposition or a
    possessive's owner: 'a letter to Ms Reed', 'evidence from Dr Obi'."""
    toks = [t for t in tokens_in(ctx.doc, max(0, at - 40), at) if not t.is_space]
    while toks and toks[-1].text[:1].isupper() and toks[-1].is_alpha:
        toks.pop()  # 'Cllr', 'Dr': a title before the name
    return bool(toks) and toks[-1].lower_ in OBJECT_PREPOSITIONS
