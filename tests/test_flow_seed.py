"""End to end: the flow on the seed article, into tmp_path, under a Prefect test harness."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from flows.news_etl import run_flow
from flows.settings import Settings
from tests.conftest import SEED

pytestmark = pytest.mark.usefixtures("prefect_harness")

KULEBA = "Dmytro Kuleba"
LAVROV = "Sergei Lavrov"
HEAPPEY = "James Heappey"


@pytest.fixture(scope="module")
def seed_warehouse(tmp_path_factory: pytest.TempPathFactory, prefect_harness: None) -> Path:
    root = tmp_path_factory.mktemp("seed-run")
    seeds = root / "seeds"
    seeds.mkdir()
    shutil.copy(SEED, seeds / SEED.name)
    summary = run_flow(Settings(seeds_dir=seeds, warehouse_dir=root / "warehouse", workers=1))
    assert summary.status == "published"
    return root / "warehouse"


def parquet(warehouse: Path, table: str) -> duckdb.DuckDBPyRelation:
    return duckdb.sql(f"select * from read_parquet('{warehouse}/parquet/{table}/**/*.parquet')")


def test_articles_row(seed_warehouse: Path) -> None:
    rows = parquet(seed_warehouse, "articles").fetchall()
    assert len(rows) == 1
    columns = parquet(seed_warehouse, "articles").columns
    row = dict(zip(columns, rows[0], strict=True))
    assert row["title"] == "Ukraine War: Deadlock Again In Russia, Ukraine Ceasefire Talks"
    assert row["headline"] == "Deadlock Again In Russia, Ukraine Ceasefire Talks"
    assert row["paragraph_count"] == 18
    assert row["source_path"] == SEED.name
    assert row["encoding"] == "utf-8"


def test_people_with_roles_and_affiliations(seed_warehouse: Path) -> None:
    rows = parquet(seed_warehouse, "people").project("name, role, affiliation").fetchall()
    assert sorted(rows) == [
        (KULEBA, "Foreign Minister", "Ukraine"),
        (HEAPPEY, "Armed Forces Minister", "United Kingdom"),
        ("Mevlut Cavusoglu", "Foreign Minister", "Turkey"),
        (LAVROV, "Foreign Minister", "Russia"),
    ]


def test_every_quote_with_its_speaker(seed_warehouse: Path) -> None:
    rows = (
        parquet(seed_warehouse, "quotes")
        .order("char_start")
        .project("quote_text, speaker_name")
        .fetchall()
    )
    expected_openings = [
        ("no progress", KULEBA),
        ("it seems that there are other decision-makers", KULEBA),
        ("I want to repeat that Ukraine has not surrendered", KULEBA),
        ("difficult", KULEBA),
        ("traditional narratives", KULEBA),
        ("again in this format", KULEBA),
        ("Today’s meeting has confirmed", LAVROV),
        ("We are in favour of any contacts", LAVROV),
        ("Russian commanders need to remember", HEAPPEY),
        ("dangerously", LAVROV),
        ("We see how dangerously", LAVROV),
        ("practicality and feasibility", HEAPPEY),
    ]
    assert len(rows) == len(expected_openings)
    for (text, speaker), (opening, expected_speaker) in zip(rows, expected_openings, strict=True):
        assert text.startswith(opening)
        assert speaker == expected_speaker


def test_amounts_with_values_units_and_qualifiers(seed_warehouse: Path) -> None:
    rows = (
        parquet(seed_warehouse, "amounts").project("text, kind, value, unit, qualifier").fetchall()
    )
    found = {row[0]: row[1:] for row in rows}
    assert found["$1.5 trillion"] == ("money", 1.5e12, "USD", None)
    assert found["$13.6 billion"] == ("money", 1.36e10, "USD", None)
    assert found["$4 billion"] == ("money", 4e9, "USD", "more than")
    assert found["24-hour"] == ("duration", 24.0, "hour", None)
    assert found["six months"] == ("duration", 6.0, "month", None)
    assert found["two weeks"] == ("duration", 2.0, "week", None)
    assert {kind for kind, *_ in found.values()} <= {"money", "duration", "count"}


def test_duckdb_holds_the_same_tables_as_parquet(seed_warehouse: Path) -> None:
    with duckdb.connect(str(seed_warehouse / "newsetl.duckdb"), read_only=True) as con:
        counts = {
            table: con.execute(f"select count(*) from {table}").fetchone()[0]
            for table in ("articles", "people", "quotes", "amounts", "rejects", "runs")
        }
        attributions = con.execute("select count(*) from quote_attributions").fetchone()[0]
    for table in ("articles", "people", "quotes", "amounts", "rejects", "runs"):
        in_parquet = len(parquet(seed_warehouse, table).fetchall())
        assert counts[table] == in_parquet, table
    assert attributions == 12


def test_offsets_reproduce_text_in_duckdb(seed_warehouse: Path) -> None:
    with duckdb.connect(str(seed_warehouse / "newsetl.duckdb"), read_only=True) as con:
        mismatches = con.execute(
            "select count(*) from quotes q join articles a using (article_id)"
            " where substr(a.body, q.char_start + 1, q.char_end - q.char_start) <> q.quote_text"
        ).fetchone()[0]
    assert mismatches == 0


def test_second_run_without_change_publishes_nothing_new(seed_warehouse: Path) -> None:
    seeds = seed_warehouse.parent / "seeds"
    before = {t: parquet(seed_warehouse, t).fetchall() for t in ("articles", "quotes", "runs")}
    summary = run_flow(Settings(seeds_dir=seeds, warehouse_dir=seed_warehouse, workers=1))
    assert summary.status == "unchanged"
    assert "nothing changed" in summary.as_text()
    assert summary.files_unchanged == 1 and summary.files_new == 0
    after = {t: parquet(seed_warehouse, t).fetchall() for t in ("articles", "quotes", "runs")}
    assert after == before


def test_run_summary_is_published_as_a_prefect_artifact(seed_warehouse: Path) -> None:
    import asyncio

    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

    async def latest() -> list:
        async with get_client() as client:
            return await client.read_artifacts(
                artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=["newsetl-run-summary"]))
            )

    artifacts = asyncio.run(latest())
    assert artifacts, "no newsetl-run-summary artifact"
    assert any("| articles | 1 |" in str(a.data) for a in artifacts)
