"""Speakers in constructions met in committee transcripts, letters pages, court judgments and
profiles: who gave evidence, who accepted a point, who was heard from, the holder of an office
set off by a titled name, the writer who signs a letter, the subject of the sentence that leads
into a quote, and a speaker reporting her own team's findings. Every passage is invented."""

from __future__ import annotations

import pytest

from conftest import analysed_quotes


def last_speaker(nlp, text: str) -> str | None:
    """The speaker of the last quote of a passage, through the production analysis path."""
    return analysed_quotes(nlp, text)[-1].speaker


@pytest.mark.parametrize("passage, speaker", [
    # an unnamed person who gave evidence, a statement, an account or an interview is who a
    # later 'she said' means, as a person who spoke to someone is
    ('The mother gave evidence over two days. She said: "I have changed."',
     'The mother'),
    ('Mr Ade Obi chaired the hearing.\n\nThe father gave evidence by video link. He said: "I was never told about the meeting."',
     'The father'),
    ('The grandmother gave a statement to the police in May. "I had her most weekends," she said.',
     'The grandmother'),
    ('The foster carer gave evidence on the second day. She told the court: "He settled within a week."',
     'The foster carer'),
    ('The grandfather gave his account to the review in writing. He wrote: "Nobody asked me anything."',
     'The grandfather'),
    ('Judge Ruth Kemp heard the case. The aunt gave evidence with care and clarity. She said: "We are ready to take her."',
     'The aunt'),
    ('The teenager gave an interview to the panel last spring. "I wanted to stay at my school," he said.',
     'The teenager'),
    ('The young person gave evidence from behind a screen. She said: "I was frightened of him."',
     'The young person'),
    ('The social worker gave evidence for most of the morning. She accepted that "the visits were not frequent enough."',
     'The social worker'),
])
def test_who_gave_evidence_is_a_later_she(nlp, passage: str, speaker: str | None) -> None:
    assert last_speaker(nlp, passage) == speaker


@pytest.mark.parametrize("passage, speaker", [
    # 'accepted that …' reports what someone grants; without a clause ('accepted the findings')
    # it reports nothing, and the quote's own cue speaks
    ('Ms Ann Hale gave evidence on Monday. She accepted that she had 30 children on her caseload, "which is too many for anyone."',
     'Ann Hale'),
    ('Mr Ben Cole accepted that the visits had slipped, "and that is on me."',
     'Ben Cole'),
    ('Cllr Jo Reid accepted that the service was "not yet good enough".',
     'Jo Reid'),
    ('The council accepts that its response was "too slow and too fragmented".',
     'The council'),
    ('Dr Priya Shah, the designated doctor, accepted that "the referral should have been made sooner."',
     'Priya Shah'),
    ('Mr Tom Hart was cross-examined. He accepted that he had "let things slip" during the year.',
     'Tom Hart'),
    ('The headteacher accepted that the school "did not pass on the concern".',
     'The headteacher'),
    ('Cllr Omar Khan accepted that there were "hard choices ahead" for the cabinet.',
     'Omar Khan'),
    ('Ms Cara Lowe accepted the findings in full. "We will act on every one," she said.',
     'Cara Lowe'),
])
def test_accepted_that_is_a_cue(nlp, passage: str, speaker: str | None) -> None:
    assert last_speaker(nlp, passage) == speaker


@pytest.mark.parametrize("passage, speaker", [
    # an unnamed person heard from, written to, spoken to or interviewed is who a later 'she'
    # means when no person is the subject of that sentence; a subject still comes first, and a
    # generic object ('the caseload for a social worker') is nobody met
    ('Chair: Mr Reid, the committee received written evidence from a parent in Leeds. She wrote: "Nobody told us anything."',
     'a parent in Leeds'),
    ('The panel heard from a mother in the north of the county. She said: "I asked for help three times."',
     'a mother in the north of the county'),
    ('The reviewers spoke to a foster carer about the placement. "He was never a problem in our house," she said.',
     'a foster carer'),
    ('The inspectors talked with a young person at the hostel. He told them: "The staff are kind but always changing."',
     'a young person at the hostel'),
    ('The board received a letter from a grandmother last year. She wrote: "I have not seen my grandson since June."',
     'a grandmother'),
    ('The committee interviewed a care leaver in private. She said: "Leaving care at 18 felt like falling off a cliff."',
     'a care leaver'),
    ('Councillors heard evidence from a father whose son had been in care. He said: "We were treated as the problem."',
     'a father whose son had been in care'),
    ('Dr Ann Fox wrote to a parent in March. She said: "The delay was not acceptable."',
     'Ann Fox'),
    ('Mr Ben Cole chairs the board. The average caseload for a social worker is 22. He said: "That is too high."',
     'Ben Cole'),
])
def test_an_unnamed_person_heard_from(nlp, passage: str, speaker: str | None) -> None:
    assert last_speaker(nlp, passage) == speaker


@pytest.mark.parametrize("passage, speaker", [
    # an office written as a proper noun and set off by a titled name: the name holds the office
    ('The Children\'s Guardian, Mr Tobias Lund, has been involved since January. His analysis is clear. He told me: "The child needs a decision now."',
     'Tobias Lund'),
    ('The Virtual School Head, Dr Ann Fox, has led the work since 2023. She said: "Attendance is the first thing we look at."',
     'Ann Fox'),
    ('Westshire\'s Designated Nurse, Ms Sam Reid, joined the board in May. "We see the same families again and again," she said.',
     'Sam Reid'),
    ('The Independent Scrutineer, Mr Omar Khan, reviewed the arrangements. He wrote: "Partners hold each other to account."',
     'Omar Khan'),
    ('The Principal Social Worker, Ms Cara Lowe, spoke to staff. She said: "Supervision is where practice improves."',
     'Cara Lowe'),
    ('The Designated Officer, Mr Ben Cole, handled 212 referrals. He told the panel: "Most came from schools."',
     'Ben Cole'),
    ('The Local Authority Designated Officer, Dr Priya Shah, has retired. Before she left she said: "Schools now call us early."',
     'Priya Shah'),
    ('Northvale\'s Youth Justice Lead, Mr Dan Ure, was appointed in March. He said: "Diversion works when it is quick."',
     'Dan Ure'),
])
def test_an_office_set_off_by_a_titled_name(nlp, passage: str, speaker: str | None) -> None:
    assert last_speaker(nlp, passage) == speaker


