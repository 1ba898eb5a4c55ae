"""Parquet files written against the contract schema, and the atomic publish of a snapshot.

Published layout: `<warehouse>/parquet` is a symbolic link to `<warehouse>/snapshots/<run_id>`,
which holds `<table>/part-0.parquet` for every table. A run writes a complete new snapshot, then
swaps the link in one atomic rename: a reader globbing `parquet/<table>/**/*.parquet` sees either
the previous run's tables or this run's, never a mix or a half-written file.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from transforms.schema import Table

ROW_GROUP_SIZE = 128 * 1024
SNAPSHOTS = "snapshots"
PART_FILE = "part-0.parquet"


def to_arrow(table: Table, rows: list[dict[str, Any]]) -> pa.Table:
    """Rows → an Arrow table with exactly the contract's columns and types (raises if not)."""
    schema = table.arrow_schema()
    columns = {name: [row[name] for row in rows] for name in table.column_names}
    extra = set(rows[0]) - set(table.column_names) if rows else set()
    if extra:
        raise ValueError(f"{table.name}: columns not in the contract: {sorted(extra)}")
    return pa.Table.from_pydict(columns, schema=schema)


def write_table(table: Table, rows: list[dict[str, Any]], path: Path) -> None:
    """Write rows to one Parquet file, atomically (temp file + rename)."""
    write_batches(table, [to_arrow(table, rows)], path)


def write_batches(table: Table, parts: Iterable[pa.Table | pa.RecordBatch], path: Path) -> int:
    """Stream Arrow parts into one zstd Parquet file with statistics; returns rows written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    rows = stream_parquet(table, parts, temporary)
    os.replace(temporary, path)
    return rows


def stream_parquet(table: Table, parts: Iterable[pa.Table | pa.RecordBatch], sink: Any) -> int:
    """Write Arrow parts to sink (a path or a writable file) as zstd Parquet with statistics,
    cast to the contract's column types; returns rows written."""
    schema = table.arrow_schema()
    rows = 0
    with pq.ParquetWriter(
        sink, schema, compression="zstd", write_statistics=True, store_schema=True
    ) as writer:
        for part in parts:
            part_table = pa.Table.from_batches([part]) if isinstance(part, pa.RecordBatch) else part
            writer.write_table(part_table.cast(schema), row_group_size=ROW_GROUP_SIZE)
            rows += part_table.num_rows
    return rows


class LocalTarget:
    """The published Parquet tables in a local warehouse folder (atomic symlink swap)."""

    def __init__(self, warehouse_dir: Path) -> None:
        self.warehouse_dir = warehouse_dir

    def __repr__(self) -> str:
        return f"LocalTarget({str(self.warehouse_dir)!r})"

    def ensure_reachable(self) -> None:
        self.warehouse_dir.mkdir(parents=True, exist_ok=True)

    def table_url(self, table: str) -> str:
        """The glob a reader uses for one published table."""
        return str(self.warehouse_dir / "parquet" / table / "**" / "*.parquet")

    def write(self, table: Table, parts: Iterable[pa.Table | pa.RecordBatch], run_id: str) -> int:
        path = snapshot_dir(self.warehouse_dir, run_id) / table.name / PART_FILE
        return write_batches(table, parts, path)

    def published(self) -> str | None:
        return published_snapshot(self.warehouse_dir)

    def publish(self, run_id: str, tables: Iterable[str]) -> None:
        swap_published(self.warehouse_dir, run_id)

    def remove(self, run_id: str) -> None:
        shutil.rmtree(snapshot_dir(self.warehouse_dir, run_id), ignore_errors=True)

    def prune(self, keep: int) -> list[str]:
        return prune_snapshots(self.warehouse_dir, keep)

    def remove_unpublished(self) -> None:
        """Snapshots newer than the published one are leftovers of a publish that was killed."""
        root = self.warehouse_dir / SNAPSHOTS
        published = self.published()
        if not root.is_dir() or published is None:
            return
        for path in root.iterdir():
            if path.is_dir() and path.name > published:
                shutil.rmtree(path, ignore_errors=True)


def snapshot_dir(warehouse_dir: Path, run_id: str) -> Path:
    return warehouse_dir / SNAPSHOTS / run_id


def published_snapshot(warehouse_dir: Path) -> str | None:
    """The run id whose snapshot `parquet/` points at, if any."""
    link = warehouse_dir / "parquet"
    if not link.is_symlink():
        return None
    return Path(os.readlink(link)).name


def swap_published(warehouse_dir: Path, run_id: str) -> None:
    """Point `parquet/` at the snapshot of run_id in one atomic rename."""
    link = warehouse_dir / "parquet"
    if link.exists() and not link.is_symlink():
        raise RuntimeError(f"{link} is a real directory, not the published link; move it away")
    temporary = warehouse_dir / f".parquet.link-{os.getpid()}"
    if temporary.is_symlink() or temporary.exists():
        temporary.unlink()
    os.symlink(Path(SNAPSHOTS) / run_id, temporary, target_is_directory=True)
    os.replace(temporary, link)
    _fsync_dir(warehouse_dir)


def prune_snapshots(warehouse_dir: Path, keep: int) -> list[str]:
    """Delete all but the newest `keep` snapshots (never the published one)."""
    root = warehouse_dir / SNAPSHOTS
    if not root.is_dir():
        return []
    published = published_snapshot(warehouse_dir)
    snapshots = sorted(
        (p for p in root.iterdir() if p.is_dir()), key=lambda p: p.stat().st_mtime_ns
    )
    removed: list[str] = []
    for path in snapshots[: max(0, len(snapshots) - keep)]:
        if path.name != published:
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path.name)
    return removed


def _fsync_dir(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
