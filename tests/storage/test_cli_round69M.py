"""Session 69M: `zhreader library list --sort number` orders 文号 as the window's 文号 column does: issuer in 拼音, then
year and serial by value (before: issuers by code point, 医保办函 first and 法 last)."""

from __future__ import annotations

import json

from reader.cli import main

NUMS = {"yibao": ("国家医疗保障局办公室", "医保办函〔2020〕9号"), "jilin": ("吉林省人民政府", "吉政明电〔2020〕1号"),
        "guobanhan": ("国务院办公厅", "国办函〔2019〕12号"), "guobanfa12": ("国务院办公厅", "国办发〔2019〕12号"),
        "guobanfa3": ("国务院办公厅", "国办发〔2019〕3号"), "fa": ("最高人民法院", "法〔2018〕2号")}
ORDER = ["fa", "guobanfa3", "guobanfa12", "guobanhan", "jilin", "yibao"]


def write_notices(folder) -> None:
    """One notice per 文号, each with its issuer and the number below its title."""
    folder.mkdir()
    for name, (who, number) in NUMS.items():
        (folder / f"{name}.txt").write_text(f"{who}关于加强春季防火工作的通知\n\n{number}\n\n各有关单位：\n\n"
                                            f"现将有关事项通知如下。\n\n{who}\n\n2020年4月8日\n", encoding="utf-8")


def test_list_sorted_by_number_orders_issuers_in_pinyin(capsys, tmp_path):
    folder = tmp_path / "docs"
    write_notices(folder)
    assert main(["library", "add", str(folder)]) == 0
    capsys.readouterr()
    assert main(["library", "list", "--sort", "number", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    names = [e["path"].rsplit("/", 1)[-1][:-4] for e in listed if e["path"].startswith(str(folder))]
    assert names == ORDER
