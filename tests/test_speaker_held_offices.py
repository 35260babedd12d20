"""Speakers in the three constructions styles20 got wrong at first sight (issue 14).

Each table is one construction of English or of layout, written for this file (never a corpus
document's wording) and varied in word order, verb, title and punctuation, run through the
production analysis path (`pipeline.to_doc` + `quotes.find_quotes`). The expected list is every
quote's speaker, in order. See docs/blind_speaker_errors.md (styles20).
"""

from __future__ import annotations

import pytest

from conftest import analysed_quotes


def speakers(nlp, passage: str) -> list[str | None]:
    return [q.speaker for q in analysed_quotes(nlp, passage)]


@pytest.mark.parametrize("passage, expected", [
    # a paragraph number glued to its first word, the space lost with the page's style ('4.Dame
    # Ann Cole'): the number is a token of its own, the name and its title are read whole
    ("4.Dame Ruth Okafor, Chief Executive of the trust, told us that the new system was \"still bedding in\".",
     ["Ruth Okafor"]),
    ("12.Cllr Omar Rashid, cabinet member for housing, said the waiting list was \"far too long\".",
     ["Omar Rashid"]),
    ("3.2.Mr Peter Lang told the panel: \"We did not have the staff we needed.\"",
     ["Peter Lang"]),
    ("7.Professor Anna Bryce, who chaired the review, said the partnership had \"learned the right lessons\".",
     ["Anna Bryce"]),
    ("9.Ms Jenny Hart, the head teacher, told governors that attendance was \"the best it has been\".",
     ["Jenny Hart"]),
    ("15.Sir Alan Webb, the former chair, said: \"Nobody expected the bridge to close for a year.\"",
     ["Alan Webb"]),
    ("2.The chair, Tom Reed, said the board would meet \"every month until the plan is agreed\".",
     ["Tom Reed"]),
    ("21.Karen Doyle, Director of Adult Services, wrote to the committee: \"We accept every recommendation.\"",
     ["Karen Doyle"]),
    ("6.Dr Neil Fraser said the clinic had been \"overwhelmed\" in January. 7.He added: \"The winter was the worst I have known.\"",
     ["Neil Fraser", "Neil Fraser"]),
    ("11.Lord Hugh Marsh, chair of the commission, told us: \"The library service must be protected.\"",
     ["Hugh Marsh"]),
    ("8.Ann Cole, Director of Children's Services at the council, told the panel that the plan was \"working well\".",
     ["Ann Cole"]),
])
def test_a_paragraph_number_glued_to_the_name(nlp, passage: str, expected: list[str]) -> None:
    assert speakers(nlp, passage) == expected


@pytest.mark.parametrize("passage, expected", [
    # an office the document ties to a named person wherever the name stands (an object, after
    # 'from' or 'to', set off either side, given by 'was appointed' or 'became'): a later 'the
    # director', 'the Head of Service', 'the treasurer' is that person; an office no one was
    # given stays as written
    ("The committee took evidence from Ann Cole, the council's director of children's services. The director told us that the backlog was \"falling every month\".",
     ["Ann Cole"]),
    ("Witnesses included Dr Raj Mehta, Chief Executive of the trust. The Chief Executive told the committee: \"We have turned a corner.\"",
     ["Raj Mehta"]),
    ("Tom Reed was appointed chair of the partnership in May. \"We need fewer meetings,\" the chair said.",
     ["Tom Reed"]),
    ("We heard from Jo Blake, Head of Service. The Head of Service said the new model was \"working as intended\".",
     ["Jo Blake"]),
    ("The report was presented by Linda Shaw, Director of Education. Asked about exclusions, the director said: \"They are too high.\"",
     ["Linda Shaw"]),
    ("Members thanked the treasurer, Gail Price, for her work. \"The reserves are healthy,\" the treasurer said.",
     ["Gail Price"]),
    ("Karim Aziz became headteacher of the school in 2024. The headteacher told parents that the new timetable would \"give every child more time outdoors\".",
     ["Karim Aziz"]),
    ("A letter was sent to Fiona Grant, the clerk to the parish council. The clerk replied: \"The meeting will go ahead as planned.\"",
     ["Fiona Grant"]),
    ("Our thanks go to Dev Patel, programme director for the scheme. In his view, the programme is \"on time and on budget\", the director wrote.",
     ["Dev Patel"]),
    ("The council wrote to Mark Owen, the site manager, in March. \"We had no warning at all,\" the site manager said.",
     ["Mark Owen"]),
    ("Nobody from the trust attended. \"We were disappointed,\" the chair said.",
     ["the chair"]),
    ("Letters went to Ruth Kay, the clerk to the town council, and to Sam Bell, the clerk to the parish council. \"We will write again,\" the clerk said.",
     ["the clerk"]),
])
def test_an_office_given_to_a_named_person_names_them(nlp, passage: str, expected: list[str]) -> None:
    assert speakers(nlp, passage) == expected


