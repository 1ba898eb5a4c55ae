"""Publishing the Parquet tables to object storage (`s3://bucket/prefix`, `gs://…`) via fsspec.

Layout under the URL, the same as a local warehouse's:

    <url>/snapshots/<run_id>/<table>/part-0.parquet   complete export of one run
    <url>/parquet/<table>/part-0.parquet              the published tables (the contract path)
    <url>/parquet/_published.json                     {"run_id": …} of the published snapshot

Object stores have no atomic rename, but replacing one object is atomic: a reader of
`parquet/<table>/**/*.parquet` gets either the previous or the new file of a table, never a
half-written one. Publishing copies each table of a finished snapshot over its published file,
then writes the marker; a publish cut short is redone by the next run (the marker is older than
the DuckDB file's latest run). Readers that need all tables from one run read the snapshot the
marker names. Credentials and endpoints come from the usual places (`AWS_*` variables,
`~/.aws`, fsspec's `FSSPEC_S3_*` configuration).
"""

from __future__ import annotations

import json
import posixpath
from collections.abc import Iterable
from typing import Any

import pyarrow as pa

from flows.storage.parquet_files import PART_FILE, SNAPSHOTS, stream_parquet
from transforms.schema import Table

MARKER = "_published.json"


def filesystem_for(url: str) -> tuple[Any, str]:
    """The fsspec filesystem for url and the path inside it (no protocol, no trailing slash)."""
    try:
        import fsspec
    except ImportError as error:  # pragma: no cover - fsspec comes with the s3 extra
        raise RuntimeError(
            f"{url}: object storage needs fsspec: pip install 'newsetl[s3]'"
        ) from error
    try:
        fs, path = fsspec.core.url_to_fs(url)
    except (ImportError, ValueError) as error:
        protocol = url.split("://", 1)[0]
        raise RuntimeError(
            f"{url}: no fsspec filesystem for {protocol}:// ({error}); "
            "for s3:// install 'newsetl[s3]'"
        ) from error
    return fs, path.rstrip("/")


class ObjectStoreTarget:
    """The published Parquet tables under one fsspec URL."""

    def __init__(self, url: str) -> None:
        self.url = url.rstrip("/")
        self.fs, self.root = filesystem_for(self.url)

    def __repr__(self) -> str:
        return f"ObjectStoreTarget({self.url!r})"

    def _path(self, *parts: str) -> str:
        return posixpath.join(self.root, *parts)

    def ensure_reachable(self) -> None:
        """Fail before any work when the bucket (the URL's first path part) cannot be seen."""
        bucket = self.root.split("/", 1)[0]
        try:
            found = self.fs.exists(bucket)
        except Exception as error:  # credentials, endpoint, network: say which URL
            raise RuntimeError(f"{self.url}: cannot reach the object store: {error}") from error
        if not found:
            raise RuntimeError(f"{self.url}: bucket {bucket!r} does not exist or is not readable")

    def table_url(self, table: str) -> str:
        """The glob a reader uses for one published table."""
        return f"{self.url}/parquet/{table}/**/*.parquet"

    def write(self, table: Table, parts: Iterable[pa.Table | pa.RecordBatch], run_id: str) -> int:
        """Stream one table of run_id's snapshot to the store; returns rows written.

        The upload becomes visible only when the writer closes (a single PUT or a completed
        multipart upload), so a killed export leaves no partial object behind."""
        with self.fs.open(self._path(SNAPSHOTS, run_id, table.name, PART_FILE), "wb") as sink:
            return stream_parquet(table, parts, sink)

    def published(self) -> str | None:
        """The run id of the published tables, if any."""
        marker = self._path("parquet", MARKER)
        if not self.fs.exists(marker):
            return None
        with self.fs.open(marker, "rb") as handle:
            return str(json.loads(handle.read().decode("utf-8"))["run_id"])

    def publish(self, run_id: str, tables: Iterable[str]) -> None:
        """Copy each table of run_id's snapshot over its published file, then write the marker."""
        for table in tables:
            source = self._path(SNAPSHOTS, run_id, table, PART_FILE)
            folder = self._path("parquet", table)
            target = posixpath.join(folder, PART_FILE)
            self.fs.copy(source, target)
            for stale in self.fs.find(folder):  # files another writer left beside ours
                if stale.rstrip("/") != target and stale.endswith(".parquet"):
                    self.fs.rm(stale)
        self.fs.pipe(self._path("parquet", MARKER), json.dumps({"run_id": run_id}).encode())
        self.fs.invalidate_cache()

    def snapshots(self) -> list[str]:
        root = self._path(SNAPSHOTS)
        if not self.fs.exists(root):
            return []
        return sorted(posixpath.basename(p.rstrip("/")) for p in self.fs.ls(root, detail=False))

    def remove(self, run_id: str) -> None:
        path = self._path(SNAPSHOTS, run_id)
        if self.fs.exists(path):
            self.fs.rm(path, recursive=True)

    def prune(self, keep: int) -> list[str]:
        """Delete all but the newest `keep` snapshots (run ids sort by time), never the
        published one."""
        published = self.published()
        names = self.snapshots()
        removed = [n for n in names[: max(0, len(names) - keep)] if n != published]
        for name in removed:
            self.remove(name)
        return removed

    def remove_unpublished(self) -> None:
        """Snapshots newer than the published one are leftovers of a publish that was killed."""
        published = self.published()
        if published is None:
            return
        for name in self.snapshots():
            if name > published:
                self.remove(name)
