"""Found from a CI run (session 72): test_soak's clicking through the list failed once under load — the document
shown at the end was the one clicked before last. Choosing again the document on screen while another was on its
way did nothing (it is shown already), so the other one, arriving, was shown over the reader's last choice."""

from __future__ import annotations

from qtsupport import settle


def _two(tmp_path):
    paths = []
    for name, title in (("a.txt", "甲文件"), ("b.txt", "乙文件")):
        path = tmp_path / name
        path.write_text(f"{title}\n\n一、总则\n\n这是{title}的正文。\n", encoding="utf-8")
        paths.append(str(path))
    return paths


def test_the_document_on_screen_chosen_again_while_another_is_on_its_way_stays(make_window, qtbot, tmp_path):
    first, second = _two(tmp_path)
    window = make_window([first, second])
    window.documents.open_path(first)
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == first, timeout=20000)
    settle(window)
    window.document_list.document_selected.emit(second)  # clicked: its text is read on a worker
    window.document_list.document_selected.emit(first)  # and the one on screen clicked again before it came
    settle(window)
    assert window.loaded.path == first  # before: the second, shown over the last choice
    assert "b.txt" not in window.statusBar().currentMessage()  # its 'Opening b.txt…' went with it
    window.document_list.document_selected.emit(second)  # and the other still opens when chosen
    qtbot.waitUntil(lambda: window.loaded.path == second, timeout=20000)
