"""Found by hand (session 68F): `zhreader library list --sort date` sorted by the page's own date as written, not
by the date the window's list shows and sorts by (成文日期, else publication, else the page's own date read as a
date): every official document dated only by its 成文日期 (a 国办发 notice of 1997) came last among the undated, a
page dated '2024年4月30日' came after one of 2024-07-09, and the plain listing showed '2024年4月30日' where the
window shows 2024-04-30."""

from __future__ import annotations

import json
import shutil

from reader.cli import main
from support import CORPUS

BULLETIN = ("2023年某市国民经济和社会发展统计公报\n\n某市统计局\n\n2024年4月30日\n\n"
            "2023年，全市经济运行稳中向好，主要指标好于预期。\n\n一、综合\n\n全年生产总值增长百分之五。\n")
NOTICE = "关于做好冬季安全工作的通知\n\n来源：某市政府网　发布时间：{date}\n\n各区县：\n\n现将有关事项通知如下。\n"


def _run(capsys, *args: str) -> str:
    capsys.readouterr()
    assert main(["library", *args]) == 0
    return capsys.readouterr().out


def test_list_sorted_by_date_orders_and_shows_the_windows_date(capsys, tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "bulletin.txt").write_text(BULLETIN, encoding="utf-8")
    (folder / "january.txt").write_text(NOTICE.format(date="2024-01-12"), encoding="utf-8")
    (folder / "july.txt").write_text(NOTICE.replace("冬季", "夏季").format(date="2024-07-09"), encoding="utf-8")
    shutil.copy(CORPUS / "off06_state_council_1997_11.txt", folder / "guobanfa.txt")  # dated by its 成文日期 only
    _run(capsys, "add", str(folder))
    listed = json.loads(_run(capsys, "list", "--sort", "date", "--json"))
    names = [e["path"].rsplit("/", 1)[-1] for e in listed if e["path"].startswith(str(folder))]
    assert names == ["guobanfa.txt", "january.txt", "bulletin.txt", "july.txt"]
    newest = json.loads(_run(capsys, "list", "--sort", "date", "--reverse", "--json"))
    names = [e["path"].rsplit("/", 1)[-1] for e in newest if e["path"].startswith(str(folder))]
    assert names == ["july.txt", "bulletin.txt", "january.txt", "guobanfa.txt"]
    line = next(x for x in _run(capsys, "list").splitlines() if x.endswith("bulletin.txt"))
    assert "2024-04-30" in line.split("\t")[2]  # before: '2024年4月30日'
