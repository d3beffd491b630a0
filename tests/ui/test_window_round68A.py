"""Session 68A: an amended law's row shows the date of the version the reader has (its last amendment), and the
reading pane's metadata line names both its adoption and that amendment ('Adopted: 1980-09-10', 'Last amended:
2018-08-31'); an exported file says them in Chinese."""

from __future__ import annotations

from qtsupport import header_lines, open_text
from reader.ui.window_export import export_request

LAW = ("中华人民共和国个人所得税法\n\n（1980年9月10日第五届全国人民代表大会第三次会议通过　根据1993年10月31日第八届全国人民代表大会"
       "常务委员会第四次会议《关于修改〈中华人民共和国个人所得税法〉的决定》第一次修正　根据2018年8月31日第十三届全国人民代表大会"
       "常务委员会第五次会议《关于修改〈中华人民共和国个人所得税法〉的决定》第七次修正）\n\n第一条　在中国境内有住所的个人，依照本法"
       "规定缴纳个人所得税。\n\n第二条　下列各项个人所得，应当缴纳个人所得税。\n")


def test_an_amended_law_shows_its_adoption_and_its_last_amendment(make_window, qtbot, tmp_path):
    window = open_text(make_window, qtbot, tmp_path, LAW, "iit.txt")
    path = window.loaded.path
    qtbot.waitUntil(lambda: any(e.path == path for e in window.document_list.entries()), timeout=10000)
    entry = next(e for e in window.document_list.entries() if e.path == path)
    assert entry.written == "2018-08-31"  # the row sorts and shows the version the reader has
    qtbot.waitUntil(lambda: len(header_lines(window)) == 2, timeout=10000)
    meta = header_lines(window)[1]
    assert "Adopted: 1980-09-10" in meta and "Last amended: 2018-08-31" in meta, meta
    assert meta.index("Adopted") < meta.index("Last amended")
    exported = export_request(window.loaded, window.script, window.settings.script)
    assert ("通过日期", "1980-09-10") in exported.metadata and ("最后修正日期", "2018-08-31") in exported.metadata
