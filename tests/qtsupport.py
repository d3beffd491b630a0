"""Driving the real asynchronous window in tests: process events until its background work is done."""

from __future__ import annotations

import time


SETTLE_WALL_FACTOR = 8  # the wall-clock ceiling of a settle, in its CPU timeout: only a window waiting on nothing


def settle(window, timeout: float = 15.0, quiet_rounds: int = 3, writes: bool = True) -> None:
    """Run the event loop until no job is running or queued, no script change is under way and nothing the reader
    added to the library is still being added (nor, with `writes`, waiting for the catalogue's lock: a test that holds
    the lock itself passes False).

    `timeout` counts this process's CPU seconds (every thread's): at load 16-18 on two CPUs a window's first start
    (about 1 s of CPU: the seeds listed, two converters warmed, on workers) sometimes ran past 15 s of wall clock and
    timed out while it worked on. A window that waits on nothing uses no CPU: the wall clock still ends the wait after
    SETTLE_WALL_FACTOR times the timeout."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    cpu_deadline = time.process_time() + timeout
    started = time.monotonic()
    quiet = 0
    while quiet < quiet_rounds:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        busy = _busy(window, writes)
        if busy:
            if time.process_time() > cpu_deadline or time.monotonic() - started > timeout * SETTLE_WALL_FACTOR:
                raise AssertionError(f"the window did not settle within {timeout:g} s of CPU "
                                     f"({time.monotonic() - started:.0f} s of wall clock): {', '.join(busy)} busy")
            quiet = 0
            time.sleep(0.002)
        else:
            quiet += 1


def _busy(window, writes: bool) -> list[str]:
    """What the window is still working on, by name (empty when idle)."""
    documents = getattr(window, "documents", None)
    removals = getattr(documents, "removals", None)
    waiting = getattr(documents, "writes", None) if writes else None  # for the lock
    found = {"jobs": window.jobs.busy, "reading pane": window.reading.busy,
             "library panel": getattr(getattr(window, "library_panel", None), "busy", False),
             "removals": getattr(removals, "busy", False),
             "library writes": bool(waiting is not None and waiting.pending)}
    return [name for name, busy in found.items() if busy]


_SWEEP_AFTER = 100_000  # objects frozen since the last sweep: about 170 closed windows (~0.3 MB each)
_live_after_sweep = [0]


def sweep_frozen() -> bool:
    """reader.heap freezes all that is alive when a document is shown, a closed window's cycles among it, which no
    collection then reaches: now and then (a full collection takes 0.1-0.3 s) they are handed back and collected.
    True if it swept."""
    import gc

    if gc.get_freeze_count() <= _live_after_sweep[0] + _SWEEP_AFTER:
        return False
    gc.unfreeze()
    gc.collect()
    _live_after_sweep[0] = len(gc.get_objects())  # what the next freezes will hold anyway
    return True


def late_jobs(seed: int = 7, max_delay_ms: int = 80):
    """The real thread pool, but every result is handed over after a random delay: late and out of order."""
    import random

    from PySide6.QtCore import QTimer

    from reader.ui.workers import Jobs

    class LateJobs(Jobs):
        def __init__(self) -> None:
            super().__init__()
            self._random = random.Random(seed)
            self._held = 0

        def submit(self, fn, *args, on_done=None, on_error=None):
            super().submit(fn, *args, on_done=self._later(on_done), on_error=self._later(on_error))

        def _later(self, callback):
            if callback is None:
                return None

            def deliver(value):
                self._held += 1

                def hand_over():
                    self._held -= 1
                    callback(value)

                QTimer.singleShot(self._random.randint(0, max_delay_ms), hand_over)

            return deliver

        @property
        def busy(self) -> bool:
            return super().busy or self._held > 0

    return LateJobs()


def long_text_file(folder, chars: int):
    """A long document made of the seeds' paragraphs (headings included) repeated, as UTF-8."""
    from pathlib import Path

    seeds = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
    parts, size, n = ["长文件：人大工作汇编\n"], 0, 0
    while size < chars:
        text = seeds[n % len(seeds)].read_text(encoding="utf-8")
        parts.append(text)
        size += len(text)
        n += 1
    path = Path(folder) / f"long-{chars}.txt"
    path.write_text("\n".join(parts), encoding="utf-8")
    return path


