"""Speakers in council papers, committee minutes and local news: invented multi-speaker passages.

Each table is one construction of English, written for this file (never a corpus document's
wording), run through the production analysis path (`pipeline.to_doc` + `quotes.find_quotes`, as
tests/test_speakers.py does). The expected list is every quote's speaker, in order.
"""

from __future__ import annotations

import pytest

from conftest import analysed_quotes


def speakers(nlp, passage: str) -> list[str | None]:
    return [q.speaker for q in analysed_quotes(nlp, passage)]


@pytest.mark.parametrize("passage, expected", [
    # a councillor asks and an officer answers, in minutes and in news: the one who answers speaks,
# however the answer is introduced ('replied', 'Responding, the Head of Service, X, said', a closing
# cue, a bare role before the name)
    ("Cllr Nia Roberts asked why so many reviews were late. The Director of Children's Services, Owen Price, replied: \"Two reviewers left and we could not replace them until May.\"",
     ["Owen Price"]),
    ("Councillor Bill Hart asked how many children were waiting for a placement. Responding, the Head of Service, Leanne Cross, said: \"Eleven, and every one of them has a plan.\"",
     ["Leanne Cross"]),
    ("Cllr Maya Dutt asked whether the new front door was working. The Assistant Director, Colin Webb, said: \"Contacts are decided faster than at any time in the last three years.\"",
     ["Colin Webb"]),
    ("Cllr Imran Ali asked about the use of agency social workers. In reply, the director, Fran Lowe, said: \"We have cut agency use by a third.\"",
     ["Fran Lowe"]),
    ("Councillor Helen Rigg asked: \"When will the hub open?\" The Head of Early Help, Sunil Mehta, said: \"In September, if the building work finishes on time.\"",
     ["Helen Rigg", "Sunil Mehta"]),
    ("Cllr Kate Bower asked when parents would be told. \"We will write to every family next week,\" said the Head of Inclusion, Dean Frost.",
     ["Dean Frost"]),
    ("At Tuesday's scrutiny meeting, Cllr Rob Teal asked why the target had been missed. Corporate director Hannah Wills said: \"Demand rose far faster than we forecast.\"",
     ["Hannah Wills"]),
    ("Cllr Joan Pell pressed officers on the cost of placements. Director of children's services Marcus Odell told the committee: \"Three placements cost more than the whole of early help.\"",
     ["Marcus Odell"]),
    ("Councillor Rita Sandhu asked whether the service was safe. The director, Paul Greer, answered: \"It is safe, but it is not yet good.\"",
     ["Paul Greer"]),
    ("Cllr Alan Moody asked what would happen to the budget next year. Finance lead Zoe Park said: \"We expect a gap of about two million pounds.\"",
     ["Zoe Park"]),
])
def test_a_councillor_asks_and_an_officer_answers(nlp, passage: str, expected: list[str]) -> None:
    assert speakers(nlp, passage) == expected


@pytest.mark.parametrize("passage, expected", [
    # 'she told the panel' after two people are named: the pronoun means the one whose honorific or
# first name (models/first_names.txt) fits, else the one in focus
    ("Dr Rhian Evans and Superintendent Mark Dale gave evidence. \"Referrals from schools have doubled,\" she told the panel.",
     ["Rhian Evans"]),
    ("Councillor Jo Grant and the Director of Education, Peter Lamb, answered questions. \"No child will lose a place,\" she told the meeting.",
     ["Jo Grant"]),
    ("Sara Quinn, a foster carer, and Tom Ebbs, a social worker, spoke at the event. \"We need more carers like Sara,\" he told the audience.",
     ["Tom Ebbs"]),
    ("Cllr Lynn Ford and Cllr Mike Rowe both criticised the plan. Cllr Rowe said the savings were not realistic. \"They will not happen,\" he told the panel.",
     ["Mike Rowe"]),
    ("Ms Dana Hill and Mr Ravi Sood, both parents, addressed councillors. \"My son has waited a year for an assessment,\" she told the committee.",
     ["Dana Hill"]),
    ("Headteacher Lois Kemp and Detective Sergeant Aaron Bell spoke to the Gazette. \"We saw a pattern in the spring,\" he said.",
     ["Aaron Bell"]),
    ("Julie Moss, chair of the forum, and Harry Doyle, its secretary, met the minister. \"She listened to every word,\" he told reporters.",
     ["Harry Doyle"]),
    ("Dr Ben Amos and Cllr Yasmin Khan attended the launch. Cllr Khan said the hub was overdue. \"Families have waited long enough,\" she said.",
     ["Yasmin Khan"]),
    ("Professor Ann Rowe and Dr Chris Hale presented the findings. \"The pattern is clear,\" he told the board.",
     ["Chris Hale"]),
    ("Ellie Cooke, 16, and her mother Donna spoke at the meeting. Ellie said she had moved school three times. \"I just want to stay somewhere,\" she told the panel.",
     ["Ellie Cooke"]),
])
def test_a_pronoun_after_two_people_are_named(nlp, passage: str, expected: list[str]) -> None:
    assert speakers(nlp, passage) == expected


