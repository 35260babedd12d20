"""Speakers in genres met in podcasts, service reports, newsletters and web pages: an unnamed
person with the words that tell them apart, a 'who' parted from its person by a phrase of time,
a host or a guest reading out a document, a quote running over paragraphs whose last one
names the speaker, and a web page's <cite> under a quotation. Every passage is invented."""

from __future__ import annotations

import pytest

from conftest import analysed_quotes


def speakers(nlp, text: str) -> list[str | None]:
    """The speaker of each quote of a passage, through the production analysis path."""
    return [q.speaker for q in analysed_quotes(nlp, text)]


@pytest.mark.parametrize("passage, speaker", [
    # an unnamed person keeps what tells them apart: a phrase after the noun and a defining
    # clause, up to a comma (an aside) and never a clause that reports
    ('A young person in custody who spoke to inspectors said: "I never saw my worker."',
     'A young person in custody who spoke to inspectors'),
    ('A teenager on the youth council told councillors: "The buses stop before the clubs finish."',
     'A teenager on the youth council'),
    ('A care leaver living in supported lodgings said: "The flat was cold all winter."',
     'A care leaver living in supported lodgings'),
    ('A parent whose son was excluded twice told the forum: "Nobody explained the appeal to us."',
     'A parent whose son was excluded twice'),
    ('"We see the same families every winter," said a nurse at the walk-in centre.',
     'a nurse at the walk-in centre'),
    ('"Parents do not know who to ring," one headteacher in the town told us.',
     'one headteacher in the town'),
    ('One father who used the helpline said: "For once somebody picked up and heard me out."',
     'One father who used the helpline'),
    ('A grandmother from Wrexham, who cares for her two grandsons, said: "I did not know there was help."',
     'A grandmother from Wrexham'),
    ('One youth worker, who did not want her name printed, said: "The money runs out every March."',
     'One youth worker'),
    ('"The waiting list is longer than a school year," said a foster carer from Gedling.',
     'a foster carer from Gedling'),
])
def test_an_unnamed_person_keeps_their_description(nlp, passage: str, speaker: str) -> None:
    assert speakers(nlp, passage)[-1] == speaker


@pytest.mark.parametrize("passage, speaker", [
    # 'who' right after a person noun, or after a phrase of time that parts them, is a
    # relative clause of that person (not a question 'who said it'), however it is parsed
    ('I spoke to a team leader last week who told me, "We are keeping our heads above water."',
     'a team leader'),
    ('[00:05:06] DR ANN ROSS: I met a childminder last week who told me, "The forms take longer than the children."',
     'a childminder'),
    ('Our MP writes: I met a nursery manager in June who said, "We have lost three staff to the supermarket."',
     'a nursery manager'),
    ('HOST: I rang a foster carer on Monday who said, "I feel like the last one to know anything."',
     'a foster carer'),
    ('We heard from a grandmother two years ago who told us, "I had to give up my job to keep them."',
     'a grandmother'),
    ('I sat with a social worker in Peterhead who said, "We are always one sick day from a crisis."',
     'a social worker in Peterhead'),
    ('GUEST: I talked to a headteacher this morning who said, "We have no one left to refer to."',
     'a headteacher'),
    ('The councillor met a dad last autumn who told her, "Nobody came when we asked for help."',
     'a dad'),
])
def test_who_after_a_phrase_of_time_is_the_person(nlp, passage: str, speaker: str) -> None:
    assert speakers(nlp, passage)[-1] == speaker


@pytest.mark.parametrize("passage, speaker", [
    # a speaker who quotes a document only reads its words out: 'I'll quote it', 'let me quote
    # the review', 'I want to quote from the plan' give the document (the last one named for
    # 'it'), whoever's turn it is
    ('[00:21:40] SAM OKAFOR: The review is very direct. I\'ll quote it: "No agency held the whole picture." What has changed since?\n[00:21:50] DR JANE WU: A great deal.',
     'the review'),
    ('HOST: Your annual report is out this week. I\'m going to quote it: "Demand has never been higher." Is that right?\nGUEST: It is.',
     'the report'),
    ('BEN ROSS: Let me quote the inspectors directly: "Leaders know their service well." That was in March.\nHOST: Right.',
     'the inspectors'),
    ('PRESENTER: I want to quote from the plan: "Every school will have a mental health lead by 2027." Will they?\nDR COLE: Most will.',
     'the plan'),
    ('[00:03:00] HOST: The audit came out on Monday. We\'ll quote it here: "Controls over placement spending were weak."\n[00:03:20] CLLR FOX: That is fair.',
     'the audit'),
    ('In your letter you say the backlog is cleared. I\'ll quote it: "No family now waits longer than a week." Is that so?',
     'the letter'),
    ('NIA PUGH: The strategy sets a bold aim. I\'m quoting it now: "Nobody leaves care without a home." Can you deliver that?\nIOAN REES: We can.',
     'the strategy'),
    ('HOST: The minister said, and I quote, "Help is on its way." Is it?\nGUEST: No.',
     'The minister'),
])
def test_a_document_read_out_speaks(nlp, passage: str, speaker: str) -> None:
    assert speakers(nlp, passage)[0] == speaker


