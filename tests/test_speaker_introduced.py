"""Speakers introduced around the quote: a name set off by its role, an office title before a name,
a dated document, a cue inside an embedded question, an unnamed speaker with a relative clause,
'in her words', one of a counted group, a new person introduced with an age. Every passage is
invented."""

from __future__ import annotations

import pytest

from conftest import analysed_quotes


@pytest.mark.parametrize("passage, speaker", [
    # a named person set off by a role in commas right before the cue ('X, the county lead for the scheme, said'): the name speaks, not the last noun of the role
    ('Inspector Dana Whitlow, the county lead for the programme, said the review would guide the work: "We have to get this right."',
     'Dana Whitlow'),
    ('Dr Omar Faisal, the trust\'s lead for the service, said: "Waits are still too long."',
     'Omar Faisal'),
    ('Councillor Ruth Ingram, chair of the committee, said the board had listened: "Families told us the same thing."',
     'Ruth Ingram'),
    ('Sergeant Leo Marsh, head of the unit, said: "Every call is logged."',
     'Leo Marsh'),
    ('Professor Alma Reyes, who chairs the board, said: "The plan is ambitious."',
     'Alma Reyes'),
    ('Mr Hugh Benton, director of the department, told members: "The budget is tight."',
     'Hugh Benton'),
    ('Ms Claire Dunmore, the manager of the team, said the figures were encouraging: "We are on track."',
     'Claire Dunmore'),
    ('Dr Kemi Adeyemi, the council\'s lead for the duty, said staff had changed how the department works with schools: "We now meet every week."',
     'Kemi Adeyemi'),
    ('Chief Officer Paul Gray, the force lead for the scheme, said the figures showed progress: "Arrests are up."',
     'Paul Gray'),
    ('Jane Pollard, head of the service, said the new rota had changed how the office answers calls: "Nobody waits more than a minute now."',
     'Jane Pollard'),
    ('Dr Sam Reid, the named doctor, said the audit had changed how the ward records injuries: "We photograph every mark."',
     'Sam Reid'),
])
def test_name_before_a_set_off_role(nlp, passage: str, speaker: str) -> None:
    assert analysed_quotes(nlp, passage)[-1].speaker == speaker


@pytest.mark.parametrize("passage, speaker", [
    # an office written as a title without 'the' running on into the name ('Head of Safeguarding X told'): the name speaks, not 'Head'
    ('Head of Safeguarding Tomasz Wrobel told the Board that the numbers were good: "More reports is a good sign."',
     'Tomasz Wrobel'),
    ('Head of Service Gemma Hollis said: "We are recruiting."',
     'Gemma Hollis'),
    ('Director of Children\'s Services Mark Tully told councillors: "The service is improving."',
     'Mark Tully'),
    ('Chair of Governors Asha Malik said: "We welcome the report."',
     'Asha Malik'),
    ('Head of Education Ruth Pike told the panel that attendance had risen: "Schools have worked hard."',
     'Ruth Pike'),
    ('Lead Practitioner Owen Tate said: "The cases are more complex."',
     'Owen Tate'),
    ('Team Manager Lucy Ward told the inspectors: "We know our children well."',
     'Lucy Ward'),
    ('Head of Quality Assurance Ben Olsen said the audits were thorough: "Nothing is skipped."',
     'Ben Olsen'),
    ('Service Manager Priti Das told the meeting: "Caseloads are down."',
     'Priti Das'),
    ('Head of Early Help Karen Blake said: "Families come to us sooner."',
     'Karen Blake'),
    ('Chief Executive Tom Lyle told staff that the year had been hard: "You have all done remarkable work."',
     'Tom Lyle'),
])
def test_office_title_before_a_name(nlp, passage: str, speaker: str) -> None:
    assert analysed_quotes(nlp, passage)[-1].speaker == speaker


@pytest.mark.parametrize("passage, speaker", [
    # a document with its date or period ('the letter of 3 March 2026 states', '"…," the council's annual report for 2024-25 states'): the document speaks, not its date
    ('The Department for Education letter of 3 March 2026 states that "councils must publish their plans by the summer".',
     'The Department for Education letter'),
    ('The inspection report of 14 May 2025 states that "leaders know their services well".',
     'The inspection report'),
    ('"Demand has levelled off," the Director of Public Health\'s annual report for 2025 states.',
     "the Director of Public Health's annual report"),
    ('"Most referrals came from schools," the partnership\'s annual report for 2024-25 says.',
     "the partnership's annual report"),
    ('The Ofsted letter of 2 June 2026 says that "the local authority has made progress".',
     'The Ofsted letter'),
    ('"The fall reflects earlier help," the Chief Social Work Officer\'s annual report for 2024-25 states.',
     "the Chief Social Work Officer's annual report"),
    ('The Home Office guidance of 1 April 2026 states that "no child should be placed in a hotel".',
     'The Home Office guidance'),
    ('"Staff turnover remains high," the council\'s workforce strategy for 2026 notes.',
     "the council's workforce strategy"),
    ('The review of 9 January 2026 concluded that "no single agency could have prevented the harm".',
     'The review'),
    ('"Waiting lists are too long," the trust\'s quality account for 2025/26 states.',
     "the trust's quality account"),
    ('The minister\'s letter of 5 May 2026 says that "funding will continue for a further year".',
     "The minister's letter"),
])
def test_dated_document_speaks(nlp, passage: str, speaker: str) -> None:
    assert analysed_quotes(nlp, passage)[-1].speaker == speaker


