"""The extractor version: changes whenever the extraction code changes.

Derived from the source of the `transforms` package, so a change to any rule re-processes every
article on the next run without anyone having to remember to bump a number.
"""

from __future__ import annotations

from functools import lru_cache

from transforms._native import source_digest

EXTRACTOR_SERIES = "1"


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """`<series>+<12 hex of the transforms sources>`."""
    return f"{EXTRACTOR_SERIES}+{source_digest()[:12]}"
