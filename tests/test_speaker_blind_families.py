"""Speaker constructions behind the blind sets' first-sight errors (docs/blind_speaker_errors.md).

Each table is one construction of English that an earlier fix met in a single wording, written
here in other wordings and other settings (invented multi-speaker passages, never a corpus
document's wording), run through the production analysis path (`pipeline.to_doc` +
`quotes.find_quotes`, as tests/test_speaker_local_news.py does). The expected list is every
quote's speaker, in order, exactly as the tool should write it.
"""

from __future__ import annotations

import pytest

from conftest import analysed_quotes


def speakers(nlp, passage: str) -> list[str | None]:
    return [q.speaker for q in analysed_quotes(nlp, passage)]


@pytest.mark.parametrize("passage, expected", [
    # a closing cue before an office written as a title without 'the' ('said Chair of Governors
# X', 'said Parish Clerk X'), the name then set off by a clause ('who …', 'whose …'): the name
# speaks, neither the office's last word nor the clause is part of it
    ("\"We asked every family what they wanted,\" said Chair of Governors Lena Holt, who was elected in May. \"Not what we thought they wanted,\" she added.",
     ["Lena Holt", "Lena Holt"]),
    ("Cllr Raj Gill asked about the waiting list. \"It is too long and we know it,\" said Head of Admissions Carl Voss, who joined the council last year.",
     ["Carl Voss"]),
    ("\"We will not close a single centre,\" said Cabinet Member for Children Ayesha Malik, who represents Hillfield ward. Opposition leader Gary Stone said: \"We will hold her to that.\"",
     ["Ayesha Malik", "Gary Stone"]),
    ("\"Nobody warned us the road would shut,\" said Parish Clerk Tom Udall, who has served the village for ten years. Resident Mary Pole agreed: \"Not a single letter came.\"",
     ["Tom Udall", "Mary Pole"]),
    ("\"It is a start, not an end,\" said Director of Public Health Omar Shah, whose team wrote the report. \"The next step is schools,\" he said.",
     ["Omar Shah", "Omar Shah"]),
    ("\"The pool will reopen in June,\" said Leisure Services Manager Beth Cole, who oversaw the repairs. Swimmer Jon Ray said: \"I will believe it when I see it.\"",
     ["Beth Cole", "Jon Ray"]),
    ("\"Demand has doubled since the spring,\" said Volunteer Coordinator Ruth Amos, who started the scheme in 2019. Trustee Paul Ives said the charity would recruit more help. \"We need twenty more drivers,\" he said.",
     ["Ruth Amos", "Paul Ives"]),
    ("\"Every pupil was accounted for,\" said Chair of Trustees Helen Park, who was at the school that morning. Headteacher Mo Aziz added: \"The staff were outstanding.\"",
     ["Helen Park", "Mo Aziz"]),
    ("\"The clinic will open on Saturdays from March,\" said Practice Manager Sue Bright, who has run the surgery for a decade. Patient Alan Fry said: \"That makes a real difference to working parents.\"",
     ["Sue Bright", "Alan Fry"]),
    ("\"We had to make the numbers add up,\" said Chair of Finance Dev Rao, who took over the budget in April. \"And they now do,\" said Deputy Leader Nora Kemp, who signed it off.",
     ["Dev Rao", "Nora Kemp"]),
    ("\"Every call is answered within a minute,\" said Contact Centre Manager Zoe Lamb, who leads a team of forty. Cllr Ed Vane, who sits on the scrutiny panel, said: \"The figures say otherwise.\"",
     ["Zoe Lamb", "Ed Vane"]),
])
def test_a_closing_cue_before_an_office_and_a_name_set_off_by_a_clause(nlp, passage: str,
                                                                      expected: list[str]) -> None:
    assert speakers(nlp, passage) == expected