@pytest.mark.parametrize("passage, expected", [
    # follow-on quote paragraphs with no cue of their own, and a quote left open at a paragraph's
# end that runs on into the next: the same speaker
    ("\"We have opened two new homes this year,\" said Cllr Martin Gale, cabinet member for children.\n\n\"They mean children can stay close to their schools and friends.\"",
     ["Martin Gale", "Martin Gale"]),
    ("Cllr Petra Hume said: \"The figures are moving in the right direction.\"\n\n\"But nobody here thinks the job is done.\"",
     ["Petra Hume", "Petra Hume"]),
    ("\"It was the worst year of my life,\" said Carla Webb, whose daughter was taken into care.\n\n\"Nobody explained what was happening or why.\"\n\n\"I found out more from the court papers than from my social worker.\"",
     ["Carla Webb", "Carla Webb", "Carla Webb"]),
    ("Sam Rudd, the partnership's scrutineer, said the board had changed. \"Meetings are shorter and sharper,\" he said.\n\n\"Partners challenge each other now, which they did not do before.\"",
     ["Sam Rudd", "Sam Rudd"]),
    ("\"We are proud of our foster carers,\" said Fostering Manager Kay Lyons.\n\n\"But we need at least 30 more families this year.\"",
     ["Kay Lyons", "Kay Lyons"]),
    ("Jenny Platt, who runs the parents' group, said: \"People come here because nobody else listens.\n\n\"We have 60 families on our books and no funding after March.\"",
     ["Jenny Platt", "Jenny Platt"]),
    ("\"The centre is a lifeline,\" said grandmother Irene Cole. \"I come every week with my grandson.\n\n\"If it closes, I don't know where we will go.\"",
     ["Irene Cole", "Irene Cole", "Irene Cole"]),
    ("Detective Chief Inspector Rhys Owen said: \"Every report is investigated.\"\n\n\"We would urge anyone with information to come forward.\"",
     ["Rhys Owen", "Rhys Owen"]),
    ("\"This is a big step,\" said Cllr Ade Bello. \"We have listened to young people.\"\n\n\"They told us they wanted somewhere safe to go in the evenings, and now they will have it.\"",
     ["Ade Bello", "Ade Bello", "Ade Bello"]),
    ("Mr Grant said the trust had apologised. \"We got this wrong,\" he said.\n\n\"We have changed how we share information with the council.\"",
     ["Grant", "Grant"]),
])
def test_follow_on_quote_paragraphs_keep_their_speaker(nlp, passage: str, expected: list[str]) -> None:
    assert speakers(nlp, passage) == expected


