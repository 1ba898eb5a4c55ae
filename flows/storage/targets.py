"""Where a run publishes its Parquet tables: a local folder or an fsspec URL.

Both targets store complete per-run snapshots and publish one of them under
`<target>/parquet/<table>/`; the pipeline only sees this interface.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

import duckdb
import pyarrow as pa

from flows.settings import Settings
from flows.storage.object_store import ObjectStoreTarget
from flows.storage.parquet_files import LocalTarget
from transforms.schema import Table


class ParquetTarget(Protocol):
    def ensure_reachable(self) -> None: ...
    def table_url(self, table: str) -> str: ...
    def write(
        self, table: Table, parts: Iterable[pa.Table | pa.RecordBatch], run_id: str
    ) -> int: ...
    def published(self) -> str | None: ...
    def publish(self, run_id: str, tables: Iterable[str]) -> None: ...
    def remove(self, run_id: str) -> None: ...
    def prune(self, keep: int) -> list[str]: ...
    def remove_unpublished(self) -> None: ...


def parquet_target(settings: Settings) -> ParquetTarget:
    """The object store named by settings.parquet_url, else `<warehouse_dir>`."""
    if settings.parquet_url:
        return ObjectStoreTarget(settings.parquet_url)
    return LocalTarget(settings.warehouse_dir)


def attach_filesystem(con: duckdb.DuckDBPyConnection, target: ParquetTarget) -> None:
    """Let DuckDB read the target's URLs (`read_parquet('s3://…')`) through its fsspec
    filesystem; local targets need nothing."""
    if isinstance(target, ObjectStoreTarget):
        con.register_filesystem(target.fs)


def published_row_counts(target: ParquetTarget, tables: Iterable[str]) -> dict[str, int]:
    """Rows a reader gets from each published table, read back through DuckDB."""
    con = duckdb.connect()
    try:
        attach_filesystem(con, target)
        return {
            table: con.execute(
                "select count(*) from read_parquet(?)", [target.table_url(table)]
            ).fetchall()[0][0]
            for table in tables
        }
    finally:
        con.close()
