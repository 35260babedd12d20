"""Speakers in five constructions that were wrong at first sight on a released blind set (issue 14).

Each table is one construction of English or of layout, written for this file (never a corpus
document's wording) and varied in word order, verb, tense and parse, run through the production
analysis path (`pipeline.to_doc` + `quotes.find_quotes`, as tests/test_speakers.py does). The
expected list is every quote's speaker, in order. See docs/blind_speaker_errors.md.
"""

from __future__ import annotations

import pytest

from conftest import analysed_quotes


def speakers(nlp, passage: str) -> list[str | None]:
    return [q.speaker for q in analysed_quotes(nlp, passage)]


@pytest.mark.parametrize("passage, expected", [
    # an unnamed person described by a participle, a relative clause or an age and a phrase,
    # signing a quote on a line of its own: a dash line, a caption under or over the quote, a
    # bracket; the description is the speaker as written (a comma sets off the role)
    ("The team answered 212 calls in the year.\n\"The worker rang me back the same day and never made me feel a nuisance.\"\n- a father supported in March 2025\nStaffing\nThe service employs nine staff.",
     ["a father supported in March 2025"]),
    ("The hub opened in May.\n\"I finally felt someone was on my side.\"\nParent, 38, in temporary accommodation\nThe hub saw 340 families.",
     ["Parent"]),
    ("Most care leavers now have a personal adviser.\n\"My adviser helped me find a flat and stayed with me on the first night.\"\n- a young person who left care in 2023",
     ["a young person who left care in 2023"]),
    ("The council pays an allowance to 88 special guardians.\n\"The allowance means I can keep them at home with me.\"\n\u2013 a grandmother caring for two grandchildren",
     ["a grandmother caring for two grandchildren"]),
    ("Director's foreword\n\"I did not believe anyone would listen until I walked through that door.\"\n\u2014 a woman supported by the service in 2025",
     ["a woman supported by the service in 2025"]),
    ("\"I know who to ring now when things go wrong.\"\nCare leaver, 19, living in supported lodgings\n\"They treat you like an adult.\"\nYoung person, 16",
     ["Care leaver", "Young person"]),
    ("Children placed far from home told us they missed their friends.\n\"I only see my mum once a month now.\"\nYoung person, 14, placed out of area",
     ["Young person"]),
    ("What people told us\nFoster carer, Ludlow\n\"The out-of-hours line picked up every time I rang.\"\nYoung person, 13\n\"My social worker came to every review.\"",
     ["Foster carer", "Young person"]),
    ("What people told us\nA mother supported in 2025\n\"I was never made to feel like a bad parent.\"",
     ["A mother supported in 2025"]),
    ("Early help\n\"They listened and then they actually did something.\"\nA dad seen by the team in January",
     ["A dad seen by the team in January"]),
    ("Our year in numbers: 212 referrals.\n\"Nobody asked me before they moved me.\"\n(a young person, 15, placed with foster carers)",
     ["a young person"]),
    ("Exclusions fell by a third.\n\"Nobody at the school explained what would happen next.\"\n\u2014 one mother, whose son was excluded last year",
     ["one mother"]),
])
def test_a_described_person_signs_a_quote(nlp, passage: str, expected: list[str]) -> None:
    assert speakers(nlp, passage) == expected


