"""Numbers of a text's apparatus are no figures: a paragraph's number glued to its first word, a
ranked list of links run into a paragraph, a sentence in another language (a bilingual text's
repeat), a study's statistics, a citation of a case, a paper, a journal or a file, a text's length,
a person's age at a step of a career, a count said for effect, a body's size beside those present,
the half of 'a day and a half'. Beside each, a close sentence whose number stays a figure.
Invented sentences through the production path (ingest -> pipeline -> find_figures, rules only);
the number under test is marked ⟦...⟧."""

from __future__ import annotations

import pytest

from extractor.figures.language import is_foreign
from extractor.figures.reject import (
    AFFILIATION, CITATION, COUNTING, DEFINITION, DOC_ITEMS, FOREIGN, HALF_WHOLE, LENGTH, LIST_ITEM, MEMBERSHIP, NAME,
    PERSON_AGE,
    PAGE_MARK, RANK, REFERENCE, SCALE_KEY, SPAN, STATISTIC,
)
from extractor.ingest import load

from tests.test_reject_prose import _check  # one reading of a marked number

HALF = "a time, not a share ('the second half')"


# a paragraph's number glued to its first word, at a line's start or after a sentence's end
GLUED_PARAGRAPHS = [
    ("The complaint\n⟦4⟧.Mrs D said the school had not passed on her concerns.", LIST_ITEM),
    ("Background\n⟦11⟧.The partnership met six times during the year.", LIST_ITEM),
    ("What I found\n⟦23⟧.I have read the case records and the chronology.", LIST_ITEM),
    ("The investigation ended. ⟦7⟧.We asked the trust for its records.", LIST_ITEM),
    ("Agreed action\n⟦31⟧.Within two months the council will write to Ms K.", LIST_ITEM),
    ("Findings\n⟦9⟧.B was aged 4 when the referral was made.", LIST_ITEM),
    ("Decision\n⟦40⟧.In its reply the board accepted the findings.", LIST_ITEM),
    ("Summary\n⟦2⟧.Mr T complained about the assessment.", LIST_ITEM),
    # kept: the counts inside those paragraphs, and a count glued to the next sentence
    ("Background\n11.The partnership held ⟦38⟧ strategy discussions in the year.", None),
    ("The number of children on plans rose to ⟦352⟧.Most were for neglect.", None),
    ("Findings\n9.The council received ⟦146⟧ complaints about children's services.", None),
    ("Summary\n2.Mr T said ⟦14⟧ visits had been missed.", None),
]


@pytest.mark.parametrize("marked, reason", GLUED_PARAGRAPHS)
def test_a_paragraph_number_glued_to_its_word_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# a ranked list of links run into the paragraph before it: the whole tail is a promo, dropped by
# the ingest cleaner (so its numbers never reach the text)
RANKED_LISTS = [
    ("Call the newsroom on 0300 555 0101. Most read: 1. Bypass works to last 9 months 2. Fair returns 3. Exam tips",
     "Most read"),
    ("Write to us at the usual address. Most popular: 1. New pool opens 2. 40 jobs go at depot 3. Market moves",
     "Most popular"),
    ("Letters may be edited. Trending: 1. Bus lane fines 2. 12 homes planned 3. Road closed",
     "Trending"),
    ("The editor's decision is final. Most viewed: 1) Shop closes 2) 3 arrested 3) Carnival date set",
     "Most viewed"),
    ("Thanks for reading. Top stories: 1. Rail strike 2. Hospital wait of 18 weeks 3. Park reopens",
     "Top stories"),
    ("Comments are closed. Popular now: 1. School wins award 2. 25 new flats 3. Fire at farm",
     "Popular now"),
    ("Subscribe for £1 a week. Most shared: 1. Lost dog found 2. 6 bands for festival 3. Weather warning",
     "Most shared"),
    ("Share your views. Most commented: 1. Parking charges 2. 30mph zone 3. Bin days change",
     "Most commented"),
]


@pytest.mark.parametrize("text, heading", RANKED_LISTS)
def test_a_ranked_list_run_into_a_paragraph_is_dropped(text, heading):
    kept = load("t.txt", text.encode("utf-8")).text
    assert heading not in kept and kept.strip() == text[:text.index(heading)].strip()


