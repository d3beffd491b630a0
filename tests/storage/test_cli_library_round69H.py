"""Found by hand (session 69H): `zhreader library list --json` gave `date` as the page wrote it ('2024年7月9日 10:20')
and '' for a notice dated by its 成文日期, where the window's list showed 2024-07-09 and 2024-03-05; and `--sort title`
ordered titles by code point (关于 before 安全 before 某市), where the window's Title column orders them by 拼音."""

from __future__ import annotations

import json

from reader.cli import main

PAGE = "关于某事的通知\n来源：湖北人大网　发布时间：2024年7月9日 10:20\n会议研究了监督工作。\n"
NOTICE = ("某市政府关于做好工作的通知\n某政发〔2024〕3号\n各区人民政府：\n现将有关事项通知如下。\n某市人民政府\n"
          "2024年3月5日\n")
TAIWAN = "安全生產檢查\n發布日期：民國111年3月1日\n正文內容。\n"
TITLES = ("中华人民共和国安全生产法", "国务院关于加强安全生产工作的决定", "在全国安全生产会议上的讲话", "第10号公告",
          "第2号公告", "安全生产检查办法", "關於實施意見的通知", "《条例》释义", "Python 入门", "一、总则")


def _run(capsys, *args: str) -> str:
    capsys.readouterr()
    assert main(["library", *args]) == 0
    return capsys.readouterr().out


def test_json_dates_are_the_lists_dates_as_iso(capsys, tmp_path):
    for name, text in (("page.txt", PAGE), ("notice.txt", NOTICE), ("taiwan.txt", TAIWAN)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    _run(capsys, "add", str(tmp_path))
    rows = {row["path"].rsplit("/", 1)[-1]: row for row in json.loads(_run(capsys, "list", "--json"))}
    assert rows["page.txt"]["date"] == "2024-07-09"  # was '2024年7月9日 10:20'
    assert rows["notice.txt"]["date"] == "2024-03-05"  # was '' (dated by its 成文日期 only)
    assert rows["taiwan.txt"]["date"] == "2022-03-01"
    assert rows["page.txt"]["date_as_written"] == "2024年7月9日 10:20"  # the page's words are still there
    assert len({tuple(row) for row in rows.values()}) == 1  # one schema: the same keys, in the same order


def test_title_sort_is_the_windows_order(capsys, tmp_path):
    from PySide6.QtCore import QCollator, QLocale  # Qt's 拼音 collation, which the table of the pure key comes from
    from reader.text.fold import fold

    collator = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    collator.setNumericMode(True)

    for i, title in enumerate(TITLES):
        (tmp_path / f"{i}.txt").write_text(f"{title}\n正文第一段。\n", encoding="utf-8")
    _run(capsys, "add", str(tmp_path))
    listed = [line.split("\t")[1] for line in _run(capsys, "list", "--sort", "title").splitlines()]
    window = sorted(listed, key=lambda title: collator.sortKey(fold(title)))
    assert listed == window
    assert listed.index("安全生产检查办法") < listed.index("国务院关于加强安全生产工作的决定")  # 拼音: an before guo
    assert listed.index("第2号公告") < listed.index("第10号公告")  # numbers by value
    reverse = [line.split("\t")[1] for line in _run(capsys, "list", "--sort", "title", "--reverse").splitlines()]
    assert reverse == window[::-1]
