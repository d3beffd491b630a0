"""Round 68X: a long Simplified document opened while the script is 繁體 is painted in Traditional from its first frame.

Found by hand: a 2.5 M-character text showed its title converted and its body as written for seconds (a text over
IN_PLACE_CHARS was built as written, then converted as a whole on the worker and rebuilt), and so did a shorter one
opened at a far restored place (the view, still moving there, was too busy for the in-place conversion). The
paragraphs around the place it opens at are now converted before it is built; the rest follow from the worker."""

from __future__ import annotations

import time

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication

from qtsupport import settle
from screen_paints import Painted
from reader.ui import reading_pane, script_switch

PARAGRAPH = "各级政府应当认真贯彻落实国务院关于进一步加强发展与改革工作的决定，做好各项工作。"
SIMPLIFIED_ONLY = ("贯彻", "发展与改革", "决定")  # in every body paragraph as written; none of them in 繁體


def _write(path, count: int) -> None:
    lines = ["关于加强工作的报告"]
    for i in range(count):
        if i % 100 == 0:
            lines.append(f"第{i // 100 + 1}章　发展与改革的第{i // 100 + 1}部分")
        lines.append(f"{i}．{PARAGRAPH}")
    path.write_text("\n".join(lines), encoding="utf-8")


def _open_in_traditional(make_window, tmp_path, held_conversion, position: int | None):
    """Open the document in 繁體 at `position`; returns the window, the paints while its whole conversion was held."""
    path = tmp_path / "report.txt"
    _write(path, 3000)
    window = make_window()
    window.set_script("s2t")
    settle(window)
    view, paints = window.reading, Painted(window.reading)
    held_conversion.clear()
    window.open_path(str(path), position)
    app, deadline = QApplication.instance(), time.monotonic() + 20
    while time.monotonic() < deadline:  # until shown at its place, the worker's conversion still held
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        if (window.loaded is not None and window.loaded.path == str(path) and view.converting
                and not view._builder.building and any("．各" in text for text in paints.texts)):
            break
    shown = list(paints.texts)
    held_conversion.set()
    settle(window)
    return window, shown


def _check(window, painted: list[str]) -> None:
    body = [text for text in painted if "．各" in text]
    assert body, "the document's body was never painted"
    wrong = [text for text in body if any(word in text for word in SIMPLIFIED_ONLY)]
    assert not wrong, wrong[0][:200]
    assert "貫徹" in body[-1] and not any(w in window.reading.displayed_text() for w in SIMPLIFIED_ONLY)


def test_a_text_too_long_to_convert_in_place_opens_in_traditional(make_window, tmp_path, held_conversion, monkeypatch):
    for module in (reading_pane, script_switch):  # stands for 2.5 M characters (the real threshold, 2 M)
        monkeypatch.setattr(module, "IN_PLACE_CHARS", 20_000)
    window, painted = _open_in_traditional(make_window, tmp_path, held_conversion, None)
    _check(window, painted)
    assert window.reading.top_offset() == 0


def test_a_far_restored_place_opens_in_traditional(make_window, tmp_path, held_conversion):
    window, painted = _open_in_traditional(make_window, tmp_path, held_conversion, 90_000)
    _check(window, painted)
    assert abs(window.reading.top_offset() - 90_000) < 200  # at the place restored
