"""Named points where a run can be told to stop and wait, so tests can kill it there.

Set `NEWSETL_FAILPOINT=<name>` (through Settings); when the run reaches that point it writes
`<warehouse>/.failpoint-<name>` and sleeps, and the test sends SIGKILL. Unset, each point is a
string comparison.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

EXTRACT, LOAD, PUBLISH = "extract", "load", "publish"
PAUSE_SECONDS = 600


def reach(name: str, configured: str, warehouse_dir: Path) -> None:
    if configured != name:
        return
    marker = warehouse_dir / f".failpoint-{name}"
    marker.write_text(str(os.getpid()))
    time.sleep(PAUSE_SECONDS)