@pytest.mark.parametrize("passage, expected", [
    # a cross-reference in brackets after the subject ('(Annex C)', '(Table 3)', '(page 4)') is
# never the speaker nor part of a name: the document speaks as written, a person's statement
# is the person's; a person's name in brackets after an office still names the holder
    ("The head teacher's report (Annex C) says: \"Attendance is the best it has been.\" Parent governor Lily Shaw said: \"Parents have noticed.\"",
     ["The head teacher's report", "Lily Shaw"]),
    ("The manager's report (Appendix B) states: \"Waiting lists fell in every quarter.\" Cllr Tom Beck said: \"That is welcome news.\"",
     ["The manager's report", "Tom Beck"]),
    ("The nurse's review (Table 3) found that \"no baby was missed\". Dr Amy Lowe said: \"That is what we aim for.\"",
     ["The nurse's review", "Amy Lowe"]),
    ("The auditor's report (Annex 4) concludes that \"controls were weak\". The finance director, Ian Holt, said: \"We have fixed them.\"",
     ["The auditor's report", "Ian Holt"]),
    ("The coroner's report (section 4) found that \"the risk was not shared\". The trust's medical director, Dr Jo Pike, said: \"We accept that.\"",
     ["The coroner's report", "Jo Pike"]),
    ("The warden's incident report (page 7) states that \"the gate was left open twice\". Resident Sam Ford said: \"We told them in June.\"",
     ["The warden's incident report", "Sam Ford"]),
    ("The review (Table 4) concludes that the plan was \"never properly tested\". Cllr Ann Ross said: \"Then we test it now.\"",
     ["The review", "Ann Ross"]),
    ("The chair (Dr Ann Fox) said: \"We will publish the plan in May.\" Cllr Ben Hill replied: \"May is too late.\"",
     ["Ann Fox", "Ben Hill"]),
    ("The new director (Sam Ortiz) told the board: \"We start on Monday.\" The chair, Eve Lund, said: \"Good luck to him.\"",
     ["Sam Ortiz", "Eve Lund"]),
    ("The inspectors' letter (Annex A) says the home is \"warm and well run\". Its manager, Kate Moss, said: \"The staff earned that.\"",
     ["The inspectors", "Kate Moss"]),
    ("The consultant's evaluation (Appendix 2) says: \"The pilot paid for itself.\" Cabinet member Jo Dunn said: \"So we will extend it.\"",
     ["The consultant's evaluation", "Jo Dunn"]),
])
def test_a_bracketed_cross_reference_after_the_subject_is_no_name(nlp, passage: str,
                                                                  expected: list[str]) -> None:
    assert speakers(nlp, passage) == expected


@pytest.mark.parametrize("passage, expected", [
    # a speaker who reads a document's words out ('let me read it out', 'I'll read from the plan',
# 'I'm going to read from it', 'let me read it aloud') as well as quoting it: the document speaks
# (the last one named for 'it'), whoever's turn it is; the one who answers speaks for herself, and
# 'read' that reads nothing out ('I read every page of it') is no cue for a document
    ("[00:01:10] ANN LOWE: In your annual report you make a strong claim. Let me read it out: \"Every child is seen within a day.\" Is that true?\n\n[00:01:20] RAJ DEV: It is. We check it every week.",
     ["the report"]),
    ("PAT KIRK: The plan says something interesting. I'll read it: \"No family will wait more than a week.\" Can you deliver that?\nLEE HART: We can.",
     ["the plan"]),
    ("HOST: The review came out on Tuesday. I'm going to read from it: \"No agency had the whole picture.\" What changed?\nGUEST: A lot.",
     ["the review"]),
    ("HOST: Your letter says the backlog is gone. Let me read it aloud: \"No family now waits longer than a week.\" Is that so?\nCLLR WEST: It is.",
     ["the letter"]),
    ("PRESENTER: I want to read from the strategy: \"Every school will have a counsellor by 2028.\" Will they?\nDR COLE: Most will.",
     ["the strategy"]),
    ("[00:10:05] MEG RAY: The inspection was blunt. I'll read it to you: \"Leaders did not know their service.\" Do you accept that?\n[00:10:20] TIM COX: I do.",
     ["the inspection"]),
    ("INTERVIEWER: The audit is short. We'll read it out in full: \"Spending on placements was not controlled.\"\nCLLR AMIS: That was last year.",
     ["the audit"]),
    ("Q: Your own assessment is stark. Let me read it: \"Half of our homes are not fit for children.\" Why?\nA: We inherited them.",
     ["the assessment"]),
    ("Cllr Joy Hart held up the paper. \"I read every page of it and it still makes no sense,\" she said. The director, Sam Ives, replied: \"Then we will rewrite it.\"",
     ["Joy Hart", "Sam Ives"]),
    ("HOST: The minutes are public. I'm reading from them now: \"The chair thanked the staff for their work.\" Is that all that was said?\nGUEST: No.",
     ["the minutes"]),
    ("At the hearing, the chair read from the judgment: \"The plan was never tested.\" Counsel for the council, Amy Roe, said: \"We accept that.\"",
     ["the judgment", "Amy Roe"]),
])
def test_a_document_read_out_speaks_whatever_the_verb(nlp, passage: str, expected: list[str]) -> None:
    assert speakers(nlp, passage) == expected