def open_text(make_window, qtbot, folder, text: str, name: str = "doc.txt", ready=lambda window: True):
    """A window opened on a UTF-8 file of `text` in `folder`, once it is loaded, `ready` holds and its work is done."""
    from pathlib import Path

    path = Path(folder) / name
    path.write_text(text, encoding="utf-8")
    window = make_window([str(path)])
    qtbot.waitUntil(lambda: window.loaded is not None and ready(window), timeout=20000)
    settle(window)
    return window


REPORT_SENTENCE = "各级政府应当认真贯彻落实国务院关于进一步加强发展与改革工作的决定。"


def chapters_report(folder, name: str, chapters: int):
    """A report of `chapters` numbered chapters under its title, each one heading and two sentences (UTF-8)."""
    from pathlib import Path

    path = Path(folder) / name
    body = "\n\n".join(f"第{i}章　总则\n\n{REPORT_SENTENCE * 2}" for i in range(1, chapters + 1))
    path.write_text("关于加强工作的报告\n\n" + body, encoding="utf-8")
    return path


def click_heading(qtbot, window, n: int) -> int:
    """Click the n-th outline entry (a top-level heading) as a reader does; returns its cleaned-text offset."""
    from PySide6.QtCore import Qt

    tree = window.outline.tree
    index = tree.model().index(n, 0, tree.rootIndex())
    with qtbot.waitSignal(window.outline.heading_activated) as blocker:
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(index).center())
    settle(window)
    return blocker.args[0]


def click_document(qtbot, window, path: str, shown: bool = True) -> None:
    """A mouse click on the document's row, as a reader picks it; with `shown`, once its text is on screen."""
    from contextlib import nullcontext

    from PySide6.QtCore import Qt

    doc_list = window.document_list
    for row in range(doc_list.count()):
        item = doc_list.item(row)
        if item.data(Qt.ItemDataRole.UserRole + 1).path == path:
            doc_list.scrollTo(item.index)
            with qtbot.waitSignal(window.document_shown) if shown else nullcontext():
                qtbot.mouseClick(doc_list.viewport(), Qt.MouseButton.LeftButton,
                                 pos=doc_list.visualItemRect(item).center())
            settle(window)
            return
    raise AssertionError(f"{path} is not in the document list")


def jump_past(qtbot, window, n: int, behind: int) -> tuple[int, int, int]:
    """Click the n-th outline entry, far past the display offset `behind`, which goes off screen; returns the
    heading's display offset and the visible display range there."""
    target = window.reading.display.to_display(click_heading(qtbot, window, n))
    assert target > behind
    lo, hi = window.reading.visible_display_range()
    assert not lo <= behind < hi  # the current hit is far behind, off screen
    return target, lo, hi


def search_library(qtbot, window, query: str):
    """Index the seeds on the real library job, type a query in the window's library search and wait for its
    results; returns the results view."""
    from PySide6.QtWidgets import QLineEdit, QListView

    panel = window.library_panel
    panel.index_soon()
    qtbot.waitUntil(lambda: panel.importer.busy, timeout=10000)
    qtbot.waitUntil(lambda: not panel.importer.busy, timeout=120000)
    field = window.findChild(QLineEdit, "librarySearch")
    results = window.findChild(QListView, "librarySearchResults")
    field.setFocus()
    field.insert(query)  # searched after the typing pause (Return would also open the first result)
    settle(window)
    qtbot.waitUntil(lambda: results.model().rowCount() > 0, timeout=10000)
    return results


def until_library_idle(qtbot, window, timeout: float = 120.0) -> None:
    """Start-up work all done: the check and indexing run (they start a moment after the window shows) and ended."""
    panel = window.library_panel
    deadline = time.monotonic() + timeout
    qtbot.waitUntil(lambda: panel.importer.busy or panel._checked and not panel._index_timer.isActive(),
                    timeout=10000)
    while panel.importer.busy or panel._index_timer.isActive():
        assert time.monotonic() < deadline, "the library did not finish indexing"
        qtbot.wait(20)
    settle(window)


