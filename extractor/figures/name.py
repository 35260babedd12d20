"""Name: the metric a figure counts, by the metric rules (`_metric_of`), then by the optional
classifier where it may overrule them (OVERRIDE_SILENT, OVERRIDE_RULE, read here at call time);
and the candidates of a doc's running text, each proposed, rejected or resolved and named."""

from __future__ import annotations

import functools
import logging
import re
from typing import TYPE_CHECKING, Any, Callable, TypeVar, cast

from .. import counted
from ..findings import Period
from ..numbers import WORD_NUM, Quantity
from ..pipeline import doc_text, text_after
from .analysis import CASE_OUTCOMES, _FAMILY_METRICS, _FAMILY_STAGE, _MEASURE_RULES, _OTHER_UNITS, _QUOTED, _Candidate, _Hit, rule_hits, sentence_start_back
from .one import counts_a_thing, one_of_a_set_just_counted
from .propose import _quantities, _token_span
from .reject import (
    BOILERPLATE, PHONE, RAG_AFTER, SPAN, _PHONE, _PRONOUN_ONE_AFTER, _PRONOUN_ONE_BEFORE, _fraction_ok, _said_before, _span_over,
    _zero_ok, boilerplate_spans, is_reference, reject_reason,
)
from ..line import line_of
from .share import MONEY, POPULATION, share_of
from .caseload import CASELOAD, is_caseload
from .order import ENDED, STOCK, is_order_ended, is_order_stock
from .flow import GAP, MOVED, flow_of
from .listed import counts_its_own_noun, in_a_bracketed_list, named_near
from .placement import NOT_IN_CARE, PLACEMENT, denied_care, in_care_set, is_placement
from .qualifier import concern_to_social_care, stepped_up_to_social_care
from .order import COURT_APPLIED, court_applications
from .rate import RATE_OTHER, rate_of_other
from .respondent import RESPONDENTS, is_respondents_share
from .unit import _unit_from_context
from .resolve import (
    _BACKREF_BEFORE, _cared_for_by_a_person, elided_antecedent, named_other, share_found_by_a_study, _held_for, _rate_of_a_measure, _sampled, _counted_noun, _event_count, _foreign_noun, _period_of, _predicate_names, _rate_subject,
    _stage_of, _subject, _subject_names, _subject_of_pp, _verb_names, _window,
)
from .qualifier import QUALIFIED
from .antecedent import _CONVERSION_VERBS, _inherit, _stage_from_set
from .partitive import read_subsets

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

log = logging.getLogger(__name__)


# the rule id of a part of a set of children picked out by a trait ('of whom 27 were disabled')
TRAIT = "trait"
# themes and categories a part of a set is picked out by ('neglect', 'domestic abuse')
_THEME_RULES = {"other_theme", "other_da"}
# metrics that are reviews with a property: a review word with that property in its clause is one
_REVIEW_KINDS = {"reviews_with_learning", "national_reviews"}


def _metric_of(doc: Doc, hits: list[_Hit], ts: int, te: int, left: int, right: int,
               c_unit: str = "count", unit: str = "count") -> tuple[str, str]:
    """(metric, rule id) by the precedence documented in `rule_metric`; children one person
    has looked after or fostered are no authority's looked-after children."""
    metric, rid = _named_metric(doc, hits, ts, te, left, right, c_unit, unit)
    if metric == "looked_after_children" and any(
            h.rule.metric == metric and left <= h.start < right and _cared_for_by_a_person(doc, h, ts) for h in hits):
        return "other", "carer"  # 'a foster carer who has looked after 31 children'
    return metric, rid


