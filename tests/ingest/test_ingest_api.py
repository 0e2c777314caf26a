"""The public interface of heuer.ingest is what __all__ says."""

from __future__ import annotations

import importlib
import inspect

ingest_pkg = importlib.import_module("heuer.ingest")  # heuer.ingest itself is the API function


def test_all_names_are_exported_and_public_members_are_listed() -> None:
    exported = set(ingest_pkg.__all__)
    assert all(hasattr(ingest_pkg, name) for name in exported)
    public = {
        name
        for name, member in vars(ingest_pkg).items()
        if not name.startswith("_") and not inspect.ismodule(member)
    }
    assert public == exported


def test_read_sources_signature() -> None:
    params = inspect.signature(ingest_pkg.read_sources).parameters
    assert list(params) == ["sources", "settings", "include", "overrides", "stdin", "client"]
    assert all(
        params[name].kind is inspect.Parameter.KEYWORD_ONLY
        for name in ("include", "overrides", "stdin", "client")
    )
