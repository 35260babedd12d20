"""Document kind classifier: news_article / council_report / case_review / other.

TF-IDF over words and character n-grams of the opening text, plus a token for the file format,
into a logistic regression. Trained by `review-records train` (extractor.training) on corpus/ (every annotated
document's gold `kind`, and the labelled documents under corpus/kinds/<label>/). A document whose
opening shows its genre (extractor.genre, extractor.meeting) is decided by that instead, and so
is one whose masthead names a publisher that is neither a council, a partnership nor a
publication (extractor.publisher: a school, a charity, a data service, a police force, an NHS
body's web page, a national government or a parliament): `other`; one a publication heads (a
newspaper's masthead, a news site's name in the page's <title>, a community magazine's masthead
saying what it is) is news. A person's address (a speech, a lecture) is `other` whoever hosts it,
and a council's or a safeguarding body's own page that gives an account of its work (its site in
the <title> or a 'Published … by' line, a council service's site such as its Family Information
Service, or a council's first-person voice about children in its care, its register or the EHC
plans it issues; and a report's title or a 'what we did' opening) is `council_report` in whatever
form, and so is a committee paper's appendix published as its own file ('Appendix D'). A community
group or an independent body speaking for itself is an outside publisher: `other`; so is a national
office or body by its name, and a government's response to a committee's report.
"""

from __future__ import annotations

import functools
import logging
from typing import Any

from .classify import load_model
from .document import Document
from .genre import (OPENING, is_account, is_address, is_appendix_head, is_audit_report, is_board_slide_deck, is_committee_paper_head, is_complaint_decision,
                    is_consultation_page, is_news_programme, is_debate_record,
                    is_evidence_transcript, is_factsheet, is_government_response, is_hearing_decision, is_inspection_title, is_job_advert, is_judgment, is_members_briefing,
                    is_needs_assessment, is_partnership_bulletin, is_peer_review, is_single_post,
                    is_statistics_release,
                    is_periodic_report_title, is_post_thread, is_press_release, is_results_heading, is_review_title,
                    is_story_opening,
                    is_structured_abstract)
from .meeting import is_agenda_front_sheet, is_minutes
from .publisher import (bylined_publication, council_publisher, council_voice, outside_publisher,
                        own_site_publisher, publication)

log = logging.getLogger(__name__)

KINDS = ("news_article", "council_report", "case_review", "other")
MODEL_NAME = "kind_model"


def kind_text(document: Document) -> str:
    """The text the classifier sees: a format token, the title and the opening."""
    title = document.source.title or ""
    return f"__format_{document.source.format}__ {title}\n{document.text[:OPENING]}"


@functools.lru_cache(maxsize=1)
def _model() -> Any:
    model, _meta = load_model(MODEL_NAME)
    return model


def predict_kind(document: Document) -> tuple[str, float]:
    """The document's kind and the classifier's probability for it."""
    if not document.text.strip():
        return "other", 0.0
    genre = _genre(document)
    if genre is not None:
        return genre, _GENRE_CONFIDENCE
    model = _model()
    probs = model.predict_proba([kind_text(document)])[0]
    best = int(probs.argmax())
    return str(model.classes_[best]), float(probs[best])


# A document whose opening names its genre unmistakably is decided by that, not by its words:
# minutes ("MINUTES of a meeting of the Cabinet held on …", with the meeting's date) are a
# council report however little their items say about children, and an agenda front sheet
# (an "Agenda" heading and numbered items, nothing more) is not a report.
_GENRE_CONFIDENCE = 0.9


def page_title(document: Document) -> str | None:
    """An HTML page's whole <title> (ingest keeps it as the page's context)."""
    return document.context[0] if document.source.format == "html" and document.context else None


def _genre(document: Document) -> str | None:
    if is_agenda_front_sheet(document.text):
        return "other"
    if is_minutes(document.text, document.source.title):
        return "council_report"
    if is_press_release(document.text):
        return "news_article"
    if is_partnership_bulletin(document.text):
        return "council_report"  # a partnership's or a board's own newsletter or bulletin
    if is_debate_record(document.text) or is_evidence_transcript(document.text) or \
            is_inspection_title(document.text) or is_post_thread(document.text) or \
            is_single_post(document.text) or \
            is_structured_abstract(document.text) or is_judgment(document.text) or \
            is_complaint_decision(document.text) or is_hearing_decision(document.text) or \
            is_audit_report(document.text) or \
            is_peer_review(document.text) or is_job_advert(document.text) or \
            is_statistics_release(document.text) or is_factsheet(document.text):
        return "other"
    if outside_publisher(document.text, document.context, page_title(document)) and \
            not is_story_opening(document.text) and \
            not bylined_publication(document.text, page_title(document)):
        return "other"  # a story that ends on a charity's legal line is still a story, and so is
        # a newspaper's bylined story about a charity (its appeal partner, its subject)
    if publication(document.text, page_title(document)):
        return "news_article"  # a newspaper's, a magazine's or a broadcaster's page
    if is_government_response(document.text, document.source.title) and not is_story_opening(document.text):
        return "other"  # a government's answer to a committee's report or a review
    if is_address(document.text, document.context) and not is_story_opening(document.text):
        return "other"  # a person's speech, whoever hosts it; a headline about remarks is a story's
    if is_news_programme(document.text):
        return "news_article"  # a newsroom's broadcast or podcast
    if is_members_briefing(document.text) or is_needs_assessment(document.text, page_title(document)):
        return "council_report"
    if is_board_slide_deck(document.text, document.context, document.source.title):
        return "council_report"
    if is_review_title(document.text):
        return "case_review"
    if is_periodic_report_title(document.text):
        return "council_report"
    if is_committee_paper_head(document.text) or \
            is_appendix_head(document.text, document.context, document.source.title):
        return "council_report"  # a committee's paper, or an appendix to one published on its own
    if is_consultation_page(document.text):
        return "other"
    if is_results_heading(document.text) and council_publisher(document.text, document.context):
        return "council_report"  # a council's own account of a season's or a year's figures
    if is_story_opening(document.text):
        return "news_article"
    if (own_site_publisher(document.text, page_title(document)) or council_voice(document.text)) and \
            is_account(document.text, page_title(document)):
        return "council_report"  # a council's or a partnership's own page or account, in whatever form
    return None
