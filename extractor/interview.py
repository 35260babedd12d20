"""Interview answers: in a Q&A, the paragraph after a speaker's label is that speaker's words.

'Q: What did you find?' / 'Naomi Castellane: Good people working in …' – the answer has no
quotation marks; its label says who speaks ('A:' is the one interviewed). The question may be
labelled with the asker's role ('Interviewer:', 'PRESENTER:'). Only a text with two or more question paragraphs is
an interview, and only a labelled paragraph right after a question (or after another answer)
is an answer, so minutes ('Cllr Hale: asked whether …') and notes ('Source: …') are left alone.
"""

from __future__ import annotations

import re

from .quotes import QuoteSpan, trimmed, words
from .speakers.vocabulary import PARTICLE_RE

# 'Q:', 'Question:', or the label of the one who asks ('Interviewer:', 'PRESENTER:')
QUESTION_RE = re.compile(r"[ \t]*(?:(?:Q|Question)[ \t]*[:.]|(?i:interviewer|presenter|host|reporter)"
                         r"[ \t]*:)[ \t]+\S")
PARTICLE = PARTICLE_RE + r"[ \t]+"
LABEL_RE = re.compile(rf"[ \t]*((?:{PARTICLE})?[A-Z][\w.'\u2019-]*(?:[ \t]+(?:{PARTICLE})?[A-Z][\w.'\u2019-]*){{0,3}})"
                      r"[ \t]*:[ \t]+(?=\S)")
NOT_SPEAKERS = {"q", "question", "interviewer", "presenter", "host", "reporter", "note", "notes", "source", "update", "picture", "photo", "read", "related",
                "editor's", "editor\u2019s", "warning", "see", "contact", "email", "tel", "web",
                "date", "time", "venue", "by"}
# a heading that makes the Q&A under it a page's or a briefing's own questions and answers
# ('5. Possible questions', 'Frequently asked questions', 'FAQs', 'Questions and answers'):
# its unnamed 'A:' answers are the author's text, not someone's words
FAQ_HEADING_RE = re.compile(r"[ \t]*(?:\d+(?:\.\d+)*[.)]?[ \t]+)?(?i:(?:(?:possible|likely|anticipated|"
                            r"expected|frequently[ \t]+asked|common|key|your|some)[ \t]+)?(?:questions?"
                            r"(?:[ \t]+(?:and|&)[ \t]+(?:suggested[ \t]+)?answers?)?(?:[ \t]+answered)?"
                            r"|faqs?|q[ \t]*(?:&|and)[ \t]*a))[ \t]*[:.]?[ \t]*")
OPEN_MARKS = "\"'\u201c\u2018"
DOUBLE_MARKS = "\"\u201c"  # a quote inside an answer (an apostrophe is no quote)


def lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line."""
    out, start = [], 0
    for m in re.finditer(r"\n|$", text):
        if text[start:m.start()].strip():
            out.append((start, m.start()))
        start = m.end()
        if m.end() >= len(text):
            break
    return out


def answer_spans(text: str) -> list[QuoteSpan]:
    """The answers of a Q&A interview, each one span from after its label to its line's end."""
    paras = lines(text)
    if sum(1 for s, _ in paras if QUESTION_RE.match(text, s)) < 2:
        return []
    spans: list[QuoteSpan] = []
    after_question = False
    faq = False
    for s, e in paras:
        if FAQ_HEADING_RE.fullmatch(text, s, e):
            faq = True  # the unnamed answers under it are the author's own
        elif faq and not QUESTION_RE.match(text, s) and LABEL_RE.match(text, s, e) is None:
            faq = False  # (until prose ends the questions)
        if QUESTION_RE.match(text, s):
            after_question = True
            continue
        m = LABEL_RE.match(text, s, e)
        label = m.group(1) if m else ""
        if m is None or not after_question or label.split()[0].lower() in NOT_SPEAKERS \
                or text[m.end():m.end() + 1] in OPEN_MARKS \
                or label in ("A", "Answer") and (faq or any(c in DOUBLE_MARKS for c in text[m.end():e])):
            # ('A: Professor Stevens said: "…"' notes an answer; its quote is the quote)
            after_question = False  # prose ends the exchange; a quoted answer is a quote
            continue
        start, end = trimmed(text, m.end(), e)
        if words(text[start:end]):
            spans.append(QuoteSpan(start, end, m.end(), end, True, s, e))
    return spans
