"""Typographic forms of direct quotation, through the production analysis path.

Every passage is invented. Each table is one form: a survey answer signed by a dash voice line,
guillemets, a straight single quote in a paragraph with no number in it, and (precision) a
short quoted term that words name as a term, and a title with its comma inside.
"""

from __future__ import annotations

import pytest

from extractor.quotes import is_title_like

from conftest import analysed_quotes


def quoted(nlp, text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in analysed_quotes(nlp, text)]


# a short answer with no full stop, then a dash and the voice it came from, as a list item
@pytest.mark.parametrize("line, quote, speaker", [
    ("\u2022 \u201cI didn\u2019t know who to call\u201d - parent", "I didn\u2019t know who to call", "parent"),
    ("\u2022 \u201cNobody explained the plan to us\u201d \u2013 carer", "Nobody explained the plan to us", "carer"),
    ("- \u201cThe nurse came back when she said she would\u201d \u2014 mother",
     "The nurse came back when she said she would", "mother"),
    ("\u2022 \u201cFinally someone listened\u201d \u2013 Year 9 pupil", "Finally someone listened", "Year 9 pupil"),
    ("\u2022 \u201cToo many forms and not enough help\u201d - grandparent",
     "Too many forms and not enough help", "grandparent"),
    ("* \"We never saw the same worker twice\" - father", "We never saw the same worker twice", "father"),
    ("\u2022 \u201cThe drop-in made all the difference\u201d (Parent, Hexham)",
     "The drop-in made all the difference", "Parent"),
    ("\u2022 \u201cI wish we had been told sooner\u201d \u2013 teacher", "I wish we had been told sooner", "teacher"),
    ("\u2022 \u201cIt felt like a safe place to talk\u201d \u2013 Year 11 student",
     "It felt like a safe place to talk", "Year 11 student"),
    ("\u2022 \u201cMore evening sessions please\u201d - resident", "More evening sessions please", "resident"),
    ("\u2022 \u201cClear advice and a named contact\u201d \u2013 health visitor",
     "Clear advice and a named contact", "health visitor"),
    ("\u2022 \u201cWe felt judged at the first meeting\u201d \u2013 parent of a child with SEND",
     "We felt judged at the first meeting", "parent of a child with SEND"),
])
def test_survey_answer_signed_by_a_dash_voice(nlp, line: str, quote: str, speaker: str) -> None:
    text = f"We asked families what had helped them most this year.\n\n{line}\n\nThe answers shaped the plan."
    assert quoted(nlp, text) == [(quote, speaker)]


# a title or a heading with a dash line after it is not a quote: the line names no voice
@pytest.mark.parametrize("line", [
    "\u2022 \u201cKeeping children safe at home\u201d \u2013 guidance for schools",
    "\u2022 \u201cSafer sleep for babies\u201d - leaflet",
    "\u2022 \u201cWorking with families\u201d \u2013 Chapter 3",
    "\u2022 \u201cEarly help in practice\u201d - briefing note, 2024",
    "\u2022 \u201cOnline safety for parents\u201d \u2013 webinar recording",
    "\u2022 \u201cneglect toolkit refresh\u201d \u2013 in progress",
    "\u2022 \u201cthink family\u201d approach \u2013 rolled out",
    "\u2022 \u201cdomestic abuse pathway\u201d - completed",
    "\u2022 \u201csafer recruitment\u201d \u2013 training module",
    "\u2022 \u201cvoice of the child\u201d audit - due in March",
])
def test_title_with_a_dash_line_is_no_quote(nlp, line: str) -> None:
    text = f"The partnership produced these resources this year.\n\n{line}\n\nAll are on the website."
    assert quoted(nlp, text) == []


