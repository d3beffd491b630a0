"""Round 69E on the real window: a heading scrolled to just under the top, a sliver of the paragraph before it still
cut at the viewport's edge, is the section the breadcrumb and the outline name (they named the section before)."""

from __future__ import annotations

from qtsupport import settle

SENTENCE = "各级政府应当认真贯彻落实国务院关于进一步加强发展与改革工作的决定，做好各项工作。"


def _report(folder):
    path = folder / "report.txt"
    parts = ["关于加强工作的报告"]
    for name in ["一、总体要求", "二、重点任务", "三、保障措施"]:
        parts += [name] + [SENTENCE * 4] * 6
    path.write_text("\n\n".join(parts), encoding="utf-8")
    return path


def _last_line_bottom(view, block) -> float:
    """Document y of the bottom of `block`'s last line."""
    rect = view.document().documentLayout().blockBoundingRect(block)
    layout = block.layout()
    line = layout.lineAt(layout.lineCount() - 1)
    return rect.top() + line.y() + line.height()


def test_a_sliver_of_the_last_line_above_a_heading_is_not_the_section(make_window, qtbot, tmp_path) -> None:
    window = make_window([str(_report(tmp_path))])
    qtbot.waitUntil(lambda: window.loaded is not None, timeout=20000)
    settle(window)
    second = window.loaded.document.headings[1]
    window.go_to_offset(second.offset)
    settle(window)
    view = window.reading
    heading = next(b for b in (view.document().findBlockByNumber(n) for n in range(view.document().blockCount()))
                   if b.text().startswith("二、重点任务"))
    bottom = _last_line_bottom(view, heading.previous())
    bar = view.verticalScrollBar()
    crumbs = lambda: "".join(window.breadcrumb.path())  # noqa: E731
    bar.setValue(int(bottom) - 30)  # most of the paragraph's last line on screen: the section before
    qtbot.waitUntil(lambda: "一、总体要求" in crumbs(), timeout=5000)
    bar.setValue(int(bottom) - 3)  # three pixels of that line left at the top, the heading right under it
    qtbot.waitUntil(lambda: "二、重点任务" in crumbs(), timeout=5000)
    assert "二、重点任务" in window.outline.label(window.outline.current_index())
    bar.setValue(int(bottom) - 30)  # scrolled back: the section before again
    qtbot.waitUntil(lambda: "一、总体要求" in crumbs(), timeout=5000)
    assert "一、总体要求" in window.outline.label(window.outline.current_index())