@pytest.mark.parametrize("passage, speaker", [
    # 'I' in a letter between rule lines is the one who signs it on its last line
    ('Your letters\n\n----\n\nBudgets are tight, but we are listening to families.\n\nAs I said at the meeting: "No centre will close this year."\n\nCllr Amy Hale, Leader, Westshire Council\n\n----\n\nName and address supplied',
     'Amy Hale'),
    ('Readers write\n\n---\n\nI have fostered for twenty years. I told the panel in May: "We need more support at weekends."\n\nTom Reid, Ashford\n\n---\n\nNext week: your views on school buses.',
     'Tom Reid'),
    ('Letters\n\n****\n\nAs I wrote to the council in March, "the waiting list is a scandal". Nothing has changed.\n\nJoan Pike, Dover',
     'Joan Pike'),
    ('The consultation closes on Friday.\n\n____\n\nI asked the chief executive directly: "Who decided this?" I am still waiting for an answer.\n\nMr Ben Cole, Chair, Northvale Parents Forum\n\n____',
     'Ben Cole'),
    ('Your views\n\n-----\n\nWhen I spoke at the scrutiny committee I said, "Every child deserves a named worker." I stand by that.\n\nDr Priya Shah, Designated Doctor for Safeguarding\n\n-----\n\nWrite to us at the usual address.',
     'Priya Shah'),
    ('----\n\nIn my evidence to the review I wrote: "The service had lost its way." The new plan is better.\n\nYours faithfully,\n\nDan Ure, Deal\n\n----',
     'Dan Ure'),
    ('Letters to the editor\n\n=====\n\nLast week I told this paper: "The figures do not add up." The council has now admitted as much.\n\nKay Lowe, Sandwich\n\n=====',
     'Kay Lowe'),
    ('* * *\n\nAs I put it to the cabinet: "We cannot spend our way out of this." That remains my view.\n\nCllr Omar Khan, Northvale Independents\n\n* * *\n\nLetters may be edited for length.',
     'Omar Khan'),
    # ... signed on two lines (name, then town), after a dash, or in capitals
    ('----\n\nAs I told the council last spring: "The bus cuts will isolate families."\n\nMargaret Hill\nRothwell\n\n----',
     'Margaret Hill'),
    ('----\n\nI said at the meeting, "We are not being heard." Nothing has changed.\n\n— Tom Reid, Ashford\n\n----',
     'Tom Reid'),
    ('----\n\nAs I wrote in March: "The waiting list is a scandal."\n\nJOAN PIKE, Dover\n\n----',
     'Joan Pike'),
    ('----\n\nI asked the panel: "Who decided this?" Nobody answered.\n\nMr Ben Cole\nMarket Harborough',
     'Ben Cole'),
])
def test_a_letter_is_signed_by_its_i(nlp, passage: str, speaker: str | None) -> None:
    assert last_speaker(nlp, passage) == speaker


@pytest.mark.parametrize("passage, speaker", [
    # a quote led into by a sentence about a person, with no reporting verb ('X was blunt: "…"',
    # 'X does not hesitate. "…"'): that person; a sentence about no one leaves the last speaker,
    # and an unsigned letter signs nobody
    ('----\n\nAs I said to the board: "We cannot go on like this."\n\nName and address supplied\n\n----',
     None),
    ('Dr Fiona Lake took over in May.\n\nAsked what success looks like, Lake does not hesitate. "Fewer children coming into care in crisis."',
     'Fiona Lake'),
    ('To be fair to officers, the director, Graham Tulloch, was honest at cabinet: "We are spending more on fewer children."',
     'Graham Tulloch'),
    ('Cllr Amy Reid opened the debate.\n\nCllr Ann Hale was blunt: "This budget fails children."',
     'Ann Hale'),
    ('The leader, Cllr Ben Cole, did not mince his words at the meeting: "We were let down by the provider."',
     'Ben Cole'),
    ('Dr Ann Fox said: "We are working on it."\n\nDr Priya Shah paused for a long time. "I still think about that boy every day."',
     'Priya Shah'),
    ('Pressed on the overspend, Cllr Omar Khan was unapologetic. "Every pound went on a child."',
     'Omar Khan'),
    ('Mr Tom Reid spoke first. Afterwards Ms Cara Lowe, the head of service, was more cautious: "It is too early to say."',
     'Cara Lowe'),
    ('"We will fix it," said Cllr Joan Pike. Mr Dan Ure shook his head. "It is too late for that."',
     'Dan Ure'),
    ('"We will fix it," said Cllr Joan Pike. The room fell silent. "It will take time."',
     'Joan Pike'),
    # ... and a sentence that reports is its reporter's, not a name in its clause ('while X talks')
    ('The board may wait while the chief executive, Ms Jo Hart, talks to the minister, Adam Kerr said. "The delay helps nobody."',
     'Adam Kerr'),
    ('Cllr Ruth Obi said the vote would be close. "We need every member in the room."',
     'Ruth Obi'),
])
def test_the_sentence_before_names_the_speaker(nlp, passage: str, speaker: str | None) -> None:
    assert last_speaker(nlp, passage) == speaker


