"""Found by hand (session 64G): a document nothing was cleaned from showed 'Cleaned: 0 items' in the status bar,
and clicking it (or View › What Cleaning Did…) opened an empty list: the indicator is gone and the menu item says
'Nothing was removed or flagged'; with the Date column shown every row's second line repeated the date (likewise
the number and the issuer beside their columns); Date, Number and Recently read chosen in a ~480 px list left the
title 65 px: chosen columns past a readable title wait, still chosen, until the list is wider; run as
`python -m reader` the window's WM_CLASS read '__main__.py' (the app's argv[0])."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem

from qtsupport import settle
from reader.text.model import CleaningCounts
from reader.ui.cleaned_dialog import CleanedDialog
from reader.ui.document_model import COLUMN
from support import seed

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


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
    window.status.set_document("gb18030", "s", "", 100, CleaningCounts(0, 0, 0), 2)
    assert window.status.cleaned.isVisible() and window.status.cleaned.text() == "2 undecodable bytes"


# --- (2) a value shown in its column is not repeated on the row's second line ----------------------------------------

class _Recorder(QPainter):
    """A painter that keeps the texts drawn (the delegate draws through it)."""

    def __init__(self, image: QImage) -> None:
        super().__init__(image)
        self.texts: list[str] = []

    def drawText(self, *args) -> None:  # noqa: N802 - Qt's name
        self.texts += [a for a in args if isinstance(a, str)]
        super().drawText(*args)


def _below(window, row: int = 0) -> list[str]:
    document_list = window.document_list
    index = document_list.model().index(row, COLUMN["title"])
    option = QStyleOptionViewItem()
    document_list.initViewItemOption(option)
    option.rect = document_list.visualRect(index)
    image = QImage(max(1, option.rect.width()), max(1, option.rect.height()) + option.rect.top(),
                   QImage.Format.Format_ARGB32)
    painter = _Recorder(image)
    try:
        document_list.itemDelegateForColumn(COLUMN["title"]).paint(painter, option, index)
    finally:
        painter.end()
    return painter.texts[1:]  # below the title (drawn first, and may name the issuer itself)


def _dated(make_window, qtbot, tmp_path, columns: list[str], list_width: int):
    path = tmp_path / "dated.txt"
    path.write_text("国务院办公厅关于加强春季防火工作的通知\n\n国办发〔1997〕11号\n\n各省、自治区、直辖市人民政府：\n\n"
                    "现将有关事项通知如下。\n\n国务院办公厅\n\n1997年4月8日\n", encoding="utf-8")
    window = make_window([str(path)])
    qtbot.waitUntil(lambda: window.loaded is not None, timeout=20000)
    window.splitter.setSizes([list_width, 1100 - list_width - 200, 200])
    window.document_list.restore_view("", False, columns)
    settle(window)
    entry = window.document_list.entries()[0]
    return window, entry


@pytest.mark.parametrize("columns, key", [(["date"], "date"), (["number"], "number"), (["authority"], "authority")])
def test_a_value_in_its_own_column_is_not_repeated_below_the_title(make_window, qtbot, tmp_path, columns, key):
    window, entry = _dated(make_window, qtbot, tmp_path, columns, 700)
    value = entry.written or entry.published or entry.date if key == "date" else getattr(entry, key)
    assert value and not window.document_list.isColumnHidden(COLUMN[key])
    assert not any(value in text for text in _below(window))


def test_without_its_column_the_date_stays_below_the_title(make_window, qtbot, tmp_path):
    window, entry = _dated(make_window, qtbot, tmp_path, [], 700)
    value = entry.written or entry.published or entry.date
    assert value and any(value in text for text in _below(window))


# --- (3) chosen columns past a readable title wait until the list is wider -----------------------------------------

CHOSEN = ["date", "number", "opened"]


def test_three_chosen_columns_in_a_480_px_list_leave_the_title_readable(make_window, qtbot, tmp_path):
    window, _entry = _dated(make_window, qtbot, tmp_path, CHOSEN, 480)
    document_list = window.document_list
    assert document_list.horizontalHeader().sectionSize(COLUMN["title"]) >= 190
    assert not document_list.isColumnHidden(COLUMN["date"])  # the first chosen still fits
    assert document_list.isColumnHidden(COLUMN["opened"])
    assert document_list.view_state()[2] == CHOSEN  # still chosen (the header's menu ticks it, it is kept)


def test_the_waiting_columns_come_back_in_a_wider_list(make_window, qtbot, tmp_path):
    window, _entry = _dated(make_window, qtbot, tmp_path, CHOSEN, 480)
    window.splitter.setSizes([860, 40, 200])
    settle(window)
    document_list = window.document_list
    assert not any(document_list.isColumnHidden(COLUMN[key]) for key in CHOSEN)
    assert document_list.horizontalHeader().sectionSize(COLUMN["title"]) >= 190


def test_a_narrow_list_still_shows_titles_only(make_window, qtbot, tmp_path):
    window, _entry = _dated(make_window, qtbot, tmp_path, CHOSEN, 260)
    assert all(window.document_list.isColumnHidden(COLUMN[key]) for key in CHOSEN)


# --- (4) the window's class names the program ------------------------------------------------------------------------

def test_the_app_gives_qt_its_own_name_not_the_module_file(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=ROOT, HOME=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path / "c"), XDG_DATA_HOME=str(tmp_path / "d"), XDG_CACHE_HOME=str(tmp_path / "k"))
    code = ("import sys; sys.argv = ['/x/reader/__main__.py']; from reader.app import create_app; "
            "app, window = create_app([]); print(app.arguments()[0]); window.close()")
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert done.stdout.strip().splitlines()[-1] == "zhreader"
