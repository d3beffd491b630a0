"""Found by hand (session 64G): a document nothing was cleaned from showed 'Cleaned: 0 items' in the status bar,
and clicking it (or View › What Cleaning Did…) opened an empty list: the indicator is gone and the menu item says
'Nothing was removed or flagged'."""

from __future__ import annotations

from qtsupport import settle
from reader.ui.cleaned_dialog import CleanedDialog
from support import seed


def _plain(make_window, qtbot, tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text("关于做好春季防火工作的通知\n\n各单位：\n\n现将有关事项通知如下，请认真贯彻执行。\n", encoding="utf-8")
    window = make_window([str(path)])
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == str(path.resolve()), timeout=20000)
    settle(window)
    assert not window.loaded.document.removed and not window.loaded.document.garbled
    return window


# --- (1) nothing cleaned: no 'Cleaned: 0 items', no empty list -----------------------------------------------------

def test_a_document_nothing_was_cleaned_from_has_no_cleaned_indicator(make_window, qtbot, tmp_path):
    window = _plain(make_window, qtbot, tmp_path)
    assert not window.status.cleaned.isVisible()
    assert "0" not in window.status.cleaned.text()


def test_what_cleaning_did_on_such_a_document_says_so_and_opens_no_list(make_window, qtbot, tmp_path):
    window = _plain(make_window, qtbot, tmp_path)
    window.actions_.cleaned_report.trigger()
    settle(window)
    assert window.findChild(CleanedDialog, "cleanedDialog") is None
    assert window.status.currentMessage() == "Nothing was removed or flagged"


def test_a_cleaned_document_keeps_its_indicator_and_its_list(make_window, qtbot):
    window = make_window()
    window.open_path(str(seed("004")))
    settle(window)
    assert window.status.cleaned.isVisible() and window.status.cleaned.text().startswith("Cleaned: ")
    window.actions_.cleaned_report.trigger()
    settle(window)
    assert window.findChild(CleanedDialog, "cleanedDialog").isVisible()


def test_undecodable_bytes_alone_are_still_told(make_window):
    window = make_window()
    window.status.set_document("gb18030", "s", "", 100, 0, 2)
    assert window.status.cleaned.isVisible() and window.status.cleaned.text() == "2 undecodable bytes"