@pytest.mark.parametrize("passage, speaker", [
    # a speaker reporting what her own team or colleagues found speaks the words; a review or a
    # body that found something is a source of its own
    ('Lead author Dr Ann Fox said the study was the largest yet. She added that the team had found "no evidence that anything has improved".',
     'Ann Fox'),
    ('Dr Ann Fox said her team had found "a pattern of missed chances" in every case.',
     'Ann Fox'),
    ('Mr Ben Cole told the board that his colleagues had described the backlog as "unmanageable".',
     'Ben Cole'),
    ('Dr Priya Shah explained that her team had concluded the model was "not safe to continue".',
     'Priya Shah'),
    ('Cllr Omar Khan said the team had called the new front door "a real step forward".',
     'Omar Khan'),
    ('Ms Cara Lowe, the head of service, wrote that her colleagues had warned of "a perfect storm" in the spring.',
     'Cara Lowe'),
    ('Mr Tom Reid added that his team had found "far fewer repeat referrals" since the change.',
     'Tom Reid'),
    ('Professor Kay Lowe noted that the team had described the data as "patchy at best".',
     'Kay Lowe'),
    ('Cllr Amy Reid said the review had found "serious failings" in the service.',
     'the review'),
    ('Ms Jo Kay said Ofsted had found "widespread and serious failures" in the service.',
     'Ofsted'),
])
def test_a_speaker_reports_her_own_team(nlp, passage: str, speaker: str | None) -> None:
    assert last_speaker(nlp, passage) == speaker


@pytest.mark.parametrize("passage, speaker", [
    # a letter writer cited with the page and date in brackets: the name stops at the bracket,
    # however far the NER ran the entity on
    ('I write in reply to Brian Coles (Letters, 19 November), who claimed the council spent "£9 million on agency staff" last year.',
     'Brian Coles'),
    ('I am replying to Ann Reid (Your Views, 3 May), who said the plan was "a disgrace".',
     'Ann Reid'),
    ('Letters\n\nLast week Tom Reid (Letters, 12 March) wrote that the plan was "a shambles".',
     'Tom Reid'),
    ('In reply to Joan Pike (Opinion, 2 June), who called the report "a whitewash", I would say this.',
     'Joan Pike'),
    ('I agree with Kay Lowe (Your Letters, 9 April), who wrote that parents were "kept in the dark".',
     'Kay Lowe'),
    ('Dan Ure (Letters, 5 May) asked why the centre was "closed without a word".',
     'Dan Ure'),
    ('As Cara Lowe (Letters, 1 July) put it, the service is "running on goodwill".',
     'Cara Lowe'),
    ('Omar Khan (Opinion, 30 June) says the council is "hiding the figures".',
     'Omar Khan'),
])
def test_a_name_stops_at_its_bracket(nlp, passage: str, speaker: str) -> None:
    assert last_speaker(nlp, passage) == speaker


@pytest.mark.parametrize("passage, speaker", [
    # a document or a body that a colon sentence is about speaks the quote it leads into ('The
    # review was blunt: "…"'); a topic ('The figures are stark:') is no speaker
    ('Cllr Ann Hale said: "We accept it."\n\nThe review was blunt: "Nobody held the whole picture."',
     'The review'),
    ('The council was clear in its response: "We will not appeal the decision."',
     'The council'),
    ('Ms Jo Kay said: "We accept it."\n\nThe inspection report is unambiguous: "Leaders do not know their services well enough."',
     'The inspection report'),
    ('Ofsted was scathing: "Too many children wait too long for help."',
     'Ofsted'),
    ('The panel was direct: "The partnership must act now."',
     'The panel'),
    ('Ms Jo Kay said: "We accept it."\n\nThe figures are stark: "Referrals have doubled."',
     'Jo Kay'),
    ('Mr Dan Ure opened the meeting.\n\nThe safeguarding board was frank in its annual report: "Partners still work in silos."',
     'The safeguarding board'),
    ('Dr Ann Fox said: "It is a start."\n\nThe partnership is honest about the gaps: "We do not yet hear enough from fathers."',
     'The partnership'),
])
def test_a_document_or_body_before_a_colon(nlp, passage: str, speaker: str) -> None:
    assert last_speaker(nlp, passage) == speaker


@pytest.mark.parametrize("passage, speaker", [
    # 'accepted' with a phrase between it and its clause ('accepted in evidence that …'): the
    # parser may hang the clause on the phrase's noun, and the verb still reports it
    ('The team manager, Ms Ann Reid, accepted in evidence that "the referral should have gone that day."',
     'Ann Reid'),
    ('Mr Tom Hale accepted in evidence that "nobody checked the file."',
     'Tom Hale'),
    ('Dr Priya Shah accepted in her statement that "the plan was too thin."',
     'Priya Shah'),
    ('Mr Ben Cole gave evidence on the second day. He accepted in cross-examination that "the visits had slipped."',
     'Ben Cole'),
    ('The ward sister, Mrs Kay Lowe, accepted in oral evidence that "the chart was not checked."',
     'Kay Lowe'),
    ('Cllr Omar Khan accepted in his letter that "the council had been too slow."',
     'Omar Khan'),
    ('Ms Jo Kay accepted under questioning that "the caseloads were far too high."',
     'Jo Kay'),
    ('The head of service, Mr Dan Ure, accepted in interview that "we lost sight of the child."',
     'Dan Ure'),
    ('Dr Ann Fox accepted at the hearing that "the notes were incomplete."',
     'Ann Fox'),
])
def test_accepted_with_a_phrase_before_its_clause(nlp, passage: str, speaker: str) -> None:
    assert last_speaker(nlp, passage) == speaker


