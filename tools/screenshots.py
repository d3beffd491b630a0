"""Screenshots of the real window, for the README and for looking at the app as a reader would.

Runs the window under Xvfb (starting one through xvfb-run when no DISPLAY is set), in a throw-away
ZHREADER_HOME: a traditional seed with its outline and keyword highlights in the light theme, the same in
the dark theme, a simplified seed shown in 繁體, and the same at 800×600 (the side panels yield to the text). Writes PNGs to docs/screenshots/ (or --out).

Usage: python tools/screenshots.py [--out DIR]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def _settle(app, window=None, seconds: float = 0.6) -> None:
    """Let the window finish its background work (opening, converting, matching), then paint a while."""
    deadline = time.monotonic() + 30
    while window is not None and time.monotonic() < deadline and (window.jobs.busy or window.reading.busy):
        app.processEvents()
        time.sleep(0.01)
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def _shoot(out: Path) -> list[Path]:
    from reader.app import create_app

    seeds = sorted((REPO / "seeds").glob("*.txt"))
    traditional = next(p for p in seeds if p.name.startswith("002"))
    simplified = next(p for p in seeds if p.name.startswith("000"))
    app, window = create_app([])
    window.resize(1360, 860)
    window.show()
    _settle(app)
    written = []

    def save(name: str) -> None:
        _settle(app, window)
        path = out / name
        window.grab().save(str(path))
        written.append(path)

    window.open_path(str(traditional))
    _settle(app, window)
    for word in ("人大", "監督", "代表"):
        window.keyword_panel.add_keyword(word)
    headings = window.loaded.document.headings
    if len(headings) > 1:
        window.go_to_offset(headings[1].offset)
    _settle(app, window)
    window.hits.next_keyword()
    window.set_theme("light")
    save("reader-light.png")
    window.set_theme("dark")
    save("reader-dark.png")
    window.set_theme("sepia")
    window.open_path(str(simplified))
    _settle(app, window)
    window.script_selector.choose("s2t")
    save("reader-sepia-traditional.png")
    window.set_theme("light")
    window.resize(800, 600)
    save("reader-800x600.png")
    window.close()
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    args = parser.parse_args()
    if not os.environ.get("DISPLAY") and os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        xvfb = shutil.which("xvfb-run")
        if xvfb is None:
            print("screenshots: no DISPLAY and no xvfb-run; install Xvfb or set QT_QPA_PLATFORM=offscreen",
                  file=sys.stderr)
            return 1
        return subprocess.call([xvfb, "-a", "-s", "-screen 0 1400x900x24", sys.executable, __file__,
                                "--out", str(args.out)])
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as home:
        os.environ["ZHREADER_HOME"] = home
        for path in _shoot(args.out):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
