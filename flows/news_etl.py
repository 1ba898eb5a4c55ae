"""The Prefect flow: discover → extract (batch tasks) → load + check → publish → summarise."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.utilities.annotations import quote

import transforms
from flows import pipeline
from flows.batch import BatchJob, BatchResult
from flows.discover import Plan
from flows.lock import run_lock
from flows.progress import file_progress
from flows.settings import Settings
from flows.storage.warehouse import MergeInput
from flows.summary import RunSummary
from flows.versioning import extractor_version


@task(name="prepare-warehouse", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=1)
def prepare_warehouse(settings: Settings) -> None:
    pipeline.prepare_warehouse(settings)


@task(name="discover-seed-files", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=1)
def discover(settings: Settings, version: str) -> pipeline.Discovery:
    return pipeline.discover(settings, version)


@task(name="extract-batch", cache_policy=NO_CACHE, task_run_name="extract-batch-{job.number}")
def extract_batch(job: BatchJob, runner: Callable[[BatchJob], BatchResult]) -> BatchResult:
    return runner(job)


@task(name="load-and-check-duckdb", cache_policy=NO_CACHE)
def load(
    settings: Settings, merge: MergeInput, summary: RunSummary, started_at: datetime
) -> dict[str, int]:
    return pipeline.load(settings, merge, summary, started_at, datetime.now(UTC))


@task(name="publish-parquet", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=1)
def publish(settings: Settings, run_id: str) -> dict[str, int]:
    return pipeline.publish_snapshot(settings, run_id)


@flow(name="news-etl", log_prints=False)
def news_etl(
    seeds_dir: str = "seeds",
    warehouse_dir: str = "warehouse",
    batch_size: int | None = None,
    workers: int | None = None,
    max_file_bytes: int | None = None,
    wait: bool = False,
    runner: str = "local",
    parquet_url: str = "",
) -> RunSummary:
    """Turn the articles under seeds_dir into the warehouse at warehouse_dir (the Parquet
    tables under parquet_url instead, when one is given)."""
    logger = get_run_logger()
    settings = Settings.from_env(
        seeds_dir=Path(seeds_dir),
        warehouse_dir=Path(warehouse_dir),
        batch_size=batch_size,
        workers=workers,
        max_file_bytes=max_file_bytes,
        wait_for_lock=wait or None,
        runner=runner,
        parquet_url=parquet_url or None,
    )
    started_at = datetime.now(UTC)
    clock = time.perf_counter()
    run_id = started_at.strftime("%Y%m%dT%H%M%S%fZ") + "-" + uuid.uuid4().hex[:6]
    version = extractor_version()
    logger.info("extractor %s: %s", version, transforms.build_description())
    summary = RunSummary(
        run_id, "published", version, str(settings.warehouse_dir), settings.parquet_url
    )
    with run_lock(
        settings.warehouse_dir, wait=settings.wait_for_lock, timeout_s=settings.lock_timeout_s
    ):
        prepare_warehouse(settings)
        discovery = discover(settings, version)
        plan = discovery.plan
        summary.stage_seconds["discover"] = time.perf_counter() - clock
        logger.info(
            "%d files: %d to read, %d unchanged, %d deleted",
            plan.files_seen,
            len(plan.to_read),
            len(plan.unchanged),
            len(plan.deleted),
        )
        if not plan.to_read and not plan.deleted:
            summary.status = "unchanged"
            _fill_counts(summary, discovery, [])
        else:
            results = _extract(settings, plan, run_id, started_at, version, summary)
            _fill_counts(summary, discovery, results)
            merge = pipeline.merge_input(discovery, results)
            try:
                # quote(): Prefect would otherwise walk every manifest row looking for futures.
                summary.rows = load(settings, quote(merge), summary, started_at)
            finally:
                pipeline.discard_staging(settings, run_id)
            stage = time.perf_counter()
            publish(settings, run_id)
            summary.stage_seconds["parquet publish"] = time.perf_counter() - stage
    summary.seconds = time.perf_counter() - clock
    logger.info(summary.as_text())
    create_markdown_artifact(
        markdown=summary.as_markdown(), key="newsetl-run-summary", description="newsetl run summary"
    )
    return summary


def _extract(
    settings: Settings,
    plan: Plan,
    run_id: str,
    started_at: datetime,
    version: str,
    summary: RunSummary,
) -> list[BatchResult]:
    logger = get_run_logger()
    stage = time.perf_counter()
    jobs = pipeline.batch_jobs(settings, plan, run_id, started_at, version)
    results: list[BatchResult] = []
    files_done = 0
    total = sum(len(job.files) for job in jobs)
    with (
        pipeline.extraction_executor(settings, len(jobs)) as runner,
        file_progress(total, settings.progress) as advance,
    ):
        futures = [extract_batch.submit(job, runner) for job in jobs]
        for future in futures:
            result = future.result()
            results.append(result)
            files_done += len(result.manifest_rows)
            advance(len(result.manifest_rows))
            rate = files_done / max(time.perf_counter() - stage, 1e-9)
            logger.info(
                "extracted batch %d/%d: %d/%d files, %.0f files/s",
                len(results),
                len(jobs),
                files_done,
                total,
                rate,
            )
    summary.stage_seconds["extract"] = time.perf_counter() - stage
    return results


def _fill_counts(
    summary: RunSummary, discovery: pipeline.Discovery, results: list[BatchResult]
) -> None:
    plan, manifest = discovery.plan, discovery.manifest
    summary.files_seen = plan.files_seen
    summary.files_deleted = len(plan.deleted)
    summary.files_unchanged = len(plan.unchanged)
    for result in results:
        summary.rejects.extend(result.rejects)
        for row in result.manifest_rows:
            known = manifest.get(row["source_path"])
            if row["fate"] == "rejected":
                summary.files_rejected += 1
            elif known is None:
                summary.files_new += 1
            elif (
                known.source_sha256 == row["source_sha256"]
                and known.extractor_version == row["extractor_version"]
            ):
                summary.files_unchanged += 1
            else:
                summary.files_changed += 1


def task_runner_for(settings: Settings) -> object:
    """Threads locally (the batches go to worker processes); Dask or Ray through their
    Prefect integrations, on the cluster at settings.address."""
    if settings.runner == "local":
        # Twice as many task threads as worker processes, so the next batch is already queued
        # at the pool while a task thread goes through Prefect's bookkeeping.
        return ThreadPoolTaskRunner(max_workers=max(2, 2 * settings.workers))
    if settings.runner == "dask":
        try:
            from prefect_dask import DaskTaskRunner
        except ImportError as error:
            raise RuntimeError(
                "--runner dask needs prefect-dask: pip install 'newsetl[dask]'"
            ) from error
        return DaskTaskRunner(address=settings.address) if settings.address else DaskTaskRunner()
    try:
        from prefect_ray import RayTaskRunner  # type: ignore[import-not-found]
    except ImportError as error:
        raise RuntimeError("--runner ray needs prefect-ray: pip install prefect-ray") from error
    return RayTaskRunner(address=settings.address) if settings.address else RayTaskRunner()


def run_flow(settings: Settings) -> RunSummary:
    """Run the flow on the task runner the settings name."""
    configured = news_etl.with_options(task_runner=task_runner_for(settings))  # type: ignore[arg-type]
    return configured(
        seeds_dir=str(settings.seeds_dir),
        warehouse_dir=str(settings.warehouse_dir),
        batch_size=settings.batch_size,
        workers=settings.workers,
        max_file_bytes=settings.max_file_bytes,
        wait=settings.wait_for_lock,
        runner=settings.runner,
        parquet_url=settings.parquet_url,
    )