@pytest.mark.parametrize("passage, speaker", [
    # an office holder named after a title in an appositive that the parser took for a second
    # subject ('The officer who chaired it, Mr Huw Davies, accepted …'): the titled name is a
    # person, whatever the NER took it for
    ('The reviewing officer who chaired it, Mr Huw Davies, accepted in evidence that "with hindsight, we closed the plan on hope."',
     'Huw Davies'),
    ('The social worker who visited her, Ms Eira Pugh, told the court that "the house was cold and empty."',
     'Eira Pugh'),
    ('The nurse who saw him last, Mrs Gwen Tudor, said that "he looked thin and tired."',
     'Gwen Tudor'),
    ('The chair of the conference, Mr Aled Rhys, wrote that "the risk had passed."',
     'Aled Rhys'),
    ('The officer who took the call, Dr Nia Prys, said in evidence that "the address was not checked."',
     'Nia Prys'),
    ('The teacher who raised it, Mr Iwan Lloyd, told the inquest that "she was hungry every morning."',
     'Iwan Lloyd'),
    ('The manager who signed the plan, Ms Carys Bowen, admitted that "the review was rushed."',
     'Carys Bowen'),
    ('The GP who saw the family, Dr Osian Vaughan, accepted that "the weight loss was missed."',
     'Osian Vaughan'),
])
def test_a_titled_name_set_off_after_a_role(nlp, passage: str, speaker: str) -> None:
    assert last_speaker(nlp, passage) == speaker


@pytest.mark.parametrize("passage, speaker", [
    # words owned by a person as a sentence's subject ('Mr Hale's words were blunt.') make
    # that person what the sentence is about, so the next 'he said' is them and not a person
    # met in passing before ('cases where a child died')
    ('Mr Tom Hale spoke at the launch.\n\nA teenager was hurt in a crash last year.\n\nMr Hale\'s words were blunt. "This cannot go on," he said.',
     'Tom Hale'),
    ('Cllr Ann Pike opened the debate.\n\nTwo reviews began into cases where a child died.\n\nCllr Pike\'s words in May were clear. "We are through the worst," she told councillors.',
     'Ann Pike'),
    ('Dr Ben Oduya chairs the panel.\n\nA mother wrote to us about her son.\n\nDr Oduya\'s answer was short. "We will look again," he said.',
     'Ben Oduya'),
    ('Ms Cara Lowe leads the service.\n\nA social worker left in the spring.\n\nMs Lowe\'s remarks drew applause. "Our staff stay now," she said.',
     'Cara Lowe'),
    ('Mr Dan Ure is the director.\n\nA foster carer complained in June.\n\nMr Ure\'s reply came a week later. "I am sorry," he wrote.',
     'Dan Ure'),
    ('Cllr Jo Reid sits on the board.\n\nA young person was moved twice.\n\nCllr Reid\'s comments were sharp. "That is not good enough," she said.',
     'Jo Reid'),
    ('Professor Kay Lowe wrote the review.\n\nA nurse gave evidence in May.\n\nProfessor Lowe\'s conclusion was plain. "Nobody owned the plan," she wrote.',
     'Kay Lowe'),
    ('Mr Omar Khan runs the trust.\n\nA father raised the alarm twice.\n\nMr Khan\'s statement was brief. "We have learned from this," he said.',
     'Omar Khan'),
])
def test_owned_words_make_their_speaker_the_subject(nlp, passage: str, speaker: str) -> None:
    assert last_speaker(nlp, passage) == speaker


@pytest.mark.parametrize("passage, speaker", [
    # 'one of our young people', 'one of the mothers': an unnamed person out of a group, whom
    # a later 'she said' means
    ('DIRECTOR: The best answer is what one of our care leavers said to the board in May. She is 19, and she said: "I just wanted someone to stay."',
     'one of our care leavers'),
    ('Ms Ann Cole spoke to the board. One of our care leavers told us in May what it was like. She said: "I just wanted someone to stay."',
     'One of our care leavers'),
    ('Mr Dan Ure chaired the forum. One of the mothers spoke at the end. She said: "Nobody rang me back."',
     'One of the mothers'),
    ('Cllr Jo Reid opened the session. One of the foster carers stood up. "We need more support," he said.',
     'One of the foster carers'),
    ('Dr Ann Fox led the visit. One of the young people we met had moved five times. "I stopped unpacking," she told us.',
     'One of the young people we met'),
    ('Ms Kay Lowe introduced the panel. Another of the parents wrote to us afterwards. She wrote: "It felt like a trial."',
     'Another of the parents'),
    ('Mr Tom Reid took questions. I will read what one of our young carers said last week. He said: "Nobody asked me how I was."',
     'one of our young carers'),
    ('Dr Ben Cole welcomed everyone. One of the grandparents had travelled from Leeds. "I came because nobody else would," she said.',
     'One of the grandparents'),
])
def test_one_of_a_group_of_people_is_a_later_she(nlp, passage: str, speaker: str) -> None:
    assert last_speaker(nlp, passage) == speaker


@pytest.mark.parametrize("passage, speaker", [
    # a transcript's time code before a turn's label ('[00:01:30] ANN COLE:') still leaves the
    # label saying whose turn it is, for an 'I' in it or a quote right after it
    ('[00:01:10] HOST: Welcome. With me is Ms Ann Cole, the director.\n\n[00:01:30] ANN COLE: Thank you. As I told the board last week, "we are not there yet."',
     'Ann Cole'),
    ('(00:02) PRESENTER: Good evening.\n\n(00:41) TOM REID: I said in March that it was "a scandal".',
     'Tom Reid'),
    ('[12:04] Host: Over to you.\n\n[12:10] Dr Lena Marsh: When I read it I wrote "unacceptable" in the margin.',
     'Lena Marsh'),
    ('00:03:12 - CHAIR: Next item.\n\n00:03:40 - CLLR RITA LOWE: I have always said, "no child should wait".',
     'Rita Lowe'),
    ('[01:15:02] MODERATOR: Questions from the floor.\n\n[01:15:30] NINA SHAH: I told them at the time: "This is not safe."',
     'Nina Shah'),
    ('[0:45] INTERVIEWER: Was it a shock?\n\n[0:52] OMAR FARAH: As I wrote in the report, "the front door is not safe".',
     'Omar Farah'),
    ('[00:10:00] HOST: Welcome back.\n\n[00:10:20] Kate Bloom, director: I told the board, "we need more staff", and they agreed.',
     'Kate Bloom'),
    ('(03:10) HOST: One more.\n\n(03:15) DAN URE: "We will not close a single centre," I told the meeting.',
     'Dan Ure'),
])
def test_a_time_coded_turn_label(nlp, passage: str, speaker: str) -> None:
    assert last_speaker(nlp, passage) == speaker