def _named_metric(doc: Doc, hits: list[_Hit], ts: int, te: int, left: int, right: int,
                  c_unit: str = "count", unit: str = "count") -> tuple[str, str]:
    """(metric, rule id) by the precedence documented in `rule_metric`."""
    before = doc_text(doc)[max(doc[ts].sent.start_char, doc[ts].idx - 60):doc[ts].idx]
    feature = _FEATURE_BEFORE.search(before)
    # (a share 'of the child deaths reviewed' after 'factors were identified in' stays a share of the set)
    if feature and (c_unit == "count" or feature.group("concern") is None and feature.group("found") is None):
        return "other", FEATURE  # 'Neglect was recorded as a factor in 54 notifications'
    if c_unit == unit == "count" and _OF_WHICH_BEFORE.search(before) and _WERE_FOR.match(text_after(doc, te, 40)) \
            and not _BY_AGE.search(text_after(doc, te, 50)) and any(
                h.rule.kind in ("noun", "prop", "family") and h.rule.metric not in (None, "other")
                and sentence_start_back(doc, ts, 2) <= h.start < ts for h in hits):
        # (a set no metric counts, 'Of these [EHC plans], 388 were for children in our care', is left to the 'for')
        return "other", "none"  # 'of which 410 were for children who had been looked after': the set's (antecedent)
    total = _total_of_a_named_set(doc, hits, ts, te)
    if total is not None and total.rule.kind == "family":  # 'published its practice reviews, 4 in all'
        return _FAMILY_STAGE[total.rule.family or "review"][_stage_of(doc, hits, total.start, doc[ts].sent.start, ts)], \
            total.rule.id
    if total is not None:  # 'each rapid review, 17 in all': the count of the set just named
        return total.rule.metric or "other", total.rule.id
    # 'just under a third': 'under' right before the number is its hedge, not a property
    inwin = [h for h in hits if left <= h.start < right
             and not (h.end == ts and h.rule.id == "other_age" and doc[h.start].lower_ == "under")
             and not _under_no_age(doc, h)]
    # 'on the day of referral', 'at the time of the notification': a time, not a thing counted
    inwin = [h for h in inwin if not _time_of(doc, h)]
    # 'per 1,000 children aged 0-15': the ages define the rate's population, not a subset
    inwin = [h for h in inwin if not _in_denominator(doc, h)]
    aside = _aside_of_all(doc, te)
    if aside is not None:  # 'eight children, all of them known to services, had died': said of all, no part
        inwin = [h for h in inwin if not aside[0] <= h.start < aside[1]]
    rightside = [h for h in inwin if h.start >= te]
    source = _source_from(doc, ts, te)
    if source is not None:  # '58 came from children on plans': the source, not the thing counted
        rightside = [h for h in rightside if h.start < source]
        inwin = [h for h in inwin if not min(source, _first_source(doc, ts)) <= h.start < doc[ts].sent.end]
    # '140 children on plans, of whom 52 were under five': the set before 'of whom' is the
    # part's set, not its name; the part is named by its own clause
    of_whom = ts >= 2 and doc[ts - 1].lower_ == "whom" and doc[ts - 2].lower_ == "of"
    leftside = sorted([h for h in inwin if h.end <= ts and not of_whom], key=lambda h: -h.start)
    if of_whom and c_unit == "count" and is_placement(doc_text(doc), doc[te - 1].idx + len(doc[te - 1].text)) \
            and in_care_set(doc, ts - 2) and any(h.rule.metric == "looked_after_children" and h.end <= ts
                                                 and sentence_start_back(doc, ts, 2) <= h.start for h in hits):
        return "looked_after_children", PLACEMENT  # 'of whom 31 were in residential children's homes'
    if of_whom and c_unit == "count" and not any(h.rule.kind in ("noun", "prop", "family") and h.rule.metric != "other"
                                                 for h in rightside):
        return "other", TRAIT  # 'of whom 27 were disabled': a part picked out by a trait
    chosen: _Hit | None = None
    if c_unit == unit == "count" and _sampled(doc, ts, te):
        return "other", "sample"  # 'an audit of 40 closed plans', 'we coded all 278 reviews'
    if unit == "percent" and share_found_by_a_study(doc, ts):
        return "other", "sample"  # 'the audit found that in one case in four the plan ...'
    if _OUTCOME_AFTER.match(text_after(doc, te, 160)):
        return "other", FEATURE  # 'When their case closed, 64% had a higher wellbeing rating': an outcome of the set
    if _ATTENDANCE_AFTER.match(text_after(doc, te, 120)):
        return "other", FEATURE  # 'Of 300 children in care, 14% were persistently absent': picked out by attendance
    if c_unit == unit == "count" and _FEATURE_AFTER.match(_clause_after(doc, te)):
        return "other", FEATURE  # '23 children on a plan with exploitation as a recorded factor'
    if c_unit == unit == "count" and _WENT_MISSING.match(text_after(doc, te, 120)):
        return "other", MISSING  # '31 children in care went missing': the children an episode picks out
    if c_unit == unit == "count":
        flow = flow_of(doc_text(doc), doc[ts].idx, doc[te - 1].idx + len(doc[te - 1].text))
        if flow is not None:  # 'transferred 14 children out', '12 above the threshold': a flow or a gap
            return "other", flow
        if _in_care_with_a_feature(doc, hits, te):
            return "other", FEATURE  # '112 looked after children who have a brother or sister in care'
        if denied_care(doc_text(doc), doc[te - 1].idx + len(doc[te - 1].text)):
            return "other", NOT_IN_CARE  # '112 children ..., who are no longer formally looked after'
    elided = elided_antecedent(doc, hits, ts, te) if c_unit == unit == "count" else None
    if elided is not None:  # 'published one learning review, about a baby known as "Rosie", and commissioned two more'
        if elided.rule.kind == "family":
            return _FAMILY_STAGE[elided.rule.family or "review"][_stage_of(doc, hits, ts, left, right)], elided.rule.id
        return _in_context(doc, hits, ts, elided.rule.metric or "other"), elided.rule.id
    subset = te < len(doc) and doc[te].lower_ == "of"
    if subset:
        # "three of the five rapid reviews [property]": the first rule after the of-phrase
        of_end = te + 1
        while of_end < right and doc[of_end].pos_ in ("DET", "NUM", "ADJ", "PRON", "NOUN", "PROPN", "PART") \
                and doc[of_end].dep_ != "nsubj" or (of_end < right and doc[of_end].lower_ in ("'s", "’s")):
            of_end += 1
            if doc[of_end - 1].pos_ in ("NOUN", "PRON") and doc[of_end - 1].dep_ == "pobj":
                break
        named_as = _predicate_names(doc, hits, of_end, right)
        if c_unit == "count" and named_as is not None and named_as.rule.kind == "foreign":
            return "other", TRAIT  # '54 of them were unaccompanied asylum-seeking children', '9 of these were care leavers'
        after = [h for h in rightside if h.start >= of_end and h.rule.kind in ("prop", "noun")]
        inside = [h for h in rightside if h.start < of_end and h.rule.kind not in ("context", "stage", "foreign")]
        # a property said before the subset names it ('learning was identified from three of
        # the five rapid reviews'); an 'other' topic before it does not ('Neglect found in ...')
        left_props = [h for h in leftside if h.rule.kind == "prop" and h.rule.metric != "other"
                      and not any(doc[i].dep_ == "mark" or doc[i].text == ";" for i in range(h.end, ts))]
        # a property that names another metric wins ('three of those babies died'); one that
        # names none ('Nine of the notifications concerned babies') leaves the set's metric
        real = [h for h in after if h.rule.metric != "other" or h.rule.id in _MEASURE_RULES
                or c_unit != "count"]
        ref = counted.set_reference(doc, ts, te)
        named_set = [h for h in inside if h.rule.kind in ("noun", "prop", "family") and h.rule.metric != "other"]
        if ref is not None and ref.token >= 0:  # the hit that names the set's own noun first
            named_set.sort(key=lambda h: not h.start <= ref.token < h.end)
        # '23 of the 25 children in care referred were assessed': the participle after the set
        # names the set, not what the part did; the part keeps the set's metric
        real = [h for h in real if not _participle_of_the_set(doc, h, named_set)]
        if named_set and named_set[0].rule.metric == "child_protection_plans":
            # a plan's category is the plan's own ('41% of new plans were for neglect', '90 of them
            # were under the category of neglect'): the part keeps the whole's metric
            real = [h for h in real if not _plan_category(doc, h, of_end)]
        if c_unit != "count" and named_set:
            # a share of a set a metric counts keeps the whole's metric when the theme that picks its
            # part out is said outside the share's own clause ('Neglect was the most common concern
            # (38% of referrals to children's social care), followed by domestic abuse'): the corpus
            # convention on shares; a theme in its own predicate ('38% of them involved neglect'), a
            # time limit met or an age still makes the share a measure of its own
            real = [h for h in real if h.rule.id not in _THEME_RULES
                    or not any(t.text in (")", ",", ";") for t in doc[of_end:h.start])]
        # 'Two of the rapid reviews led to LCSPRs', 'five of them resulted in a care order': a
        # subset counted as what it became is named by that thing
        k = of_end
        while k < right and (doc[k].pos_ in ("AUX", "ADV", "PART") or _goes_on_to(doc, k)):
            k += 1  # 'two of them were later converted to ...', 'six went on to become ...'
        became = [h for h in rightside if h.start > k and h.rule.kind in ("noun", "prop", "family", "foreign")
                  and (h.rule.kind == "family" or h.rule.metric not in (None, "other") or h.rule.kind == "foreign")] \
            if k < right and doc[k].lemma_.lower() in _CONVERSION_VERBS else []
        if became:  # the classifier may not overrule such a subset (see _classify)
            doc.user_data.setdefault("became_subsets", set()).add(ts)
            if became[0].rule.kind == "foreign":  # 'a third of them led to a conference'
                return "other", "became"
        if c_unit == "count" and not (became or left_props or _subject_of_pp(doc, leftside, te)) \
                and _cases_of_a_set(doc, hits, ts, te, of_end, left, right):
            return "other", FEATURE  # 'In three of them, the family had moved': the cases a thing was so in
        if _makes_up(doc, ts):  # 'Children in care made up 40 of them': a part of the set, counted as the set
            chosen = (named_set or [h for h in inside if h.rule.kind not in ("context", "stage", "foreign")] or [None])[0]
        else:
            chosen = (became or real or left_props or _subject_of_pp(doc, leftside, te) or named_set or inside or after
                      or [h for h in leftside if h.rule.kind not in ("context", "stage", "foreign")] or [None])[0]
    else:
        timely = _timeliness_predicate(doc, hits, ts, te)
        if timely is not None:  # 'Only 31 rapid reviews were completed within 15 working days'
            return "other", TIMELY
        elided = _elided_predicate(doc, hits, ts, te) if c_unit == "percent" else None
        if elided is not None:  # 'A rapid review should be completed within 15 working days. Only 58% were.'
            return elided
        if c_unit == "count" and _led_to_a_foreign_thing(doc, hits, ts, te):  # '61 led to a child protection planning meeting'
            doc.user_data.setdefault("became_subsets", set()).add(ts)
            return "other", "became"
        noun = _counted_noun(doc, ts, te)
        if c_unit == "count" and noun is not None and concern_to_social_care(doc, noun):
            return "social_care_referrals", "concern"  # 'reported 27 concerns to children's social care'
        if c_unit == "count" and noun is not None and stepped_up_to_social_care(doc, noun):
            return "social_care_referrals", STEPPED_UP  # '37 families were stepped up to children's services'
        if c_unit == "count" and court_applications(doc, noun):
            return "court_orders", COURT_APPLIED  # 'The court considered 1,100 such applications'
        if c_unit == "count" and named_other(doc, hits, ts, te):
            return "other", NAMED_OTHER  # '91 approved fostering households': named outright
        if _foreign_noun(doc, hits, ts, te):
            return "other", "noun"  # '40 schools', '200 practitioners': not a thing a metric counts
        named = _predicate_names(doc, hits, te, min(doc[ts].sent.end, te + 12))
        if named is not None:  # 'of which 418 were joint protocol investigations'
            return ("other", "noun") if named.rule.kind == "foreign" else \
                (_in_context(doc, hits, ts, named.rule.metric or "other"), named.rule.id)
        if _rate_of_a_measure(doc, hits, ts, te):
            return "other", MEASURE  # 'a health visitor vacancy rate of 19%'
        by_subject = _subject_names(doc, hits, ts, te)
        if by_subject is not None and by_subject.rule.kind == "foreign":
            # 'Open early help assessments numbered 1,126'; 'Attendance ... was 88.2%' (a measure)
            return "other", MEASURE if by_subject.rule.id == MEASURE else "noun"
        if by_subject is not None and by_subject.rule.kind != "family":  # '... climbed to 17'
            return _in_context(doc, hits, ts, by_subject.rule.metric or "other"), by_subject.rule.id
        held = _held_for(doc, hits, ts, te)
        if held is not None:  # 'conferences were held for 142 children'
            return ("other", "noun") if held.rule.kind == "foreign" else \
                (_in_context(doc, hits, ts, held.rule.metric or "other"), held.rule.id) \
                if held.rule.kind != "family" else \
                (_FAMILY_STAGE[held.rule.family or "review"][_stage_of(doc, hits, ts, left, right)], held.rule.id)
        by_verb = _verb_names(doc, hits, ts, te)
        if by_verb is not None:  # 'agencies referred 14 cases': the verb says what the cases are
            return _in_context(doc, hits, ts, by_verb.rule.metric or "other"), by_verb.rule.id
        if _deaths_of(doc, ts, te):
            return _in_context(doc, hits, ts, "child_deaths"), "died"  # 'the deaths of two babies'
        immediate = [h for h in rightside if h.start - te <= 5 and h.rule.kind in ("noun", "family", "prop")
                     and not any(doc[i].pos_ in ("VERB", "AUX") for i in range(te, h.start))]
        # a context rule re-reads a metric, it names none of its own
        chosen = (immediate or [h for h in rightside if h.rule.kind not in ("stage", "foreign", "context")] or
                  [h for h in leftside if h.rule.kind not in ("stage", "foreign", "context")] or [None])[0]
    if chosen is None and source is not None:
        return "other", SOURCE  # the set it is a part of names it (antecedent)
    if chosen is None:
        noun = _counted_noun(doc, ts, te)
        if noun is not None and noun.lemma_.lower() in _GROUP_NOUNS:
            return "other", GROUP  # 'The school had 356 pupils on roll': a group no metric counts
        if subset and _foreign_noun(doc, hits, ts, te):
            return "other", "noun"  # 'just 6 of its own homes': a set of things no metric counts
        if c_unit != "count" and _of_a_population(doc, ts, te) and any(
                h.rule.kind == "foreign" and h.start < doc[ts].sent.end and _in_a_state(doc, h.start) for h in rightside):
            return "other", "noun"  # '31% of children live in poverty': a share with a trait no metric counts
        return "other", "none"
    if _event_count(doc, ts, te) and chosen.rule.metric != "police_protection" and not _made_by_an_agency(doc, chosen, ts) \
            and not _occasions_of_the_thing(doc, chosen, ts):
        return "other", "events"  # 'missing 16 times', 'on five occasions': a case fact
    if re.search(r"\b(?:in|for)\s+the\s+(?:other|remaining)\s+$", doc[max(0, ts - 4):ts].text + " ", re.I):
        return "other", "remainder"  # 'in the other two, no review was needed'
    if subset and not after and _foreign_noun(doc, hits, ts, te):
        return "other", "noun"
    covering = [h for h in inwin if h.rule.kind == "prop" and h.start <= chosen.start < h.end]
    if chosen.rule.kind == "family" and covering:
        chosen = covering[0]  # 'national reviews': the defining property names the metric
    prop_after = [h for h in rightside if h.rule.kind == "prop" and h.rule.metric
                  and h.start == chosen.end and doc[h.start].pos_ == "VERB" and not subset]
    if chosen.rule.kind == "family" and prop_after:
        chosen = prop_after[0]  # '11 reviews identified learning': the property the reviews share
    kinds_of_review = [h for h in inwin if h.rule.kind == "prop" and h.rule.metric in _REVIEW_KINDS]
    if chosen.rule.kind == "family" and kinds_of_review:
        chosen = kinds_of_review[0]  # 'Learning was identified in 11 reviews'

    if chosen.rule.kind == "family":
        stage = _stage_of(doc, hits, ts, left, right)
        about = [h for h in rightside if h.rule.kind == "prop" and h.rule.metric in CASE_OUTCOMES]
        if stage is None and about:  # 'Two in every three reviews were about a child who died'
            return about[0].rule.metric or "other", about[0].rule.id
        return _FAMILY_STAGE[chosen.rule.family or "review"][stage], chosen.rule.id
    # 'Nineteen were overdue': a status names no thing, so the thing of the sentences before it
    # (an improvement plan's actions) still reads it
    back = _STATUS_BACK if chosen.rule.id in _STATUS_RULES else 0
    if te < len(doc) and doc[te].lower_ == "such" and doc[te].i + 1 <= chosen.start <= doc[te].i + 2:
        back = max(back, 1)  # '38 such referrals': referrals of the kind the sentence before named
    return _in_context(doc, hits, ts, chosen.rule.metric or "other", back), chosen.rule.id