# guillemets are quotation marks, spaced or not
@pytest.mark.parametrize("sentence, quote, speaker", [
    ("Marie Dubois said: \u00abWe have changed the way we work with families.\u00bb",
     "We have changed the way we work with families.", "Marie Dubois"),
    ("\u00abEvery child deserves a safe home,\u00bb said Paul Girard.", "Every child deserves a safe home,",
     "Paul Girard"),
    ("Anne Leclerc told the board: \u00ab We will publish the plan in the spring. \u00bb",
     "We will publish the plan in the spring.", "Anne Leclerc"),
    ("\u00abThe waiting lists are far too long,\u00bb Luc Martin said.", "The waiting lists are far too long,",
     "Luc Martin"),
    ("Sophie Morel added: \u00abNobody should wait a year for help.\u00bb",
     "Nobody should wait a year for help.", "Sophie Morel"),
    ("\u00abWe listened to parents first,\u00bb explained Claire Fabre, the head of service.",
     "We listened to parents first,", "Claire Fabre"),
    ("Hugo Lambert said \u00abthe service has never been busier\u00bb and thanked staff.",
     "the service has never been busier", "Hugo Lambert"),
    ("\u00abIt was a hard winter for everyone,\u00bb Julie Roux told the meeting.",
     "It was a hard winter for everyone,", "Julie Roux"),
    ("Nadia Benali wrote: \u00abThe families deserve a clear answer.\u00bb",
     "The families deserve a clear answer.", "Nadia Benali"),
    ("\u00abWe are proud of the team,\u00bb said Marc Petit, the chair.", "We are proud of the team,",
     "Marc Petit"),
])
def test_guillemets(nlp, sentence: str, quote: str, speaker: str) -> None:
    assert quoted(nlp, sentence + " The board agreed.") == [(quote, speaker)]


# a straight single quote in a paragraph with no digit and no number word is parsed too
@pytest.mark.parametrize("sentence, quote, speaker", [
    ("Tom Hart said: 'We will publish the plan soon and consult the schools.'",
     "We will publish the plan soon and consult the schools.", "Tom Hart"),
    ("'The families deserve better,' said Ruth Adeyemi.", "The families deserve better,", "Ruth Adeyemi"),
    ("Kim Osei told the panel: 'Staff are tired but they are proud.'", "Staff are tired but they are proud.",
     "Kim Osei"),
    ("'We listened and we changed,' Dan Price said.", "We listened and we changed,", "Dan Price"),
    ("Lena Fischer added: 'Nobody should wait this long for help.'",
     "Nobody should wait this long for help.", "Lena Fischer"),
    ("'It has been a hard winter,' admitted Joe Marsh, the director.", "It has been a hard winter,",
     "Joe Marsh"),
    ("Asha Patel said: 'The new team has made a real difference.'", "The new team has made a real difference.",
     "Asha Patel"),
    ("'We are sorry,' said Megan Lloyd, the head of service.", "We are sorry,", "Megan Lloyd"),
    ("Owen Burke wrote: 'The board must hear from families directly.'",
     "The board must hear from families directly.", "Owen Burke"),
    ("'Our staff went above and beyond,' said Grace Okafor.", "Our staff went above and beyond,",
     "Grace Okafor"),
])
def test_straight_single_quotes_without_numbers(nlp, sentence: str, quote: str, speaker: str) -> None:
    assert quoted(nlp, "The report was published on Tuesday.\n\n" + sentence) == [(quote, speaker)]


# a short quoted word held up as a term is a scare quote, not speech
@pytest.mark.parametrize("sentence", [
    "The so-called \u201crobust\u201d checks failed in the spring.",
    "The term \u2018neglect\u2019 covers many different things.",
    "Staff spoke of what is known as \u201cdrift\u201d in planning.",
    "A practice dubbed \u2018ghosting\u2019 was found in the team.",
    "The label \u201chard to reach\u201d was dropped from the plan.",
    "What was termed \u201cthe front door\u201d has been redesigned.",
    "The concept of \u201ccontextual safeguarding\u201d is now used widely.",
    "The so called \u201cwhole family\u201d model was tried in the east.",
    "This is sometimes referred to as \u201cadultification\u201d by practitioners.",
    "The acronym \u2018MASH\u2019 is used throughout the plan.",
    "Families were branded \u201cresistant\u201d in the old records.",
])
def test_named_terms_stay_out(nlp, sentence: str) -> None:
    assert quoted(nlp, sentence) == []


# but words someone used, or a phrase of theirs, stay quotes
@pytest.mark.parametrize("sentence, quote", [
    ("Parents used the word \u201cabandoned\u201d when they spoke to us.", "abandoned"),
    ("Ann Cole described the service as \u201cbroken and unsafe\u201d.", "broken and unsafe"),
])
def test_words_someone_used_stay(nlp, sentence: str, quote: str) -> None:
    assert [q for q, _ in quoted(nlp, sentence)] == [quote]


# a title keeps being a title with its comma inside the marks (American style); a full stop
# may end a slogan someone said, so it leaves the quote
@pytest.mark.parametrize("quote, title", [
    ("Fox Morning Show,", True),
    ("Evening News Hour,", True),
    ("State of the Union,", True),
    ("Working Together to Safeguard Children,", True),
    ("Learning from Child Q,", True),
    ("Contract with Parents,", True),
    ("Peace Through Strength.", False),
    ("Arrogant,", False),
    ("Thank you.", False),
    ("No.", False),
    ("We will do better.", False),
    ("It is not good enough,", False),
])
def test_punctuated_titles(quote: str, title: bool) -> None:
    assert is_title_like(quote) is title


