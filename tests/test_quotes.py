"""Quote spans: marks, apostrophes, nesting, open paragraphs, and what is not a quote."""

from __future__ import annotations

import pytest

from extractor.quotes import quote_spans, scan, words

from conftest import analysed_quotes


def texts(nlp, text: str) -> list[str]:
    """Quote texts of a passage as production finds them (ingest, `pipeline.to_doc`, quotes)."""
    return [q.text for q in analysed_quotes(nlp, text)]


@pytest.mark.parametrize("passage, expected", [
    # straight and curly double quotes, final ',' or '.' kept, marks dropped
    ('"We are not complacent," said Jill Ashdown.', ["We are not complacent,"]),
    ("\u201cWe are not complacent.\u201d", ["We are not complacent."]),
    # single curly quotes as the marks, with ’ also an apostrophe (letter’letter)
    ("She said: \u2018Child T\u2019s mum didn\u2019t know.\u2019 Then she left.",
     ["Child T\u2019s mum didn\u2019t know."]),
    # plural possessive s’ followed by a later closer stays inside the quote
    ("He said: \u2018The parents\u2019 views were heard at last.\u2019",
     ["The parents\u2019 views were heard at last."]),
    # a quote inside a quote stays inside one quote
    ("\u201cShe said, \u2018Nobody asked.\u2019 That is the review.\u201d",
     ["She said, \u2018Nobody asked.\u2019 That is the review."]),
    ('"A carer said to me, \'I found out at the gate,\' and that matters," she said.',
     ["A carer said to me, 'I found out at the gate,' and that matters,"]),
    # a cue in the middle splits the quote in two
    ('"We keep seeing it," she said. "Babies under one are at risk."',
     ["We keep seeing it,", "Babies under one are at risk."]),
    # partial quotes inside a reported sentence
    ('Cllr Westlake asked whether the fall was "real or just paperwork".',
     ["real or just paperwork"]),
    ("The panel described the analysis as \u201ccandid and well focused\u201d.",
     ["candid and well focused"]),
    # straight single quotes after a colon
    ("One young person told the group: 'I want my social worker to stay.'",
     ["I want my social worker to stay."]),
])
def test_quote_text(nlp, passage: str, expected: list[str]) -> None:
    assert texts(nlp, passage) == expected


@pytest.mark.parametrize("passage", [
    # headline scare quote (no sentence-final punctuation)
    "Serious incidents in Sunderland \u2018highest for five years\u2019, report reveals",
    # reported speech without quote marks
    "She said the group had considered 41 referrals, of which 29 did not meet the threshold.",
    # quoted review names and titles
    "Two reviews were published ('Child A' in September and 'Siblings B and C' in March).",
    "The \u2018Harry\u2019 review was published in May.",
    # titles of reports, campaigns and petitions, with their small words in lower case
    'The report, "Learning from Child Q", was published on Tuesday.',
    'The partnership launched "Safe from Harm Online" in May.',
    'The review, \u201cLessons into Practice\u201d, is on the website.',
    'A petition titled "Hands off Our Family Centre" was signed by 1,204 people.',
    'The "Life after Care" conference was held in June.',
    'Read "Working Together to Safeguard Children" for the guidance.',
    'The "Voices from the Front Door" survey had 300 replies.',
    'The campaign, "Think Before You Share", ran for six weeks.',
    # possessive apostrophes and a stray straight apostrophe
    "Officers' analysis attributes the rise to sibling groups; the children's plans rose.",
    # a link line in a page
    "READ MORE: Mum\u2019s tribute to \u2018funny, kind\u2019 son, 19, after crash",
])
def test_not_quotes(nlp, passage: str) -> None:
    assert texts(nlp, passage) == []


def test_open_quote_continues_into_next_quote_paragraph() -> None:
    text = ('X told councillors: "I won\'t pretend these numbers are easy.\n\n'
            '"Behind every notification there is a child.\n\n'
            '"Partners came to the table quickly."\n\nThe meeting ended.')
    spans = quote_spans(text)
    assert [text[s.start:s.end] for s in spans] == [
        "I won't pretend these numbers are easy.",
        "Behind every notification there is a child.",
        "Partners came to the table quickly."]
    assert [s.closed for s in spans] == [False, False, True]
    assert spans[1].opens_paragraph and not spans[0].opens_paragraph