@pytest.mark.parametrize("passage, speaker", [
    # a reporting verb inside an embedded question ('said the review changed how the ward responds to …'): the verb that reports it gives the speaker
    ('Dr Sam Reid, the named doctor, said the audit had changed how the ward responds to falls in older children: "We photograph every mark."',
     'Sam Reid'),
    ('Ms Jo Hale said the case had changed how the team reports concerns to the police: "We ring the same day now."',
     'Jo Hale'),
    ('Cllr Amir Khan explained why the board writes to every school each term: "Schools need to hear from us directly."',
     'Amir Khan'),
    ('The chair, Lena Brooks, described how the panel answers complaints from parents: "Every letter gets a reply within a week."',
     'Lena Brooks'),
    ('Mr Dev Patel told the meeting how the service replies to referrals from GPs: "We call back within a day."',
     'Dev Patel'),
    ('Helen Cho said the review had changed how the hospital records bruising in babies: "We treat it as a safeguarding question first."',
     'Helen Cho'),
    ('Inspector Raj Singh said the new rota had changed when the desk answers calls from schools: "Someone is there until midnight."',
     'Raj Singh'),
    ('Dr Ann Fox said she had asked why the school reports so few concerns: "The numbers did not add up."',
     'Ann Fox'),
    ('Tom Reeve said he had learned how the charity responds to calls from children: "Every call is answered by a trained volunteer."',
     'Tom Reeve'),
    ('Ms Kate Moss said the audit showed how the council notifies schools of exclusions: "It is still done by post."',
     'Kate Moss'),
])
def test_cue_inside_an_embedded_question(nlp, passage: str, speaker: str) -> None:
    assert analysed_quotes(nlp, passage)[-1].speaker == speaker


@pytest.mark.parametrize("passage, speaker", [
    # an unnamed speaker told apart by a relative clause, after other people are named and a verb of speech in a gerund ('described the experience of reporting …'): the speaker as written
    ('Inspector Ann Fox said the plan was working.\n\nShe added that the profile would be updated. A parent who contributed to the profile described the experience of reporting her son missing: "They took him home nine times."',
     'A parent who contributed to the profile'),
    ('Dr Omar Bell led the review. A mother who took part in the review described the first visit: "Nobody explained anything."',
     'A mother who took part in the review'),
    ('Cllr Jo Reid opened the meeting. A young person who attended the forum described the school day: "I was alone at lunch every day."',
     'A young person who attended the forum'),
    ('Ms Rae Lin chaired the panel. A foster carer who gave evidence to the panel described the placement: "He came with one bag."',
     'A foster carer who gave evidence to the panel'),
    ('Mr Tim Cole presented the findings. A father who spoke to the inspectors described the wait: "Six months is a long time for a child."',
     'A father who spoke to the inspectors'),
    ('Dr Sue Park wrote the report. A grandmother who cares for two children described the cost: "We get nothing for the little one."',
     'A grandmother who cares for two children'),
    ('Ms Ada Price welcomed the audit. A teacher who made a referral described the response: "It took three weeks to hear back."',
     'A teacher who made a referral'),
    ('Cllr Ben Ode spoke first. A care leaver who joined the board described the first meeting: "I did not understand a word."',
     'A care leaver who joined the board'),
    ('Dr Lee Wong introduced the survey. A pupil who completed the survey described the bus home: "It is the worst part of the day."',
     'A pupil who completed the survey'),
    ('Ms Ivy Hart thanked the families. A parent who contributed to the review described the day of the visit: "They were kind but rushed."',
     'A parent who contributed to the review'),
])
def test_unnamed_speaker_with_relative_clause(nlp, passage: str, speaker: str) -> None:
    assert analysed_quotes(nlp, passage)[-1].speaker == speaker


