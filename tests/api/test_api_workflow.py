"""The library workflow on real files and a real SQLite database: ingest, read back, brief, extract.

The demo corpus is the bundled fictional exercise scenario: six articles, of which
varnia-03 (The Coastline Courier) is a syndicated near-copy of varnia-02 (Harbor Wire).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest

import heuer

DEMO = sorted(heuer.demo_corpus_dir().glob("*.txt"))
ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"


def demo(prefix: str) -> Path:
    (path,) = [p for p in DEMO if p.name.startswith(prefix)]
    return path


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def squash(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, heuer.IngestReport]:
    db = tmp_path_factory.mktemp("workflow") / "story.db"
    report = heuer.ingest([str(p) for p in DEMO], db=str(db))
    return db, report


# -- ingest ---------------------------------------------------------------------------------------

def test_demo_corpus_has_the_six_articles() -> None:
    assert [p.name[:9] for p in DEMO] == [f"varnia-0{i}" for i in range(1, 7)]


def test_ingest_stores_every_article_once_keyed_by_its_sha256(demo_db) -> None:
    db, report = demo_db
    assert report.ok and report.failed == []
    assert report.stored == 6
    assert Counter(o.status for o in report.outcomes) == {"stored": 5, "near_duplicate": 1}
    assert [(o.source, o.document_id) for o in report.outcomes] == [(str(p), sha256(p)) for p in DEMO]
    assert sorted(d.id for d in heuer.documents(db)) == sorted(sha256(p) for p in DEMO)


def test_syndicated_copy_is_linked_to_the_wire_original(demo_db) -> None:
    db, report = demo_db
    original, copy = sha256(demo("varnia-02")), sha256(demo("varnia-03"))
    (outcome,) = [o for o in report.outcomes if o.status == "near_duplicate"]
    assert (outcome.document_id, outcome.near_duplicate_of) == (copy, original)
    links = {d.id: d.near_duplicate_of for d in heuer.documents(db)}
    assert links.pop(copy) == original
    assert set(links.values()) == {None}


def test_documents_carry_the_metadata_of_their_header(demo_db) -> None:
    db, _ = demo_db
    (first,) = [d for d in heuer.documents(db) if d.id == sha256(demo("varnia-01"))]
    assert first.title == "[Exercise] Tavrin says thousands of Varnian troops have arrived in Kestrel"
    assert (first.outlet, first.byline, first.published) == ("The Meridian Post", "Elsa Moravec-Quinn", date(2031, 3, 10))
    assert first.path == str(demo("varnia-01"))


def test_ingest_again_stores_nothing_new(demo_db) -> None:
    db, _ = demo_db
    before = (len(heuer.documents(db)), len(heuer.quotes(db)), len(heuer.figures(db)), len(heuer.timeline(db)))
    totals: list[int] = []
    seen: list[tuple[str, list[str]]] = []
    again = heuer.ingest([str(p) for p in DEMO], db=str(db), on_total=totals.append,
                         on_source=lambda label, outcomes: seen.append((label, [o.status for o in outcomes])))
    assert again.ok and again.stored == 0
    assert [(o.status, o.document_id) for o in again.outcomes] == [("duplicate", sha256(p)) for p in DEMO]
    assert totals == [6]
    assert seen == [(str(p), ["duplicate"]) for p in DEMO]
    after = (len(heuer.documents(db)), len(heuer.quotes(db)), len(heuer.figures(db)), len(heuer.timeline(db)))
    assert after == before


def test_failures_are_reported_not_raised_and_the_batch_goes_on(tmp_path: Path) -> None:
    junk = tmp_path / "scan.txt"
    junk.write_bytes(bytes(range(256)) * 4)
    good = ARTICLES / "interview-fire-chief.txt"
    report = heuer.ingest([str(junk), str(good)], db=tmp_path / "mixed.db")
    assert not report.ok
    assert [(o.source, o.status) for o in report.outcomes] == [(str(junk), "failed"), (str(good), "stored")]
    assert report.failed[0].error.startswith(f"{junk}: ")
    assert [d.id for d in heuer.documents(tmp_path / "mixed.db")] == [sha256(good)]


def test_ingest_a_url_from_a_local_server(tmp_path: Path, http_server) -> None:
    page = (
        "<html><head><title>Tollin floods</title></head><body><article><h1>Floods reach Tollin</h1>"
        "<p>The river burst its banks near Tollin early on Monday after three days of rain.</p>"
        "<p>The interior ministry said on Monday that 40 people had been evacuated from the old town. "
        "Rescue teams were still searching two streets near the harbour in the evening.</p>"
        "<p>\"We moved the families before the water came,\" said Amara Velk, the mayor of Tollin.</p>"
        "</article></body></html>"
    )
    url = http_server.add("/news/tollin-floods", page)
    missing = http_server.url("/news/gone")
    db = tmp_path / "web.db"
    report = heuer.ingest([url, missing], db=db)
    statuses = {o.source: o.status for o in report.outcomes}
    assert statuses == {url: "stored", missing: "failed"}
    assert missing in report.failed[0].error
    (doc,) = heuer.documents(db)
    assert (doc.path, doc.kind) == (url, "url")
    assert "Amara Velk" in {q.statement.speaker.name for q in heuer.quotes(db) if q.statement.speaker}
    assert [f.figure.value for f in heuer.figures(db, unit="people")] == [40]


def test_open_store_leaves_a_store_it_was_given_open(demo_db) -> None:
    db, _ = demo_db
    with heuer.open_store(db) as store:
        assert len(heuer.documents(store)) == 6
        assert len(heuer.documents(store, limit=2)) == 2  # still open after the first call


# -- reading the store ----------------------------------------------------------------------------

def test_quotes_name_the_speakers_of_the_story(demo_db) -> None:
    db, _ = demo_db
    speakers = {q.statement.speaker.name for q in heuer.quotes(db) if q.statement.speaker}
    assert {"Selin Achterberg", "Dusan Peltrov", "Kasimir Dobrev-Hale", "Arkady Venn"} <= speakers
    peltrov = heuer.quotes(db, speaker="Peltrov")
    assert peltrov and {q.statement.speaker.name for q in peltrov} == {"Dusan Peltrov"}
    denial = [q for q in peltrov if q.document_id == sha256(demo("varnia-01"))]
    assert ("direct", "There are no Varnian soldiers on Kestrel soil and there will be none,") in [
        (q.statement.kind, q.statement.content) for q in denial]
    assert denial[0].outlet == "The Meridian Post"


def test_quotes_filter_by_text_and_document_prefix(demo_db) -> None:
    db, _ = demo_db
    rent = heuer.quotes(db, text="renting out soldiers")
    assert rent and {q.statement.speaker.name for q in rent} == {"Selin Achterberg"}
    # the same quote stands in the wire story and in its syndicated copy
    assert {q.document_id for q in rent} == {sha256(demo("varnia-02")), sha256(demo("varnia-03"))}
    prefix = sha256(demo("varnia-04"))[:8]
    in_doc = heuer.quotes(db, document=prefix)
    assert in_doc and {q.document_id for q in in_doc} == {sha256(demo("varnia-04"))}
    assert len(heuer.quotes(db, limit=3)) == 3


def test_figures_keep_value_source_via_and_hedges(demo_db) -> None:
    db, _ = demo_db
    first = [f.figure for f in heuer.figures(db, document=sha256(demo("varnia-01")))]
    by_value = {f.value: f for f in first}
    assert by_value[8000].unit == "troops"
    assert "approximately" in by_value[8000].hedges
    # "Halvenian media, however, citing NSB sources, reported that Varnia may be preparing to send some 10,000 troops"
    assert (by_value[10000].source, by_value[10000].via) == ("National Security Bureau", ["Halvenian media"])
    assert {"some", "may"} <= set(by_value[10000].hedges)
    troops = heuer.figures(db, unit="troops")
    assert troops and all("troops" in f.figure.unit for f in troops)
    assert 8000 in {f.figure.value for f in troops}


def test_entities_merge_aliases(demo_db) -> None:
    db, _ = demo_db
    people = heuer.entities(db, label="PERSON")
    assert people and {e.label for e in people} == {"PERSON"}
    (achterberg,) = [e for e in people if e.name == "Selin Achterberg"]
    assert "Achterberg" in achterberg.aliases
    assert achterberg.documents >= 3
    did = heuer.entities(db, name="DID")
    assert "Defence Intelligence Directorate" in {e.name for e in did}


def test_timeline_is_in_date_order_with_dates_resolved(demo_db) -> None:
    db, _ = demo_db
    events = heuer.timeline(db)
    dates = [e.event.date for e in events]
    assert dates == sorted(dates)
    assert all(date(2031, 3, 1) <= d <= date(2031, 3, 31) for d in dates)
    # varnia-01 is dated Monday 10 March 2031: "told The Meridian Post on Sunday" is 9 March
    sunday = heuer.timeline(db, start=date(2031, 3, 9), end=date(2031, 3, 9))
    assert sunday and all(e.event.date == date(2031, 3, 9) for e in sunday)
    told = [e.event for e in sunday if e.document_id == sha256(demo("varnia-01")) and "8,000" in e.event.text]
    assert [e.date_text for e in told] == ["on Sunday"]


def test_search_finds_words_and_phrases(demo_db) -> None:
    db, _ = demo_db
    hits = heuer.search("interpreter", db)
    assert hits and hits[0].document_id == sha256(demo("varnia-01"))
    assert "interpreter" in hits[0].snippet
    phrase = heuer.search('"special forces"', db)
    assert len({h.document_id for h in phrase}) >= 3
    assert heuer.search("zeppelinlike", db) == []
    assert isinstance(heuer.search("NEAR( AND", db), list)  # operators are plain words, never an SQL error


# -- brief ----------------------------------------------------------------------------------------

CITATION = re.compile(r'^(\d+)\. <a id="c\1"></a>\[(D\d+)\]\(#d\d+\) “(.*)”$')
REF = re.compile(r"\[(\d+)\]\(#c\1\)")


class _CitationParser(HTMLParser):
    """Collects the text of every <li id="cN"> and the targets of statement citation links."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.citations: dict[int, str] = {}
        self.quote_refs: list[int] = []
        self.all_refs: list[int] = []
        self._li: int | None = None
        self._in_quote = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "li" and (a.get("id") or "").startswith("c"):
            self._li = int(a["id"][1:])
            self.citations[self._li] = ""
        elif tag == "blockquote":
            self._in_quote = True
        elif tag == "a" and (a.get("href") or "").startswith("#c"):
            self.all_refs.append(int(a["href"][2:]))
            if self._in_quote:
                self.quote_refs.append(int(a["href"][2:]))

    def handle_endtag(self, tag: str) -> None:
        if tag == "li":
            self._li = None
        elif tag == "blockquote":
            self._in_quote = False

    def handle_data(self, data: str) -> None:
        if self._li is not None:
            self.citations[self._li] += data