def test_open_quote_carries_over_a_wrapped_line(nlp) -> None:
    text = '"Every referral represents a child who has been\nbadly hurt, and I never forget it."'
    assert texts(nlp, text) == ["Every referral represents a child who has been\nbadly hurt, "
                           "and I never forget it."]


def test_pull_quote_repeating_a_quote_is_one_quote(nlp) -> None:
    text = ('Ms Lee said: "We can only learn if people feel safe enough to tell us."\n\n'
            '"We can only learn if people feel safe enough to tell us."\n\u2014 Ann Lee, Chair')
    assert len(scan(text)) == 2
    assert texts(nlp, text) == ["We can only learn if people feel safe enough to tell us."]


def test_offsets_point_into_the_text() -> None:
    text = 'Intro.\n\n"First part," he said. \u201cSecond part.\u201d'
    for span in quote_spans(text):
        assert text[span.start:span.end] in ("First part,", "Second part.")
        assert text[span.open_at] in '"\u201c'


def test_words_match_the_scoring_tokenisation() -> None:
    assert words("Child L\u2019s mum didn't, \u2018know\u2019.") == ["child", "l's", "mum",
                                                                  "didn't", "know"]


@pytest.mark.parametrize("passage, expected", [
    # a nested quote ends the paragraph: '… for a crime.’”' is a finished sentence
    ("\u201cNo short answer,\u201d Ms Kerr said. \u201cThe rule is \u2018only for a crime.\u2019\u201d",
     ["No short answer,", "The rule is \u2018only for a crime.\u2019"]),
    ('"Short," said Ms Dale. "He told us, \'Never again.\'"',
     ["Short,", "He told us, 'Never again.'"]),
    ("\u201cYes,\u201d said Dr Obi. \u201cShe said \u2018call me,\u2019\u201d",
     ["Yes,", "She said \u2018call me,\u2019"]),
    # a bracketed aside ends the paragraph after a finished sentence
    ('"It was common ground," said Ann Rees. (Ms Rees now chairs the board.)',
     ["It was common ground,"]),
    ('"We met twice," said Tom Hale, the lead. (He has since retired.)', ["We met twice,"]),
    ("\u201cIt was late,\u201d Jo Orr said. (The report came out in May.)", ["It was late,"]),
    ("\u201cWe listened,\u201d said Kim Lowe [the chair].", ["We listened,"]),
    # a headline with a quote still is one, whatever closes it
    ("Council \u2018failed\u2019 families (report)", []),
    ("Chair says \u2018lessons learned\u2019", []),
])
def test_paragraph_ending_in_closing_marks(nlp, passage: str, expected: list[str]) -> None:
    assert texts(nlp, passage) == expected


@pytest.mark.parametrize("passage, expected", [
    # a curly double quote inside a curly double quote stays inside the outer one
    ("\u201cI would rather live in what he calls \u201chell\u201d than give up,\u201d she said.",
     ["I would rather live in what he calls \u201chell\u201d than give up,"]),
    ("\u201cThey call it \u201cearly help\u201d but it comes late.\u201d",
     ["They call it \u201cearly help\u201d but it comes late."]),
    ("Ms Hale said: \u201cThe word \u201csafe\u201d appears 40 times.\u201d",
     ["The word \u201csafe\u201d appears 40 times."]),
    ("\u201cHe told me \u201cgo home\u201d and I did,\u201d said Jo Orr.",
     ["He told me \u201cgo home\u201d and I did,"]),
    ("\u201cA \u201cplan\u201d and a \u201cteam\u201d are not enough.\u201d",
     ["A \u201cplan\u201d and a \u201cteam\u201d are not enough."]),
    ("\u201cWe heard \u201cwait\u201d,\u201d Dr Obi said. \u201cThen nothing.\u201d",
     ["We heard \u201cwait\u201d,", "Then nothing."]),
    # ... while quotes side by side stay two quotes
    ("She called it \u201cslow\u201d and \u201cunfair\u201d in her letter.", ["slow", "unfair"]),
    ("\u201cFirst,\u201d she said, \u201csecond.\u201d", ["First,", "second."]),
])
def test_nested_curly_quotes(nlp, passage: str, expected: list[str]) -> None:
    assert texts(nlp, passage) == expected