@pytest.mark.parametrize("passage, speaker", [
    # an unnamed person inside a clause describing a thing ('cases where a child died', 'a
    # case in which a mother waited') is part of the description: a later 'she said' is the
    # one the text is about
    ('Mr Tom Hale leads the service. He spoke after two reviews into cases where a child died. "We owe them answers," he said.',
     'Tom Hale'),
    ('Ms Ann Cole chairs the board. There were 12 cases in which a young person went missing. "That is too many," she said.',
     'Ann Cole'),
    ('Cllr Jo Reid spoke at the meeting. She described a case where a mother waited six weeks. "That cannot happen again," she said.',
     'Jo Reid'),
    ('Dr Ben Oduya gave the report. It lists every incident in which a teenager was restrained. "Each one is reviewed," he said.',
     'Ben Oduya'),
    ('Ms Kay Lowe met the families. She heard of homes where a father had lost his job. "Poverty runs through all of it," she said.',
     'Kay Lowe'),
    ('Mr Dan Ure runs the team. The team covers estates where a social worker rarely calls. "We are trying to change that," he said.',
     'Dan Ure'),
    ('Cllr Omar Khan opened the debate. He cited a review in which a grandmother had been ignored. "She knew before anyone," he said.',
     'Omar Khan'),
    ('Ms Cara Bell is the chair. The board looked at the months in which a nurse was off sick. "Cover was thin," she said.',
     'Cara Bell'),
    # a person who is the subject of the sentence itself is still who 'she' means
    ('Mr Tom Reid opened the session. A mother spoke at the end. "Nobody rang me back," she said.',
     'A mother'),
])
def test_a_person_in_a_description_is_no_later_she(nlp, passage: str, speaker: str) -> None:
    assert last_speaker(nlp, passage) == speaker


@pytest.mark.parametrize("passage, speaker", [
    # 'X told a hearer who said/asked … that "…"': when the hearer's relative clause has said
    # its own piece before the quote, the quote is what X told; a clause that leads straight
    # into the quote ('a father who said that "…"') is the hearer's words
    ('At a forum on Monday, Dr Ann Fox told a father who said that nobody listened that "the service will listen now."',
     'Ann Fox'),
    ('Cllr Jo Reid reminded a resident who complained that the bins were late that "the council has no more money."',
     'Jo Reid'),
    ('Ms Kay Lowe told a parent who asked about waiting lists that "no child will wait more than a month."',
     'Kay Lowe'),
    ('Mr Dan Ure assured a carer who wrote to him in May that "the payments will be made on time."',
     'Dan Ure'),
    ('Dr Ben Oduya warned a councillor who questioned the figures that "the numbers will rise again."',
     'Ben Oduya'),
    ('The director, Ms Cara Bell, told a teenager who said she felt ignored that "we will ring you every week."',
     'Cara Bell'),
    ('Cllr Omar Khan told a mother who had waited six weeks for a visit that "it should never have happened."',
     'Omar Khan'),
    ('Dr Ann Fox told a father who said that "nobody listened to me."',
     'a father'),
    ('Mr Tom Reid spoke to a carer who complained that "the payments are always late."',
     'a carer'),
])
def test_what_was_told_to_a_hearer_described_by_a_clause(nlp, passage: str, speaker: str) -> None:
    assert last_speaker(nlp, passage) == speaker


@pytest.mark.parametrize("passage, speaker", [
    # 'X's letter was mocked for its claim that "…"': the claim is the letter's ('its'), and
    # the letter is X's; a full stop inside the closing mark does not hide the fragment
    ('Ms Ann Cole spoke first. Dr Ben Oduya\'s earlier letter was widely mocked for its claim that the service was "the best in the country."',
     'Ben Oduya'),
    ('Ms Ann Cole spoke first. Cllr Jo Reid\'s speech was praised for its promise that no centre would "close on my watch."',
     'Jo Reid'),
    ('Ms Ann Cole spoke first. The council\'s statement was criticised for its suggestion that families were "gaming the system."',
     'The council'),
    ('Mr Tom Reid chaired the hearing. Ms Kay Lowe\'s email was quoted for its remark that the plan was "dead on arrival".',
     'Kay Lowe'),
    ('Dr Ann Fox opened the session. Mr Omar Khan\'s submission stood out for its warning that staff were "at breaking point."',
     'Omar Khan'),
    ('Cllr Ben Hart spoke last. Ms Cara Bell\'s reply was notable for its admission that the team had "lost sight of the child".',
     'Cara Bell'),
    ('Ms Jo Kay took questions. Mr Dan Ure\'s statement was remembered for its pledge that no family would be "left waiting."',
     'Dan Ure'),
    ('Dr Priya Shah gave evidence. Professor Tom Hale\'s testimony was cited for its conclusion that the model was "not safe."',
     'Tom Hale'),
])
def test_its_claim_is_the_owner_of_the_whole(nlp, passage: str, speaker: str) -> None:
    assert last_speaker(nlp, passage) == speaker


