"""A battery of invented UK passages for quotes and speakers, measured before any fix (issue 14).

Session 31 (spkbat31). The 56 passages below (news stories, council and committee minutes,
partnership reports with case studies and pull quotes, charity pages, letters; none in a genre a
blind set is being written in) were written first, each quote's expected speaker set down by
the spec (a resolved name without its honorific, never a pronoun; a document or a body as
written; an unnamed person as described), before the tool was run on them through the record's
path for a text document (`pipeline.to_doc` + `quotes.find_quotes` on a one-page txt Document).

First run, at 7b148aa (main at the branch point): **quotes found 65/65; speakers right 58/65
(0.892)** by exact name (case and a leading 'the' ignored), 60/65 (0.923) by the scorer's
surname match. The seven:
- 4 'According to the council's director of children's services, Jane Doe,' gave the role;
- 32 'was told by the head of virtual school, Olu Adeyemi, that' gave the role;
- 40 'A 14-year-old in care told' gave 'A 14-year-old' (the description cut);
- 44 'Lisa Grant's son was placed …. "…," she told' gave 'Lisa Grant's son';
- 51 'Grace Mwangi says …. "…," says the mother of three' gave 'the mother of three';
- 27 '"…", as one grandmother told me' gave none (an 'as' clause read as one of time);
- 52 'Three social workers …. One said:' gave 'one social worker', where the row said 'One':
  the row was wrong by the convention ('one council' in a released gold), corrected below.
After this branch: 65/65 found, 65/65 right. The five fixed constructions were then tried in
new wordings (the tables after the battery, written after the fix but before running them):
39/51 passed at first (the five constructions as first fixed missed a title before the
set-off name, a name the NER took for a body, 'told the meeting', a same-pronoun relative; and one
row's expectation was wrong: 'as a youth worker put it to me' names the youth worker, as the
tool said), 47/51 after generalising; the four left are strict xfail with the reason.
"""

from __future__ import annotations

import re

import pytest

from conftest import analysed_quotes


def norm(name: str | None) -> str:
    return re.sub(r"^the\s+", "", (name or "").lower().strip())


def speaker_of(nlp, passage: str, fragment: str) -> str | None:
    quotes = analysed_quotes(nlp, passage)
    found = [q for q in quotes if fragment.lower() in q.text.lower()]
    assert found, f"no quote holds {fragment!r}"
    return found[0].speaker