def _aside_of_all(doc: Doc, te: int) -> tuple[int, int] | None:
    """The token span of an aside said of all the things counted, between commas after the
    counted noun: 'eight children, all of them known to services, had died', '12 reviews, each
    of them about a baby, were held'. What it says picks out no part, so it names no metric."""
    k = te
    while k < len(doc) and k < te + 4 and doc[k].pos_ in ("NOUN", "PROPN", "ADJ"):
        k += 1
    if k == te or k + 2 >= len(doc) or doc[k].text != "," or doc[k + 1].lower_ not in ("all", "each", "both", "every"):
        return None
    end = doc[k].sent.end
    close = next((j for j in range(k + 2, min(end, k + 14)) if doc[j].text == ","), None)
    return (k + 1, close) if close is not None else None


_PERSON_NOUNS = {"child", "baby", "infant", "teenager", "boy", "girl", "toddler", "person", "sibling", "youngster"}


def _deaths_of(doc: Doc, ts: int, te: int) -> bool:
    """'the deaths of two babies', 'following the deaths of three teenagers': a count of children
    whose deaths are told counts child deaths, whatever their age (the corpus convention: deaths of
    under-ones keep child_deaths; the spec's own example)."""
    noun = _counted_noun(doc, ts, te)
    if noun is None or noun.lemma_.lower() not in _PERSON_NOUNS or noun.dep_ != "pobj":
        return False
    prep = noun.head
    return prep.lower_ == "of" and prep.head.lemma_.lower() == "death"


# who makes referrals and raises concerns as a service, not as the case itself
_AGENCY_SUBJECTS = {"staff", "school", "schools", "police", "service", "team", "we", "practitioner", "practitioners",
                    "agency", "agencies", "partner", "partners", "officer", "officers", "teacher", "teachers", "nurse",
                    "nurses", "worker", "workers", "gp", "gps", "hospital", "professional", "professionals", "trust",
                    "midwife", "midwives", "visitor", "visitors", "colleague", "colleagues", "volunteer", "volunteers",
                    "academy", "academies", "nursery", "nurseries", "college", "colleges", "council", "charity", "project"}


def _made_by_an_agency(doc: Doc, chosen: _Hit, ts: int) -> bool:
    """'Youth workers flagged a concern to the council on 12 occasions', 'the academy made
    referrals to the front door on 9 occasions': the occasions a service made the
    metric's referral or concern (the object of the number's verb) are that many referrals, not
    a fact of one case ('He was referred to the front door on seven occasions')."""
    if chosen.rule.metric not in ("social_care_referrals", "review_referrals"):
        return False
    verb = doc[ts]
    for _ in range(8):  # up through 'occasions', 'on' and a noun the 'on' hangs from ('a concern on 31 occasions')
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    obj = [c for c in verb.children if c.dep_ == "dobj" and chosen.start <= c.i < chosen.end]
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(obj) and bool(subj) and subj[0].lower_ in _AGENCY_SUBJECTS


# metrics that count events (a review, a notification, an enquiry, an order), not children
_EVENT_METRICS = {"rapid_reviews", "serious_incident_notifications", "review_referrals", "social_care_referrals",
                  "section_47_enquiries", "court_orders", "national_reviews", "lcsprs_commissioned",
                  "lcsprs_published", "serious_case_reviews"}


def _occasions_of_the_thing(doc: Doc, chosen: _Hit, ts: int) -> bool:
    """'Rapid reviews were held on 11 occasions', 'the panel was notified of a serious incident
    on nine occasions': the occasions are the metric's own events when the verb's subject (or
    object) is the thing the metric counts; 'He was referred on seven occasions' stays a case
    fact (its subject is a person), and so do occasions of children ('went missing')."""
    if chosen.rule.metric not in _EVENT_METRICS:
        return False
    verb = doc[ts]
    for _ in range(8):  # up through 'occasions' and 'on' to the verb
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and chosen.start <= c.i < chosen.end for c in verb.children)


# the rule id of a part of a set said by its source, whose set names it ('12 from care leavers')
SOURCE = "source"
# verbs that say where a part of a set came from: '58 came from children on plans'
_SOURCE_VERBS = {"come", "arrive"}
# verbs whose subject describes a part of a set counted as the set: 'Babies made up 12 of them'
_MAKE_UP = re.compile(r"\b(?:made|make|makes|making)\s+up\s+(?:just\s+|only\s+|some\s+|about\s+|around\s+)?$", re.I)


def _source_from(doc: Doc, ts: int, te: int) -> int | None:
    """The token where a part's source begins, when the number is a part of a set said by where
    it came from: '58 came from children on plans', '12 from care leavers' (the verb elided
    after one that came from), '41% came from schools'. The source names who made the referrals
    or notifications, not what is counted (the corpus convention: a breakdown by source keeps the
    metric of its whole)."""
    k = te
    while k < len(doc) and doc[k].pos_ in ("AUX", "ADV", "PART") and doc[k].lower_ != "from":
        k += 1
    if k < len(doc) and doc[k].lemma_.lower() in _SOURCE_VERBS and k + 1 < len(doc) and doc[k + 1].lower_ == "from":
        return k + 1
    if te < len(doc) and doc[te].lower_ == "from" and ts > 0 and doc[ts - 1].text in (",", ";", "and") \
            and any(t.lemma_.lower() in _SOURCE_VERBS and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "from"
                    for t in doc[doc[ts].sent.start:ts]):
        return te  # '..., 12 from care leavers and 9 from schools'
    return None


def _first_source(doc: Doc, ts: int) -> int:
    """The first 'from' after a verb of coming in the number's sentence (the sources of its
    parts begin there), else the sentence's end."""
    sent = doc[ts].sent
    return next((t.i + 1 for t in doc[sent.start:sent.end - 1] if t.lemma_.lower() in _SOURCE_VERBS
                 and doc[t.i + 1].lower_ == "from"), sent.end)


def _makes_up(doc: Doc, ts: int) -> bool:
    """Whether the number is the object of 'made up' ('Children in care made up 40 of them')."""
    return bool(_MAKE_UP.search(doc_text(doc)[max(0, doc[ts].idx - 30):doc[ts].idx]))


# the prepositions of a state a share's members are in or eligible for ('live in poverty',
# 'eligible for free school meals'); 'placed 20 miles from home' says where, not what
_STATE_PREPS = {"in", "into", "for", "with", "under"}


# the people a population share is of ('of children', 'of the borough's pupils')
_POPULATION = {"child", "children", "pupil", "people", "person", "family", "household", "resident", "baby", "infant",
               "teenager", "student", "youngster"}
_SET_BEFORE_BRACKET = re.compile(r"\bof\s+(?:the|these|those|them|its|their|our|this|that|all)\b[^()]{0,60}\(\s*$", re.I)


