"""Q&A interviews: a labelled answer after a 'Q:' paragraph is the labelled speaker's quote."""

from __future__ import annotations

import pytest

from conftest import analysed_quotes


def speakers(nlp, text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in analysed_quotes(nlp, text)]


INTRO = ("We spoke to the council's director of children's services, Ruth Obi, and the "
         "cabinet member, Cllr Tom Reid.\n")


@pytest.mark.parametrize("passage, expected", [
    # full name, then surname, as labels
    (INTRO + "Q: What did you find?\nRuth Obi: A service that had stopped listening.\n"
     "Q: And now?\nObi: We are listening again.",
     [("A service that had stopped listening.", "Ruth Obi"), ("We are listening again.", "Ruth Obi")]),
    # two people answer one question in turn
    (INTRO + "Q: Did councillors know?\nTom Reid: Some of it. Not enough.\n"
     "Ruth Obi: Nobody knew all of it.\nQ: What next?\nReid: Money, first of all.",
     [("Some of it. Not enough.", "Tom Reid"), ("Nobody knew all of it.", "Ruth Obi"),
      ("Money, first of all.", "Tom Reid")]),
    # a titled label
    (INTRO + "Q: Is the budget enough?\nCllr Reid: It never is.\nQ: Will you resign?\nCllr Reid: No.",
     [("It never is.", "Tom Reid"), ("No.", "Tom Reid")]),
    # 'Question:' labels
    ("Dr Ann Fox chairs the partnership.\nQuestion: Why publish now?\nAnn Fox: Because families "
     "asked us to.\nQuestion: Was it hard?\nFox: Very.",
     [("Because families asked us to.", "Ann Fox"), ("Very.", "Ann Fox")]),
    # an answer with a quote inside it stays one answer
    (INTRO + 'Q: What do families say?\nObi: One mother told me, "I only get voicemail." She is '
     "right.\nQ: And staff?\nObi: They are tired.",
     [('One mother told me, "I only get voicemail." She is right.', "Ruth Obi"),
      ("They are tired.", "Ruth Obi")]),
    # prose after the exchange ends it: a label-like line there is no answer
    (INTRO + "Q: When will it be good?\nObi: I will not give a date.\nQ: Why not?\n"
     "Reid: Dates are for us, not for children.\nThe board meets monthly.\nNote: figures are "
     "provisional.",
     [("I will not give a date.", "Ruth Obi"), ("Dates are for us, not for children.", "Tom Reid")]),
    # hyphenated names
    ("Naomi Castle-Hart and Cllr Owen Pryce-Hadley spoke to us.\nQ: What changed?\n"
     "Naomi Castle-Hart: Caseloads.\nQ: Who paid?\nPryce-Hadley: We did, from roads and parks.",
     [("Caseloads.", "Naomi Castle-Hart"), ("We did, from roads and parks.", "Owen Pryce-Hadley")]),
    # a Welsh name with a particle
    ("We met Cllr Llinos ap Dafydd in Aberaeron.\nQ: Is transport the problem?\n"
     "Llinos ap Dafydd: It is the whole problem.\nQ: What would help?\nap Dafydd: A bus.",
     [("It is the whole problem.", "Llinos ap Dafydd"), ("A bus.", "Llinos ap Dafydd")]),
])
def test_interview_answers_are_the_labelled_speakers(nlp, passage: str, expected: list) -> None:
    assert speakers(nlp, passage) == expected


@pytest.mark.parametrize("passage", [
    # minutes: labels without questions are not an interview
    "Cllr Hale: asked whether the service would close.\nOfficer: said it would not.",
    # one question is not an interview
    "Q: What is early help?\nEarly Help: support offered before a problem grows.",
    # labels after prose, not after a question
    "Q: Why?\nQ: How?\nThe answers are below.\nSource: Department for Education.",
])
def test_no_interview_no_answers(nlp, passage: str) -> None:
    assert speakers(nlp, passage) == []


@pytest.mark.parametrize("passage, expected", [
    # the questions are labelled with the asker's role, not 'Q:': the answers are still the
    # labelled speakers', and the questions are nobody's quotes
    (INTRO + "Interviewer: What did you find?\nRuth Obi: A service that had stopped listening.\n"
     "Interviewer: And now?\nObi: We are listening again.",
     [("A service that had stopped listening.", "Ruth Obi"), ("We are listening again.", "Ruth Obi")]),
    (INTRO + "PRESENTER: Did councillors know?\nTOM REID: Some of it.\nPRESENTER: What next?\n"
     "REID: Money, first of all.",
     [("Some of it.", "Tom Reid"), ("Money, first of all.", "Tom Reid")]),
    (INTRO + "Presenter: Is the budget enough?\nCllr Reid: It never is.\nPresenter: Will you "
     "resign?\nCllr Reid: No.",
     [("It never is.", "Tom Reid"), ("No.", "Tom Reid")]),
    ("Dr Ann Fox chairs the partnership.\nHost: Why publish now?\nAnn Fox: Because families "
     "asked us to.\nHost: Was it hard?\nFox: Very.",
     [("Because families asked us to.", "Ann Fox"), ("Very.", "Ann Fox")]),
    (INTRO + "Reporter: Who knew?\nObi: Nobody knew all of it.\nReid: I knew some of it.\n"
     "Reporter: Why wait?\nObi: We should not have.",
     [("Nobody knew all of it.", "Ruth Obi"), ("I knew some of it.", "Tom Reid"),
      ("We should not have.", "Ruth Obi")]),
    (INTRO + "INTERVIEWER: What changed?\nRuth Obi: Caseloads.\nINTERVIEWER: Who paid?\n"
     "Cllr Tom Reid: We did.",
     [("Caseloads.", "Ruth Obi"), ("We did.", "Tom Reid")]),
    ("We met Cllr Llinos ap Dafydd in Aberaeron.\nInterviewer: Is transport the problem?\n"
     "Llinos ap Dafydd: It is the whole problem.\nInterviewer: What would help?\nap Dafydd: A bus.",
     [("It is the whole problem.", "Llinos ap Dafydd"), ("A bus.", "Llinos ap Dafydd")]),
    (INTRO + "Presenter: When will it be good?\nObi: I will not give a date.\nPresenter: Why "
     "not?\nReid: Dates are for us.\nThe board meets monthly.\nNote: figures are provisional.",
     [("I will not give a date.", "Ruth Obi"), ("Dates are for us.", "Tom Reid")]),
])
def test_questions_labelled_with_the_askers_role(nlp, passage: str, expected: list) -> None:
    assert speakers(nlp, passage) == expected