BATTERY = [
    ('Plans for a new family hub in Rhyl were approved on Tuesday. "This is a real step forward for parents in the town," said Cllr Gwen Pritchard, cabinet member for social care.',
     [('real step forward', 'Gwen Pritchard')]),
    ('Siobhan O\'Neill, chair of the partnership, told the meeting: "We have more children on plans than at any time in the last five years."',
     [('more children on plans', "Siobhan O'Neill")]),
    ('"We know the waits are too long," Dr Kwame Mensah said. "But the new team will start in April."',
     [('waits are too long', 'Kwame Mensah'), ('new team will start', 'Kwame Mensah')]),
    ('According to the council\'s director of children\'s services, Jane Doe, the service is "on the right track".',
     [('on the right track', 'Jane Doe')]),
    ('The council\'s director of children\'s services, Jane Doe, said: "Our social workers have done remarkable work this year."',
     [('remarkable work', 'Jane Doe')]),
    ('Professor Ann Fairweather CBE, the independent scrutineer, said the board had "listened and acted" on last year\'s findings.',
     [('listened and acted', 'Ann Fairweather')]),
    ('A mother of two from Merthyr Tydfil said the hub had changed her life. "I didn\'t know where to turn until I walked through that door," she said.',
     [('where to turn', 'A mother of two from Merthyr Tydfil')]),
    ('One foster carer told the panel: "Training was the thing that kept me going in the first year."',
     [('kept me going', 'One foster carer')]),
    ('Detective Chief Inspector Priya Chauhan leads the exploitation team.\n\nShe said: "Every referral is looked at within a day."',
     [('Every referral', 'Priya Chauhan')]),
    ('Cllr Tom Baxter said the budget was "tight but fair". He added that Mary Collins, the finance director, had worked through the night.\n\n"We owe her a great deal," he said.',
     [('tight but fair', 'Tom Baxter'), ('owe her a great deal', 'Tom Baxter')]),
    ('The council said in a statement: "We are reviewing the case and will act on every recommendation."',
     [('reviewing the case', 'the council')]),
    ('The review states that agencies "did not share what they knew" about the family.',
     [('did not share', 'the review')]),
    ('Fiona MacLeod, chief social work officer, said: "We have seen a rise in referrals from schools.\n\n"Most of those are about neglect, and we are working with head teachers on it."',
     [('rise in referrals', 'Fiona MacLeod'), ('Most of those', 'Fiona MacLeod')]),
    ('Q: Why did the numbers go up?\nA: "We changed how we count contacts," said the service manager, Dafydd Evans.',
     [('changed how we count', 'Dafydd Evans')]),
    ('The partnership published its report "Safe at Home" last month. Its chair, Amara Okonkwo, said: "The report is honest about where we fell short."',
     [('honest about where', 'Amara Okonkwo')]),
    ('"Early help works when families trust us," said Sarah Jones-Whitfield, head of early help.',
     [('Early help works', 'Sarah Jones-Whitfield')]),
    ('DCI Mark Boateng said officers had made "real progress" in finding missing teenagers quickly.',
     [('real progress', 'Mark Boateng')]),
    ('Dame Helen Marsh, who chaired the inquiry, said: "The children were failed by adults who should have known better."',
     [('children were failed', 'Helen Marsh')]),
    ('Councillor Iain MacDonald welcomed the findings. The report notes that "staff turnover has fallen for the first time in three years".',
     [('staff turnover has fallen', 'the report')]),
    ('"We cannot do this alone," said the board\'s independent chair, Aoife Ni Bhriain.',
     [('cannot do this alone', 'Aoife Ni Bhriain')]),
    ('Cllr Harpreet Sandhu, lead member for children, opened the debate.\n\n"I want every child in this borough to feel safe," she said.',
     [('every child in this borough', 'Harpreet Sandhu')]),
    ('Chidi Okeke, a youth worker in Peckham, said young people had told him they felt "invisible". "They want someone to listen," he said.',
     [('invisible', 'Chidi Okeke'), ('want someone to listen', 'Chidi Okeke')]),
    ('Minutes, Corporate Parenting Panel. The Head of Service, Rhian Hughes, reported that "placement stability has improved". Cllr Lewis asked whether this would last.',
     [('placement stability', 'Rhian Hughes')]),
    ('In its letter of 3 March, Ofsted said leaders had "a clear understanding of the quality of practice".',
     [('clear understanding', 'Ofsted')]),
    ('Case study: Amy\'s story\n\nAmy, 15, was referred by her school after missing lessons.\n\n"The worker never gave up on me."\n- Amy, 15',
     [('never gave up on me', 'Amy')]),
    ('Volunteer befriender Patrick Doyle has visited families in Derry for ten years. "It is the best thing I have ever done," Patrick said.',
     [('best thing I have ever done', 'Patrick Doyle')]),
    ('Dear Editor,\n\nYour report on the closure of the Ely children\'s centre missed the point. Families "relied on it every week", as one grandmother told me.\n\nYours faithfully,\nMargaret Lloyd, Cardiff',
     [('relied on it every week', 'one grandmother')]),
    ('A spokesperson for Northshire Police said: "We take every report of a missing child seriously."',
     [('every report of a missing child', 'A spokesperson for Northshire Police')]),
    ('Cllr Bethan Rowlands chairs the scrutiny committee. Rowlands said the figures were "worrying but not surprising".',
     [('worrying but not surprising', 'Bethan Rowlands')]),
    ('Dr Nadia Hussain, the designated doctor, and Paul Reid, the head of safeguarding, both spoke. "We are seeing younger children self-harm," Dr Hussain said. Mr Reid added: "Schools are asking for more help."',
     [('younger children self-harm', 'Nadia Hussain'), ('Schools are asking', 'Paul Reid')]),
    ('Some parents described the old system as a "lottery". Gareth Williams, from the parents\' forum, said: "Nobody knew who to call."',
     [('Nobody knew who to call', 'Gareth Williams')]),
    ('The committee was told by the head of virtual school, Olu Adeyemi, that attendance was "better than ever".',
     [('better than ever', 'Olu Adeyemi')]),
    ('Inspectors found that children in care "are listened to and their views shape their plans".',
     [('are listened to', 'Inspectors')]),
    ('"We will not close the centre," said council leader Rob Kinnear.\n\n"That is a promise to every family in Barnsley."',
     [('not close the centre', 'Rob Kinnear'), ('promise to every family', 'Rob Kinnear')]),
    ('"It was the first time anyone asked what I wanted." Those were the words of Leah, a care leaver now at university.',
     [('first time anyone asked', 'Leah')]),
    ('Kirsty Ferguson, the council\'s chief executive, described the plan as "ambitious and realistic".',
     [('ambitious and realistic', 'Kirsty Ferguson')]),
    ('"I\'m proud of the team," said Declan O\'Sullivan, the independent reviewing officer manager.',
     [('proud of the team', "Declan O'Sullivan")]),
    ('In a statement, Riverside NHS Trust said it was "deeply sorry" for the delays.',
     [('deeply sorry', 'Riverside NHS Trust')]),
    ('Cllr Mohammed Iqbal warned that the service was "running on goodwill" and urged ministers to act.',
     [('running on goodwill', 'Mohammed Iqbal')]),
    ('A 14-year-old in care told the panel: "I had five social workers in a year."',
     [('five social workers', 'A 14-year-old in care')]),
    ('Sian Morgan, a health visitor, said: "Parents are more anxious than before." Her manager, Huw Jenkins, agreed. "We need more staff," he said.',
     [('more anxious', 'Sian Morgan'), ('need more staff', 'Huw Jenkins')]),
    ('The partnership\'s annual report says that "neglect remains the most common reason for a plan".',
     [('neglect remains', "The partnership's annual report")]),
    ('Interviewer: What has changed?\nDeborah Akintola: "We listen to children first now."',
     [('listen to children first', 'Deborah Akintola')]),
    ('Lisa Grant\'s son was placed 200 miles away. "I could only see him once a month," she told the Echo.',
     [('once a month', 'Lisa Grant')]),
    ('Eleri Prys-Jones, head of safeguarding at the health board, explained: "We now train every receptionist to spot the signs."',
     [('train every receptionist', 'Eleri Prys-Jones')]),
    ('Children\'s minister Angela Booth said the funding would "make a real difference to families".',
     [('real difference to families', 'Angela Booth')]),
    ('The safeguarding board said the changes were "overdue". Its business manager, Ruth Kerr, said: "We have already started."',
     [('overdue', 'The safeguarding board'), ('already started', 'Ruth Kerr')]),
    ('Passing sentence, the judge said the neglect had been "prolonged and cruel".',
     [('prolonged and cruel', 'the judge')]),
    ('The Chair thanked officers. The Director of Children\'s Services said: "The new model is working."',
     [('new model is working', "The Director of Children's Services")]),
    ('Mr Rajesh Patel, the school\'s head teacher, insisted the pupils were "safe and happy".',
     [('safe and happy', 'Rajesh Patel')]),
    ('Grace Mwangi says the support group saved her. "Without it I would not have coped," says the mother of three.',
     [('would not have coped', 'Grace Mwangi')]),
    ('Three social workers spoke to the paper. One said: "We are asked to do too much with too little."',
     [('too much with too little', 'one social worker')]),
    ('Statutory guidance says that a child must be seen "within a reasonable time". Cllr Owen Davies said the council met that standard.',
     [('within a reasonable time', 'Statutory guidance')]),
    ('Councillor Niamh Gallagher has written to parents. In the letter she says: "I want you to know we are listening."',
     [('we are listening', 'Niamh Gallagher')]),
    ('"I feel like someone finally cares," said Jamal, 17, who lives in supported lodgings in Leicester.',
     [('someone finally cares', 'Jamal')]),
    ('“We are proud of what has been achieved,” said Cllr Fatima Begum, leader of the council. “But there is more to do.”',
     [('proud of what has been', 'Fatima Begum'), ('more to do', 'Fatima Begum')]),
]


