"""Round 61K on the real window: opening a long document hands Qt no more layout than its first screen, and the
keyword child is given a long text in slices, never in one event-loop turn."""

from __future__ import annotations

import json
from pathlib import Path

from qtsupport import settle

SENTENCE = "各级政府应当认真贯彻落实国务院关于进一步加强发展与改革工作的决定！"  # 32 characters


def _one_line(tmp_path, repeat: int = 3000):
    """A report exported with no line breaks at all: about 100,000 characters on one line."""
    path = tmp_path / "one-line.txt"
    path.write_text("关于加强工作的报告" + "\n" + SENTENCE * repeat, encoding="utf-8")
    return path


def _laid_out(qdoc) -> int:
    """Blocks Qt has laid out (lines made) in a document."""
    count, block = 0, qdoc.begin()
    while block.isValid():
        layout = block.layout()
        count += layout is not None and layout.lineCount() > 0
        block = block.next()
    return count


def test_a_one_line_file_is_handed_to_the_view_laid_out_no_further_than_its_first_screen(make_window, tmp_path,
                                                                                          monkeypatch):
    window = make_window()
    view = window.reading
    taken: list[tuple[int, int, int]] = []
    real = view.setDocument

    def set_document(qdoc) -> None:
        qdoc.documentLayout()  # what setDocument does first: Qt makes the layout and lays the top of it out
        taken.append((_laid_out(qdoc), qdoc.blockCount(), qdoc.pageSize().width()))
        real(qdoc)

    monkeypatch.setattr(view, "setDocument", set_document)
    window.open_path(str(_one_line(tmp_path)))
    settle(window)
    laid_out, blocks, width = taken[-1]
    assert blocks > 40  # the paragraph is shown in pieces (round 60B)
    # without the view's width Qt laid out some 2,000 px of unwrapped lines at once: every piece here, a hundred
    # pieces (0.2 s) of a 2 M one-line file before its first paint
    assert laid_out <= 6 and width == view.viewport().width()
    assert view.displayed_text().startswith(SENTENCE) and view.top_offset() == 0


SLICE = 20_000  # the slice the tests set, so that a short test text takes several


def _long_report(tmp_path, paragraphs: int = 2000):
    """About 80,000 characters in short paragraphs: a text handed to the keyword child in several slices."""
    path = tmp_path / "long.txt"
    path.write_text("关于加强工作的报告\n\n" + "\n\n".join(f"第{i}段。{SENTENCE}" for i in range(paragraphs)),
                    encoding="utf-8")
    return path


def _spy_writes(suggestions, monkeypatch) -> list[bytes]:
    """What the window writes to its keyword child, write by write."""
    writes: list[bytes] = []
    real = suggestions._ensure_process

    def ensure():
        process = real()
        if not hasattr(process, "_spied"):
            write = process.write
            process._spied = True
            process.write = lambda data: (writes.append(bytes(data)), write(data))[1]
        return process

    monkeypatch.setattr(suggestions, "_ensure_process", ensure)
    monkeypatch.setattr("reader.ui.suggestions.SUGGEST_SLICE_CHARS", SLICE)
    return writes


def test_a_long_text_goes_to_the_keyword_child_in_slices_and_arrives_whole(make_window, tmp_path, qtbot,
                                                                           monkeypatch):
    window = make_window()
    writes = _spy_writes(window.suggestions, monkeypatch)
    lines_at_request: list[int] = []
    real_request = window.suggestions.request

    def request(key, text, n):
        real_request(key, text, n)
        lines_at_request.append(b"".join(writes).count(b"\n"))  # what the request's own turn wrote

    monkeypatch.setattr(window.suggestions, "request", request)
    with qtbot.waitSignal(window.suggestions.ready, timeout=60000) as answer:
        window.open_path(str(_long_report(tmp_path)))
    text = window.loaded.document.text
    assert len(text) > 3 * SLICE
    assert lines_at_request == [0]  # the request's turn wrote the start of the line, not all of it
    assert max(len(w) for w in writes) <= 3 * SLICE + 64  # no turn escapes more than one slice
    (line,) = b"".join(writes).splitlines()
    assert json.loads(line)["text"] == text  # the child read the whole text, exactly
    assert answer.args[0] == str(window.reading.version) and all(w in text for w in answer.args[1])


def test_a_request_made_while_a_long_one_is_written_cuts_it_short_and_is_the_one_answered(make_window, tmp_path,
                                                                                          qtbot, monkeypatch):
    window = make_window()
    suggestions = window.suggestions
    writes = _spy_writes(suggestions, monkeypatch)
    settle(window)
    long = Path(_long_report(tmp_path)).read_text(encoding="utf-8")
    answers: list[str] = []
    suggestions.ready.connect(lambda key, words: answers.append(key))
    suggestions.request("long", long, 5)
    with qtbot.waitSignal(suggestions.ready, timeout=60000):
        suggestions.request("short", SENTENCE * 3, 5)  # the reader opened another document meanwhile
    qtbot.wait(200)
    assert answers == ["short"]
    first, second = [json.loads(line) for line in b"".join(writes).splitlines()]
    assert long.startswith(first["text"]) and len(first["text"]) < len(long)  # valid, cut short, not answered
    assert second["text"] == SENTENCE * 3