def test_a_paragraph_with_a_ranked_word_in_it_is_kept():
    text = "The service was rated the most popular of 1. The survey had 400 replies."
    assert load("t.txt", text.encode("utf-8")).text == text


# a sentence in another language: enough lower-case words and few English function words
FOREIGN_SENTENCES = [
    ("Roedd 52 o blant ar y gofrestr amddiffyn plant ar ddiwedd mis Mawrth, i lawr o 60 y llynedd.", True),
    ("Mae'r cyngor wedi derbyn 1,204 o atgyfeiriadau yn ystod y flwyddyn, sef cynnydd o 8%.", True),
    ("Bydd y bwrdd yn cyhoeddi dau adolygiad ymarfer plant yn ystod y gwanwyn nesaf.", True),
    ("Le conseil a reçu 340 signalements pendant l'année, et la plupart concernaient des enfants de moins de cinq ans.",
     True),
    ("El consejo recibió 215 denuncias durante el año y la mayoría de los casos se cerraron en un mes.", True),
    ("Derbyniodd y gwasanaeth 900 o gysylltiadau a chafodd 75% ohonynt ymateb o fewn diwrnod gwaith.", True),
    ("Cafodd 41 o blant eu tynnu oddi ar y gofrestr yn ystod y chwarter diwethaf.", True),
    ("Roedd gan 310 o blant gynllun gofal a chymorth ar ddiwedd y flwyddyn ariannol.", True),
    # English: prose, a heading, a table row, a list of noun phrases, a short Welsh name in English
    ("There were 52 children on the child protection register at the end of March, down from 60.", False),
    ("The council received 1,204 referrals during the year, an increase of 8% on the year before.", False),
    ("Children's Services Performance Report Quarter Three Summary Of Key Indicators 2025", False),
    ("Referrals 1,204 1,118 8% Assessments 1,002 977 3% Plans 310 296 5%", False),
    ("data quality issues identified; action plan agreed; audit scheduled; training delivered", False),
    ("The Teulu Cymru service in Ynys Môn received 640 contacts and answered most within a day.", False),
    ("Bore da.", False),
    ("Local authority designated officer referrals increased substantially following awareness training sessions.",
     False),    # noun-heavy English with hyphenated and possessive words: each is one word, not three
    ("Auditors dip-sampled 50 referrals to children's social care.", False),
    ("Multi-agency step-down plans, re-referral rates and agency social-worker caseloads rose.", False),
    ("Case-file audits: 12 re-opened cases, children's records, out-of-area placements checked.", False),
]


@pytest.mark.parametrize("sentence, foreign", FOREIGN_SENTENCES)
def test_a_sentence_in_another_language_is_told_from_english(sentence, foreign):
    assert is_foreign(sentence) is foreign


BILINGUAL = [
    ("Roedd ⟦52⟧ o blant ar y gofrestr amddiffyn plant ar ddiwedd mis Mawrth, i lawr o 60 y llynedd.\n"
     "There were 52 children on the child protection register at the end of March, down from 60.", FOREIGN),
    ("Mae'r cyngor wedi derbyn ⟦1,204⟧ o atgyfeiriadau yn ystod y flwyddyn, sef cynnydd o 8%.\n"
     "The council received 1,204 referrals in the year, an increase of 8%.", FOREIGN),
    ("Mae'r cyngor wedi derbyn 1,204 o atgyfeiriadau yn ystod y flwyddyn, sef cynnydd o ⟦8%⟧.\n"
     "The council received 1,204 referrals in the year, an increase of 8%.", FOREIGN),
    ("Bydd y cyngor yn buddsoddi ⟦£300,000⟧ ychwanegol yn y gwasanaeth yn ystod y flwyddyn nesaf.\n"
     "The council will invest an extra £300,000 in the service next year.", FOREIGN),
    ("Cafodd ⟦41⟧ o blant eu tynnu oddi ar y gofrestr yn ystod y chwarter diwethaf.\n"
     "41 children were removed from the register in the last quarter.", FOREIGN),
    ("Le conseil a reçu ⟦340⟧ signalements pendant l'année, et la plupart concernaient des enfants de moins de cinq ans.\n"
     "The council received 340 referrals in the year.", FOREIGN),
    ("Roedd gan ⟦310⟧ o blant gynllun gofal a chymorth ar ddiwedd y flwyddyn ariannol.\n"
     "310 children had a care and support plan at the end of the financial year.", FOREIGN),
    ("Derbyniodd y gwasanaeth ⟦900⟧ o gysylltiadau a chafodd 75% ohonynt ymateb o fewn diwrnod gwaith.\n"
     "The service received 900 contacts and 75% had a response within a working day.", FOREIGN),
    # kept: the English sentence's numbers
    ("Roedd 52 o blant ar y gofrestr amddiffyn plant ar ddiwedd mis Mawrth, i lawr o 60 y llynedd.\n"
     "There were ⟦52⟧ children on the child protection register at the end of March, down from 60.", None),
    ("Cafodd 41 o blant eu tynnu oddi ar y gofrestr yn ystod y chwarter diwethaf.\n"
     "⟦41⟧ children were removed from the register in the last quarter.", None),
    ("During the year ⟦97⟧ children were placed on the register.", None),
]


