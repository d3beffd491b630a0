"""`zhreader outline --explain`: each numbering family, what it gave and why the rest was dropped."""

from __future__ import annotations

from reader.cli import main
from reader.text.explain import explain_outline
from support import paragraphs

BODY = "坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展。"


def test_every_dropped_family_gets_its_reason():
    lines = ["一、总体要求", BODY, "二、主要任务", "主管部门履行下列职责：", "（一）制定规划；", "（二）组织实施；",
             "五、这一段其实是引文里的编号", BODY, "目录", "一、总体要求……………1",
             "1.“两重”：国家重大战略实施和重点领域安全能力建设。", "2.“两新”：大规模设备更新。", BODY]
    report = "\n".join(explain_outline(paragraphs(lines)))
    assert report.splitlines()[0] == "cn: 2 kept, 2 dropped"
    assert "line 7: out of sequence" in report
    assert "line 10: a table-of-contents entry" in report
    assert "lines 11, 12: a glossary entry" in report
    assert "lines 5, 6: a list: only 0 of 2 items look like headings" in report


def test_cli_outline_explain(tmp_path, capsys):
    path = tmp_path / "doc.txt"
    path.write_text("\n".join(["关于加强管理的意见", "一、总体要求", BODY, "二、主要任务", BODY, "（一）制定规划；", "（二）组织实施；"]),
                    encoding="utf-8")
    assert main(["outline", "--explain", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "cn: 2 kept, 0 dropped"
    assert "paren-cn: 0 kept, 2 dropped" in out
