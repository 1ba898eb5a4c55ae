"""The DuckDB warehouse: schema, the transactional merge of a run, checks, views, exports.

Every statement lives in `sql/`; this module only reads those files and passes values as
parameters or registered Arrow tables.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from flows.discover import ManifestEntry
from flows.settings import DEFAULT_DUCKDB_MEMORY_LIMIT, SQL_DIR
from transforms.schema import EXTRACTED_TABLES, PUBLISHED_TABLES, REJECTS, TS, Table

EXPORT_BATCH_ROWS = 50_000
TableWriter = Callable[[Table, pa.RecordBatchReader], int]


def _checked_size(size: str) -> str:
    """A DuckDB size such as 1GB or 512MB (it is spliced into a SET statement)."""
    if not re.fullmatch(r"\d+(?:\.\d+)?\s?(?:KB|MB|GB|TB|KiB|MiB|GiB|TiB)", size.strip()):
        raise ValueError(f"not a memory size: {size!r} (use e.g. 1GB or 512MB)")
    return size.strip()


CHECK_SAMPLE_ROWS = 5
# Article bodies a body-joining check holds at once (~25 MB of text at BBC lengths).
ARTICLES_PER_CHECK_SLICE = 10_000

MANIFEST_SCHEMA = pa.schema(
    [
        ("source_path", pa.string()),
        ("size_bytes", pa.int64()),
        ("mtime_ns", pa.int64()),
        ("source_sha256", pa.string()),
        ("fate", pa.string()),
        ("article_id", pa.string()),
        ("extractor_version", pa.string()),
        ("run_id", pa.string()),
    ]
)


class CheckFailed(RuntimeError):
    """A data-quality check in sql/checks returned rows."""

    def __init__(self, name: str, sample: list[tuple[Any, ...]], count: int) -> None:
        shown = "; ".join(str(row) for row in sample)
        super().__init__(f"check {name} failed on {count} row(s), e.g. {shown}")
        self.name = name
        self.sample = sample
        self.count = count


@dataclass(frozen=True)
class MergeInput:
    """Everything one run changes in the warehouse."""

    staged: dict[str, list[Path]]
    retired_article_ids: list[str]
    manifest_rows: list[dict[str, Any]]
    deleted_paths: list[str]
    rejects: list[dict[str, Any]]


def read_sql(relative: str) -> str:
    return (SQL_DIR / relative).read_text(encoding="utf-8")


@contextmanager
def connect(
    path: Path, *, read_only: bool = False, memory_limit: str = DEFAULT_DUCKDB_MEMORY_LIMIT
) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection with UTC time, a memory cap, and spilling to `<warehouse>/duckdb_tmp`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = duckdb.connect(str(path), read_only=read_only)
    try:
        connection.execute("set TimeZone = 'UTC'")
        connection.execute(f"set memory_limit = '{_checked_size(memory_limit)}'")
        # Exports order by key explicitly, so DuckDB need not keep insertion order, which lets
        # large joins (the offset checks) stream instead of buffering.
        connection.execute("set preserve_insertion_order = false")
        if not read_only:
            connection.execute(f"set temp_directory = '{path.parent / 'duckdb_tmp'}'")
        yield connection
    finally:
        connection.close()


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(read_sql("schema/tables.sql"))
    create_views(con)


def create_views(con: duckdb.DuckDBPyConnection) -> None:
    """`sql/views/<name>.sql` holds a select; the file name is the view's name."""
    for directory in ("staging", "views", "marts"):
        for path in sorted((SQL_DIR / directory).glob("*.sql")):
            con.execute(f'create or replace view "{path.stem}" as\n{path.read_text()}')


def read_manifest(con: duckdb.DuckDBPyConnection) -> dict[str, ManifestEntry]:
    rows = con.execute(
        "select source_path, size_bytes, mtime_ns, source_sha256, fate, article_id,"
        " extractor_version from manifest"
    ).fetchall()
    return {row[0]: ManifestEntry(*row) for row in rows}


