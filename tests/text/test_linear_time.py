"""Every engine stage runs in time linear in its input on adversarial text (issue 12: 3 KB froze the window 55 s).

Each (stage, generator) pair is timed at two sizes eight times apart; a linear rule takes about eight times as long
on the larger, a quadratic one sixty-four. The test fails above a generous factor, so a loaded machine does not
make it flaky (a pair over the limit is measured again, twice: noise does not repeat, backtracking does); when the
small input alone is already slow, the large one is not tried.
"""

from __future__ import annotations

import gc
import time

import pytest

from adversarial import GENERATORS, STAGES

SMALL, LARGE = 1_000, 8_000
MAX_RATIO = 24  # linear growth is 8; quadratic 64
SLOW_SMALL = 0.05  # seconds for the small input: 5 s per 100 KB even if it grew only linearly


def per_call(fn, arg) -> float:
    """Seconds per call, the better of two measurements that each run the call for at least 5 ms."""
    best = float("inf")
    fn(arg)  # caches and tables filled on first use are not what is measured
    for _ in range(2):
        runs, start = 0, time.thread_time()
        while True:
            fn(arg)
            runs += 1
            elapsed = time.thread_time() - start
            if elapsed >= 0.005:
                break
        best = min(best, elapsed / runs)
        if elapsed > 0.1:
            break
    return best


def _cases():
    for stage in STAGES:
        for name in GENERATORS:
            yield pytest.param(stage, name, id=f"{stage}-{name}")


@pytest.mark.parametrize("stage, generator", list(_cases()))
def test_time_grows_linearly(stage, generator):
    setup, timed = STAGES[stage]
    make = GENERATORS[generator]
    small_arg, large_arg = setup(make(SMALL)), setup(make(LARGE))
    gc.disable()
    try:
        for _ in range(3):
            small = per_call(timed, small_arg)
            if small >= SLOW_SMALL:
                continue  # slow already on the small input: measured again (a busy machine), the large never
            large = per_call(timed, large_arg)
            ratio = large / max(small, 1e-6)
            if ratio < MAX_RATIO:
                return
    finally:
        gc.enable()
    if small >= SLOW_SMALL:
        pytest.fail(f"{stage} on {generator}: {small:.2f} s for {SMALL} characters, three times")
    pytest.fail(f"{stage} on {generator}: {small * 1e3:.2f} ms -> {large * 1e3:.2f} ms (x{ratio:.0f})")
