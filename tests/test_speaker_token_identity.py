"""Token identity in the speaker (and figure) code (issue 14).

spaCy makes a new `Token` object on every access (`doc[i]`, `tok.head`, `tok.children`), so
`a is b` between two tokens is always False and `a is not b` always True, whatever the words.
The comparisons in extractor/ compare positions (`a.i == b.i`) instead. The static test keeps
`is` / `is not` between token-valued names out of extractor/; the tables run every branch whose
comparison was fixed through the production analysis path (`pipeline.to_doc` +
`quotes.find_quotes`), in invented sentences, so a later change to one is seen.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import analysed_quotes

EXTRACTOR = Path(__file__).resolve().parent.parent / "extractor"

# `x is y` / `x is not y` where y names a token ('head', 'tok', 'cue', 'verb', 'subj[0]', …)
TOKEN_IDENTITY = re.compile(
    r"\b(?:is not|is) [a-z_.]*(?:head|tok|token|cue|verb|subj|root|set_off|up)(?:\[\d\])?(?![\w(])")


def speakers(nlp, passage: str) -> list[str | None]:
    return [q.speaker for q in analysed_quotes(nlp, passage)]


def test_spacy_makes_a_new_token_per_access(nlp) -> None:
    doc = nlp("The chair said it.")
    assert doc[2] is not doc[2]  # why `is` cannot compare tokens
    assert doc[1].head == doc[2] and doc[1].head.i == doc[2].i


def test_no_identity_comparison_between_tokens_in_extractor() -> None:
    hits = []
    for path in sorted(EXTRACTOR.rglob("*.py")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#", 1)[0]
            if '"' in code or "'" in code:
                code = re.sub(r"(\"[^\"]*\"|'[^']*')", "", code)
            if TOKEN_IDENTITY.search(code):
                hits.append(f"{path.relative_to(EXTRACTOR)}:{n}: {line.strip()}")
    assert not hits, "compare tokens by position (.i), not identity:\n" + "\n".join(hits)


@pytest.mark.parametrize("passage, expected", [
    # cues.subject_of: a name set off after a role subject that is the subject's own
    # appositive ('The head, Ms X, said') is read through the subject, not as a set-off name
    ("The chief executive of the trust, Ian Moss, told councillors: \"We are not there yet.\"",
     ["Ian Moss"]),
    ("The council's director of housing, Omar Finch, said: \"Rents will rise in April.\"",
     ["Omar Finch"]),
    ("Our new practice manager, Mrs Lia Chen, said: \"I am delighted to be here.\"",
     ["Lia Chen"]),
    # cues.subject_of: a set-off name that is not the subject's appositive still speaks
    ("The social worker who visited the family, Ms Ines Dalby, told the panel: \"Nobody answered the door.\"",
     ["Ines Dalby"]),
    ("The officer who took the call, Sgt Paul Ainsley, said: \"It was logged at once.\"",
     ["Paul Ainsley"]),
    # cues.subject_of: 'adding' / 'saying' hung on the cue itself, or on a clause under it
    ("Cllr Joe Hart said the figures were poor, adding: \"We must do better.\"",
     ["Joe Hart"]),
    ("Mrs Ruth Lyle spoke for an hour, saying: \"The school has failed my son.\"",
     ["Ruth Lyle"]),
    ("The director said the board would meet, adding that \"the findings will be published\".",
     ["The director"]),
    # cues.subject_of: the copula's subject of 'keen to stress', 'quick to add'
    ("Cllr Ann Rowe is keen to stress: \"The money is ring-fenced.\"",
     ["Ann Rowe"]),
    ("Mr Dev Bell was quick to add: \"We did everything we could.\"",
     ["Dev Bell"]),
    # attribution: a passive cue under another verb ('expect X to be described by Y as')
    ("They expect the plan to be described by the inspectors as \"a turning point\".",
     ["the inspectors"]),
    # attribution: 'recorded as saying' (the participle's head is another word)
    ("Mr Ivo Kerr was recorded as saying: \"I never saw the letter.\"",
     ["Ivo Kerr"]),
    ("The minutes record the chair as saying: \"The budget is agreed.\"",
     ["the chair"]),
])
def test_fixed_comparisons_through_the_production_path(nlp, passage: str, expected: list) -> None:
    assert speakers(nlp, passage) == expected
