#!/usr/bin/env python3
"""Score the figure finder on bench/figures_gold.jsonl.

Usage:
  python bench/eval_figures.py [--part all|tune|heldout|heldout2] [--verbose]

The gold file holds invented news-style sentences, one JSON object a line:
``{"sentence": ..., "figures": [{"value", "range", "unit", "subject"}], "part": ...}``.
``part`` says how a line may be used:

- ``tune``: the first two thirds of the original 149 lines; the rules were
  tuned on these;
- ``heldout``: the last third of those 149 lines, written at the same time
  and only measured;
- ``heldout2``: 30 longer, real-news-like sentences written after the first
  held-out measurement, also only measured.

A gold ``unit`` or ``subject`` of null accepts any prediction.

Three measures, each a micro-averaged F1 over one-to-one matches of
predicted to gold figures in the same sentence:

- value:          same number (or the same range);
- value+unit:     and the units share a word stem (as in
                  /work/shared/tools/score_extraction.py);
- value+subject:  and the subjects' token-overlap F1 >= 0.5 after dropping
                  stopwords (a gold subject of null accepts any).

Precision counts every predicted figure, so a finder that emits every number
loses it.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

GOLD = Path(__file__).with_name("figures_gold.jsonl")

STOPWORDS = {
    "the", "a", "an", "of", "s", "and", "in", "to", "for", "on", "at", "by", "with", "from", "its", "their",
    "his", "her", "our", "your", "my", "this", "that", "these", "those", "who", "which", "have", "has",
    "had", "be", "been", "is", "are", "was", "were", "it", "they", "or", "as",
}


def tokens(s: str | None) -> list[str]:
    return [t for t in re.findall(r"[a-z0-9]+", (s or "").lower()) if t not in STOPWORDS]


def _stem(w: str) -> str:
    return w[:-1] if w.endswith("s") and len(w) > 3 else w


def unit_ok(gold: str | None, pred: str | None) -> bool:
    g = tokens(gold)
    if not g:
        return True
    return bool({_stem(w) for w in g} & {_stem(w) for w in tokens(pred)})


def subject_ok(gold: str | None, pred: str | None) -> bool:
    if not gold:
        return True
    g, p = set(tokens(gold)), set(tokens(pred))
    if not g or not p:
        return False
    common = len(g & p)
    if not common:
        return False
    prec, rec = common / len(p), common / len(g)
    return 2 * prec * rec / (prec + rec) >= 0.5


def number_of(fig: dict[str, Any]) -> tuple[float, ...] | None:
    if fig.get("range"):
        lo, hi = fig["range"]
        return (round(float(lo), 6), round(float(hi), 6))
    v = fig.get("value")
    return None if v is None else (round(float(v), 6),)


def match(golds: list[dict[str, Any]], preds: list[dict[str, Any]],
          ok: Callable[[dict[str, Any], dict[str, Any]], bool]) -> int:
    """Greedy one-to-one matching; returns the number of matched pairs."""
    used: set[int] = set()
    n = 0
    for g in golds:
        for i, p in enumerate(preds):
            if i in used or number_of(g) != number_of(p) or not ok(g, p):
                continue
            used.add(i)
            n += 1
            break
    return n


MEASURES: dict[str, Callable[[dict[str, Any], dict[str, Any]], bool]] = {
    "value": lambda g, p: True,
    "value+unit": lambda g, p: unit_ok(g.get("unit"), p.get("unit")),
    "value+subject": lambda g, p: subject_ok(g.get("subject"), p.get("subject")),
}


def load_gold(path: Path = GOLD) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def split(rows: list[dict[str, Any]], part: str) -> list[dict[str, Any]]:
    if part == "all":
        return rows
    return [r for r in rows if r.get("part") == part]


def predict(nlp: Any, rows: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    from heuer.extract.figures import find_figures

    out = []
    for row in rows:
        doc = nlp(row["sentence"])
        figs = []
        for sent in doc.sents:
            for m in find_figures(sent):
                figs.append({"value": m.value, "range": list(m.range) if m.range else None,
                             "unit": m.unit, "subject": m.subject, "text": m.text, "hedges": m.hedges})
        out.append(figs)
    return out


def score(rows: list[dict[str, Any]], preds: list[list[dict[str, Any]]]) -> dict[str, dict[str, float]]:
    n_gold = sum(len(r["figures"]) for r in rows)
    n_pred = sum(len(p) for p in preds)
    result = {}
    for name, ok in MEASURES.items():
        tp = sum(match(r["figures"], p, ok) for r, p in zip(rows, preds, strict=True))
        prec = tp / n_pred if n_pred else 0.0
        rec = tp / n_gold if n_gold else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        result[name] = {"precision": prec, "recall": rec, "f1": f1, "tp": tp, "gold": n_gold, "pred": n_pred}
    return result


def main(argv: list[str]) -> int:
    from heuer.extract.nlp import load_nlp

    part = "all"
    if "--part" in argv:
        part = argv[argv.index("--part") + 1]
    verbose = "--verbose" in argv
    nlp = load_nlp()
    all_rows = load_gold()
    parts = ["tune", "heldout", "heldout2", "all"] if part == "all" else [part]
    for name in parts:
        rows = split(all_rows, name)
        preds = predict(nlp, rows)
        res = score(rows, preds)
        print(f"[{name}] sentences={len(rows)} gold={res['value']['gold']} predicted={res['value']['pred']}")
        for m, s in res.items():
            print(f"  {m:14s} P={s['precision']:.3f} R={s['recall']:.3f} F1={s['f1']:.3f}")
        if verbose and name != "all":
            for row, pred in zip(rows, preds, strict=True):
                g = [(number_of(f), f["unit"], f["subject"]) for f in row["figures"]]
                p = [(number_of(f), f["unit"], f["subject"]) for f in pred]
                full = match(row["figures"], pred, lambda a, b: MEASURES["value+unit"](a, b)
                             and MEASURES["value+subject"](a, b))
                if full != len(row["figures"]) or len(pred) != len(row["figures"]):
                    print(f"  - {row['sentence']}\n      gold {g}\n      pred {p}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
