"""Hyphenated and particle surnames stay whole as the speaker, whichever half the parser took
for the subject. Invented rows in council, partnership and news settings. Before the fix the
first row resolved to 'Amara Osei': the parser made the first half of the surname the subject
and hung the second half off it as an apposition, and the name's chain stopped at the hyphen.
"""

from __future__ import annotations

import pytest

from conftest import analysed_quotes

ROWS = [
    ('Amara Osei-Bonsu, 17, chair of the youth council, said: "Nobody listened at first."',
     "Amara Osei-Bonsu"),
    ('Kofi Mensah-Adjei, 16, a member of the youth forum, said: "We changed the rules."',
     "Kofi Mensah-Adjei"),
    ('Lena Smith-Jones, chair of the parents group, said: "We need more places."',
     "Lena Smith-Jones"),
    ('"We need more places," said Lena Smith-Jones, 15.', "Lena Smith-Jones"),
    ('Sean O\'Neill, 19, a care leaver, said: "The flat was cold."', "Sean O'Neill"),
    ('Aoife Ní Bhriain, 18, said: "I waited a year."', "Aoife Ní Bhriain"),
    ('Tom Hart-Davies, 16, told the meeting: "The bus never comes."', "Tom Hart-Davies"),
    ('Priya Patel-Khan, 14, said: "School was hard."', "Priya Patel-Khan"),
    ('Councillor Jane Lloyd-Evans said: "The budget is tight."', "Jane Lloyd-Evans"),
    ('Maya Ruiz-Lopez, 17, youth mayor, said: "We were heard."', "Maya Ruiz-Lopez"),
    ('Dan McAllister-Reid, 20, said: "I moved four times."', "Dan McAllister-Reid"),
    ('Efua Owusu-Ansah, 15, vice-chair of the forum, said: "They asked us this time."',
     "Efua Owusu-Ansah"),
]


@pytest.mark.parametrize("text,speaker", ROWS)
def test_hyphenated_surname_stays_whole(nlp, text, speaker):
    got = [q.speaker for q in analysed_quotes(nlp, text)]
    assert got == [speaker]