@pytest.mark.parametrize("passage, expected", [
    # a name line between a prose passage and a quote signs off the passage (a foreword's
    # 'Ann Fox, Chair' at its end) when the quote is signed under it too: the quote is the
    # lower name's; a caption over each quote (a heading or another quote above, a quote under
    # the next name) and a quote signed on one side only keep their names
    ("Welcome from the Chair\nThis is my third year as chair of the partnership and I am proud of what the teams have done together.\nSusan Lowe, Chair\n\u201cEvery family deserves one plan and one worker they can trust.\u201d\nDr Amir Haddad, Director of Public Health\n1. About the partnership\nThe partnership was set up in 2019.",
     ["Amir Haddad"]),
    ("Foreword\nI want to thank every volunteer who gave up their evenings to make the centre a safer place this winter.\nGeorge Lamb, Chief Executive\n\"Nobody should have to wait a month for a call back.\"\nCllr Rita Shah, Cabinet Member for Housing\nOur year in numbers\nWe answered 4,100 calls.",
     ["Rita Shah"]),
    ("Introduction\nThe board met six times this year and agreed a new plan for the three services it oversees in the county.\nPeter Hall, Independent Chair\n\u201cThe plan is only as good as the people who carry it out.\u201d\nMaria Costa, Head of Service\nSection 2\nThe plan has four aims.",
     ["Maria Costa"]),
    ("A message from our director\nWe have spent the year listening to families about what works and what does not, and we have changed a great deal.\nHelen Ward, Director\n\u201cListening is where it starts, not where it ends.\u201d\nTom Akers, Parent Representative\nWhat we did\nWe ran 14 sessions.",
     ["Tom Akers"]),
    ("Chair's statement\nIt has been a hard year for the schools in the trust, with staff shortages and a long winter of closures.\nJames Boyd, Chair of Trustees\n\"Our teachers kept going when it would have been easy to stop.\"\nAlison Mayer, Chief Executive Officer\nResults\nAttendance rose to 94%.",
     ["Alison Mayer"]),
    ("Our year\nThe school has welcomed 120 new pupils this year, and the new building opened on time in September after two years of work.\nMrs Kate Nolan, Headteacher\n\u201cA school is its people, not its buildings.\u201d\nMr Ben Ortiz, Chair of Governors\nAdmissions\nThe school is full in every year group.",
     ["Ben Ortiz"]),
    ("What our partners say\nSusan Lowe, Chair\n\u201cEvery family deserves one plan.\u201d\nDr Amir Haddad, Director of Public Health\n\u201cPrevention starts at birth.\u201d",
     ["Susan Lowe", "Amir Haddad"]),
    ("Voices from the project\nGeorge Lamb, Chief Executive\n\"We answered every call.\"\nCllr Rita Shah, Cabinet Member for Housing\n\"The council will match the funding.\"\nNext steps\nThe project runs to 2027.",
     ["George Lamb", "Rita Shah"]),
    ("The project brought together the council, the police and three charities to work with families in the east of the city.\nSusan Lowe, Project Lead\n\u201cWe met every family in their own home.\u201d\nDr Amir Haddad, GP\n\u201cReferrals from the surgery doubled.\u201d",
     ["Susan Lowe", "Amir Haddad"]),
    ("The service was redesigned this year after a long consultation with the families who use it every week.\nHelen Ward, Service Manager\n\u201cWe listened, and we changed.\u201d\nThe new service opens in May.",
     ["Helen Ward"]),
    ("The partnership reviewed 40 cases in the year and found the same lessons in most of them.\n\u201cWe keep learning the same lessons.\u201d\nPeter Hall, Independent Scrutineer\nNext steps\nThe plan is due in May.",
     ["Peter Hall"]),
])
def test_a_sign_off_over_a_quote_signed_under_it(nlp, passage: str, expected: list[str]) -> None:
    assert speakers(nlp, passage) == expected