@pytest.mark.parametrize("passage, expected", [
    # a quote paragraph left open runs on into the next paragraph beginning with a quote mark; the cue
    # closing the last one names the speaker of all of them
    ('A word from our chair\n\n"This year we opened two hubs and trained every worker.\n\n"Next year is about keeping that going," said Maria Lopes, chair of the board.',
     ['Maria Lopes', 'Maria Lopes']),
    ('Message from the head of service\n\n"I want to thank every foster carer in the county.\n\n"You made room for 41 more children," said Grace Oyelaran, head of fostering.',
     ['Grace Oyelaran', 'Grace Oyelaran']),
    ('"We are not there yet.\n\n"But we are closer than a year ago," Dr Paul Reyes, the designated doctor, said.',
     ['Paul Reyes', 'Paul Reyes']),
    ('From the director\n\n"The numbers tell part of the story.\n\n"The rest is in what children tell us," said Kim Osei, director of children\'s services.\n\nOther news follows.',
     ['Kim Osei', 'Kim Osei']),
    ('Our manager writes\n\n"Referrals rose again this spring.\n\n"We met it by working late.\n\n"That cannot last," said Eira Jones, service manager.',
     ['Eira Jones', 'Eira Jones', 'Eira Jones']),
    ('Looking back\n\n"When I started, we had six advocates.\n\n"Now we have eleven," Tom Ashe, the founder, told the meeting.',
     ['Tom Ashe', 'Tom Ashe']),
    ('The view from the front line\n\n"Caseloads are lower than last year.\n\n"But the cases are harder," said one team manager.',
     ['one team manager', 'one team manager']),
    ('A message to families\n\n"Thank you for your patience this year.\n\n"Your feedback shaped every change we made," wrote Cllr Rhona Bell.',
     ['Rhona Bell', 'Rhona Bell']),
])
def test_an_open_paragraph_takes_the_closing_cue(nlp, passage: str, expected: list[str]) -> None:
    assert speakers(nlp, passage) == expected


@pytest.mark.parametrize("cite, speaker", [
    # a web page's quotation names who said it in a <cite> under its words, a block of the
    # <blockquote>: ingest keeps it as the line after the quote ('— Name, Role'), not dropped
    ("&mdash; Dad of three, Kirkby", "Dad of three"),
    ("&ndash; Foster carer, Hexham", "Foster carer"),
    ("&mdash; Grandparent carer, Leek", "Grandparent carer"),
    ("&mdash; Mother of a four-year-old, Skelmersdale", "Mother of a four-year-old"),
    ("&mdash; Year 10 pupil, Morpeth", "Year 10 pupil"),
    ("&mdash; Ffion Rhys, Family Hub Manager", "Ffion Rhys"),
    ("&mdash; Dr Omar Haddad, Designated Doctor", "Omar Haddad"),
    ("&mdash; Care leaver, 19", "Care leaver"),
])
def test_a_cite_under_a_quotation_is_its_speaker(nlp, tmp_path, cite: str, speaker: str) -> None:
    from extractor.extract import extract_document
    from extractor.ingest import load

    page = tmp_path / "page.html"
    page.write_text("<html><body><main><h1>Our hubs this year</h1>"
                    "<p>The hubs opened on Saturdays from June and saw 2,140 families, with a "
                    "midwife, a debt adviser and a play worker on every site.</p>"
                    "<h2>Parents speak</h2><blockquote><p>&ldquo;I came in for the weigh-in "
                    "and left with a plan for the rent arrears as well.&rdquo;</p>"
                    f"<cite>{cite}</cite></blockquote><h2>Next year</h2><p>Two more hubs will "
                    "open in the spring, paid for from the early help budget.</p></main>"
                    "</body></html>", encoding="utf-8")
    record = extract_document(load(page), nlp).to_dict()
    assert [q["speaker"] for q in record["quotes"]] == [speaker]


