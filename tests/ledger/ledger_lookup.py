"""Find claims in a ledger by the words of one of their sentences."""

from __future__ import annotations

from pathlib import Path

from heuer.ledger import Ledger
from heuer.model import Claim


def claims_with(ledger: Ledger, sentence_part: str, *, kind: str | None = None, value: float | None = None,
                path_part: str | None = None) -> list[Claim]:
    found = []
    for claim in ledger.claims:
        if kind and claim.kind != kind:
            continue
        if value is not None and claim.value != value:
            continue
        if any(sentence_part in m.sentence for m in claim.mentions):
            found.append(claim)
    return found


def one_claim(ledger: Ledger, sentence_part: str, **kwargs) -> Claim:
    found = claims_with(ledger, sentence_part, **kwargs)
    assert len(found) == 1, [(c.id, c.summary) for c in found]
    return found[0]


def stem(path: str) -> str:
    return Path(path).name


SHARED = Path(__file__).resolve().parents[3] / "shared" / "examples" / "nk-troops"
