"""Speakers in genres the development folders do not hold: inquest and court reports, council
meeting write-ups, radio and TV transcripts, Q&A interviews, Welsh and Scottish news, letters
pages, consultation responses, blogs, freedom-of-information stories, ombudsman summaries,
research summaries quoting participants and service evaluations quoting staff and families.
Every passage is invented. The expected speaker follows ../shared/spec (a resolved name, a
document or body as written, an unnamed person as the text describes them) and is checked as
the evaluator checks it (case-insensitive; a speaker holding the gold's last word counts).

First run, before any fix in this file's commit: 46 of 58 right (0.79). Four rows were then
corrected because their gold broke the spec, not the resolver: a one-word scare quote
('"Capacity" is the word', '"Early help" was') is no quote, 'MORAG: They said, "…"' is the
school's words, and a bare 'A:' names nobody until the text names the interviewee.
GENRES2 (22 harder rows, written after those fixes) first ran 19 of 22 (0.86): the one asked
answers ('X asked Y … "…," he said'; left xfail, see ASKED), an office the NER took for a body
with its holder in commas (fixed), and 'The minutes record' (left xfail: the parser makes
'record' a noun).
"""

from __future__ import annotations

import pytest

from conftest import analysed_quotes


def speakers(nlp, text: str) -> list[str | None]:
    """The speaker of each quote of a passage, through the production analysis path."""
    return [q.speaker for q in analysed_quotes(nlp, text)]


def matches(got: str | None, gold: str) -> bool:
    """The evaluator's test: the same words, or a speaker holding the gold's last word."""
    if got is None:
        return False
    got_l, gold_l = got.lower().strip(), gold.lower().strip()
    return got_l == gold_l or gold_l.split()[-1] in got_l.split()


KNOWN_GAPS = [
    # an age as the speaker noun: 'one 16-year-old', 'a 14-year-old boy'
    ('One 16-year-old described the unit as "a place where nobody shouts at you".',
     'One 16-year-old'),
    ('One 12-year-old told researchers her teacher never asked. "I just stopped going," she said.',
     'One 12-year-old'),
    ('A 17-year-old at the drop-in said: "I only came because my mate did."',
     'A 17-year-old'),
    # 'It says' after a document noun: the guidance, the policy, the plan
    ('The new guidance was issued in May. It says: "Every referral must be acknowledged within a day."',
     'the guidance'),
    ('The council adopted the policy last year. It says: "Tenants will be told of any visit in writing."',
     'the policy'),
    ('The board signed off the plan on Monday. It says: "Waiting times will halve by spring."',
     'the plan'),
    # a one-word capitals label in a transcript
    ('PRESENTER: What happened next?\nALI: "They sent me home with a leaflet," I told them.',
     'ALI'),
    ('HOST: And the school?\nMORAG: I rang them and I said, "You cannot keep us waiting forever."',
     'MORAG'),
    # a relative clause with a number noun in it: the person stays the subject
    ('A foster carer who has looked after forty children told the panel: "The paperwork has doubled."',
     'A foster carer who has looked after forty children'),
    ('A childminder who has cared for twelve babies this year said: "Parents ring me before their GP."',
     'A childminder who has cared for twelve babies this year'),
]