def test_brief_cites_the_sentence_of_every_statement(demo_db, tmp_path: Path) -> None:
    db, _ = demo_db
    md_path, html_path = tmp_path / "out" / "brief.md", tmp_path / "brief.html"
    result = heuer.brief(db, title="Varnia desk brief", markdown_path=md_path, html_path=html_path)
    assert md_path.read_text(encoding="utf-8") == result.markdown
    assert html_path.read_text(encoding="utf-8") == result.html
    md = result.markdown.splitlines()
    assert md[0] == "# Varnia desk brief"
    assert "from 6 documents, published 10 Mar 2031 – 17 Mar 2031" in md[2]

    # the source list maps D-keys to documents, and marks the syndicated copy
    keys = {s.key: s.summary.id for s in result.data.sources}
    key_of = {v: k for k, v in keys.items()}
    assert f"near-duplicate of {key_of[sha256(demo('varnia-02'))]}" in next(
        line for line in md if f"**{key_of[sha256(demo('varnia-03'))]}**" in line)

    # citation lines: numbered 1..N, each "N. [Dk] “sentence”"
    cited: dict[int, tuple[str, str]] = {}
    for line in md[md.index("## Citations") + 2:]:
        if line:
            m = CITATION.match(line)
            assert m, line
            cited[int(m[1])] = (m[2], m[3])
    assert sorted(cited) == list(range(1, len(cited) + 1))
    assert {int(n) for n in REF.findall(result.markdown)} == set(cited)  # every reference resolves, none is orphaned

    # statement items: one per stored statement, each citing its own document and sentence
    section = md[md.index("## Who said what") + 2:md.index("## Figures")]
    items = [line for line in section if line.startswith("- ")]
    groups = [q for g in result.data.speakers for q in g.items]
    stored = Counter((q.document_id, q.statement.content, squash(q.statement.sentence)) for q in heuer.quotes(db))
    assert len(items) == len(groups) == sum(stored.values())
    seen: Counter = Counter()
    for line, q in zip(items, groups, strict=True):
        number = q.citation.number
        assert line.endswith(f" [{number}](#c{number})"), line
        assert q.content in line
        key, sentence = cited[number]
        seen[(keys[key], q.content, sentence)] += 1
    assert seen == stored

    # the HTML carries the same citations, and every statement links to one
    parser = _CitationParser()
    parser.feed(result.html)
    assert {n: squash(text) for n, text in parser.citations.items()} == {
        n: f"{key} “{sentence}”" for n, (key, sentence) in cited.items()}
    assert parser.quote_refs == [q.citation.number for q in groups]
    assert set(parser.all_refs) == set(cited)


