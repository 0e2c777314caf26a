#!/usr/bin/env python3
"""Claim matching measured on hand-labelled pairs (tests/data/ledger/pairs.jsonl).

Usage:
  python bench/eval_claim_matching.py [--embedder auto|minilm|hashing] [--sweep] [--corpus DIR]

``--corpus tests/data/ledger4`` measures the held-out corpus (a different story, never tuned on);
the shared nk-troops article is added only to the default corpus, whose labels name it.

It ingests the ledger test corpus (and the shared nk-troops article) into a
temporary database, builds the ledger, and for every labelled pair of sentences
asks whether heuer put them in one claim. It prints precision, recall and F1 of
"same claim", how many references found no extracted item (extraction misses count
as "not matched"), and the errors by category. ``--sweep`` also scores the pairwise
decision at other similarity thresholds, to calibrate an embedder.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHOW_MISSES = "--show-misses" in sys.argv
CORPUS = REPO / "tests" / "data" / "ledger"
SHARED = REPO.parent / "shared" / "examples" / "nk-troops"


def report_entities(corpus: Path, resolver) -> None:
    """Cross-document names: how many labelled variants resolve to their party's name."""
    expected = json.loads((corpus / "expected.json").read_text(encoding="utf-8"))
    right = total = 0
    for group in expected["entities"]:
        target = resolver.canonical(group["canonical"])
        for variant in group["variants"]:
            total += 1
            hit = resolver.canonical(variant) == target
            right += hit
            if not hit and SHOW_MISSES:
                print(f"ENTITY  {variant!r} -> {resolver.canonical(variant)!r}, not {target!r}")
    print(f"entity variants resolved to their party: {right}/{total} ({right / max(total, 1):.3f})")


