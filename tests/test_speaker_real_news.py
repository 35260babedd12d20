"""Speakers in constructions real news writes and the development folders never showed (issue 14).

Found by reading the speaker errors of a real-news attribution benchmark (PolNeAR dev, see
benchmarks/quotes_polnear.py) and kept only where a UK council, partnership or news text writes
the same construction. Every row is invented for this file (never a document's wording), set in
plain council, partnership and local news settings, and run through the production analysis path
(`pipeline.to_doc` + `quotes.find_quotes`). The expected list is every quote's speaker, in order.
"""

from __future__ import annotations

import pytest

from conftest import analysed_quotes


def speakers(nlp, passage: str) -> list[str | None]:
    return [q.speaker for q in analysed_quotes(nlp, passage)]


@pytest.mark.parametrize("passage, expected", [
    # a name set off after an opening phrase of place or time ('In a meeting in Leeds, Ann Cole,
    # the chief executive, firmly told …'): the parser hangs the name on the opening phrase and
    # leaves the cue without a subject; an adverb between the role's closing comma and the cue
    # ('firmly', 'patiently', 'also') still leaves the name the one who speaks
    ("In a meeting this week in Leeds, Ann Cole, the chief executive of the trust, firmly told a parent who suggested that some families may not return because of delays that \"this is not the first time families have been let down.\"",
     ["Ann Cole"]),
    ("At a public meeting in Hull, Tom Reed, the chair of the partnership, told a resident who asked whether the centre would close that \"no decision has been taken\".",
     ["Tom Reed"]),
    ("During a drop-in session on Friday in Derby, Cllr Omar Rashid, the cabinet member for housing, patiently told a tenant who complained that repairs took months that \"the new contract will fix this\".",
     ["Omar Rashid"]),
    ("In a radio interview this morning in Bristol, Dr Priya Shah, the director of public health, calmly told a caller who said that the clinic was always shut that \"the clinic is open six days a week.\"",
     ["Priya Shah"]),
    ("At the scrutiny committee on Monday in York, Karen Doyle, the head of service, firmly told a councillor who suggested that social workers were leaving because of pay that \"pay is only part of the picture\".",
     ["Karen Doyle"]),
    ("In a session with young people this week in Crewe, Sam Hill, the youth mayor, told a pupil who asked about bus fares that \"cheaper travel is my first priority\".",
     ["Sam Hill"]),
    ("At a briefing in Norwich on Thursday, Karen Doyle, the head of children's services, also told a reporter who asked about agency staff that \"the numbers are coming down\".",
     ["Karen Doyle"]),
    ("In a statement to the committee last week, Tom Reed, the chair of the board, repeatedly told a member who suggested that the audit was late that \"it was delivered on time\".",
     ["Tom Reed"]),
    ("Speaking at a school in Wigan, Cllr Ann Hale, the lead member for education, warmly told pupils who asked about the new library that \"it will open in the spring\".",
     ["Ann Hale"]),
    ("In an interview on local radio, Dr Sam Okafor, the medical director, frankly told a listener who said that waits were getting longer that \"they are, and we are sorry\".",
     ["Sam Okafor"]),
    ("At a drop-in for carers in Luton, Jo Price, the service manager, gently told a grandmother who said she felt forgotten that \"you are not forgotten\".",
     ["Jo Price"]),
    ("Ann Cole, the chief executive, firmly told councillors that the service was \"stretched but safe\".",
     ["Ann Cole"]),
])
def test_a_name_set_off_after_an_opening_phrase(nlp, passage: str, expected: list[str]) -> None:
    assert speakers(nlp, passage) == expected


@pytest.mark.parametrize("passage, expected", [
    # a reporting verb as a gerund after a preposition ('for saying', 'after saying', 'by
    # ruling'): the subject of the clause it hangs on says it, through a second preposition
    # joined by 'and' ('for his tone and for saying') and a passive ('was criticised after
    # saying': the one criticised said it)
    ("The mayor appeared before the committee for his role in the scheme and for saying that the bridge was \"perfectly safe\".",
     ["The mayor"]),
    ("Cllr Tom Reed apologised to the chamber for saying that the estate was \"a lost cause\".",
     ["Tom Reed"]),
    ("Cllr Tom Reed apologised to the chamber for his tone and for saying that the estate was \"a lost cause\".",
     ["Tom Reed"]),
    ("On Monday the panel published its findings by announcing that the council's statement was \"accurate\".",
     ["the panel"]),
    ("The ombudsman ended the inquiry by ruling that the council's account was \"not credible\".",
     ["The ombudsman"]),
    ("Ann Cole was criticised after saying that the waiting list was \"under control\".",
     ["Ann Cole"]),
    ("The trust responded to the complaint by saying that the ward was \"fully staffed\".",
     ["The trust"]),
    ("Ann Cole closed the meeting by thanking volunteers and by saying the hub would \"stay open all winter\".",
     ["Ann Cole"]),
    ("Dr Priya Shah opened the session by describing the service as \"stretched\".",
     ["Priya Shah"]),
    ("Cllr Omar Rashid was praised by residents after telling the meeting that the library would \"stay open\".",
     ["Omar Rashid"]),
])
def test_a_gerund_cue_after_a_preposition(nlp, passage: str, expected: list[str]) -> None:
    assert speakers(nlp, passage) == expected