@pytest.mark.parametrize("passage, expected", [
    # the same unnamed people in prose: a cue after or before the quote, 'as … put it', 'in the
    # words of', a pronoun in the next sentence, and a contact clause ('One mother we spoke to
    # said', which the parser reads as 'to said'): the person as written
    ("Bus fares rose again. \"It costs us 40 pounds a week,\" says one mother, whose son has autism.",
     ["one mother"]),
    ("One mother of three, from Northfield, said: \"We were passed from team to team.\"",
     ["One mother of three"]),
    ("Families felt unheard. As one mother put it: \"Nobody joined the dots.\"",
     ["one mother"]),
    ("Families felt unheard. In the words of one mother, \"nobody joined the dots\".",
     ["one mother"]),
    ("One mother we spoke to said the letter was \"cold and confusing\".",
     ["One mother"]),
    ("The officer I spoke to told me: \"We are short of six staff.\"",
     ["The officer"]),
    ("One mother's verdict was blunt: \"It took a year to get a reply.\"",
     ["One mother"]),
    ("We heard from one mother. \"I had to fight for every hour of support,\" she said.",
     ["one mother"]),
    ("Several parents spoke at the meeting. One father, whose daughter was excluded in May, told councillors: \"She has been at home for six months.\"",
     ["One father"]),
    ("\"I want a say in where I live,\" a young person in foster care told the panel.",
     ["a young person in foster care"]),
    ("One carer we met described the training as \"the best I have had\".",
     ["One carer we met"]),
])
def test_a_described_person_in_prose(nlp, passage: str, expected: list[str]) -> None:
    assert speakers(nlp, passage) == expected


@pytest.mark.parametrize("passage", [
    # lines that describe no one person: a heading of a kind of people, a guide, a sentence
    # left without its full stop
    "Parents, carers and families\n\"We want to be asked before anything changes.\"\nThe forum met six times.",
    "Our guidance\n\"Every plan should be written with the family.\"\n- a parent's guide to child protection conferences",
    "Key messages\n\"Practice must improve.\"\nA child protection plan was made in 12 cases",
    "Summary\n\"Thresholds are applied consistently.\"\nA carer supported by us gets a call",
])
def test_a_line_describing_no_one_signs_nothing(nlp, passage: str) -> None:
    assert speakers(nlp, passage) == [None]


@pytest.mark.parametrize("passage, expected", [
    # 'his' or 'her' owning what a person wrote or said (a report, a letter, a statement, a
    # submission, an audit, a reply), as the subject of the cue before or after the quote, in
    # an 'according to' phrase, a sentence or a paragraph after the person is named: the person
    ("The independent scrutineer, Ann Frost, visited four teams. Her report to the board concluded that practice was \"safe but stretched\".",
     ["Ann Frost"]),
    ("Cllr Tom Reid wrote to the cabinet in June. His letter said: \"We cannot keep asking staff to do more with less.\"",
     ["Tom Reid"]),
    ("Dr Priya Shah led the audit. \"Records were often late,\" her report found.",
     ["Priya Shah"]),
    ("The lead member, Martin Cole, was unable to attend. His statement, read by the chair, said the service had \"turned a corner\".",
     ["Martin Cole"]),
    ("Inspector Sam Boyd gave evidence on Tuesday. His written submission described the backlog as \"unacceptable\".",
     ["Sam Boyd"]),
    ("Grace Lee stood down as chair in March.\n\nHer final report warns: \"The partnership must not lose its nerve.\"",
     ["Grace Lee"]),
    ("Mr Omar Khan, the independent reviewer, met 40 staff. \"The front door works,\" his review concludes, \"but the back door does not.\"",
     ["Omar Khan", "Omar Khan"]),
    ("Councillors asked Ruth Day, the virtual school head, for an update. Her written reply stated that attendance was \"the best it has been\".",
     ["Ruth Day"]),
    ("The link governor, Mr Paul Dunn, visited the school twice. According to his report, staff were \"confident and well trained\".",
     ["Paul Dunn"]),
    ("Lisa Hart, the designated nurse, audited 60 files. Her audit found that health plans were \"too often copied from the last one\".",
     ["Lisa Hart"]),
    ("Dr Ann Fox and Mr Ben Hale shared the review. His letter to the council said the delays were \"avoidable\".",
     ["Ben Hale"]),
    ("The link governor, Mr Paul Dunn, visited the school twice, and his report said staff were \"confident\".",
     ["Paul Dunn"]),
    # a person 'her' owns speaks for herself; 'its' report is the body's document; and 'her'
    # after an unnamed person in its sentence may be hers, not the name's met before
    ("Ms Jo Bell manages the team. A 12-year-old who asked for help before her review told us her worker had \"listened properly\".",
     ["her review"]),
    ("Mrs Jean Platt has fostered for 20 years. Her daughter said: \"Mum never turned a child away.\"",
     ["Her daughter"]),
    ("The Safeguarding Board met four times. Its annual report says: \"Neglect remains our first priority.\"",
     ["The Safeguarding Board's annual report"]),
])
def test_his_or_her_document_speaks_for_its_writer(nlp, passage: str, expected: list[str]) -> None:
    assert speakers(nlp, passage) == expected


