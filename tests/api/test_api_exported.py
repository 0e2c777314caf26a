"""The public API of ``heuer`` is exactly what ``__all__`` says (after httpx's test_exported_members)."""

from __future__ import annotations
import __future__

import importlib
import importlib.metadata
import subprocess
import sys
import types

import heuer
from heuer import api

# The names the README and the package docstring document as the library face of heuer.
DOCUMENTED = [
    "Brief",
    "DemoResult",
    "IngestReport",
    "brief",
    "demo",
    "demo_corpus_dir",
    "documents",
    "entities",
    "extract",
    "extract_text",
    "figures",
    "ingest",
    "open_store",
    "quotes",
    "search",
    "timeline",
]


def test_all_lists_exactly_the_documented_names_sorted_and_once() -> None:
    assert heuer.__all__ == DOCUMENTED


def test_every_exported_name_resolves_to_the_api_object() -> None:
    for name in heuer.__all__:
        member = getattr(heuer, name)
        assert member is getattr(api, name), name
        assert member.__module__ == "heuer.api", name


def test_every_public_member_of_the_package_is_exported() -> None:
    public = {
        name
        for name, value in vars(heuer).items()
        if not name.startswith("_")
        and not isinstance(value, types.ModuleType)  # subpackages (heuer.store, heuer.report, ...)
        and value is not __future__.annotations
    }
    assert public == set(heuer.__all__)


def test_ingest_and_extract_stay_the_functions_when_their_subpackages_are_imported() -> None:
    # heuer.ingest and heuer.extract are also subpackage names; importing those must not shadow the API.
    for module in ("heuer.ingest", "heuer.ingest.reader", "heuer.extract", "heuer.extract.pipeline"):
        importlib.import_module(module)
    assert heuer.ingest is api.ingest and isinstance(heuer.ingest, types.FunctionType)
    assert heuer.extract is api.extract and isinstance(heuer.extract, types.FunctionType)


def test_subpackage_first_import_in_a_fresh_interpreter_keeps_the_api() -> None:
    code = (
        "import heuer.ingest.dates, heuer.extract.pipeline, heuer, heuer.api as api\n"
        "assert heuer.ingest is api.ingest, heuer.ingest\n"
        "assert heuer.extract is api.extract, heuer.extract\n"
        "assert heuer.ingest is api.ingest, 'second access'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr


def test_version_matches_the_installed_distribution() -> None:
    assert heuer.__version__ == importlib.metadata.version("heuer")