@pytest.mark.parametrize("passage, expected", BATTERY)
def test_battery(nlp, passage: str, expected: list[tuple[str, str]]) -> None:
    for fragment, speaker in expected:
        assert norm(speaker_of(nlp, passage, fragment)) == norm(speaker)


def test_a_title_in_quotes_is_no_quote(nlp) -> None:
    passage = BATTERY[14][0]
    assert not [q for q in analysed_quotes(nlp, passage) if "Safe at Home" in q.text]


def one_quote(nlp, passage: str) -> str | None:
    quotes = analysed_quotes(nlp, passage)
    assert len(quotes) == 1
    return quotes[0].speaker


# a name set off after a role with an 'of' or 'for' phrase, a title or an NER label other than PERSON, in 'according to' and a passive's 'by' agent: the name speaks
ROLE_OF_NAME = [
    ('According to the council\'s director of children\'s services, Jane Doe, the service is "on the right track".', 'Jane Doe'),
    ('According to the head of virtual school, Olu Adeyemi, attendance is "better than ever".', 'Olu Adeyemi'),
    ('According to the chair of the scrutiny committee, Cllr Bethan Rowlands, the plan is "not yet good enough".', 'Bethan Rowlands'),
    ('According to the trust\'s director of nursing, Dr Amina Yusuf, the ward is "safe but stretched".', 'Amina Yusuf'),
    ('According to the cabinet member for children, Cllr Liam Doherty, the centre will "stay open".', 'Liam Doherty'),
    ('The committee was told by the head of virtual school, Olu Adeyemi, that attendance was "better than ever".', 'Olu Adeyemi'),
    ('Members were told by the director of public health, Dr Rhys Griffiths, that the clinics were "full every week".', 'Rhys Griffiths'),
    ('The panel was told by the head of early help, Sarah Jones-Whitfield, that families were "waiting too long".', 'Sarah Jones-Whitfield'),
    ('Parents were told by the manager of the centre, Grace Mwangi, that the service would "carry on as before".', 'Grace Mwangi'),
    ('The board was assured by the chair of the health trust, Dame Helen Marsh, that the new ward was "fully staffed".', 'Helen Marsh'),
    ('According to the independent chair, Aoife Ni Bhriain, the partnership has "turned a corner".', 'Aoife Ni Bhriain'),
]