@pytest.mark.parametrize("marked, reason", BILINGUAL)
def test_a_number_in_another_language_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# a study's statistics: the finding's counts and shares stay figures
STATISTICS = [
    ("Neglect was associated with a previous plan (odds ratio ⟦1.9⟧, 95% CI 1.2 to 2.8).", STATISTIC),
    ("Neglect was associated with a previous plan (odds ratio 1.9, ⟦95%⟧ CI 1.2 to 2.8).", STATISTIC),
    ("Neglect was associated with a previous plan (odds ratio 1.9, 95% CI ⟦1.2⟧ to 2.8).", STATISTIC),
    ("Neglect was associated with a previous plan (odds ratio 1.9, 95% CI 1.2 to ⟦2.8⟧).", STATISTIC),
    ("The difference was significant (p < ⟦0.01⟧).", STATISTIC),
    ("Agreement between the two coders was good (Cohen's kappa ⟦0.74⟧).", STATISTIC),
    ("Risk of re-referral was lower after the pilot (hazard ratio of ⟦0.62⟧).", STATISTIC),
    ("Caseload and sickness were correlated (r = ⟦0.41⟧).", STATISTIC),
    ("The p-value was ⟦0.03⟧ for the comparison of the two groups.", STATISTIC),
    ("Workers reported their wellbeing (mean 6.2; SD ⟦1.4⟧).", STATISTIC),
    # kept: the study's findings
    ("Neglect featured in ⟦58%⟧ of the reviews (odds ratio 1.9, 95% CI 1.2 to 2.8).", None),
    ("Repeat plans fell from 24% to ⟦19%⟧ (p = 0.04).", None),
    ("We analysed ⟦312⟧ reviews; agreement between coders was good (kappa 0.8).", None),
    ("The rate was ⟦41.6⟧ per 10,000 children, against 42.1 in England.", None),
]


@pytest.mark.parametrize("marked, reason", STATISTICS)
def test_a_statistic_of_a_study_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# a citation of a court case, a parliamentary paper, a journal or a case file
CITATIONS = [
    ("The court followed Re B-S (Children) [2013] EWCA Civ ⟦1146⟧ on the evidence needed.", CITATION),
    ("Neutral citation number: [2025] EWFC ⟦388⟧ (B)", CITATION),
    ("The judge applied Re B (Care Proceedings: Appeal) [2013] UKSC ⟦33⟧ to the threshold.", CITATION),
    ("As the court said in Re W [2016] EWHC ⟦1432⟧ (Fam), the plan must be realistic.", CITATION),
    ("Reported at [2015] 2 FLR ⟦712⟧, the decision is often cited.", CITATION),
    ("Written evidence submitted to the committee, HC ⟦845⟧, was published in June.", CITATION),
    ("See the command paper Cm ⟦9912⟧ for the government's response.", CITATION),
    ("Child Abuse Review, 2024, 33(2): ⟦145⟧-162.", CITATION),
    ("Read the full study at doi:⟦10.1002⟧/car.2871 for the methods.", CITATION),
    ("Complaint against Example Borough Council (⟦21⟧ 004 512)", CITATION),
    # kept: the judgment's and the paper's figures
    ("The court heard that ⟦412⟧ children were in proceedings ([2013] EWCA Civ 1146 applied).", None),
    ("The committee's report (HC 845) found ⟦41⟧ reviews were late.", None),
    ("The council received ⟦1,204⟧ referrals (2024/25), 3% more than the year before.", None),
    ("There were ⟦312⟧ plans at 31 March (2023/24: 290).", None),
]


