"""Round 61K on the real window: opening a long document hands Qt no more layout than its first screen."""

from __future__ import annotations

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