@pytest.mark.parametrize("passage, expected", [
    # anonymous and generic speakers ('one mother', 'a spokesperson for the council'): as written,
# without the clause that sets them off
    ("One mother, who asked not to be named, said: \"I rang every day for a month.\"",
     ["One mother"]),
    ("A spokesperson for the council said: \"We are reviewing the case.\"",
     ["A spokesperson for the council"]),
    ("A council spokeswoman said: \"Every child in our care has an allocated social worker.\"",
     ["A council spokeswoman"]),
    ("One foster carer told the committee: \"We need help at weekends, not just in office hours.\"",
     ["One foster carer"]),
    ("A spokesman for Northshire Police said: \"Officers attended within the hour.\"",
     ["A spokesman for Northshire Police"]),
    ("A teacher at the school, who did not want to be named, said: \"Staff are exhausted.\"",
     ["A teacher at the school"]),
    ("One father said: \"We were never told there was a meeting.\"",
     ["One father"]),
    ("A social worker with 20 years' experience told the Echo: \"I have never seen caseloads like this.\"",
     ["A social worker with 20 years' experience"]),
    ("A spokesperson for the trust said: \"We have written to the family to apologise.\"",
     ["A spokesperson for the trust"]),
    ("One young carer told councillors: \"I do my homework after midnight.\"",
     ["One young carer"]),
])
def test_anonymous_and_generic_speakers_as_written(nlp, passage: str, expected: list[str]) -> None:
    assert speakers(nlp, passage) == expected


@pytest.mark.parametrize("passage, expected", [
    # an affiliation or a party after a name, in brackets or set off by commas: the name speaks
    ("Cllr Derek Shaw (Conservative, Millbrook) said: \"Parents in my ward deserve answers.\"",
     ["Derek Shaw"]),
    ("Cllr Amina Yusuf (Labour) asked: \"Why was the committee not told sooner?\"",
     ["Amina Yusuf"]),
    ("Cllr Gareth Lloyd (Independent, Riverside) said the decision was \"rushed\".",
     ["Gareth Lloyd"]),
    ("Tom Hale, chair of the Northshire Foster Carers' Association, said: \"Carers feel undervalued.\"",
     ["Tom Hale"]),
    ("Liz Carr, a governor at Oakfield School, said: \"The governors were not consulted.\"",
     ["Liz Carr"]),
    ("Dr Peter Nunn, consultant paediatrician at Northshire General Hospital, said: \"We see the effects in A&E every week.\"",
     ["Peter Nunn"]),
    ("Sophie Grey, service manager, Early Help, said: \"Most families come to us through schools.\"",
     ["Sophie Grey"]),
    ("Hassan Malik, from the charity Safe Steps, said: \"Young people need somewhere to turn.\"",
     ["Hassan Malik"]),
    ("Cllr Jean Ward (Liberal Democrat, Abbey) told the meeting: \"This must not happen again.\"",
     ["Jean Ward"]),
    ("Amy Lister, head of the virtual school, said: \"Attendance of children in care has improved.\"",
     ["Amy Lister"]),
])
def test_an_affiliation_after_a_name_is_not_the_speaker(nlp, passage: str, expected: list[str]) -> None:
    assert speakers(nlp, passage) == expected


@pytest.mark.parametrize("passage, expected", [
    # documents and bodies as speakers ('the report said', 'according to the report', 'The NSPCC
# warned that')
    ("The report said: \"Information was not shared between agencies.\"",
     ["The report"]),
    ("The inspection report states: \"Leaders know their services well.\"",
     ["The inspection report"]),
    ("The review found that \"the baby's father was invisible to professionals.\"",
     ["The review"]),
    ("The audit concluded: \"Most plans were clear, but a quarter were out of date.\"",
     ["The audit"]),
    ("In its letter, Ofsted said: \"Children are seen regularly and seen alone.\"",
     ["Ofsted"]),
    ("The council said in a statement: \"We accept every recommendation.\"",
     ["The council"]),
    ("The partnership's annual report says: \"Learning is now shared within a month.\"",
     ["The partnership's annual report"]),
    ("The board noted that \"the number of children on plans has fallen for a second year.\"",
     ["The board"]),
    ("According to the report, \"staff did not feel able to challenge decisions.\"",
     ["the report"]),
    ("The NSPCC warned that \"too many children are going unheard.\"",
     ["The NSPCC"]),
])
def test_documents_and_bodies_speak(nlp, passage: str, expected: list[str]) -> None:
    assert speakers(nlp, passage) == expected