@pytest.mark.parametrize("passage, expected", [
    # an attribution in brackets after a quoted sentence, or on the line under it, names an
    # unnamed person as written (or a person by name, with a role after the comma); a bracket
    # of a source, a size or a cross-reference names no one
    ('Voices\n\n"The club helped me to make friends." (Year 9 pupil, Morpeth)\n\nThe club runs on Tuesdays.',
     ['Year 9 pupil']),
    ('What families said\n\n"I go every week now and the children love the garden." (Parent, Ashington)\n\nSessions are free.',
     ['Parent']),
    ('Q: What was the hardest part?\nA: "Waiting. Nobody told us how long it would take."\n(Kinship carer, Fife)',
     ['Kinship carer']),
    ('Feedback\n\n"The worker rang back the same day, every time." (Foster carer)\n\nWe will keep the line open.',
     ['Foster carer']),
    ('In their words\n\n"We stopped being passed around." (Ffion Rhys, Family Hub Manager)\n\nMore to follow.',
     ['Ffion Rhys']),
    ('Learning\n\n"Nobody asked the boy what he wanted." (Grandmother of a child in care, Dundee)',
     ['Grandmother of a child in care']),
    ('Ms Ann Lee said: "We will publish the plan in May."\n(Ofsted, 2024)',
     ['Ann Lee']),
    ('Cllr Joe Pike told the board: "Every school has a named lead now."\n(Board Minutes, PDF)',
     ['Joe Pike']),
    ('Young people\'s views\n\n"Please stop moving us at night."\n\u2014 Member of the Care Experienced Youth Forum, aged 15',
     ['Member of the Care Experienced Youth Forum']),
])
def test_a_bracket_or_a_described_dash_line_attributes(nlp, passage: str, expected: list[str]) -> None:
    assert speakers(nlp, passage) == expected


@pytest.mark.parametrize("passage, speaker", [
    # the town after an unnamed person says where they live or work; the NER may take it for
    # a person's name, but the speaker is the person as described
    ('A mum in Keighley wrote to us: "I waited nine months for a call back."', 'A mum in Keighley'),
    ('"Nobody explained the plan," said a father from Grimsby.', 'a father from Grimsby'),
    ('A foster carer in Stroud told the committee: "We need respite more than money."',
     'A foster carer in Stroud'),
    ('One grandmother near Bude wrote: "The bus is the whole problem."', 'One grandmother near Bude'),
    ('A childminder from Selby said: "The paperwork doubled in a year."', 'A childminder from Selby'),
    ('"I was never asked what I wanted," a care leaver in Carlisle told the forum.',
     'a care leaver in Carlisle'),
    ('A youth worker in Clacton said: "The young people stopped coming after dark."',
     'A youth worker in Clacton'),
    ('A dad from Hinckley emailed the panel and wrote: "Please read the whole file."',
     'A dad from Hinckley'),
    ('A mother, Jane Ellery, from Wigston, said: "We were believed in the end."', 'Jane Ellery'),
])
def test_a_town_after_an_unnamed_person_is_no_name(nlp, passage: str, speaker: str) -> None:
    assert speakers(nlp, passage)[-1] == speaker


@pytest.mark.parametrize("passage, speaker", [
    # a listener's or a resident's message read out on air or quoted in a newsletter: 'emailed',
    # 'texted' and 'messaged' report as 'wrote' does
    ('Presenter: Our listener Dave Price emailed: "Why does it take so long to get an assessment?"\nGuest: It should not.',
     'Dave Price'),
    ('A mum in Keighley texted the show: "Nine months and still no call back."', 'A mum in Keighley'),
    ('"We were told to wait and wait," one father emailed.', 'one father'),
    ('Cllr Rosa Tait messaged the group: "The meeting is off until Friday."', 'Rosa Tait'),
    ('A foster carer emailed us after the last episode: "The allowance has not gone up in four years."',
     'A foster carer'),
    ('HOST: Sandra in Penrith has texted in: "My grandson waited a year for his assessment."\nGUEST: That is too long.',
     'Sandra'),
    ('"Please keep the Saturday session," a grandad texted the hub.', 'a grandad'),
    ('Mr Lewis Crane, the clerk, emailed members: "The papers are now online."', 'Lewis Crane'),
])
def test_a_message_sent_is_a_cue(nlp, passage: str, speaker: str) -> None:
    assert speakers(nlp, passage)[0] == speaker