def _of_a_population(doc: Doc, ts: int, te: int) -> bool:
    """Whether a share names no set said before: no 'of' after it, or 'of' a population named
    afresh ('of Rochdale children', 'of pupils'), not 'of the enquiries' or 'of them'."""
    before = doc_text(doc)[doc[ts].sent.start_char:doc[ts].idx]
    if _SET_BEFORE_BRACKET.search(before):
        return False  # 'About a third of the enquiries (35%)': the bracket restates a share of a set said before
    if te >= len(doc):
        return False
    if doc[te].lower_ != "of":  # 'One in three children live in poverty'; 'three quarters live with foster carers' names none
        return doc[te].pos_ in ("NOUN", "PROPN")
    ref = counted.set_reference(doc, ts, te)
    if ref is not None and ref.kind != "noun":
        return False  # 'of them', 'of these'
    k = te + 1
    while k < min(len(doc), te + 5) and doc[k].pos_ in ("DET", "PRON", "ADJ", "PART", "PROPN") and doc[k].lemma_.lower() not in _POPULATION:
        k += 1
    # 'of Dudley children', 'of its children', 'of pupils': a population; 'of the enquiries': a set said before
    return k < len(doc) and (doc[k].lemma_.lower() in _POPULATION
                             or not any(doc[j].pos_ in ("DET", "PRON") for j in range(te + 1, k)))


def _in_a_state(doc: Doc, start: int) -> bool:
    """Whether the name at token `start` is the object of a preposition of a state (back over
    its determiner and modifiers: 'in relative low income families')."""
    k = start - 1
    while k > start - 4 and k >= 0 and doc[k].pos_ in ("DET", "ADJ", "ADV", "NOUN", "PROPN") and doc[k].lower_ not in _STATE_PREPS:
        k -= 1
    return k >= 0 and doc[k].lower_ in _STATE_PREPS


# 'N in total', 'N in all', 'N altogether', 'N all told' set after a named set by a comma
_IN_TOTAL_AFTER = re.compile(r"\s+(?:in\s+total|in\s+all|altogether|all\s+told|overall)\b", re.I)


def _total_of_a_named_set(doc: Doc, hits: list[_Hit], ts: int, te: int) -> _Hit | None:
    """'wrote reports for each rapid review, 17 in all', 'the section 47 enquiries we started, 412
    in all': a count apposed to the noun phrase just before it, by a comma and 'in total', is
    the size of that set; the name ending the phrase names it."""
    if ts < 2 or doc[ts - 1].text != "," or not _IN_TOTAL_AFTER.match(doc_text(doc), doc[te - 1].idx + len(doc[te - 1].text)):
        return None
    lo = doc[ts].sent.start
    named = [h for h in hits if lo <= h.start and h.end <= ts - 1 and (h.rule.kind in ("noun", "prop")
             and h.rule.metric not in (None, "other") or h.rule.kind == "family")]
    if not named:
        return None
    last = max(named, key=lambda h: h.end)
    return last if last.end >= ts - 4 else None


# a kind of a set's members that names the set's metric: 'the main category for 71 of them' (of plans)
_CATEGORY_WORDS = {"category", "categories"}
# verbs whose 'for' takes a share: 'accounted for 36 of the deaths'
_SHARE_OF_VERBS = {"account"}


def _cases_of_a_set(doc: Doc, hits: list[_Hit], ts: int, te: int, of_end: int, left: int, right: int) -> bool:
    """'In four of them, the family had been away', 'For five of the 9 children on plans, no
    home check was made', 'we managed that in eleven of the fourteen': a part of a set said as
    the cases 'in' or 'for' which something was so counts the cases with that feature (other, the
    corpus convention), unless its clause names a metric of its own ('in nine of them the child
    died', 'Rapid reviews were completed in 18 of them') or a category of the set's members."""
    tok = doc[te - 1]
    while tok.dep_ in ("nummod", "quantmod", "compound") and tok.head.i != tok.i and tok.head.i < te:
        tok = tok.head
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "for") or tok.head.head.lemma_.lower() in _SHARE_OF_VERBS:
        return False  # 'Babies accounted for 36 of the deaths': a share of the set, not cases of it
    sent = doc[ts].sent
    if any(t.lemma_.lower() in _CATEGORY_WORDS for t in doc[sent.start:sent.end]):
        return False
    # the set's own phrase ('of the 12 children on child protection plans') names the set, not the
    # cases (its prepositional modifiers, not a clause: 'in 196 of those cases the child had died')
    of_end = max(of_end, _set_phrase_end(doc, te))
    clause = [h for h in hits if left <= h.start < ts or of_end <= h.start < right]
    if any(doc[i].lemma_.lower() in ("neglect", "abuse") for h in clause for i in range(h.start, h.end)) and any(
            h.rule.metric == "child_protection_plans" for h in hits if te <= h.start < of_end):
        return False  # 'Neglect was recorded for 1,081 of the children on the register': the plans' category
    own = [h for h in clause if h.rule.kind in ("noun", "prop", "family") and (h.rule.metric not in (None, "other") or h.rule.kind == "family")]
    return not own


_DEMONSTRATIVES = {"these", "those", "them"}


def _set_phrase_end(doc: Doc, te: int) -> int:
    """The end of the set's phrase after a part's 'of' ('of the 20 looked after children on
    plans'): up to punctuation, a verb with a subject, or a noun phrase that opens a clause right
    after the set's noun ('of those cases the child had died')."""
    end, noun = te + 1, False
    while end < doc[te].sent.end:
        t = doc[end]
        if t.is_punct or t.pos_ == "AUX" or noun and t.pos_ in ("DET", "PRON") and doc[end - 1].pos_ in ("NOUN", "PROPN", "PRON"):
            break
        if t.pos_ == "DET" and doc[end - 1].lower_ in _DEMONSTRATIVES:
            break  # 'of these the school nurse referred ...': the demonstrative is the set, read as a determiner
        noun = noun or t.pos_ in ("NOUN", "PROPN", "PRON")
        end += 1
    return end


# the rule id of a count of people no metric counts as such, its clause naming no metric: pupils,
# students, households, residents, parents ('6 pupils were subject to a child protection plan' is
# named by its predicate; '356 pupils on roll' by nothing: it is found, and fits no metric)
GROUP = "group"
_GROUP_NOUNS = {"pupil", "student", "learner", "household", "resident", "parent", "adult", "patient",
                "tenant", "member", "employee", "worker", "volunteer", "visitor", "attendee", "participant"}


# the rule id of a number whose subject is a measure no metric is ('Attendance ... was 88.2%')
MEASURE = "measure"


# rules that name a status of recommendations, not the recommendations ('overdue', 'on track'),
# and how many sentences back such a number's context reaches
_STATUS_RULES = {"recs_overdue", "recs_status"}
_STATUS_BACK = 2


def _led_to_a_foreign_thing(doc: Doc, hits: list[_Hit], ts: int, te: int) -> bool:
    """'61 led to a child protection planning meeting', '310 led to a single assessment': a count
    whose own verb is a conversion ('led to', 'resulted in') into a thing no metric counts (the
    first thing its clause names after the verb) counts those things, not the set it came from. (A
    share that led to it, '31% led to a conference', is a share of the set: the corpus convention.)"""
    k = te
    while k < len(doc) and (doc[k].pos_ in ("AUX", "ADV", "PART") or _goes_on_to(doc, k)):
        k += 1
    if k >= len(doc) or doc[k].lemma_.lower() not in _CONVERSION_VERBS:
        return False
    tok = doc[te - 1]
    while tok.dep_ in ("nummod", "quantmod", "compound") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.i != k:
        return False
    end = doc[ts].sent.end
    stop = next((t.i for t in doc[k:end] if t.text in (";", ",") or t.dep_ == "cc" and t.head.i == k), end)
    after = [h for h in hits if k < h.start < stop and h.rule.kind in ("noun", "prop", "family", "foreign")]
    return bool(after) and after[0].rule.kind == "foreign"


# the rule id of the cases a feature was found in: 'Neglect was a factor in 54 notifications', 'featured
# in 38 of the rapid reviews', 'Parental drug use was noted for 33 children' (a thing cited or noted for
# cases is a feature of them), 'a concern for 29 of the 45 children' (a share 'a concern for 47% of
# registrations' keeps the whole's metric; 'the main category for 61 children' is a category of plans)
FEATURE = "feature"
# the rule id of a thing no metric counts that the lexicon names outright in several words
NAMED_OTHER = "named other"
_HEDGE = r"(?:(?:about|around|nearly|almost|over|some|just\s+over|just\s+under|more\s+than|fewer\s+than|less\s+than)\s+)?"
# a part of a set said before ('..., of which', 'Of these,') and whom it was for ('410 were for
# children who had been looked after', '12 were for babies'): the part counts the set's things, the
# 'for' says whom they were made for, not what they are
_OF_WHICH_BEFORE = re.compile(r"\b(?:of|among)\s+(?:which|these|them|those)\s*,?\s*$", re.I)
_WERE_FOR = re.compile(r"\s*(?:were|was|had\s+been|have\s+been)\s+(?:(?:made|granted|issued|agreed|held)\s+)?for\s+(?!the\s+first\b)", re.I)
# a part picked out by age is not settled (corpus/README.md, 'Conventions settled', 3): left as it is read
_BY_AGE = re.compile(r"\b(?:under|aged|bab(?:y|ies)|infants?|teenagers?|newborns?|unborn)\b", re.I)
_FEATURE_BEFORE = re.compile(
    r"(?:\b(?:a|an|the)\s+(?:[\w-]+\s+)?(?:factor|feature|theme)|\bfeatured"
    r"|\b(?:was|were|is|are|been|being)\s+(?:also\s+)?(?:cited|mentioned|noted|flagged)"
    # 'avoidable factors were found in 21', 'Parental drug use was found in 17'
    r"|\b(?:factors?|features?|themes?|issues?|risks?|concerns?|vulnerabilit(?:y|ies))\s+(?:was|were|had\s+been|have\s+been|has\s+been)"
    r"\s+(?:also\s+)?(?:identified|found|present|recorded|seen|evident)(?P<found>)|(?P<concern>\b(?:a|an|the)\s+(?:[\w-]+\s+)?concern))"
    r"\s+(?:in|for)\s+" + _HEDGE + "$", re.I)


