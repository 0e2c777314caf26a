"""Filters over statements, figures, entities and events across documents."""

from __future__ import annotations

from datetime import date

from store_samples import kyiv, seoul

from heuer.store import Store, StoredEntity


def test_statements_carry_their_document_for_citing(stocked: Store) -> None:
    found = stocked.statements()
    assert [s.statement.content for s in found] == [
        "some 12,000 troops had been sent to Russia",
        "We will not stand idly by,",
        "11,000 North Korean soldiers are in Kursk",
        "no",
    ]
    first = found[0]
    assert first.statement == seoul().statements[0]
    assert (first.document_id, first.title, first.outlet, first.published) == (
        seoul().document.id,
        "North Korea sent 12,000 troops to Russia, Seoul says",
        "Example Times",
        date(2024, 10, 18),
    )
    assert len({s.id for s in found}) == 4


def test_statement_filters_are_case_insensitive_substrings(stocked: Store) -> None:
    assert [s.statement.content for s in stocked.statements(speaker="zELENsky")] == [
        "11,000 North Korean soldiers are in Kursk",
        "no",
    ]
    assert [s.statement.content for s in stocked.statements(text="12,000")] == [
        "some 12,000 troops had been sent to Russia"
    ]
    assert [s.statement.content for s in stocked.statements(speaker="zelensky", text="KURSK")] == [
        "11,000 North Korean soldiers are in Kursk"
    ]
    assert stocked.statements(text="100%") == []
    assert stocked.statements(text="_") == []
    assert stocked.statements(text="/") == []
    assert len(stocked.statements(document=kyiv().document.id[:8])) == 2
    assert len(stocked.statements(limit=3)) == 3


def test_figure_filters(stocked: Store) -> None:
    assert [f.figure.text for f in stocked.figures(unit="SOLDIERS")] == [
        "Between 10,000 and 12,000",
        "11,000",
    ]
    assert [f.figure.value for f in stocked.figures(subject="kursk")] == [11000.0]
    assert [f.figure.value for f in stocked.figures(source="intelligence")] == [12000.0]
    ranged = stocked.figures(subject="who left")[0]
    assert ranged.figure.range == (10000.0, 12000.0) and ranged.figure.value is None
    assert stocked.figures(unit="soldiers", document=seoul().document.id)[0].title.startswith("North Korea")
    assert len(stocked.figures(limit=1)) == 1


def test_entities_are_aggregated_across_documents(stocked: Store) -> None:
    found = stocked.entities()
    assert found[:2] == [
        StoredEntity("National Intelligence Service", "ORG", ("NIS", "Seoul's spy agency"), 3, 2),
        StoredEntity("Russia", "GPE", ("Russian Federation",), 3, 2),
    ]
    assert {e.name for e in found} == {
        "National Intelligence Service",
        "Russia",
        "Yoon Suk Yeol",
        "Jörg Müller",
    }


def test_entity_filters_match_names_aliases_and_labels(stocked: Store) -> None:
    assert [e.name for e in stocked.entities(label="person")] == ["Jörg Müller", "Yoon Suk Yeol"]
    assert [e.name for e in stocked.entities(name="MÜLLER")] == ["Jörg Müller"]
    assert [e.name for e in stocked.entities(name="spy agency")] == ["National Intelligence Service"]
    assert [e.name for e in stocked.entities(name="federation", label="gpe")] == ["Russia"]
    assert stocked.entities(name='", "') == []  # JSON punctuation is not an alias


def test_events_are_ordered_by_date_and_filtered_by_overlap(stocked: Store) -> None:
    found = stocked.events()
    assert [e.event.text for e in found] == ["soldiers left", "soldiers arrived in Kursk"]
    assert found[0].event == seoul().events[0]
    assert found[1].outlet == "Der Beispiel"
    assert [e.event.text for e in stocked.events(start=date(2024, 10, 5), end=date(2024, 10, 6))] == [
        "soldiers left"
    ]
    assert [e.event.text for e in stocked.events(start=date(2024, 10, 11))] == ["soldiers arrived in Kursk"]
    assert [e.event.text for e in stocked.events(end=date(2024, 9, 30))] == []
    assert [e.event.text for e in stocked.events(document=kyiv().document.id[:6])] == [
        "soldiers arrived in Kursk"
    ]


def test_stats_count_everything(stocked: Store) -> None:
    assert stocked.stats() == {
        "documents": 2,
        "near_duplicates": 0,
        "statements": 4,
        "figures": 3,
        "entities": 4,
        "events": 2,
    }
