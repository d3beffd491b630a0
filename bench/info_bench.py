"""Wall time of `zhreader info FILE --json` on each seed, as a user's shell would run it, and the CPU time it used.

The target is the wall time a user waits; on a loaded machine it counts the time the command was not scheduled, so
the child's CPU time (user + system, from resource.getrusage) is printed beside it to tell load from slowness."""

from __future__ import annotations

import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _children_cpu() -> float:
    """CPU seconds (user + system) of the children waited for so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> int:
    exe = shutil.which("zhreader")
    cmd = [exe] if exe else [sys.executable, "-m", "reader"]
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    worst = worst_cpu = 0.0
    for seed in sorted((REPO / "seeds").glob("*.txt")):
        times, cpus = [], []
        for _ in range(runs):
            t0, c0 = time.perf_counter(), _children_cpu()
            subprocess.run(cmd + ["info", str(seed), "--json"], check=True, capture_output=True)
            times.append(time.perf_counter() - t0)
            cpus.append(_children_cpu() - c0)
        worst, worst_cpu = max(worst, max(times)), max(worst_cpu, max(cpus))
        print(f"{seed.name}: median {statistics.median(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms "
              f"(CPU median {statistics.median(cpus) * 1000:.0f} ms, max {max(cpus) * 1000:.0f} ms)")
    print(f"worst {worst * 1000:.0f} ms (target < 500 ms); worst CPU {worst_cpu * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