# a feature said after the counted cases ('23 children on a plan with neglect as a recorded factor',
# 'cases with domestic abuse identified as a risk factor'): the cases a feature was found in
_FEATURE_AFTER = re.compile(
    r"(?:\s+[\w'’-]+){0,10}?\s+with\s+(?:an?\s+)?(?:[\w'’-]+\s+){1,4}?(?:(?:recorded|identified|flagged|noted|listed)\s+)?"
    r"as\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:factor|feature|theme)\b", re.I)


# a predicate that says the counted cases ended better or worse on a measure ('64% had a higher
# wellbeing score', '41 families showed an improved rating'): an outcome, a feature of the cases
_OUTCOME_AFTER = re.compile(
    r"\s*(?:%|per\s+cent|percent)?\s*(?:of\s+(?:the\s+|these\s+|those\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}\s+)?"
    r"(?:had|showed|achieved|recorded|reported|saw|gained)\s+(?:an?\s+|their\s+)?"
    r"(?:better|improved|higher|lower|worse|reduced|increased)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:score|scores|rating|ratings|grade|grades|outcome|outcomes)\b", re.I)


# a predicate that picks children out by their school attendance ('14% were persistently absent',
# '31 missed 10% or more of their sessions', '9% were suspended at least once'): a feature of the
# set, count or share alike (the corpus convention: feature subsets are other)
_ATTENDANCE_AFTER = re.compile(
    r"\s*(?:%|per\s+cent|percent)?\s*(?:of\s+(?:the\s+|these\s+|those\s+|them\b)?(?:[\w'’-]+(?:\s+[\w'’-]+){0,3})?\s*)?"
    r"(?:,\s*)?(?:who\s+|that\s+)?(?:were|was|are|is|had\s+been|have\s+been|has\s+been)\s+(?:also\s+|still\s+)?"
    r"(?:(?:persistently|severely|regularly|frequently|often|chronically)\s+absent|"
    r"(?:permanently\s+)?excluded|suspended)\b"
    r"|\s*(?:%|per\s+cent|percent)?\s*(?:of\s+(?:the\s+|these\s+|those\s+|them\b)?(?:[\w'’-]+(?:\s+[\w'’-]+){0,3})?\s*)?"
    r"(?:who\s+|that\s+)?(?:missed|miss|had\s+missed)\s+(?:\S+\s+(?:or\s+more\s+)?of\s+)?(?:their\s+|the\s+)?(?:possible\s+)?"
    r"(?:school|sessions|lessons|education)\b", re.I)


MISSING = "missing"
# a count whose own predicate says its children went missing or ran away ('27 children in care
# went missing', '14 looked after children who were reported missing'): a subset picked out by an
# episode, other by the corpus convention (a share of them keeps the whole's metric)
_WENT_MISSING = re.compile(
    r"(?:\s+[\w'’-]+){0,5}?\s+(?:who\s+|that\s+)?(?:(?:had\s+|have\s+)?(?:gone|went|go)\s+missing|"
    r"(?:were|was|had\s+been|have\s+been)\s+(?:reported\s+)?(?:missing|absent)\b|"
    r"(?:ran|run|had\s+run|have\s+run)\s+away|absconded)", re.I)


# the rule id of a count whose predicate says a time limit was met (the classifier may not overrule it)
TIMELY = "timely"
# a time limit met: 'within 15 working days', 'within timescale', 'on time'
_TIMELINESS_RULES = {"other_within", "other_within2", "other_time"}


def _timeliness_predicate(doc: Doc, hits: list[_Hit], ts: int, te: int) -> _Hit | None:
    """The time limit the predicate of a counted subject says was met ('31 rapid reviews were
    completed within 15 working days', '9 notifications were made on time'): the count is a
    timeliness subset, whatever its noun (the corpus convention: timeliness is other)."""
    tok = doc[te - 1]
    for _ in range(3):  # up through the number's own noun phrase ('31' -> 'reviews'), not an of-phrase
        if tok.dep_ in ("nsubj", "nsubjpass") or tok.head.i == tok.i or tok.dep_ not in ("nummod", "quantmod", "compound", "amod"):
            break
        tok = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = tok.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    end = doc[ts].sent.end
    for h in hits:
        if h.rule.id in _TIMELINESS_RULES and verb.i < h.start < end and doc[h.start].head.i == verb.i \
                and not any(t.lemma_.lower() in ("month", "year") for t in doc[h.start:h.end]) \
                and not any(t.lower_ in _WHOLE_SET for t in doc[verb.i + 1:h.start]):
            return h  # ('referred again within 12 months' defines a re-referral: a window, not a limit)
    return None


# a share whose clause is only its auxiliary ('In 2025-26 only 58% were.', 'Last year 71% did.')
_ONLY_AUX_AFTER = re.compile(r"\s*(?:were|was|did|had|have|are|is|do)\s*(?:[.;]|\[|$)", re.I)


def _elided_predicate(doc: Doc, hits: list[_Hit], ts: int, te: int) -> tuple[str, str] | None:
    """A share whose verb phrase is elided ('A rapid review should be completed within 15 working
    days. In 2025-26 only 58% were.') is a share of the sentence before's subject that did what
    that sentence says: a time limit met makes it a timeliness measure (other, as a share 'within
    15 working days' is), else it is a share of the subject's metric."""
    if not _ONLY_AUX_AFTER.match(text_after(doc, te, 12)):
        return None
    sent = doc[ts].sent
    if sent.start == 0:
        return None
    before = doc[sent.start - 1].sent
    if any(h.rule.id in _TIMELINESS_RULES and before.start <= h.start < before.end for h in hits):
        return "other", TIMELY
    subjects = [t for t in before if t.dep_ in ("nsubj", "nsubjpass") and t.head == before.root]
    for t in subjects:
        for h in hits:
            if h.start <= t.i < h.end and h.rule.kind in ("noun", "prop") and h.rule.metric not in (None, "other"):
                return h.rule.metric, h.rule.id
    return None


# the whole set met the limit, so the count is the set: '27 rapid reviews were held, all within 15 days'
_WHOLE_SET = {"all", "each", "every", "both"}
_TIME_NOUNS = {"day", "time", "date", "week", "moment", "month"}


def _time_of(doc: Doc, h: _Hit) -> bool:
    """Whether the hit names the event of a time phrase: 'on the day of referral', 'at the time
    of the notification', 'within a week of the strategy discussion'."""
    tok = doc[h.end - 1]
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in _TIME_NOUNS \
        and tok.head.head.i < h.start


# what may follow an age's 'under': a number or an age group ('under 18', 'under one', 'the under-fives')
_AGE_AFTER_UNDER = re.compile(r"^(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
                              r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|-|‑|–)", re.I)
# the abuse categories a child protection plan is made under
_PLAN_CATEGORIES = {"neglect"}
# how a part names its plans' category: 'were for neglect', 'under neglect', 'due to neglect', 'the category of neglect'
_CATEGORY_LEAD = {"for", "under", "to", "of"}


def _under_no_age(doc: Doc, h: _Hit) -> bool:
    """Whether an age rule's 'under' is followed by no age: 'under the category of neglect',
    'under review', 'under section 47' name no age group."""
    if h.rule.id != "other_age" or doc[h.start].lower_ != "under" or h.start + 1 >= len(doc):
        return False
    nxt = doc[h.start + 1]
    if nxt.lower_ == "age" or nxt.lower_ == "the" and h.start + 2 < len(doc) and doc[h.start + 2].lower_ == "age":
        return False  # 'under the age of two'
    return not (nxt.like_num or _AGE_AFTER_UNDER.match(nxt.text))


_FINITE_AFTER = {"was", "were", "is", "are", "had", "has", "have"}


_HAVE = {"have", "has", "had"}


def _in_care_with_a_feature(doc: Doc, hits: list[_Hit], te: int) -> bool:
    """Whether the number counts children in care named with a relative clause of what they have
    ('112 looked after children who have a brother or sister also in care', '40 children in care
    who had a disability'): a set picked out by a feature, not the care itself ('who have been looked
    after for two years' restates the care; where they live is a placement)."""
    for h in hits:
        if h.rule.metric != "looked_after_children" or not te <= h.start <= te + 1 or h.end + 2 >= len(doc):
            continue
        return doc[h.end].lower_ in ("who", "that") and doc[h.end + 1].lower_ in _HAVE \
            and doc[h.end + 2].lower_ not in ("been", "lived", "had") and doc[h.end + 2].pos_ != "VERB"
    return False


