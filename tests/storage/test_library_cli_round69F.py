"""Found by hand (session 69F): `zhreader library list --sort number` ordered 文号 as plain strings, where the
window orders them by issuer, year and serial by value: 国发〔2019〕12号 came before 国发〔2019〕3号 (and 国发〔2018〕25号
before 国发〔2018〕5号)."""

from __future__ import annotations

import json

from reader.cli import main

NOTICE = ("国务院关于{what}的通知\n\n{number}\n\n各省、自治区、直辖市人民政府：\n\n现将有关事项通知如下。\n\n"
          "一、总体要求\n\n认真做好各项工作。\n\n国务院\n\n{date}\n")


def _run(capsys, *args: str) -> str:
    capsys.readouterr()
    assert main(["library", *args]) == 0
    return capsys.readouterr().out


def test_list_sorted_by_number_orders_as_the_window_does(capsys, tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, what, number, date in (("twelve.txt", "加强安全生产", "国发〔2019〕12号", "2019年5月6日"),
                                     ("three.txt", "做好春耕备耕", "国发〔2019〕3号", "2019年2月1日"),
                                     ("cn_year.txt", "推进政务公开", "国发〔二〇一八〕5号", "2018年3月2日"),
                                     ("late.txt", "深化改革", "国发〔2018〕25号", "2018年9月2日")):
        (folder / name).write_text(NOTICE.format(what=what, number=number, date=date), encoding="utf-8")
    _run(capsys, "add", str(folder))
    listed = json.loads(_run(capsys, "list", "--sort", "number", "--json"))
    mine = [e for e in listed if e["path"].startswith(str(folder))]
    assert [e["number"] for e in mine] == ["国发〔2018〕5号", "国发〔2018〕25号", "国发〔2019〕3号",
                                            "国发〔2019〕12号"]  # 〔二〇一八〕 is listed as 2018
    names = [e["path"].rsplit("/", 1)[-1] for e in json.loads(_run(capsys, "list", "--sort", "number", "--reverse",
                                                                       "--json")) if e["path"].startswith(str(folder))]
    assert names == ["twelve.txt", "three.txt", "late.txt", "cn_year.txt"]
