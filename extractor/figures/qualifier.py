"""Qualifier: a metric's bare noun that its own words make another kind of thing.

A bare name ('notifications', 'referrals', 'referred', 'contacts', 'looked after', 'fostered')
names a metric only when nothing said of it names something else. Its own qualifiers decide:

- a modifier naming another kind: 'Operation Encompass notifications', 'private fostering
  notifications', 'MARAC referrals';
- an of-phrase naming another thing notified: 'notifications of new private fostering
  arrangements' (a serious incident notification is of an incident, a death or harm to a child);
- a receiver that is not the metric's: 'The Reporter received 480 referrals', 'referrals to
  CAMHS', 'the school received 14 notifications' (referrals go to children's social care or the
  partnership; serious incident notifications go to the national Panel or Ofsted);
- grounds of referral, which only a children's hearing system has: 'children referred on
  offence grounds';
- contact as time with someone, not a call to the front door: 'contacts with the family',
  'sibling contact', 'family time and contact';
- an aspect that puts the thing in the past or elsewhere: 'previously looked-after children',
  'formerly in care', 'privately fostered'.

And where it stands unqualified, a bare name takes the sense its text gives it elsewhere (one
sense per discourse): in a page about referrals to the Reporter that never talks of children's
social care or of reviews, 'Police made 160 of the referrals' counts referrals to the Reporter.

`other_kind` gives the reason, or None when the name stands; `requalified` turns such a hit
into one that names `other` with rule id 'qualified: <why>' (the figure's method says it), so
every stage reads it alike, and the classifier may not overrule it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .analysis import _Hit

# the rule id prefix of a metric name its qualifiers make another kind of thing
QUALIFIED = "qualified"
# the rule id of a serious incident notified to a body that is neither the Panel nor Ofsted
_INCIDENT_WHY = "incident notified to "
INCIDENT_ELSEWHERE = f"{QUALIFIED}: {_INCIDENT_WHY}"
# the metrics whose bare names are gated
GATED = {"serious_incident_notifications", "review_referrals", "social_care_referrals",
         "looked_after_children"}

# the head words of the bare names
_NOTIFICATION = {"notification", "notifications"}
_REFERRAL = {"referral", "referrals", "referred", "contact", "contacts"}
_INCIDENT = {"incident", "incidents"}

# words that may modify any counted noun without naming another kind of it: quantity, time,
# status and the counting itself ('new notifications', '2024/25 referrals', 'Q3 contacts')
_NEUTRAL = {
    "new", "further", "total", "more", "fewer", "additional", "other", "all", "initial", "subsequent",
    "annual", "monthly", "quarterly", "weekly", "year", "years", "month", "months", "quarter", "quarters",
    "week", "weeks", "day", "days", "period", "late", "timely", "formal", "overall", "same", "similar",
    "previous", "prior", "recent", "current", "first", "second", "third", "last", "next", "number",
    "numbers", "level", "levels", "rate", "rates", "figure", "figures", "case", "cases", "child",
    "children", "young", "people", "person", "family", "families", "individual", "local", "area",
    "average", "median", "open", "closed", "accepted", "received", "appropriate", "inappropriate",
    "single", "multiple", "repeat", "separate", "possible", "potential", "relevant", "eligible",
    "q1", "q2", "q3", "q4", "quarter-end", "year-end", "in-year", "end",
}

# words of each gated metric's own names and of the bodies that receive or make it
_SIN_WORDS = {
    "serious", "incident", "incidents", "safeguarding", "notifiable", "sin", "sins", "panel", "ofsted",
    "national", "cspr", "csprp", "harm", "death", "deaths", "injury", "injuries", "abuse", "neglect",
    "event", "events", "rapid", "review", "reviews", "dfe", "department", "education", "secretary",
    "state", "partnership", "partners", "partner", "lscp", "lscb", "board", "statutory", "committee",
    "sub-committee", "cpc", "cpcs", "crg", "crgs", "group", "subgroup", "sub-group",
}
# the words that keep a bare 'incidents' a serious incident: what makes one notifiable (a child's
# death or serious harm) and whom it is notified to; 'abuse' alone does not ('incidents of verbal
# abuse', 'domestic abuse incidents' are another happening)
_INCIDENT_OWN = (_SIN_WORDS - {"abuse", "event", "events", "education"}) | {
    "notified", "notifiable", "died", "death", "killed", "harmed", "injured", "child", "children", "baby",
    "babies", "infant", "infants", "such", "these", "those", "which", "similar", "relevant", "critical",
    "reported", "qualifying", "eligible"}
_REFERRAL_WORDS = {
    # the receivers: children's social care and its front door; the partnership and its panels
    "social", "care", "services", "service", "council", "authority", "mash", "front", "door", "hub",
    "gateway", "partnership", "partners", "partner", "panel", "group", "subgroup", "sub-group", "board",
    "crg", "crgs", "scrg", "committee", "sub-committee", "cpc", "cpcs", "trust",
    "lscp", "lscb", "safeguarding", "review", "reviews", "rapid", "lcspr", "lcsprs", "cspr", "csprs",
    "scr", "scrs", "consideration", "practice", "learning", "children's", "childrens", "work", "worker",
    "workers", "team", "teams", "duty", "assessment", "advice", "triage", "spoc", "point", "multi-agency",
    "agency", "agencies", "protection", "cp", "re", "re-referral", "re-referrals", "referral",
    "referrals", "contact", "contacts", "concern", "concerns", "section", "s47", "47", "17",
    # the makers (a referral by source is the same referral: 'police referrals', 'school referrals')
    "police", "school", "schools", "education", "health", "gp", "gps", "hospital", "hospitals",
    "midwifery", "nhs", "probation", "self", "self-referral", "anonymous", "public", "professional",
    "professionals", "relative", "relatives", "neighbour", "neighbours", "parent", "parents",
    "housing", "nursery", "college", "colleges", "ambulance", "a&e", "legal", "other", "unknown",
}

# adjectives that name a kind, not a state ('private fostering', 'domestic abuse notifications')
_KIND_ADJECTIVES = {"private", "criminal", "domestic", "youth"}
# receivers that are never the metric's: other services and bodies a referral or notice goes to
_OTHER_RECEIVERS = {
    "reporter", "reporters", "scra", "marac", "maracs", "camhs", "lado", "cafcass", "nrm", "prevent",
    "channel", "idva", "idvas", "school", "schools", "college", "colleges", "charity", "project",
    "police", "court", "courts", "hearing", "hearings", "foodbank", "dbs", "disclosure", "barring", "hmrc", "dwp", "gp", "gps",
    "nursery", "academy", "designated", "officer", "early", "help", "youth", "justice", "offending",
    "housing", "adult", "adults", "mental", "substance", "misuse",
    # services a child is referred to or for that are neither social care nor a review: children
    # missing education, advocacy, young carers, exploitation panels, counselling and mentoring
    "cme", "advocacy", "advocate", "advocates", "carer", "carers", "mace", "exploitation", "cse",
    "counselling", "mentoring", "befriending", "therapy", "therapeutic", "diversion",
    # schemes and programmes a child is referred to (a referral to one is its own, not social care's)
    "scheme", "schemes", "programme", "programmes",
}
# panels that are neither the partnership's review group nor the national Panel: a referral to
# one ('sent to the MACE panel', 'to the exploitation panel') goes to another body
_OTHER_PANELS = {"mace", "exploitation", "cse", "channel", "prevent", "missing", "mappa", "marac",
                 "fostering", "adoption", "permanence", "youth", "diversion", "advocacy"}
# words that make a panel or group the review system's own
_REVIEW_BODY = {"review", "reviews", "practice", "case", "cases", "learning", "rapid", "partnership",
                "mash", "serious", "incident", "national", "crg", "scr", "lcspr", "cspr", "consideration"}
# kinds of contact that are time with family, not a contact with children's social care
_CONTACT_KINDS = {"family", "sibling", "siblings", "birth", "supervised", "unsupervised", "parental",
                  "indirect", "letterbox", "face-to-face", "overnight", "staying", "grandparent"}
# what contact 'with' may name that is no one ('mixed up contacts with referrals')
_NOT_SOMEONE = {"referral", "advice", "information", "concern", "contact"}
# what a 'to' names that is no body: a time or a stage ('notifications to date')
_NO_BODY = {"date", "publication", "completion", "closure", "end", "decision", "outcome", "now"}
# verbs a thing is sent with: their 'to' names its receiver ('notifications made to the Panel')
_SEND = {"make", "send", "pass", "submit", "forward", "refer", "direct", "route", "escalate", "go", "report",
         "notify", "raise"}
# verbs whose 'with' names the body a thing is sent to: 'raised 21 concerns with the front door',
# 'shared 14 concerns with children's social care' ('made with consent' names no receiver)
_RAISE_WITH = {"raise", "share", "lodge"}
# verbs whose object a body receives (its subject is the receiver)
_RECEIVE = {"receive", "take", "accept", "handle", "get", "process", "log"}
# aspects that put a looked-after child in the past or outside the authority's care
_ASPECTS = {"previously", "formerly", "former", "privately"}
# words that deny the care outright ('who are not looked after', 'no longer formally looked after')
_NEGATIONS = {"not", "n't", "never"}
# adverbs of manner between the negation or aspect and the name ('no longer formally looked after')
_MANNER = {"formally", "legally", "officially", "technically"}
# how many times a text must qualify a bare name as another kind before that sense outweighs
# the passing mentions of the metric's own kind
_MOSTLY = 2
# the gated metrics whose bare nouns share one sense through a text
_GROUP = {"serious_incident_notifications": "notification", "review_referrals": "referral",
          "social_care_referrals": "referral"}
_SENSES = "qualified_senses"
# the metrics a text names when it talks of the metric's own process: a text about serious
# incidents, rapid reviews and practice reviews, or about children's social care and its front
# door, gives its bare notifications and referrals their metric's sense
_NEIGHBOURS = {
    "notification": {"serious_incident_notifications", "rapid_reviews", "national_reviews", "lcspr", "scr",
                     "lcsprs_commissioned", "lcsprs_published", "lcsprs_ongoing", "serious_case_reviews"},
    "referral": {"review_referrals", "social_care_referrals", "rapid_reviews", "lcspr", "scr",
                 "lcsprs_commissioned", "lcsprs_published", "lcsprs_ongoing", "serious_case_reviews",
                 "section_47_enquiries", "children_in_need"},
}


def requalified(doc: Doc | Span, hits: list[_Hit]) -> list[_Hit]:
    """The hits, each metric name that its qualifiers make another kind of thing read as a
    name of that other thing (metric 'other', rule id 'qualified: <why>'). A bare name the
    text does not qualify where it stands takes the sense the text gives that name elsewhere:
    in a page about referrals to the Reporter that never names a referral to social care or
    for a review, 'Police made 160 of the referrals' counts referrals to the Reporter (one
    sense per discourse)."""
    from .analysis import _Hit, _Rule

    whole = cast("Doc", getattr(doc, "doc", doc))  # a table label's Span reads its Doc
    whys = [other_kind(whole, h.rule.metric, h.start, h.end)
            if h.rule.metric in GATED and h.rule.kind in ("noun", "prop") else None for h in hits]
    senses: dict[str, str] | None = whole.user_data.get(_SENSES)
    if senses is None and whole is doc:
        senses = whole.user_data[_SENSES] = _senses(whole, hits, whys)
    elif senses is None:
        from .analysis import rule_hits
        rule_hits(whole)
        senses = whole.user_data.get(_SENSES, {})
    out = []
    for h, why in zip(hits, whys):
        if why is None and _GROUP.get(h.rule.metric or "") in senses and _bare(whole, h) \
                and not _affirmed(whole, h):
            why = senses[_GROUP[h.rule.metric or ""]]
        out.append(_Hit(_Rule(f"{QUALIFIED}: {why}", h.rule.kind, "other", None, None), h.start, h.end)
                   if why else h)
    return out


def _senses(doc: Doc, hits: list[_Hit], whys: list[str | None]) -> dict[str, str]:
    """The other sense a text gives each bare name (notification, referral) when it qualifies
    it as another kind somewhere and never names the metric's own kind."""
    blocked: dict[str, str] = {}
    affirmed: set[str] = set()
    # how often the text qualifies each bare name as another kind, and how often it names the
    # metric's own kind where that name is said (its own receiver, or a neighbour in its sentence)
    others: dict[str, int] = {}
    owns: dict[str, int] = {}
    sentences = {g: {doc[h.start].sent.start for h in hits if _GROUP.get(h.rule.metric or "") == g}
                 for g in set(_GROUP.values())}
    for h, why in zip(hits, whys):
        key = (h.rule.family if h.rule.kind == "family" else h.rule.metric) or ""
        for name, near in _NEIGHBOURS.items():
            if key in near and (h.rule.kind == "context" or _GROUP.get(key) != name):
                affirmed.add(name)  # 'rapid reviews', 'the MASH' in a text with bare 'notifications'
                if doc[h.start].sent.start in sentences[name] and _GROUP.get(key) != name:
                    owns[name] = owns.get(name, 0) + 1
        group = _GROUP.get(h.rule.metric or "")
        if group is None:
            continue
        if why is not None and why.startswith(("another kind", "received by", "referred on", "of another",
                                               "referred for")):
            blocked.setdefault(group, f"in a text about {why}")
            # a body the text names before and then calls 'the service' or 'it' is the one it is about
            others[group] = others.get(group, 0) + (_MOSTLY if why.startswith(_NAMED_BEFORE) else 1)
        elif why is None and (not _bare(doc, h) or _affirmed(doc, h)):
            affirmed.add(group)
            if h.rule.kind != "context":  # a context is a neighbour, counted where it meets the name
                owns[group] = owns.get(group, 0) + 1
    # a text that names the metric's own kind in passing ('open to children's social care', a
    # care and support plan) but qualifies its referrals as another service's again and again
    # is about that service: 'CME referrals ... children referred as missing education'
    return {g: sense for g, sense in blocked.items()
            if g not in affirmed or others.get(g, 0) >= _MOSTLY and others[g] > owns.get(g, 0)}


