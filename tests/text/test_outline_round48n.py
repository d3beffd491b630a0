"""Round 48n: a list of short one-line items (specifications, each '- 型号：数值'), many and alike in width, is no
wrap: an item followed by its next sibling at the same depth ended there, so it shows no wrap width
(`wrapevidence.cut_lines`), and the wider band of lines a hard wrap cut gives the width; the wrapped items re-join."""

from __future__ import annotations

import pytest

from support import parse_document

SPECS = ["- 40A型号单相电源：60/20", "- 60A型号单相电源：80/25", "- 80A型号三相电源：90/30", "- 100A型号三相电源：110/30",
         "- 120A型号三相电源：120/35", "- 150A型号三相电源：130/40", "- 200A型号三相电源：150/40",
         "- 250A型号三相电源：160/45"]
ITEMS = ["- 变频器在出厂时已经按照常用的电机做过一次整定，如果换用第三方电机，需要先把额定电流和额定转速填进参数表，再执行一次"
         "静态自学习。",
         "- 自学习过程中电机会发出轻微的声响，这是正常现象，不要在此期间断开主回路电源，也不要手动转动电机轴，否则测出的数值"
         "会偏大。",
         "- 如果报警代码显示为E07，说明直流母线电压过低，请检查进线端子是否松动，必要时用万用表测量三相输入电压是否平衡。"]
MIXED = ["- 安装 Python 3.11 之后，先用 pip install -r requirements.txt 装好依赖，再把配置文件里的数据库地址改成自己的服务器。",
         "- 第一次运行 manage.py migrate 会建立所有的数据表，这一步耗时较长，请耐心等待命令行提示完成后再启动服务。",
         "- 如果浏览器打不开 localhost:8000 页面，请检查防火墙设置，或者换一个端口号重新运行 runserver 命令试一试。"]
OPTIONS = ["- timeout：请求超时秒数", "- retries：失败重试次数", "- verbose：输出详细日志", "- workers：并发进程数量",
           "- encoding：文件默认编码", "- cache_dir：缓存所在目录", "- log_level：日志记录级别", "- proxy：代理服务器地址"]


def _wrap(line: str, chars: int) -> list[str]:
    """A hard wrap every `chars` characters, as a fixed-width extract cuts a line."""
    return [line[i:i + chars] for i in range(0, len(line), chars)]


def _faq(items: list[str], specs: list[str], chars: int) -> str:
    lines = ["设备常见问题解答", "", "1 参数整定", ""]
    for item in items[:2]:
        lines += _wrap(item, chars)
    lines += ["", "2 推荐参数", "", "常用的推荐参数如下："] + specs + ["", "3 故障处理", ""] + _wrap(items[2], chars)
    return "\n".join(lines) + "\n"


def _read(text: str) -> tuple[list[str], list[tuple[str, str]]]:
    doc = parse_document(text.encode("utf-8"), name="faq.txt")
    return [p.text for p in doc.paragraphs], [(h.marker, h.title) for h in doc.headings]


HEADS = [("1", "参数整定"), ("2", "推荐参数"), ("3", "故障处理")]


# A wrapped FAQ whose list of specifications is denser than its wrapped lines: the items re-join, the numbered
# titles stay titles (rule: `wrapevidence.cut_lines` drops an item followed by its sibling from the width evidence).
@pytest.mark.parametrize("items,specs,chars", [
    (ITEMS, SPECS, 24), (ITEMS, SPECS, 28), (ITEMS, SPECS, 30), (ITEMS, SPECS, 34),
])
def test_wrapped_items_rejoin_over_a_list_of_short_specifications(items, specs, chars):
    paragraphs, heads = _read(_faq(items, specs, chars))
    assert all(item in paragraphs for item in items)
    assert heads == HEADS


# Guards: the specifications stay one to a line and the titles stay at widths that read well already (a wrap near the
# list's own width, a wide one, mixed Chinese-Latin items).
@pytest.mark.parametrize("items,specs,chars", [
    (ITEMS, SPECS, 20), (ITEMS, SPECS, 40), (ITEMS, SPECS, 50), (ITEMS, SPECS, 60),
    (MIXED, OPTIONS, 32), (MIXED, OPTIONS, 40), (MIXED, OPTIONS, 50),
])
def test_guard_specifications_stay_apart_at_other_widths(items, specs, chars):
    paragraphs, heads = _read(_faq(items, specs, chars))
    assert all(spec in paragraphs for spec in specs)
    assert heads == HEADS


def test_guard_unwrapped_list_stays_as_it_is():
    paragraphs, heads = _read(_faq(ITEMS, SPECS, 200))
    assert all(spec in paragraphs for spec in SPECS) and all(item in paragraphs for item in ITEMS)
    assert heads == HEADS

