"""An in-memory DuckDB with the warehouse schema and views, filled with given rows."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb

from flows.storage.warehouse import connect, create_views, ensure_schema, read_sql
from transforms.schema import TABLES_BY_NAME

WHEN = datetime(2026, 1, 1, tzinfo=UTC)


def warehouse_with(**tables: list[dict[str, Any]]) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("set TimeZone = 'UTC'")
    con.execute(read_sql("schema/tables.sql"))
    create_views(con)
    for name, rows in tables.items():
        columns = TABLES_BY_NAME[name].column_names
        for row in rows:
            values = [row.get(c) for c in columns]
            marks = ", ".join("?" for _ in columns)
            con.execute(f"insert into {name} values ({marks})", values)
    return con


def article(
    article_id: str = "a1", body: str = 'Kim said "hello there" and paid $5.'
) -> dict[str, Any]:
    return {
        "article_id": article_id,
        "source_path": f"{article_id}.txt",
        "source_sha256": "0" * 64,
        "encoding": "utf-8",
        "title": f"Title {article_id}",
        "headline": None,
        "body": body,
        "paragraph_count": 1,
        "word_count": len(body.split()),
        "ingested_at": WHEN,
        "run_id": "r1",
        "extractor_version": "t",
    }


def person(article_id: str = "a1", person_id: str = "kim-lee", **extra: Any) -> dict[str, Any]:
    row = {
        "article_id": article_id,
        "person_id": person_id,
        "name": "Kim Lee",
        "role": None,
        "affiliation": None,
        "mention_count": 1,
        "first_char": 0,
        "is_quoted": True,
    }
    return row | extra


def quote(
    quote_id: str = "q1",
    article_id: str = "a1",
    start: int = 10,
    end: int = 21,
    text: str = "hello there",
    **extra: Any,
) -> dict[str, Any]:
    row = {
        "quote_id": quote_id,
        "article_id": article_id,
        "quote_text": text,
        "char_start": start,
        "char_end": end,
        "paragraph_index": 0,
        "speaker_name": "Kim Lee",
        "person_id": "kim-lee",
        "cue": "said",
        "quote_type": "partial",
    }
    return row | extra


def amount(
    amount_id: str = "m1",
    article_id: str = "a1",
    start: int = 32,
    end: int = 34,
    text: str = "$5",
    **extra: Any,
) -> dict[str, Any]:
    row = {
        "amount_id": amount_id,
        "article_id": article_id,
        "text": text,
        "char_start": start,
        "char_end": end,
        "kind": "money",
        "value": 5.0,
        "value_high": None,
        "unit": "USD",
        "qualifier": None,
        "object": None,
    }
    return row | extra


def warehouse_file_with(folder: Path, rows: list[tuple[str, dict[str, Any]]]) -> Path:
    """A warehouse folder whose newsetl.duckdb holds the schema, the views and these rows."""
    with connect(folder / "newsetl.duckdb") as con:
        ensure_schema(con)
        for table, row in rows:
            marks = ", ".join("?" for _ in row)
            con.execute(
                f"insert into {table} ({', '.join(row)}) values ({marks})", list(row.values())
            )
    return folder


def one_quote_rows() -> list[tuple[str, dict[str, Any]]]:
    return [("articles", article()), ("people", person()), ("quotes", quote())]