@pytest.mark.parametrize("marked, reason", CITATIONS)
def test_a_citation_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# the later numbers of a list run into one line: '(1) AB (2) CD'
RUN_IN_LISTS = [
    ("Between: Example Borough Council (Applicant) and (1) JK (⟦2⟧) LM (Respondents)", LIST_ITEM),
    ("The parties: (1) the local authority (⟦2⟧) the mother (3) the father", LIST_ITEM),
    ("The parties: (1) the local authority (2) the mother (⟦3⟧) the father", LIST_ITEM),
    ("Respondents: (1) PQ (⟦2⟧) RS (3) TU (by their guardian)", LIST_ITEM),
    ("Interveners: (1) the school (⟦2⟧) the health trust", LIST_ITEM),
    ("Parties (1) Mrs A (⟦2⟧) Mr A (3) the child", LIST_ITEM),
    ("Applicants (1) CB (⟦2⟧) DB", LIST_ITEM),
    ("Claimants: (1) EF (⟦2⟧) GH (3) IJ (4) KL", LIST_ITEM),
    # kept: a bracketed count after a count
    ("The board received 9 notifications (up from ⟦6⟧) in the year.", None),
    ("There were 40 referrals (1) and ⟦12⟧ assessments.", None),
]


@pytest.mark.parametrize("marked, reason", RUN_IN_LISTS)
def test_a_run_in_list_number_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# a text's length, a person's age at a step of a career, a count said for effect, a body's size
# beside those present, the half of an amount with a half
SAYINGS = [
    ("Letters should be no longer than ⟦250⟧ words and may be edited.", LENGTH),
    ("Responses are limited to ⟦500⟧ words per question.", LENGTH),
    ("Submissions of up to ⟦1,000⟧ words are welcome.", LENGTH),
    ("Each comment may be at most ⟦280⟧ characters long.", LENGTH),
    ('"I qualified as a social worker at ⟦23⟧, and I have never regretted it," he said.', PERSON_AGE),
    ("She began as a family support worker at ⟦18⟧ and became a director in 2019.", PERSON_AGE),
    ('"I became a foster carer at ⟦30⟧," she says.', PERSON_AGE),
    ("He joined as an apprentice at ⟦16⟧.", PERSON_AGE),
    ('"Some have had four, ⟦five⟧, six placements in a year," she said.', COUNTING),
    ('"They have had three, four, ⟦five⟧ schools," he said.', COUNTING),
    ("Children told us they had seen 5, ⟦6⟧, 7 different workers.", COUNTING),
    ("The meeting was quorate (3 of ⟦6⟧ members present).", MEMBERSHIP),
    ("The panel was quorate with five of ⟦eight⟧ members present.", MEMBERSHIP),
    ("The committee was quorate, with 4 of ⟦7⟧ councillors present.", MEMBERSHIP),
    ("The social worker gave evidence over a day and ⟦a half⟧.", HALF),
    ("The visit lasted an hour and ⟦a half⟧.", HALF),
    ("Children in care for more than ⟦two⟧ and a half years were counted.", HALF_WHOLE),
    ("The average wait was ⟦3⟧ and a half months.", HALF_WHOLE),
    # kept
    ("The council received ⟦250⟧ letters and replied to most.", None),
    ("The service started at ⟦19⟧ schools in the first year.", None),
    ("Referrals started the year at ⟦412⟧, and ended it at 380.", None),
    ("There were 3, 4 and ⟦5⟧ reviews in the three years.", None),
    ("The board has ⟦12⟧ members and met six times.", None),
    ("⟦Half⟧ of the plans were for neglect.", None),
]