@pytest.mark.parametrize("passage, speaker", [
    # 'in her words' before a quote: the nearest subject before it that 'her' can mean
    ('When Maya started college she had, in her words, "one coat and a lot of hope".',
     'Maya'),
    ('Dr Ann Fox chaired the review.\n\nWhen Jordan left care he was, in his words, "on my own from day one".',
     'Jordan'),
    ('Ms Lena Ward, the head teacher, said the pupils were, in her words, "the best I have taught".',
     'Lena Ward'),
    ('Cllr Tom Reid described the budget as, in his words, "a plan for the next ten years".',
     'Tom Reid'),
    ('Ms Aisha Noor was 17 when she moved into a flat that was, in her words, "cold, damp and far from everyone".',
     'Aisha Noor'),
    ('Mr Ben Cole said the first year had been, in his own words, "a steep learning curve".',
     'Ben Cole'),
    ('When Priya moved schools she felt, in her words, "like a ghost in the corridor".',
     'Priya'),
    ('Cllr Nia Evans left the meeting feeling, in her words, "more hopeful than I have been for years".',
     'Nia Evans'),
    ('Dr Ann Fox chaired the review.\n\nWhen Callum Reid turned 18 he had, in his words, "a bag, a phone and a bus pass".',
     'Callum Reid'),
    ('Chloe Hart was nine when she went into care and was, in her words, "angry at everyone for a long time".',
     'Chloe Hart'),
    ('Ms Ruth Kay told the panel that the service had been, in her words, "stretched to breaking point".',
     'Ruth Kay'),
])
def test_in_her_words(nlp, passage: str, speaker: str) -> None:
    assert analysed_quotes(nlp, passage)[-1].speaker == speaker


@pytest.mark.parametrize("passage, speaker", [
    # 'one said' after a counted group of people or bodies ('We wrote to six councils'): one of them, as counted
    ('We wrote to five councils. Two said they pay in full; one said it decides "case by case".',
     'one council'),
    ('The paper asked eight schools about phones. Three said they ban them; one said it was "still thinking about it".',
     'one school'),
    ('Reporters contacted 12 charities. Most did not reply, but one said the cuts were "the deepest in a decade".',
     'one charity'),
    ('The survey went to 40 nurseries. One said staff were "leaving faster than we can hire".',
     'one nursery'),
    ('We asked four police forces for figures. Two refused; one said the data was "not held in that form".',
     'one police force'),
    ('The committee heard from three foster carers. One said the allowance was "gone by the second week".',
     'one foster carer'),
    ('Freedom of Information requests went to nine hospitals. One said it had "no record of any such cases".',
     'one hospital'),
    ('The trust runs six academies. One said its new timetable was "a real success".',
     'one academy'),
    ('The charity surveyed 200 parents. One said the letter was "written for lawyers, not for us".',
     'one parent'),
    ('We spoke to seven social workers. One said her caseload was "twice what it should be".',
     'one social worker'),
    ('Inspectors met ten headteachers. One said the support was "patchy at best".',
     'one headteacher'),
    ('The review wrote to 15 local authorities; one said it would "look again at its thresholds".',
     'one local authority'),
])
def test_one_of_a_counted_group(nlp, passage: str, speaker: str) -> None:
    assert analysed_quotes(nlp, passage)[-1].speaker == speaker


@pytest.mark.parametrize("passage, speaker", [
    # back and forth: an official speaks, then a new person is introduced with an age set off after
    # the name ('Leah, now 19, works …'); the 'she said' after that is hers (the speaker changes
    # at the new introducer, not at the nearest speaker), whatever the NER took a first name for
    ('Cllr Ann Hale said: "We will pay the rent in full."\nLeah, now 19, works in a shop and plans to go back. "I still want to finish," she said.',
     'Leah'),
    ('Dr Omar Bell said: "The figures are worrying."\nSam, 18, now lives in a hostel. "It is loud but it is safe," he said.',
     'Sam'),
    ('Ms Priya Das, the union officer, said: "This is about fairness."\nJade, now 21, is training as a nurse. "I got there in the end," she said.',
     'Jade'),
    ('Mr Tom Ward, the director, said: "We are recruiting more advisers."\nKeira, 17, is at college and hopes to study law. "I want to help people like me," she said.',
     'Keira'),
    ('Cllr Ruth Ames said: "The offer is one of the best."\nDanny, aged 20, has since found a job. "It took a year to feel normal," he said.',
     'Danny'),
    ('The head teacher, Mrs Joan Pike, said: "Attendance is up."\nMarcus, 15, disagrees. "Half my class still skips Fridays," he said.',
     'Marcus'),
    ('Inspector Raj Singh said: "Patrols have doubled."\nEllie, now 16, is not convinced. "I still walk home the long way," she said.',
     'Ellie'),
    ('Ms Helen Cho, who runs the project, said: "Every young person gets a key worker."\nTyler, 19, moved in last spring. "Mine rings me every week," he said.',
     'Tyler'),
    ('A council spokesperson said: "We review every placement."\nAmira, 14, has moved four times. "Nobody asks me before they decide," she said.',
     'Amira'),
    ('Councillor Lee Grant said: "The buses will run later from May."\nRhys, 17, works evenings. "Until then I cycle home in the dark," he said.',
     'Rhys'),
])
def test_new_introducer_with_an_age(nlp, passage: str, speaker: str) -> None:
    assert analysed_quotes(nlp, passage)[-1].speaker == speaker