def test_nesting_stays_on_the_outer_quotes_line(nlp) -> None:
    # a quote left open on the line above (a typo'd closing mark) does not swallow the next
    # quote: its opening mark is no nested quote
    text = ("They ruled it \u201cMostly False.\u201c\nThe rate is lower.\n"
            "Dr Obi asked, \u201cWhy the change?\u201d She left the room.")
    assert not any("She left" in q for q in texts(nlp, text))


@pytest.mark.parametrize("passage, expected", [
    # a reference mark after a sentence ('.[10]', '.[4][11]', '.¹', '.(3)') still ends it: the
    # paragraph is prose, not a headline, and its short partial quote is someone's words
    ('Ofsted found that "plans are not always updated".[10]', ["plans are not always updated"]),
    ('The review called the service "stretched thin".[4][11]', ["stretched thin"]),
    ('Inspectors said leaders were "too slow to act".\u00b9', ["too slow to act"]),
    ('The board described it as "a turning point".(3)', ["a turning point"]),
    ('In 2019 the council said the plan was "on track".[note 2]', ["on track"]),
    ('The panel found staff "rarely saw the child alone".[a]', ["rarely saw the child alone"]),
    ('The inspectors wrote that "leaders know their services well".[12] They graded it good.[13]',
     ["leaders know their services well"]),
    ('A 2022 survey found carers felt "largely unheard".\u00b2\u00b3', ["largely unheard"]),
    # a heading with a scare quote and a number in brackets is still a heading
    ('Why "early help" matters (2)', []),
])
def test_a_reference_mark_ends_a_sentence(nlp, passage: str, expected: list[str]) -> None:
    assert texts(nlp, passage) == expected


@pytest.mark.parametrize("passage, expected", [
    # a reference list entry opens on a quoted title with the publication and a year after it:
    # a title, not words someone said
    ('References\n1. "Small steps: family help in the city". Local Government Weekly, 3 May 2018.', []),
    ('Notes\n16. "Five questions for the director". Care Today, 9 June 2022, pp. 22-23.', []),
    ('[3] "Why caseloads matter," Social Work Review 12 (2019): 4-9.', []),
    ('^ "Council names new director". Evening Post. 4 March 2026. Retrieved 5 March 2026.', []),
    ('2) "The long wait for help". BBC News, 12 January 2024.', []),
    ('7. Hale, A. and Cole, B. (2021). "Thresholds in practice". Child Care Journal, 9(2).', []),
    ('4. "A service in miniature", Municipal Journal, 2017, p. 12.', []),
    ('[12] "Unaccompanied children: the numbers". The Guardian, 30 June 2016.', []),
    # a numbered list of things people said is still quotes
    ('What parents told us:\n1. "Nobody rang me back when I called in May."', ["Nobody rang me back when I called in May."]),
    ('Findings\n2. The review found that "no one held the whole picture" in 2023.',
     ["no one held the whole picture"]),
])
def test_a_quoted_title_in_a_reference_list(nlp, passage: str, expected: list[str]) -> None:
    assert texts(nlp, passage) == expected


@pytest.mark.parametrize("text, kept", [
    # a short phrase after a determiner that repeats words quoted before names those words
    # ('the "small number of cases"'); it is no new quote. Without the determiner, or when
    # the words are new, it stays
    ('The report said "in a few cases the plan was never shared with the family". '
     'Q: How many were the \'few cases\'?', 1),
    ('Inspectors found practice "strong but stretched in places". Members asked about the "stretched in places" finding.', 1),
    ('Dr Ann Fox said the delays were "a failure of everyone involved". This "failure of everyone" is now being audited.', 1),
    ('The charity called the gap "a postcode lottery for children". Ministers rejected that "postcode lottery" claim.', 1),
    ('Ms Jo Reid said staff were "tired but committed". Their "tired but committed" staff need support, she added.', 1),
    ('The review said "no single agency held the whole picture". How will the board fix these "whole picture" gaps?', 1),
    ('Mr Ben Cole said: "Families need time." Later he said families "need time".', 2),
    ('The report said "too slow". Its authors called the plan "a good start".', 2),
    ('Cllr Ann Hale called it "a plan for every child". She later called the "plan" new.', 2),
])
def test_a_named_phrase_repeating_a_quote_is_no_new_quote(nlp, text: str, kept: int) -> None:
    assert len(texts(nlp, text)) == kept