# -- extraction without a store -------------------------------------------------------------------

def test_extract_text_reported_speech_with_a_figure_and_a_date() -> None:
    text = "The interior ministry said on Monday that 40 people had been evacuated."
    ex = heuer.extract_text(text, outlet="Tollin Gazette", published=date(2031, 4, 2))  # a Wednesday
    assert ex.document.text == text
    assert ex.document.id == hashlib.sha256(text.encode("utf-8")).hexdigest()
    (st,) = ex.statements
    assert (st.kind, st.content, st.cue, st.via, st.hedges) == ("indirect", "40 people had been evacuated", "said", [], [])
    assert (st.speaker.name, st.speaker.mention) == ("interior ministry", "The interior ministry")
    assert (st.sentence, text[st.span[0]:st.span[1]]) == (text, st.content)
    (fig,) = ex.figures
    assert (fig.value, fig.range, fig.unit, fig.subject, fig.text) == (40, None, "people", "people", "40")
    assert (fig.source, fig.via, fig.hedges) == ("interior ministry", [], [])
    assert text[fig.span[0]:fig.span[1]] == "40"
    (event,) = ex.events
    assert (event.date, event.end, event.date_text) == (date(2031, 3, 31), None, "on Monday")


def test_extract_text_direct_quote_with_a_hedged_figure() -> None:
    text = '"We have moved about 120 families to the school," said Amara Velk, the mayor of Tollin.'
    ex = heuer.extract_text(text)
    (st,) = ex.statements
    assert (st.kind, st.content, st.cue, st.hedges) == (
        "direct", "We have moved about 120 families to the school,", "said", ["about"])
    assert (st.speaker.name, st.speaker.type) == ("Amara Velk", "person")
    (fig,) = ex.figures
    assert (fig.value, fig.unit, fig.text, fig.source, fig.hedges) == (120, "families", "about 120", "Amara Velk", ["about"])
    assert ex.to_dict()["schema_version"] == 1


