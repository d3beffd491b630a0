"""GUI blocking while the reader opens a long outline's rows: the node with the most rows opened by its arrow, the
same node's whole subtree by '*' (Qt's expand-all-below key), every node (expandAll), and collapsing them again.

Opens one long document (built from ../shared/corpus/docs as gui_latency.py builds it, or --file) in the real window
and, once its outline is shown, reports per step the longest event-loop block, its GUI-thread CPU time and the time
until the rows are in the tree (gui_latency.py's Watch). Target: no block over 100 ms.

Usage: python bench/outline_expand.py [--chars 4000000 | --wide 5000 | --file PATH] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gui_latency import Watch, big_document  # noqa: E402


def _spin(spinning: list[bool]) -> None:
    """Pure Python work until told to stop: it holds the interpreter between the switches the GUI thread waits for."""
    n = 0
    while spinning[0]:
        n = (n * 31 + 7) % 1000003


def wide_document(folder: Path, articles: int) -> Path:
    """A collection of ten parts with `articles` articles each directly under it: parts whose rows number thousands."""
    from outline_bench import _cn

    lines, n = ["法规汇编（大型文件测试）"], 0
    for part in range(1, 11):
        lines.append(f"第{_cn(part)}编 第{part}编的标题")
        for _ in range(articles):
            n += 1
            lines.append(f"第{n}条 国家依照法律规定保障公民的各项权利，有关机关应当依法履行职责，不得推诿。")
    path = folder / f"wide-{articles}.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=4_000_000)
    parser.add_argument("--file", default="")
    parser.add_argument("--wide", type=int, default=0, help="instead: a collection of 10 parts of WIDE articles each, "
                        "every article a row of its part (a yearbook or collected laws)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = Path(tempfile.mkdtemp(prefix="zhreader-expand-"))
    os.environ["ZHREADER_HOME"] = str(folder / "home")
    path = Path(args.file) if args.file else wide_document(folder, args.wide) if args.wide else big_document(
        folder, args.chars)
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from reader.app import create_app

    app, window = create_app([])
    window.resize(1280, 820)
    window.show()
    watch = Watch(app)
    view, results = window.outline, {}
    shown: list[bool] = []
    view.outline_shown.connect(lambda: shown.append(True))
    results["open (outline shown)"] = watch.measure(
        lambda: window.documents.open_files([path]),
        lambda: shown and window.documents.loaded is not None and window.documents.loaded.cleaned is None
        and len(view.outline.headings) > 0 and not view._filling, timeout=900)
    tree, model = view.tree, view.tree.model()
    tops = [model.index(r, 0) for r in range(model.rowCount())]
    widest = max(tops, key=model.rowCount)
    results["headings"] = len(view.outline.headings)
    results["top rows"] = len(tops)
    results["widest rows"] = model.rowCount(widest)

    def last(index):
        """The last row below `index` that has rows of its own (or `index`): opened last by '*'."""
        for row in reversed(range(model.rowCount(index))):
            child = model.index(row, 0, index)
            if model.hasChildren(child):
                return last(child)
        return index

    def opened(index) -> bool:
        return tree.isExpanded(index)

    while window.jobs.busy:  # the open's own work done: each step is measured idle, then beside a busy worker
        app.processEvents()

    def star() -> None:
        tree.setCurrentIndex(widest)
        tree.setFocus()
        QTest.keyClick(tree, Qt.Key.Key_Asterisk)

    for busy in (False, True):
        spinning = [busy]
        if busy:  # a worker thread running Python, as the window's jobs do for seconds after a long text is shown
            threading.Thread(target=_spin, args=(spinning,), daemon=True).start()
        tail = " (worker busy)" if busy else ""
        tree.collapseAll()
        app.processEvents()
        results["expand widest" + tail] = watch.measure(lambda: tree.expand(widest), lambda: opened(widest))
        results["scroll to its end" + tail] = watch.measure(tree.scrollToBottom, lambda: True)
        results["collapse widest" + tail] = watch.measure(lambda: tree.collapse(widest), lambda: not opened(widest))
        results["'*' on widest" + tail] = watch.measure(star, lambda: opened(widest) and opened(last(widest)),
                                                       timeout=120)
        tree.collapseAll()
        app.processEvents()
        results["expandAll" + tail] = watch.measure(tree.expandAll, lambda: all(opened(i) for i in tops[:50]),
                                                    timeout=120)
        results["collapseAll" + tail] = watch.measure(tree.collapseAll, lambda: True)
        spinning[0] = False
    window.close()
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=1))
    else:
        for key, value in results.items():
            print(f"{key:24} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