def _participle_of_the_set(doc: Doc, h: _Hit, named_set: list[_Hit]) -> bool:
    """Whether a hit is a participle said right after the named set of a part that has its own
    verb later: '23 of the 25 children in care referred (92%) were assessed', '9 of the 11 looked
    after children placed out of county had a visit' (not 'six of them were referred to ...')."""
    tok = doc[h.start]
    if h.end - h.start != 1 or tok.tag_ not in ("VBN", "VBD", "VBG") or not any(n.end == h.start for n in named_set):
        return False
    return any(t.lower_ in _FINITE_AFTER for t in doc[h.end:tok.sent.end])


def _plan_category(doc: Doc, h: _Hit, of_end: int) -> bool:
    """Whether a theme hit after a part of a set of plans names the plans' category: 'were for
    neglect', 'were under the category of neglect', 'were due to neglect' (not 'with neglect as a
    factor', which is a feature found in the cases)."""
    if h.rule.id not in _THEME_RULES or doc[h.start].lower_ not in _PLAN_CATEGORIES or h.start < of_end + 1:
        return False
    if doc[h.start - 1].lower_ not in _CATEGORY_LEAD:
        return False
    after = doc[h.end:min(h.end + 4, doc[h.start].sent.end)]
    return not any(t.lemma_.lower() in ("factor", "feature", "concern", "theme") for t in after)


def _in_denominator(doc: Doc, h: _Hit) -> bool:
    """Whether an age hit sits in a rate's denominator: 'per 10,000 children aged under 18',
    'per 1,000 of the population aged 0-15'."""
    if h.rule.id != "other_age":
        return False
    for i in range(h.start - 1, max(h.start - 6, -1), -1):
        if doc[i].lower_ == "per":
            return True
        if doc[i].is_punct and doc[i].text not in (",", "-"):
            return False
    return False


def _in_context(doc: Doc, hits: list[_Hit], ts: int, metric: str, back: int = 0) -> str:
    """A 'context' rule in the sentence (or `back` sentences before it) re-reads a metric
    ('referrals' to children's social care are social_care_referrals, not referrals for a case
    review)."""
    sent = doc[ts].sent
    start = sentence_start_back(doc, ts, back)
    # a plan's or a log's actions are its business, but recommendations named beside them are a
    # review's ('the review's 12 recommendations are carried in the improvement plan')
    named_recs = metric == "recommendations" and any(t.lemma_.lower() == "recommendation" for t in sent)
    # the receiver said right after the number's own noun ('and 38 referrals to adult social care'),
    # else the first context the text names ('to the early help hub': early help, not the hub);
    # rule_hits gives the hits in text order
    near = [h for h in hits if ts < h.start <= ts + _NEAR]
    for h in [*near, *hits]:
        if h.rule.kind == "context" and h.rule.family == metric and start <= h.start < sent.end \
                and not (named_recs and h.rule.metric == "other") \
                and not (h.rule.id in _OUTCOME_CUES and _names_a_review(doc, hits, start, sent.end)):
            return h.rule.metric or metric
    return metric


# how far after the number a context names its own noun's receiver ('38 referrals to adult social care')
_NEAR = 4


# cues that read referrals by an outcome a referral to children's social care has ('ended with no
# further action'), unless the sentence names the review the referrals were for
_OUTCOME_CUES = {"ctx_nfa_outcome"}


def _names_a_review(doc: Doc, hits: list[_Hit], start: int, end: int) -> bool:
    """Whether tokens [start, end) name a case review ('for a rapid review', 'for an LCSPR')."""
    return any(doc[i].lemma_.lower() == "review" for i in range(start, end)) or \
        any(h.rule.kind == "family" and start <= h.start < end for h in hits)


# A figure whose counted thing was never found keeps metric 'other' with this low confidence and
# says so in its method (show lists it among the figures the tool was unsure of).
UNRESOLVED = "unresolved: the counted thing was not found"
UNRESOLVED_CONFIDENCE = 0.5

# When the classifier may overrule the rules: its probability must reach OVERRIDE_SILENT where no
# rule names the number, OVERRIDE_RULE against a rule's reading. Calibrated on held-out folds
# (benchmarks/metric_cv.py); the model is trained with the rule's reading as a feature. Against
# a rule it needs 0.65: trained on folders whose gold files disagree on subsets with a trait
# ('three of these families became subject to a court order'), it was overruling a rule that
# names the metric outright at p=0.62.
OVERRIDE_SILENT = 0.5
# rules whose words name a re-referral outright ('re-referrals', 're-referred', 'referred again')
RE_REFERRAL_RULES = frozenset({"scref_rereferral", "scref_rereferral2", "scref_rereferred",
                               "scref_rereferred2", "scref_referred_again"})
OVERRIDE_RULE = 0.65
# a case stepped up to children's social care, which the words name a referral outright
STEPPED_UP = "stepped_up"


def _clause_after(doc: Doc, te: int) -> str:
    """The text after the number to the end of its clause (a ';' or a sentence end)."""
    text = doc_text(doc)
    end = doc[te - 1].idx + len(doc[te - 1].text)
    stop = doc[te - 1].sent.end_char
    return re.split(r"[;:]|,\s+(?:and|but|while|whereas)\b", text[end:stop], maxsplit=1)[0]


def _goes_on_to(doc: Doc, k: int) -> bool:
    """Whether token k is 'went'/'go' or its 'on' in 'went on to' (a later change of state)."""
    tok = doc[k]
    if tok.lemma_.lower() == "go":
        return k + 2 < len(doc) and doc[k + 1].lower_ == "on" and doc[k + 2].lower_ == "to"
    return tok.lower_ == "on" and k > 0 and doc[k - 1].lemma_.lower() == "go"


def _classify(doc: Doc, ts: int, te: int, rule_metric: str, rule_id: str) -> tuple[str, float, str]:
    """Let the metric classifier decide where rules are silent, or disagree with less confidence."""
    rule_conf = 0.6 if rule_id == "none" else 0.9
    if rule_id in ("unit", "events", "carer", "sample", SOURCE, MONEY, POPULATION, TRAIT, CASELOAD, RATE_OTHER, TIMELY, FEATURE,
                   MISSING, MOVED, GAP, NAMED_OTHER, NOT_IN_CARE, STOCK, ENDED, PLACEMENT, GROUP, MEASURE, RESPONDENTS) or rule_id.startswith(QUALIFIED):
        # durations, ages, money, 'N times', a sample drawn for study: never a metric's count
        return rule_metric, rule_conf, f"rule:{rule_id}"
    if rule_id in RE_REFERRAL_RULES or rule_id == STEPPED_UP:
        # 're-referred', 'referred again/back': the verb names a re-referral outright, whoever is
        # referred ('21% of families were referred back'); the classifier reads the noun instead;
        # so does 'stepped up to children's social care' a referral ('37 families were stepped up')
        return rule_metric, rule_conf, f"rule:{rule_id}"
    try:
        from .. import metric_model
        pred = metric_model.predict_metric(metric_model.metric_features(
            doc, ts, te, rule_metric, rule_id))
    except Exception as exc:  # the classifier is optional; rules stand alone
        log.debug("metric classifier unavailable: %s", exc)
        return rule_metric, rule_conf, f"rule:{rule_id}"
    if pred is None:
        return rule_metric, rule_conf, f"rule:{rule_id}"
    metric, conf = pred
    if metric == rule_metric:
        return metric, max(conf, rule_conf), f"rule:{rule_id}"
    if ts in doc.user_data.get("became_subsets", ()):
        # 'Three of these families became subject to a court order': a subset counted as what it
        # became is named by that thing (the corpus convention); folders whose gold reads subsets
        # with a trait as other teach the classifier to overrule it; 'a third of them led to a
        # conference' counts conferences, which no metric counts, not the set's metric
        return rule_metric, rule_conf, f"rule:{rule_id}"
    if rule_metric == "other" and metric != "other" and in_a_bracketed_list(doc, ts, te) \
            and (not named_near(doc, _doc_rules(doc)[3], ts, metric) or counts_its_own_noun(doc, _doc_rules(doc)[3], ts, metric)):
        # 'domestic abuse (37)', 'the police (9)' in a list of bracketed counts: the label is no
        # thing counted, and the list's thing is not the classifier's metric
        return rule_metric, rule_conf, f"rule:{rule_id}"
    if conf > (OVERRIDE_SILENT if rule_id == "none" else OVERRIDE_RULE) and \
            (rule_id != "none" or metric == "other" or _named_in_text(doc, metric)):
        return metric, conf, "model"
    return rule_metric, rule_conf, f"rule:{rule_id}"


def _named_in_text(doc: Doc, metric: str) -> bool:
    """Whether the document names `metric` anywhere: the classifier may name the metric of a
    number whose counted thing was not found only in a text that talks of it ('Ashford (71) and
    Dover (70)' in a report on veterans counts no child protection plans)."""
    named = doc.user_data.get("metrics_named")
    if named is None:
        # a name, not a bare word that many things share ('plan')
        named = set()
        for h in rule_hits(doc):
            if h.rule.kind in ("noun", "prop", "family", "context") and \
                    (h.end - h.start > 1 or h.rule.kind != "prop" or
                     h.rule.id.startswith("lex:") and not _common_word(doc[h.start].text)):
                named |= {k for k in (h.rule.metric, h.rule.family and "family:" + h.rule.family) if k}
        doc.user_data["metrics_named"] = named
    family = _FAMILY_METRICS.get(metric) or ("scr" if metric == "serious_case_reviews" else None)
    return metric in named or (family is not None and "family:" + family in named)