def contrast(a, b) -> float:
    """WCAG contrast ratio of two QColors (4.5 for body text), from their values, not from any font."""
    def luminance(c) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def drag_handle(splitter, index: int, dx: int) -> None:
    """The reader drags handle `index` by dx pixels in ten steps (a handle reads the pointer's global position)."""
    from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    handle = splitter.handle(index)
    start = handle.mapTo(splitter, QPoint(handle.width() // 2, handle.height() // 2))

    def send(kind: QEvent.Type, x: int, buttons: Qt.MouseButton) -> None:
        at = QPoint(start.x() + x, start.y())
        QApplication.sendEvent(handle, QMouseEvent(kind, QPointF(at - handle.pos()), QPointF(splitter.mapToGlobal(at)),
                                                   Qt.MouseButton.LeftButton, buttons, Qt.KeyboardModifier.NoModifier))

    send(QEvent.Type.MouseButtonPress, 0, Qt.MouseButton.LeftButton)
    for step in range(1, 11):
        send(QEvent.Type.MouseMove, dx * step // 10, Qt.MouseButton.LeftButton)
    send(QEvent.Type.MouseButtonRelease, dx, Qt.MouseButton.NoButton)


def line_breaks(text: str) -> set[int]:
    """Where Unicode's line breaking lets a line end in `text` (Qt's own finder)."""
    from PySide6.QtCore import QTextBoundaryFinder

    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, text)
    found, at = set(), finder.toNextBoundary()
    while at != -1:
        found.add(at)
        at = finder.toNextBoundary()
    return found


def long_law(tmp_path, articles: int = 3000):
    """A long law (~180,000 characters) with a keyword, 审计, in every third article."""
    body = "国家机关应当依照本法的规定履行监督职责，保障公民的合法权益，维护社会秩序，对违反规定的行为给予处罚。"
    lines = ["某某管理条例"]
    for n in range(1, articles + 1):
        if n % 100 == 1:
            lines.append(f"第{n // 100 + 1}章　第{n // 100 + 1}部分的规定")
        lines.append(f"第{n}条　{body}" + ("开展审计工作。" if n % 3 == 0 else ""))
    path = tmp_path / "law.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def header_lines(window) -> list[str]:
    """The blocks the pane shows above the document's first paragraph (its title, then its metadata line)."""
    first = window.loaded.document.paragraphs[0].text
    lines, block = [], window.reading.document().begin()
    while block.isValid() and block.text() != first:
        lines.append(block.text().replace("\u2060", "").replace("\u00a0", " "))
        block = block.next()
    return lines


def picture(view):
    """What the view's viewport shows, as an image (compared picture to picture: no font is assumed)."""
    return view.viewport().grab().toImage()


def picture_rows(image) -> list[bytes]:
    """The image's rows of pixels, to compare two pictures row by row."""
    data, step = bytes(image.constBits()), image.bytesPerLine()
    return [data[y * step:(y + 1) * step] for y in range(image.height())]


def inked(image, paper) -> int:
    """Rows of the picture with anything but paper on them (text drawn, whatever the font)."""
    return sum(any(image.pixelColor(x, y) != paper for x in range(0, image.width(), 2))
               for y in range(0, image.height(), 4))


def choose_encoding(codec: str):
    """A stand-in for File › Reopen with Encoding…'s list (QInputDialog.getItem) picking the row of `codec`, as the
    reader picks it by the name shown (GB18030 — …)."""
    from reader.ui.open_dialogs import encoding_label

    def pick(_parent, _title, _label, items, _current, _editable):
        return next(item for item in items if item == encoding_label(codec)), True
    return pick


def add_keyword(qtbot, window, word: str, count: int, timeout: float = 60.0) -> None:
    """Type `word` into the keyword box and press Enter (an input method's insert: QTest types ASCII only), then wait
    until the window counts it `count` times and its work is done."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit

    counts: list[dict] = []
    window.hits.keyword_counts.connect(counts.append)
    box = window.keyword_panel.findChild(QLineEdit, "keywordInput")
    box.setFocus()
    box.insert(word)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(counts) and counts[-1].get(word) == count, timeout=int(timeout * 1000))
    settle(window, timeout)
