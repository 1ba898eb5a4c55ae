"""Process one batch of seed files: read, decode, extract, write the batch's staging Parquet.

Runs in a worker process (the extraction is CPU-bound and the GIL would serialise it), so its
arguments and result are plain, picklable data.
"""

from __future__ import annotations

import hashlib
import traceback
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from flows import failpoints
from flows.discover import SeedFile
from flows.storage.parquet_files import write_table
from transforms.article import SourceFacts, extract_article
from transforms.decode import RejectedInput, decode_bytes
from transforms.schema import AMOUNTS, ARTICLES, PEOPLE, QUOTES


@dataclass(frozen=True)
class BatchJob:
    """One batch: which files, and what every row of the run shares."""

    number: int
    files: tuple[SeedFile, ...]
    seeds_dir: Path
    staging_dir: Path
    run_id: str
    started_at: datetime
    extractor_version: str
    max_file_bytes: int
    warehouse_dir: Path | None = None
    failpoint: str = ""


@dataclass
class BatchResult:
    """What a batch produced: its staging files, per-file outcomes, row counts."""

    number: int
    staged: dict[str, Path] = field(default_factory=dict)
    manifest_rows: list[dict[str, Any]] = field(default_factory=list)
    rejects: list[dict[str, Any]] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)


def process_batch(job: BatchJob) -> BatchResult:
    """Extract every file of the batch; a bad file becomes a reject, never an exception."""
    result = BatchResult(number=job.number)
    tables: dict[str, list[dict[str, Any]]] = {
        t.name: [] for t in (ARTICLES, PEOPLE, QUOTES, AMOUNTS)
    }
    for seed in job.files:
        sha256: str | None = None
        try:
            raw = _read(job, seed)
            sha256 = hashlib.sha256(raw).hexdigest()
            decoded = decode_bytes(raw)
            rows = extract_article(
                decoded.text,
                SourceFacts(seed.source_path, sha256, decoded.encoding),
                run_id=job.run_id,
                ingested_at=job.started_at,
                extractor_version=job.extractor_version,
            )
            if not rows.article["paragraph_count"]:
                raise RejectedInput("no_body", "the file has a title line but no body text")
        except RejectedInput as rejected:
            _reject(result, job, seed, sha256, rejected.reason, rejected.detail)
            continue
        except Exception as error:  # an extractor bug must not stop the other files
            detail = f"extraction failed: {type(error).__name__}: {error}"
            _reject(result, job, seed, sha256, "extract_error", detail[:500])
            traceback.print_exc()
            continue
        tables["articles"].append(rows.article)
        tables["people"].extend(rows.people)
        tables["quotes"].extend(rows.quotes)
        tables["amounts"].extend(rows.amounts)
        result.manifest_rows.append(
            _manifest_row(job, seed, sha256, "ingested", rows.article["article_id"])
        )
    for table in (ARTICLES, PEOPLE, QUOTES, AMOUNTS):
        path = job.staging_dir / table.name / f"batch-{job.number:06d}.parquet"
        write_table(table, tables[table.name], path)
        result.staged[table.name] = path
        result.rows[table.name] = len(tables[table.name])
    if job.warehouse_dir is not None:
        failpoints.reach(failpoints.EXTRACT, job.failpoint, job.warehouse_dir)
    return result


def _read(job: BatchJob, seed: SeedFile) -> bytes:
    if seed.problem is not None:
        raise RejectedInput(seed.problem, seed.problem_detail or seed.problem)
    if seed.size_bytes > job.max_file_bytes:
        raise RejectedInput(
            "too_large", f"{seed.size_bytes} bytes is over the limit of {job.max_file_bytes}"
        )
    path = job.seeds_dir / seed.source_path
    try:
        with path.open("rb") as handle:
            raw = handle.read(job.max_file_bytes + 1)
    except OSError as error:
        raise RejectedInput("unreadable", f"cannot read: {error.strerror}") from error
    if len(raw) > job.max_file_bytes:
        raise RejectedInput("too_large", f"over the limit of {job.max_file_bytes} bytes")
    return raw


def _reject(
    result: BatchResult,
    job: BatchJob,
    seed: SeedFile,
    sha256: str | None,
    reason: str,
    detail: str,
) -> None:
    result.rejects.append(
        {
            "source_path": seed.source_path,
            "reason": reason,
            "detail": detail,
            "run_id": job.run_id,
            "seen_at": job.started_at,
        }
    )
    result.manifest_rows.append(_manifest_row(job, seed, sha256, "rejected", None))


def _manifest_row(
    job: BatchJob, seed: SeedFile, sha256: str | None, fate: str, article_id: str | None
) -> dict[str, Any]:
    return {
        "source_path": seed.source_path,
        "size_bytes": seed.size_bytes,
        "mtime_ns": seed.mtime_ns,
        "source_sha256": sha256,
        "fate": fate,
        "article_id": article_id,
        "extractor_version": job.extractor_version,
        "run_id": job.run_id,
    }
