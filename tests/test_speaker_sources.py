"""Speakers named as offices, sources and set-off roles: an office written with 'the' ('the
Children's Commissioner for Wales', 'the Ombudsman'), the body a later 'it' means, a bracketed
cross-reference that is no subject, a source a colon's lead names ('straight from the minutes:'),
a name set off by a person's role, and a person made generic by 'a' and a modal, whom no later
'she' means. Every passage is invented."""

from __future__ import annotations

import pytest

from conftest import analysed_quotes


def last_speaker(nlp, text: str) -> str | None:
    """The speaker of the last quote of a passage, through the production analysis path."""
    return analysed_quotes(nlp, text)[-1].speaker


@pytest.mark.parametrize("passage, speaker", [
    # an office written with 'the' (its own, or its possessor's) speaks as written, 'for' and
    # 'of' phrases included; a name after the title, or set off beside it, is the person
    ("The Children's Commissioner for England said the figures were \"a national scandal\".",
     "The Children's Commissioner for England"),
    ('The Commissioner for Older People has said that "no one should wait this long".',
     'The Commissioner for Older People'),
    ('The Minister for Children told MSPs that the plan was "on track".',
     'The Minister for Children'),
    ('The Ombudsman said the delay was "unacceptable".',
     'The Ombudsman'),
    ("The Victims' Commissioner for London said victims were \"let down at every turn\".",
     "The Victims' Commissioner for London"),
    ('The Housing Ombudsman found that the landlord "ignored repeated reports of damp".',
     'The Housing Ombudsman'),
    ('The Information Commissioner said: "Data must be kept safe."',
     'The Information Commissioner'),
    ('Commissioner Ann Reid said: "We will act."',
     'Ann Reid'),
    ("The Children's Commissioner, Dame Ann Reid, said: \"We will act.\"",
     'Ann Reid'),
    ("The Children's Commissioner for Wales, Rhian Cadwgan, said children were \"waiting too long\".",
     'Rhian Cadwgan'),
])
def test_an_office_with_the_speaks_as_written(nlp, passage: str, speaker: str) -> None:
    assert last_speaker(nlp, passage) == speaker


@pytest.mark.parametrize("passage, speaker", [
    # 'it' is the last body that was a sentence's own subject: an office the text treats as a
    # body ('The Ombudsman … It found') counts, and outranks a body that reported further up,
    # but not a body inside what was reported ('The review says the board met')
    ('The Ombudsman looked at six complaints. It upheld two. In one case it found that the council "failed to hold a review for five months".',
     'The Ombudsman'),
    ('The Ombudsman investigated four complaints. In one (case 24 113 901) it found that the school "delayed the plan for a year".',
     'The Ombudsman'),
    ('The council answered 200 complaints.\n\nThe Housing Ombudsman made eleven decisions. It found that the council "left a family in a damp flat for a year".',
     'The Housing Ombudsman'),
    # a text with no blank lines sets a paragraph on each line: 'the one before' is a line
    ('The council said its answers had improved.\nThe table shows the stages.\nThe Housing Ombudsman made eleven decisions.\nIt found that the council "left a family in a damp flat for a year".',
     'The Housing Ombudsman'),
    ('The review says the board met twice. It warns that the plan is "not yet funded".',
     'The review'),
    ('The report said the council had acted. The council met twice. It said that the plan was "on course".',
     'The council'),
    ('The council said it had answered 200 complaints. It found that the families "wanted quicker answers".',
     'The council'),
    ('The Local Government Ombudsman upheld the complaint. It said the council had "failed the family at every stage".',
     'The Local Government Ombudsman'),
])
def test_it_is_the_last_body_that_was_a_subject(nlp, passage: str, speaker: str) -> None:
    assert last_speaker(nlp, passage) == speaker


@pytest.mark.parametrize("passage, speaker", [
    # a cross-reference or an aside in brackets is never the verb's subject, nor part of a name
    ("The board chair's yearly statement (Appendix 3) observes: \"Every family was heard in full.\"",
     'The board chair'),
    ('The review (Table 4) concludes that the plan was "never properly tested".',
     'The review'),
    ('The panel (Figure 2) found that "most children waited too long".',
     'The panel'),
    ('The report (see section 5) states: "Supervision was irregular."',
     'The report'),
    ("The head of service's letter (Annex B) says: \"We will recruit four more social workers.\"",
     "The head of service's letter"),
    ('Ofsted (2024) said that the service was "inadequate".',
     'Ofsted'),
    # a name outside the brackets still speaks, its bracket a role or a party
    ('Dr Ann Fox (Chair) said: "We will publish the plan in May."',
     'Ann Fox'),
    ('Cllr Tom Reed (Labour) told the meeting: "This is not good enough."',
     'Tom Reed'),
])
def test_a_bracketed_cross_reference_is_no_subject(nlp, passage: str, speaker: str) -> None:
    assert last_speaker(nlp, passage) == speaker