@pytest.mark.parametrize("passage, speaker", [
    # a surname written after a title ('Ms Cole', 'Mr Ure') is a person a later 'she'/'he'
    # can mean, even where no full name is ever given
    ('Q: Ms Cole, why was the visit late?\nA: "We had no staff," she said.',
     'Cole'),
    ('Q: Mr Hart, who signed the plan?\nA: "I did, on the Friday," he said.',
     'Hart'),
    ('Question: Mrs Obi, when did you first call the school?\nAnswer: "In the first week of term," she said.',
     'Obi'),
    ('Q. Miss Lowe, did anyone visit?\nA. "Nobody came for a month," she said.',
     'Lowe'),
    ('Q: Mr Okafor, were you told about the move?\nA: "Only on the day itself," he replied.',
     'Okafor'),
    ('The panel then questioned Ms Reid.\n"We acted as soon as we knew," she said.',
     'Reid'),
    ('Q: Ms Kay, what changed after May?\nA: "We hired two more workers," she told the panel.',
     'Kay'),
    ('Dr Ann Cole gave evidence on Monday.\nQ: Ms Cole, why was the visit late?\nA: "We had no staff," she said.',
     'Ann Cole'),
])
def test_titled_surname_is_a_later_pronoun(nlp, passage: str, speaker: str) -> None:
    assert last_speaker(nlp, passage) == speaker


@pytest.mark.parametrize("passage, speaker", [
    # 'X's report was noted for its warning that "…"': the warning is the report's ('its'),
    # and a written work's words are its author's
    ('Mr Ure\'s report was noted for its warning that "the service is failing."',
     'Ure'),
    ('Ms Ann Cole spoke first. Dr Ben Oduya\'s report was praised for its finding that the wards were "dangerously short of staff."',
     'Ben Oduya'),
    ('Mr Tom Reid chaired the hearing. Ms Kay Lowe\'s review stood out for its conclusion that the team had "lost its way".',
     'Kay Lowe'),
    ('Cllr Jo Reid spoke last. Professor Tom Hale\'s paper was cited for its claim that the model was "not fit for purpose."',
     'Tom Hale'),
    ('Dr Priya Shah gave evidence. Mr Dan Ure\'s memo became famous for its warning that the budget was "a fiction".',
     'Dan Ure'),
    ('Ms Jo Kay took questions. Dr Omar Khan\'s article was attacked for its suggestion that parents were "part of the problem."',
     'Omar Khan'),
    ('Mr Ben Cole opened the session. Ms Cara Bell\'s study was welcomed for its finding that most children were "seen too rarely."',
     'Cara Bell'),
    ('Dr Ann Fox spoke first. The council\'s report was criticised for its claim that the service was "outstanding."',
     'The council'),
])
def test_its_claim_in_a_written_work_is_the_author_s(nlp, passage: str, speaker: str) -> None:
    assert last_speaker(nlp, passage) == speaker


@pytest.mark.parametrize("passage, speaker", [
    # 'X said the vote sent a message that "…"': an event that 'sends a message' or 'gives a
    # warning' inside what X reports is no speaker, and the words are X's; a body, a person
    # or a document that issues a statement inside a report still speaks for itself
    ('Mr Ben Cole, head of the union, said he hopes the day of action sends a message that "carers will not be ignored."',
     'Ben Cole'),
    ('Dr Ann Fox said the vote sent a clear message that "families come first."',
     'Ann Fox'),
    ('Ms Kay Lowe said the ruling sends the message that "no child is beyond help."',
     'Kay Lowe'),
    ('Mr Tom Hart said he believed the result gave a warning that "the public is tired of waiting."',
     'Tom Hart'),
    ('Dr Priya Shah said the strike sent a message that "staff are at breaking point."',
     'Priya Shah'),
    ('Cllr Omar Khan told reporters the closure sent a signal that "the north does not matter."',
     'Omar Khan'),
    ('Ms Cara Bell said the protest had sent a message that "parents are watching."',
     'Cara Bell'),
    ('Ms Jo Kay said the council issued a statement that "the centre will reopen in May."',
     'the council'),
    ('Mr Dan Ure said the headteacher gave a warning that "the roof is unsafe."',
     'the headteacher'),
    ('The council issued a statement that "the centre will reopen in May."',
     'The council'),
])
def test_an_event_that_sends_a_message_is_no_speaker(nlp, passage: str, speaker: str) -> None:
    assert last_speaker(nlp, passage) == speaker


@pytest.mark.parametrize("passage, speaker", [
    # 'As X talked about "…," the room emptied': a comma inside the closing mark hangs on the
    # next clause; the fragment is still the one who talks about it, not the room
    ('As Mr Tom Reid talked about "the cost of everything," the room emptied.',
     'Tom Reid'),
    ('As Mr Tom Reid went on about "the cost of everything," the room emptied.',
     'Tom Reid'),
    ('While Dr Ann Fox spoke of "a lost decade," the room went quiet.',
     'Ann Fox'),
    ('When Cllr Jo Reid railed against "a decade of cuts," the gallery cheered.',
     'Jo Reid'),
    ('As Ms Kay Lowe joked about "the famous kettle," the mood lifted.',
     'Kay Lowe'),
    ('Before Mr Ben Cole could finish his point about "value for money," the chair cut him off.',
     'Ben Cole'),
    ('After Dr Priya Shah spoke about "children in the shadows," the meeting broke up.',
     'Priya Shah'),
    ('As Mr Dan Ure boasted of "the best figures in years," two members walked out.',
     'Dan Ure'),
])
def test_a_fragment_before_the_next_clause(nlp, passage: str, speaker: str) -> None:
    assert last_speaker(nlp, passage) == speaker