@pytest.mark.parametrize("passage, expected", [
    # 'A:' answers are the one interviewed: the last person named before the first question
    ("We spoke to Dr Ann Fox, who chairs the partnership.\nQ: Why publish now?\nA: Because "
     "families asked us to.\nQ: Was it hard?\nA: Very.",
     [("Because families asked us to.", "Ann Fox"), ("Very.", "Ann Fox")]),
    ("Interview by Sam Hill.\nThis week we met Cllr Rita Lowe, the lead member.\nQ: Will centres "
     "close?\nA: Not one.\nQ: Are you sure?\nA: Yes.",
     [("Not one.", "Rita Lowe"), ("Yes.", "Rita Lowe")]),
    ("Tom Reid has led the service since 2019.\nQuestion: What changed?\nAnswer: Caseloads.\n"
     "Question: Who paid?\nAnswer: We did.",
     [("Caseloads.", "Tom Reid"), ("We did.", "Tom Reid")]),
    ("Our guest is Kate Bloom, director of children's services.\nQ: Is the front door safe?\n"
     "A: Safer than it was.\nQ: Why?\nA: More managers.",
     [("Safer than it was.", "Kate Bloom"), ("More managers.", "Kate Bloom")]),
    ("Mr Omar Farah chaired the review.\nQ: What did it find?\nA: Delay, mostly.\nQ: Whose?\n"
     "A: Everyone's.",
     [("Delay, mostly.", "Omar Farah"), ("Everyone's.", "Omar Farah")]),
    ("Five minutes with Nina Shah, the new independent scrutineer.\nQ: First impressions?\n"
     "A: Good people, tired systems.\nQ: Priorities?\nA: Neglect.",
     [("Good people, tired systems.", "Nina Shah"), ("Neglect.", "Nina Shah")]),
    ("The paper asked Dr Lena Marsh, the designated doctor, about waiting times.\nQ: How long?\n"
     "A: Eleven weeks.\nQ: Acceptable?\nA: No.",
     [("Eleven weeks.", "Lena Marsh"), ("No.", "Lena Marsh")]),
    ("Dan Roe is our new head of early help.\nQ: Why early help?\nA: It works.\n"
     "Q: Any regrets?\nA: None yet.",
     [("It works.", "Dan Roe"), ("None yet.", "Dan Roe")]),
])
def test_a_answers_are_the_interviewees(nlp, passage: str, expected: list) -> None:
    assert speakers(nlp, passage) == expected


@pytest.mark.parametrize("passage", [
    # a briefing's or a page's own questions and answers (under 'Possible questions', 'FAQs',
    # 'Questions and answers'): its unnamed 'A:' answers are the author's text, not a quote,
    # even when a person was named above
    "The director, Dr Ann Fox, will speak at the launch.\n5. Possible questions\nQ: Why is the rate high?\n"
    "A: A few large families make a big difference.\nQ: Is the money new?\nA: Yes, it is recurring.",
    "Frequently asked questions\nQ: What is a child protection plan?\nA: It sets out how we keep a child safe.\n"
    "Q: Who writes it?\nA: The core group, with the family.",
    "Mr Tom Reid leads the service.\n\nFAQs\n\nQ: Can I bring a friend?\n\nA: Yes, you can bring someone to support you.\n\n"
    "Q: Will I see the report?\n\nA: You will get it five days before.",
    "Cllr Rita Lowe chairs the committee.\nQuestions and answers\nQuestion: When does the consultation close?\n"
    "Answer: On 30 June.\nQuestion: Where can I respond?\nAnswer: Online or at any library.",
    "Lines to take for Members\n4. Likely questions\nQ: Are thresholds changing?\nA: No. The register fell because early help grew.\n"
    "Q: What happens next?\nA: The inspectorate will ask for a plan within 12 weeks.",
    "Kate Bloom, director, briefed members.\nQ&A\nQ: How many staff left?\nA: Eleven, mostly to agencies.\n"
    "Q: Is that normal?\nA: It is higher than last year.",
    "Dan Roe is our new head of early help.\nYour questions answered\nQ: Is early help free?\nA: Yes.\n"
    "Q: Do I need a referral?\nA: No, you can ask us directly.",
    "Nina Shah is the scrutineer.\n2.3 Common questions\nQ: Who checks the partnership?\nA: The independent scrutineer.\n"
    "Q: How often?\nA: Every year, with a published report.",
])
def test_faq_answers_are_no_quotes(nlp, passage: str) -> None:
    assert speakers(nlp, passage) == []
