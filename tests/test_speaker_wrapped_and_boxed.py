"""Speakers a quote loses to its layout or to a group's name: an attribution that a hard-wrapped
plain-text line carries on to the next line, a web page's quotation written straight inside its
<blockquote> and signed in a <cite> under it (by name or by an unnamed voice), and an unnamed
member of a group whose name is set off after them. Every passage is invented."""

from __future__ import annotations

import pytest

from conftest import analysed_quotes


@pytest.mark.parametrize("passage, speaker", [
    # a hard-wrapped text file breaks the attribution's sentence over two lines: the quote's line
    # has no full stop, but it is no headline, since the sentence runs on (the next line opens
    # in lower case, or this one stops on a small word)
    ('"We asked what adults never ask," said Youth Mayor Kelly Brown, who\nis 16. "Not whether you feel safe but who you would tell."',
     'Kelly Brown'),
    ('"The buses are the main worry," said Chloe Marsh, a member of the forum\nfor three years.',
     'Chloe Marsh'),
    ('"Nobody told us the clinic had moved," said Ravi Shah, whose son uses\nthe service.',
     'Ravi Shah'),
    ('"It felt like a real change," said Dr Helen Oduya, who led the pilot in\nthe spring.',
     'Helen Oduya'),
    ('"We will publish the results," Councillor Mark Dean told the meeting on\nTuesday.',
     'Mark Dean'),
    ('"The waiting list is shorter," said Nadia Khan, the manager of\nthe team.',
     'Nadia Khan'),
    ('"I finally had someone to talk to," said Jess, aged 15, who joined the\ngroup last year.',
     'Jess'),
    ('"Every school signed up," said head teacher Owen Price, speaking at\nthe launch.',
     'Owen Price'),
    ('"This is only the start," Sergeant Lucy Grant said after the first\nweek of patrols.',
     'Lucy Grant'),
    ('"We listened and we acted," said Amir Hussain, chair of the youth\nparliament.',
     'Amir Hussain'),
    ('"The app made it easier to ask," said Priya Patel, who helped design\nit.',
     'Priya Patel'),
    ('"Families noticed the difference," said Tom Reilly, the service\nmanager.',
     'Tom Reilly'),
])
def test_an_attribution_wrapped_onto_the_next_line(nlp, passage: str, speaker: str) -> None:
    quotes = analysed_quotes(nlp, passage)
    assert quotes and quotes[0].speaker == speaker


@pytest.mark.parametrize("cite, speaker", [
    # a quotation written straight inside its <blockquote> (no <p>), signed in a <cite> under
    # it: ingest keeps the words as a paragraph of their own, and the line under them signs
    # them, by name or as an unnamed voice ('Parent, Havant': a person noun, then where)
    ("Parent, Alton", "Parent"),
    ("Foster carer, Romsey", "Foster carer"),
    ("Grandparent, Totton", "Grandparent"),
    ("Year 8 pupil, Eastleigh", "Year 8 pupil"),
    ("Mum of two, Gosport", "Mum of two"),
    ("Volunteer, Fleet", "Volunteer"),
    ("Young carer, aged 13", "Young carer"),
    ("Dad, Waterlooville", "Dad"),
    ("&mdash; Kinship carer, Ringwood", "Kinship carer"),
    ("&mdash; Ffion Rhys, Family Hub Manager", "Ffion Rhys"),
    ("Dr Omar Haddad, Designated Doctor", "Omar Haddad"),
    ("Care leaver, 19", "Care leaver"),
])
def test_loose_words_of_a_blockquote_signed_in_a_cite(nlp, tmp_path, cite: str, speaker: str) -> None:
    from extractor.extract import extract_document
    from extractor.ingest import load

    page = tmp_path / "page.html"
    page.write_text("<html><body><main><h1>Holiday clubs this summer</h1>"
                    "<p>Clubs ran for four weeks of the summer holidays, with a hot meal at every "
                    "session and 1,240 places on offer.</p>"
                    "<h2>What a day looks like</h2><p>Every club runs for at least four hours a "
                    "day.</p><blockquote>&ldquo;They came home tired and fed, and I didn't have to "
                    "find the money for lunch all week.&rdquo;"
                    f"<cite>{cite}</cite></blockquote><h2>Next year</h2><p>Two more clubs will "
                    "open at Easter, paid for from the same grant.</p></main>"
                    "</body></html>", encoding="utf-8")
    record = extract_document(load(page), nlp).to_dict()
    assert [q["speaker"] for q in record["quotes"]] == [speaker]


@pytest.mark.parametrize("passage, speaker", [
    # an unnamed member of a group, set off by the group's name ('Voices for Change Leeds'): one
    # capitalised word, a preposition, then more capitalised words is a body's name, not the
    # speaker's; the member speaks, as described
    ('A member of the care leavers\' forum, Voices for Change Leeds, told the board in May: "Please keep the late bus running."',
     "A member of the care leavers' forum"),
    ('A member of our young people\'s panel, Voices from Care Kent, told the panel in June: "Nobody explained our rights."',
     "A member of our young people's panel"),
    ('A volunteer with the group, Friends of Westfield Park, told the committee: "The lights have been out for months."',
     'A volunteer with the group'),
    ('A representative of the residents, Friends of the Old Library, told members: "We want the building kept open."',
     'A representative of the residents'),
    ('A young person from the panel, Voice of Youth Luton, said at the launch: "We wrote the questions ourselves."',
     'A young person from the panel'),
    ('A mother from the support group, Parents Against Exploitation, told the board: "I found out from the police."',
     'A mother from the support group'),
    ('A member of the children\'s council, Voices in Care Dorset, told the corporate parenting panel: "Ask us first."',
     "A member of the children's council"),
    ('A young member of the forum, Youth for Change Hull, told councillors in April: "We feel safer in town now."',
     'A young member of the forum'),
    ('A member of the reference group, Voices from Care Wales, told the conference: "Stop moving us for money."',
     'A member of the reference group'),
    ('A care leaver on the council, Voices of Care Bolton, told the committee: "The flat had no cooker."',
     'A care leaver on the council'),
    ('A parent from the network, Families for Change Sefton, told the scrutiny panel: "We waited a year for a plan."',
     'A parent from the network'),
    ('A member of the youth forum, Action for Young People Wirral, told the meeting: "Keep the centre open."',
     'A member of the youth forum'),
])
def test_an_unnamed_member_set_off_by_the_groups_name(nlp, passage: str, speaker: str) -> None:
    assert analysed_quotes(nlp, passage)[-1].speaker == speaker