# an unnamed person written as their age, with a phrase that places them: the whole description
AGED_DESCRIBED = [
    ('A 14-year-old in care told the panel: "I had five social workers in a year."', 'A 14-year-old in care'),
    ('A 16-year-old from Swansea said: "The youth club is the only place I feel safe."', 'A 16-year-old from Swansea'),
    ('One 15-year-old at the pupil referral unit told inspectors: "The staff actually listen."', 'One 15-year-old at the pupil referral unit'),
    ('A 12-year-old with a disability said: "I wanted to choose my own carer."', 'A 12-year-old with a disability'),
    ('A 17-year-old in supported lodgings told the council: "Nobody explained my rights."', 'A 17-year-old in supported lodgings'),
    ('Another 13-year-old in foster care said: "I miss my brothers."', 'Another 13-year-old in foster care'),
    ('A 15-year-old in Belfast told the researchers: "Online is where the bullying happens."', 'A 15-year-old in Belfast'),
    ('A 14-year-old on a child protection plan said: "I wanted to be asked first."', 'A 14-year-old on a child protection plan'),
    ('A 16-year-old from Glasgow told the committee: "School was the only safe place."', 'A 16-year-old from Glasgow'),
    ('One 11-year-old in kinship care wrote: "My nan is my hero."', 'One 11-year-old in kinship care'),
]


# a named person's unnamed relative as the subject, then a pronoun: the named owner (the relative is met through them)
KIN_OWNER = [
    ('Lisa Grant\'s son was placed 200 miles away. "I could only see him once a month," she told the Echo.', 'Lisa Grant'),
    ('Tom Hale\'s daughter was placed in another county. "We drove four hours each way," he said.', 'Tom Hale'),
    ('Priya Chauhan\'s brother was taken into care in 2019. "Nobody told me where he was," she said.', 'Priya Chauhan'),
    ('Mark Boateng\'s mother was his carer for years. "I was only nine when I started helping," he said.', 'Mark Boateng'),
    ('Siobhan O\'Neill\'s husband died last spring. "The grief team saved me," she told the Gazette.', "Siobhan O'Neill"),
    ('Gareth Williams\'s daughter waited two years for an assessment. "It felt endless," he said.', 'Gareth Williams'),
    ('Fatima Begum\'s son was excluded from school twice. "I begged them for help," she said.', 'Fatima Begum'),
    ('Declan O\'Sullivan\'s sister went missing in March. "The police were brilliant," he told the paper.', "Declan O'Sullivan"),
    pytest.param('Eleri Hughes\'s grandson lives with her now. "I never expected to be a parent again," she said.', 'Eleri Hughes',
                 marks=pytest.mark.xfail(strict=True, reason="the NER takes 'Eleri Hughes's' for an organisation, so the owner is no person a pronoun can mean")),
    pytest.param('Chidi Okeke\'s father was in prison for six years. "I had nobody to talk to," he said.', 'Chidi Okeke',
                 marks=pytest.mark.xfail(strict=True, reason="owner and relative take the same pronoun and the relative is the subject; preferring the owner broke a development story where the relative speaks (an owner's grandmother, then 'she said')")),
]


