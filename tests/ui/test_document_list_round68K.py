"""Found by hand (session 68K): in a 10,000-row library a click on a column header held the window 3-7 s, because the
sort made each row's key (its title converted to the displayed script, folded, collated; a 文号 parsed) again in each
of its ~130,000 comparisons. Keys are made once per row; a sort the other way, or by a column sorted before, makes
none."""

from __future__ import annotations

import pytest

from reader.storage.library import Entry
from reader.ui.document_list import DocumentList

ROWS = 2000


def _entries() -> list[Entry]:
    return [Entry(f"/docs/{i:05d}.txt", title=f"关于第{(i * 7919) % ROWS}项工作的通知", script="traditional",
                  authority=("国务院", "教育部", "财政部")[i % 3], number=f"国发〔20{i % 25:02d}〕{i % 97}号",
                  added=float(i)) for i in range(ROWS)]


@pytest.fixture
def counted(qtbot):
    """A list of ROWS documents whose converter counts the texts it is asked to convert."""
    widget = DocumentList()
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    qtbot.waitExposed(widget)
    calls = []

    def convert(text: str, _script: str) -> str:
        calls.append(text)
        return text

    widget.set_converter(convert)
    widget.set_entries(_entries())
    return widget, calls


@pytest.mark.parametrize("key", ["title", "authority", "number"])
def test_a_sort_makes_each_rows_key_once(counted, key):
    view, calls = counted
    calls.clear()
    view.sort_by(key)
    assert len(calls) <= ROWS  # one per row (there were ~25 per row: two per comparison)
    first = [e.path for e in view.entries()]
    calls.clear()
    view.sort_by(key, descending=True)
    view.sort_by(key)
    assert len(calls) == 0
    assert [e.path for e in view.entries()] == first


def test_typing_in_the_filter_folds_each_rows_metadata_once(counted, monkeypatch):
    """Each key typed looks at every row: it folded every row's metadata again (most of a keystroke's time)."""
    import reader.ui.document_filter as document_filter

    view, _calls = counted
    view.sort_by("date")
    folded = []
    real = document_filter.fold
    monkeypatch.setattr(document_filter, "fold", lambda text: folded.append(text) or real(text))
    view.set_filter("国")
    first = len(folded)
    view.set_filter("国务")
    view.set_filter("国务院")
    assert len(folded) - first <= 2  # the needles only
    assert view.count() == ROWS // 3 + (ROWS % 3 > 0)
