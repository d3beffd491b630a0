"""Found by hand under Xvfb (session 61V): several files named at once whose last is refused show the last readable
one (the refusal still said), not a blank page beside the list."""

from __future__ import annotations

import pytest

from qtsupport import settle

REFUSED = "is not a text file, so the reader cannot show it."


def _write(folder, name: str, text: str):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _binary(folder, name: str):
    path = folder / name
    path.write_bytes(bytes(range(256)) * 64)  # a binary renamed .txt
    return path


@pytest.mark.parametrize("names, shown", [
    (["a.txt", "b.txt", "bad.txt"], "b.txt"),           # the last readable one, not the first
    (["a.txt", "bad.txt", "worse.txt"], "a.txt"),       # two refused at the end
    (["a.txt", "bad.txt"], "a.txt"),
])
def test_a_refused_last_file_shows_the_last_readable_one_and_still_says_why(make_window, qtbot, tmp_path,
                                                                              names, shown):
    paths = [_binary(tmp_path, n) if n in ("bad.txt", "worse.txt")
             else _write(tmp_path, n, f"关于{n[0]}的报告\n\n一、总体情况\n正文{n[0]}。\n") for n in names]
    window = make_window([str(p) for p in paths])
    qtbot.waitUntil(lambda: window.loaded is not None, timeout=20000)
    settle(window)
    assert window.loaded.path == str((tmp_path / shown).resolve())
    assert f"正文{shown[0]}" in window.reading.toPlainText()
    assert REFUSED in window.status.currentMessage()  # the refusal is still said
    assert names[-1] in window.status.currentMessage()


@pytest.mark.parametrize("names, shown", [
    (["a.txt", "b.txt"], "b.txt"),   # all readable: the last, as before, and no refusal
    (["bad.txt"], None),             # only a refused one: nothing to fall back on, the refusal is said
])
def test_files_left_alone(make_window, qtbot, tmp_path, names, shown):
    paths = [_binary(tmp_path, n) if n.startswith("bad")
             else _write(tmp_path, n, f"关于{n[0]}的报告\n\n正文{n[0]}。\n") for n in names]
    window = make_window([str(p) for p in paths])
    if shown is None:
        qtbot.waitUntil(lambda: REFUSED in window.status.currentMessage(), timeout=20000)
        settle(window)
        assert window.loaded is None
        return
    qtbot.waitUntil(lambda: window.loaded is not None, timeout=20000)
    settle(window)
    assert window.loaded.path == str((tmp_path / shown).resolve())
    assert REFUSED not in window.status.currentMessage()