# an 'as' clause after the quote whose verb says nothing of its own ('as one grandmother told me', 'as X put it'): its subject speaks
AS_TOLD = [
    ('Families "relied on it every week", as one grandmother told me.', 'one grandmother'),
    ('The hub was "a lifeline", as one mother said.', 'one mother'),
    ('The service had been "cut to the bone", as Cllr Tom Baxter told the meeting.', 'Tom Baxter'),
    pytest.param('Staff were "exhausted", as the head of service, Rhian Hughes, told members.', 'Rhian Hughes',
                 marks=pytest.mark.xfail(strict=True, reason="the parser makes 'as' a preposition and 'told' a conjunct of the main verb, so no clause closes the quote")),
    ('Waits were "far too long", as Dr Nadia Hussain said on Monday.', 'Nadia Hussain'),
    ('The new rota was "a real improvement", as one foster carer told us.', 'one foster carer'),
    ('Children were "not being seen often enough", as the inspectors wrote.', 'the inspectors'),
    ('It was "the best year yet", as Siobhan O\'Neill told the Echo.', "Siobhan O'Neill"),
    ('The estate had been "forgotten for years", as a youth worker put it to me.', 'a youth worker'),
    ('Young people felt "unheard", as Amara Okonkwo explained to the panel.', 'Amara Okonkwo'),
]


# a definite epithet after a name ('the mother of three', 'the 19-year-old'): the name met before, of the epithet's pronoun
EPITHET = [
    ('Grace Mwangi says the support group saved her. "Without it I would not have coped," says the mother of three.', 'Grace Mwangi'),
    ('Tom Price joined the panel in 2023. "I wanted to give something back," the 19-year-old said.', 'Tom Price'),
    ('Tom Price joined the youth panel last year. "I wanted to help," said the 19-year-old.', 'Tom Price'),
    ('Kerry Walsh waited eight months for a place. "It nearly broke us," said the mother of two.', 'Kerry Walsh'),
    ('Dafydd Evans has fostered for 20 years. "Every child is different," said the father of four.', 'Dafydd Evans'),
    ('Jamal Ahmed left care at 18. "I had to learn everything myself," the 21-year-old said.', 'Jamal Ahmed'),
    ('Ruth Kerr set up the group in her kitchen. "We started with six families," the grandmother of five said.', 'Ruth Kerr'),
    ('Leah Morgan is now at university. "My social worker believed in me," said the 20-year-old.', 'Leah Morgan'),
    ('Patrick Doyle volunteers at the food bank. "It keeps me going," the father of three told the Echo.', 'Patrick Doyle'),
    pytest.param('Harpreet Sandhu cares for her brother. "I do it because I love him," the 16-year-old said.', 'Harpreet Sandhu',
                 marks=pytest.mark.xfail(strict=True, reason="the NER takes 'Harpreet Sandhu' for an organisation, so no named person is there for the epithet")),
]


AGE_NO_NAME = [
    # an age as the subject of a closing cue with no name before it: the age as written, never
    # the 'year' the parser hangs the subject on (3 of 10 failed at the branch point)
    ("\"It was hard,\" the 16-year-old said.", "the 16-year-old"),
    ("\"I wanted to be heard,\" the 14-year-old told the panel.", "the 14-year-old"),
    ("\"Nobody asked me,\" the 12-year-old said.", "the 12-year-old"),
    ("The council has apologised. \"I felt invisible,\" the 17-year-old said.", "the 17-year-old"),
    ("\"School was my safe place,\" said the 15-year-old.", "the 15-year-old"),
    ("\"I miss my sister,\" the 13-year-old wrote.", "the 13-year-old"),
    ("\"The bus takes two hours,\" the 15-year-old explained.", "the 15-year-old"),
    ("\"I want to stay here,\" the 11-year-old told the judge.", "the 11-year-old"),
    ("The panel met in March. \"They listened to me,\" the 18-year-old said.", "the 18-year-old"),
    ("\"It gets better,\" the 19-year-old added.", "the 19-year-old"),
]


@pytest.mark.parametrize("passage, expected",
                         ROLE_OF_NAME + AGED_DESCRIBED + KIN_OWNER + AS_TOLD + EPITHET + AGE_NO_NAME)
def test_constructions(nlp, passage: str, expected: str) -> None:
    assert norm(one_quote(nlp, passage)) == norm(expected)
