"""Start-up cost of a `newsetl run` on the seed, against a trivial Prefect flow, in one run.

    python benchmarks/startup.py [--repeat 3]

Each figure is the median wall clock of `--repeat` runs in a fresh process, with a warm Prefect
home (one untimed run first). Rows:
  trivial flow, ephemeral API      one flow, one task: Prefect's own floor on this machine
  newsetl run, own early server    the default: the ephemeral server starts as a child process
                                   at once, booting while newsetl imports its code
  newsetl run, Prefect's ephemeral NEWSETL_OWN_PREFECT_SERVER=false (Prefect starts it itself)
  newsetl run, running server      PREFECT_API_URL names a server that is already up
Every newsetl run is a full run of seeds/ into a new warehouse (extract, load, publish).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from flows.prefect_env import DEFAULTS  # noqa: E402
from flows.prefect_server import full_server  # noqa: E402

TRIVIAL_FLOW = """
from prefect import flow, task
@task
def one() -> int:
    return 1
@flow
def trivial() -> int:
    return one()
trivial()
"""


def timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return seconds


def median_of(repeat: int, command: list[str], env: dict[str, str]) -> float:
    timed(command, env)  # warm-up: Prefect home, bytecode caches
    return statistics.median(timed(command, env) for _ in range(repeat))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    base = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    base |= {k: base.get(k, v) for k, v in DEFAULTS.items()} | {"NEWSETL_PROGRESS": "false"}
    with tempfile.TemporaryDirectory(prefix="newsetl-startup-") as tmp:
        counter = iter(range(10_000))

        def newsetl(env: dict[str, str]) -> float:
            def command() -> list[str]:
                warehouse = Path(tmp) / f"w{next(counter)}"
                return [sys.executable, "-m", "flows.cli", "run", "--warehouse", str(warehouse)]

            timed(command(), env)
            return statistics.median(timed(command(), env) for _ in range(args.repeat))

        rows = {
            "trivial flow, ephemeral API": median_of(
                args.repeat, [sys.executable, "-c", TRIVIAL_FLOW], base
            ),
            "newsetl run, own early server": newsetl(base),
            "newsetl run, Prefect's ephemeral": newsetl(
                base | {"NEWSETL_OWN_PREFECT_SERVER": "false"}
            ),
        }
        os.environ.update({k: v for k, v in base.items() if k.startswith("PREFECT_")})
        with full_server(ui=False) as api_url:
            rows["newsetl run, running server"] = newsetl(base | {"PREFECT_API_URL": api_url})
    trivial = rows["trivial flow, ephemeral API"]
    print(f"median wall clock of {args.repeat} warm runs (seeds/, fresh warehouse each)")
    for name, seconds in rows.items():
        print(f"  {name:34} {seconds:6.2f}s  {seconds / trivial:5.2f}x the trivial flow")
    return 0


if __name__ == "__main__":
    sys.exit(main())
