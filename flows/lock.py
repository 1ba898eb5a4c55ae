"""One run at a time per warehouse: an exclusive `flock` on `<warehouse>/.lock`.

The kernel releases the lock when its holder dies, so a lock left by a killed run is never stale:
the next run simply takes it. The file records the holder's pid and start time for the message
a second run prints.
"""

from __future__ import annotations

import fcntl
import json
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

POLL_SECONDS = 0.5


class WarehouseBusy(RuntimeError):
    """Another run holds the warehouse."""


@contextmanager
def run_lock(warehouse_dir: Path, *, wait: bool, timeout_s: float) -> Iterator[None]:
    warehouse_dir.mkdir(parents=True, exist_ok=True)
    path = warehouse_dir / ".lock"
    handle = path.open("a+")
    try:
        deadline = time.monotonic() + timeout_s
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if not wait or time.monotonic() > deadline:
                    raise WarehouseBusy(
                        f"another run holds {warehouse_dir} ({_holder(path)}); "
                        "rerun with --wait to queue behind it"
                    ) from None
                time.sleep(POLL_SECONDS)
        handle.seek(0)
        handle.truncate()
        holder = {"pid": os.getpid(), "started_at": datetime.now(UTC).isoformat(timespec="seconds")}
        handle.write(json.dumps(holder))
        handle.flush()
        yield
    finally:
        handle.close()  # closing the descriptor releases the lock


def _holder(path: Path) -> str:
    try:
        holder = json.loads(path.read_text() or "{}")
    except (OSError, ValueError):
        return "holder unknown"
    return f"pid {holder.get('pid', '?')}, started {holder.get('started_at', '?')}"