@pytest.mark.parametrize("marked, reason", SAYINGS)
def test_a_length_age_or_saying_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# a date with a Welsh month in a bilingual heading or line
WELSH_DATES = [
    ("Pwyllgor Craffu / Scrutiny Committee - ⟦14⟧ Ionawr / January 2027", REFERENCE),
    ("Dyddiad / Date: ⟦3⟧ Chwefror / February 2026", REFERENCE),
    ("Cyfarfod y Cabinet / Cabinet meeting, ⟦21⟧ Ebrill / April 2026", REFERENCE),
    ("Adroddiad / Report - ⟦9⟧ Mehefin / June 2026", REFERENCE),
    ("Cyhoeddwyd / Published ⟦30⟧ Gorffennaf / July 2026", REFERENCE),
    ("Bwrdd / Board - ⟦12⟧ Hydref / October 2026", REFERENCE),
    ("Pwyllgor / Committee - ⟦18⟧ Tachwedd / November 2026", REFERENCE),
    ("Pwyllgor / Committee - ⟦10⟧ Rhagfyr / December 2026", REFERENCE),
    # kept: the counts of the same bilingual page
    ("Pwyllgor / Committee - 10 Rhagfyr / December 2026\nThere were ⟦88⟧ children on the register.", None),
    ("Dyddiad / Date: 3 Chwefror / February 2026\nThe board received ⟦14⟧ notifications.", None),
]


@pytest.mark.parametrize("marked, reason", WELSH_DATES)
def test_a_date_with_a_welsh_month_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# a rating scale: its size ('the six-point scale') and its key's grade numbers, running by one
SCALES = [
    ("Evaluations use a ⟦six⟧-point scale agreed nationally.", NAME),
    ("The council adopted a ⟦ten⟧-point plan for recruitment.", NAME),
    ("Grades are on the six-point scale: ⟦6⟧ excellent, 5 very good, 4 good, 3 adequate, 2 weak, 1 unsatisfactory.",
     SCALE_KEY),
    ("Grades are on the six-point scale: 6 excellent, 5 very good, 4 good, ⟦3⟧ adequate, 2 weak, 1 unsatisfactory.",
     SCALE_KEY),
    ("Key: ⟦1⟧ = outstanding; 2 = good; 3 = requires improvement; 4 = inadequate.", SCALE_KEY),
    ("Key: 1 = outstanding; 2 = good; 3 = requires improvement; ⟦4⟧ = inadequate.", SCALE_KEY),
    ("Assurance ratings: ⟦1⟧ substantial, 2 reasonable, 3 limited, 4 no assurance.", SCALE_KEY),
    ("The audit scale: 4 strong, ⟦3⟧ adequate, 2 weak, 1 poor.", SCALE_KEY),
    # kept: counts of grades, and a rise in points
    ("Inspectors gave ⟦6⟧ excellent, 5 good and 4 weak ratings.", None),
    ("There were 6 excellent, ⟦5⟧ good, 4 weak ratings across the services.", None),
    ("Timeliness improved by a ⟦3⟧-point margin on the year.", None),
]


@pytest.mark.parametrize("marked, reason", SCALES)
def test_a_rating_scale_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# the document's own items, and the window inside the definition of a repeat
DOCUMENT_ITEMS = [
    ("The action log has 23 actions. ⟦Five⟧ are shown below; the rest are in Appendix B.", DOC_ITEMS),
    ("Recommendations were made. ⟦Three⟧ are listed below.", DOC_ITEMS),
    ("Of the risks, ⟦four⟧ are set out in the table.", DOC_ITEMS),
    ("The board agreed the following ⟦three⟧: better data, training and audit.", DOC_ITEMS),
    ("⟦Two⟧ are summarised in the appendix.", DOC_ITEMS),
    ("Of the cases, ⟦six⟧ were described above.", DOC_ITEMS),
    ("Eleven children were re-registered within ⟦18⟧ months of a previous registration.", DEFINITION),
    ("Some 40 children were re-referred within ⟦12⟧ months of a previous referral.", DEFINITION),
    ("Of the plans, 9 were re-assessed within ⟦six⟧ months of closure.", DEFINITION),
    ("Children re-entering care within ⟦12⟧ months of leaving it rose to 31.", DEFINITION),
    # kept: a count with its noun, and a window that is no repeat's
    ("The ⟦12⟧ actions below are due in March.", None),
    ("The action log has ⟦23⟧ actions; five are shown below.", None),
    ("Nineteen children were registered within ⟦18⟧ months of birth.", None),
]


