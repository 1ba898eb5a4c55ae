"""The data dictionary (`docs/tables.md`), generated from transforms/schema.py.

`newsetl docs` rewrites it; tests/test_data_dictionary.py fails when it is stale.
"""

from __future__ import annotations

from transforms.schema import PUBLISHED_TABLES, Table

DUCKDB_TYPE = {
    "string": "VARCHAR",
    "int32": "INTEGER",
    "int64": "BIGINT",
    "double": "DOUBLE",
    "bool": "BOOLEAN",
    "timestamp[us, tz=UTC]": "TIMESTAMPTZ",
}

INTRO = """# newsetl data dictionary

Generated from `transforms/schema.py` by `newsetl docs`; do not edit by hand.

Every table exists twice with the same columns: as Parquet under
`<warehouse>/parquet/<table>/*.parquet` (zstd, statistics on, one file per table per run, the
column descriptions below stored as Parquet field metadata) and as a DuckDB table in
`<warehouse>/newsetl.duckdb`. Offsets (`char_start`, `char_end`, `first_char`) are 0-based,
end-exclusive Python string indices into `articles.body`.

## Reading the Parquet output

- DuckDB: `select * from read_parquet('warehouse/parquet/quotes/*.parquet')`
- polars: `pl.read_parquet('warehouse/parquet/quotes/*.parquet')`
- pandas: `pd.read_parquet('warehouse/parquet/quotes/')`
- Spark: `spark.read.parquet('warehouse/parquet/quotes/')`
- A BI tool: point it at the folder `warehouse/parquet/<table>/`. `warehouse/parquet` is a
  link to the latest complete snapshot (`warehouse/snapshots/<run_id>/`), swapped atomically
  after each run, so a refresh always reads one whole run.
"""


def render() -> str:
    parts = [INTRO]
    for table in PUBLISHED_TABLES:
        parts.append(_table_section(table))
    return "\n".join(parts)


def _table_section(table: Table) -> str:
    lines = [
        f"## {table.name}",
        "",
        f"Grain: {table.grain}. Key: {', '.join(table.key)}.",
        "",
        "| column | type | null | meaning | example |",
        "|---|---|---|---|---|",
    ]
    for column in table.columns:
        kind = DUCKDB_TYPE[str(column.type)]
        nullable = "yes" if column.nullable else "no"
        example = f"`{column.example}`" if column.example else ""
        lines.append(
            f"| `{column.name}` | {kind} | {nullable} | {column.description} | {example} |"
        )
    return "\n".join(lines) + "\n"
