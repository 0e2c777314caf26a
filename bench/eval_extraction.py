#!/usr/bin/env python3
"""Score heuer's extraction and measure what its rules cost on top of the parser.

Usage:
  python bench/eval_extraction.py GOLD_DIR            # a folder of *.txt with gold_quotes.jsonl / gold_figures.jsonl
  python bench/eval_extraction.py POLNEAR_SPLIT_DIR   # a PolNeAR split (text/ and attributions/)
  options: --limit N (first N articles), --scorer-dir DIR (default: ../shared/tools next to the repo),
           --repeat N (timing rounds, default 3)

It writes the predictions as JSONL (the extraction output contract) to a
temporary file, runs the matching shared scorer on them, and prints its
summary line. Then it times bare spaCy ``nlp.pipe`` over the same texts and
heuer's ``extract_many`` (which parses with the same pipeline and runs every
rule), each the best of --repeat rounds in this same process, and prints the
throughput ratio bare_time / heuer_time (1.0 = the rules cost nothing; the
target is >= 0.8). Ratios, not seconds, because the machine is shared.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def load_documents(folder: Path, limit: int | None):
    from heuer.api import extract as read_and_extract  # noqa: F401  (import check)
    from heuer.ingest import expand_sources, read_source
    from heuer.model import Document

    text_dir = folder / "text" if (folder / "text").is_dir() else folder
    paths = sorted(text_dir.glob("*.txt"))[:limit]
    docs: list[Document] = []
    for ref in expand_sources([str(p) for p in paths]):
        for item in read_source(ref):
            if isinstance(item, Document):
                docs.append(item)
    return docs, ("polnear" if (folder / "attributions").is_dir() else "gold")


def best_of(rounds: int, fn) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", type=Path)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--scorer-dir", type=Path, default=REPO.parent / "shared" / "tools")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)

    from heuer.extract.nlp import load_nlp
    from heuer.extract.pipeline import extract_many

    docs, kind = load_documents(args.folder, args.limit)
    if not docs:
        print(f"no articles found in {args.folder}", file=sys.stderr)
        return 2
    nlp = load_nlp()
    texts = [d.text for d in docs]

    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
        for ex in extract_many(docs, nlp):
            fh.write(json.dumps(ex.to_dict(), ensure_ascii=False) + "\n")
        pred = Path(fh.name)

    scorer = args.scorer_dir / ("score_polnear.py" if kind == "polnear" else "score_extraction.py")
    if scorer.exists():
        result = subprocess.run([sys.executable, str(scorer), str(args.folder), str(pred)],
                                capture_output=True, text=True)
        print(result.stdout.rstrip())
    else:
        print(f"(scorer {scorer} not found: scores skipped; predictions in {pred})")

    chars = sum(len(t) for t in texts)
    list(nlp.pipe(texts[:2]))  # warm-up
    bare = best_of(args.repeat, lambda: list(nlp.pipe(texts)))
    full = best_of(args.repeat, lambda: list(extract_many(docs, nlp)))
    print(f"articles: {len(docs)}, characters: {chars:,}")
    print(f"throughput: bare spaCy nlp.pipe {chars / bare:,.0f} chars/s, heuer {chars / full:,.0f} chars/s")
    print(f"summary throughput_ratio={bare / full:.2f} (bare_time / heuer_time, target >= 0.80)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