def report_claims(corpus: Path, items, claim_of, find) -> None:
    """Claim-level agreement with expected.json: mentions gathered, source counts, circular flags."""
    from heuer.ledger.provenance import ProvenanceTracer  # noqa: F401  (documents the dependency)

    expected = json.loads((corpus / "expected.json").read_text(encoding="utf-8"))
    gathered = total = 0
    for claim in expected["claims"]:
        ids = []
        for mention in claim["mentions"]:
            found = find(mention, mention.get("value"))
            ids.append(next((claim_of[i.key] for i in found if i.key in claim_of), None))
        known = [i for i in ids if i is not None]
        if not known:
            continue
        main = max(set(known), key=known.count)
        gathered += known.count(main)
        total += len(ids)
    print(f"labelled claims: {len(expected['claims'])}; mentions gathered into one claim: {gathered}/{total} "
          f"({gathered / max(total, 1):.3f})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--embedder", default="auto")
    parser.add_argument("--sweep", action="store_true")
    parser.add_argument("--show-misses", action="store_true", help="print each missed or false pair")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="folder with articles, pairs.jsonl, expected.json")
    parser.add_argument("--dump", type=Path, help="write each labelled pair's items and cosine as JSON lines")
    args = parser.parse_args()
    corpus = args.corpus.resolve()
    with_shared = corpus == CORPUS.resolve()

    import heuer
    from heuer.ledger import persist, read_ledger, update_ledger
    from heuer.ledger.agreement import matching_text
    from heuer.ledger.embedding import make_embedder
    from heuer.ledger.items import load_items
    from heuer.ledger.matching import Thresholds, same_claim
    from heuer.ledger.update import _texts_before
    from heuer.store import Store

    embedder = make_embedder(args.embedder)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "pairs.db"
        sources = [str(p) for p in sorted(corpus.glob("*.txt"))]
        sources += [str(p) for p in sorted(SHARED.glob("*.txt"))] if with_shared else []
        heuer.ingest(sources, db=db)
        with Store.open(db) as store:
            update_ledger(store, embedder)
            db_resolver = read_ledger(store).resolver
            with store.reading("read") as connection:
                items = load_items(connection)
                claim_of = persist.assignments(connection)
                before = _texts_before(connection, items)
                paths = {row.id: Path(row.path).name for row in store.document_summaries()}
        vectors = {}
        texts = [matching_text(i, before.get(i.key, ""), with_sentence=getattr(embedder, "reads_sentences", False))
                 for i in items]  # what the ledger embeds
        for item, vector in zip(items, embedder.encode(texts), strict=True):
            vectors[item.key] = vector

    def find(ref: dict, value: float | None):
        doc = ref["doc"]
        if doc == "nk-troops":
            doc = next(iter(sorted(p.name for p in SHARED.glob("*.txt"))))
        found = [i for i in items if paths.get(i.document_id) == doc
                 and (ref["contains"] in i.sentence or (i.kind == "assertion" and i.sentence in ref["contains"]))]
        if value is not None:
            figures = [i for i in found if i.kind == "figure" and i.value is not None and abs(i.value - value) < 1e-6]
            if figures:
                return figures
        for kind in ("statement", "figure", "assertion"):
            if picked := [i for i in found if i.kind == kind]:
                return picked
        return []

    pairs = [json.loads(line) for line in (corpus / "pairs.jsonl").read_text().splitlines() if line.strip()]
    resolved = []
    missing = 0
    for pair in pairs:
        a, b = find(pair["a"], pair.get("value_a")), find(pair["b"], pair.get("value_b"))
        missing += (not a) + (not b)
        resolved.append((pair, a, b))

    def score(decide) -> tuple[float, float, float, Counter]:
        tp = fp = fn = 0
        errors: Counter = Counter()
        for pair, a, b in resolved:
            predicted = any(decide(x, y) for x in a for y in b)
            if predicted and pair["same_claim"]:
                tp += 1
            elif predicted:
                fp += 1
                errors[f"false match: {pair.get('category')}"] += 1
            elif pair["same_claim"]:
                fn += 1
                errors[f"missed: {pair.get('category')}" + ("" if a and b else " (not extracted)")] += 1
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0), errors

    def together(x, y) -> bool:
        return claim_of.get(x.key) is not None and claim_of.get(x.key) == claim_of.get(y.key)

    p, r, f, errors = score(together)
    if args.show_misses:
        for pair, a, b in resolved:
            predicted = any(together(x, y) for x in a for y in b)
            if predicted != pair["same_claim"] and a and b:
                best = max(float(vectors[x.key] @ vectors[y.key]) for x in a for y in b)
                print(f"{'MISSED' if pair['same_claim'] else 'FALSE '} cos={best:.2f} [{pair.get('category')}]"
                      f"\n   {a[0].kind}: {a[0].text[:110]}\n   {b[0].kind}: {b[0].text[:110]}")
    if args.dump:
        with args.dump.open("w", encoding="utf-8") as out:
            for pair, a, b in resolved:
                if not (a and b):
                    continue
                cos, x, y = max(((float(vectors[x.key] @ vectors[y.key]), x, y) for x in a for y in b),
                                key=lambda t: t[0])
                out.write(json.dumps({"same_claim": pair["same_claim"], "category": pair.get("category"),
                                      "cos": round(cos, 4), "together": together(x, y),
                                      "a": {"kind": x.kind, "text": x.text, "sentence": x.sentence},
                                      "b": {"kind": y.kind, "text": y.text, "sentence": y.sentence}}) + "\n")
    positives = sum(1 for pair in pairs if pair["same_claim"])
    print(f"embedder={embedder.name} pairs={len(pairs)} positives={positives} references_not_extracted={missing}")
    print(f"ledger claims: precision={p:.3f} recall={r:.3f} f1={f:.3f}")
    for what, count in errors.most_common():
        print(f"  {count:3d}  {what}")
    report_claims(corpus, items, claim_of, find)
    report_entities(corpus, db_resolver)
    if args.sweep:
        base = Thresholds.of(embedder)
        for same in (0.5, 0.55, 0.6, 0.65, 0.7, 0.72, 0.75, 0.8, 0.85):
            for related in (base.related,):
                limits = replace(base, same_claim=same, related=related)
                p, r, f, _ = score(
                    lambda x, y, limits=limits: same_claim(x, y, float(vectors[x.key] @ vectors[y.key]), limits)
                )
                print(f"pairwise same_claim>={same:.2f} related>={related:.2f}: P={p:.3f} R={r:.3f} F1={f:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
