"""Pure extraction rules: text in, rows out; no I/O, no Prefect.

When `newsetl compile` has built these exact sources with mypyc, the compiled modules load
instead of the source (same rules, same output, faster); see `transforms/_native.py`.
"""

from transforms._native import use_compiled_build

COMPILED_BUILD = use_compiled_build(__path__)


def build_description() -> str:
    """Which build of the rules this process runs, for benchmark and run reports."""
    if COMPILED_BUILD is not None:
        return f"compiled with mypyc ({COMPILED_BUILD})"
    return "Python source (no compiled build for these sources: `newsetl compile` makes one)"