@pytest.mark.parametrize("passage, expected", [
    # a person set off by a relative aside ending on a campaign's or a body's noun ('who has
    # given to the campaign,'), however the parser hangs the cue after it: the person speaks,
    # not the noun nor a phrase of time closing the aside
    ("Ruth Hay, who has given to the campaign, called the centre \"the place families trust\".",
     ["Ruth Hay"]),
    ("Ruth Hay, who gives to the campaign every month, called the centre \"the place families trust\".",
     ["Ruth Hay"]),
    ("Fay Dunn, who had given to the campaign, called the centre \"a refuge\".",
     ["Fay Dunn"]),
    ("Ward member Anna Reid, who has given to the fund, called the hub \"the one place that never closes\".",
     ["Anna Reid"]),
    ("Jo Grant, who set up the campaign, called the cuts \"a false economy\".",
     ["Jo Grant"]),
    ("Headteacher Ravi Patel, whose school backed the petition, described the plan as \"short-sighted\".",
     ["Ravi Patel"]),
    ("Cllr Alan Pike, who signed the letter, branded the closure \"a disgrace\".",
     ["Alan Pike"]),
    ("\"It is the only place my son feels safe,\" said Sue Brown, who has volunteered at the project since it opened.",
     ["Sue Brown"]),
    ("Dev Singh, who leads the campaign, said: \"We have raised half of what we need.\"",
     ["Dev Singh"]),
    ("Hugh Dent, who has supported the campaign since it began, described the council's offer as \"too little, too late\".",
     ["Hugh Dent"]),
    ("Ola Ade, who founded the network, calls the group \"the front line of early help\".",
     ["Ola Ade"]),
    ("\"The hub,\" said Dan Fry, who has given to the fund, \"is where families go first.\"",
     ["Dan Fry", "Dan Fry"]),
])
def test_a_person_set_off_by_an_aside_speaks(nlp, passage: str, expected: list[str]) -> None:
    assert speakers(nlp, passage) == expected


@pytest.mark.parametrize("passage, expected", [
    # people spoken of as a kind ('families', 'many carers', 'young people') whose words a
    # named person reports, with 'said', 'told', 'according to', in any tense: the one who
    # reports speaks; a group that speaks for itself, or one the text points at ('the
    # inspectors'), stays
    ("Sarah Cole, who chairs the parents' forum, said families still described the wait as \"a battle from start to finish\".",
     ["Sarah Cole"]),
    ("Cllr Tom Reid said parents had described the new form as \"impossible to follow\".",
     ["Tom Reid"]),
    ("Dr Priya Shah told the committee that many carers call the allowance \"a lifeline\".",
     ["Priya Shah"]),
    ("According to Omar Khan, young people describe the scheme as \"the first time anyone listened\".",
     ["Omar Khan"]),
    ("Jane Ure, the head of service, said some families called the old system \"a maze\".",
     ["Jane Ure"]),
    ("Liam Ross said children often described the hub as \"a safe place\".",
     ["Liam Ross"]),
    ("Headteacher Mary Holt said pupils had called the new rules \"fair for once\".",
     ["Mary Holt"]),
    ("Gus Hart said staff described the caseloads as \"frightening\".",
     ["Gus Hart"]),
    ("The chair, Ann Bell, said residents had branded the proposal \"a done deal\".",
     ["Ann Bell"]),
    ("Ms Nadia Price runs the forum. She said parents were calling the process \"a lottery\".",
     ["Nadia Price"]),
    ("Families described the process as \"a battle at every turn\", according to Sarah Cole.",
     ["Sarah Cole"]),
    ("Families described the process as \"a battle at every turn\", said Sarah Cole, who chairs the forum.",
     ["Sarah Cole"]),
    ("Sarah Cole, the forum chair, said that parents described the process to her as \"a battle at every turn\".",
     ["Sarah Cole"]),
    ("Parents, Sarah Cole said, describe it as \"a battle at every turn\".",
     ["Sarah Cole"]),
    # and the one who describes, after the quote ('is how X described it'; the NER took 'Sarah' alone)
    ("\"A battle at every turn\" is how Sarah Cole described the process.",
     ["Sarah Cole"]),
    ("Parents described the service as \"a lifeline\".",
     ["Parents"]),
    ("The director, Ian Holt, said the inspectors described the service as \"improving\".",
     ["the inspectors"]),
])
def test_words_of_people_as_a_kind_are_the_reporters(nlp, passage: str, expected: list[str]) -> None:
    assert speakers(nlp, passage) == expected