@pytest.mark.parametrize("marked, reason", DOCUMENT_ITEMS)
def test_a_documents_own_items_are_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# the span a study or a comparison covers: 'across six years of reviews'
ACROSS_SPANS = [
    ("The same themes recur across ⟦six⟧ years of reviews.", SPAN),
    ("Findings were consistent across ⟦three⟧ years of audits.", SPAN),
    ("Rates varied little across the ⟦five⟧ years of the study.", SPAN),
    ("We compared practice across ⟦12⟧ months of case files.", SPAN),
    ("The pattern held across all ⟦four⟧ years.", SPAN),
    ("Across ⟦two⟧ years, the panel saw the same delays.", SPAN),
    ("Spending was spread across ⟦three⟧ years.", SPAN),
    ("Numbers were stable across ⟦18⟧ months of monitoring.", SPAN),
    # kept: how long things took or lasted
    ("Proceedings lasted ⟦36⟧ weeks on average.", None),
    ("The review took ⟦19⟧ months to publish.", None),
]


@pytest.mark.parametrize("marked, reason", ACROSS_SPANS)
def test_a_span_across_years_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# a footnote's mark printed as a PDF prints a superscript, after a sentence's end at a line's end,
# and the footnotes themselves, several run into one line at the page's foot
FOOTNOTES = [
    ("Figures as at 31 March, supplied by the council. ⟦1⟧\nKey findings\nThe service is improving.", PAGE_MARK),
    ("Caseloads are now 16, against 24 at the last visit. ⟦2⟧\nWhat needs to improve\nThe front door.", PAGE_MARK),
    ("The board agreed the plan.” ⟦3⟧\nNext steps\nA review in May.", PAGE_MARK),
    ("Data supplied by the council. 1\nThe board met.\n⟦1⟧ Council data, not yet validated.", PAGE_MARK),
    ("Data supplied by the council. 1\nIt was judged good. 2\nThe board met.\n"
     "1 Council data, not yet validated. ⟦2⟧ Inspection of the council, 2022.", PAGE_MARK),
    ("It was judged good.1 The trust agreed.2 Staff were trained.\n"
     "1 Council data. ⟦2⟧ Trust board minutes, May 2025.", PAGE_MARK),
    ("The rate rose sharply. ⟦4⟧\nContext\nThe county is large.", PAGE_MARK),
    ("Most plans were for neglect. ⟦5⟧\nSummary\nThe board met six times.", PAGE_MARK),
    # kept: a field's value at a line's end, and a count opening a sentence
    ("Figures for the year\nRapid reviews: ⟦3⟧\nNotifications: 7", None),
    ("The board met in May. ⟦12⟧ children were on plans at the year end.", None),
    ("Referrals (all sources) ⟦412⟧\nAssessments 388", None),
]


@pytest.mark.parametrize("marked, reason", FOOTNOTES)
def test_a_footnote_mark_or_line_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# a statistic's abbreviation after the word that qualifies it: 'adjusted OR 1.9', 'crude HR 0.7'
QUALIFIED_STATISTICS = [
    ("Older children were less likely to be referred (adjusted OR ⟦0.6⟧, 95% CI 0.4 to 0.9).", STATISTIC),
    ("Neglect predicted a second plan (adjusted OR ⟦2.3⟧; 95% CI 1.3 to 4.1).", STATISTIC),
    ("Within the first year, the crude HR was ⟦0.71⟧ for the pilot group.", STATISTIC),
    ("Across the five studies the pooled RR was ⟦1.4⟧.", STATISTIC),
    ("Girls were more often re-referred, adjusted RR ⟦1.2⟧.", STATISTIC),
    ("After adjustment for age the unadjusted OR of 2.0 fell to an adjusted OR of ⟦1.5⟧.", STATISTIC),
    ("Parental drug use doubled the odds (crude OR ⟦2.1⟧).", STATISTIC),
    ("Deprivation remained a factor (adjusted IRR ⟦1.3⟧, p = 0.02).", STATISTIC),
    # kept: the findings beside them
    ("Reviews recommended a local review in ⟦31⟧ cases (adjusted OR 1.9).", None),
    ("The rate rose to ⟦48.2⟧ per 10,000 children after adjustment.", None),
    ("Adjusted for inflation, spending rose to ⟦£4.2 million⟧.", None),
    ("An adjusted total of ⟦412⟧ referrals was reported.", None),
]