@pytest.mark.parametrize("passage, expected", [
    # the speaker introduced after the quote, across a paragraph break: 'Those were the words of X',
# 'The warning came from X', 'That is how X describes it' (a name the NER took for a body, opened
# by a first name, is a person)
    ("\"Our staff are exhausted.\"\n\nThe warning came from Dr Lucy Hale, the trust's medical director, at Thursday's meeting.",
     ["Lucy Hale"]),
    ("\"Please do not close the centre.\"\n\nThe plea came from Tanya Wells, a mother of three, at the cabinet meeting.",
     ["Tanya Wells"]),
    ("\"We will not let these children down.\"\n\nThe message came from Cllr Dev Mistry as the plan was agreed.",
     ["Dev Mistry"]),
    ("\"The waiting list has halved this year.\"\n\nThat was the message from the council's director of children's services, Amir Hussain.",
     ["Amir Hussain"]),
    ("\"We are determined to get this right.\"\n\nThose were the words of Councillor Jo Baxter, cabinet member for children's services, speaking after the report was published.",
     ["Jo Baxter"]),
    ("\"Nobody should have to wait that long.\"\n\nThe words are those of Cllr Hugh Doran, who chairs the scrutiny committee.",
     ["Hugh Doran"]),
    ("\"Families deserve better.\"\n\nThat was the verdict of Dr Ruth Elms, the independent chair, on Monday.",
     ["Ruth Elms"]),
    ("\"The money has to follow the children.\"\n\nThe call came from Cllr Sadia Rahman at the full council meeting.",
     ["Sadia Rahman"]),
    ("\"We were left to cope on our own.\"\n\nThat is how Gemma Rowe, whose son has complex needs, describes the last two years.",
     ["Gemma Rowe"]),
    ("\"I want every child to have a trusted adult.\"\n\nThe admission came from Cllr Noel Hart, who leads on education.",
     ["Noel Hart"]),
])
def test_the_speaker_named_in_the_paragraph_after_the_quote(nlp, passage: str, expected: list[str]) -> None:
    assert speakers(nlp, passage) == expected


@pytest.mark.parametrize("passage, expected", [
    # an unnamed person written as an age and a phrase placing them ('a 13-year-old in our care
# wrote to me'), then 'She wrote:': she is that person, not a body named before
    ("Last year the inspectors judged us inadequate. Soon after, a 14-year-old in our care wrote to me. She wrote: \"Please just call me back when you say you will.\"",
     ["a 14-year-old in our care"]),
    ("Ofsted visited in March. A 15-year-old in foster care told the inspectors what had changed. She said: \"My social worker comes when she says she will.\"",
     ["A 15-year-old in foster care"]),
    ("The panel met young people in June. One 16-year-old from Hartley told members about his move. He said: \"I was told on the Friday and moved on the Monday.\"",
     ["One 16-year-old from Hartley"]),
    ("Ofsted criticised the service last year. Then a 12-year-old at the refuge wrote to the council. She wrote: \"I want my own room and my own things.\"",
     ["a 12-year-old at the refuge"]),
    ("The council apologised in May. A 17-year-old in supported lodgings told the Echo about the delays. He said: \"Nobody told me where I would be living.\"",
     ["A 17-year-old in supported lodgings"]),
    ("Ofsted returned in the autumn. A 13-year-old at the unit wrote to the director. She wrote: \"Thank you for listening to us.\"",
     ["A 13-year-old at the unit"]),
    ("The NSPCC published its figures on Monday. A 15-year-old from Northshire told the charity about her school. She said: \"Teachers noticed before anyone else did.\"",
     ["A 15-year-old from Northshire"]),
    ("Ofsted rated the home good. One 11-year-old in the home told inspectors about the staff. He said: \"They play football with us after tea.\"",
     ["One 11-year-old in the home"]),
    ("The board heard the data first. Then a 16-year-old in residential care spoke to members. She said: \"Stop moving us without asking.\"",
     ["a 16-year-old in residential care"]),
    ("Ofsted found improvements in May. An 18-year-old in our care wrote to the chief executive. He wrote: \"I am proud of my grades and I want you to know.\"",
     ["An 18-year-old in our care"]),
])
def test_an_aged_person_placed_by_a_phrase_is_who_she_means(nlp, passage: str, expected: list[str]) -> None:
    assert speakers(nlp, passage) == expected


