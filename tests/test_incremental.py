"""Incremental runs: add, edit, delete, rename, duplicate content, extractor change, idempotence."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from flows import versioning
from flows.news_etl import run_flow
from flows.settings import Settings
from flows.summary import RunSummary
from tests.article_factory import article_text, write_articles
from tests.warehouse_helpers import duckdb_rows, published_rows, snapshot

pytestmark = pytest.mark.usefixtures("prefect_harness")


def run(seeds: Path, warehouse: Path, **options: int) -> RunSummary:
    return run_flow(Settings(seeds_dir=seeds, warehouse_dir=warehouse, workers=1, **options))


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    write_articles(tmp_path / "seeds", range(3))
    return tmp_path / "seeds"


def test_add_edit_delete(seeds: Path, tmp_path: Path) -> None:
    warehouse = tmp_path / "warehouse"
    first = run(seeds, warehouse)
    assert (first.files_new, first.rows["articles"]) == (3, 3)

    write_articles(seeds, [7])
    added = run(seeds, warehouse)
    assert (added.files_new, added.files_unchanged, added.rows["articles"]) == (1, 3, 4)

    (seeds / "article_00000.txt").write_text(article_text(100), encoding="utf-8")
    edited = run(seeds, warehouse)
    assert (edited.files_changed, edited.rows["articles"]) == (1, 4)
    titles = [row[4] for row in published_rows(warehouse, "articles")]
    assert any(title.startswith("Report 100:") for title in titles)
    assert not any(title.startswith("Report 0:") for title in titles)

    (seeds / "article_00001.txt").unlink()
    deleted = run(seeds, warehouse)
    assert (deleted.files_deleted, deleted.rows["articles"]) == (1, 3)
    assert "deleted 1" in deleted.as_text()
    # No row of a removed article is left behind in any table.
    article_ids = {row[0] for row in published_rows(warehouse, "articles")}
    for table in ("people", "quotes", "amounts"):
        assert {
            row[0] if table == "people" else row[1] for row in published_rows(warehouse, table)
        } <= article_ids


def test_rename_keeps_the_article_under_its_new_path(seeds: Path, tmp_path: Path) -> None:
    warehouse = tmp_path / "warehouse"
    run(seeds, warehouse)
    before = published_rows(warehouse, "quotes")
    (seeds / "article_00002.txt").rename(seeds / "renamed.txt")
    renamed = run(seeds, warehouse)
    assert (renamed.files_new, renamed.files_deleted) == (1, 1)
    paths = sorted(row[1] for row in published_rows(warehouse, "articles"))
    assert paths == ["article_00000.txt", "article_00001.txt", "renamed.txt"]
    assert published_rows(warehouse, "quotes") == before


def test_same_content_under_two_paths_is_one_article(seeds: Path, tmp_path: Path) -> None:
    warehouse = tmp_path / "warehouse"
    shutil.copy(seeds / "article_00000.txt", seeds / "copy.txt")
    summary = run(seeds, warehouse)
    assert summary.rows["articles"] == 3
    manifest = duckdb_rows(warehouse, "manifest")
    ids = {row[0]: row[5] for row in manifest}
    assert ids["copy.txt"] == ids["article_00000.txt"]
    (seeds / "article_00000.txt").unlink()
    after = run(seeds, warehouse)
    assert after.rows["articles"] == 3
    assert "copy.txt" in {row[1] for row in published_rows(warehouse, "articles")}


def test_extractor_change_reprocesses_everything(
    seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warehouse = tmp_path / "warehouse"
    run(seeds, warehouse)
    before = snapshot(warehouse)
    monkeypatch.setattr("flows.news_etl.extractor_version", lambda: "999+changed")
    bumped = run(seeds, warehouse)
    assert (bumped.files_changed, bumped.status) == (3, "published")
    assert snapshot(warehouse) == before
    versions = {row[0] for row in duckdb_rows_with_version(warehouse)}
    assert versions == {"999+changed"}
    assert versioning.extractor_version() != "999+changed"


def duckdb_rows_with_version(warehouse: Path) -> list[tuple]:
    import duckdb

    with duckdb.connect(str(warehouse / "newsetl.duckdb"), read_only=True) as con:
        return con.execute("select extractor_version from articles").fetchall()


def test_batch_size_and_file_order_do_not_change_the_tables(tmp_path: Path) -> None:
    forward = tmp_path / "forward"
    write_articles(forward, range(12))
    backward = tmp_path / "backward"
    backward.mkdir()
    for path in sorted(forward.iterdir(), reverse=True):  # other creation order and mtimes
        shutil.copy(path, backward / path.name)
    run(forward, tmp_path / "w1", batch_size=100)
    run(backward, tmp_path / "w2", batch_size=1)
    assert snapshot(tmp_path / "w1") == snapshot(tmp_path / "w2")
