"""The window as users run it: loading, conversion and matching on worker threads."""

from __future__ import annotations

from reader.app import create_app
from reader.text.convert import get_converter
from support import seed


def test_open_and_toggle_on_workers(qtbot):
    _app, window = create_app([])
    qtbot.addWidget(window)
    window.resize(1000, 700)
    with qtbot.waitExposed(window):
        window.show()
    with qtbot.waitSignal(window.document_shown, timeout=10000):
        window.open_path(str(seed("003")))
    doc = window.loaded.document
    middle = doc.paragraphs[len(doc.paragraphs) // 2]
    window.reading.scroll_to_offset(middle.start)
    qtbot.waitUntil(lambda: not window.reading.busy, timeout=10000)  # the text may still be being built
    top = window.reading.top_paragraph()
    assert top > 0
    with qtbot.waitSignal(window.reading.conversion_finished, timeout=10000):
        window.script_selector.choose("s2t")
    converter = get_converter("s2t")
    assert window.reading.displayed_text() == "\n".join(converter.convert(p.text) for p in doc.paragraphs)
    assert window.reading.top_paragraph() == top
    with qtbot.waitSignal(window.hits.keyword_counts, timeout=10000) as blocker:
        window.keyword_panel.add_keyword("发展")
    assert blocker.args[0]["发展"] > 0
    window.close()
    window.jobs.wait(5000)