@pytest.mark.parametrize("passage, expected", [
    # a numbered report's pull quote signed on a dash line by an unnamed person ('- a special
# guardian, Leek group'): that person, as written, never the numbered heading above
    ("3.1 Eight support groups met across the county.\n\"I took this on at 60. Nobody warned me how tiring it would be.\"\n- a special guardian, Leek group\n3.2 Six children returned home.",
     ["a special guardian"]),
    ("2.4 The service ran 40 drop-in sessions.\n\"My granddaughter has somewhere to go now and so do I.\"\n- a kinship guardian, Eastfield\n2.5 Waiting times fell.",
     ["a kinship guardian"]),
    ("4.1 Thirty families used the new service.\n\"I was able to tell my story once and it was believed.\"\n- a victim of domestic abuse, North district\n4.2 The team grew by two.",
     ["a victim of domestic abuse"]),
    ("5.2 The panel heard from families in April.\n\"My brother looks after me and the school helped him to do it.\"\n- a sibling carer, aged 12\n5.3 Three cases were escalated.",
     ["a sibling carer"]),
    ("1.3 Patients gave feedback in the summer.\n\"The staff took time to explain what would happen next.\"\n- a patient, Ward 3\n1.4 Complaints fell.",
     ["a patient"]),
    ("6.1 Residents were asked for their views.\n\"I feel safer walking home than I did a year ago.\"\n- a tenant, Brook estate\n6.2 Lighting was improved.",
     ["a tenant"]),
    ("2.2 Counsellors saw 300 young people.\n\"I finally have someone I can talk to every week without waiting.\"\n- a young person, Year 10\n2.3 The wait fell to four weeks.",
     ["a young person"]),
    ("3.3 Families were invited to the review.\n\"We were told about every meeting and we felt part of it.\"\n- a relative of a child in care\n3.4 The review closed in May.",
     ["a relative of a child in care"]),
    ("7.1 The court team supported 50 witnesses.\n\"I knew what to expect because someone showed me the room first.\"\n- a witness, aged 15\n7.2 Most cases went ahead on time.",
     ["a witness"]),
    ("4.4 Colleagues were surveyed in June.\n\"I feel able to raise a concern and know it will be acted on.\"\n- a colleague in the duty team\n4.5 The survey will be repeated.",
     ["a colleague in the duty team"]),
])
def test_a_dash_line_with_a_person_noun_signs_the_quote(nlp, passage: str, expected: list[str]) -> None:
    assert speakers(nlp, passage) == expected


@pytest.mark.parametrize("passage, expected", [
    # a body the NER may take for a person ('Ofsted', 'the NSPCC') is never what a later 'she' means
    ("Ofsted told the council in May that its services were inadequate. Director Helen Marsh read the letter to staff. \"We accept the judgement,\" she said.",
     ["Helen Marsh"]),
    ("Ofsted judged the service good in May. Dr Karen Vale, the director, welcomed it. \"Staff have worked hard,\" she said.",
     ["Karen Vale"]),
    ("Ofsted told leaders that practice had improved. Months later the new director, Anna Briggs, spoke to staff. She said: \"We have a long way to go.\"",
     ["Anna Briggs"]),
    ("The NSPCC warned about the rise in calls. Its regional head, Lisa Hart, spoke at the launch. She said: \"Children are telling us they feel alone.\"",
     ["Lisa Hart"]),
    ("Ofsted found weaknesses in the front door. The council's director, Emma Shaw, replied to the letter. She said: \"We are fixing it.\"",
     ["Emma Shaw"]),
    ("Ofsted visited in June and praised the fostering team. Cllr Julie Marsh said she was delighted. \"Our carers deserve this,\" she said.",
     ["Julie Marsh"]),
    ("Ofsted rated the home inadequate last year. Its manager, Rachel Dunn, has since left. She said: \"I am proud of what we built.\"",
     ["Rachel Dunn"]),
    ("Ofsted published its letter on Friday. The cabinet member, Cllr Sophie Lane, read it to the meeting. She said: \"This is a fair assessment.\"",
     ["Sophie Lane"]),
    ("The NSPCC called for more money for early help. Its chief executive, Megan Fry, told MPs the need was growing. She said: \"Every week we hear from children who have nobody.\"",
     ["Megan Fry"]),
    ("Ofsted inspected the service in March. Afterwards, Amy Clarke, the head of service, spoke to the Echo. She said: \"We knew there were gaps.\"",
     ["Amy Clarke"]),
])
def test_a_body_the_ner_took_for_a_person_is_no_she(nlp, passage: str, expected: list[str]) -> None:
    assert speakers(nlp, passage) == expected


