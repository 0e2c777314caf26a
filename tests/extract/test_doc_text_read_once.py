"""The rules read a parsed document's text through ``nlp.doc_text``, never ``doc.text``.

spaCy's ``Doc.text`` joins every token again on each access; called per token or per quote it made the rules
quadratic in an article's length (rule time over the PolNeAR dev articles fell from about 10 s to under 4 s
when the text was read once).
"""

from __future__ import annotations

import re
from pathlib import Path

from heuer.extract.nlp import doc_text, load_nlp

EXTRACT = Path(__file__).parents[2] / "src" / "heuer" / "extract"
_DOC_TEXT = re.compile(r"(?<![\w.])(?:self\.|sent\.|sentence\.)?doc\.text\b")


def test_no_rule_module_reads_doc_text_directly() -> None:
    offenders = []
    for path in sorted(EXTRACT.rglob("*.py")):
        if path.name == "nlp.py":
            continue  # where doc_text itself lives, and the parsing component that runs before it can
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#", 1)[0]
            if _DOC_TEXT.search(code) and not code.lstrip().startswith(("\"", "'")) and "``" not in code:
                offenders.append(f"{path.relative_to(EXTRACT)}:{number}")
    assert offenders == []


def test_doc_text_is_the_text_and_is_kept() -> None:
    doc = load_nlp()("The mayor said 40 homes were flooded.\n\nRescuers said two people were missing.")
    first = doc_text(doc)
    assert first == doc.text
    assert doc_text(doc) is first
