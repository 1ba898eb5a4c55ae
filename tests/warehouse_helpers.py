"""Read a published warehouse back for comparison in tests."""

from __future__ import annotations

from pathlib import Path

import duckdb

TABLES = ("articles", "people", "quotes", "amounts", "rejects")
VOLATILE = {"run_id", "ingested_at", "seen_at", "extractor_version"}


def published_rows(warehouse: Path, table: str) -> list[tuple]:
    """Rows of a published Parquet table without run ids and timestamps, sorted."""
    relation = duckdb.sql(f"select * from read_parquet('{warehouse}/parquet/{table}/*.parquet')")
    keep = [c for c in relation.columns if c not in VOLATILE]
    return sorted(relation.project(", ".join(f'"{c}"' for c in keep)).fetchall(), key=repr)


def snapshot(warehouse: Path) -> dict[str, list[tuple]]:
    return {table: published_rows(warehouse, table) for table in TABLES}


def duckdb_rows(warehouse: Path, table: str) -> list[tuple]:
    with duckdb.connect(str(warehouse / "newsetl.duckdb"), read_only=True) as con:
        relation = con.sql(f"select * from {table}")
        keep = [c for c in relation.columns if c not in VOLATILE]
        return sorted(relation.project(", ".join(f'"{c}"' for c in keep)).fetchall(), key=repr)
