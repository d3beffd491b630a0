"""Session 66Q: sorting the list by a column most documents leave blank (number, kind, authority) shows the
documents that have one first, whichever way it runs, as the date column does; 文号 run by their numbers."""

from __future__ import annotations

import pytest

from reader.storage.library import Entry
from reader.ui.document_list import DocumentList


def _entries() -> list[Entry]:
    blank = [Entry(path=f"/d/blank{i}.txt", title=f"随笔{i}") for i in range(3)]
    return [blank[0], Entry(path="/d/12.txt", title="通知甲", number="国发〔2019〕12号", kind="通知", authority="国务院"),
            blank[1], Entry(path="/d/3.txt", title="意见乙", number="国发〔2019〕3号", kind="意见", authority="国务院办公厅"),
            blank[2]]


@pytest.mark.parametrize("key", ["number", "kind", "authority"])
@pytest.mark.parametrize("descending", [False, True])
def test_documents_without_the_field_come_last(qtbot, key, descending):
    view = DocumentList()
    qtbot.addWidget(view)
    view.set_entries(_entries())
    view.sort_by(key, descending)
    shown = [e.path for e in view.entries()]
    assert sorted(shown[:2]) == ["/d/12.txt", "/d/3.txt"], shown
    assert all(p.startswith("/d/blank") for p in shown[2:])


