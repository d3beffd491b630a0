"""Time decoding a 50 MB file and cleaning a 1 M-character document built from the seeds and the corpus.

The figures are CPU time (time.process_time; the machine is shared and under load the clock counts other work), the
best run's wall time beside them."""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from reader.text.clean import clean  # noqa: E402
from reader.text.decode import MAX_BYTES, decode_bytes  # noqa: E402


def _material() -> str:
    paths = sorted((REPO / "seeds").glob("*.txt")) + sorted((REPO.parent / "shared" / "corpus" / "docs").glob("*.txt"))
    return "\n\n".join(p.read_text(encoding="utf-8") for p in paths)


def _best(func, runs: int = 3) -> tuple[float, float, float]:
    """Best and median CPU seconds of a few runs, and the best wall seconds."""
    times, walls = [], []
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        func()
        times.append(time.process_time() - c0)
        walls.append(time.perf_counter() - t0)
    return min(times), statistics.median(times), min(walls)


def main() -> int:
    text = _material()
    million = (text + "\n\n") * (1_000_000 // len(text) + 1)
    decoded = decode_bytes(million.encode("utf-8"))
    best, med, wall = _best(lambda: clean(decoded))
    print(f"clean {len(million):,} chars: CPU best {best * 1000:.0f} ms, median {med * 1000:.0f} ms "
          f"(wall best {wall * 1000:.0f} ms)")
    wrapped = (REPO / "seeds").glob("003_*.txt").__next__().read_text(encoding="utf-8")
    wrapped = (wrapped + "\n") * (1_000_000 // len(wrapped) + 1)
    decoded = decode_bytes(wrapped.encode("utf-8"))
    best, med, wall = _best(lambda: clean(decoded))
    print(f"clean {len(wrapped):,} chars of hard-wrapped text: CPU best {best * 1000:.0f} ms, "
          f"median {med * 1000:.0f} ms (wall best {wall * 1000:.0f} ms)")
    for codec in ("utf-8", "gb18030", "utf-16"):
        data = text.encode(codec)
        data = data * (MAX_BYTES // len(data))
        best, _med, wall = _best(lambda: decode_bytes(data), runs=2)
        print(f"decode {len(data) / 1048576:.1f} MB {codec}: CPU best {best * 1000:.0f} ms (wall {wall * 1000:.0f} ms)")
    data = text.encode("utf-8")
    data = (data[:5000] + b"\xff" + data[5000:]) * (MAX_BYTES // (len(data) + 1))
    best, _med, wall = _best(lambda: decode_bytes(data), runs=2)
    print(f"decode {len(data) / 1048576:.1f} MB utf-8 with bad bytes: CPU best {best * 1000:.0f} ms "
          f"(wall {wall * 1000:.0f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