def speakers_of(nlp, text: str) -> list[str | None]:
    """The speakers of every quote of a passage, in order."""
    return [q.speaker for q in analysed_quotes(nlp, text)]


@pytest.mark.parametrize("passage, speakers", [
    # a card (a careers page, a foster carers' leaflet, an annual report's voices): the quote
    # first, then the line that signs it with a name and a role; a byline above a quote still
    # introduces it when no quote stands above the byline
    ('Meet the team\n\n"I came here from Bristol and never looked back. The caseloads are fair."\n\n'
     'Priya Nandra, Social Worker\n\n"The team has my back on a bad day, and that is rare."\n\n'
     'Owen Tait, Senior Practitioner, joined 2023\n',
     ['Priya Nandra', 'Owen Tait']),
    ('Hear from our carers\n\u201cWe started with one weekend a month. Now two boys live with us.\u201d\n'
     'Deb and Gary Moss, foster carers since 2019\n\u201cThe support line answers at three in the morning.\u201d\n'
     'June Harker, Kinship Carer\n',
     ['Deb and Gary Moss', 'June Harker']),
    ('Working here\n\u201cI have time to do the direct work I trained for.\u201d\nMairi Flett, Social Worker\n'
     '\u201cYou need to like ferries. You also get a manager who answers the phone.\u201d\n'
     'Calum Drever, Senior Practitioner, joined 2024\n',
     ['Mairi Flett', 'Calum Drever']),
    ('What families told us\n\n"She came back when she said she would. That was new for us."\n\n'
     'Dr Helen Marsh, Designated Doctor\n',
     ['Helen Marsh']),
    ('Our volunteers\n\n"I give four hours a week and get far more back."\n\nGrace Obi, Volunteer Mentor\n\n'
     'Apply online by 30 June.',
     ['Grace Obi']),
    ('Voices\n\nAnn Pryce, Chair of the Board\n\n"We owe these children more than a plan."\n\n'
     'Dr Sam Okafor, Designated Doctor\n\n"Health must be at every table."\n',
     ['Ann Pryce', 'Sam Okafor']),
    ('Foreword\n\nJohn Ellery, Independent Chair\n\n"This has been a hard year for every partner."\n\n'
     'The board met six times.',
     ['John Ellery']),
    ('Why join us\n\n"Nobody here holds more than fifteen children."\n\nRuth Lowther, Team Manager\n\n'
     'Pay and benefits\n\n"The relocation package made the move possible for my family."\n\n'
     'Tomasz Nowak, Social Worker\n',
     ['Ruth Lowther', 'Tomasz Nowak']),
])
def test_a_card_is_signed_under_its_quote(nlp, passage: str, speakers: list[str]) -> None:
    assert speakers_of(nlp, passage) == speakers


@pytest.mark.parametrize("passage, speaker", [
    # a wire service's markers between dashes ('- MORE -', '-- 30 --') close a take; they
    # attribute nothing, so the quote keeps its own cue's speaker
    ('Cllr Ann Hale said the fall was welcome.\n\nBut she added: "We have six vacancies."\n\n- MORE -\n\nIn Fife it rose.',
     'Ann Hale'),
    ('Cllr Ann Hale said the fall was welcome.\n\nBut she added: "We have six vacancies."\n\n-- 30 --\n',
     'Ann Hale'),
    ('Mr Ben Cole spoke first. "The money follows the demand," he said.\n\n\u2013 MORE \u2013\n',
     'Ben Cole'),
    ('Dr Priya Shah said: "The register is a measure of our decisions."\n\n\u2014 ENDS \u2014\n',
     'Priya Shah'),
    ('Ms Jo Reid, the director, said: "We will publish the audit."\n\n- more -\n\nOther councils were quieter.',
     'Jo Reid'),
    ('The council said the figures were provisional.\n\nMr Tom Hart added: "Nobody is celebrating."\n\n- MORE -\n',
     'Tom Hart'),
    ('Ms Ruth Kemp, the chair, was blunt. "We missed him," she said.\n\n--MORE--\n',
     'Ruth Kemp'),
    ('Professor Lena Ward said: "Ten councils saw a rise."\n\n- ENDS -\n\nNotes to editors follow.',
     'Lena Ward'),
])
def test_a_wire_marker_attributes_nothing(nlp, passage: str, speaker: str) -> None:
    assert last_speaker(nlp, passage) == speaker


@pytest.mark.parametrize("passage, quoted", [
    # a pull quote set without marks (a report's boxed or italic voice): a paragraph in the
    # first person, then an en or em dash line naming who said it
    ('3.2 Most children took part in their reviews.\nShe listened to me and never judged me. I felt like I mattered.\n'
     '\u2013 Young person, aged 15\n4. Conferences\nThe unit chaired 90 conferences.',
     [('She listened to me and never judged me. I felt like I mattered.', 'Young person')]),
    ('Support for families\nMy worker rang back the same day, every time. I did not have to chase anyone.\n'
     '\u2014 Parent, Family Support Service\n',
     [('My worker rang back the same day, every time. I did not have to chase anyone.', 'Parent')]),
    ('What carers said\n\nWe felt listened to from the first visit, and that never happened before.\n\n'
     '\u2014 Foster carer, North locality\n\nThe panel approved 12 households.',
     [('We felt listened to from the first visit, and that never happened before.', 'Foster carer')]),
    ('Voices\nI was scared to tell anyone, but my teacher noticed and I am glad she did.\n'
     '\u2013 Amira Khan, aged 17\n',
     [('I was scared to tell anyone, but my teacher noticed and I am glad she did.', 'Amira Khan')]),
    ('Our learning\nWe moved three times in a year and nobody explained why to my son.\n-- Mother, Family Voice panel\n',
     [('We moved three times in a year and nobody explained why to my son.', 'Mother')]),
    # ... a list, a heading after a dash, a source line or the report's own numbered text is not
    ('Our priorities:\n- We will reduce caseloads to 60.\n- We will recruit two officers.\n- We will publish the audit.\n',
     []),
    ('The board agreed the plan.\nWe will review it in June with our partners.\n\u2013 Child Protection Plans\n',
     []),
    ('The service grew.\nWe were on the phone to families every night.\n-- Source: case records\n',
     []),
    ('5.1 We raised 54 practice alerts this year, more than last year.\n\u2013 Stage 1: 41 resolved\n',
     []),
])
def test_an_unmarked_pull_quote_signed_with_a_dash(nlp, passage: str, quoted: list[tuple[str, str]]) -> None:
    assert [(q.text, q.speaker) for q in analysed_quotes(nlp, passage)] == quoted


