"""A quote whose own sentence names its owner through a speech noun after it (issue 14):
'"Twice," came the reply from Cllr X', '"No," was the answer from X'. Invented sentences
through the production analysis path (`pipeline.to_doc` + `quotes.find_quotes`)."""

from __future__ import annotations

import pytest

from conftest import analysed_quotes


def speakers(nlp, passage: str) -> list[str | None]:
    return [q.speaker for q in analysed_quotes(nlp, passage)]


@pytest.mark.parametrize("passage, expected", [
    ("Asked how often the board had met, \"Twice,\" came the reply from Cllr Nina Shaw.",
     ["Nina Shaw"]),
    ("\"Not yet,\" came the answer from the council leader, Cllr Ray Dunn.",
     ["Ray Dunn"]),
    ("\"We are looking at it,\" was the reply from Mr Colin Bright, the head of housing.",
     ["Colin Bright"]),
    ("\"No,\" was the answer from Cllr Jo Parry.",
     ["Jo Parry"]),
    ("\"Within weeks,\" came the response from Ms Tara Quinn.",
     ["Tara Quinn"]),
    ("\"That is a matter for the police,\" was the response from a council spokesman.",
     ["a council spokesman"]),
    ("\"It will be ready by Easter,\" came the promise from the project manager, Mrs Hana Ward.",
     ["Hana Ward"]),
    ("\"We are listening,\" came the reply from a spokesperson for the trust.",
     ["a spokesperson for the trust"]),
    ("\"Only if the money is there,\" came the retort from Cllr Owen Pryce.",
     ["Owen Pryce"]),
    ("\"Next month,\" was the answer from Mrs Dana Fell, the clerk.",
     ["Dana Fell"]),
    # the owner named before the quote (already read)
    ("Cllr Ann Rowe's reply was short: \"We have no plans to close it.\"",
     ["Ann Rowe"]),
    ("The leader's answer was blunt: \"There is no more money.\"",
     ["The leader"]),
    # a speech noun with no owner names nobody
    ("\"Not this year,\" was the answer.",
     [None]),
])
def test_reply_noun_after_the_quote_names_its_owner(nlp, passage: str, expected: list) -> None:
    assert speakers(nlp, passage) == expected
