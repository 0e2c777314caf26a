"""The claim ledger: the same claim across documents, who it traces back to, what conflicts with it."""

from heuer.ledger.update import LedgerUpdate, update_ledger
from heuer.ledger.view import Ledger, read_ledger

__all__ = ["Ledger", "LedgerUpdate", "read_ledger", "update_ledger"]
