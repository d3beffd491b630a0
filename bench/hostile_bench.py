"""Worst CPU time per 100 KB of each engine stage over the adversarial generators, at 10 KB, 100 KB and 1 MB.

    python bench/hostile_bench.py [--sizes 10000,100000,1000000] [--cutoff 30] [--stage clean ...]

The generators are the linear-time harness's (tests/adversarial.py). Each cell is the worst CPU time of the call
(time.thread_time: on a loaded machine the wall clock counts the time the bench was not scheduled and made linear
stages look slow), the wall time of that case beside it. A case that runs past the cutoff in CPU seconds (SIGPROF)
is stopped and reported as '>cutoff'; one that runs past ten times the cutoff in wall seconds (SIGALRM, a hang guard
for a wait that uses no CPU) as '>Ns wall'; the larger sizes of that generator are then skipped for the stage.
POSIX only. Issue 12's bound is 1 s per 100 KB for any input.
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


WALL_FACTOR = 10  # the wall-clock hang guard, in cutoffs


class _Cutoff(Exception):
    """The case ran past the cutoff (CPU) or past the hang guard (wall)."""


def _alarm(signum, frame):
    raise _Cutoff("wall" if signum == signal.SIGALRM else "cpu")


def _run(stage: str, generator: str, size: int, cutoff: float) -> tuple[float, float] | str:
    """(CPU seconds, wall seconds) of one call, 'cutoff', 'wall' or the exception's name."""
    setup, timed = STAGES[stage]
    signal.signal(signal.SIGPROF, _alarm)
    signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_PROF, cutoff)
    signal.setitimer(signal.ITIMER_REAL, cutoff * WALL_FACTOR)
    try:
        arg = setup(GENERATORS[generator](size))
        start, cpu = time.perf_counter(), time.thread_time()
        timed(arg)
        return time.thread_time() - cpu, time.perf_counter() - start
    except _Cutoff as exc:
        return "cutoff" if exc.args[0] == "cpu" else "wall"
    except Exception as exc:  # noqa: BLE001 - a bench reports failures, it does not stop on them
        return type(exc).__name__
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
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
    print(f"{'stage':<9}" + "".join(f"{f'{s // 1000} KB':>38}" for s in sizes)
          + "   (worst CPU s/100 KB, wall s/100 KB of that case, generator)")
    for stage in args.stage or STAGES:
        given_up: dict[str, str] = {}
        cells = []
        for size in sizes:
            worst, worst_wall, worst_name, failures = 0.0, 0.0, "", []
            for name in GENERATORS:
                if name in given_up:
                    failures.append(f"{name}:{given_up[name]}")
                    continue
                result = _run(stage, name, size, args.cutoff)
                if isinstance(result, str):
                    given_up[name] = {"cutoff": f">{args.cutoff:g}s CPU",
                                      "wall": f">{args.cutoff * WALL_FACTOR:g}s wall"}.get(result, result)
                    failures.append(f"{name}:{given_up[name]}")
                    continue
                per_100kb, wall_per_100kb = (seconds * 100_000 / size for seconds in result)
                if per_100kb > worst:
                    worst, worst_wall, worst_name = per_100kb, wall_per_100kb, name
            cell = f"{worst:.3f} ({worst_wall:.3f}) {worst_name}"
            cells.append(f"{cell:>38}")
            if failures:
                print(f"  {stage} at {size // 1000} KB not measured: {', '.join(failures)}", file=sys.stderr)
        print(f"{stage:<9}" + "".join(cells), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
