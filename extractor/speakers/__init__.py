"""Speakers of direct quotes: the cue verb, its subject, and the name that subject refers to.

Cues come from models/reporting_verbs.txt. A cue is looked for after the quote (', she said.'),
then before it ('X told the group:'), then at the end of the paragraph before a quote paragraph
('she writes:'). Pronouns, surnames and roles are resolved to names met earlier in the text;
a quote with no cue continues the previous speaker.

Modules, one noun each: `vocabulary` (the words), `context` (the state of a walk),
`names`, `cues`, `roles`, `candidates` (the Speaker a subject names), `coreference` (what a
later pronoun can mean), `introducer` (the sentence that leads into a quote in its paragraph),
`signature` (who signs a letter, for its 'I') and `attribution` (the walk over a document's
quotes).
"""

from .attribution import attribute
from .vocabulary import DOC_NOUN_RE

__all__ = ["DOC_NOUN_RE", "attribute"]