def _bare(doc: Doc, h: _Hit) -> bool:
    """A one-word name: 'notifications', 'referrals', 'referred', 'contacts'."""
    return h.end - h.start == 1 and doc[h.start].lower_ in _NOTIFICATION | _REFERRAL


def _affirmed(doc: Doc, h: _Hit) -> bool:
    """A bare name the text gives the metric's own receiver: 'referrals to the MASH', 'the
    partnership received 12 notifications'."""
    head = doc[h.start]
    own = _SIN_WORDS if h.rule.metric == "serious_incident_notifications" else _REFERRAL_WORDS
    mine = own - _NEUTRAL - {"referral", "referrals", "contact", "contacts", "police", "school", "schools",
                             "education", "health", "gp", "gps", "hospital", "hospitals", "other", "unknown"}
    return any({t.lower_.strip("'’") for t in phrase} & mine and not _another_body(phrase)
               for phrase in _receivers(doc, head))


def _another_body(phrase: list[Token]) -> bool:
    """A receiver that names another service whatever its other words: 'the Young Carers
    Service', 'the Firesetter Intervention Scheme' (the front door and the partnership excepted)."""
    words = {t.lower_.strip("'’") for t in phrase}
    return not words & {"mash", "partnership", "panel"} and (
        any(t.lower_ in _OTHER_RECEIVERS for t in phrase) or _two_word_service(phrase))