@pytest.mark.parametrize("passage, expected", [
    # a closing cue after a role and the name set off in it ('"...," the charity's chief executive,
# Leon Barr, said'): the name speaks
    ("\"There is a crisis in children's mental health,\" the charity's chief executive, Leon Barr, said.",
     ["Leon Barr"]),
    ("\"We have turned a corner,\" the council's director of children's services, Amy Holt, said.",
     ["Amy Holt"]),
    ("\"Nobody should wait this long,\" the trust's medical director, Dr Omar Faris, said.",
     ["Omar Faris"]),
    ("\"Every child deserves a safe home,\" the partnership's independent chair, Ruth Calder, said.",
     ["Ruth Calder"]),
    ("\"The numbers are going the right way,\" the council's cabinet member for children, Cllr Ian Webb, said.",
     ["Ian Webb"]),
    ("\"This is a day I will never forget,\" the boy's grandmother, Pat Doyle, told the Echo.",
     ["Pat Doyle"]),
    ("\"We owe these families an answer,\" the committee's vice-chair, Cllr Nadia Iqbal, said.",
     ["Nadia Iqbal"]),
    ("\"The money is simply not there,\" the county's director of finance, Graham Tate, warned.",
     ["Graham Tate"]),
    ("\"We are proud of every one of them,\" the school's head of sixth form, Joanne Kerr, said.",
     ["Joanne Kerr"]),
    ("\"I want every family to know where to go,\" the force's lead for child protection, Det Supt Carl Ames, said.",
     ["Carl Ames"]),
])
def test_a_closing_cue_after_a_role_and_a_name(nlp, passage: str, expected: list[str]) -> None:
    assert speakers(nlp, passage) == expected


@pytest.mark.parametrize("passage, expected", [
    # titles and honorifics before a name ('The Rt Hon', 'Headteacher', 'Dame', 'Detective Chief
# Inspector', 'Councillor Dr') are no part of the speaker's name
    ("The Rt Hon Laura Penn MP said: \"Every child deserves to feel safe.\"",
     ["Laura Penn"]),
    ("Headteacher Rachel Ng said staff had been trained. Asked whether the school would reopen the unit, she said: \"Not this year.\"",
     ["Rachel Ng"]),
    ("Dame Susan Hollis, the independent chair, said the partnership had made progress. \"I am encouraged by what I have seen,\" she said.",
     ["Susan Hollis"]),
    ("Sir Michael Grange told the committee: \"There is no room for complacency.\"",
     ["Michael Grange"]),
    ("Dr. Neil Armitage, the designated doctor, said: \"The referral came too late.\"",
     ["Neil Armitage"]),
    ("Detective Chief Inspector Rhys Owen said: \"Every report is investigated.\"",
     ["Rhys Owen"]),
    ("Professor Alan Kerr, who led the review, said: \"Nobody was listening to the children.\"",
     ["Alan Kerr"]),
    ("Councillor Dr Mandy Pike said: \"We owe these children more than a plan.\"",
     ["Mandy Pike"]),
    ("Lord Ellis of Harton told peers: \"The system is not working for children in care.\"",
     ["Ellis"]),
    ("Baroness Joan Whitby said: \"I have visited every one of these homes.\"",
     ["Joan Whitby"]),
])
def test_titles_and_honorifics_are_no_part_of_the_name(nlp, passage: str, expected: list[str]) -> None:
    assert speakers(nlp, passage) == expected


