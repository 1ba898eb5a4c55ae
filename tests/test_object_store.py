"""`--warehouse s3://bucket/prefix`: the Parquet tables go to object storage through fsspec,
checked against a local S3 endpoint (moto's server on 127.0.0.1); DuckDB stays local."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from moto.server import ThreadedMotoServer

from flows.news_etl import run_flow
from flows.settings import Settings
from flows.storage.object_store import ObjectStoreTarget
from flows.storage.targets import attach_filesystem, parquet_target
from tests.article_factory import write_articles
from tests.warehouse_helpers import TABLES, VOLATILE, duckdb_rows

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("prefect_harness")]

BUCKET = "newsetl-test"


@pytest.fixture(scope="module")
def s3_endpoint() -> Iterator[str]:
    """A moto S3 server on loopback, with the AWS variables that s3fs/botocore read."""
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    endpoint = f"http://{host}:{port}"
    variables = {
        "AWS_ENDPOINT_URL": endpoint,
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_DEFAULT_REGION": "us-east-1",
    }
    saved = {name: os.environ.get(name) for name in variables}
    os.environ.update(variables)
    try:
        ObjectStoreTarget(f"s3://{BUCKET}").fs.mkdir(BUCKET)
        yield endpoint
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        server.stop()


def s3_rows(url: str, table: str) -> list[tuple]:
    """A published table read back by DuckDB through fsspec, without volatile columns."""
    target = ObjectStoreTarget(url)
    con = duckdb.connect()
    try:
        attach_filesystem(con, target)
        relation = con.sql(f"select * from read_parquet('{target.table_url(table)}')")
        keep = [c for c in relation.columns if c not in VOLATILE]
        return sorted(relation.project(", ".join(f'"{c}"' for c in keep)).fetchall(), key=repr)
    finally:
        con.close()


def settings_for(tmp_path: Path, url: str) -> Settings:
    return Settings.from_env(
        seeds_dir=tmp_path / "seeds",
        warehouse_dir=url,
        local_dir=tmp_path / "local",
        batch_size=10,
        workers=1,
    )


def test_run_publishes_the_tables_to_s3(s3_endpoint: str, tmp_path: Path) -> None:
    url = f"s3://{BUCKET}/first"
    write_articles(tmp_path / "seeds", range(30))
    settings = settings_for(tmp_path, url)
    assert settings.parquet_url == url and settings.warehouse_dir == tmp_path / "local"

    summary = run_flow(settings)

    assert summary.status == "published" and summary.rows["articles"] == 30
    local = tmp_path / "local"
    assert (local / "newsetl.duckdb").is_file()
    assert not (local / "parquet").exists()  # the Parquet went to the bucket only
    assert len(s3_rows(url, "quotes")) > 0
    for table in TABLES:
        assert s3_rows(url, table) == duckdb_rows(local, table), table
    target = parquet_target(settings)
    assert target.published() == summary.run_id
    marker = target.fs.cat(f"{BUCKET}/first/parquet/_published.json")
    assert json.loads(marker) == {"run_id": summary.run_id}


def test_rerun_republishes_changes_and_prunes_snapshots(s3_endpoint: str, tmp_path: Path) -> None:
    url = f"s3://{BUCKET}/rerun"
    seeds = tmp_path / "seeds"
    write_articles(seeds, range(12))
    settings = settings_for(tmp_path, url)
    run_flow(settings)
    write_articles(seeds, range(12, 20))
    (seeds / sorted(os.listdir(seeds))[0]).unlink()
    second = run_flow(settings)
    third = run_flow(settings)

    assert (second.files_new, second.files_deleted) == (8, 1)
    assert third.status == "unchanged"
    assert s3_rows(url, "articles") == duckdb_rows(tmp_path / "local", "articles")
    assert len(s3_rows(url, "articles")) == 19
    target = parquet_target(settings)
    assert target.published() == second.run_id
    assert len(target.snapshots()) <= settings.keep_snapshots


def test_publish_cut_short_is_redone_by_the_next_run(s3_endpoint: str, tmp_path: Path) -> None:
    url = f"s3://{BUCKET}/cut"
    write_articles(tmp_path / "seeds", range(10))
    settings = settings_for(tmp_path, url)
    first = run_flow(settings)
    target = parquet_target(settings)
    # A publish killed after one table was copied and before the marker was written.
    target.fs.rm(f"{BUCKET}/cut/parquet/_published.json")
    target.fs.rm(f"{BUCKET}/cut/parquet/quotes", recursive=True)

    again = run_flow(settings)

    assert again.status == "unchanged"
    assert target.published() == first.run_id
    assert s3_rows(url, "quotes") == duckdb_rows(tmp_path / "local", "quotes")


def test_unknown_url_scheme_is_a_clear_error(tmp_path: Path) -> None:
    settings = Settings.from_env(warehouse_dir="nosuchfs://bucket/x", local_dir=tmp_path)
    with pytest.raises(RuntimeError, match=r"nosuchfs://bucket/x: no fsspec filesystem"):
        parquet_target(settings)


def test_missing_bucket_fails_before_any_work(s3_endpoint: str, tmp_path: Path) -> None:
    write_articles(tmp_path / "seeds", range(3))
    settings = settings_for(tmp_path, "s3://no-such-bucket/news")
    with pytest.raises(RuntimeError, match=r"s3://no-such-bucket/news: bucket 'no-such-bucket'"):
        run_flow(settings)
    assert not (tmp_path / "local" / "newsetl.duckdb").exists()  # nothing loaded, nothing to redo