GENRES = [
    # inquest report
    ('The coroner, Mrs Helen Barr, recorded a narrative conclusion. "There was no single moment '
     'when this could have been stopped," she said.', 'Helen Barr'),
    ('Giving evidence, the boy\'s stepfather said: "We were told a worker would ring, and nobody did."',
     "the boy's stepfather"),
    ('Assistant coroner Daniel Price told the hearing: "The records were kept in three places."',
     'Daniel Price'),
    ('A statement read on behalf of the family said: "He was funny and kind and he deserved better."',
     'the family'),
    # court report
    ('Judge Amanda Hirst told the defendant: "You took advantage of a child who trusted you."',
     'Amanda Hirst'),
    ('Prosecuting, Mark Ellis said: "She was left alone for most of the weekend."',
     'Mark Ellis'),
    ('Defending, Rachel Moyo said her client was "deeply ashamed" of what had happened.',
     'Rachel Moyo'),
    ('"This was a sustained campaign of cruelty," said Recorder Paul Adeyemi.',
     'Paul Adeyemi'),
    # council meeting write-up
    ('Cllr Fiona Marsh (Lib Dem, Abbey) asked why the figures had risen. The director, Karen Doyle, '
     'replied: "Demand has gone up in every district."', 'Karen Doyle'),
    ('Councillor Tom Birch, cabinet member for children, told the meeting: "We will not cut early help."',
     'Tom Birch'),
    ('Opposition leader Jean Sutton said: "Behind each line of this table sits a family."\n'
     '"Every one of them is a family," she added.', 'Jean Sutton'),
    ('The committee chair, Cllr Raj Patel, said he was "not satisfied" with the answer.',
     'Raj Patel'),
    # radio / TV transcript
    ('PRESENTER: Joining me is Dr Lena Park.\nDR LENA PARK: Thank you. As I told the committee, "Capacity is the word we keep hearing."',
     'Lena Park'),
    ('INTERVIEWER: Is it getting better?\nJAMES OWEN: Slowly. As one manager put it to me, "We are bailing with a teacup."',
     'one manager'),
    ('[10:04] NEWSREADER: The minister has responded. In a statement she said: "Funding will follow need."',
     'the minister'),
    # Q&A interview
    ('We spoke to Nia Roberts, who leads the service.\nQ: What worries you most this winter?\nA: Honestly? '
     'Staffing. I said to the board last month, "We are one resignation from closing a team."', 'Nia Roberts'),
    ('Sarah Quinn has run the service for six years. We asked her what had changed. '
     '"Everything and nothing," she said.', 'Sarah Quinn'),
    ('Asked about the backlog, Mr Hughes said: "We cleared half of it in a month."',
     'Mr Hughes'),
    # Welsh news
    ('Cyngor Gwynedd said in a statement: "We are working closely with families across the county."',
     'Cyngor Gwynedd'),
    ('A Welsh Government spokesperson said: "We have given councils an extra £4m this year."',
     'A Welsh Government spokesperson'),
    ('Plaid Cymru MS Elin Rhys said: "Rural families are being left behind."',
     'Elin Rhys'),
    ('Care Inspectorate Wales found that "leaders have a clear grip on the service".',
     'Care Inspectorate Wales'),
    # Scottish news
    ('A spokeswoman for Highland Council said: "The review will be published in full."',
     'A spokeswoman for Highland Council'),
    ('The Care Inspectorate said the partnership had made "good progress" since the last visit.',
     'The Care Inspectorate'),
    ('MSP Douglas Reid told Holyrood: "Children in Fife are waiting too long."',
     'Douglas Reid'),
    # letters page
    ('Sir, I spent three decades in social work. As I told my MP, "Early help is always the first thing to go."\n'
     'Margaret Lowe, Harrogate', 'Margaret Lowe'),
    ('In his letter last week, Mr Fenwick wrote that the council was "asleep at the wheel".',
     'Mr Fenwick'),
    # consultation response
    ('One respondent wrote: "The proposals ignore families without a car."',
     'One respondent'),
    ('The Children\'s Commissioner\'s response states: "The duty must apply to every child."',
     "The Children's Commissioner"),
    ('Several parents said the changes would be "impossible to manage" around school hours.',
     'Several parents'),
    # blog
    ('I asked my daughter what she wanted from her review. "Just for someone to listen," she said.',
     'my daughter'),
    ('My colleague Priya put it best: "We measure what is easy, not what matters."',
     'Priya'),
    # FOI story
    ('A spokesman for the council said: "We publish these figures every year."',
     'A spokesman for the council'),
    ('The response to the request says: "This information is not held centrally."',
     'The response'),
    ('Campaigner Nadia Shah, who made the request, said: "The numbers speak for themselves."',
     'Nadia Shah'),
    # ombudsman summary
    ('The Ombudsman found the council "failed to follow its own procedure" when it closed the case.',
     'The Ombudsman'),
    ('In her complaint, Mrs B said: "Nobody told me my son had been moved."',
     'Mrs B'),
    ('The Housing Ombudsman said: "The landlord should apologise to Mrs B."',
     'The Housing Ombudsman'),
    # research summary quoting participants
    ('One participant explained: "You tell your story again and again to new faces."',
     'One participant'),
    ('A kinship carer in the study said: "I had no idea there was an allowance."',
     'A kinship carer in the study'),
    ('The authors conclude that "continuity of worker matters more than any single programme".',
     'The authors'),
    ('"It felt like being on trial," one mother said of the meeting.',
     'one mother'),
    # service evaluation quoting staff and families
    ('A family support worker told evaluators: "The flexibility is what makes it work."',
     'A family support worker'),
    ('One parent said the group was "the only place I did not feel judged".',
     'One parent'),
    ('The evaluation found that "families valued the same worker throughout".',
     'The evaluation'),
    ('Team manager Joe Kirk said: "We were able to say yes far more often."\n'
     '"That changes how families see us," he added.', 'Joe Kirk'),
    # a tribunal decision
    ('The tribunal said the local authority had "not properly considered" the evidence.',
     'The tribunal'),
    ('Employment judge Claire Webb said: "The claimant was not given a fair hearing."',
     'Claire Webb'),
]

