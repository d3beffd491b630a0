"""Fuzz the engine for a while: clean/outline/find, convert and decode on generated hostile input.

    python bench/fuzz_engine.py [--seconds 600]

Runs the property checks of tests/engine_checks.py under hypothesis (random seeds, no database) in rounds until the
time is up, and reports how many examples ran, every exception, and every input slower than 1 s per 100 KB
(inputs under 50 KB get 0.5 s). Exit status 1 when anything was found.

An input's time is the CPU time of the check's thread (time.thread_time): on a loaded machine (CI and the shared
development machine run at load 10+) the wall clock counted the time the fuzzer was not scheduled, and 8 of 10 inputs
reported slow were linear. The watchdog stops an input after CUTOFF seconds of the process's CPU (ITIMER_PROF), and
after WALL_CUTOFF seconds of wall clock only as a guard against a hang that burns no CPU; each slow input is
reported with both figures.
"""

from __future__ import annotations

import argparse
import signal
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "tests")]

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from adversarial import GENERATORS  # noqa: E402
from engine_checks import HOSTILE_ALPHABET, KINDS, budget, check_convert, check_decode, check_document  # noqa: E402

NAMES = sorted(GENERATORS)
CUTOFF = 20.0  # CPU seconds: an input still running then is recorded as slow and abandoned
WALL_CUTOFF = 300.0  # wall seconds: a hang guard only (an input waiting on nothing uses no CPU)

ROUND = settings(max_examples=50, deadline=None, database=None, derandomize=False,
                 suppress_health_check=list(HealthCheck))

pieces = st.lists(st.tuples(st.sampled_from(NAMES), st.integers(1, 30_000)), min_size=1, max_size=4)
texts = st.one_of(
    st.text(alphabet=HOSTILE_ALPHABET, max_size=5000),
    st.text(max_size=2000),
    pieces.map(lambda ps: "".join(GENERATORS[name](n) for name, n in ps)),
    st.tuples(pieces, st.text(alphabet=HOSTILE_ALPHABET, max_size=200)).map(
        lambda p: p[1].join(GENERATORS[name](n) for name, n in p[0])),
)

stats = {"examples": 0, "slow": [], "largest": 0}


class _Cutoff(Exception):
    """An example ran past CUTOFF seconds of CPU or WALL_CUTOFF seconds of wall clock."""


def _alarm(signum, frame):
    raise _Cutoff("wall" if signum == signal.SIGALRM else "cpu")


class _Watchdog:
    """Both timers armed for one call (CPU: SIGPROF, wall: SIGALRM), both disarmed after it, even on an exception."""

    def __enter__(self) -> "_Watchdog":
        signal.signal(signal.SIGPROF, _alarm)
        signal.signal(signal.SIGALRM, _alarm)
        signal.setitimer(signal.ITIMER_PROF, CUTOFF)
        signal.setitimer(signal.ITIMER_REAL, WALL_CUTOFF)
        return self

    def __exit__(self, *exc) -> None:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.setitimer(signal.ITIMER_REAL, 0)


def _note(kind: str, size: int, check, *args) -> None:
    """Run one check under a watchdog; count it, and keep it when its CPU time was over the budget."""
    stats["examples"] += 1
    stats["largest"] = max(stats["largest"], size)
    where = ""
    wall = time.perf_counter()
    try:
        with _Watchdog():
            seconds = check(*args)  # the CPU time of the check's thread
    except _Cutoff as exc:
        seconds = float("inf")
        limit = f"{CUTOFF:g} s of CPU" if exc.args[0] == "cpu" else f"{WALL_CUTOFF:g} s of wall clock"
        where = f"(stopped after {limit}) {_innermost_engine_frame(exc.__traceback__)}"
    wall = time.perf_counter() - wall
    if seconds > budget("x" * size):
        where = where or _costliest_engine_function(check, args)
        stats["slow"].append(f"{kind}: {size} chars in {seconds:.2f} s CPU ({wall:.2f} s wall) {where}: "
                             f"{str(args[0])[:60]!r}")


def _costliest_engine_function(check, args) -> str:
    """Run a slow example again under the profiler: '(in reader/text/x.py:function)' that took the most time."""
    import cProfile
    import pstats

    profile = cProfile.Profile()
    try:
        with _Watchdog():
            profile.runcall(check, *args)
    except _Cutoff:
        pass
    rows = [(tt, f"{file.split('/reader/')[-1]}:{name}")
            for (file, _, name), (_, _, tt, _, _) in pstats.Stats(profile).stats.items() if "/reader/" in file]
    return f"(in {max(rows)[1]})" if rows else ""


def _innermost_engine_frame(tb) -> str:
    """'(in reader/text/meta.py:parse_meta_line)': where the watchdog found the time going."""
    found = ""
    while tb is not None:
        code = tb.tb_frame.f_code
        if "/reader/" in code.co_filename:
            found = f"(in {code.co_filename.split('/reader/')[-1]}:{code.co_name})"
        tb = tb.tb_next
    return found


@ROUND
@given(texts, st.sampled_from(KINDS))
def fuzz_document(text, kind):
    _note(f"document/{kind}", len(text), check_document, text, kind)


@ROUND
@given(texts)
def fuzz_convert(text):
    _note("convert", len(text), check_convert, text)


@ROUND
@given(st.one_of(st.binary(max_size=5000), texts.map(lambda t: t.encode("utf-8", "surrogatepass"))),
       st.sampled_from(["x.txt", "x.html", "x.md", "x"]))
def fuzz_decode(data, name):
    _note("decode", len(data), check_decode, data, name)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=600)
    args = parser.parse_args(argv)
    errors: list[str] = []
    check_convert("预热")  # the converter's tables are built once, outside the examples
    check_document("预热", "text")
    check_decode("预热".encode("gb18030"), "x")
    end = time.monotonic() + args.seconds
    rounds = 0
    while time.monotonic() < end:
        for fuzz in (fuzz_document, fuzz_convert, fuzz_decode):
            try:
                fuzz()
            except Exception as exc:  # noqa: BLE001 - hypothesis re-raises the shrunk failure: record it, go on
                errors.append(f"{fuzz.__name__}: {type(exc).__name__}: {str(exc)[:300]}")
        rounds += 1
    print(f"{stats['examples']} examples in {rounds} rounds over {args.seconds:.0f} s; "
          f"largest input {stats['largest']:,} characters")
    print(f"{len(errors)} exceptions, {len(stats['slow'])} inputs slower than 1 s of CPU per 100 KB")
    for line in errors + stats["slow"]:
        print("  " + line)
    return 1 if errors or stats["slow"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