def other_kind(doc: Doc, metric: str, start: int, end: int) -> str | None:
    """Why the metric name at tokens [start, end) of `doc` (a whole Doc) counts another kind
    of thing, or None when it names `metric`."""
    if metric == "looked_after_children":
        return _aspect(doc, start)
    head = _head(doc, start, end)
    low = head.lower_
    if metric == "serious_incident_notifications" and low in _INCIDENT:
        # 'serious incidents reported to the Charity Commission', '... to the regulator': an
        # incident notified to a body that is not the national Panel or Ofsted is another notice
        why = _receiver(doc, head, _SIN_WORDS | {"we", "us", "our"}, place_ok=False)
        if why:
            return f"{_INCIDENT_WHY}{why.removeprefix('received by ')}"
        # a bare 'incidents' that its own words make another happening: 'incidents of verbal
        # abuse', 'domestic abuse incidents', 'fire incidents' (a serious incident is a child's
        # death or serious harm, which the words would name)
        if start == end - 1:
            return _modifier(doc, head, start, _INCIDENT_OWN, strict=True) or _incident_of(doc, head)
        return None
    if metric == "serious_incident_notifications" and low in _NOTIFICATION:
        return _modifier(doc, head, start, _SIN_WORDS, strict=True) or _of_phrase(doc, head, _SIN_WORDS) \
            or _receiver(doc, head, _SIN_WORDS | {"we", "us", "our"}, place_ok=False)
    if metric == "review_referrals" and any(t.lower_ in _THRESHOLDS for t in doc[start:end]):
        return _threshold_of(doc, end)
    if metric in ("review_referrals", "social_care_referrals") and low in _REFERRAL:
        if low == "referred":
            return _grounds(doc, head) or _receiver(doc, head, _REFERRAL_WORDS | {"we", "us", "our"}, place_ok=True) \
                or _purpose(doc, head) or _referred_kind(doc, head) or _self_referred(doc, head) \
                or _made_by_social_care(doc, head)
        if low in ("contact", "contacts"):
            sense = _family_contact(doc, head, start)
            if sense:
                return sense
        if low in ("referral", "referrals") and _not_needed(head):
            return "a referral not made: not needed or avoided"
        return _modifier(doc, head, start, _REFERRAL_WORDS, strict=False) \
            or _named_before(doc, head, _receiver(doc, head, _REFERRAL_WORDS | {"we", "us", "our"}, place_ok=True)) \
            or (_purpose(doc, head) if low in ("referral", "referrals") else None) \
            or (_made_by_social_care(doc, head) if low in ("referral", "referrals") else None)
    return None


