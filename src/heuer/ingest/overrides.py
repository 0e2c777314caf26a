"""Metadata given by the user (command-line flags) that wins over what ingest detects."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from heuer.model import Document


@dataclass(frozen=True)
class MetadataOverrides:
    """Values that replace detected metadata; None keeps what was detected."""

    outlet: str | None = None
    published: date | None = None
    title: str | None = None

    def apply(self, document: Document) -> Document:
        """A copy of ``document`` with every set override in place."""
        changes: dict[str, object] = {
            name: value
            for name, value in (("outlet", self.outlet), ("published", self.published), ("title", self.title))
            if value is not None
        }
        return replace(document, **changes) if changes else document  # type: ignore[arg-type]
