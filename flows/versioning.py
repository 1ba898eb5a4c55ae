"""The extractor version: changes whenever the extraction code changes.

Derived from the source of the `transforms` package, so a change to any rule re-processes every
article on the next run without anyone having to remember to bump a number.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

import transforms

EXTRACTOR_SERIES = "1"


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """`<series>+<12 hex of the transforms sources>`."""
    digest = hashlib.sha256()
    package = Path(transforms.__file__).parent
    for path in sorted(package.glob("*.py")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return f"{EXTRACTOR_SERIES}+{digest.hexdigest()[:12]}"