# a plain-text file wraps its lines by hand: a short quote that ends a line whose sentence runs
# on to the next, lower-case line is no headline
@pytest.mark.parametrize("first, second, quote", [
    ("\u201cWe want to hear from every family,\u201d said the chair, who", "is 52.",
     "We want to hear from every family,"),
    ("\"The waiting list is too long,\" admitted the director, who", "took up the post in May.",
     "The waiting list is too long,"),
    ("\u201cWe listened to the children first,\u201d said Dan Price, who", "leads the youth panel.",
     "We listened to the children first,"),
    ("\"Nobody told us what would happen next,\" said one mother from", "the north of the county.",
     "Nobody told us what would happen next,"),
    ("\u201cStaff are tired but proud,\u201d said the head of service, adding", "that recruitment had improved.",
     "Staff are tired but proud,"),
    ("\"It felt like a safe place,\" one young person wrote in", "the comments box.",
     "It felt like a safe place,"),
    ("\u201cWe have changed the way we work,\u201d said Asha Patel, the", "new chair of the board.",
     "We have changed the way we work,"),
    ("\"The board must hear from families,\" said Owen Burke, whose", "own son was in care.",
     "The board must hear from families,"),
    ("\u201cThis was a hard winter for us,\u201d said the manager of", "the family centre in the town.",
     "This was a hard winter for us,"),
    ("\"We are proud of the team,\" said Megan Lloyd, who chairs", "the partnership this year.",
     "We are proud of the team,"),
])
def test_short_quote_on_a_hand_wrapped_line(nlp, first: str, second: str, quote: str) -> None:
    text = f"The panel met in the autumn.\n\n{first}\n{second}\n\nThe report follows."
    assert [q for q, _ in quoted(nlp, text)] == [quote]


# a quoted number, sign or one-letter code is a mark in a table or a key, never speech
@pytest.mark.parametrize("sentence", [
    "Numbers under 5 are shown as \u201c<5\u201d in the tables.",
    "Small counts are suppressed and marked \u201cc\u201d in the spreadsheet.",
    "Missing returns are shown as \u201c-\u201d in every column.",
    "Providers rated \u201c2*\u201d were visited again in the spring.",
    "A nil return is recorded as \u201c0\u201d rather than left blank.",
    "Rounded values are shown with \u201c~\u201d before the number.",
    "Cases still open are flagged \u201cx\u201d on the register.",
    "Figures marked \u201c*\u201d are provisional until the summer.",
    "Percentages above \u201c100%\u201d reflect children counted twice.",
    "The code \u201c3.2\u201d refers to the neglect category.",
    "Rows marked \u201c[z]\u201d do not apply to this area.",
])
def test_quoted_signs_are_no_quotes(nlp, sentence: str) -> None:
    assert quoted(nlp, "The data notes explain the tables.\n\n" + sentence) == []


# a blockquote (or a testimonial box) whose signature sits beside the quoted words in the same
# box: the words are kept as their own line, with the signature on the line under them
BOX_WORDS = "We had somewhere to go every day and the staff really listened to us."


@pytest.mark.parametrize("box", [
    "<blockquote>\u201c{q}\u201d<cite>Parent, Fareham</cite></blockquote>",
    "<blockquote>\u201c{q}\u201d<footer>Carer, Ashford</footer></blockquote>",
    "<blockquote>\u201c{q}\u201d<p>Young person, aged 14</p></blockquote>",
    "<blockquote>&ldquo;{q}&rdquo; <cite>Grandparent, Wick</cite></blockquote>",
    "<blockquote>\u201c{q}\u201d<br><cite>Mother of two, Leek</cite></blockquote>",
    "<blockquote>\u201c{q}\u201d<div>Year 8 pupil</div></blockquote>",
    "<div class=\"testimonial\">\u201c{q}\u201d<p>Foster carer, Bude</p></div>",
    "<blockquote>\"{q}\"<cite>Father, Selby</cite></blockquote>",
    "<blockquote>\u201c{q}\u201d<cite>Parent</cite> (summer survey)</blockquote>",
    "<blockquote><p>\u201c{q}\u201d</p>Young carer, 16</blockquote>",
])
def test_blockquote_words_beside_their_signature(nlp, box: str) -> None:
    from extractor.ingest.html import read_html

    body = ("<p>The summer clubs ran in every district this year and families told us what they "
            "thought of them in a short survey after the holidays.</p>"
            + box.format(q=BOX_WORDS)
            + "<p>The clubs will run again at Christmas, with more places in the north of the "
              "county where take-up was lowest this summer.</p>")
    page = f"<html><head><title>Summer clubs</title></head><body><article><h1>Summer clubs</h1>{body}</article></body></html>"
    text = read_html("a.html", page.encode()).text
    assert BOX_WORDS in text
    assert [q for q, _ in quoted(nlp, text)] == [BOX_WORDS]


