"""Where a compiled build of this package lives, and whether to load it.

The rules are plain Python, and plain Python is what runs unless `newsetl compile` has built
the package with mypyc for exactly these sources. A build is stored under a folder named after
a digest of every `.py` file here, so an edited rule never runs as a stale compiled copy: the
digest changes, the folder is not found and the source runs until the next `newsetl compile`.

This is import machinery, the one place in `transforms` that looks at files; the rules
themselves stay pure. `NEWSETL_NATIVE=0` turns the compiled build off.
"""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import MutableSequence
from functools import lru_cache
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
# Modules that must stay Python: the package's own __init__ and this loader.
NOT_COMPILED = frozenset({"__init__.py", "_native.py"})


@lru_cache(maxsize=4)
def source_digest(package_dir: Path = PACKAGE_DIR) -> str:
    """sha256 over the name and bytes of every source file of the package, in name order
    (once per process: the package's import and the extractor version both need it)."""
    digest = hashlib.sha256()
    for path in sorted(package_dir.glob("*.py")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def native_root() -> Path:
    """The folder holding compiled builds: `NEWSETL_NATIVE_DIR`, else the user cache."""
    configured = os.environ.get("NEWSETL_NATIVE_DIR")
    if configured:
        return Path(configured)
    cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(cache) / "newsetl" / "native"


def build_dir(digest: str) -> Path:
    """The compiled build for these sources on this interpreter and machine."""
    tag = f"{sys.implementation.cache_tag}-{sys.platform}-{os.uname().machine}"
    return native_root() / f"{tag}-{digest[:16]}"


def native_wanted() -> bool:
    return os.environ.get("NEWSETL_NATIVE", "1").strip().lower() not in {"0", "false", "no"}


def use_compiled_build(package_path: MutableSequence[str]) -> Path | None:
    """Put the compiled build for these sources first on the package path, when there is one.

    Called from the package's `__init__` before any rule module is imported, so the modules
    are either all compiled or all source, never a mix.
    """
    if not native_wanted():
        return None
    build = build_dir(source_digest())
    if not (build / "COMPLETE").is_file():
        return None
    # mypyc puts the shared code of the compiled modules in one top-level extension module.
    sys.path.append(str(build))
    package_path.insert(0, str(build / "transforms"))
    return build