# a second table, written after the first was fixed, of harder constructions in the same and
# further genres (column, radio programme, minutes, submissions)
GENRES2 = [
    # inquest: evidence given by a witness named in a preceding sentence
    ('The inquest heard from Dr Ali Khan, a consultant paediatrician. "I would have admitted him," he said.',
     'Ali Khan'),
    ('In a written statement to the inquest, health visitor Grace Lamb said: "I had no reason to be worried."',
     'Grace Lamb'),
    # court: inverted cue with a role after the name
    ('"He has shown genuine remorse," said Owen Price, mitigating.',
     'Owen Price'),
    ('The court heard the girl had told a teacher. Sentencing, Judge Rees said: "You betrayed her trust."',
     'Rees'),
    # meeting: question and answer, the answer by pronoun after two names
    ('Cllr Amy Shore asked Paul Grant, head of housing, how long families waited. "About nine weeks," he said.',
     'Paul Grant'),
    ('Cllr Ben Lowry pressed the director, Susan Hale, on agency staff. "We have halved it," she replied.',
     'Susan Hale'),
    # radio: speaking on a programme
    ('Speaking on BBC Radio Wales, headteacher Carys Evans said: "We are the fourth emergency service now."',
     'Carys Evans'),
    ('Talking to Good Morning Scotland, the minister said: "No child should sleep on a sofa."',
     'the minister'),
    # opinion and columns
    ('Writing in the local paper, Cllr Dan Oakes argued that the cuts were "a false economy".',
     'Dan Oakes'),
    ('According to Hannah Bell, the charity\'s chief executive, "demand has never been so high".',
     'Hannah Bell'),
    # spokesperson of a body with a relative clause
    ('A spokesperson for Veritas Care, which runs the home, said: "We are co-operating fully."',
     'A spokesperson for Veritas Care'),
    # follow-on paragraph with no cue
    ('Parent governor Lisa Mold said: "The new timetable suits nobody."\n"We asked for a meeting in June and are still waiting."',
     'Lisa Mold'),
    # a quote split by its cue
    ('"The money is there," said Cllr Imran Bashir, "but it goes on placements."',
     'Imran Bashir'),
    # documents and bodies
    ('The minutes record that members were "disappointed by the delay".',
     'The minutes'),
    ('The inspection report describes leadership as "stable and ambitious".',
     'The inspection report'),
    ('In its submission, the Law Society said the changes were "unworkable in practice".',
     'the Law Society'),
    ('The Information Commissioner\'s Office said: "Councils must answer within twenty working days."',
     "The Information Commissioner's Office"),
    # anonymous with a trailing description
    ('"I found out from a leaflet on the bus," said one carer, who did not wish to give her name.',
     'one carer'),
    ('A member of staff at the centre, speaking anonymously, said: "We were told not to talk to the press."',
     'A member of staff at the centre'),
    ('Another resident said he had "given up" ringing the housing line.',
     'Another resident'),
    # Scottish/Welsh titles
    ('The Chief Social Work Officer, Iona MacRae, told members: "Our workforce is ageing."',
     'Iona MacRae'),
    ('Lynne Neagle MS said: "We want every child to have a voice."',
     'Lynne Neagle'),
]


