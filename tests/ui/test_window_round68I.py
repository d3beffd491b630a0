"""Round 68I: a script change frees the text it replaced over several event-loop turns (deleting a laid-out 3 M-
character document at once held the window 0.3-0.4 s), while the converted text stays on screen at the place."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from shiboken6 import isValid

from qtsupport import settle
from reader.text.display import converter
from reader.ui import retire

PARAGRAPH = "各级政府应当认真贯彻落实国务院关于进一步加强发展与改革工作的决定，请把文件存到U盘里。"


def _long(tmp_path, count: int = 1500):
    lines = ["关于加强工作的报告"]
    for i in range(count):
        if i % 300 == 0:
            lines.append(f"第{i // 300 + 1}章　发展与改革")
        lines.append(PARAGRAPH)
    path = tmp_path / "long.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _laid_out(qdoc) -> int:
    """Blocks of a document that still hold laid-out lines."""
    count, block = 0, qdoc.firstBlock()
    while block.isValid():
        layout = block.layout()
        count += layout is not None and layout.lineCount() > 0
        block = block.next()
    return count


def test_the_replaced_text_is_freed_in_steps_while_the_place_stays(make_window, tmp_path, qtbot, monkeypatch):
    monkeypatch.setattr(retire, "RETIRE_BUDGET_MS", 0)  # one chunk of blocks a turn, however fast the machine
    window = make_window()
    window.open_path(str(_long(tmp_path)))
    settle(window)
    view = window.reading
    window.go_to_offset(window.loaded.document.headings[3].offset)
    settle(window)
    qtbot.waitUntil(lambda: view.document().lastBlock().layout().lineCount() > 0)  # laid out to its end
    old, place = view.document(), view.place()
    blocks = old.blockCount()
    assert blocks > 3 * retire.RETIRE_BLOCKS
    seen: list[int] = []  # the old document's laid-out blocks, looked at every event-loop turn while it lives
    places: list[int] = []

    def look() -> None:
        if view.document() is not old:
            places.append(view.place())
        if isValid(old):
            seen.append(_laid_out(old))
        else:
            watcher.stop()

    watcher = QTimer(interval=0)
    watcher.timeout.connect(look)
    watcher.start()
    window.script_selector.choose("s2t")
    qtbot.waitUntil(lambda: not isValid(old), timeout=15000)
    watcher.stop()
    settle(window)
    assert any(0 < n < blocks for n in seen)  # partly freed for a while (before: deleted whole, all laid out)
    assert all(abs(p - place) <= len(PARAGRAPH) for p in places) and places
    conv = converter("s2t", window.cache_dir)
    assert view.display.shown == [conv.convert(p) for p in view.display.source]
    assert abs(view.place() - place) <= len(PARAGRAPH)
