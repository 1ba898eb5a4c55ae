"""Throughput, memory and rerun cost of `newsetl run` on corpora built from the BBC articles.

    python benchmarks/throughput.py                     # 1k and 10k articles
    python benchmarks/throughput.py --sizes 1000 10000 100000
    python benchmarks/throughput.py --bbc-rerun         # the 2,225 BBC files as they are

For each size it builds a corpus from ../shared/corpus/bbc (copies beyond the originals get
their paragraphs shuffled and an edition line, so nothing is deduplicated away), runs
`newsetl run` into a fresh warehouse, then again with nothing changed, and prints per-stage
time, articles per second, peak RSS of the whole process tree, and a lower bound measured in
the same run: one pass in plain Python that reads every file and runs one regex over it.
Skips cleanly without ../shared.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SHARED = REPO.parent / "shared"
FILES_PER_FOLDER = 1000
QUOTE_PATTERN = re.compile(r"[\"“][^\"”]{1,400}[\"”]")


def bbc_articles(shared: Path) -> list[bytes]:
    return [p.read_bytes() for p in sorted((shared / "corpus" / "bbc").rglob("*.txt"))]


def build_corpus(originals: list[bytes], size: int, target: Path) -> None:
    for number in range(size):
        raw = originals[number % len(originals)]
        if number >= len(originals):
            text = raw.decode("utf-8", "replace").replace("\r\n", "\n")
            title, _, rest = text.partition("\n")
            paragraphs = [p for p in rest.split("\n\n") if p.strip()]
            random.Random(number).shuffle(paragraphs)
            paragraphs.append(f"(Edition {number}.)")
            raw = (title + "\n\n" + "\n\n".join(paragraphs) + "\n").encode("utf-8")
        folder = target / f"part{number // FILES_PER_FOLDER:04d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{number:07d}.txt").write_bytes(raw)


def lower_bound(seeds: Path) -> float:
    """Seconds for one plain-Python pass: read each file, decode, one regex over it."""
    started = time.perf_counter()
    found = 0
    for path in seeds.rglob("*.txt"):
        text = path.read_bytes().decode("utf-8", "replace")
        found += sum(1 for _ in QUOTE_PATTERN.finditer(text))
    return time.perf_counter() - started


class TreeMemory:
    """Samples the summed RSS of a process and all its descendants."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> TreeMemory:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self._tree_rss())
            time.sleep(0.2)

    def _tree_rss(self) -> int:
        parents: dict[int, int] = {}
        rss: dict[int, int] = {}
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                stat = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
                parents[int(entry)] = int(stat[1])
                rss[int(entry)] = int(stat[21]) * os.sysconf("SC_PAGE_SIZE")
            except (OSError, IndexError, ValueError):
                continue
        tree, frontier = {self.pid}, [self.pid]
        while frontier:
            current = frontier.pop()
            for child, parent in parents.items():
                if parent == current and child not in tree:
                    tree.add(child)
                    frontier.append(child)
        return sum(rss.get(pid, 0) for pid in tree)


def newsetl_run(seeds: Path, warehouse: Path, extra: list[str]) -> dict[str, Any]:
    summary_path = warehouse.parent / f"{warehouse.name}-summary.json"
    command = [
        sys.executable,
        "-m",
        "flows.cli",
        "run",
        "--seeds",
        str(seeds),
        "--warehouse",
        str(warehouse),
        "--summary-json",
        str(summary_path),
        *extra,
    ]
    started = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    with TreeMemory(process.pid) as memory:
        _out, err = process.communicate()
    wall = time.perf_counter() - started
    if process.returncode != 0:
        raise SystemExit(f"newsetl run failed ({process.returncode}):\n{err[-3000:]}")
    summary = json.loads(summary_path.read_text())
    return {
        "wall": wall,
        "flow": summary["seconds"],
        "stages": summary["stage_seconds"],
        "peak_rss_mb": memory.peak / 2**20,
        "summary": summary,
    }


def report(size: int, bound: float, first: dict[str, Any], rerun: dict[str, Any]) -> None:
    flow = first["flow"]
    print(f"\n== {size} articles")
    print(f"  lower bound (read + one regex, plain Python): {bound:8.2f}s")
    print(f"  newsetl run, wall clock:                      {first['wall']:8.2f}s")
    print(
        f"  newsetl run, flow body (excl. Prefect start): {flow:8.2f}s"
        f"   = {flow / bound:5.1f}x the lower bound, {size / flow:7.0f} articles/s"
    )
    print(f"  Prefect start-up and shut-down (wall - flow): {first['wall'] - flow:8.2f}s")
    for stage, seconds in first["stages"].items():
        print(f"    {stage:24} {seconds:8.2f}s")
    print(f"  peak RSS, whole process tree:                 {first['peak_rss_mb']:8.0f} MB")
    print(
        f"  no-change rerun: flow body {rerun['flow']:.2f}s"
        f" = {rerun['flow'] / flow:.1%} of the first run;"
        f" wall {rerun['wall']:.2f}s = {rerun['wall'] / first['wall']:.1%};"
        f" status {rerun['summary']['status']}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000, 10000])
    parser.add_argument(
        "--bbc-rerun",
        action="store_true",
        help="only the no-change rerun ratio on the BBC corpus as it is",
    )
    parser.add_argument("--workers", type=int, default=None)
    args = parser.parse_args()
    if not (args.shared / "corpus" / "bbc").is_dir():
        print(f"skipped: no corpus at {args.shared / 'corpus' / 'bbc'}")
        return 0
    extra = ["--workers", str(args.workers)] if args.workers else []
    sys.path.insert(0, str(REPO))
    import transforms

    print(f"extractor: {transforms.build_description()}")
    with tempfile.TemporaryDirectory(prefix="newsetl-throughput-") as tmp:
        work = Path(tmp)
        if args.bbc_rerun:
            seeds = args.shared / "corpus" / "bbc"
            first = newsetl_run(seeds, work / "bbc", extra)
            rerun = newsetl_run(seeds, work / "bbc", extra)
            report(first["summary"]["files_seen"], lower_bound(seeds), first, rerun)
            return 0
        originals = bbc_articles(args.shared)
        for size in args.sizes:
            seeds = work / f"seeds-{size}"
            build_corpus(originals, size, seeds)
            bound = lower_bound(seeds)
            first = newsetl_run(seeds, work / f"warehouse-{size}", extra)
            rerun = newsetl_run(seeds, work / f"warehouse-{size}", extra)
            report(size, bound, first, rerun)
    return 0


if __name__ == "__main__":
    sys.exit(main())
