"""Round 72H: a script change far down a long text leaves the title above, off screen, to the converted text's
rebuild (edited in place, Qt walked every laid-out block below it: 60-150 ms of a frozen window per million
characters for a line nobody saw); the title on screen still changes at once, and the off-screen one is converted
once the whole text is in."""

from __future__ import annotations

from PySide6.QtCore import QPoint

from qtsupport import settle

PARAGRAPH = "各级政府应当认真贯彻落实国务院关于进一步加强发展与改革工作的决定，做好各项工作。"
TITLE, TITLE_TW = "关于加强发展工作的报告", "關於加強發展工作的報告"


def _write(path, count: int) -> None:
    lines = [TITLE]
    for i in range(count):
        if i % 100 == 0:
            lines.append(f"第{i // 100 + 1}章　发展与改革的第{i // 100 + 1}部分")
        lines.append(PARAGRAPH)
    path.write_text("\n".join(lines), encoding="utf-8")


def _screen(window) -> str:
    block, texts = window.reading.cursorForPosition(QPoint(0, 0)).block(), []
    while block.isValid() and len(texts) < 6:
        texts.append(block.text())
        block = block.next()
    return "\n".join(texts)


def test_a_script_change_far_down_leaves_the_title_off_screen_to_the_rebuild(make_window, tmp_path,
                                                                             held_conversion):
    path = tmp_path / "report.txt"
    _write(path, 3000)
    window = make_window()
    window.open_path(str(path))
    settle(window)
    view = window.reading
    window.go_to_offset(len(window.loaded.document.text) * 3 // 4)
    settle(window)
    edits: list[int] = []
    view.document().contentsChange.connect(lambda at, _removed, _added: edits.append(at))
    held_conversion.clear()
    window.set_script("s2t")
    assert view.converting and "發展與改革" in _screen(window)  # the screen in the new script at once
    assert edits and min(edits) > 0  # nothing edited above the screen: the title is left to the rebuild
    assert view.document().firstBlock().text() == TITLE
    held_conversion.set()
    settle(window)
    assert view.document().firstBlock().text() == TITLE_TW  # converted with the whole text
    assert "發展與改革" in _screen(window)

    window.go_to_offset(0)  # at the top the title is on screen: changed at once, as before
    settle(window)
    held_conversion.clear()
    window.set_script("t2s")
    assert view.converting and view.document().firstBlock().text() == TITLE
    held_conversion.set()
    settle(window)
    assert view.document().firstBlock().text() == TITLE


def test_the_window_compiles_its_converters_on_a_worker_before_the_first_script_change(make_window, monkeypatch):
    """The converters warmed after start have their patterns compiled there, not at the first Ctrl+T."""
    import threading

    import reader.text.convert as convert

    monkeypatch.setattr(convert, "_built", {})  # this window's own converters, as a new session's
    threads: list[str] = []
    real = convert.Converter.warm

    def warm(self):
        threads.append(threading.current_thread().name)
        real(self)

    monkeypatch.setattr(convert.Converter, "warm", warm)
    window = make_window()
    settle(window)
    assert len(threads) >= 2 and threading.main_thread().name not in threads
    for config in ("s2t", "t2s"):
        fast = convert.get_converter(config, window.cache_dir).fast
        dense = [step for step in fast._chain if step.dense]
        assert dense and all({"table", "chars_re"} <= set(vars(step)) for step in dense)
