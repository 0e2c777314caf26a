"""How a mention's chain splits into the parties it passed through and the origins it ends in.

The ledger writes a chain as ``outlet family, via..., origin``; when the origin is a
cited outlet whose own reports name several origins, the chain ends in all of them
(see :mod:`heuer.ledger.provenance`). The exports need the two parts apart: each of
those origins is cited by the party before them, not by one another.
"""

from __future__ import annotations

from heuer.model import ClaimMention


def split_chain(mention: ClaimMention) -> tuple[list[str], list[str]]:
    """(outlet and via parties, origins) of *mention*; no origins for an unsourced mention."""
    chain = list(mention.chain)
    if not mention.origin or mention.origin not in chain[1:]:
        return chain, []
    cut = len(chain) - 1 - chain[::-1].index(mention.origin)
    return chain[:cut], chain[cut:]
