"""Error classes: every failure the library raises on purpose is an ExtractorError.

Each carries the file it is about, so a caller can print one line: "<path>: <reason>".
"""

from __future__ import annotations

import os

from .paths import as_text


class ExtractorError(Exception):
    """Base of every error the library raises on purpose."""

    def __init__(self, path: str | os.PathLike[str], reason: str) -> None:
        text = as_text(path)  # undecodable file names as \\xNN: every message is valid UTF-8
        super().__init__(f"{text}: {reason}")
        self.path = text
        self.reason = reason


class IngestError(ExtractorError):
    """The file could not be read into a Document."""


class MissingFile(IngestError):
    """The path does not exist or is not a file."""


class EmptyDocument(IngestError):
    """The file has no bytes, or no text worth reading."""


class UnsupportedFormat(IngestError):
    """The file's type is not supported, or its content does not match its extension."""


class EncryptedDocument(IngestError):
    """The PDF is encrypted and an empty password does not open it."""


class CorruptDocument(IngestError):
    """The file is truncated or damaged beyond reading."""


class LimitExceeded(IngestError):
    """The file is larger (bytes or pages) than the configured limit."""


class RunError(ExtractorError):
    """The run itself cannot go on (a database or an output cannot be used), whatever the inputs."""


class ModelError(ExtractorError):
    """A trained artifact is missing or does not load."""
