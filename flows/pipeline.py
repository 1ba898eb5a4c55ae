"""The steps of a run as plain functions over settings: discover, extract, load, publish.

Prefect-free, so the flow stays a table of contents and the steps can be tested and timed on
their own. Extraction fans batches out to worker processes.
"""

from __future__ import annotations

import multiprocessing
import shutil
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import duckdb
import pyarrow as pa

from flows import failpoints
from flows.batch import BatchJob, BatchResult, process_batch
from flows.discover import ManifestEntry, Plan, plan_run, scan_seeds
from flows.settings import Settings
from flows.storage import warehouse
from flows.storage.targets import ParquetTarget, parquet_target, published_row_counts
from flows.summary import RunSummary
from transforms.schema import Table

STAGING = "staging"


@dataclass(frozen=True)
class Discovery:
    """The plan of a run and the manifest it was made against."""

    plan: Plan
    manifest: dict[str, ManifestEntry]


def prepare_warehouse(settings: Settings) -> None:
    """Create the schema, clear leftovers of killed runs, republish if a publish was cut short."""
    settings.warehouse_dir.mkdir(parents=True, exist_ok=True)
    shutil.rmtree(settings.warehouse_dir / STAGING, ignore_errors=True)
    for leftover in settings.warehouse_dir.glob(".parquet.link-*"):
        leftover.unlink(missing_ok=True)
    target = parquet_target(settings)
    target.ensure_reachable()
    with warehouse.connect(settings.duckdb_path, memory_limit=settings.duckdb_memory_limit) as con:
        warehouse.ensure_schema(con)
        latest = warehouse.latest_run_id(con)
        if latest is not None and target.published() != latest:
            publish_snapshot(settings, latest, con)
    target.remove_unpublished()


def discover(settings: Settings, extractor_version: str) -> Discovery:
    files = scan_seeds(settings.seeds_dir)
    with warehouse.connect(settings.duckdb_path, memory_limit=settings.duckdb_memory_limit) as con:
        manifest = warehouse.read_manifest(con)
    return Discovery(plan_run(files, manifest, extractor_version), manifest)


def batch_jobs(
    settings: Settings, plan: Plan, run_id: str, started_at: datetime, extractor_version: str
) -> list[BatchJob]:
    staging = settings.warehouse_dir / STAGING / run_id
    size = settings.batch_size
    return [
        BatchJob(
            number=n,
            files=tuple(plan.to_read[start : start + size]),
            seeds_dir=settings.seeds_dir.resolve(),
            staging_dir=staging,
            run_id=run_id,
            started_at=started_at,
            extractor_version=extractor_version,
            max_file_bytes=settings.max_file_bytes,
            warehouse_dir=settings.warehouse_dir,
            failpoint=settings.failpoint,
        )
        for n, start in enumerate(range(0, len(plan.to_read), size))
    ]


@contextmanager
def extraction_executor(
    settings: Settings, jobs: int
) -> Iterator[Callable[[BatchJob], BatchResult]]:
    """Run batches in worker processes when there is more than one batch, else in-process.

    On a Dask or Ray runner the task itself runs on a cluster worker, so it calls the batch
    function directly (a module-level function, which pickles)."""
    if jobs <= 1 or settings.workers <= 1 or settings.runner != "local":
        yield process_batch
        return
    context = multiprocessing.get_context("spawn")  # no fork of Prefect's threads
    pool: Executor = ProcessPoolExecutor(
        max_workers=min(settings.workers, jobs), mp_context=context
    )
    try:
        yield lambda job: pool.submit(process_batch, job).result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def merge_input(discovery: Discovery, results: list[BatchResult]) -> warehouse.MergeInput:
    """What the load must change: staged rows, retired articles, manifest and rejects."""
    plan, manifest = discovery.plan, discovery.manifest
    manifest_rows = [row for result in results for row in result.manifest_rows]
    touched = {row["source_path"] for row in manifest_rows} | set(plan.deleted)
    remaining = {
        entry.article_id
        for path, entry in manifest.items()
        if path not in touched and entry.article_id is not None
    }
    remaining |= {row["article_id"] for row in manifest_rows if row["article_id"] is not None}
    retired = sorted(
        {
            manifest[path].article_id
            for path in touched
            if path in manifest and manifest[path].article_id is not None
        }
        - remaining
    )
    staged: dict[str, list[Path]] = {}
    for result in results:
        for table, path in result.staged.items():
            if result.rows.get(table):
                staged.setdefault(table, []).append(path)
    return warehouse.MergeInput(
        staged=staged,
        retired_article_ids=[a for a in retired if a is not None],
        manifest_rows=manifest_rows,
        deleted_paths=plan.deleted,
        rejects=[reject for result in results for reject in result.rejects],
    )


def load(
    settings: Settings,
    merge: warehouse.MergeInput,
    summary: RunSummary,
    started_at: datetime,
    finished_at: datetime,
) -> dict[str, int]:
    run_row = {
        "run_id": summary.run_id,
        "started_at": started_at,
        "finished_at": finished_at,
        "status": "published",
        "extractor_version": summary.extractor_version,
        "files_seen": summary.files_seen,
        "files_new": summary.files_new,
        "files_changed": summary.files_changed,
        "files_unchanged": summary.files_unchanged,
        "files_deleted": summary.files_deleted,
        "files_rejected": summary.files_rejected,
    }
    with warehouse.connect(settings.duckdb_path, memory_limit=settings.duckdb_memory_limit) as con:
        return warehouse.merge_run(
            con,
            merge,
            run_row,
            before_commit=lambda: failpoints.reach(
                failpoints.LOAD, settings.failpoint, settings.warehouse_dir
            ),
            timings=summary.stage_seconds,
        )


def publish_snapshot(
    settings: Settings, run_id: str, con: duckdb.DuckDBPyConnection | None = None
) -> dict[str, int]:
    """Export every table to a new snapshot, then publish it (atomically per target) and check
    that readers of the published paths get exactly the rows exported."""
    target = parquet_target(settings)
    target.remove(run_id)

    def write(table: Table, batches: pa.RecordBatchReader) -> int:
        return target.write(table, batches, run_id)

    if con is None:
        with warehouse.connect(
            settings.duckdb_path, memory_limit=settings.duckdb_memory_limit
        ) as own:
            written = warehouse.export_tables(own, write)
    else:
        written = warehouse.export_tables(con, write)
    failpoints.reach(failpoints.PUBLISH, settings.failpoint, settings.warehouse_dir)
    target.publish(run_id, written)
    _verify_published(target, written)
    target.prune(settings.keep_snapshots)
    return written


def _verify_published(target: ParquetTarget, written: dict[str, int]) -> None:
    readable = published_row_counts(target, written)
    wrong = {t: (readable[t], n) for t, n in written.items() if readable[t] != n}
    if wrong:
        detail = ", ".join(f"{t}: {got} readable, {n} written" for t, (got, n) in wrong.items())
        raise RuntimeError(f"published Parquet at {target} does not read back: {detail}")


def discard_staging(settings: Settings, run_id: str) -> None:
    shutil.rmtree(settings.warehouse_dir / STAGING / run_id, ignore_errors=True)
