"""Round 47h: saved web pages read as HTML. Where a page tags its numbered headings ('<h2>3.2 检测</h2>', two or
more), a number deeper than any it tags, set as a plain paragraph ('3.2.1检测应包括下列内容：'), is a clause of the
text, as a standard or an agreement numbers them: its writer would have tagged a heading. Pages whose numbered
headings are not tagged, and plain numbers no deeper than the tagged ones, are read as before."""

from __future__ import annotations

import pytest

from support import heading_texts, parse_document


def _page(body: str, title: str = "") -> bytes:
    head = f"<head><meta charset='utf-8'><title>{title}</title></head>" if title else ""
    return f"<html>{head}<body>{body}</body></html>".encode("utf-8")


def _standard(clauses: str) -> bytes:
    """A chapter of a technical standard on a site that hosts them: sections in <h2>, clauses in <p>."""
    return _page(
        "<h1>3 桥梁结构检测</h1>"
        "<p>本章规定了在役桥梁结构检测的内容、方法和评定要求，适用于公路和城市道路上的钢筋混凝土桥梁。</p>"
        "<h2>3.1 一般规定</h2>"
        "<p>检测工作应在收集资料和现场踏勘之后进行，检测方案应经委托方确认。</p>"
        "<p>3.1.1桥梁结构检测前应收集设计文件、施工记录和历次检测资料</p>"
        "<p>3.1.2检测单位应具备相应的资质，检测人员应经过培训并持证上岗</p>"
        "<h2>3.2 外观检测</h2>"
        "<p>外观检测以目测为主，辅以必要的量测工具，检测结果应绘制病害分布图。</p>"
        f"{clauses}"
        "<h2>3.3 材料检测</h2>"
        "<p>材料检测的测区应布置在构件受力较大和病害较严重的部位，每个构件不少于三个测区。</p>"
        "<p>3.3.1混凝土强度宜采用回弹法检测，必要时应钻取芯样进行修正</p>"
        "<p>3.3.2钢筋保护层厚度可采用电磁感应法检测，并应抽样进行验证</p>",
        "3 桥梁结构检测 — 规范在线")


_CLAUSES = ("<p>3.2.1外观检测应包括裂缝、剥落、露筋和钢筋锈蚀的位置与范围</p>"
            "<p>3.2.2裂缝宽度大于0.2mm的构件应逐条记录其长度、宽度和走向</p>"
            "<table><tr><td>构件</td><td>裂缝宽度</td></tr><tr><td>主梁</td><td>0.15</td></tr></table>"
            "<p>3.2.3外观检测结果应按表3.2.3的规定评定等级</p>")
_SECTIONS = ["3.1一般规定", "3.2外观检测", "3.3材料检测"]


@pytest.mark.parametrize("clauses", [
    _CLAUSES,  # clauses with a table between them, each on its own line, no sentence's full stop
    "<p>3.2.1构件剩余使用年限可按式(3.2.1)计算</p><p>t = t0 - te</p>"
    "<p>3.2.2构件劣化等级应符合表3.2.2的规定</p>"
    "<table><tr><td>等级</td><td>劣化程度</td></tr><tr><td>A</td><td>无劣化</td></tr></table>",
])
def test_an_untagged_deeper_number_is_a_clause(clauses):
    """d69_07, d39_09: a standard's '4.5.1氯盐引起…应包括…' under its '<h2>4.5 …</h2>', and an agreement's '4.1用户
    不得…' under its '<h3>4. …</h3>', stood in the outline as sections."""
    doc = parse_document(_standard(clauses), "standard.html")
    assert heading_texts(doc) == _SECTIONS


def test_an_agreement_with_tagged_articles_keeps_only_its_articles():
    """d39_09: an agreement tags '1. 服务内容' …; its '1.1…' clauses are the text of each article."""
    body = "".join(
        f"<h3>{n}. {t}</h3><p>{n}.1{a}</p><p>{n}.2{b}</p>" for n, t, a, b in (
            (1, "服务内容", "本平台为用户提供信息发布和在线交流服务", "具体服务内容以本平台实际提供的为准"),
            (2, "用户义务", "用户不得利用本平台从事违反法律法规的活动", "用户应妥善保管自己的账号和密码"),
            (3, "协议终止", "用户可随时停止使用本平台服务", "本平台有权在用户违约时终止服务")))
    doc = parse_document(_page("<h1>用户服务协议</h1>" + body, "用户服务协议"), "agreement.html")
    assert heading_texts(doc) == ["1.服务内容", "2.用户义务", "3.协议终止"]


def test_untagged_numbered_sections_stay():
    """Guard: a page that tags no numbered heading (only its title) keeps its plain '1.1 …' sections."""
    body = "".join(
        f"<p>{n} {t}</p><p>{a}</p>" for n, t, a in (
            ("1.1", "适用范围", "本办法适用于学校各单位的固定资产管理，附属单位参照执行。"),
            ("1.2", "管理职责", "资产管理处负责全校固定资产的归口管理，各单位负责本单位资产。"),
            ("1.3", "资产分类", "固定资产分为房屋建筑、专用设备、通用设备和图书档案等类别。")))
    doc = parse_document(_page("<h1>固定资产管理办法</h1>" + body, "固定资产管理办法"), "rules.html")
    assert heading_texts(doc) == ["1.1适用范围", "1.2管理职责", "1.3资产分类"]


def test_a_plain_number_at_a_tagged_level_stays():
    """Guard: '<h2>1.1 …</h2>', '<h2>1.2 …</h2>' and a plain '1.3 …' beside them: no deeper than the tagged numbers,
    a section the editor forgot to tag, kept."""
    body = ("<h2>1.1 适用范围</h2><p>本办法适用于学校各单位的固定资产管理，附属单位参照执行。</p>"
            "<h2>1.2 管理职责</h2><p>资产管理处负责全校固定资产的归口管理，各单位负责本单位资产。</p>"
            "<p>1.3 资产分类</p><p>固定资产分为房屋建筑、专用设备、通用设备和图书档案等类别。</p>")
    doc = parse_document(_page("<h1>固定资产管理办法</h1>" + body, "固定资产管理办法"), "rules.html")
    assert heading_texts(doc) == ["1.1适用范围", "1.2管理职责", "1.3资产分类"]
