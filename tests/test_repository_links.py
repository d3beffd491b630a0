"""No link in the source tree points outside it: a helper's worktree once got committed as tests/tests, and pytest's
collection followed it in a loop wherever that worktree existed (dangling everywhere else)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TREES = ("reader", "tests", "seeds", "bench", "docs")


def test_every_link_in_the_tree_stays_inside_it():
    outside = []
    for name in TREES:
        top = ROOT / name
        if not top.is_dir():
            continue
        for path in top.rglob("*"):
            if path.is_symlink() and not path.resolve().is_relative_to(ROOT):
                outside.append(str(path.relative_to(ROOT)))
    assert outside == []