# verbs whose object is a referral that was not made when they are denied ('did not need a
# referral'), and verbs that deny it themselves ('avoided a referral')
_NEED = {"need", "require"}
_AVOID = {"avoid", "prevent", "divert"}


def _not_needed(head: Token) -> bool:
    """A referral that was never made: 'did not need a referral to children's social care', 'no
    longer required a referral', 'avoided a referral', 'without needing a referral' (what is counted
    is the families or children spared it)."""
    if head.dep_ != "dobj":
        return False
    verb = head.head
    lemma = verb.lemma_.lower()
    if lemma in _AVOID:
        return True
    if lemma not in _NEED:
        return False
    denied = any(c.dep_ == "neg" or c.lower_ == "longer" for c in verb.children) \
        or any(c.dep_ == "advmod" and c.lower_ == "longer" for c in verb.subtree)
    return denied or (verb.dep_ == "pcomp" and verb.head.lower_ == "without")


def _head(doc: Doc, start: int, end: int) -> Token:
    """The token of the span whose head lies outside it (the last one when the parse says none)."""
    for i in range(end - 1, start - 1, -1):
        if not start <= doc[i].head.i < end or doc[i].head.i == i:
            return doc[i]
    return doc[end - 1]


def _words(tokens: list[Token]) -> list[Token]:
    """Content words of a phrase: no numbers, dates, determiners, pronouns or punctuation."""
    return [t for t in tokens if t.pos_ in ("NOUN", "PROPN", "ADJ", "X", "VERB")
            and not t.like_num and t.ent_type_ not in ("DATE", "CARDINAL", "ORDINAL")
            and any(c.isalpha() for c in t.text)]


def _modifier(doc: Doc, head: Token, start: int, own: set[str], strict: bool) -> str | None:
    """A modifier before the name that names another kind of the thing. `strict`: any noun that
    is not a word of the metric's own names is another kind ('Operation Encompass
    notifications'); otherwise only a known other service or a kind adjective is."""
    mods = [c for c in head.children if c.i < start and c.dep_ in ("compound", "amod", "nmod", "npadvmod")]
    for mod in mods:
        phrase = [t for t in doc[mod.left_edge.i:mod.i + 1]]
        if any(t.is_punct or t.is_space or t.pos_ == "SYM" or t.text == "|" or "\n" in t.whitespace_
               or "\t" in t.whitespace_ for t in doc[mod.left_edge.i:start]):
            continue  # 'Quarter | Referrals | Notifications': a table's headers, no phrase
        for t in _words(phrase):
            low = t.lower_.strip("'’")
            if low in own or low in _NEUTRAL:
                continue
            if low in _KIND_ADJECTIVES or low in _OTHER_RECEIVERS:
                return f"another kind: '{_text(phrase)}'"
            if strict and t.pos_ in ("NOUN", "PROPN"):
                return f"another kind: '{_text(phrase)}'"
    return None


def _of_phrase(doc: Doc, head: Token, own: set[str]) -> str | None:
    """'notifications of new private fostering arrangements': what was notified is no incident."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            objs = [c for c in prep.children if c.dep_ == "pobj"]
            if objs and objs[0].pos_ in ("NOUN", "PROPN"):
                phrase = list(doc[objs[0].left_edge.i:objs[0].right_edge.i + 1])
                if not any(t.lower_ in own or t.lemma_.lower() in own or t.lower_ in ("child", "children", "case", "cases")
                           for t in phrase):
                    return f"of another thing: '{_text(phrase)}'"
    return None


def _incident_of(doc: Doc, head: Token) -> str | None:
    """'incidents of verbal abuse', 'incidents of biting': what happened, read up to the object of
    'of' (a clause after it, 'where a child was present', says where, not what), is neither a
    death nor serious harm."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is None or obj.pos_ not in ("NOUN", "PROPN", "VERB"):
                continue
            phrase = list(doc[obj.left_edge.i:obj.i + 1]) + [c for c in obj.children if c.dep_ in ("cc", "conj")]
            if not any(t.lower_ in _INCIDENT_OWN or t.lemma_.lower() in _INCIDENT_OWN for t in phrase):
                return f"of another thing: '{_text(list(doc[obj.left_edge.i:obj.i + 1]))}'"
    return None


