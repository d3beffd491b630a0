"""Found by hand (session 68S): `zhreader library list` left out the source the window's row shows ('湖北人大网 ·
2024-07-09'): a page with no issuer listed its date alone. The line's metadata names the source where it names no
issuer, an address as its site, as the window does."""

from __future__ import annotations

from reader.cli import main

PAGE = "省人大常委会召开党组会议\n来源：湖北人大网　发布时间：2024-07-09 10:20\n会议研究了监督工作。\n"
LINKED = ("全省统计工作会议召开\n来源：https://tjj.hubei.gov.cn/tjsj/202407/t20240709_1.shtml\n"
          "发布时间：2024-07-10\n会议部署了统计工作。\n")
NOTICE = "关于某事的通知\n京政发〔2024〕12号\n各区人民政府：\n现将有关事项通知如下。\n"


def _run(capsys, *args: str) -> str:
    capsys.readouterr()
    assert main(["library", *args]) == 0
    return capsys.readouterr().out


def test_list_names_the_source_where_the_row_has_no_issuer(capsys, tmp_path):
    for name, text in (("page.txt", PAGE), ("linked.txt", LINKED), ("notice.txt", NOTICE)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    _run(capsys, "add", str(tmp_path))
    lines = {line.rsplit("/", 1)[-1]: line.split("\t") for line in _run(capsys, "list").splitlines()}
    assert lines["page.txt"][2] == "湖北人大网 2024-07-09"  # was '2024-07-09'
    assert lines["linked.txt"][2] == "tjj.hubei.gov.cn 2024-07-10"  # the site, not the address
    assert "北京市人民政府" in lines["notice.txt"][2]  # an issuer stands for the source, as in the window
    assert len(lines["page.txt"]) == 4  # id, title, metadata, path: the same columns
