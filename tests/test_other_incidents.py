"""A bare 'incidents' is a serious incident (notified to the national Panel or Ofsted) only when
nothing said of it names another happening: an of-phrase ('incidents of verbal abuse') or a
modifier ('fire incidents', 'racist incidents') that names neither a child's death nor serious
harm makes it another kind of incident, counted as `other`. Invented sentences, run through the
production path with the rules alone and with the metric classifier on."""

from __future__ import annotations

import pytest

from tests.test_counted_found import figure

OTHER_INCIDENTS = [
    ("Respondents reported 23 incidents of verbal abuse or threats during visits.", "23", "other"),
    ("Police attended 1,460 incidents of domestic abuse where a child was present.", "1,460", "other"),
    ("Staff recorded 57 incidents of physical restraint in the home last year.", "57", "other"),
    ("Schools logged 212 racist incidents in the autumn term.", "212", "other"),
    ("Crews attended 312 fire incidents at homes with children present.", "312", "other"),
    ("The leisure centre dealt with 48 incidents of anti-social behaviour in the park.", "48", "other"),
    ("Wardens reported 31 incidents of fly-tipping near the school.", "31", "other"),
    ("The home logged 9 incidents of self-harm among residents.", "9", "other"),
    ("Drivers reported 16 incidents of aggression on school transport.", "16", "other"),
    ("There were 27 incidents of bullying recorded by the college.", "27", "other"),
    ("Officers dealt with 64 incidents of shoplifting by teenagers in the town centre.", "64", "other"),
    # incidents whose words name a child's death or serious harm, or the Panel, stay notifications
    ("The partnership notified the Panel of 12 incidents in the year.", "12", "serious_incident_notifications"),
    ("The local authority notified 7 incidents to the national panel.", "7", "serious_incident_notifications"),
    ("There were 6 incidents in which a child died or was seriously harmed.", "6",
     "serious_incident_notifications"),
    ("We reported 4 incidents of serious harm to Ofsted.", "4", "serious_incident_notifications"),
    ("Eight incidents met the criteria for notification.", "Eight", "serious_incident_notifications"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", OTHER_INCIDENTS)
def test_an_incident_of_another_happening_is_other(nlp, text, number, metric, classifier):
    assert figure(nlp, text, number, classifier).metric == metric
