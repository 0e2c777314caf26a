"""Quality gate: extraction scores on gold-annotated articles must not drop below their floors.

Scores come from the shared scorer (shared/tools/score_extraction.py) run on
`heuer extract --format jsonl` output, exactly as a user would measure them.
Floors live in quality_floors.json next to this file; raise them when the
extractor improves, lower one only on purpose, with the reason in the commit.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

import heuer

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
FLOORS = json.loads((HERE / "quality_floors.json").read_text())


def shared_dir() -> Path | None:
    for base in (REPO, *REPO.parents):
        candidate = base / "shared" if base != REPO else REPO.parent / "shared"
        if (candidate / "tools" / "score_extraction.py").exists():
            return candidate
    return None


SHARED = shared_dir()
GOLD_SETS = {
    "nk-troops": (SHARED / "examples" / "nk-troops") if SHARED else None,
    "test-articles": REPO / "tests" / "data" / "articles",
    "dev2-articles": REPO / "tests" / "data" / "articles_dev2",
    "dev3-articles": REPO / "tests" / "data" / "articles_dev3",
    "dev4-articles": REPO / "tests" / "data" / "articles_dev4",
    "dev5-articles": REPO / "tests" / "data" / "articles_dev5",
    "dev6-articles": REPO / "tests" / "data" / "articles_dev6",
    "dev-h1-articles": REPO / "tests" / "data" / "articles_dev_h1",
    "dev-h2-articles": REPO / "tests" / "data" / "articles_dev_h2",
    "dev7-articles": REPO / "tests" / "data" / "articles_dev7",
    "dev-h3-articles": REPO / "tests" / "data" / "articles_dev_h3",
    "dev-h4-articles": REPO / "tests" / "data" / "articles_dev_h4",
    "dev-h5-articles": REPO / "tests" / "data" / "articles_dev_h5",
    "dev-h6-articles": REPO / "tests" / "data" / "articles_dev_h6",
    "dev-h7-articles": REPO / "tests" / "data" / "articles_dev_h7",
    "dev-h8-articles": REPO / "tests" / "data" / "articles_dev_h8",
    "dev-h9-articles": REPO / "tests" / "data" / "articles_dev_h9",
    "dev8-articles": REPO / "tests" / "data" / "articles_dev8",
    "dev-h10-articles": REPO / "tests" / "data" / "articles_dev_h10",
    "dev-h11-articles": REPO / "tests" / "data" / "articles_dev_h11",
    "dev-h12-articles": REPO / "tests" / "data" / "articles_dev_h12",
    "dev-h13-articles": REPO / "tests" / "data" / "articles_dev_h13",
    "dev-h14-articles": REPO / "tests" / "data" / "articles_dev_h14",
    "dev-h15-articles": REPO / "tests" / "data" / "articles_dev_h15",
    "dev-h16-articles": REPO / "tests" / "data" / "articles_dev_h16",
    "dev-h17-articles": REPO / "tests" / "data" / "articles_dev_h17",
    "dev-h18-articles": REPO / "tests" / "data" / "articles_dev_h18",
    "dev-h19-articles": REPO / "tests" / "data" / "articles_dev_h19",
    "dev-h20-articles": REPO / "tests" / "data" / "articles_dev_h20",
    "dev-h21-articles": REPO / "tests" / "data" / "articles_dev_h21",
    "dev-h22-articles": REPO / "tests" / "data" / "articles_dev_h22",
    "dev-h23-articles": REPO / "tests" / "data" / "articles_dev_h23",
    "dev-h24-articles": REPO / "tests" / "data" / "articles_dev_h24",
    "dev-h25-articles": REPO / "tests" / "data" / "articles_dev_h25",
    "dev-h26-articles": REPO / "tests" / "data" / "articles_dev_h26",
    "dev-h27-articles": REPO / "tests" / "data" / "articles_dev_h27",
    "dev-h28-articles": REPO / "tests" / "data" / "articles_dev_h28",
    "dev-h29-articles": REPO / "tests" / "data" / "articles_dev_h29",
    "dev-h30-articles": REPO / "tests" / "data" / "articles_dev_h30",
    "dev-h31-articles": REPO / "tests" / "data" / "articles_dev_h31",
    "dev-h32-articles": REPO / "tests" / "data" / "articles_dev_h32",
    "dev-h33-articles": REPO / "tests" / "data" / "articles_dev_h33",
    "dev-h34-articles": REPO / "tests" / "data" / "articles_dev_h34",
}


def score(gold_dir: Path, tmp_path: Path) -> dict[str, float]:
    out = tmp_path / "pred.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for item in heuer.extract(sorted(str(p) for p in gold_dir.glob("*.txt"))):
            assert not isinstance(item, Exception), item
            fh.write(json.dumps(item.to_dict()) + "\n")
    scorer = SHARED / "tools" / "score_extraction.py"
    result = subprocess.run([sys.executable, str(scorer), str(gold_dir), str(out)], capture_output=True, text=True,
                            check=True)
    print(result.stdout)
    summary = next(line for line in result.stdout.splitlines() if line.startswith("summary"))
    return {k: float(v) for k, v in re.findall(r"(\w+)=([0-9.]+)", summary)}


@pytest.mark.skipif(SHARED is None, reason="shared/ (scorer and worked example) not found beside the repository")
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_extraction_scores_stay_above_floors(name: str, tmp_path: Path) -> None:
    gold_dir = GOLD_SETS[name]
    assert gold_dir is not None and gold_dir.exists()
    scores = score(gold_dir, tmp_path)
    below = {k: (scores[k], floor) for k, floor in FLOORS[name].items() if scores[k] < floor}
    assert not below, f"{name}: scores below their floors (score, floor): {below}"