def _receivers(doc: Doc, head: Token) -> list[list[Token]]:
    """The receivers named for the thing: the object of its 'to' or 'into' (or of the verb it
    is made, sent or passed with), the subject of a verb that receives it ('The Reporter
    received 480 referrals'), or the agent of one ('were received by the hub')."""
    if head.dep_ == "pobj" and head.head.lower_ == "from":
        return []  # 'the time from notification to publication': a span, no receiver
    phrases: list[list[Token]] = []
    verb = head.head
    holders = [head] + ([verb] if head.dep_ in ("dobj", "nsubjpass", "nsubj") and verb.pos_ == "VERB"
                        and (verb.lemma_.lower() in _SEND or head.lower_ == "referred") else [])
    nxt = doc[head.i + 1] if head.i + 1 < len(doc) else None
    preps = [p for holder in holders for p in holder.children]
    if nxt is not None and nxt.dep_ == "prep" and nxt not in preps:
        preps.append(nxt)  # 'Referrals to CAMHS rose': the parse hangs the 'to' on the verb
    for prep in preps:
        if prep.dep_ in ("prep", "dative") and prep.lower_ in ("to", "into") or _raised_with(head, prep):
            objs = [c for c in prep.children if c.dep_ == "pobj"]
            if objs:
                phrases.append(list(doc[objs[0].left_edge.i:objs[0].right_edge.i + 1]))
    if nxt is not None and nxt.lower_ in ("to", "into") and nxt.dep_ not in ("prep", "dative"):
        k = nxt.i + 1  # 'Referrals to CAMHS rose' parsed as a clause: the words after 'to'
        while k < len(doc) and k < nxt.i + 7 and (doc[k].pos_ in ("DET", "ADJ", "NOUN", "PROPN")
                                                   or doc[k].lower_ in ("'s", "’s")):
            k += 1
        if k > nxt.i + 1:
            phrases.append(list(doc[nxt.i + 1:k]))
    if head.dep_ == "dobj" and verb.lemma_.lower() in _RECEIVE:
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            phrases.append(list(doc[subj.left_edge.i:subj.right_edge.i + 1]))
    if head.dep_ == "pobj" and verb.lower_ == "of" and verb.head.lower_ == "out" \
            and verb.head.head.lemma_.lower() in _RECEIVE:
        # 'The officer received 118 referrals about staff, out of 264 referrals in total': the whole
        # the verb's object is a part of has the same receiver
        subj = next((c for c in verb.head.head.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            phrases.append(list(doc[subj.left_edge.i:subj.right_edge.i + 1]))
    if head.dep_ == "nsubjpass" and verb.lemma_.lower() in _RECEIVE:
        for agent in verb.children:
            if agent.dep_ == "agent":
                objs = [c for c in agent.children if c.dep_ == "pobj"]
                if objs:
                    phrases.append(list(doc[objs[0].left_edge.i:objs[0].right_edge.i + 1]))
    return [_antecedent(doc, phrase) for phrase in phrases]


def _raised_with(head: Token, prep: Token) -> bool:
    """'raised 21 concerns with the front door': a 'with' on a verb of raising (or on its object)."""
    if prep.lower_ != "with" or prep.dep_ != "prep":
        return False
    verb = prep.head if prep.head.pos_ == "VERB" else head.head if prep.head.i == head.i and head.dep_ == "dobj" else None
    return verb is not None and verb.pos_ == "VERB" and verb.lemma_.lower() in _RAISE_WITH


# a receiver that stands for a body named before it: 'It received 38 referrals' (the subject of the
# sentence before), 'The service received 318 referrals' (the service the text last named in full)
_ANAPHORS = {"it", "they"}
_GENERIC_BODIES = {"service", "scheme", "programme", "program", "project", "team", "initiative"}
_GENERIC_DETERMINERS = {"the", "this", "our", "that"}
_NAMED_BODIES = "named_bodies"


def _antecedent(doc: Doc, phrase: list[Token]) -> list[Token]:
    """The body a pronoun or a bare 'the service' as a receiver stands for, or the phrase itself."""
    words = [t for t in phrase if not t.is_punct and not t.is_space]
    if len(words) == 1 and words[0].lower_ in _ANAPHORS:
        sent = words[0].sent
        if sent.start == 0:
            return phrase
        before = doc[sent.start - 1].sent
        subj = next((t for t in before if t.dep_ in ("nsubj", "nsubjpass") and t.head == before.root), None)
        if subj is None or subj.pos_ == "PRON":
            return phrase
        return _antecedent(doc, list(doc[subj.left_edge.i:subj.i + 1]))
    if len(words) >= 2 and words[0].lower_ in _GENERIC_DETERMINERS and words[1].lower_ in _GENERIC_BODIES \
            and (len(words) == 2 or words[2].pos_ == "ADP"):  # 'the service', 'the service between April and May'
        named = [(i, s) for i, s in _named_bodies(doc) if i < words[1].i and doc[i].lower_ == words[1].lower_]
        if named:
            i, s = named[-1]
            return list(doc[s:i + 1])
    return phrase


def _named_bodies(doc: Doc) -> list[tuple[int, int]]:
    """Each service, scheme or team the text names with words before it ('the Family Group
    Conferencing Service', 'our Firesetter scheme'): (index of the head, index of its first word),
    in text order; computed once per Doc."""
    found: list[tuple[int, int]] | None = doc.user_data.get(_NAMED_BODIES)
    if found is None:
        found = []
        for t in doc:
            if t.lower_ not in _GENERIC_BODIES:
                continue
            k = t.i
            while k > 0 and t.i - k < 3:
                w = doc[k - 1]
                if not w.is_alpha or w.pos_ in ("DET", "ADP", "PRON", "CCONJ", "AUX", "VERB", "NUM") \
                        or w.lower_ in _GENERIC_DETERMINERS or "\n" in w.whitespace_:
                    break
                k -= 1
            if k < t.i:
                found.append((t.i, k))
        doc.user_data[_NAMED_BODIES] = found
    return found


def _receiver(doc: Doc, head: Token, own: set[str], place_ok: bool) -> str | None:
    """A receiver named for the thing that is not the metric's (`own`: the words of the
    metric's receivers; `place_ok`: a place is a council, which receives the metric)."""
    for phrase in _receivers(doc, head):
        words = {t.lower_.strip("'’") for t in phrase} | {t.lemma_.lower() for t in phrase}
        if any(t.lower_ in _OTHER_RECEIVERS for t in phrase) and not words & {"mash", "panel", "partnership"}:
            return f"received by another body: '{_text(phrase)}'"
        if _two_word_service(phrase) and not words & {"mash", "partnership"}:
            return f"received by another body: '{_text(phrase)}'"  # 'to our family support team'
        if words & {"panel", "panels"} and words & _OTHER_PANELS and not words & _REVIEW_BODY:
            return f"received by another body: '{_text(phrase)}'"  # 'to the child exploitation (MACE) panel'
        if words & own or phrase[-1].lower_ in _NO_BODY:
            continue  # 'notifications to date', 'from referral to closure'
        if place_ok and any(t.ent_type_ in ("GPE", "LOC") for t in phrase):
            continue  # 'referrals to Kent': a council
        if _words(phrase) and not any(t.like_num or t.text == "%" for t in phrase):
            return f"received by another body: '{_text(phrase)}'"
    return None


# the reason of a receiver named before its sentence ('The service received 318 referrals' after
# the text named its Family Group Conferencing Service): the text talks of that body as its own
_NAMED_BEFORE = "received by the body named before: "


def _named_before(doc: Doc, head: Token, why: str | None) -> str | None:
    """`why`, said as a receiver named before the sentence when the body it names lies there."""
    if why is None or not why.startswith("received by another body: "):
        return why
    sent = head.sent
    if any(p and p[0].i < sent.start for p in _receivers(doc, head)):
        return _NAMED_BEFORE + why.removeprefix("received by another body: ")
    return why


# what a receiver phrase names when it is children's social care or its front door
_SOCIAL_CARE = ({"social", "care"}, {"social", "work"}, {"social", "services"}, {"children", "services"},
                {"mash"}, {"front", "door"}, {"safeguarding", "hub"})
_CONCERN = {"concern", "concerns"}
# a receiver that serves adults (adult social care, the adult MASH) takes no child's referral
_ADULTS = {"adult", "adults", "adults'"}


def concern_to_social_care(doc: Doc, head: Token) -> bool:
    """A concern about a child sent to children's social care is a referral to it: 'reported 27
    safeguarding concerns to children's social care', 'concerns passed to the MASH' (a concern
    kept in a school's own log, or referred to the police, is not)."""
    if head.lower_ not in _CONCERN:
        return False
    return any(_childrens_social_care({t.lower_.strip("'’") for t in phrase}) for phrase in _receivers(doc, head))


def _childrens_social_care(words: set[str]) -> bool:
    """A receiver's words that name children's social care or its front door (not adults')."""
    return any(need <= words for need in _SOCIAL_CARE) and not words & _ADULTS


def stepped_up_to_social_care(doc: Doc, noun: Token) -> bool:
    """A case stepped up to children's social care (from early help) is referred to it: '37 families
    were stepped up to children's services', 'we stepped up 45 children to social care', '52 step-ups
    to children's social care' (a step down, or a step up within early help, is none)."""
    if noun.lower_ in ("ups", "step-ups"):  # the noun: 'step-ups to ...'
        if noun.lower_ == "ups" and not (noun.i >= 2 and doc[noun.i - 1].text == "-" and doc[noun.i - 2].lower_ == "step"):
            return False
        start = noun.i + 1
    else:
        verb = noun.head
        if noun.dep_ not in ("nsubjpass", "dobj") or verb.pos_ != "VERB" or verb.lemma_.lower() != "step":
            return False
        up = next((t for t in doc[verb.i + 1:min(len(doc), verb.i + 3)] if t.lower_ == "up"), None)
        if up is None:
            return False
        start = max(up.i, noun.i) + 1
    to = next((t for t in doc[start:min(len(doc), start + 3)] if t.lower_ in ("to", "into")), None)
    if to is None:
        return False
    k = to.i + 1
    while k < len(doc) and k < to.i + 7 and (doc[k].pos_ in ("DET", "ADJ", "NOUN", "PROPN") or doc[k].lower_ in ("'s", "’s")):
        k += 1
    return _childrens_social_care({t.lower_.strip("'’") for t in doc[to.i + 1:k]})


# words of a purpose that keep a referral the metric's: a review, social care and its assessments
_OWN_PURPOSE = _REVIEW_BODY | {"social", "care", "mash", "assessment", "assessments", "protection", "s47",
                               "section", "enquiry", "enquiries", "strategy", "child", "children"}


def _purpose(doc: Doc, head: Token) -> str | None:
    """What a referral is for or a child is referred as, when that names another service and
    no review or social care: 'referrals for issue-based advocacy', 'referrals for early help',
    'children referred as missing education (CME)' ('referrals for a rapid review', 'referred
    for a child protection assessment' keep their metric)."""
    verb = head.head
    holders = [head] + ([verb] if head.dep_ in ("dobj", "nsubjpass", "nsubj") and verb.pos_ == "VERB"
                        and verb.lemma_.lower() == "refer" else [])
    preps = [p for holder in holders for p in holder.children if p.dep_ == "prep" and p.lower_ in ("for", "as")]
    nxt = doc[head.i + 1] if head.i + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ in ("for", "as") and nxt not in preps:
        preps.append(nxt)  # the parse hangs the 'for' on the verb
    for prep in preps:
        end = prep.i + 1
        while end < min(len(doc), prep.i + 8) and not (doc[end].is_punct and doc[end].text not in ("-", "(", ")")) \
                and not doc[end].is_space and "\n" not in doc[end - 1].whitespace_:
            end += 1
        phrase = list(doc[prep.i + 1:end])
        words = {t.lower_.strip("'’") for t in phrase} | {t.lemma_.lower() for t in phrase}
        if (any(t.lower_ in _OTHER_RECEIVERS for t in phrase) or _two_word_service(phrase)) and not words & _OWN_PURPOSE:
            return f"referred for another service: '{_text(phrase)}'"
    return None


# services named by two words, each of which alone may name the metric's own receiver or maker
_TWO_WORD_SERVICES = {("family", "support"), ("early", "help"), ("young", "carers"), ("young", "carer"),
                      ("school", "nursing"), ("health", "visiting"), ("youth", "service"), ("missing", "education"),
                      ("group", "conferencing"), ("family", "conferencing")}


def _two_word_service(phrase: list[Token]) -> bool:
    """'the family support team', 'our early help hub', 'the young carers service'."""
    low = [t.lower_ for t in phrase]
    return any((a, b) in _TWO_WORD_SERVICES for a, b in zip(low, low[1:]))


_PREPOSITIONS = {"to", "for", "by", "from", "as", "into", "in", "on", "with", "at", "of"}


def _referred_kind(doc: Doc, head: Token) -> str | None:
    """'Who referred young carers to us', 'schools referred 40 young carers': the person
    referred is one another service is for."""
    objs = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    if head.dep_ in ("amod", "acl", "relcl") and head.head.pos_ in ("NOUN", "PROPN"):
        objs.append(head.head)  # 'young carers referred by schools'
    phrases = [list(doc[obj.left_edge.i:obj.i + 1]) for obj in objs]
    if not head.dep_:  # a line with no number is not parsed: the words right after the verb
        end = head.i + 1
        while end < min(len(doc), head.i + 4) and doc[end].is_alpha and doc[end].lower_ not in _PREPOSITIONS:
            end += 1
        phrases.append(list(doc[head.i + 1:end]))
    for phrase in phrases:
        if any(t.lower_ in _OTHER_RECEIVERS for t in phrase) and not {t.lower_ for t in phrase} & _OWN_PURPOSE:
            return f"another kind: '{_text(phrase)}'"
    return None


_REFLEXIVES = {"themselves", "himself", "herself", "themself", "myself", "ourselves", "yourself"}


def _self_referred(doc: Doc, head: Token) -> str | None:
    """'73 young people referred themselves': a self-referral goes to the service the text is
    about; it is children's social care's only when the sentence names it as the receiver
    ('referred themselves to children's social care', which the receiver check keeps)."""
    if not any(c.dep_ == "dobj" and c.lower_ in _REFLEXIVES for c in head.children) \
            and not (head.i + 1 < len(doc) and doc[head.i + 1].lower_ in _REFLEXIVES):
        return None
    if any(any(need <= {t.lower_.strip("'’") for t in phrase} for need in _SOCIAL_CARE)
           for phrase in _receivers(doc, head)):
        return None
    return "a self-referral: no receiver named"


# children's social care named as the maker of referrals: where they came from ('from children's
# social care', 'made by children's social care'), a source in a list gapped after the verb ('Schools
# made 118 referrals, children's social care 96 (24%) and the police 61') or the subject that made or
# sent them ('Children's social care made 40 referrals'); it does not refer to itself, so the
# referrals go to another service
_SOCIAL_CARE_NAME = r"(?:the\s+)?(?:children['’]?s\s+)?social\s+(?:care|services|work)(?:\s+teams?)?"
_SOCIAL_CARE_MAKER = re.compile(
    r"(?:\bfrom\s+|\b(?:made|referred|sent|submitted|raised)\s+by\s+)" + _SOCIAL_CARE_NAME + r"\b"
    r"|(?:^|[,;]\s*|\band\s+)" + _SOCIAL_CARE_NAME + r"(?:\s*\(?\s*\d|\s+(?:made|referred|sent|submitted|raised)\b)",
    re.I)
# social care named as the receiver in the same sentence ('referrals to children's social care from
# schools'), and the words of a referral for a review, which social care does make
_TO_SOCIAL_CARE = re.compile(r"\b(?:to|into|received\s+by|accepted\s+by)\s+" + _SOCIAL_CARE_NAME + r"\b", re.I)
_FOR_REVIEW = re.compile(r"\b(?:reviews?|panel|criteri(?:a|on)|partnership|notif\w*|LCSPRs?|CSPRs?)\b", re.I)
_SOCIAL_CARE_MADE = "social_care_made"


def _made_by_social_care(doc: Doc, head: Token) -> str | None:
    """Referrals that children's social care made or that came from it go to another service:
    no referral to social care, and no referral for a review unless the sentence speaks of one
    ('Referrals for review came from children's social care (5) and the police (3)' keep theirs).
    Read once per sentence."""
    sent = head.sent
    memo: dict[int, str | None] = doc.user_data.setdefault(_SOCIAL_CARE_MADE, {})
    if sent.start not in memo:
        text = sent.text
        m = _SOCIAL_CARE_MAKER.search(text)
        memo[sent.start] = None if m is None or _TO_SOCIAL_CARE.search(text) or _FOR_REVIEW.search(text) \
            else f"made by children's social care: '{m.group(0).strip(' ,;(0123456789')}'"
    return memo[sent.start]


_THRESHOLDS = {"criteria", "criterion", "threshold", "thresholds"}
# what a review's or social care's threshold is for: a review, a notification, social care
_OWN_THRESHOLD = _OWN_PURPOSE | {"notification", "notifications", "lcspr", "lcsprs", "cspr", "csprs", "scr",
                                 "panel", "referral", "referrals", "intervention", "statutory", "services"}


def _threshold_of(doc: Doc, end: int) -> str | None:
    """'below the access threshold for a clinic', 'short of the entry criteria for
    counselling': a threshold for something that is neither a review nor social care is
    another service's (a rapid review's criteria keep the metric)."""
    if end >= len(doc) or doc[end].lower_ != "for":
        return None
    stop = end + 1
    while stop < min(len(doc), end + 8) and not doc[stop].is_punct and doc[stop].lower_ not in ("and", "or", "but"):
        stop += 1
    phrase = list(doc[end + 1:stop])
    words = {t.lower_.strip("'’") for t in phrase} | {t.lemma_.lower() for t in phrase}
    if not phrase or words & _OWN_THRESHOLD or not any(t.is_alpha and t.lower_ not in ("a", "an", "the", "any") for t in phrase):
        return None
    return f"criteria of another service: '{_text(phrase)}'"


def _family_contact(doc: Doc, head: Token, start: int) -> str | None:
    """Contact as time with someone, not a call about a child to the front door: 'contact with
    the family', 'contact between the child and his father', 'sibling contact', 'supervised
    contact', 'family time and contact'."""
    for prep in head.children:
        objs = [c for c in prep.children if c.dep_ == "pobj"]
        if prep.dep_ == "prep" and prep.lower_ in ("with", "between") and objs \
                and objs[0].lemma_.lower() not in _NOT_SOMEONE:
            return f"contact {prep.lower_} someone: '{doc[prep.i:prep.right_edge.i + 1].text}'"
    nxt = doc[head.i + 1] if head.i + 1 < len(doc) else None
    noun = next((t for t in doc[head.i + 2:head.i + 6] if t.pos_ in ("NOUN", "PROPN", "PRON")), None)
    if nxt is not None and nxt.lower_ in ("with", "between") and noun is not None \
            and noun.lemma_.lower() not in _NOT_SOMEONE:
        return f"contact {nxt.lower_} someone: '{doc[nxt.i:noun.i + 1].text}'"  # 'with' hung on the verb
    mods = [t for t in doc[max(0, start - 3):start] if t.head.i == head.i or t.head.head.i == head.i]
    kind = next((t for t in mods if t.lower_ in _CONTACT_KINDS), None)
    if kind is not None:
        return f"contact as family time: '{kind.text} {head.text}'"
    if head.dep_ == "conj" and head.head.lower_ in ("time", "visits", "visiting", "visit"):
        return f"contact as family time: '{doc[head.head.left_edge.i:head.i + 1].text}'"
    return None


def _grounds(doc: Doc, head: Token) -> str | None:
    """'children referred on offence grounds': grounds of referral belong to a children's
    hearing system (a referral to its reporter), not to a referral to social care or for review."""
    for i in range(head.i + 1, min(len(doc), head.i + 8)):
        if doc[i].lower_ in ("ground", "grounds") and doc[head.i + 1].lower_ in ("on", "under"):
            return f"referred on grounds: '{doc[head.i + 1:i + 1].text}'"
        if doc[i].text in (",", ";", ":", ".", "(", ")"):
            break
    return None


def _aspect(doc: Doc, start: int) -> str | None:
    """'previously looked-after children', 'were formerly looked after', 'former UASC', 'privately
    fostered': an adverb (or 'former') right before the name (over auxiliaries) that puts the care in the past or
    outside the authority; 'who are not looked after', 'no longer formally looked after': a
    negation that denies it."""
    i = start - 1
    while i >= 0 and (doc[i].pos_ in ("AUX", "PART") and doc[i].lower_ not in _NEGATIONS
                      or doc[i].text in ("-",) or doc[i].lower_ in _MANNER):
        i -= 1
    if i >= 0 and doc[i].lower_ in _ASPECTS:
        return f"aspect: '{doc[i].text}'"
    if i >= 0 and (doc[i].lower_ in _NEGATIONS or doc[i].lower_ == "longer" and i > 0 and doc[i - 1].lower_ == "no"):
        return f"negated: '{doc[max(0, i - 1) if doc[i].lower_ == 'longer' else i:start].text}'"
    return None


def _text(tokens: list[Token]) -> str:
    return "".join(t.text_with_ws for t in tokens).strip()