@pytest.mark.parametrize("passage, expected", [
    # a participle set off after a relative clause that defines its noun ('a contractor who said
    # he was owed, saying …'): it belongs to the main clause, so the main subject speaks, not the
    # noun the relative describes; a relative set off by commas, a subject described by its own
    # relative and a second verb of the main clause stay as they were
    ("The leader was similarly defensive when forced to defend not paying a contractor who said he was owed money after he rebuilt a wall at one of the council's depots, saying, \"Maybe he did not do a good job.\"",
     ["The leader"]),
    ("The leader was defensive when asked about a contractor who said he had not been paid, saying: \"Maybe the work was not good enough.\"",
     ["The leader"]),
    ("Cllr Ann Hale criticised the landlord who let the flats fall into disrepair, saying the tenants had been \"let down for years\".",
     ["Ann Hale"]),
    ("The chair thanked the volunteers who ran the winter hub, saying they had \"kept people alive\".",
     ["The chair"]),
    ("Tom Reed praised the foster carers who took in three siblings at a day's notice, describing them as \"remarkable\".",
     ["Tom Reed"]),
    ("The head teacher welcomed the pupils who had joined in September, telling them: \"This is your school now.\"",
     ["The head teacher"]),
    ("The contractor, who said he was owed money, complained to the council, saying: \"I have not been paid since March.\"",
     ["The contractor"]),
    ("A parent who said her son had waited a year for an assessment spoke at the meeting, saying: \"Nobody called us back.\"",
     ["A parent"]),
    ("The inspectors met the social workers who had left the team, saying their findings would be \"published in May\".",
     ["The inspectors"]),
    ("The mayor thanked the firefighters who tackled the blaze at the old mill, calling them \"the best of us\".",
     ["The mayor"]),
    ("The panel chair criticised the agencies that failed to share what they knew, saying the family had been \"invisible to every service\".",
     ["The panel chair"]),
])
def test_a_participle_after_a_defining_relative(nlp, passage: str, expected: list[str]) -> None:
    assert speakers(nlp, passage) == expected


@pytest.mark.parametrize("passage, expected", [
    # a closing mark typed the wrong way round ('“stretched.“'): right after a word or its
    # punctuation and before a space, a stop or the line's end it closes the quote, so the quote
    # neither runs on into the next sentence nor leaves its paragraph looking like a headline
    ("The report claimed “Demand has doubled” across the county, and concluded the figures were “Mostly Reliable.“",
     [("Demand has doubled", "The report"), ("Mostly Reliable.", "The report")]),
    ("Cllr Ann Hale said the budget was “tight but fair.“ She added that no centre would close.",
     [("tight but fair.", "Ann Hale")]),
    ("The chair, Tom Reed, told the board: “We have turned a corner.“",
     [("We have turned a corner.", "Tom Reed")]),
    ("“We were not told,“ said one parent at the meeting.",
     [("We were not told,", "one parent")]),
    ("The inspectors described the front door as “strong.“ The council welcomed the report.",
     [("strong.", "The inspectors")]),
    ("Dr Priya Shah said: “The clinic is full every day.“",
     [("The clinic is full every day.", "Priya Shah")]),
    ("“Nobody called us back,“ a father told the committee. “We gave up in the end.”",
     [("Nobody called us back,", "a father"), ("We gave up in the end.", "a father")]),
    ("The leader called the plan “a fresh start“ for the town.",
     [("a fresh start", "The leader")]),
    ("Karen Doyle, the head of service, said staff were “exhausted“ after the winter.",
     [("exhausted", "Karen Doyle")]),
    ("The ombudsman found the delay “unacceptable.“",
     [("unacceptable.", "The ombudsman")]),
    ("Residents told us the bus route was “a lifeline”, and the council said it would “look again“.",
     [("a lifeline", "Residents"), ("look again", "the council")]),
    # a quote inside a quote still opens: 'what she called “a lifeline”'
    ("Ann Cole said: “Parents told us the bus was “a lifeline” and we listened.”",
     [("Parents told us the bus was “a lifeline” and we listened.", "Ann Cole")]),
])
def test_a_closing_mark_typed_as_an_opening_one(nlp, passage: str,
                                                expected: list[tuple[str, str]]) -> None:
    assert [(q.text, q.speaker) for q in analysed_quotes(nlp, passage)] == expected