@pytest.mark.parametrize("passage, expected", [
    # 'according to X' (a role with the name set off after it: the name) and 'added' / 'X added'
# continuing the one who spoke
    ("According to Cllr Lisa Trent, \"the budget for early help has been protected.\"",
     ["Lisa Trent"]),
    ("According to the director, Amir Khan, \"the service is safe but stretched.\"",
     ["Amir Khan"]),
    ("According to one parent, \"the letters were never sent.\"",
     ["one parent"]),
    ("According to the inspection report, \"leaders know their services well.\"",
     ["the inspection report"]),
    ("\"We have recruited 20 new foster carers,\" Cllr Bob Ince said. \"We need 40 more,\" he added.",
     ["Bob Ince", "Bob Ince"]),
    ("Cllr Nadia Farah added: \"The scheme will be extended to every ward next year.\"",
     ["Nadia Farah"]),
    ("Director Paul Newby said the service had changed. He added: \"We are not where we need to be yet.\"",
     ["Paul Newby"]),
    ("Head of service Kerry Blake said: \"The new model is working.\" She added that staff were \"more confident than a year ago.\"",
     ["Kerry Blake", "Kerry Blake"]),
    ("A spokesperson for the council said the case was under review. They added: \"We will contact the family this week.\"",
     ["A spokesperson for the council"]),
    ("\"The report is a wake-up call,\" added Cllr Owen Pryce, the opposition leader.",
     ["Owen Pryce"]),
])
def test_according_to_and_added(nlp, passage: str, expected: list[str]) -> None:
    assert speakers(nlp, passage) == expected


@pytest.mark.parametrize("passage, expected", [
    # a list of speakers on a panel or at a meeting, then one of them by title and surname or by role
    ("The panel heard from Liz Moran, a parent, Dr Omar Siddiqui, a GP, and Sergeant Dan Hale. Ms Moran said: \"Parents need to be heard.\"",
     ["Liz Moran"]),
    ("The panel heard from Liz Moran, a parent, Dr Omar Siddiqui, a GP, and Sergeant Dan Hale. Dr Siddiqui said: \"GPs are not told when a child is on a plan.\"",
     ["Omar Siddiqui"]),
    ("Panel members Cllr Joe Harris, Cllr Rita Mehta and co-optee Brian Lowe were present. Cllr Mehta said: \"We need a report on this in the autumn.\"",
     ["Rita Mehta"]),
    ("Members of the panel were Cllr Tom Gray (chair), Cllr Ann Lee and Mr Peter Wood (co-opted member). The chair said: \"We will look at this again in June.\"",
     ["Tom Gray"]),
    ("Speakers at the event were Gail Frost, a foster carer; Imran Shah, a care leaver; and Cllr Joy Bright. Mr Shah said: \"I was in care for ten years.\"",
     ["Imran Shah"]),
    ("Speakers at the event were Gail Frost, a foster carer; Imran Shah, a care leaver; and Cllr Joy Bright. Ms Frost told the audience: \"We foster because somebody has to.\"",
     ["Gail Frost"]),
    ("Present: Cllr Pam Ross (Chair), Cllr Lee Dunn, Cllr Asif Khan. Also present: Helen Ward (Director of Children's Services). The Chair asked: \"Are we on track?\" The Director said: \"Broadly, yes.\"",
     ["Pam Ross", "Helen Ward"]),
    ("The committee took evidence from three witnesses: Jane Orr, Paul Kemp and Dr Sita Rao. Dr Rao said: \"Waiting times are the worst I have seen.\"",
     ["Sita Rao"]),
    ("On the panel were Cllr Rob Mayes, Superintendent Carol Hay and Nick Ford, the head of youth justice. Supt Hay said: \"Knife crime among under-18s has fallen.\"",
     ["Carol Hay"]),
    ("The board heard from Mark Lee, chair of the carers' forum, and Anita Gill, a young carer. Anita said: \"I look after my mum every night.\"",
     ["Anita Gill"]),
])
def test_one_of_a_list_of_speakers(nlp, passage: str, expected: list[str]) -> None:
    assert speakers(nlp, passage) == expected
