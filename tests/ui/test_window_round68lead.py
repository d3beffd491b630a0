"""Found by hand (session 68Q): an amended law's metadata line wrapped inside its label ('Last' / 'amended:
2018-03-11'): a label of two words kept a plain space, after which Qt breaks a line whatever follows it."""

from __future__ import annotations

from qtsupport import line_breaks, open_text


LAW = ("中华人民共和国个人所得税法\n\n（1980年9月10日第五届全国人民代表大会第三次会议通过　根据2018年8月31日第十三届全国人民代表大会"
       "常务委员会第五次会议《关于修改〈中华人民共和国个人所得税法〉的决定》第七次修正）\n\n第一条　在中国境内有住所的个人，依照本法"
       "规定缴纳个人所得税。\n\n第二条　下列各项个人所得，应当缴纳个人所得税。\n")


def test_a_label_of_two_words_stays_on_one_line_with_its_value(make_window, qtbot, tmp_path):
    window = open_text(make_window, qtbot, tmp_path, LAW, "iit.txt")
    path = window.loaded.path
    qtbot.waitUntil(lambda: any(e.path == path for e in window.document_list.entries()), timeout=10000)
    entry = next(e for e in window.document_list.entries() if e.path == path)
    meta = window.script.header(window.loaded.document, entry)[1]
    start = meta.index("L\u2060a\u2060s\u2060t")
    value = meta.index("2018-08-31")
    assert not line_breaks(meta) & set(range(start + 1, value + 1)), meta  # none in 'Last amended: '
    assert " " not in meta[start:value]  # (Qt's layout breaks after a plain space whatever follows it)
    assert start in line_breaks(meta)  # between fields it still breaks