@pytest.mark.parametrize("passage, expected", [
    # a bracket between the subject and its reporting verb ('(see Appendix A)', '(section 5)'):
    # a cross-reference or an aside that names no one, and that may lead the parser to read
    # the verb as a noun; the phrase before it speaks (a person's letter is the person's, a
    # document speaks as written), and a name in brackets after an office still names the holder
    ("The inspector's letter (see Appendix A) states: \"Leaders know their services well.\"",
     ["The inspector"]),
    ("The scrutiny panel's findings (section 5) state: \"The service is improving.\"",
     ["The scrutiny panel's findings"]),
    ("The trust's annual report (see Appendix B) reports: \"Waiting times fell in every quarter.\"",
     ["The trust's annual report"]),
    ("The panel's report (see Appendix C) warns: \"Too many children wait too long.\"",
     ["The panel's report"]),
    ("The landlord's notice (see Appendix D) says: \"Rents will rise by 4% in April.\"",
     ["The landlord's notice"]),
    ("The auditor's report (see page 12) concludes: \"The council's accounts are sound.\"",
     ["The auditor's report"]),
    ("The council's response (see below) states: \"We accept the findings in full.\"",
     ["The council"]),
    ("The review (published in May) warns: \"The same mistakes were made twice.\"",
     ["The review"]),
    ("The chair's foreword (page 3) adds: \"It has been a year of change.\"",
     ["The chair's foreword"]),
    ("The committee's letter (dated 4 March) says: \"We expect a reply within a month.\"",
     ["The committee"]),
    ("Cllr Ben Moss (Labour) said: \"We will vote against the plan.\"",
     ["Ben Moss"]),
    ("The head teacher (Mrs Ann Fox) told parents: \"The school will reopen on Monday.\"",
     ["Ann Fox"]),
])
def test_a_bracket_between_the_subject_and_its_verb(nlp, passage: str, expected: list[str]) -> None:
    assert speakers(nlp, passage) == expected


@pytest.mark.parametrize("passage, expected", [
    # a cross-reference ('Table 2', 'page 8') or a date ('12 August 2026') never speaks, whatever
    # construction an unseen document puts it in: the phrase before the bracket speaks, or no
    # one (unresolved, not wrong); a person whose name has a month or a page in it still speaks
    ("The inspector's summary (see Table 2) notes: \"Outcomes are good.\"",
     ["The inspector's summary"]),
    ("Dr Ann Fox's evidence (see page 8) states: \"The ward was short of nurses every night.\"",
     [None]),
    ("Mr Tom Hale's witness statement (para 12) says: \"I raised the alarm twice.\"",
     ["Tom Hale"]),
    ("The ombudsman's finding (section 4.2) reads: \"The council was at fault.\"",
     ["The ombudsman"]),
    ("The chair's statement (Appendix 1, page 3) adds: \"We met every target.\"",
     ["The chair"]),
    ("The Home Office letter of 12 August 2026 states that the funding is \"confirmed for two years\".",
     ["The Home Office letter"]),
    ("On 14 March 2026 the panel said: \"We will meet again in May.\"",
     ["the panel"]),
    ("Cllr June Hart said: \"The library will stay open.\" \"So will the pool,\" she added.",
     ["June Hart", "June Hart"]),
    ("Dr May Lee told the board on 2 June 2026 that waiting lists were \"finally falling\".",
     ["May Lee"]),
    ("April Stone, a parent at the school, said: \"Nobody told us about the change.\"",
     ["April Stone"]),
    ("Ms Jo Page, the clerk, said the meeting would \"start at seven sharp\".",
     ["Jo Page"]),
])
def test_a_cross_reference_or_a_date_never_speaks(nlp, passage: str, expected: list[str | None]) -> None:
    assert speakers(nlp, passage) == expected