def merge_run(
    con: duckdb.DuckDBPyConnection,
    merge: MergeInput,
    run_row: dict[str, Any],
    before_commit: Callable[[], None] | None = None,
    timings: dict[str, float] | None = None,
) -> dict[str, int]:
    """Apply a run in one transaction: merge, record the run, run every check, commit.

    On any failure the transaction is rolled back and the warehouse is as it was.
    """
    timings = {} if timings is None else timings
    clock = time.perf_counter()
    con.execute("begin transaction")
    try:
        _stage(con, merge)
        con.execute(read_sql("load/merge_batch.sql"))
        con.execute(read_sql("load/resolve_person_ids.sql"))
        con.execute(read_sql("load/record_run.sql"), run_row)
        timings["duckdb load"] = time.perf_counter() - clock
        clock = time.perf_counter()
        run_checks(con)
        counts = table_counts(con)
        timings["checks"] = time.perf_counter() - clock
        if before_commit is not None:
            before_commit()
        con.execute("commit")
    except BaseException:
        con.execute("rollback")
        raise
    finally:
        for name in ("staged_articles", "staged_people", "staged_quotes", "staged_amounts"):
            con.execute(f"drop table if exists {name}")
    return counts


def _stage(con: duckdb.DuckDBPyConnection, merge: MergeInput) -> None:
    for table in EXTRACTED_TABLES:
        name = f"staged_{table.name}"
        con.execute(f"create or replace temp table {name} as select * from {table.name} limit 0")
        paths = [str(p) for p in merge.staged.get(table.name, [])]
        if paths:
            con.execute(f"insert into {name} select * from read_parquet(?)", [paths])
    con.register(
        "retired_articles",
        pa.table({"article_id": pa.array(merge.retired_article_ids, pa.string())}),
    )
    con.register(
        "manifest_deletes",
        pa.table({"source_path": pa.array(merge.deleted_paths, pa.string())}),
    )
    con.register(
        "manifest_updates", pa.Table.from_pylist(merge.manifest_rows, schema=MANIFEST_SCHEMA)
    )
    reject_schema = pa.schema([(c.name, TS if c.type == TS else c.type) for c in REJECTS.columns])
    con.register("rejected_files", pa.Table.from_pylist(merge.rejects, schema=reject_schema))


def run_checks(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Run every sql/checks/*.sql; each must return zero rows. Returns the names run."""
    names: list[str] = []
    articles = con.execute("select count(*) from articles").fetchall()[0][0]
    partitions = max(1, -(-articles // ARTICLES_PER_CHECK_SLICE))
    for path in sorted((SQL_DIR / "checks").glob("*.sql")):
        query = path.read_text()
        # A check that joins article bodies runs per slice of articles ($partition).
        slices = (
            [{"partitions": partitions, "partition": i} for i in range(partitions)]
            if "$partition" in query
            else [None]
        )
        for parameters in slices:
            try:
                count = con.execute(f"select count(*) from ({query})", parameters).fetchall()
            except duckdb.Error as error:  # e.g. out of memory: say which check needed it
                raise type(error)(f"check {path.stem}: {error}") from error
            if count[0][0]:
                sample = con.execute(
                    f"select * from ({query}) limit {CHECK_SAMPLE_ROWS}", parameters
                ).fetchall()
                raise CheckFailed(path.stem, sample, count[0][0])
        names.append(path.stem)
    return names


def table_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    return {
        table.name: con.execute(f"select count(*) from {table.name}").fetchall()[0][0]
        for table in PUBLISHED_TABLES
    }


def latest_run_id(con: duckdb.DuckDBPyConnection) -> str | None:
    rows = con.execute(
        "select run_id from runs order by finished_at desc, run_id desc limit 1"
    ).fetchall()
    return rows[0][0] if rows else None


def export_tables(con: duckdb.DuckDBPyConnection, write: TableWriter) -> dict[str, int]:
    """Stream every published table, ordered by key, to `write(table, batches)`; returns the
    rows written per table."""
    written: dict[str, int] = {}
    for table in PUBLISHED_TABLES:
        columns = ", ".join(f'"{name}"' for name in table.column_names)
        order = ", ".join(table.key)
        relation = con.sql(f"select {columns} from {table.name} order by {order}")
        # duckdb 1.x calls it fetch_arrow_reader; 2.x renamed it to_arrow_reader.
        to_reader = getattr(relation, "to_arrow_reader", None) or relation.fetch_arrow_reader
        written[table.name] = write(table, to_reader(EXPORT_BATCH_ROWS))
    return written