def _common_word(word: str) -> bool:
    """A lexicon name that is one plain English word ('registrations', 'placement', 'died'): it
    names the metric beside a number, but alone it does not show that a document talks of the
    metric ('registrations include CAP Enterprise CIC' in a report on veterans); an abbreviation
    ('CPP', 'LAC') or a hyphenated term ('looked-after') does."""
    return word.isalpha() and word[1:].islower()


@functools.lru_cache(maxsize=2)
def _doc_rules(doc: Doc) -> tuple[list[Quantity], list[tuple[int, int] | None], set[int], list[_Hit]]:
    """A doc's numbers, their token spans, the number tokens and the rule hits (read once)."""
    text = doc_text(doc)
    quantities = _quantities(text)
    spans = [_token_span(doc, q) for q in quantities]
    # a year or reference ('since April 2023', 'within 12 months') does not cut a number's window
    num_toks = {i for q, sp in zip(quantities, spans) if sp and not is_reference(text, q)
                for i in range(sp[0], sp[1])}
    return quantities, spans, num_toks, rule_hits(doc)


def _rule_reading(doc: Doc, q: Quantity, ts: int, te: int) -> tuple[str, str, str]:
    """(metric, rule id, unit) the rules give the number at tokens [ts, te)."""
    quantities, _spans, num_toks, hits = _doc_rules(doc)
    sent = doc[ts].sent
    left, right = _window(doc, sent, ts, te, num_toks - set(range(ts, te)))
    unit = _unit_from_context(doc_text(doc), q, sent, doc, te, quantities)
    metric, rid = _metric_of(doc, hits, ts, te, left, right, q.unit, unit)
    if unit in _OTHER_UNITS:
        metric, rid = "other", "unit"  # durations, ages and money are never a metric's count
    share = share_of(doc_text(doc), q, quantities)
    if share is not None:  # '£7,850, 14% more than a year ago', '38% of the borough's population'
        metric, rid = "other", share
    if unit == "percent" and metric != "other" and is_respondents_share(doc, hits, ts, te):
        metric, rid = "other", RESPONDENTS  # '(38%) said they had held a child protection case'
    if unit == "count" and is_caseload(doc_text(doc), q.start, q.end, sent.start_char):
        metric, rid = "other", CASELOAD  # '61 looked after children per IRO': children per worker
    if unit == "count" and metric == "court_orders" and is_order_stock(doc_text(doc), q.end):
        metric, rid = "other", STOCK  # '95 children subject to a supervision order on 31 July'
    if unit == "count" and metric == "court_orders" and is_order_ended(doc_text(doc), q.start, q.end):
        metric, rid = "other", ENDED  # 'made 21 new orders and ended 26': orders that ended
    if unit.startswith("rate_") and rate_of_other(doc, hits, ts):
        metric, rid = "other", RATE_OTHER  # 'the emergency admission rate was 131.2 per 10,000'
    return metric, rid, unit


@functools.lru_cache(maxsize=2)
def _rule_candidates(doc: Doc) -> list[_Candidate]:
    """The rules-only candidates of a doc's running text (plain-text tables left out)."""
    from ..tables import text_tables
    skip = [(c.start, c.end) for t in text_tables(doc_text(doc)) for row in t.rows for c in row]
    return _candidates(doc, None, skip)


def rule_metric_for(doc: Doc, start_tok: int, end_tok: int) -> tuple[str, str] | None:
    """(metric, rule id) the rules give the running-text figure at tokens [start_tok, end_tok),
    as `find_figures` reads it before the classifier: rule id 'none' when no rule speaks, 'unit'
    for durations, ages and money, 'inherit' for comparators and elided counts. None when the
    rules take the number for no figure (a year, a reference) or it is in a plain-text table."""
    for c in _rule_candidates(doc):
        if c.ts < end_tok and start_tok < c.te:
            return c.metric, c.rule
    return None


_READINGS = "review_records_number_readings"
_T = TypeVar("_T")


def _memo(doc: Doc, what: tuple[Any, ...], q: Quantity, read: Callable[..., _T], *args: Any) -> _T:
    """`read(*args)` for the number `q` of `doc`, once per Doc: the running text is read twice (the
    rules' reading alone, which the classifier's features look back at, then the classifier's),
    and a number's reading depends on the Doc and the number only."""
    memo: dict[tuple[Any, ...], Any] = doc.user_data.setdefault(_READINGS, {})
    key = (*what, q.start, q.end, q.kind, q.value, q.unit, q.qualifier)
    if key not in memo:
        memo[key] = read(*args)
    return cast(_T, memo[key])


_SPANS = "review_records_figure_text_spans"


def _text_spans(doc: Doc, text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]], list[tuple[int, int]]]:
    """The text's boilerplate, phone number and quotation spans, found once per Doc (its running
    text is read twice, the rules' reading alone and then the classifier's)."""
    spans = doc.user_data.get(_SPANS)
    if spans is None:
        spans = doc.user_data[_SPANS] = (boilerplate_spans(text),
                                         [(m.start(), m.end()) for m in _PHONE.finditer(text)],
                                         [(m.start(), m.end()) for m in _QUOTED.finditer(text)])
    return cast("tuple[list[tuple[int, int]], list[tuple[int, int]], list[tuple[int, int]]]", spans)


def _candidates(doc: Doc, doc_period: Period | None, skip: list[tuple[int, int]],
                use_classifier: bool = False, rejected: list[dict[str, Any]] | None = None) -> list[_Candidate]:
    """Figures of the running text with their metric; comparators and elided counts then
    inherit theirs, so a figure the classifier re-reads carries its restatements along.
    Numbers that are no figure go to `rejected` (when given) with the reason."""
    text = doc_text(doc)
    quantities, _spans, _num_toks, hits = _doc_rules(doc)
    junk, phones, quoted = _text_spans(doc, text)
    out: list[_Candidate] = []
    pending_ones: set[int] = set()

    def reject(q: Quantity, reason: str) -> None:
        if rejected is not None:
            rejected.append({"text": text[q.start:q.end], "start": q.start, "end": q.end,
                             "sentence": line_of(text, q.start)[1].strip()[:300], "reason": reason})

    for q in quantities:
        if any(s <= q.start < e for s, e in skip):
            continue  # a table cell: the table reader decides
        reason = (BOILERPLATE if any(s <= q.start < e for s, e in junk) else
                  PHONE if any(s <= q.start < e for s, e in phones) else reject_reason(text, q)
                  or (None if _fraction_ok(text, q) else "a time, not a share ('the second half')"))
        if reason:
            reject(q, reason)
            continue
        span = _token_span(doc, q)
        if span is None:
            continue
        ts, te = span
        if q.kind == "duration" and _span_over(doc, text, q, ts):
            reject(q, SPAN)
            continue
        sent = doc[ts].sent
        metric, rid, unit = _memo(doc, ("rule", ts, te), q, _rule_reading, doc, q, ts, te)
        elided_one = q.kind == "word" and q.value == 1 and _ELIDED_ONE_BEFORE.search(
            text[max(sent.start_char, q.start - 12):q.start]) and _ELIDED_ONE_AFTER.match(text[q.end:q.end + 40]) \
            and any(sp and sent.start <= sp[0] < ts for sp in _spans)
        # 'The panel finished two reviews. It began one more.': 'one more' as a verb's object, its noun elided
        # from a count in this sentence or the one before
        opened = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        elided_one = elided_one or q.kind == "word" and q.value == 1 and ts > 0 and doc[ts - 1].tag_ == "VBD" and \
            _MORE_ONE_AFTER.match(text[q.end:q.end + 30]) and any(sp and opened <= sp[0] < ts for sp in _spans)
        if elided_one:
            pending_ones.add(q.start)  # 'two are in progress and one, Child V, was published'
        elif q.kind == "word" and q.value == 1 and not RAG_AFTER.match(text[q.end:q.end + 40]) and (
                metric == "other" and not counts_a_thing(doc, ts, te) and not one_of_a_set_just_counted(doc, ts, te)
                or _PRONOUN_ONE_AFTER.match(
                text[q.end:q.end + 20]) and not _ONE_OF_A_COUNTED_SET.match(text[q.end:q.end + 30])
                or _PRONOUN_ONE_BEFORE.search(text[max(0, q.start - 12):q.start]) and not _that_counts(doc, ts)):
            reject(q, "'one' as a pronoun or counting nothing a metric names")
            continue  # "one" is a figure only when it counts something the metrics name
        if not _zero_ok(text, q, metric, rid):
            reject(q, "'no' or 'none' counting nothing a metric names")
            continue
        q = Quantity(q.start, q.end, q.value, unit, q.kind, q.qualifier)
        conf, method = 0.9 if rid != "none" else 0.6, f"rule:{rid}"
        if use_classifier:
            metric, conf, method = _classify(doc, ts, te, metric, rid)
        if metric == "other" and rid == "none" and method == "rule:none":
            conf, method = UNRESOLVED_CONFIDENCE, UNRESOLVED  # not 'other': nothing was found
        subject, head = _subject(doc, ts, te)
        if not subject and q.unit.startswith("rate_"):
            subject = _rate_subject(doc, ts)
        period = _period_of(text, q, sent.end_char, doc_period)
        backref = q.unit == "count" and not q.qualifier and rid != "sample" and \
            bool(_BACKREF_BEFORE.search(text[max(0, q.start - 30):q.start]))
        repeat = "drop" if backref else ""
        if q.unit == "count" and _POSSESSOR_BEFORE.search(text[max(0, q.start - 30):q.start]) and \
                (te >= len(doc) or doc[te].pos_ not in ("NOUN", "PROPN", "ADJ", "NUM")):
            repeat = "restate"  # "Dr Oduya's 14 is not out of line": the figure a person gave, again
        if q.unit == "count" and _PARTITIVE_SET.search(text[max(0, q.start - 30):q.start]) and \
                (te >= len(doc) or doc[te].pos_ not in ("NOUN", "PROPN", "ADJ", "NUM") and not _modifies_a_noun(doc[te])
                 or doc[te].lower_ in _PLACEHOLDERS):  # ('52 of the 55 elected members': a participle names the set)
            repeat = "restate"  # 'seven of the nine', 'One of the 14 cases': the set's size again
        if not repeat and q.unit == "count" and any(s <= q.start < e for s, e in quoted) and \
                re.match(r"\s+of\s+(?:them|those|these|us)\b", text[q.end:q.end + 12], re.I) and _said_before(text, q):
            repeat = "restate"  # 'a caseload of 19 children ... "Once you've got 19 of them"': a speaker names the set again
        if not repeat and metric == "other" and q.unit == "count" and _counted_noun(doc, ts, te) is None \
                and not subject and any(s <= q.start < e for s, e in quoted):
            repeat = "quote"  # a speaker restating a figure ('Ten out of 14 is progress') adds a mention
        if not repeat and metric == "other" and q.unit == "count" and _ANSWER_TURN_BEFORE.search(
                text[max(0, q.start - 50):q.start]) and re.match(r"\s*[.?!]", text[q.end:q.end + 3]):
            repeat = "quote"  # 'CHEN: Seven.': an interviewer echoing the figure just given
        out.append(_Candidate(q, metric, subject, conf, method, period, sent.text.strip(), head,
                              repeat=repeat, ts=ts, te=te, rule=rid))
    _inherit(doc, text, out, hits)
    _stage_from_set(doc, hits, out)
    read_subsets(doc, text, hits, out)  # a part of a set is named by its own predicate
    for c in [c for c in out if c.q.start in pending_ones]:
        if c.metric == "other":
            out.remove(c)  # an elided 'one' that took no metric from the count before it
            reject(c.q, "'one' as a pronoun or counting nothing a metric names")
            continue
        family = _FAMILY_METRICS.get(c.metric)
        stage = next((h.rule.stage for h in hits if h.rule.kind == "stage" and c.te <= h.start < c.te + 10
                      and h.start < doc[c.ts].sent.end), None)
        if doc[c.ts].dep_ == "dobj":  # 'It began one more, which is still underway': the verb it is the object of
            stage = next((h.rule.stage for h in hits if h.rule.kind == "stage" and h.start == doc[c.ts].head.i), stage)
        if family and stage:  # its own verb, after the name between commas: 'and one, Child V, was published'
            c.metric = _FAMILY_STAGE[family][stage]
    _mark_rounded_restatements(out, text)
    return out


