"""The window as a reader uses it: open, toggle the script, follow the outline, restore the session."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt

from reader.paths import seeds_dir
from reader.text.convert import get_converter
from reader.text.document import load_document
from qtsupport import choose_encoding, settle
from support import seed


def _click_document(qtbot, window, path) -> None:
    doc_list = window.document_list
    for row in range(doc_list.count()):
        item = doc_list.item(row)
        if item.data(Qt.ItemDataRole.UserRole + 1).path == str(path):
            rect = doc_list.visualItemRect(item)
            qtbot.mouseClick(doc_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            return
    raise AssertionError(f"{path} is not in the document list")


def _outline_index(window, n):
    tree = window.outline.tree
    model = tree.model()
    indexes = []

    def walk(parent):
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            indexes.append(index)
            walk(index)

    walk(tree.rootIndex())
    return indexes[n]


def test_seeds_listed_by_title_and_open_on_click(make_window, qtbot):
    window = make_window()
    first = seeds_dir() / seed("000").name  # the bundled copies the app lists (site-packages when installed)
    assert window.loaded is not None and window.loaded.path == str(first)  # first start: never an empty page
    path = seeds_dir() / seed("002").name
    doc = load_document(path)
    titles = [window.document_list.display_title(e) for e in window.document_list.entries()]
    assert doc.title in titles
    assert not any(t.endswith(".txt") for t in titles)
    with qtbot.waitSignal(window.document_shown):
        _click_document(qtbot, window, path)
    assert window.reading.displayed_text() == doc.text
    settle(window)  # a text one turn does not lay out is swapped in turns later, the old page held until then
    assert window.reading.toPlainText().startswith(doc.title)
    assert doc.title in window.windowTitle()


def test_toggle_keeps_the_paragraph_at_the_top_and_converts(make_window, qtbot):
    window = make_window()
    path = seeds_dir() / seed("000").name  # the listed copy: a checkout's copy is merged into its row (same text)
    window.open_path(str(path))
    settle(window)
    doc = window.loaded.document
    target = doc.paragraphs[len(doc.paragraphs) // 2]
    window.reading.scroll_to_offset(target.start)
    before_text = window.reading.displayed_text()
    before_top = window.reading.top_paragraph()
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)  # 简 -> 繁
    settle(window)
    assert window.script_selector.choice() == "s2t"
    after = window.reading.displayed_text()
    converter = get_converter("s2t")
    assert after != before_text
    assert after == "\n".join(converter.convert(p.text) for p in doc.paragraphs)
    assert window.reading.top_paragraph() == before_top
    # title, outline and document list follow the script
    assert converter.convert(doc.title) in window.windowTitle()
    assert window.outline.label(0).endswith(converter.convert(doc.headings[0].title))
    entry = next(e for e in window.document_list.entries() if e.path == str(path))
    assert window.document_list.display_title(entry) == converter.convert(doc.title)
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)  # back to 简
    settle(window)
    assert window.script_selector.choice() == "t2s"
    assert window.reading.top_paragraph() == before_top


def test_outline_click_puts_heading_at_top(make_window, qtbot):
    window = make_window()
    window.open_path(str(seed("000")))
    settle(window)
    headings = window.loaded.document.headings
    assert len(headings) >= 4
    tree = window.outline.tree
    index = _outline_index(window, 3)
    with qtbot.waitSignal(window.outline.heading_activated) as blocker:
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(index).center())
    assert blocker.args == [headings[3].offset]
    assert window.reading.top_offset() == headings[3].offset
    assert window.breadcrumb.path()[-1].startswith(headings[3].marker.rstrip("、"))


def test_outline_follows_scrolling(make_window, qtbot):
    window = make_window()
    window.open_path(str(seed("000")))
    settle(window)
    headings = window.loaded.document.headings
    window.reading.scroll_to_offset(headings[2].offset)
    bar = window.reading.verticalScrollBar()
    with qtbot.waitSignal(window.reading.position_changed):
        bar.setValue(bar.value() + 5)  # a little further into section 3
    assert window.outline.current_index() == 2
    current = window.outline.tree.currentIndex()
    assert current.data() == window.outline.label(2)


def test_second_window_restores_settings_and_position(make_window, qtbot):
    first = make_window()
    first.open_path(str(seed("000")))
    settle(first)
    heading = first.loaded.document.headings[3]
    first.outline.heading_activated.emit(heading.offset)
    first.script_selector.choose("s2t")
    settle(first)
    first.view.zoom(+1)
    settle(first)
    first.view.set_theme("sepia")
    settle(first)
    first.close()

    second = make_window()
    assert second.loaded is not None and second.loaded.path == str(seed("000"))
    assert second.script_selector.choice() == "s2t"
    assert second.settings.zoom == 1 and second.settings.theme == "sepia"
    assert second.reading.top_offset() == heading.offset
    assert second.reading.displayed_text() != second.loaded.document.text


def test_a_copy_of_a_listed_document_is_the_one_reopened(make_window, qtbot, tmp_path):
    """The list names a document by one path; the copy the reader opened from elsewhere is what comes back."""
    first = make_window()
    library = first.documents.library
    listed = next(e.path for e in first.document_list.entries() if Path(e.path).name == seed("000").name)
    copy = tmp_path / "副本.txt"
    copy.write_bytes(Path(listed).read_bytes())
    qtbot.waitUntil(lambda: bool(library.get(listed).hash), timeout=30000)  # catalogued by content
    first.open_path(next(e.path for e in first.document_list.entries() if Path(e.path).name == seed("001").name))
    settle(first)  # another document is open and marked in the list
    rows: list[str] = []
    first.documents.entry_added.connect(lambda entry: rows.append(entry.path))
    first.open_path(str(copy))
    settle(first)
    assert first.loaded.path == str(copy)
    qtbot.waitUntil(lambda: first.documents.writes.pending == 0 and bool(rows), timeout=30000)
    assert rows == [listed]  # the copy refreshed the row that names its text; no second row, even for a moment
    shown = [e.path for e in first.document_list.entries()]
    assert str(copy) not in shown and shown.count(listed) == 1
    assert first.document_list.current_path() == listed  # the row naming the text read is the one marked
    first.close()
    second = make_window()
    assert second.loaded is not None and second.loaded.path == str(copy)


def test_html_looking_text_is_shown_literally(make_window, tmp_path):
    page = tmp_path / "page.txt"
    body = '段落一 <img src="http://example.invalid/x.png"> 和 <b>粗体</b> &amp; 尾'
    page.write_text(f"标题\n\n{body}\n\n第二段。\n", encoding="utf-8")
    window = make_window()
    window.documents.open_files([page])
    settle(window)
    assert window.loaded.path == str(page)
    shown = window.reading.toPlainText()
    assert '<img src="http://example.invalid/x.png">' in shown
    assert "<b>粗体</b> &amp;" in shown
    assert "<img" not in window.reading.document().toHtml()  # escaped, never an image element


def test_show_original_shows_the_raw_file(make_window, qtbot):
    window = make_window()
    window.open_path(str(seed("003")))
    settle(window)
    window.actions_.show_original.trigger()
    settle(window)
    raw = seed("003").read_text(encoding="utf-8").replace("\r\n", "\n")
    assert window.original.isVisible()
    assert window.original.toPlainText().strip() == raw.strip()
    window.actions_.show_original.trigger()
    settle(window)
    assert window.reading.isVisible()


def test_the_original_opens_where_the_reader_is(make_window):
    window = make_window()
    window.open_path(str(seed("003")))
    settle(window)
    paragraphs = window.loaded.document.paragraphs
    window.reading.scroll_to_offset(paragraphs[len(paragraphs) * 2 // 3].start)
    settle(window)
    at = window.reading.top_paragraph()
    line = paragraphs[at].line
    assert line > 20  # deep in the file: the original's first screen does not reach it
    window.actions_.show_original.trigger()
    settle(window)
    top = window.original.cursorForPosition(QPoint(1, 1)).blockNumber() + 1
    assert abs(top - line) <= 1  # the file's line of the paragraph the reader was at is at the top
    window.actions_.show_original.trigger()
    settle(window)
    assert window.reading.top_paragraph() == at  # and back in the cleaned text, the place is kept


def test_binary_file_gives_a_message_and_keeps_the_open_document(make_window, tmp_path):
    window = make_window()
    window.open_path(str(seed("001")))
    settle(window)
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    window.documents.open_files([binary])
    settle(window)
    assert window.loaded.path == str(seed("001"))
    assert "image.txt" in window.status.currentMessage()


def test_export_text_writes_the_displayed_script(make_window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    window = make_window()
    window.open_path(str(seed("000")))
    settle(window)
    window.script_selector.choose("s2t")
    settle(window)
    target = tmp_path / "out.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.actions_.export_text.trigger()
    settle(window)
    written = target.read_text(encoding="utf-8")
    assert window.reading.displayed_text() in written
    assert get_converter("s2t").convert(window.loaded.document.title) in written
    assert seed("000").read_text(encoding="utf-8") != written  # the original is untouched and different


def test_reopen_with_another_encoding(make_window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    doc = tmp_path / "big5.txt"
    doc.write_bytes("臺灣的報告\n\n第一段：這是繁體中文的內容。\n\n第二段：經濟與社會發展。\n".encode("big5"))
    window = make_window()
    window.documents.open_files([doc])
    settle(window)
    assert window.loaded.decoded.encoding == "big5"
    good = window.reading.displayed_text()
    assert window.actions_.reopen_encoding.isEnabled()
    monkeypatch.setattr(QInputDialog, "getItem", choose_encoding("gb18030"))
    window.actions_.reopen_encoding.trigger()
    settle(window)
    assert window.loaded.decoded.encoding == "gb18030"
    assert window.reading.displayed_text() != good
    assert window.status.encoding.text() == "GB18030"
    monkeypatch.setattr(QInputDialog, "getItem", choose_encoding("big5"))
    window.actions_.reopen_encoding.trigger()
    settle(window)
    assert window.reading.displayed_text() == good


def test_keyboard_enter_opens_the_selected_document(make_window, qtbot):
    window = make_window()
    doc_list = window.document_list
    doc_list.setFocus()
    doc_list.setCurrentRow(1)
    wanted = doc_list.entries()[1].path
    with qtbot.waitSignal(window.document_shown) as blocker:
        qtbot.keyClick(doc_list, Qt.Key.Key_Return)
    assert blocker.args == [wanted]


def test_dropping_files_opens_them(make_window, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    first, second = tmp_path / "一.txt", tmp_path / "二.txt"
    first.write_text("第一份文件\n\n内容甲。\n", encoding="utf-8")
    second.write_text("第二份文件\n\n内容乙。\n", encoding="gb18030")
    window = make_window()
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(first)), QUrl.fromLocalFile(str(second))])
    event = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)  # QApplication only delivers drops during a real drag-and-drop session
    settle(window)
    assert event.isAccepted()
    assert window.loaded.path == str(second)
    assert window.reading.displayed_text() == "内容乙。"
    paths = [e.path for e in window.document_list.entries()]
    assert str(first) in paths and str(second) in paths


def test_files_on_the_command_line_open_at_start(make_window, tmp_path):
    doc = tmp_path / "cli.txt"
    doc.write_text("命令行文件\n\n正文。\n", encoding="utf-8")
    window = make_window([str(doc)])
    assert window.loaded.path == str(doc)
    assert window.loaded.document.title == "命令行文件"


def test_zoom_keys_change_the_text_size_and_keep_the_place(make_window, qtbot):
    window = make_window()
    window.open_path(str(seed("000")))
    settle(window)
    heading = window.loaded.document.headings[2]
    window.go_to_offset(heading.offset)
    settle(window)

    def size_after(key) -> float:
        """The text's size once the zoom's rebuild is shown (a text is built again in the new size over event-loop
        turns: read at once, under load, the page before it still had the size before: 12 against 13 after Ctrl+0)."""
        qtbot.keyClick(window.reading, key, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: window.reading.document().defaultFont().pointSizeF() == window.view.points(),
                        timeout=10000)
        settle(window)
        return window.reading.document().defaultFont().pointSizeF()

    base = window.reading.document().defaultFont().pointSizeF()
    assert size_after(Qt.Key.Key_Equal) > base
    assert window.reading.top_offset() == heading.offset
    size_after(Qt.Key.Key_Minus)
    assert size_after(Qt.Key.Key_Minus) < base
    assert size_after(Qt.Key.Key_0) == base
    assert window.reading.top_offset() == heading.offset


def test_themes_colour_the_page(make_window):
    from PySide6.QtGui import QPalette

    window = make_window()
    window.open_path(str(seed("001")))
    settle(window)
    page = {}
    for name in ("light", "sepia", "dark"):
        window.actions_.themes[name].trigger()
        page[name] = window.reading.palette().color(QPalette.ColorRole.Base)
    assert len({c.name() for c in page.values()}) == 3
    assert page["dark"].lightness() < 80 < page["light"].lightness()
    assert window.settings.theme == "dark"


def test_toggle_keeps_the_selection_and_copy_gives_the_displayed_script(make_window, qtbot):
    from PySide6.QtGui import QGuiApplication, QTextCursor

    window = make_window()
    window.open_path(str(seed("000")))
    settle(window)
    doc = window.loaded.document
    para = doc.paragraphs[3]
    view = window.reading
    cursor = view.textCursor()
    cursor.setPosition(view.to_qt(para.start))
    cursor.setPosition(view.to_qt(para.start + 12), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    selected = view.textCursor().selectedText()
    assert selected == para.text[:12]
    window.script_selector.choose("s2t")
    settle(window)
    converted = get_converter("s2t").convert(para.text[:12])
    assert converted != selected
    assert view.textCursor().selectedText() == converted
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QGuiApplication.clipboard().text()
    QGuiApplication.clipboard().clear()  # offscreen Qt crashes at exit if the clipboard still owns data
    assert copied == converted


def test_outline_filter_and_breadcrumb_click(make_window, qtbot):
    window = make_window()
    window.open_path(str(seed("000")))
    settle(window)
    headings = window.loaded.document.headings
    tree = window.outline.tree
    window.outline.filter_box.setText(headings[4].title[-6:])
    assert tree.model().rowCount() >= 1
    shown = [tree.model().index(r, 0).data() for r in range(tree.model().rowCount())]
    assert all(headings[4].title[-6:] in s for s in shown)
    window.outline.filter_box.clear()
    assert tree.model().rowCount() == len([h for h in headings if h.depth == headings[0].depth])
    from PySide6.QtWidgets import QToolButton

    window.go_to_offset(headings[4].offset + 60)  # inside section five, its heading scrolled away
    settle(window)
    assert window.breadcrumb.path()[-1].startswith(headings[4].marker.rstrip("、"))
    button = window.breadcrumb.findChildren(QToolButton)[-1]
    with qtbot.waitSignal(window.breadcrumb.heading_activated) as blocker:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert blocker.args == [headings[4].offset]
    assert window.reading.top_offset() == headings[4].offset


def test_cleaned_indicator_lists_what_was_removed_and_why(make_window, qtbot):
    from PySide6.QtWidgets import QToolButton

    from reader.ui.cleaned_dialog import CleanedDialog, reason_label

    window = make_window()
    window.open_path(str(seed("004")))
    settle(window)
    doc = window.loaded.document
    assert doc.removed and doc.garbled
    indicator = window.status.findChild(QToolButton, "cleanedIndicator")
    assert f"{len(doc.dropped)} removed" in indicator.text() and f"{len(doc.garbled)} flagged" in indicator.text()
    qtbot.mouseClick(indicator, Qt.MouseButton.LeftButton)
    dialog = window.findChild(CleanedDialog, "cleanedDialog")
    assert dialog is not None and dialog.isVisible()
    texts = []
    iterator = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    while iterator:
        item = iterator.pop()
        parent = item.parent()  # a removed row's reason is its group's name, said once
        texts.append((item.text(0) or (parent.text(0) if parent else ""), item.text(2)))
        iterator.extend(item.child(i) for i in range(item.childCount()))
    assert any(why.startswith(reason_label(doc.removed[0].reason) + " (") and doc.removed[0].text[:200] == text
               for why, text in texts)
    assert any(doc.garbled[0].text[:200] == text for _why, text in texts)
    dialog.close()


def test_each_document_reopens_where_it_was_left(make_window):
    window = make_window()
    window.open_path(str(seed("000")))
    settle(window)
    heading = window.loaded.document.headings[3]
    window.go_to_offset(heading.offset)
    settle(window)
    window.open_path(str(seed("001")))
    settle(window)
    assert window.reading.top_offset() == 0
    window.open_path(str(seed("000")))
    settle(window)
    assert window.reading.top_offset() == heading.offset


def test_enter_in_the_outline_filter_jumps_to_the_first_match(make_window, qtbot):
    window = make_window()
    window.open_path(str(seed("000")))
    settle(window)
    headings = window.loaded.document.headings
    box = window.outline.filter_box
    box.setText(headings[3].title[-5:])
    with qtbot.waitSignal(window.outline.heading_activated) as blocker:
        qtbot.keyClick(box, Qt.Key.Key_Return)
    assert blocker.args == [headings[3].offset]
    assert window.reading.top_offset() == headings[3].offset


def test_add_folder_lists_its_documents_without_opening_them(make_window, tmp_path):
    folder = tmp_path / "报告"
    (folder / "sub").mkdir(parents=True)
    (folder / "甲.txt").write_text("第一份报告\n正文第一段。", encoding="utf-8")
    (folder / "sub" / "乙.md").write_text("# 第二份报告\n\n正文。", encoding="utf-8")
    (folder / "图.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (folder / ".hidden.txt").write_text("隐藏", encoding="utf-8")
    window = make_window()
    shown = window.loaded.path
    window.library_panel.upkeep.add_paths([str(folder)])
    settle(window)
    titles = [e.title for e in window.document_list.entries()]
    assert "第一份报告" in titles and "第二份报告" in titles
    assert "隐藏" not in titles and len(titles) == 5 + 2
    assert window.loaded.path == shown


def test_remove_from_list_forgets_the_entry_but_not_the_file(make_window, tmp_path, qtbot):
    doc = tmp_path / "doc.txt"
    doc.write_text("标题\n正文。", encoding="utf-8")
    window = make_window([str(doc)])
    window.document_list.select_path(str(doc))
    window.document_list.setFocus()
    qtbot.keyClick(window.document_list, Qt.Key.Key_Delete)
    assert str(doc) not in [e.path for e in window.document_list.entries()]
    assert doc.read_text(encoding="utf-8") == "标题\n正文。"
    # opening a file the library had not read queues a re-read of it off the window: it must not bring it back
    qtbot.waitUntil(lambda: not window.library_panel.importer.busy, timeout=30000)
    assert str(doc) not in [e.path for e in window.document_list.entries()]
    window.close()  # the reader quits and starts again (a second window read before the first saved would reopen it)
    second = make_window()
    assert str(doc) not in [e.path for e in second.document_list.entries()]


def test_a_file_changed_on_disk_and_removed_right_after_opening_stays_removed(make_window, tmp_path, qtbot):
    doc = tmp_path / "doc.txt"
    doc.write_text("标题\n正文。", encoding="utf-8")
    window = make_window([str(doc)])
    importer = window.library_panel.importer
    qtbot.waitUntil(lambda: not importer.busy, timeout=30000)
    window.documents.open_path(str(seed("000")))  # another document, then this one again
    settle(window)
    doc.write_text("新标题\n文件在别处改过。", encoding="utf-8")  # not as catalogued: opening it re-reads it
    window.documents.open_path(str(doc))
    settle(window)
    assert importer.busy  # the re-read is queued or starting
    window.document_list.select_path(str(doc))
    window.document_list.setFocus()
    qtbot.keyClick(window.document_list, Qt.Key.Key_Delete)  # before the re-read has written anything
    qtbot.waitUntil(lambda: not importer.busy, timeout=30000)
    assert str(doc) not in [e.path for e in window.document_list.entries()]
    assert window.documents.library.get(str(doc)) is None


def test_a_moved_file_is_reported_plainly_and_the_open_document_stays(make_window, tmp_path):
    doc = tmp_path / "gone.txt"
    doc.write_text("标题\n正文。", encoding="utf-8")
    window = make_window([str(doc)])
    first = seeds_dir() / seed("000").name
    window.open_path(str(first))
    settle(window)
    doc.unlink()
    window.open_path(str(doc))
    settle(window)
    assert window.loaded.path == str(first)
    from PySide6.QtWidgets import QMessageBox

    boxes = [box for box in window.findChildren(QMessageBox, "missingDocument") if box.isVisible()]  # a listed file:
    assert len(boxes) == 1 and window.statusBar().currentMessage() == ""  # the box says it, and nothing else (70K)
    message = boxes[0].text()
    assert str(doc) in message and "Errno" not in message


def test_every_removal_reason_has_a_readers_label(qapp):
    from reader.text.model import REMOVAL_REASONS
    from reader.ui.cleaned_dialog import reason_label

    assert all(reason_label(r) != r for r in REMOVAL_REASONS)


def test_what_cleaning_did_shows_no_empty_group(make_window, qtbot):
    """A text with nothing garbled lists only what was removed: an empty 'Garbled, kept (0)' row tells nothing."""
    from PySide6.QtWidgets import QToolButton

    from reader.ui.cleaned_dialog import CleanedDialog

    window = make_window()
    window.open_path(str(seed("000")))
    settle(window)
    doc = window.loaded.document
    assert doc.removed and not doc.garbled
    qtbot.mouseClick(window.status.findChild(QToolButton, "cleanedIndicator"), Qt.MouseButton.LeftButton)
    dialog = window.findChild(CleanedDialog, "cleanedDialog")
    tops = [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]
    assert tops == [f"Removed ({len(doc.dropped)})", f"Moved to the header ({len(doc.moved)})"]
    assert doc.dropped and doc.moved and "(0)" not in " ".join(tops)  # (round 66P: the moved lines apart)
    dialog.close()


def test_what_cleaning_did_closes_when_another_document_is_shown(make_window, qtbot):
    """Its rows and the offsets its garbled runs jump to belong to the document it was opened for: left open over
    another document it described the wrong text, and a double-click jumped to an offset of that other text."""
    from PySide6.QtWidgets import QToolButton

    from reader.ui.cleaned_dialog import CleanedDialog

    window = make_window()
    window.open_path(str(seed("004")))
    settle(window)
    qtbot.mouseClick(window.status.findChild(QToolButton, "cleanedIndicator"), Qt.MouseButton.LeftButton)
    dialog = window.findChild(CleanedDialog, "cleanedDialog")
    assert dialog is not None and dialog.isVisible()
    window.open_path(str(seed("000")))
    settle(window)
    qtbot.waitUntil(lambda: not any(d.isVisible() for d in window.findChildren(CleanedDialog)), timeout=5000)
