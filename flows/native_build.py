"""`newsetl compile`: build the `transforms` package with mypyc for this interpreter.

The compiled modules run the same rules about 1.3x faster (see the README's Performance
section). The build is stored where `transforms/_native.py` looks for it, under a folder named
after the digest of the sources it was built from, and is used only while the sources are
unchanged. Needs mypy (`pip install -e '.[fast]'`) and a C compiler; without them everything
still runs, as plain Python.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from transforms._native import NOT_COMPILED, PACKAGE_DIR, build_dir, source_digest

GROUP_NAME = "newsetl_transforms"
SETUP_SCRIPT = """\
import sys
from mypyc.build import mypycify
from setuptools import setup

modules = sys.argv.pop(1).split(",")
setup(
    name="newsetl-transforms-native",
    ext_modules=mypycify(
        [*modules, "--ignore-missing-imports"],
        opt_level="3",
        multi_file=True,
        group_name="{group}",
    ),
)
"""


class NativeBuildError(RuntimeError):
    """The compiled build could not be made; the message says why."""


def compile_transforms(*, force: bool = False) -> tuple[Path, bool]:
    """Build the package if no build exists for its current sources; (build folder, built now)."""
    try:
        import mypyc  # noqa: F401
    except ImportError as missing:
        raise NativeBuildError(
            "mypyc is not installed: pip install -c constraints.txt -e '.[fast]'"
        ) from missing
    with tempfile.TemporaryDirectory(prefix="newsetl-compile-") as scratch:
        work = Path(scratch)
        package = work / "transforms"
        package.mkdir()
        for source in sorted(PACKAGE_DIR.glob("*.py")):
            shutil.copy2(source, package / source.name)
        digest = source_digest(package)
        target = build_dir(digest)
        if (target / "COMPLETE").is_file() and not force:
            return target, False
        modules = [
            f"transforms/{path.name}"
            for path in sorted(package.glob("*.py"))
            if path.name not in NOT_COMPILED
        ]
        (work / "setup_native.py").write_text(SETUP_SCRIPT.format(group=GROUP_NAME))
        command = [sys.executable, "setup_native.py", ",".join(modules), "build_ext", "--inplace"]
        finished = subprocess.run(command, cwd=work, capture_output=True, text=True)
        if finished.returncode != 0:
            output = (finished.stdout + finished.stderr).strip().splitlines()
            tail = "\n".join(output[-25:])
            raise NativeBuildError(f"mypyc build failed (exit {finished.returncode}):\n{tail}")
        staging = target.with_name(f"{target.name}.partial-{os.getpid()}")
        shutil.rmtree(staging, ignore_errors=True)
        (staging / "transforms").mkdir(parents=True)
        for library in work.glob("*.so"):
            shutil.copy2(library, staging / library.name)
        for shim in package.glob("*.so"):
            shutil.copy2(shim, staging / "transforms" / shim.name)
        built = {shim.name.split(".")[0] for shim in (staging / "transforms").glob("*.so")}
        expected = {module.split("/")[1].removesuffix(".py") for module in modules}
        if built != expected:
            shutil.rmtree(staging, ignore_errors=True)
            raise NativeBuildError(f"mypyc build is missing modules: {sorted(expected - built)}")
        (staging / "COMPLETE").write_text(f"{digest}\n")
        shutil.rmtree(target, ignore_errors=True)
        os.replace(staging, target)
        return target, True


def loads_compiled() -> str | None:
    """None when a fresh interpreter loads the compiled build for these sources; else why not."""
    probe = (
        "import transforms, transforms.article as a; "
        "print(transforms.COMPILED_BUILD is not None and a.__file__.endswith('.so'))"
    )
    env = {**os.environ, "NEWSETL_NATIVE": "1"}
    finished = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        env=env,
        cwd=PACKAGE_DIR.parent,
    )
    if finished.returncode != 0:
        return finished.stderr.strip().splitlines()[-1] if finished.stderr.strip() else "crashed"
    return None if finished.stdout.strip() == "True" else "the source modules loaded instead"


def main(force: bool = False) -> int:
    """The `newsetl compile` command: build, check that it loads, say where it is."""
    started = time.perf_counter()
    try:
        target, built = compile_transforms(force=force)
    except NativeBuildError as error:
        print(f"newsetl compile: {error}", file=sys.stderr)
        return 1
    problem = loads_compiled()
    if problem is not None:
        print(f"newsetl compile: built {target} but it does not load: {problem}", file=sys.stderr)
        return 1
    state = "built" if built else "already built"
    print(f"compiled transforms {state}: {target} ({time.perf_counter() - started:.0f} s)")
    return 0