@pytest.mark.parametrize("passage, speaker", [
    # a cue hung on another verb or an adjective ('is expected to say', 'is due to tell', 'is
    # keen to stress') is the words of that verb's subject; the passive is not the cue's own
    ('The Chief Executive, Ms Jane Orr, is expected to say at the launch: "This plan puts children first."',
     'Jane Orr'),
    ('Ms Jane Orr is expected to say: "This plan puts children first."', 'Jane Orr'),
    ('Cllr Ann Hale is due to tell the meeting: "We have listened."', 'Ann Hale'),
    ('Ms Ruth Kemp was keen to stress: "Nobody is at risk."', 'Ruth Kemp'),
    ('Mr Ben Cole is understood to have told colleagues: "I will not stand again."', 'Ben Cole'),
    ('The director, Dr Sam Okafor, is set to announce: "Every school will have a named nurse."',
     'Sam Okafor'),
    ('Cllr Priya Shah is likely to tell the cabinet: "The money is not there."', 'Priya Shah'),
    ('The report was expected to say that "services are stretched".', 'The report'),
    # ... while a passive cue of its own still gives the agent
    ('The plan was described as "ambitious" by Cllr Jo Reid.', 'Jo Reid'),
])
def test_a_cue_hung_on_another_verb(nlp, passage: str, speaker: str) -> None:
    assert last_speaker(nlp, passage) == speaker


@pytest.mark.parametrize("passage, speaker", [
    # an organisation named after what it is ('charity X', 'think tank X', 'campaign group X'):
    # the name speaks, whatever aside follows it in brackets; the description is its role
    ('Glasgow-based charity Open Doors Trust said the variation was "a lottery".', 'Open Doors Trust'),
    ('Campaign group Safe Start Scotland (formerly Kids Matter) said the gap was "a lottery".',
     'Safe Start Scotland'),
    ('Children\'s charity Open Doors Trust (Scotland) said the gap was "a lottery".', 'Open Doors Trust'),
    ('Think tank Civic Futures said the figures were "a wake-up call".', 'Civic Futures'),
    ('Youth charity Step Up Wales said the cuts were "short-sighted".', 'Step Up Wales'),
    ('Care provider Harbour Homes Ltd said it was "disappointed".', 'Harbour Homes Ltd'),
    ('Watchdog Ofsted said the service was "inadequate".', 'Ofsted'),
    ('Rights-based charity Young Voices Cymru (YVC) said the plan was "long overdue".', 'Young Voices Cymru'),
    # ... a person named after a role keeps the name; a description alone stays as written
    ('Union leader Cllr Jo Reid said the offer was "an insult".', 'Jo Reid'),
    ('The charity said the figures were "shocking".', 'The charity'),
])
def test_an_organisation_named_after_what_it_is(nlp, passage: str, speaker: str) -> None:
    assert last_speaker(nlp, passage) == speaker


@pytest.mark.parametrize("passage, speaker", [
    # a document a possessive gives to a body ('its annual reports have said', 'its latest
    # review found') is that body's document, named by the body 'its' means
    ('The Child Safeguarding Practice Review Panel (2024) reported 393 notifications, and its '
     'annual reports have said that reviews are "too often late".',
     "The Child Safeguarding Practice Review Panel's annual reports"),
    ('The Panel published its findings in May, and its annual reports have said that reviews are "too often late".',
     "the Panel's annual reports"),
    ('The Care Inspectorate visited in June. Its report says the service is "stretched but safe".',
     "The Care Inspectorate's report"),
    ('Leeds City Council met on Monday. Its latest review found the front door "overwhelmed".',
     "Leeds City Council's latest review"),
    ('The Youth Justice Board (YJB) met twice. Its 2025 strategy says custody is "a last resort".',
     "The Youth Justice Board's 2025 strategy"),
    ('Northshire Safeguarding Partnership met in June, and its audit found plans were "too vague".',
     "Northshire Safeguarding Partnership's audit"),
    ('The Fostering Service grew this year. Its annual review says carers feel "well supported".',
     "The Fostering Service's annual review"),
    # ... a person the possessive owns, and a titled name set off after it, are as before
    ('The board met. Its chair, Ms Ann Fox, said: "We will act."', 'Ann Fox'),
    ('The report was published in May. Its authors said the delays were "avoidable".', 'Its authors'),
])
def test_its_document_is_the_body_s(nlp, passage: str, speaker: str) -> None:
    assert last_speaker(nlp, passage) == speaker


@pytest.mark.parametrize("passage, speaker", [
    # 'their' document may be people's ('the inspectors … Their letter'): it stays as written
    ('The inspectors will return in a year. Their letter concludes: "Leaders must act now."', 'Their letter'),
    ('The Care Board met, and the auditors reported. Their report says the plans are "thin".', 'Their report'),
])
def test_their_document_stays_as_written(nlp, passage: str, speaker: str) -> None:
    assert last_speaker(nlp, passage) == speaker
