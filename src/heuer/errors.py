"""One base exception with specific subclasses whose messages say what went wrong and where."""

from __future__ import annotations


class HeuerError(Exception):
    """Base class of every error heuer raises on purpose."""


class ConfigError(HeuerError):
    """A setting or a command-line option has a value heuer cannot use."""


class IngestError(HeuerError):
    """A source could not be read or turned into a document.

    ``str(err)`` is one line: ``SOURCE: reason``.
    """

    def __init__(self, source: str, reason: str) -> None:
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")


class ExtractionError(HeuerError):
    """The language model could not be loaded or a document could not be analysed."""


class StoreError(HeuerError):
    """The database could not be opened, migrated or written."""


class NotFoundError(StoreError):
    """A record asked for by id does not exist in the store."""
