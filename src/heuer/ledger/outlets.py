"""Which outlets are one outlet: owner families, regional editions and sister titles.

The map is the shipped defaults (``outlet_owners.json``) overlaid with the user's own
entries from the ``outlet_owners`` table. An outlet not in the map is its own family,
after regional-edition suffixes ("- Coastal edition", "(Scotland)", "Regional") are
taken off and a leading "The" is ignored.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from heuer.store.schema import outlet_owners

_EDITION = re.compile(
    r"\s*(?:[-–—:|,]\s*|\()\s*(?:[\w'’. ]+?\s+)?(?:edition|bureau|desk|regional|region|international)\)?\s*$",
    re.IGNORECASE,
)


def _key(name: str) -> str:
    name = re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE)
    return re.sub(r"\s+", " ", name).casefold()


@lru_cache(maxsize=1)
def default_owners() -> dict[str, str]:
    text = resources.files("heuer.ledger").joinpath("outlet_owners.json").read_text(encoding="utf-8")
    return {k: v for k, v in json.loads(text).items() if not k.startswith("_")}


class OutletFamilies:
    """Maps an outlet name to its owner family."""

    def __init__(self, owners: dict[str, str] | None = None) -> None:
        merged = dict(default_owners())
        merged.update(owners or {})
        self._owners = {_key(outlet): owner for outlet, owner in merged.items()}

    def family(self, outlet: str | None) -> str | None:
        if not outlet:
            return None
        if (found := self._owners.get(_key(outlet))) is not None:
            return found
        base = _EDITION.sub("", outlet).strip()
        if base and base != outlet:
            return self._owners.get(_key(base), base)
        return outlet.strip()

    def is_outlet(self, name: str, known_outlets: set[str]) -> bool:
        """Whether *name* names a news outlet (in the map or among the stored documents' outlets)."""
        key = _key(name)
        return key in self._owners or key in {_key(o) for o in known_outlets}


def user_owners(connection: Connection) -> dict[str, str]:
    return {row.outlet: row.owner for row in connection.execute(sa.select(outlet_owners))}


def set_owner(connection: Connection, outlet: str, owner: str) -> None:
    connection.execute(outlet_owners.delete().where(outlet_owners.c.outlet == outlet))
    connection.execute(outlet_owners.insert().values(outlet=outlet, owner=owner))


def load_families(connection: Connection) -> OutletFamilies:
    return OutletFamilies(user_owners(connection))
