"""The one settings object: paths, batch size, runner, limits.

Built from CLI flags over `NEWSETL_*` environment variables over defaults; nothing else in the
project reads the environment for its own settings.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
SQL_DIR = REPO_ROOT / "sql"
ENV_PREFIX = "NEWSETL_"
RUNNERS = ("local", "dask", "ray")
# What DuckDB may hold in memory before it spills to <warehouse>/duckdb_tmp. 512 MB keeps a
# 100,000-article run's whole process tree near 1.3 GB; 768 MB took it to 1.46 GB for a load
# about 6 s faster (benchmarks/throughput.py).
DEFAULT_DUCKDB_MEMORY_LIMIT = "512MB"


@dataclass(frozen=True)
class Settings:
    """Everything a run needs to know."""

    seeds_dir: Path = Path("seeds")
    warehouse_dir: Path = Path("warehouse")
    batch_size: int = 250
    workers: int = field(default_factory=lambda: os.cpu_count() or 1)
    max_file_bytes: int = 5 * 1024 * 1024
    strict: bool = False
    wait_for_lock: bool = False
    lock_timeout_s: float = 600.0
    keep_snapshots: int = 2
    duckdb_memory_limit: str = DEFAULT_DUCKDB_MEMORY_LIMIT
    progress: bool = True
    failpoint: str = ""  # tests only: see flows/failpoints.py
    runner: str = "local"  # local (threads + worker processes), dask or ray
    address: str = ""  # scheduler address of an existing Dask or Ray cluster
    # Publish the Parquet tables under this fsspec URL (s3://bucket/prefix) instead of
    # <warehouse_dir>/parquet; the DuckDB file, manifest, staging and lock stay in warehouse_dir.
    parquet_url: str = ""
    # Without PREFECT_API_URL, `newsetl run` starts Prefect's ephemeral API server itself, in a
    # child process at once (false: leave it to Prefect, several seconds slower).
    own_prefect_server: bool = True

    @property
    def parquet_dir(self) -> Path:
        return self.warehouse_dir / "parquet"

    @property
    def duckdb_path(self) -> Path:
        return self.warehouse_dir / "newsetl.duckdb"

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None, **overrides: Any) -> Settings:
        """Defaults, then NEWSETL_* variables, then explicit overrides (CLI flags) that are set."""
        environ = dict(os.environ if environ is None else environ)
        values: dict[str, Any] = {}
        for name, default in cls().__dict__.items():
            raw = environ.get(ENV_PREFIX + name.upper())
            if raw is not None:
                values[name] = _coerce(raw, default, name)
        values.update({k: v for k, v in overrides.items() if v is not None})
        values.update(_split_warehouse(values.pop("warehouse_dir", None), values.get("local_dir")))
        values.pop("local_dir", None)
        settings = replace(cls(), **values)
        settings.validate()
        return settings

    def validate(self) -> None:
        if self.batch_size < 1:
            raise ValueError(f"batch size must be at least 1, got {self.batch_size}")
        if self.workers < 1:
            raise ValueError(f"workers must be at least 1, got {self.workers}")
        if self.runner not in RUNNERS:
            raise ValueError(f"runner must be one of {', '.join(RUNNERS)}, got {self.runner!r}")
        if self.max_file_bytes < 1:
            raise ValueError(f"max file bytes must be positive, got {self.max_file_bytes}")


def _split_warehouse(location: str | Path | None, local_dir: Path | None) -> dict[str, Any]:
    """`--warehouse` is a folder, a file:// URL (the same folder) or an object-store URL; for
    the latter the Parquet goes to the URL and the local files to local_dir (default warehouse/)."""
    text = "" if location is None else str(location)
    if text.startswith("file://"):
        return {"warehouse_dir": Path(text.removeprefix("file://"))}
    if "://" in text:
        values: dict[str, Any] = {"parquet_url": text.rstrip("/")}
        if local_dir is not None:
            values["warehouse_dir"] = Path(local_dir)
        return values
    values = {} if location is None else {"warehouse_dir": Path(location)}
    return values


def _coerce(raw: str, default: Any, name: str) -> Any:
    try:
        if isinstance(default, bool):
            return raw.strip().lower() in ("1", "true", "yes", "on")
        if isinstance(default, int):
            return int(raw)
        if isinstance(default, float):
            return float(raw)
        if isinstance(default, Path) and "://" not in raw:
            return Path(raw)
    except ValueError as error:
        raise ValueError(f"{ENV_PREFIX}{name.upper()}={raw!r} is not valid: {error}") from error
    return raw