# a question put to people (by the authors, a survey, or to those answering) is not their words
@pytest.mark.parametrize("sentence", [
    "We asked: \u201cIf you were worried about a friend, who would you tell?\u201d Most chose a parent.",
    "Pupils were asked \u201cDo you feel safe on the way home from school?\u201d and 41% said no.",
    "Our survey asked carers: \u201cWhat would make the biggest difference to you?\u201d",
    "The annual pupil survey asked: \u201cDo you know who to talk to online?\u201d",
    "We asked young people in every secondary school: \u201cWhere do you feel unsafe?\u201d",
    "Parents were asked, \u201cHow easy was it to get help when you needed it?\u201d",
    "The question \u201cWould you recommend the service to a friend?\u201d drew 300 answers.",
    "The consultation asked residents \u201cShould the family centre open at weekends?\u201d",
    "We also asked: \u201cHas anyone ever asked you how you are doing?\u201d",
    "Each child was asked \u201cWhat is the best thing about where you live?\u201d at the review.",
    "The questionnaire was \u201cWhat one thing would you change about school?\u201d",
])
def test_posed_questions_are_no_quotes(nlp, sentence: str) -> None:
    assert quoted(nlp, "The youth council ran the survey in the autumn.\n\n" + sentence) == []


# a question someone asks in their own voice stays their quote
@pytest.mark.parametrize("sentence, quote", [
    ("She asked: \u201cWhy did nobody come to help us?\u201d", "Why did nobody come to help us?"),
    ("The mother asked the panel: \u201cWhy did nobody come?\u201d", "Why did nobody come?"),
    ("\u201cWho is going to pay for this?\u201d asked Tom Hart.", "Who is going to pay for this?"),
    ("Ann Cole said: \u201cHow many more reviews do we need?\u201d", "How many more reviews do we need?"),
    ("One father wrote: \u201cWhy does every worker ask the same questions?\u201d",
     "Why does every worker ask the same questions?"),
    ("Ruth Adeyemi told the board: \u201cAre we really listening to children?\u201d",
     "Are we really listening to children?"),
    ("\u201cWhat happens when the funding ends?\u201d said Dan Price.", "What happens when the funding ends?"),
    ("Kim Osei wondered aloud: \u201cWho checks the checkers?\u201d", "Who checks the checkers?"),
    ("The councillor asked officers: \u201cWhen will the new team start?\u201d",
     "When will the new team start?"),
    ("\u201cIs this the best we can do?\u201d the chair, Megan Lloyd, asked.", "Is this the best we can do?"),
])
def test_own_questions_stay_quotes(nlp, sentence: str, quote: str) -> None:
    assert [q for q, _ in quoted(nlp, "The meeting was held in public.\n\n" + sentence)] == [quote]


# a category a record files things under, or a term whose meaning is asked, is a scare quote
@pytest.mark.parametrize("sentence", [
    "A further 410 children were recorded as \u201caway from home without leave\u201d last year.",
    "Most contacts were classed as \u201cno further action\u201d after screening.",
    "What does \u201con the register\u201d mean?",
    "Some 212 referrals were coded as \u201cconcerns about parenting capacity\u201d in the system.",
    "What is meant by \u201ca child in need\u201d?",
    "Visits were graded as \u201crequires improvement to be good\u201d by the inspectors.",
    "Cases were logged as \u201cadvice and information only\u201d in most months.",
    "The child was registered as \u201clooked after under a voluntary agreement\u201d in May.",
    "What do \u201cedge of care\u201d services mean for families?",
    "Around 30 incidents were flagged as \u201crepeat missing episode\u201d on the database.",
    "Drift is defined as \u201cdelay that does not serve the child\u201d in the guidance.",
    "The police record it as \u201cabsent\u201d and later upgrade it to \u201cmissing\u201d in some cases.",
    "Schools code them as \u201cauthorised absence\u201d when a parent rings in.",
])
def test_categories_and_asked_meanings_are_no_quotes(nlp, sentence: str) -> None:
    assert quoted(nlp, "The glossary explains the terms used.\n\n" + sentence) == []