@pytest.mark.parametrize("passage, expected", [
    # turns in a meeting: a short quote the parser takes for the subject of an inverted cue
    # ('"Seven," repeated Cllr X'), and the same words said again by 'she' or 'he' after
    # someone else was named (a clerk, the chairman, a member of the public): the one who
    # said them first
    ("The director said eleven children were in unregistered homes. \"Eleven,\" repeated Cllr Ann Hale, shaking her head.",
     ["Ann Hale"]),
    ("Cllr Ann Hale read out the total. \"Nine hundred,\" she said. The chairman coughed. \"Nine hundred,\" she said again, more slowly.",
     ["Ann Hale", "Ann Hale"]),
    ("Councillor Tom Bell asked about the waiting list. \"Three hundred families?\" he asked. A clerk handed round a paper. \"Three hundred families?\" he asked again.",
     ["Tom Bell", "Tom Bell"]),
    ("\"We have no choice,\" replied the director, Paul Gray. \"No choice,\" repeated Cllr Rita Moss, writing it down.",
     ["Paul Gray", "Rita Moss"]),
    ("The director, Paul Gray, gave the figure. \"Nine,\" he said. \"Nine,\" echoed Councillor Ann Hale, leaning forward.",
     ["Paul Gray", "Ann Hale"]),
    ("The figure was read out. \"Eleven,\" said Cllr Ann Hale quietly.",
     ["Ann Hale"]),
    ("Members asked how many. \"Eleven,\" confirmed the director, Paul Gray.",
     ["Paul Gray"]),
    ("\"Three,\" answered the director, Paul Gray, after a pause.",
     ["Paul Gray"]),
    ("\"How many?\" asked Cllr Ann Hale. \"Nine,\" said Mr Gray.",
     ["Ann Hale", "Gray"]),
    ("\"Twelve weeks,\" repeated Councillor Rita Moss, turning to the officers.",
     ["Rita Moss"]),
    ("\"Not good enough,\" Cllr Rita Moss said. A member of the public clapped. \"Not good enough,\" she said again.",
     ["Rita Moss", "Rita Moss"]),
    ("Councillor Jo Finch took the microphone. \"Why?\" asked Cllr Finch, looking at the director. An officer began to answer. \"Why?\" she asked again.",
     ["Jo Finch", "Jo Finch"]),
    ("\"Forty per cent,\" repeated Mr Dev Rai, the vice-chair, reading from his notes.",
     ["Dev Rai"]),
    ("\"Seventy,\" said Cllr Ann Hale. \"Seventy-one,\" replied the officer, Sam Lowe. A clerk nodded. \"Seventy,\" she said again.",
     ["Ann Hale", "Sam Lowe", "Ann Hale"]),
    ("The chief executive, Andrew Mole, opened the session. \"We are spending more than ever,\" he said.\nCouncillor Gail Fenn asked about homes out of area.\n\"Eight,\" repeated Councillor Fenn, leaning forward. An usher walked over. \"Eight,\" she said again.",
     ["Andrew Mole", "Gail Fenn", "Gail Fenn"]),
])
def test_a_turn_said_again_in_a_meeting(nlp, passage: str, expected: list[str]) -> None:
    assert speakers(nlp, passage) == expected