def test_extract_the_worked_example_of_the_contract(nk_troops_article: Path) -> None:
    (ex,) = list(heuer.extract([str(nk_troops_article)]))
    doc = ex.document
    assert (doc.id, doc.path) == (sha256(nk_troops_article), str(nk_troops_article))
    assert (doc.outlet, doc.published) == ("bne IntelliNews", date(2024, 10, 31))
    # the figure the contract shows: "South Korean media, citing NIS sources, reported that ... some 12,000 troops"
    nis = [f for f in ex.figures if f.value == 12000 and f.source == "National Intelligence Service"]
    assert [(f.unit, f.via) for f in nis] == [("troops", ["South Korean media"])]
    assert {"around", "may"} <= set(nis[0].hedges)


def test_reading_a_missing_database_is_an_error_and_creates_nothing(tmp_path: Path) -> None:
    from heuer.errors import StoreError

    missing = tmp_path / "typo" / "story.db"
    with pytest.raises(StoreError, match="no such database"):
        heuer.quotes(missing)
    assert not missing.parent.exists()


def test_extract_reports_a_document_the_rules_fail_on_and_goes_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from heuer.errors import IngestError
    from heuer.extract import pipeline

    good = tmp_path / "good.txt"
    good.write_text("The ministry said on Monday that 40 people had been evacuated from the valley.\n")
    poison = tmp_path / "poison.txt"
    poison.write_text("This text makes the rules fail: POISON.\n")
    real = pipeline.analyse

    def analyse(document, doc):  # noqa: ANN001, ANN202
        if "POISON" in document.text:
            raise RuntimeError("rule failure")
        return real(document, doc)

    monkeypatch.setattr(pipeline, "analyse", analyse)
    items = list(heuer.extract([str(poison), str(good)]))
    errors = [i for i in items if isinstance(i, IngestError)]
    done = [i for i in items if not isinstance(i, IngestError)]
    assert [e.source for e in errors] == [str(poison)]
    assert "extraction failed" in str(errors[0])
    assert [d.document.path for d in done] == [str(good)]
    assert done[0].statements[0].speaker.name == "ministry"
