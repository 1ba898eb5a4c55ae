"""Find the seed files and compare them with the manifest: new, changed, unchanged, deleted."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

ARTICLE_SUFFIX = ".txt"


@dataclass(frozen=True)
class SeedFile:
    """A file under the seeds folder as the file system reports it."""

    source_path: str  # relative to the seeds root, '/'-separated
    size_bytes: int
    mtime_ns: int
    problem: str | None = None  # a reject reason known before reading (symlink outside, …)
    problem_detail: str | None = None


@dataclass(frozen=True)
class ManifestEntry:
    """What the warehouse remembers of a source file."""

    source_path: str
    size_bytes: int
    mtime_ns: int
    source_sha256: str | None
    fate: str
    article_id: str | None
    extractor_version: str


@dataclass
class Plan:
    """The work of one run: files to read, files to skip, paths gone since the last run."""

    to_read: list[SeedFile] = field(default_factory=list)
    unchanged: list[SeedFile] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    new_paths: set[str] = field(default_factory=set)

    @property
    def files_seen(self) -> int:
        return len(self.to_read) + len(self.unchanged)


def scan_seeds(seeds_dir: Path) -> list[SeedFile]:
    """Every `*.txt` under seeds_dir, sorted by path; symlinks leaving the folder are flagged."""
    root = seeds_dir.resolve()
    found: list[SeedFile] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames.sort()
        for name in sorted(filenames):
            if not name.endswith(ARTICLE_SUFFIX) or name.startswith("."):
                continue
            path = Path(dirpath) / name
            relative = path.relative_to(root).as_posix()
            found.append(_describe(path, relative, root))
    return sorted(found, key=lambda f: f.source_path)


def _describe(path: Path, relative: str, root: Path) -> SeedFile:
    if path.is_symlink():
        target = path.resolve()
        if not target.is_relative_to(root):
            return SeedFile(
                relative, 0, 0, "symlink_outside", f"symlink to {target}, outside seeds"
            )
    try:
        stat = path.stat()
    except OSError as error:
        return SeedFile(relative, 0, 0, "unreadable", f"cannot stat: {error.strerror}")
    return SeedFile(relative, stat.st_size, stat.st_mtime_ns)


def plan_run(
    files: list[SeedFile], manifest: dict[str, ManifestEntry], extractor_version: str
) -> Plan:
    """Read a file when it is new, its size or mtime moved, or the extractor changed."""
    plan = Plan()
    present = set()
    for seed in files:
        present.add(seed.source_path)
        known = manifest.get(seed.source_path)
        if known is None:
            plan.new_paths.add(seed.source_path)
            plan.to_read.append(seed)
        elif (
            known.size_bytes == seed.size_bytes
            and known.mtime_ns == seed.mtime_ns
            and known.extractor_version == extractor_version
            and seed.problem is None
        ):
            plan.unchanged.append(seed)
        else:
            plan.to_read.append(seed)
    plan.deleted = sorted(path for path in manifest if path not in present)
    return plan