# each construction fixed above, in further invented sentences, with the cases it must leave alone
CONSTRUCTIONS = [
    # an age as the person, the parser's date reading notwithstanding
    ('One 13-year-old told the survey team her bus never came. "So I walk," she said.',
     'One 13-year-old'),
    ('A 15-year-old boy told magistrates: "I did not know it was a crime."',
     'A 15-year-old boy'),
    ('Another nine-year-old wrote to the mayor. "Please fix the swings," he said.',
     'Another nine-year-old'),
    # 'It says' of the document named since the last body; a body's own 'It said' stays
    ('The trust published its framework in June. It states: "No discharge will happen on a Friday."',
     'the framework'),
    ('Ministers launched the strategy this week. It says: "Every area will have a hub."',
     'the strategy'),
    ('Cyngor Gwynedd received the audit in March. It said: "We accept every finding."',
     'Cyngor Gwynedd'),
    ('Cyngor Sir Ynys Môn received the audit in March. It said: "We accept every finding."',
     'Cyngor Sir Ynys Môn'),
    ('Comhairle nan Eilean Siar said: "Ferries decide when families can reach a clinic."',
     'Comhairle nan Eilean Siar'),
    ('Carlisle Housing Trust received the review last week. It said: "We will act on every point."',
     'Carlisle Housing Trust'),
    # a one-word capitals label in a transcript, a heading is no label
    ('HOST: How did you find out?\nPRIYA: My aunt rang me. I said, "Why did nobody tell us?"',
     'PRIYA'),
    ('CALLER: It was March.\nDAVE: I wrote to them and I said, "You have the wrong address."',
     'DAVE'),
    # the one asked answers (left xfail: see ASKED)
    ('Cllr Rosa Lind asked Tom Wade, head of schools, how many pupils were missing. "Around forty," he said.',
     'Tom Wade'),
    ('The chair questioned Dr Neil Hart about waiting lists. "They are falling," he explained.',
     'Neil Hart'),
    # an office the NER took for a body, with its holder set off by commas
    ('The Chief Nurse, Morven Dalgleish, told the board: "We have filled every post."',
     'Morven Dalgleish'),
    ('The Principal Educational Psychologist, Rhodri Pughe, said: "Referrals doubled."',
     'Rhodri Pughe'),
    # a place as a surname after a first name
    ('Head of service Martin Bolton said: "We opened two more homes."',
     'Martin Bolton'),
    ('Community worker Ellen Derby told us: "The hall is full every Tuesday."',
     'Ellen Derby'),
]

# rows that stay wrong after this commit's fixes, with why (strict: a fix shows up). The two rows
# where a woman asks a man ('Cllr Amy Shore asked Paul Grant … he said') pass since the resolver
# reads first names' genders (models/first_names.txt); an unnamed chair asking a man does not.
ASKED = ("the one asked and the unnamed asker are both candidates for 'he'; nothing tells them apart (a rule preferring the one asked broke a development scrutiny story where the asker speaks next)")
XFAIL: dict[str, str] = {
    'The chair questioned Dr Neil Hart about waiting lists. "They are falling," he explained.': ASKED,
    'The minutes record that members were "disappointed by the delay".':
        "the parser reads 'record' after 'The minutes' as a noun, so no verb reports",
}


def _params(rows):
    out = []
    for passage, gold in rows:
        reason = XFAIL.get(passage)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        out.append(pytest.param(passage, gold, marks=marks))
    return out


@pytest.mark.parametrize("passage, speaker", _params(KNOWN_GAPS))
def test_known_gaps(nlp, passage: str, speaker: str) -> None:
    got = speakers(nlp, passage)
    assert got and matches(got[-1], speaker), got


@pytest.mark.parametrize("passage, speaker", _params(GENRES))
def test_unseen_genres(nlp, passage: str, speaker: str) -> None:
    got = speakers(nlp, passage)
    assert got and matches(got[-1], speaker), got


@pytest.mark.parametrize("passage, speaker", _params(GENRES2))
def test_unseen_genres_harder(nlp, passage: str, speaker: str) -> None:
    got = speakers(nlp, passage)
    assert got and matches(got[-1], speaker), got


@pytest.mark.parametrize("passage, speaker", _params(CONSTRUCTIONS))
def test_constructions(nlp, passage: str, speaker: str) -> None:
    got = speakers(nlp, passage)
    assert got and matches(got[-1], speaker), got
