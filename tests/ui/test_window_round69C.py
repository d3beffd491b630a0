"""Session 69C: a Taiwan law as law.moj.gov.tw gives it ('修正日期：民國 110 年 12 月 17 日' under its name; the
corpus's tw01, 稅捐稽徵法) is dated in its row and named in the reading pane by that version: 'Last amended:
2021-12-17', not 'Date'; the list row, the pane and the exported file agree."""

from __future__ import annotations

from qtsupport import header_lines, open_text
from reader.ui.window_export import export_request

LAW = ("法規名稱：稅捐稽徵法\n修正日期：民國 110 年 12 月 17 日\n\n第 一 章 總則\n第 1 條\n稅捐之稽徵，依本法之規定；本法未規定者，"
       "依其他有關法律之規定。\n第 2 條\n本法所稱稅捐，指一切法定之國、直轄市、縣（市）及鄉（鎮、市）稅捐。\n")


def test_a_taiwan_law_names_its_last_amendment(make_window, qtbot, tmp_path):
    window = open_text(make_window, qtbot, tmp_path, LAW, "tw01.txt")
    path = window.loaded.path
    qtbot.waitUntil(lambda: any(e.path == path for e in window.document_list.entries()), timeout=10000)
    entry = next(e for e in window.document_list.entries() if e.path == path)
    assert entry.written == "2021-12-17"
    qtbot.waitUntil(lambda: len(header_lines(window)) == 2, timeout=10000)
    meta = header_lines(window)[1]
    assert "Last amended: 2021-12-17" in meta and "Date" not in meta, meta
    exported = export_request(window.loaded, window.script, window.settings.script)
    assert ("最后修正日期", "2021-12-17") in exported.metadata