@pytest.mark.parametrize("marked, reason", QUALIFIED_STATISTICS)
def test_a_qualified_statistic_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# an author's affiliation mark in a paper's byline
AFFILIATIONS = [
    ("Ann Hale (⟦1⟧), Tom Reid (2), Sara Pike (1)\nAbstract", AFFILIATION),
    ("Ann Hale (1), Tom Reid (⟦2⟧), Sara Pike (1)\nAbstract", AFFILIATION),
    ("Ann Hale (1), Tom Reid (2) and Sara Pike (⟦3⟧)\nAbstract", AFFILIATION),
    ("Dr Mary-Jo Lee (⟦1⟧), Prof. Ian K. Shaw (2)\nSummary", AFFILIATION),
    ("Dr Mary-Jo Lee (1), Prof. Ian K. Shaw (⟦2⟧)\nSummary", AFFILIATION),
    ("Nadia Osei (⟦1, 2⟧), Peter Brandt (3)\nKeywords: neglect", AFFILIATION),
    ("Oliver Grant-Hughes (⟦2⟧); Leah Moss (1)\nBackground", AFFILIATION),
    ("Ruth Kemp (1) & Joe Dalby (⟦2⟧)\nIntroduction", AFFILIATION),
    # kept: counts after places and names in a sentence or a list
    ("East Sussex (4), West Sussex (⟦3⟧) and Brighton (1) reported notifications.", None),
    ("Kent (⟦41⟧), Essex (37) and Hertfordshire (19)", None),
    ("Referrals by source: Police (⟦212⟧), Schools (118), Health (96)", None),
    ("Sam Reid (⟦12⟧) and his sister were placed together.", None),
]


@pytest.mark.parametrize("marked, reason", AFFILIATIONS)
def test_an_authors_affiliation_mark_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# an identifier's number after its name, and the group a rank is counted in; beside each, a count
# that stays a figure
IDENTIFIERS_AND_RANK_GROUPS = [
    ("Children in need per 10,000 children. Metric ID: ⟦3306⟧", REFERENCE),
    ("The table comes from the data service (Indicator ID ⟦5120⟧).", REFERENCE),
    ("Report ID ⟦48213⟧ was generated this morning.", REFERENCE),
    ("Dataset identifier: ⟦311⟧", REFERENCE),
    ("Rank: 4th highest of ⟦16⟧", RANK),
    ("The council was ranked 3rd out of ⟦152⟧ on this measure.", RANK),
    ("Its rate was the second lowest of ⟦11⟧ on this measure.", RANK),
    ("Position: 7th of ⟦10⟧ in the region", RANK),
    ("Rates per 10,000 children in 2023/24, lowest ⟦five⟧ in the region", RANK),
    ("The chart shows the lowest ⟦five⟧ councils in the region.", RANK),
    ("Rates for the worst ⟦four⟧ across the region are shown.", RANK),
    # kept: counts beside them
    ("The partnership received ⟦16⟧ notifications in the year.", None),
    ("The highest number was in March, when ⟦64⟧ referrals were received.", None),
    ("Bolton recorded ⟦152⟧ referrals, the 4th highest in the region.", None),
    ("The number of children in need at 31 March was ⟦2,311⟧.", None),
    ("Eleven of the ⟦16⟧ rapid reviews were completed on time.", None),
]


@pytest.mark.parametrize("marked, reason", IDENTIFIERS_AND_RANK_GROUPS)
def test_an_identifier_and_a_rank_group_are_no_figures(nlp, marked, reason):
    _check(nlp, marked, reason)