@pytest.mark.parametrize("passage, speaker, cue", [
    # with no reporting verb, a 'from' phrase ending at the colon, or 'in the words of X',
    # names where the words come from; a verb that reports the quote still says who speaks
    ('Did anyone read the paper? This line jumped out at me, straight from the minutes: "The budget will be overspent by March."',
     'the minutes', 'from'),
    ("Copied direct from the council's website: \"Referrals are answered within one working day.\"",
     "the council's website", 'from'),
    ('Here is the key passage from the review: "Nobody owned the plan."',
     'the review', 'from'),
    ('A short extract from the inspection report: "Leaders know their services well."',
     'the inspection report', 'from'),
    ('In the words of the inspectors, the service is "stuck in the past".',
     'the inspectors', 'in the words of'),
    ('In the words of Dr Ann Fox, "nobody owned the plan".',
     'Ann Fox', 'in the words of'),
    ('Moving on from the figures: "We must now act," said the chair.',
     'the chair', 'said'),
    ('Two years on from the review: "Nothing has changed," one mother told us.',
     'one mother', 'told'),
    # a 'from' phrase of a time or a number says when, not who
    ('Figures from 2024: "Referrals rose by a third."',
     None, None),
    ('Figures from last year: "Referrals rose by a third."',
     None, None),
])
def test_a_source_phrase_before_a_colon(nlp, passage: str, speaker: str | None,
                                        cue: str | None) -> None:
    quote = analysed_quotes(nlp, passage)[-1]
    assert (quote.speaker, quote.cue) == (speaker, cue)


@pytest.mark.parametrize("passage, speaker", [
    # a name set off by a person's role is a person's (whatever the NER took it for), so a
    # later 'she said' means them; a body's name set off by a role-like word stays a body
    ('Small counts are hidden.\nMorag Tulloch, Area Service Lead for Moray, said: "The queue is shorter this spring."\n"For a family on an island, a local venue changes everything," she said.',
     'Morag Tulloch'),
    ('Morag Eilidh MacAulay, Service Manager for the Western Isles, said: "Demand is falling."\n\n"We still see too many late referrals," she said.',
     'Morag Eilidh MacAulay'),
    ('Catriona NicLeod, Head of Children and Families, told the committee: "We are recruiting."\n\n"It will take a year," she said.',
     'Catriona NicLeod'),
    ('Fiona MacRae, Senior Practitioner for the Islands, said the team was "stretched thin".',
     'Fiona MacRae'),
    ('Ailsa Ferguson, Chief Social Work Officer, said: "The figures are better."\n\n"But we are not complacent," she added.',
     'Ailsa Ferguson'),
    ('Harbour Lights Trust, the lead member of the consortium, said: "We will open in May."',
     'Harbour Lights Trust'),
    ('Westshire Council, the lead authority, said the plan was "on course".',
     'Westshire Council'),
    ('Acme Care, the provider, said: "The home meets every standard."',
     'Acme Care'),
])
def test_a_name_set_off_by_a_role_is_a_person(nlp, passage: str, speaker: str) -> None:
    assert last_speaker(nlp, passage) == speaker


@pytest.mark.parametrize("passage, speaker", [
    # 'a child can be referred', 'a parent may ask': anyone of a kind, in a rule, is no one a
    # later 'she' means; a person met ('A mother spoke to the review') is
    ('A pupil can be excluded twice in one term.\n\n"We have tried to keep meetings close to home," she said.',
     None),
    ('A parent may ask for a review at any time.\n\n"Nobody told me that," she said.',
     None),
    ('A young person must be asked what they want.\n\n"I was never asked," she said.',
     None),
    ('A foster carer should receive the notes before a placement.\n\n"I got them a month later," she said.',
     None),
    ('A mother spoke to the review in May.\n\n"Nobody rang me back," she said.',
     'A mother'),
    ('A young person must be asked what they want.\n\nA foster carer told us about her first placement. "I was given no notes at all," she said.',
     'A foster carer'),
    ('A parent may ask for a review at any time. The chair, Ann Kerr, met 40 families. "Most were heard," she said.',
     'Ann Kerr'),
    ('A grandmother wrote to the panel last year. "I had her every weekend," she said.',
     'A grandmother'),
    ("A mother can't hide her anger at the delay.\n\n\"Nobody rang me back,\" she said.",
     'A mother'),
])
def test_a_generic_person_is_no_later_she(nlp, passage: str, speaker: str | None) -> None:
    assert last_speaker(nlp, passage) == speaker


@pytest.mark.parametrize("passage, name", [
    # a bracket inside a subject phrase ('(AFC) spokesperson X') is no cross-reference at its
    # end: the phrase keeps the name written after it
    ('Association of Foster Carers (AFC) spokesperson Tomasz Brennan-Hale said carers were "at breaking point".',
     'Brennan-Hale'),
    ('National Network of Kinship Carers (NNKC) chair Odile Marchetti said families felt "invisible".',
     'Marchetti'),
])
def test_a_bracket_inside_a_subject_keeps_the_name(nlp, passage: str, name: str) -> None:
    assert name in (last_speaker(nlp, passage) or "")


@pytest.mark.parametrize("passage, speaker", [
    # in a letter or a forum post, 'my neighbour', 'our daughter' is someone the writer knows,
    # whom a later 'she' means; a copula's 'is a social worker' names what she is, as the text
    # goes on to quote her; a name stays a name
    ('My aunt is a childminder, and she says the rules are "a maze".',
     'a childminder'),
    ('My sister is a foster carer and she says the training was "useless".',
     'a foster carer'),
    ('Our neighbour is a teacher. She says the school is "at breaking point".',
     'a teacher'),
    ('My friend is a nurse, and she told me it was "chaos".',
     'a nurse'),
    ('My daughter has been in care since May. She says the home is "kind but chaotic".',
     'My daughter'),
    ('My husband rang the duty team twice. "Nobody picked up," he said.',
     'My husband'),
    ('Ann Reid is a social worker. She says caseloads are "impossible".',
     'Ann Reid'),
    ('The chair, Ann Kerr, opened the meeting. Our neighbour is a teacher, and she said the school was "full".',
     'a teacher'),
])
def test_someone_the_writer_knows(nlp, passage: str, speaker: str) -> None:
    assert last_speaker(nlp, passage) == speaker