@pytest.mark.parametrize("passage, expected", [
    # a verb of speaking that reports words through its preposition ('spoke of “…”', 'talked
    # about “…”', 'referred to “…”', 'went on about “…”'): its subject speaks, in a main clause or
    # in a clause of time before another subject ('As the leader spoke of “…”, councillors …');
    # 'spoke to the committee', 'talked to parents' and 'referred the matter to' report nothing
    ("The leader spoke of \"a difficult year for every family\".", ["The leader"]),
    ("Cllr Ann Hale talked about \"protecting the front line\" at the budget meeting.", ["Ann Hale"]),
    ("As the leader spoke of \"a fair deal for families\", opposition councillors shook their heads.",
     ["the leader"]),
    ("While Cllr Ann Hale talked about \"protecting the front line\", members of the public said they had heard it before.",
     ["Ann Hale"]),
    ("The director referred to \"a small number of cases\" in her report.", ["The director"]),
    ("The head teacher went on about \"standards\" for twenty minutes.", ["The head teacher"]),
    ("The chief executive referred to \"a handful of complaints\" when asked about the new bins.",
     ["The chief executive"]),
    ("While the director spoke of \"a partnership that listens\", parents in the gallery held up signs.",
     ["the director"]),
    ("As Cllr Omar Rashid went on about \"value for money\", several members left the chamber.",
     ["Omar Rashid"]),
    ("The report's author, Dr Priya Shah, spoke about \"a service under strain\".", ["Priya Shah"]),
    ("Ann Cole spoke to the committee first. \"We are ready,\" she said.", ["Ann Cole"]),
    ("Tom Reed talked to parents at the gate, and one mother told him the bus was \"always late\".",
     ["one mother"]),
    ("Cllr Ann Hale referred the matter to the standards committee, which said it was \"serious\".",
     ["the standards committee"]),
    # a title spoken about is no words spoken: the next quote keeps its own speaker
    ("The chair talked about \"Working Together to Safeguard Children\" at length. \"It is our bible,\" said Ann Cole.",
     ["Ann Cole"]),
])
def test_a_verb_of_speaking_with_its_preposition(nlp, passage: str, expected: list[str]) -> None:
    assert speakers(nlp, passage) == expected


@pytest.mark.parametrize("passage, expected", [
    # 'they' after a body or a group that was a subject since the last one who spoke: the body
    # ('Leeds City Council reviewed the claim. They said …') or the group ('Parents welcomed the
    # news. They said …'), not the person quoted before it; with none between, the last
    # reporter or group stays
    ("Cllr Tom Reed said the estate had \"hundreds of empty homes\". Leeds City Council reviewed the claim. In May they said the figure was \"broadly right\".",
     ["Tom Reed", "Leeds City Council"]),
    ("Ann Cole told the meeting the ward was \"safe\". The Children's Society looked at the evidence. They said the ward was \"not yet safe enough\".",
     ["Ann Cole", "The Children's Society"]),
    ("The leader said the plan was \"fully funded\". The Local Government Association studied the figures. They concluded it was \"short by £2m\".",
     ["The leader", "The Local Government Association"]),
    ("Tom Reed called the scheme \"a success\". Northumbria Police disagreed with him. They said crime had \"barely moved\".",
     ["Tom Reed", "Northumbria Police"]),
    ("Tom Reed said the library would \"stay open\". Parents welcomed the news. They said it was \"a relief\".",
     ["Tom Reed", "Parents"]),
    ("Tom Reed said the consultation was \"open to all\". Residents packed the hall on Monday. They told him the plan was \"a disgrace\".",
     ["Tom Reed", "Residents"]),
    ("Ann Cole said the review would be \"published in full\". The partnership board met in private. They agreed the report was \"too sensitive to publish\".",
     ["Ann Cole", "The partnership board"]),
    ("\"We are not closing it,\" said Ann Cole. Staff were told on Monday. \"They told us nothing,\" one worker said.",
     ["Ann Cole", "one worker"]),
    ("Inspectors visited in March. They found that \"too many children wait\".", ["Inspectors"]),
    ("A council spokesperson said the total reflected its size. \"Our rate is below average,\" they added.",
     ["A council spokesperson"]),
    ("Inspectors said the council had \"a clear plan\". The report was published in May. They added that leaders were \"visible\".",
     ["Inspectors", "Inspectors"]),
])
def test_they_after_a_body_or_a_group(nlp, passage: str, expected: list[str]) -> None:
    assert speakers(nlp, passage) == expected
