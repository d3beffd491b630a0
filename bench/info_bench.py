"""Wall time of `zhreader info FILE --json` on each seed, as a user's shell would run it."""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def main() -> int:
    exe = shutil.which("zhreader")
    cmd = [exe] if exe else [sys.executable, "-m", "reader"]
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    worst = 0.0
    for seed in sorted((REPO / "seeds").glob("*.txt")):
        times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            subprocess.run(cmd + ["info", str(seed), "--json"], check=True, capture_output=True)
            times.append(time.perf_counter() - t0)
        worst = max(worst, max(times))
        print(f"{seed.name}: median {statistics.median(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms")
    print(f"worst {worst * 1000:.0f} ms (target < 500 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
