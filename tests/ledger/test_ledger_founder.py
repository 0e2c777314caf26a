"""A claim grows from its first item: the rule that keeps it from drifting, and when a figure may pass it.

Three short original articles about one ferry's speed: the laboratory's release founds the claim with words
of its own ("a steady northerly heading at 22 knots"), a broadcast repeats the laboratory's figure, and a blog echoes the
broadcast almost word for word. The blog's figure is worded far from the release but close to the broadcast,
with the release's own value and unit: it belongs to the same claim.
"""

from __future__ import annotations

from pathlib import Path

import heuer
from heuer.ledger import read_ledger, update_ledger
from heuer.store import Store

_ARTICLES = {
    "tellwick-2031-04-02-release.txt": (
        "Tracking data show the Orla Venn turned sharply before capsizing\n\nBy Press Office\nTellwick Marine "
        "Laboratory\nApril 2, 2031\n\nThe Tellwick Marine Laboratory published the Orla Venn's last positions on "
        "Wednesday. Tracking signals show the ferry keeping a steady northerly heading at 22 knots until 02:14. The "
        "signals then show a sharp turn to port.\n"),
    "brightsea-2031-04-04-broadcast.txt": (
        "Lab data point to a sudden turn\n\nBy Marit Quennell\nBrightsea Radio\nApril 4, 2031\n\nInvestigators "
        "are studying the last minutes of the Orla Venn. According to the laboratory, the ship was doing 22 knots "
        "shortly before that turn.\n"),
    "saltrow-2031-04-07-blog.txt": (
        "What the ferry inquiry will not say\n\nBy Dunstan Achary\nSaltrow Notes\nApril 7, 2031\n\nThe ship was "
        "doing 22 knots in a storm and then made a hard turn to port. Nobody steers a ferry like that for fun.\n"),
}


def _ledger_of(articles: dict[str, str], embedder, folder: Path):  # noqa: ANN001, ANN202 - any embedder
    """The ledger of *articles* (file name: text) written to *folder*, with each document's file name by id."""
    paths = []
    for name, text in articles.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    db = folder / "ledger.db"
    heuer.ingest(paths, db=db)
    with Store.open(db) as store:
        update_ledger(store, embedder)
        return read_ledger(store), {d.id: Path(d.path).name for d in store.document_summaries()}


def test_a_figure_worded_as_a_member_with_the_first_figure_s_value_joins_its_claim(tmp_path: Path, embedder) -> None:
    ledger, names = _ledger_of(_ARTICLES, embedder, tmp_path)
    speeds = [c for c in ledger.claims if c.kind == "figure" and c.value == 22]
    homes = {names[m.document_id]: c.id for c in speeds for m in c.mentions}
    assert set(homes) == set(_ARTICLES)
    assert len(set(homes.values())) == 1, homes


class _KeywordEmbedder:
    """Vectors set by a keyword of each text, with chosen cosines: the inspection finding (A), its echo about
    the launching gear (B, 0.72 from A) and a survivor's loose echo (C, 0.78 from B but 0.50 from A); every other
    text gets a vector of its own."""

    name = "keyword-test"
    dim = 64
    same_claim = 0.70
    related = 0.45
    same_claim_in_sentence = None

    def __init__(self) -> None:
        import numpy as np

        self.np = np
        b2 = (1 - 0.72**2) ** 0.5
        c2 = (0.78 - 0.72 * 0.5) / b2
        self.fixed = {"inspection": [1.0, 0.0, 0.0], "launching gear": [0.72, b2, 0.0],
                      "jammed on their davits": [0.5, c2, (1 - 0.25 - c2**2) ** 0.5]}

    def encode(self, texts):
        np = self.np
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            key = next((k for k in self.fixed if k in text), None)
            if key is not None:
                out[row, :3] = self.fixed[key]
            else:
                out[row, 3 + sum(map(ord, text)) % (self.dim - 3)] = 1.0
        return out


_ECHOES = {
    "office-2031-05-02-statement.txt": (
        "Inspectors found lifeboat defects\n\nBy Press Office\nMaritime Safety Office\nMay 2, 2031\n\nThe Maritime "
        "Safety Office said an inspection in May had found defects in the rescue equipment.\n"),
    "gazette-2031-05-03-news.txt": (
        "Ferry boats had faulty gear\n\nBy Ines Calloway\nHarbour Gazette\nMay 3, 2031\n\nOfficials at the port "
        "said the boats had faulty launching gear.\n"),
    "courier-2031-05-05-news.txt": (
        "Survivors describe the last hour\n\nBy Odile Fenwright\nCoastal Courier\nMay 5, 2031\n\nA survivor, Bram "
        "Okafor-Lisle, said the boats jammed on their davits.\n"),
}


def test_a_statement_worded_almost_as_a_member_joins_its_claim(tmp_path: Path) -> None:
    ledger, names = _ledger_of(_ECHOES, _KeywordEmbedder(), tmp_path)
    homes = {names[m.document_id]: c.id for c in ledger.claims if c.kind == "statement" for m in c.mentions
             if any(k in m.sentence for k in ("inspection", "launching gear", "jammed on their davits"))}
    assert set(homes) == set(_ECHOES)
    assert len(set(homes.values())) == 1, homes