# 'One of the 14 cases was taken forward by the national panel': one of a set whose size was
# said is a count of one, not the pronoun of 'one of the reasons'; so is a relative partitive
# after a counted set ('Two became practice reviews, one of which was published')
_ONE_OF_A_COUNTED_SET = re.compile(rf"\s+of\s+(?:(?:the|these|those)\s+(?:\d[\d,]*|{WORD_NUM})|which|whom)\b", re.I)


def _that_counts(doc: Doc, ts: int) -> bool:
    """'said that one review was open': 'that' opens a clause and 'one' counts the noun after it
    ('that one was late' and 'liked that one' are pronouns)."""
    return ts > 0 and doc[ts - 1].lower_ == "that" and doc[ts - 1].tag_ == "IN" and doc[ts].dep_ == "nummod"


# 'two are in progress and one, Child V, was published': 'one' after a conjunction, with its verb
# (a name in commas between), is the last of a count's parts, its noun elided
_ELIDED_ONE_BEFORE = re.compile(r"(?:\b(?:and|but|while|whereas)|;)\s+$", re.I)
# 'and one more is in progress' ('more', 'other', 'further' before its verb); 'and one in 2025', the
# last of a count's parts by year
_ELIDED_ONE_AFTER = re.compile(r"(?:\s*,\s*[A-Z][^,;.]{0,30},)?(?:\s+(?:more|other|further))?\s+(?:was|is|has|had|remains|remained)\b"
                               r"|\s+in\s+\d{4}(?:[-/–]\d{2,4})?\s*(?:[.;,)]|$)")


_MORE_ONE_AFTER = re.compile(r"\s+(?:more|further)\s*(?:[,.;:)]|$|(?:which|that|and|but|so|this|last|in)\b)", re.I)


# 'Seven of the nine', 'One of the 14 cases': the set after a part's number restates its size
# when it names nothing of its own ('13 of the 14 rapid reviews' names the reviews: a figure)
def _modifies_a_noun(tok: Token) -> bool:
    """Whether a word opens the noun phrase it modifies: 'elected' in 'elected members', 'newly' in
    'newly approved carers'. The noun is a plural (a set's members) and the sentence keeps a verb of its
    own: in 'Six out of the 20 identified learning' the participle is the clause's verb, which the parser
    took for a modifier of 'learning'."""
    if tok.sent.root.pos_ not in ("VERB", "AUX"):
        return False
    while tok.dep_ in ("amod", "advmod", "compound") and tok.head.i > tok.i:
        tok = tok.head
        if tok.pos_ in ("NOUN", "PROPN"):
            return tok.tag_ in ("NNS", "NNPS")
    return False


_PARTITIVE_SET = re.compile(
    rf"(?:\b\d[\d,.]*\s*%?|\b(?:{WORD_NUM}|dozen|half|third|quarter|fifth|tenth|none|most|many|some|few)"
    r"(?:-[a-z]+)?)\s+(?:out\s+)?of\s+(?:the|these|those)\s+$", re.I)
_PLACEHOLDERS = {"cases", "case", "children", "families", "people", "ones"}
# a person's or body's number said bare: "Dr Oduya's 14", "Kent's 41"
_POSSESSOR_BEFORE = re.compile(r"\b[A-Z][\w-]+(?:'s|’s)\s+$")


# a transcript's speaker label opening a turn: 'CHEN: ', 'CLLR RAHMAN: ', 'Q: '
_ANSWER_TURN_BEFORE = re.compile(r"(?:^|\n)[ \t]*[A-Z][A-Z.'’ -]{0,40}:[ \t]*$")


# 'Fewer than half, 44%, led to ...', 'just over a third (36%)': an exact share set beside a
# fraction, with only a comma, bracket or dash between, restates it
_APPOSED = re.compile(r"\s*(?:,|\(|[-–—])\s*")
# the side of the fraction a hedge puts the exact share on
_BELOW = {"fewer than", "less than", "just under", "almost", "nearly", "under"}
_ABOVE = {"more than", "just over", "over"}


def _apposed_share(text: str, c: _Candidate, d: _Candidate) -> bool:
    """'Fewer than half, 44%': the exact share `d` set beside the fraction `c` and on the side of
    it the hedge says (any side for 'about'), within 15 points."""
    if d.q.start <= c.q.end or not _APPOSED.fullmatch(text[c.q.end:d.q.start]):
        return False
    hedge = " ".join((c.q.qualifier or "").lower().split())
    diff = d.q.value - c.q.value
    if hedge in _BELOW:
        return -15 <= diff <= 0.5
    if hedge in _ABOVE:
        return -0.5 <= diff <= 15
    return abs(diff) <= (6 if hedge else 3.5)


def _mark_rounded_restatements(cands: list[_Candidate], text: str = "") -> None:
    """'About one in five plans, 21 per cent, were repeat plans', '34 per cent - a rise of about a
    third': a hedged fraction beside an exact share of nearly its value in the same sentence says
    that share again in round words; it becomes a mention of it, not a second fact. So does any
    fraction with the exact share set right beside it ('Fewer than half, 44%,', 'a third (33%)')."""
    for c in cands:
        if c.q.kind != "fraction" or c.q.unit != "percent" or c.repeat:
            continue
        exact = [d for d in cands if d is not c and d.q.unit == "percent" and d.q.kind == "percent"
                 and d.sentence == c.sentence and abs(d.q.value - c.q.value) <= 3.5] if c.q.qualifier else []
        apposed = [d for d in cands if d.q.unit == "percent" and d.q.kind == "percent" and text
                   and _apposed_share(text, c, d)]
        if apposed:
            c.repeat, c.restates = "approx", apposed[0].q.start
        elif exact:
            c.repeat, c.restates = "approx", min(exact, key=lambda d: abs(d.q.start - c.q.start)).q.start
