"""Worst time per 100 KB of each engine stage over the adversarial generators, at 10 KB, 100 KB and 1 MB.

    python bench/hostile_bench.py [--sizes 10000,100000,1000000] [--cutoff 30] [--stage clean ...]

The generators are the linear-time harness's (tests/adversarial.py). A case that runs past the cutoff is stopped
(SIGALRM; POSIX) and reported as '>cutoff'; the larger sizes of that generator are then skipped for the stage.
Issue 12's bound is 1 s per 100 KB for any input.
"""

from __future__ import annotations

import argparse
import signal
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "tests")]

from adversarial import GENERATORS, STAGES  # noqa: E402


class _Cutoff(Exception):
    """The case ran past the cutoff."""


def _alarm(signum, frame):
    raise _Cutoff()


def _run(stage: str, generator: str, size: int, cutoff: float) -> float | str:
    """Seconds for one call, 'cutoff' or the exception's name."""
    setup, timed = STAGES[stage]
    signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, cutoff)
    try:
        arg = setup(GENERATORS[generator](size))
        start = time.perf_counter()
        timed(arg)
        return time.perf_counter() - start
    except _Cutoff:
        return "cutoff"
    except Exception as exc:  # noqa: BLE001 - a bench reports failures, it does not stop on them
        return type(exc).__name__
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--cutoff", type=float, default=30.0)
    parser.add_argument("--stage", action="append", choices=list(STAGES))
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    for stage in STAGES:
        _run(stage, "mixed", 1000, args.cutoff)  # tables and caches filled once, outside the figures
    print(f"{'stage':<9}" + "".join(f"{f'{s // 1000} KB':>30}" for s in sizes) + "   (worst s/100 KB, generator)")
    for stage in args.stage or STAGES:
        given_up: dict[str, str] = {}
        cells = []
        for size in sizes:
            worst, worst_name, failures = 0.0, "", []
            for name in GENERATORS:
                if name in given_up:
                    failures.append(f"{name}:{given_up[name]}")
                    continue
                result = _run(stage, name, size, args.cutoff)
                if isinstance(result, str):
                    given_up[name] = result if result != "cutoff" else f">{args.cutoff:.0f}s"
                    failures.append(f"{name}:{given_up[name]}")
                    continue
                per_100kb = result * 100_000 / size
                if per_100kb > worst:
                    worst, worst_name = per_100kb, name
            cell = f"{worst:.3f} {worst_name}"
            cells.append(f"{cell:>30}")
            if failures:
                print(f"  {stage} at {size // 1000} KB not measured: {', '.join(failures)}", file=sys.stderr)
        print(f"{stage:<9}" + "".join(cells), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
