"""What attribution carries while it walks a document's quotes: the Speaker found and the
Context of names, pronouns and documents met so far.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import TYPE_CHECKING


if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass(slots=True)
class Speaker:
    """A resolved speaker: the name to report, the role as written, and whether a person."""

    name: str | None
    role: str | None = None
    person: bool = False


@dataclass(slots=True)
class Context:
    """What attribution needs while walking the document's quotes in order."""

    doc: Doc
    text: str
    quote_ranges: list[tuple[int, int]]
    people: dict[str, str | None] = field(default_factory=dict)  # full name -> role
    last: Speaker | None = None
    last_person_at: list[tuple[int, str]] = field(default_factory=list)
    subject_at: set[int] = field(default_factory=set)  # mentions that are a clause's subject
    pronoun_of: dict[str, str] = field(default_factory=dict)  # surname -> 'he' | 'she'
    named_pronoun: dict[str, str] = field(default_factory=dict)  # full name -> 'he' | 'she'
    things_at: list[tuple[int, str]] = field(default_factory=list)  # organisations, documents
    titled_at: list[tuple[int, str, str]] = field(default_factory=list)  # (at, title, name)
    said: dict[tuple[str, ...], Speaker] = field(default_factory=dict)  # a quote's words -> its speaker
    _merged: tuple[list[int], list[int]] | None = None

    def pronoun(self, name: str, default: str) -> str:
        """The pronoun `name` takes: by an honorific on its surname ('Ms Blake'), else by a
        full name's first name ('Sara Quinn'), else `default`. A first name tells only of the
        full name it opens: 'Ivanka Trump' says nothing of a bare 'Trump'."""
        by_title = self.pronoun_of.get(name.split()[-1].lower())
        return by_title or self.named_pronoun.get(name, default)

    def inside_quote(self, i: int) -> bool:
        if self._merged is None:  # merged, sorted ranges: a bisection per lookup
            starts: list[int] = []
            ends: list[int] = []
            for s, e in sorted(self.quote_ranges):
                if ends and s <= ends[-1]:
                    ends[-1] = max(ends[-1], e)
                else:
                    starts.append(s)
                    ends.append(e)
            self._merged = (starts, ends)
        starts, ends = self._merged
        k = bisect.bisect_right(starts, i) - 1
        return k >= 0 and i < ends[k]
